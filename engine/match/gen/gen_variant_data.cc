// Build-time generator of the data behind variant matching (拼音 / 谐音 / 拆字).
//
// Runs once per build, never at scan time. Reads
//   - Unihan_Readings (Debian unicode-data, .txt or .txt.bz2): kMandarin and
//     kHanyuPinlu readings; kTGHZ2013 / kXHC1983 (dictionary) readings for
//     characters with neither, and for the others the dictionary readings
//     that common words are read with (below); tones removed, ü written u;
//   - rime-essay's essay.txt (word<TAB>weight, traditional characters):
//     common words for the real-word guard, converted with OpenCC t2s;
//   - rime-data-luna-pinyin's luna_pinyin.dict.yaml (word<TAB>syllables):
//     how common words read their characters. A dictionary reading missing
//     from the two modern fields is kept when at least
//     kMinAttestingWords common words read the character with it (藏 zàng:
//     西藏, 宝藏; kHanyuPinlu counts only cáng), never from luna's
//     per-character entries (their weights are for traditional text:
//     叶 there is also the old form of 协);
//   - data/variants/chaizi.tsv: split characters (拆字);
// and writes a C++ include with one record per character with a reading,
// the sorted common words as 64-bit keys (up to four BMP characters), the
// split-character table, its component pairs and their 拆字 groups
// (chaizi_pairs.h). Bad input lines are errors naming file and line.
//
// Usage: gen_variant_data UNIHAN_READINGS ESSAY LUNA_DICT CHAIZI OUTPUT.inc
#include <opencc/opencc.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "chaizi_pairs.h"

namespace {

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "gen_variant_data: %s\n", what.c_str());
  std::exit(1);
}

// Words weighted at least this in essay.txt (median 570) count as common.
constexpr long kMinWordWeight = 300;
// kHanyuPinlu readings counted at least this often (行: xíng 2943, háng 218).
constexpr long kMinPinluCount = 10;
// Common words that must read a character with a dictionary reading for it
// to count as a modern reading (one word can be a name: 种 chóng in 种师道).
constexpr size_t kMinAttestingWords = 2;
// 拆字 groups of the word table (VariantData::kChaiziGroups must agree:
// variants.cc checks the groups it reads against it).
constexpr int kChaiziGroups = 3;

std::u32string DecodeUtf8(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    int n;
    if (c < 0x80) { cp = c; n = 1; }
    else if ((c >> 5) == 6) { cp = c & 0x1F; n = 2; }
    else if ((c >> 4) == 14) { cp = c & 0x0F; n = 3; }
    else if ((c >> 3) == 30) { cp = c & 0x07; n = 4; }
    else return {};
    if (i + n > s.size()) return {};
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string EncodeUtf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// Toneless ASCII form of a pinyin reading with tone marks: "bīng" -> "bing",
// "lǜ" -> "lu" (ü is written u: text folding turns ü into u as well).
std::string Toneless(const std::string& reading) {
  static const std::map<char32_t, char> kBase = {
      {U'ā', 'a'}, {U'á', 'a'}, {U'ǎ', 'a'}, {U'à', 'a'}, {U'ē', 'e'}, {U'é', 'e'}, {U'ě', 'e'}, {U'è', 'e'},
      {U'ê', 'e'}, {U'ế', 'e'}, {U'ề', 'e'}, {U'ī', 'i'}, {U'í', 'i'}, {U'ǐ', 'i'}, {U'ì', 'i'}, {U'ō', 'o'},
      {U'ó', 'o'}, {U'ǒ', 'o'}, {U'ò', 'o'}, {U'ū', 'u'}, {U'ú', 'u'}, {U'ǔ', 'u'}, {U'ù', 'u'}, {U'ü', 'u'},
      {U'ǖ', 'u'}, {U'ǘ', 'u'}, {U'ǚ', 'u'}, {U'ǜ', 'u'}, {U'ń', 'n'}, {U'ň', 'n'}, {U'ǹ', 'n'}, {U'ḿ', 'm'},
      {U'\u0304', 0}, {U'\u0301', 0}, {U'\u030C', 0}, {U'\u0300', 0}};
  std::string out;
  for (char32_t c : DecodeUtf8(reading)) {
    if (c >= 'a' && c <= 'z') {
      out.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      auto it = kBase.find(c);
      if (it == kBase.end()) return {};
      if (it->second) out.push_back(it->second);
    }
  }
  // A syllable has a vowel: interjections m, n, ng, hm, hng are left out.
  if (out.find_first_of("aeiou") == std::string::npos) return {};
  return out;
}

// Tone of a pinyin reading with tone marks: 1-4, 5 for the neutral tone
// (no mark).
int ToneOf(const std::string& reading) {
  static const std::u32string kTones[4] = {U"āēīōūǖ\u0304", U"áéíóúǘńḿ\u0301", U"ǎěǐǒǔǚň\u030C", U"àèìòùǜǹ\u0300"};
  for (char32_t c : DecodeUtf8(reading))
    for (int t = 0; t < 4; ++t)
      if (kTones[t].find(c) != std::u32string::npos) return t + 1;
  return 5;
}

std::string ReadAll(const std::string& path) {
  std::string cmd;
  if (path.size() > 4 && path.compare(path.size() - 4, 4, ".bz2") == 0) {
    std::string data;
    FILE* p = ::popen(("bzip2 -dc '" + path + "'").c_str(), "r");
    if (!p) Die("cannot run bzip2 for " + path);
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) data.append(buf, n);
    if (::pclose(p) != 0 || data.empty()) Die(path + ": bzip2 -dc failed (is bzip2 installed?)");
    return data;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) break;
    start = p + 1;
  }
  return out;
}

