#include "lanjie/lexicon/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"
#include "lanjie/common/utf8.h"

namespace lanjie {
namespace {

constexpr size_t kDetectBytes = 1 << 20;

struct Guess {
  std::string name;
  int confidence = 0;
};

// True when `bytes` convert from `encoding` without a single error.
bool ConvertsCleanly(std::string_view bytes, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(encoding, &err);
  if (U_FAILURE(err)) return false;
  ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::u16string buf(bytes.size() + 16, u'\0');
  ucnv_toUChars(cnv, buf.data(), static_cast<int32_t>(buf.size()), bytes.data(), static_cast<int32_t>(bytes.size()),
                &err);
  ucnv_close(cnv);
  return U_SUCCESS(err);
}

// ICU's guess, corrected for keyword files, which are short and Chinese:
//  * UTF-16/32 without a BOM is only plausible when the text has zero bytes
//    (line breaks and ASCII are 00-padded); otherwise the next candidate;
//  * a single-byte Western guess, or any guess under confidence 30, loses to
//    GB18030 when the bytes are well-formed GB18030 (ICU ranks short Chinese
//    texts poorly).
absl::StatusOr<Guess> Detect(std::string_view bytes, std::string_view file) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* csd = ucsdet_open(&err);
  if (U_FAILURE(err)) return absl::InternalError(absl::StrCat("ucsdet_open: ", u_errorName(err)));
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> guard(csd, ucsdet_close);
  const size_t n = std::min(bytes.size(), kDetectBytes);
  ucsdet_setText(csd, bytes.data(), static_cast<int32_t>(n), &err);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(csd, &count, &err);
  if (U_FAILURE(err) || count == 0)
    return absl::InvalidArgumentError(
        absl::StrCat(Av(file), ": cannot detect the text encoding (binary file?); give it with --encoding"));
  const bool has_zero = bytes.substr(0, n).find('\0') != std::string_view::npos;
  Guess best;
  for (int32_t i = 0; i < count; ++i) {
    std::string name = ucsdet_getName(matches[i], &err);
    if (!has_zero && (absl::StartsWith(name, "UTF-16") || absl::StartsWith(name, "UTF-32"))) continue;
    best = Guess{name, ucsdet_getConfidence(matches[i], &err)};
    break;
  }
  const bool western = best.name.empty() || absl::StartsWith(best.name, "ISO-8859") ||
                       absl::StartsWith(best.name, "windows-125");
  if ((western || best.confidence < 30) && best.name != "GB18030" && ConvertsCleanly(bytes, "GB18030"))
    return Guess{"GB18030", std::max(best.confidence, 10)};
  if (best.name.empty())
    return absl::InvalidArgumentError(absl::StrCat(Av(file), ": cannot detect the text encoding; give it with --encoding"));
  return best;
}

absl::Status Convert(std::string_view bytes, const std::string& encoding, std::string_view file, DecodedText* out) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(encoding.c_str(), &err);
  if (U_FAILURE(err))
    return absl::InvalidArgumentError(absl::StrCat(Av(file), ": unknown encoding '", encoding, "'"));
  std::unique_ptr<UConverter, void (*)(UConverter*)> guard(cnv, ucnv_close);
  std::u16string u16;
  u16.resize(bytes.size() * 2 + 16);
  int32_t len = ucnv_toUChars(cnv, u16.data(), static_cast<int32_t>(u16.size()), bytes.data(),
                              static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err))
    return absl::InvalidArgumentError(absl::StrCat(Av(file), ": cannot convert from ", encoding, ": ", u_errorName(err)));
  u16.resize(len);
  uint32_t line = 1;
  for (char16_t c : u16) {
    if (c == u'\n') ++line;
    if (c == 0xFFFD || c == 0x1A) {
      if (out->bad_chars++ == 0) out->first_bad_line = line;
    }
  }
  size_t start = !u16.empty() && u16[0] == 0xFEFF ? 1 : 0;  // BOM
  out->utf8.resize(u16.size() * 3 + 4);
  int32_t out_len = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8(out->utf8.data(), static_cast<int32_t>(out->utf8.size()), &out_len, u16.data() + start,
              static_cast<int32_t>(u16.size() - start), &err);
  if (U_FAILURE(err)) return absl::InternalError(absl::StrCat(Av(file), ": UTF-8 conversion: ", u_errorName(err)));
  out->utf8.resize(out_len);
  return absl::OkStatus();
}

// UTF-8 with a few stray bytes (a line pasted from elsewhere): at least as
// many valid multi-byte sequences as invalid bytes. Text in a legacy
// encoding (GBK, Big5) gives several invalid bytes for each valid sequence.
bool MostlyUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  uint64_t multi = 0, invalid = 0;
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    uint32_t cp;
    const int n = DecodeUtf8(p, end, &cp);
    if (n <= 0) {
      ++invalid;
      ++p;
    } else {
      ++multi;
      p += n;
    }
  }
  return invalid > 0 && multi >= invalid;
}

}  // namespace

absl::StatusOr<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view name, std::string_view encoding) {
  DecodedText out;
  if (bytes.size() > (1ull << 30))
    return absl::InvalidArgumentError(absl::StrCat(Av(name), ": file is larger than 1 GiB; split it"));
  std::string forced = absl::AsciiStrToUpper(Av(encoding));
  if (!forced.empty() && forced != "AUTO") {
    out.encoding = std::string(encoding);
    out.how = "given";
    if (forced == "UTF-8" || forced == "UTF8") {
      bytes = WithoutUtf8Bom(bytes);
      size_t bad = 0;
      if (IsValidUtf8(bytes, &bad)) {
        out.utf8 = std::string(bytes);
        return out;
      }
    }
    if (auto st = Convert(bytes, out.encoding, name, &out); !st.ok()) return st;
    return out;
  }
  if (HasUtf8Bom(bytes)) {
    out.encoding = "UTF-8";
    out.how = "BOM";
    bytes = WithoutUtf8Bom(bytes);
    size_t bad = 0;
    if (IsValidUtf8(bytes, &bad)) {
      out.utf8 = std::string(bytes);
      return out;
    }
    if (auto st = Convert(bytes, "UTF-8", name, &out); !st.ok()) return st;
    return out;
  }
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    out.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    out.how = "BOM";
    if (auto st = Convert(bytes.substr(2), out.encoding, name, &out); !st.ok()) return st;
    return out;
  }
  size_t bad = 0;
  if (IsValidUtf8(bytes, &bad)) {
    out.encoding = "UTF-8";
    out.how = "valid UTF-8";
    out.utf8 = std::string(bytes);
    return out;
  }
  if (MostlyUtf8(bytes)) {
    out.encoding = "UTF-8";
    out.how = "UTF-8 with invalid bytes";
    if (auto st = Convert(bytes, "UTF-8", name, &out); !st.ok()) return st;
    return out;
  }
  auto guess = Detect(bytes, name);
  if (!guess.ok()) return guess.status();
  out.encoding = guess->name;
  out.confidence = guess->confidence;
  out.how = absl::StrCat("detected, confidence ", guess->confidence);
  if (auto st = Convert(bytes, out.encoding, name, &out); !st.ok()) return st;
  return out;
}

}  // namespace lanjie
