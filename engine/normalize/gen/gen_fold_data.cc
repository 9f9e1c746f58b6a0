// Build-time generator of the per-code-point folding data.
//
// Runs once per build, never at scan time. It asks ICU (NFKC_Casefold,
// character properties, UTS #39 confusable skeletons) and OpenCC (t2s,
// character level) about every code point and writes a C++ include with one
// record per code point that any folding step touches. The runtime composes
// these records into a lookup table for the steps an artifact enables.
//
// Usage: gen_fold_data OUTPUT.inc
#include <opencc/opencc.h>
#include <unicode/ucnv.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "fold_classes.h"

namespace {

using lanjie::fold_class::kControl;
using lanjie::fold_class::kEmoji;
using lanjie::fold_class::kIgnorable;
using lanjie::fold_class::kMark;
using lanjie::fold_class::kPunct;
using lanjie::fold_class::kSymbol;
using lanjie::fold_class::kWhitespace;

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "gen_fold_data: %s\n", what.c_str());
  std::exit(1);
}

std::u32string ToU32(const icu::UnicodeString& s) {
  std::u32string out;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

std::string ToUtf8(char32_t c) {
  std::string out;
  icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(out);
  return out;
}

char32_t FromUtf8Single(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (u.countChar32() != 1) return 0;
  return static_cast<char32_t>(u.char32At(0));
}

uint8_t Classes(UChar32 c) {
  uint8_t cls = 0;
  const int8_t gc = u_charType(c);
  if (u_isUWhiteSpace(c)) cls |= kWhitespace;
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) cls |= kIgnorable;
  if ((gc == U_CONTROL_CHAR || gc == U_FORMAT_CHAR) && !(cls & (kWhitespace | kIgnorable)))
    cls |= kControl;
  switch (gc) {
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
      cls |= kPunct; break;
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
      cls |= kSymbol; break;
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK:
      cls |= kMark; break;
    default: break;
  }
  // Five CJK radicals that stand alone as a bar, a dot, a stroke or a hook
  // (丨 丶 丿 亅 乛) are written between a keyword's characters as
  // separators (冰丨毒, 冰亅毒), like the symbols | 、 / they look like;
  // ordinary text has no word of them (the Kangxi radical forms ⼁ ⼂ ⼃ ⼅
  // are symbols already).
  if (c == 0x4E28 || c == 0x4E36 || c == 0x4E3F || c == 0x4E85 || c == 0x4E5B) cls |= kSymbol;
  if (c >= 0x80 && (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
                    u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) ||
                    u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR) ||
                    u_hasBinaryProperty(c, UCHAR_EMOJI_COMPONENT)))
    cls |= kEmoji;
  return cls;
}

bool IsLookalikeScript(UChar32 c) {
  UErrorCode st = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(c, &st);
  if (U_FAILURE(st)) return false;
  switch (sc) {
    case USCRIPT_LATIN: case USCRIPT_GREEK: case USCRIPT_CYRILLIC: case USCRIPT_ARMENIAN:
    case USCRIPT_CHEROKEE: case USCRIPT_COPTIC: case USCRIPT_LISU: case USCRIPT_COMMON:
      return true;
    default:
      return false;
  }
}

char32_t AsciiAlnumLower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return c;
  return 0;
}

// The UTS #39 skeleton of `c` when it is exactly one code point, else 0.
UChar32 SkeletonChar(const USpoofChecker* spoof, UChar32 c) {
  UChar buf[8];
  UChar in16[2];
  int32_t in_len = 0;
  U16_APPEND_UNSAFE(in16, in_len, c);
  UErrorCode ke = U_ZERO_ERROR;
  int32_t n = uspoof_getSkeleton(spoof, 0, in16, in_len, buf, 8, &ke);
  if (U_FAILURE(ke) || n < 1 || n > 2) return 0;
  UChar32 k;
  int32_t i = 0;
  U16_NEXT(buf, i, n, k);
  return i == n ? k : 0;
}