bool IsHan(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

using Readings = std::map<char32_t, std::vector<std::string>>;  // primary first
// Per character and toneless syllable, the tones it is read with: bit t
// for tone t (1-4, 5 neutral).
using Tones = std::map<char32_t, std::map<std::string, uint8_t>>;

// The toneless readings of one Unihan field value (`key` one of the four
// fields read), in order (duplicates possible), each with its tone.
std::vector<std::pair<std::string, int>> FieldReadings(const std::string& key, const std::string& value) {
  std::vector<std::pair<std::string, int>> out;
  for (const std::string& item : Split(value, ' ')) {
    if (item.empty()) continue;
    // kTGHZ2013 / kXHC1983: "page.position:reading[,reading]"; kMandarin: "reading";
    // kHanyuPinlu: "reading(count)", readings attested in modern text.
    std::string values = item;
    if (key == "kHanyuPinlu") {
      const size_t paren = item.find('(');
      if (paren == std::string::npos) continue;
      if (std::strtol(item.c_str() + paren + 1, nullptr, 10) < kMinPinluCount) continue;
      values = item.substr(0, paren);
    } else if (const size_t colon = item.find(':'); colon != std::string::npos) {
      values = item.substr(colon + 1);
    }
    for (const std::string& v : Split(values, ',')) {
      std::string t = Toneless(v);
      if (!t.empty()) out.emplace_back(std::move(t), ToneOf(v));
    }
  }
  return out;
}

// (character, toneless syllable) pairs that common words attest.
using Attested = std::set<std::pair<char32_t, std::string>>;

// Unihan_Readings -> every character's toneless readings. Dictionary
// readings (kTGHZ2013, kXHC1983: often literary or archaic) for characters
// with no kMandarin / kHanyuPinlu reading, for numerals the one of their
// financial form, and for the others those in `attested` (after the modern
// ones: the primary reading stays first). *in_text gets the readings
// kHanyuPinlu counts (at least kMinPinluCount times in its corpus of
// modern text): the ones a character is read with in running text, which
// the walk reads text characters with (kTextIdRecords, VariantData::TextId).
Readings ReadReadings(const std::string& path, const Attested& attested, Tones* tones, Attested* in_text) {
  Readings readings;
  Tones extra_tones;
  std::istringstream in(ReadAll(path));
  std::string line;
  size_t lineno = 0;
  Readings extra;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    const auto f = Split(line, '\t');
    if (f.size() != 3 || f[0].size() < 6 || f[0].compare(0, 2, "U+") != 0)
      Die(path + ":" + std::to_string(lineno) + ": not a Unihan record");
    const std::string& key = f[1];
    if (key != "kMandarin" && key != "kHanyuPinlu" && key != "kTGHZ2013" && key != "kXHC1983") continue;
    const char32_t cp = static_cast<char32_t>(std::strtoul(f[0].c_str() + 2, nullptr, 16));
    const bool modern = key == "kMandarin" || key == "kHanyuPinlu";
    for (const auto& [t, tone] : FieldReadings(key, f[2])) {
      if (key == "kHanyuPinlu") in_text->insert({cp, t});
      auto& list = modern ? readings[cp] : extra[cp];
      if (std::find(list.begin(), list.end(), t) == list.end()) list.push_back(t);
      (modern ? (*tones)[cp] : extra_tones[cp])[t] |= static_cast<uint8_t>(1u << tone);
    }
  }
  // A numeral also keeps the dictionary reading its financial form (大写数字)
  // is read with: 陆 lù for 六 (六安, 六合; 陆合彩 for 六合彩). The other
  // forms (壹 贰 叁 ...) already share their numeral's reading.
  static constexpr std::pair<char32_t, char32_t> kFinancialNumerals[] = {
      {U'一', U'壹'}, {U'二', U'贰'}, {U'三', U'叁'}, {U'四', U'肆'}, {U'五', U'伍'}, {U'六', U'陆'},
      {U'七', U'柒'}, {U'八', U'捌'}, {U'九', U'玖'}, {U'十', U'拾'}, {U'百', U'佰'}, {U'千', U'仟'}};
  for (const auto& [numeral, financial] : kFinancialNumerals) {
    auto& r = readings[numeral];
    const auto& f = readings[financial];
    if (r.empty() || f.empty() || std::find(r.begin(), r.end(), f[0]) != r.end()) continue;
    const auto& dictionary = extra[numeral];
    if (std::find(dictionary.begin(), dictionary.end(), f[0]) == dictionary.end()) continue;
    r.push_back(f[0]);
    (*tones)[numeral][f[0]] = extra_tones[numeral][f[0]];
  }
  for (auto& [cp, list] : extra) {
    auto& r = readings[cp];
    if (!r.empty()) {
      for (const std::string& t : list) {
        if (!attested.count({cp, t}) || std::find(r.begin(), r.end(), t) != r.end()) continue;
        r.push_back(t);
        (*tones)[cp][t] = extra_tones[cp][t];
      }
      continue;
    }
    for (const std::string& t : list)
      if (std::find(r.begin(), r.end(), t) == r.end()) r.push_back(t);
    (*tones)[cp] = extra_tones[cp];
  }
  if (readings.size() < 20000) Die(path + ": too few readings (" + std::to_string(readings.size()) + ")");
  return readings;
}

