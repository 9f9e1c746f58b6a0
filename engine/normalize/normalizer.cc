#include <cstring>

#include "engine/normalize/utf8.h"
#include "lanjie/normalize.h"

namespace lanjie {

// Output cursor of one Feed/Finish call. The buffer always keeps at least
// kSlack writable bytes past `w`, enough for one code point's replacement
// (<= 63 bytes) plus a pending space.
struct Normalizer::Sink {
  static constexpr size_t kSlack = 80;
  NormalizedText* text;
  size_t w;

  explicit Sink(NormalizedText* t, size_t expected) : text(t), w(t->bytes_.size()) {
    t->bytes_.resize(w + expected + kSlack);
  }
  void Reserve() {
    if (text->bytes_.size() - w < kSlack) text->bytes_.resize(text->bytes_.size() * 2 + kSlack);
  }
  void Close() { text->bytes_.resize(w); }
};

void Normalizer::Reset(uint64_t orig_base) {
  orig_pos_ = orig_base;
  run_identity_ = false;
  run_next_orig_ = 0;
  last_word_ = false;
  pending_space_ = false;
  partial_len_ = 0;
}

inline void Normalizer::PutRun(Sink& s, uint64_t orig, uint32_t orig_len, const char* bytes,
                               uint32_t len, bool byte_aligned) {
  std::vector<OffsetAnchor>& anchors = s.text->anchors_;
  const uint64_t norm = s.text->base_ + s.w;
  if (byte_aligned) {
    if (!run_identity_ || orig != run_next_orig_ || anchors.empty()) {
      anchors.push_back({norm, orig, 0});
      run_identity_ = true;
    }
    run_next_orig_ = orig + orig_len;
  } else {
    anchors.push_back({norm, orig, orig_len});
    run_identity_ = false;
  }
  char* dst = s.text->bytes_.data() + s.w;
  if (len == 1) {
    *dst = *bytes;
  } else {
    std::memcpy(dst, bytes, len);
  }
  s.w += len;
}

inline void Normalizer::Process(uint32_t entry, uint32_t cp, const char* src, uint32_t src_len,
                                uint64_t orig, Sink& s) {
  const uint32_t kind = entry >> 30;
  if (kind == FoldTable::kDrop) return;
  if (kind == FoldTable::kSpace) {
    if (line_barrier_ && cp == '\n') {
      pending_space_ = false;
      last_word_ = false;
      PutRun(s, orig, src_len, "\n", 1, true);
    } else if (last_word_ && !pending_space_) {
      pending_space_ = true;
      pending_space_orig_ = orig;
      pending_space_len_ = src_len;
    }
    return;
  }
  const char* bytes = src;
  uint32_t len = src_len;
  bool aligned = true;
  if (kind == FoldTable::kReplace) {
    bytes = table_->pool() + ((entry >> 6) & 0x1FFFFF);
    len = entry & 63;
    aligned = len == src_len && (entry & FoldTable::kSingleCodePoint);
  }
  if (pending_space_) {
    pending_space_ = false;
    if (entry & FoldTable::kFirstWord)
      PutRun(s, pending_space_orig_, pending_space_len_, " ", 1, pending_space_len_ == 1);
  }
  PutRun(s, orig, src_len, bytes, len, aligned);
  last_word_ = (entry & FoldTable::kLastWord) != 0;
}

void Normalizer::Feed(std::string_view chunk, NormalizedText* out) {
  const auto* start = reinterpret_cast<const unsigned char*>(chunk.data());
  const auto* p = start;
  const auto* end = p + chunk.size();
  Sink s(out, chunk.size());

  // Complete a sequence cut at the end of the previous chunk.
  while (partial_len_ > 0 && p < end) {
    unsigned char tmp[8];
    std::memcpy(tmp, partial_, partial_len_);
    const uint32_t take = static_cast<uint32_t>(std::min<ptrdiff_t>(4 - partial_len_, end - p));
    std::memcpy(tmp + partial_len_, p, take);
    const uint64_t partial_orig = orig_pos_ - partial_len_;
    uint32_t cp = 0;
    const int n = DecodeUtf8(tmp, tmp + partial_len_ + take, &cp);
    if (n == 0) {  // still incomplete: the whole chunk joins the partial sequence
      std::memcpy(partial_ + partial_len_, p, take);
      partial_len_ += take;
      p += take;
      orig_pos_ += take;
      break;
    }
    if (n < 0) {  // the first held byte is invalid; retry with the rest
      Process(table_->invalid_byte_entry(), 0xFFFD, reinterpret_cast<const char*>(tmp), 1, partial_orig, s);
      s.Reserve();
      std::memmove(partial_, partial_ + 1, --partial_len_);
      continue;
    }
    const uint32_t from_chunk = static_cast<uint32_t>(n) - partial_len_;
    Process(table_->Lookup(cp), cp, reinterpret_cast<const char*>(tmp), static_cast<uint32_t>(n), partial_orig, s);
    s.Reserve();
    p += from_chunk;
    orig_pos_ += from_chunk;
    partial_len_ = 0;
  }

  const uint64_t orig_base = orig_pos_ - static_cast<uint64_t>(p - start);
  const FoldTable& table = *table_;
  const char* pool = table.pool();
  while (p < end) {
    if (!pending_space_) {
      // Fast path: a run of code points that each fold to one code point of
      // the same byte length (kept, upper case, traditional -> simplified).
      // The run maps byte for byte to the original, so it needs at most one
      // anchor; this loop is where nearly all time goes on ordinary text.
      std::string& buf = out->bytes_;
      if (buf.size() - s.w < static_cast<size_t>(end - p) + Sink::kSlack) buf.resize(s.w + (end - p) + Sink::kSlack);
      char* w = buf.data() + s.w;
      const unsigned char* run = p;
      uint32_t last_entry = 0;
      while (p < end) {
        const unsigned b0 = *p;
        if (b0 < 0x80) {
          const uint32_t e = table.Lookup(b0);
          if ((e >> 30) == FoldTable::kKeep) {
            *w++ = static_cast<char>(b0);
          } else if ((e >> 30) == FoldTable::kReplace && (e & 63) == 1) {
            *w++ = pool[(e >> 6) & 0x1FFFFF];
          } else {
            break;
          }
          last_entry = e;
          ++p;
          continue;
        }
        if ((b0 & 0xF0) != 0xE0 || end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) break;
        const uint32_t cp = ((b0 & 0x0F) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) break;
        if (table.IsPlainKeep(cp)) {
          w[0] = static_cast<char>(b0);
          w[1] = static_cast<char>(p[1]);
          w[2] = static_cast<char>(p[2]);
          w += 3;
          p += 3;
          last_entry = 0;
          continue;
        }
        const uint32_t e = table.Lookup(cp);
        const char* src;
        if (e == 0) {
          src = reinterpret_cast<const char*>(p);
        } else if ((e >> 30) == FoldTable::kReplace && (e & 63) == 3 && (e & FoldTable::kSingleCodePoint)) {
          src = pool + ((e >> 6) & 0x1FFFFF);
        } else {
          break;
        }
        w[0] = src[0];
        w[1] = src[1];
        w[2] = src[2];
        w += 3;
        p += 3;
        last_entry = e;
      }
      if (p > run) {
        const uint64_t orig = orig_base + static_cast<uint64_t>(run - start);
        std::vector<OffsetAnchor>& anchors = out->anchors_;
        if (!run_identity_ || orig != run_next_orig_ || anchors.empty()) {
          anchors.push_back({out->base_ + s.w, orig, 0});
          run_identity_ = true;
        }
        run_next_orig_ = orig_base + static_cast<uint64_t>(p - start);
        s.w += static_cast<size_t>(p - run);
        last_word_ = (last_entry & FoldTable::kLastWord) != 0;
        if (p >= end) break;
      }
    }
    s.Reserve();
    uint32_t cp = *p;
    int n = 1;
    uint32_t entry;
    if (cp < 0x80) {
      entry = table_->Lookup(cp);
    } else {
      n = DecodeUtf8(p, end, &cp);
      if (n == 0) {
        partial_len_ = static_cast<uint32_t>(end - p);
        std::memcpy(partial_, p, partial_len_);
        p = end;
        break;
      }
      if (n < 0) {
        n = 1;
        cp = 0xFFFD;
        entry = table_->invalid_byte_entry();
      } else {
        entry = table_->Lookup(cp);
      }
    }
    Process(entry, cp, reinterpret_cast<const char*>(p), static_cast<uint32_t>(n),
            orig_base + static_cast<uint64_t>(p - start), s);
    p += n;
  }
  orig_pos_ = orig_base + static_cast<uint64_t>(end - start);
  s.Close();
}

void Normalizer::Finish(NormalizedText* out) {
  Sink s(out, partial_len_);
  const uint64_t first = orig_pos_ - partial_len_;
  for (uint32_t i = 0; i < partial_len_; ++i) {
    Process(table_->invalid_byte_entry(), 0xFFFD, partial_ + i, 1, first + i, s);
  }
  partial_len_ = 0;
  pending_space_ = false;
  s.Close();
}

std::string Fold(const FoldTable& table, std::string_view text) {
  Normalizer n(&table);
  NormalizedText out;
  n.Feed(text, &out);
  n.Finish(&out);
  return std::string(out.view());
}

}  // namespace lanjie