// Maps skeletons to the folded ASCII character a look-alike stands for.
// Skeletons are not case-insensitive: capital I's skeleton is 'l' (I and l
// look alike), so a capital whose skeleton is 'l' (Greek Ι, Cyrillic І)
// stands for I, which case folding turns into 'i'.
class AsciiTarget {
 public:
  explicit AsciiTarget(const USpoofChecker* spoof) {
    for (UChar32 c = 'A'; c <= 'Z'; ++c)
      if (UChar32 k = SkeletonChar(spoof, c); k != 0 && capital_.find(k) == capital_.end())
        capital_[k] = static_cast<char32_t>(c - 'A' + 'a');
  }
  // For a lower-case letter with skeleton `k`: k as a lower-case letter or digit, or 0.
  static char32_t OfLower(UChar32 k) {
    return k == 0 ? 0 : AsciiAlnumLower(static_cast<char32_t>(u_foldCase(k, U_FOLD_CASE_DEFAULT)));
  }
  // For a capital with skeleton `k`: the ASCII capital with that skeleton, folded; else as OfLower.
  char32_t OfCapital(UChar32 k) const {
    auto it = capital_.find(k);
    return it != capital_.end() ? it->second : OfLower(k);
  }

 private:
  std::map<UChar32, char32_t> capital_;
};

}  // namespace

// The GB2312 hanzi (rows 16-87: the 6,763 characters that cover nearly all
// simplified Chinese text), in GB2312 order, from ICU's GB18030 converter.
// The dense encoding (normalize.h) gives them its shortest codes first.
void WriteDenseFirst(std::ostream& out) {
  UErrorCode e = U_ZERO_ERROR;
  UConverter* gb = ucnv_open("GB18030", &e);
  if (U_FAILURE(e)) Die("ICU has no GB18030 converter");
  std::vector<uint32_t> chars;
  for (int lead = 0xB0; lead <= 0xF7; ++lead) {
    for (int trail = 0xA1; trail <= 0xFE; ++trail) {
      const char bytes[2] = {static_cast<char>(lead), static_cast<char>(trail)};
      UChar u[4];
      e = U_ZERO_ERROR;
      const int32_t n = ucnv_toUChars(gb, u, 4, bytes, 2, &e);
      // Unassigned GB2312 cells decode to private-use or several units: skip them.
      if (U_SUCCESS(e) && n == 1 && u[0] >= 0x4E00 && u[0] <= 0x9FFF) chars.push_back(u[0]);
    }
  }
  ucnv_close(gb);
  if (chars.size() < 6700) Die("GB18030 converter gave too few GB2312 hanzi");
  out << "inline constexpr char16_t kDenseFirst[] = {\n";
  for (size_t i = 0; i < chars.size(); ++i) out << chars[i] << ((i % 16 == 15) ? ",\n" : ",");
  out << "};\n";
}

namespace {

struct Record {
  uint32_t cp;
  uint8_t cls;
  uint32_t nfkc_off;
  uint8_t nfkc_len;
  uint8_t nfkc_mapped;
  uint32_t t2s;
  uint32_t lookalike;
};

// The records of every code point some folding step touches, and the pool
// their NFKC expansions point into.
struct FoldData {
  std::vector<Record> records;
  std::vector<char32_t> pool;
  size_t n_nfkc = 0, n_t2s = 0, n_look = 0;
  std::string casualties;  // " U+XXXX->c" per letter given its own look-alike
};

// The ICU and OpenCC services the generator asks; closed on destruction.
struct Services {
  const icu::Normalizer2* nfkc_cf = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  const icu::Normalizer2* nfkc = nullptr;
  USpoofChecker* spoof = nullptr;
  opencc_t t2s = nullptr;

  Services() {
    UErrorCode st = U_ZERO_ERROR;
    nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(st);
    nfd = icu::Normalizer2::getNFDInstance(st);
    nfkc = icu::Normalizer2::getNFKCInstance(st);
    if (U_FAILURE(st)) Die(std::string("ICU normalizer: ") + u_errorName(st));
    spoof = uspoof_open(&st);
    if (U_FAILURE(st)) Die(std::string("ICU spoof checker: ") + u_errorName(st));
    t2s = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    if (t2s == reinterpret_cast<opencc_t>(-1)) Die(std::string("OpenCC t2s: ") + opencc_error());
  }
  ~Services() {
    opencc_close(t2s);
    uspoof_close(spoof);
  }
};

// Folding is case-insensitive: NFKC_Casefold turns a capital (or a styled
// letter) into its lower case before the look-alike step, so a capital is
// caught only through its lower case, and both must fold alike. UTS #39
// often gives the capital an ASCII skeleton and the lower case none: Χ -> X
// but χ -> χ, Κ -> K but κ -> ĸ, Τ -> T but τ -> ᴛ, Ε -> E but ε -> ꞓ,
// Н -> H but н -> ʜ. Such a lower-case letter takes its capital's letter,
// or neither form would fold. Where the lower case has an ASCII skeleton
// of its own it wins (ν -> v, so Ν folds to v too). Letters only (З -> 3
// does not make з a digit), and only when every form that folds to the
// lower case agrees. Returns, per lower-case code point, the letter its
// capitals stand for (0 none, U+FFFF the forms disagree).
std::vector<char32_t> LetterFromCapitals(const Services& icu, const AsciiTarget& target) {
  std::vector<char32_t> from_capital(0x110000, 0);
  for (UChar32 c = 0x80; c <= 0x10FFFF; ++c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || !u_isalpha(c) || !IsLookalikeScript(c)) continue;
    UErrorCode e = U_ZERO_ERROR;
    icu::UnicodeString folded = icu.nfkc_cf->normalize(icu::UnicodeString(c), e);
    if (U_FAILURE(e) || folded.countChar32() != 1) continue;
    const UChar32 lower = folded.char32At(0);
    if (lower == c || lower < 0x80) continue;
    const char32_t k = target.OfCapital(SkeletonChar(icu.spoof, c));
    if (k < 'a' || k > 'z') continue;
    char32_t& slot = from_capital[lower];
    slot = (slot == 0 || slot == k) ? k : U'\xFFFF';
  }
  return from_capital;
}