// Every syllable of `readings` -> its id, 1-based in sorted order.
std::map<std::string, int> NumberSyllables(const Readings& readings) {
  std::map<std::string, int> ids;
  for (const auto& [cp, list] : readings)
    for (const std::string& t : list) ids[t] = 0;
  int next_id = 1;
  for (auto& [s, id] : ids) id = next_id++;
  if (next_id > 1000) Die("more than 1000 syllables: readings look wrong");
  return ids;
}

// rime-essay's essay.txt -> its words weighted at least kMinWordWeight, as
// written there (traditional characters).
std::set<std::string> ReadEssayWords(const std::string& path) {
  std::set<std::string> words;
  std::istringstream in(ReadAll(path));
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty()) continue;
    const auto f = Split(line, '\t');
    if (f.size() != 2) Die(path + ":" + std::to_string(lineno) + ": expected WORD<TAB>WEIGHT");
    if (std::strtol(f[1].c_str(), nullptr, 10) >= kMinWordWeight) words.insert(f[0]);
  }
  return words;
}

// OpenCC's traditional-to-simplified converter (opencc_close it); exits
// when OpenCC cannot open its configuration.
opencc_t OpenT2s() {
  opencc_t t2s = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
  if (t2s == reinterpret_cast<opencc_t>(-1)) Die(std::string("OpenCC t2s: ") + opencc_error());
  return t2s;
}

// `text` converted with OpenCC t2s (`text` itself when conversion fails).
std::string Simplified(opencc_t t2s, const std::string& text) {
  char* conv = opencc_convert_utf8(t2s, text.data(), text.size());
  if (!conv) return text;
  std::string out(conv);
  opencc_convert_utf8_free(conv);
  return out;
}

// The words of essay.txt at `path` -> the common words (converted to
// simplified, 2-4 BMP Han characters) as 64-bit keys.
std::set<uint64_t> CommonWordKeys(const std::string& path, const std::set<std::string>& essay_words) {
  const opencc_t t2s = OpenT2s();
  std::set<uint64_t> words;
  for (const std::string& word : essay_words) {
    const std::u32string w = DecodeUtf8(Simplified(t2s, word));
    if (w.size() < 2 || w.size() > 4) continue;
    uint64_t key = 0;
    bool ok = true;
    for (size_t i = 0; i < w.size(); ++i) {
      ok = ok && IsHan(w[i]) && w[i] < 0x10000;
      key |= static_cast<uint64_t>(w[i]) << (16 * i);
    }
    if (ok) words.insert(key);
  }
  opencc_close(t2s);
  if (words.size() < 50000) Die(path + ": too few common words (" + std::to_string(words.size()) + ")");
  return words;
}

// luna_pinyin.dict.yaml -> the (character, toneless syllable) pairs that at
// least kMinAttestingWords of `essay_words` (words of two or more
// characters, one syllable a character) read, for each character as
// written there and as t2s writes it. Rime writes ü as v; the pairs use u,
// as the readings do.
Attested ReadAttestedReadings(const std::string& path, const std::set<std::string>& essay_words) {
  const opencc_t t2s = OpenT2s();
  std::map<std::pair<char32_t, std::string>, std::set<std::string>> words_of;
  std::istringstream in(ReadAll(path));
  std::string line;
  size_t lineno = 0;
  bool body = false;  // past the YAML header, which ends with "..."
  size_t entries = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!body) {
      body = line == "...";
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    const auto f = Split(line, '\t');
    if (f.size() < 2 || f.size() > 3) Die(path + ":" + std::to_string(lineno) + ": expected TEXT<TAB>CODE[<TAB>WEIGHT]");
    ++entries;
    const std::u32string word = DecodeUtf8(f[0]);
    const std::vector<std::string> syllables = Split(f[1], ' ');
    if (word.size() < 2 || syllables.size() != word.size() || !essay_words.count(f[0])) continue;
    const std::u32string simplified = DecodeUtf8(Simplified(t2s, f[0]));
    for (size_t i = 0; i < word.size(); ++i) {
      std::string syllable = syllables[i];
      std::replace(syllable.begin(), syllable.end(), 'v', 'u');
      words_of[{word[i], syllable}].insert(f[0]);
      if (simplified.size() == word.size() && simplified[i] != word[i])
        words_of[{simplified[i], syllable}].insert(f[0]);
    }
  }
  opencc_close(t2s);
  if (!body || entries < 50000) Die(path + ": too few entries (" + std::to_string(entries) + ")");
  Attested attested;
  for (const auto& [pair, words] : words_of)
    if (words.size() >= kMinAttestingWords) attested.insert(pair);
  return attested;
}

struct Split2 {
  char32_t cp;
  std::string components;
};

// data/variants/chaizi.tsv -> the split characters, in file order, each
// component as folding writes it (t2s, character by character: text is
// folded before it is matched, so 並日 for 普 arrives as 并日).
std::vector<Split2> ReadChaizi(const std::string& path) {
  const opencc_t t2s = OpenT2s();
  const auto simplified = [t2s](char32_t c) {
    std::u32string out = DecodeUtf8(Simplified(t2s, EncodeUtf8(std::u32string(1, c))));
    return out.size() == 1 ? out : std::u32string(1, c);
  };
  std::vector<Split2> chaizi;
  std::istringstream in(ReadAll(path));
  std::string line;
  size_t lineno = 0;
  std::set<char32_t> seen;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    const auto f = Split(line, '\t');
    const std::string where = path + ":" + std::to_string(lineno) + ": ";
    if (f.size() != 3) Die(where + "expected CHARACTER<TAB>COMPONENTS<TAB>STRUCTURE");
    const std::u32string c = DecodeUtf8(f[0]), comps = DecodeUtf8(f[1]);
    if (c.size() != 1 || !IsHan(c[0])) Die(where + "first column is not one Han character");
    if (comps.size() != 2) Die(where + "components must be exactly two characters");
    if (f[2] != "⿰" && f[2] != "⿱") Die(where + "structure must be ⿰ or ⿱");
    if (!seen.insert(c[0]).second) Die(where + "character listed twice");
    chaizi.push_back({c[0], EncodeUtf8(simplified(comps[0]) + simplified(comps[1]))});
  }
  opencc_close(t2s);
  return chaizi;
}