// The traditional -> simplified mapping of a Han character, or 0.
char32_t SimplifiedOf(const Services& icu, UChar32 c) {
  UErrorCode se = U_ZERO_ERROR;
  if (uscript_getScript(c, &se) != USCRIPT_HAN) return 0;
  std::string in = ToUtf8(static_cast<char32_t>(c));
  char* out = opencc_convert_utf8(icu.t2s, in.data(), in.size());
  if (out == nullptr) return 0;
  const char32_t s = FromUtf8Single(out);
  opencc_convert_utf8_free(out);
  return s != static_cast<char32_t>(c) ? s : 0;
}

// The ASCII letter a letter that NFKC_Casefold leaves alone looks like, or 0:
// Latin letters with diacritics fold to their base letter, others to their
// skeleton's letter or their capitals' letter.
char32_t LookalikeOf(const Services& icu, const std::vector<char32_t>& from_capital, UChar32 c) {
  UErrorCode e = U_ZERO_ERROR;
  const std::u32string dec = ToU32(icu.nfd->normalize(icu::UnicodeString(c), e));
  bool base_plus_marks = dec.size() >= 2 && AsciiAlnumLower(dec[0]) != 0;
  for (size_t i = 1; base_plus_marks && i < dec.size(); ++i)
    base_plus_marks = u_charType(static_cast<UChar32>(dec[i])) == U_NON_SPACING_MARK;
  if (base_plus_marks) return AsciiAlnumLower(dec[0]);
  char32_t lookalike = AsciiTarget::OfLower(SkeletonChar(icu.spoof, c));
  if (lookalike == 0 && from_capital[c] != U'\xFFFF') lookalike = from_capital[c];
  return lookalike;
}

// One record per code point that has a class or a mapping.
void CollectRecords(const Services& icu, const std::vector<char32_t>& from_capital, FoldData* data) {
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    Record r{static_cast<uint32_t>(c), Classes(c), 0, 0, 0, 0, 0};
    if (c == '\n') r.cls = kWhitespace;
    UErrorCode e = U_ZERO_ERROR;
    const icu::UnicodeString src(c);
    const icu::UnicodeString folded = icu.nfkc_cf->normalize(src, e);
    if (U_SUCCESS(e) && folded != src) {
      const std::u32string f = ToU32(folded);
      if (f.size() > 255) Die("NFKC expansion too long");
      r.nfkc_off = static_cast<uint32_t>(data->pool.size());
      r.nfkc_len = static_cast<uint8_t>(f.size());
      r.nfkc_mapped = 1;
      data->pool.insert(data->pool.end(), f.begin(), f.end());
      ++data->n_nfkc;
    }
    r.t2s = SimplifiedOf(icu, c);
    if (r.t2s != 0) ++data->n_t2s;
    // Compatibility forms (full-width, styled letters) and capitals belong to
    // the NFKC_Casefold step: only what it leaves gets a look-alike.
    if (c >= 0x80 && !r.nfkc_mapped && u_isalpha(c) && IsLookalikeScript(c)) {
      r.lookalike = LookalikeOf(icu, from_capital, c);
      if (r.lookalike != 0) ++data->n_look;
    }
    if (r.cls != 0 || r.nfkc_mapped != 0 || r.t2s != 0 || r.lookalike != 0) data->records.push_back(r);
  }
}