// The C++ include variants.cc compiles in.
void WriteInclude(const std::string& path, const std::map<std::string, int>& syllable_ids, const Readings& readings,
                  const Tones& tones, const Attested& in_text, const std::set<uint64_t>& words,
                  const std::vector<Split2>& chaizi) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) Die("cannot write " + path);
  out << "// Generated by gen_variant_data from Unihan readings, rime-essay, luna_pinyin and data/variants/chaizi.tsv. "
         "Do not edit.\n";
  out << "inline constexpr char kVariantDataSource[] = \"Unihan readings (+ dictionary readings of >= "
      << kMinAttestingWords << " luna_pinyin common words) / rime-essay (weight >= " << kMinWordWeight
      << ") / chaizi.tsv\";\n";
  out << "inline constexpr const char* kSyllables[] = {\"\",";
  for (const auto& [s, id] : syllable_ids) out << "\"" << s << "\",";
  out << "};\n";
  out << "inline constexpr uint32_t kSyllableCount = " << syllable_ids.size() + 1 << ";\n";
  out << "// code point, up to 4 syllable ids (primary reading first; 0 = none), their tones.\n";
  out << "inline constexpr ReadingRecord kReadingRecords[] = {\n";
  for (const auto& [cp, list] : readings) {
    out << "{" << cp << ",{";
    for (size_t i = 0; i < 4; ++i) out << (i ? "," : "") << (i < list.size() ? syllable_ids.at(list[i]) : 0);
    out << "},{";
    const auto t = tones.find(cp);
    for (size_t i = 0; i < 4; ++i) {
      int mask = 0;
      if (i < list.size() && t != tones.end())
        if (auto m = t->second.find(list[i]); m != t->second.end()) mask = m->second;
      out << (i ? "," : "") << mask;
    }
    out << "}},\n";
  }
  out << "};\n";
  // Text ids (VariantData::TextId): a character read in running text with
  // several readings (its primary and those kHanyuPinlu counts) gets the
  // id of that set, kSyllableCount + the set's number in code point order
  // of its first character.
  std::map<std::vector<int>, int> set_numbers;
  std::vector<std::pair<char32_t, int>> text_ids;
  for (const auto& [cp, list] : readings) {
    std::vector<int> set = {syllable_ids.at(list[0])};
    for (size_t i = 1; i < list.size() && i < 4; ++i)
      if (in_text.count({cp, list[i]})) set.push_back(syllable_ids.at(list[i]));
    if (set.size() < 2) continue;
    std::sort(set.begin(), set.end());
    const int number = set_numbers.emplace(set, static_cast<int>(set_numbers.size())).first->second;
    text_ids.emplace_back(cp, static_cast<int>(syllable_ids.size()) + 1 + number);
  }
  if (syllable_ids.size() + 1 + set_numbers.size() > 1024) Die("more than 1024 text ids: readings look wrong");
  std::vector<std::vector<int>> sets(set_numbers.size());
  for (const auto& [set, number] : set_numbers) sets[number] = set;
  out << "// The syllables of text id kSyllableCount + i (0 after them).\n";
  out << "inline constexpr uint16_t kTextSets[][4] = {\n";
  for (const auto& set : sets) {
    out << "{";
    for (size_t i = 0; i < 4; ++i) out << (i ? "," : "") << (i < set.size() ? set[i] : 0);
    out << "},\n";
  }
  out << "};\n";
  out << "// code point -> text id, for the characters with several readings of running text; sorted.\n";
  out << "inline constexpr TextIdRecord kTextIdRecords[] = {\n";
  for (const auto& [cp, id] : text_ids) out << "{" << cp << "," << id << "},\n";
  out << "};\n";
  out << "inline constexpr uint64_t kCommonWords[] = {\n";
  size_t n = 0;
  for (uint64_t w : words) out << w << "u," << (++n % 8 == 0 ? "\n" : "");
  out << "};\n";
  out << "inline constexpr ChaiziRecord kChaiziRecords[] = {\n";
  for (const Split2& s : chaizi) out << "{" << s.cp << ",\"" << s.components << "\"},\n";
  out << "};\n";
  std::vector<std::pair<char32_t, std::u32string>> splits;
  for (const Split2& s : chaizi) splits.emplace_back(s.cp, DecodeUtf8(s.components));
  const std::vector<lanjie_gen::ComposePair> pairs = lanjie_gen::ComposePairs(splits);
  out << "// components a, b -> the character they are read as; sorted by (a, b).\n";
  out << "inline constexpr ComposeRecord kComposeRecords[] = {\n";
  for (const lanjie_gen::ComposePair& p : pairs) out << "{" << p.a << "," << p.b << "," << p.whole << "},\n";
  out << "};\n";
  out << "// first component -> its 拆字 group (VariantData::WordTable); sorted by the component.\n";
  out << "inline constexpr ChaiziGroupRecord kChaiziGroupRecords[] = {\n";
  for (const auto& [first, group] : lanjie_gen::ChaiziGroups(pairs, kChaiziGroups))
    out << "{" << first << "," << group << "},\n";
  out << "};\n";
  if (!out) Die("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) Die("usage: gen_variant_data UNIHAN_READINGS ESSAY LUNA_DICT CHAIZI OUTPUT.inc");
  const std::set<std::string> essay_words = ReadEssayWords(argv[2]);
  Tones tones;
  Attested in_text;
  const Readings readings = ReadReadings(argv[1], ReadAttestedReadings(argv[3], essay_words), &tones, &in_text);
  const std::map<std::string, int> syllable_ids = NumberSyllables(readings);
  const std::set<uint64_t> words = CommonWordKeys(argv[2], essay_words);
  const std::vector<Split2> chaizi = ReadChaizi(argv[4]);
  WriteInclude(argv[5], syllable_ids, readings, tones, in_text, words, chaizi);
  return 0;
}