// NFKC-then-look-alike casualties: letters that NFKC_Casefold maps to a
// letter without an ASCII look-alike although their own skeleton is ASCII
// (lunate sigma ϲ/Ϲ: NFKC gives σ, the skeleton gives c). They take their
// own look-alike, which FoldTable applies before NFKC. Only compatibility
// mappings (NFKC changes the letter, not just its case) whose result is no
// ASCII letter, or becomes one only through a second look-alike step
// (ϲ -> σ -> o), and whose own skeleton is another ASCII letter. Palochka
// (Ӏ ӏ, skeleton l and i) stands for l wherever it is used as a Latin letter.
void GiveCasualtiesTheirOwnLookalike(const Services& icu, const AsciiTarget& target, FoldData* data) {
  std::vector<Record>& records = data->records;
  std::map<uint32_t, size_t> at;
  for (size_t i = 0; i < records.size(); ++i) at[records[i].cp] = i;
  const auto lookalike_of = [&](char32_t c) -> char32_t {
    auto it = at.find(c);
    if (it == at.end()) return c;
    const Record& r = records[it->second];
    char32_t x = r.t2s ? r.t2s : c;
    if (auto jt = at.find(x); jt != at.end() && records[jt->second].lookalike) x = records[jt->second].lookalike;
    return x;
  };
  for (Record& r : records) {
    const UChar32 c = static_cast<UChar32>(r.cp);
    if (!r.nfkc_mapped || r.lookalike || r.nfkc_len != 1 || !u_isalpha(c) || !IsLookalikeScript(c)) continue;
    UErrorCode e = U_ZERO_ERROR;
    if (icu.nfkc->normalize(icu::UnicodeString(c), e) == icu::UnicodeString(c)) continue;  // a case mapping
    const char32_t mapped = data->pool[r.nfkc_off];
    if (AsciiAlnumLower(mapped) != 0) continue;  // NFKC itself gives an ASCII letter
    const char32_t via_nfkc = lookalike_of(mapped);
    const UChar32 k = SkeletonChar(icu.spoof, c);
    const char32_t own = u_isupper(c) ? target.OfCapital(k) : AsciiTarget::OfLower(k);
    if (own < 'a' || own > 'z' || own == AsciiAlnumLower(via_nfkc)) continue;
    r.lookalike = own;
    ++data->n_look;
    char buf[64];
    std::snprintf(buf, sizeof buf, " U+%04X->%c", static_cast<unsigned>(c), static_cast<char>(own));
    data->casualties += buf;
  }
  for (uint32_t palochka : {0x04C0u, 0x04CFu}) {
    auto it = at.find(palochka);
    if (it == at.end()) {
      records.push_back(Record{palochka, Classes(static_cast<UChar32>(palochka)), 0, 0, 0, 0, 0});
      it = at.emplace(palochka, records.size() - 1).first;
    }
    if (records[it->second].lookalike == 0) ++data->n_look;
    records[it->second].lookalike = 'l';
  }
}

void WriteInclude(const char* path, const FoldData& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) Die(std::string("cannot write ") + path);
  out << "// Generated by gen_fold_data from ICU " << U_ICU_VERSION << " and OpenCC. Do not edit.\n";
  out << "// " << data.records.size() << " records: " << data.n_nfkc << " NFKC_Casefold, " << data.n_t2s
      << " t2s, " << data.n_look << " look-alike.\n";
  out << "// NFKC-then-look-alike casualties given their own look-alike:" << data.casualties << "\n";
  out << "inline constexpr char kFoldDataSource[] = \"ICU " << U_ICU_VERSION << " / OpenCC t2s\";\n";
  out << "inline constexpr FoldRecord kFoldRecords[] = {\n";
  for (const Record& r : data.records) {
    out << "{" << r.cp << "," << int(r.cls) << "," << r.nfkc_off << "," << int(r.nfkc_len) << "," << int(r.nfkc_mapped) << ","
        << r.t2s << "," << r.lookalike << "},\n";
  }
  out << "};\ninline constexpr char32_t kFoldPool[] = {\n";
  for (size_t i = 0; i < data.pool.size(); ++i) out << data.pool[i] << ((i % 16 == 15) ? ",\n" : ",");
  out << "0};\n";
  WriteDenseFirst(out);
  out.close();
  if (!out) Die(std::string("cannot write ") + path);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) Die("usage: gen_fold_data OUTPUT.inc");
  FoldData data;
  {
    const Services icu;
    const AsciiTarget target(icu.spoof);
    CollectRecords(icu, LetterFromCapitals(icu, target), &data);
    GiveCasualtiesTheirOwnLookalike(icu, target, &data);
  }
  WriteInclude(argv[1], data);
  return 0;
}
