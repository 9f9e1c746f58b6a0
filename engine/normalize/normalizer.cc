#include <cstring>

#include "lanjie/common/utf8.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "fold3 entries are stored as little-endian byte triples");



// Output cursor of one Feed/Finish call. The buffer always keeps at least
// kSlack writable bytes past `w`, enough for one code point's replacement
// (<= 63 bytes; <= 189 in the dense code) plus a pending space.
struct Normalizer::Sink {
  static constexpr size_t kSlack = 200;
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
  if (!record_offsets_) {
    // no map back to the original is kept
  } else if (byte_aligned) {
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
  if (len == 1 && static_cast<unsigned char>(*bytes) < 0x80) {
    *dst = *bytes;
    s.w += 1;
  } else if (dense_) {
    s.w += table_->EncodeDenseTo(bytes, len, dst);
  } else {
    std::memcpy(dst, bytes, len);
    s.w += len;
  }
}

inline void Normalizer::Process(uint32_t entry, uint32_t cp, const char* src, uint32_t src_len,
                                uint64_t orig, Sink& s) {
  // A line barrier is '\n' whatever the options make of '\n' otherwise.
  if (line_barrier_ && cp == '\n') {
    pending_space_ = false;
    last_word_ = false;
    if (line_breaks_) line_breaks_->push_back({orig, s.text->base_ + s.w});
    PutRun(s, orig, src_len, "\n", 1, true);
    return;
  }
  const uint32_t kind = entry >> 30;
  if (kind == FoldTable::kDrop) return;
  if (kind == FoldTable::kSpace) {
    if (last_word_ && !pending_space_) {
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

// The fast path: runs of code points that each fold to one code point of
// the same byte length (kept, upper case, traditional -> simplified), with
// dropped noise and line breaks between them. Such a run maps byte for byte
// to the original, so it costs at most one anchor; nearly all time on
// ordinary text is spent here. Returns where the general path must take
// over (a replacement of another length, whitespace, invalid or 4-byte
// UTF-8, a cut sequence) or `end`. Requires !pending_space_.
//
// `orig_bias` + address of a byte = its original offset. Table pointers are
// copied to locals: the output writes through char* and would otherwise
// force the compiler to reload them for every code point.
template <bool kDense>
const unsigned char* Normalizer::FoldPlainRuns(const unsigned char* p, const unsigned char* end, uint64_t orig_bias,
                                               Sink& s) {
  const FoldTable& table = *table_;
  const uint16_t* const stage1 = table.stage1_.data();
  const uint32_t* const blocks = table.blocks_.data();
  const uint32_t* const fold3 = kDense ? table.fold3_dense_.data() : table.fold3_.data();
  const char* const pool = table.pool_.data();
  const auto lookup = [stage1, blocks](uint32_t cp) {
    return blocks[(static_cast<size_t>(stage1[cp >> 8]) << 8) | (cp & 0xff)];
  };
  const bool newline_passes = line_barrier_;
  FoldBuffer& buf = s.text->bytes_;
  // Output never outgrows input here: every step writes at most what it reads.
  if (buf.size() - s.w < static_cast<size_t>(end - p) + Sink::kSlack) buf.resize(s.w + (end - p) + Sink::kSlack);
  const auto orig_of = [orig_bias](const unsigned char* q) { return orig_bias + reinterpret_cast<uintptr_t>(q); };

  for (;;) {
    char* const w0 = buf.data() + s.w;
    char* w = w0;
    const unsigned char* const run = p;
    // Noise dropped inside a run (dense output) leaves the word state as it
    // was, so a run of nothing but noise must not reset it.
    uint32_t last_entry = last_word_ ? FoldTable::kLastWord : 0;
    while (p < end) {
      const unsigned b0 = *p;
      if (b0 < 0x80) {
        const uint32_t e = lookup(b0);
        if (b0 == '\n' && newline_passes) {
          if (line_breaks_) line_breaks_->push_back({orig_of(p), s.text->base_ + s.w + static_cast<uint64_t>(w - w0)});
          *w++ = '\n';  // a line barrier is emitted as itself and ends any word
          last_entry = 0;
          ++p;
          continue;
        }
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
      // A 3-byte sequence, tested with one load (the last 3 bytes of the
      // text take the general path).
      if (end - p < 4) break;
      uint32_t seq;
      std::memcpy(&seq, p, 4);
      if ((seq & 0xC0C0F0u) != 0x8080E0u) break;
      // Overlong forms and surrogates have no fold3 entry.
      const uint32_t folded = fold3[((seq & 0x0Fu) << 12) | ((seq & 0x3F00u) >> 2) | ((seq >> 16) & 0x3Fu)];
      if (folded == 0) break;
      std::memcpy(w, &folded, 4);  // the 4th byte lands in the slack and is overwritten
      p += 3;
      if (kDense) {
        // Length 0: dropped noise (，。、…), which changes no state.
        const uint32_t len = folded >> 24;
        w += len;
        last_entry = len ? 0 : last_entry;
      } else {
        w += 3;
        last_entry = 0;
      }
    }
    if (p > run) {
      const uint64_t orig = orig_of(run);
      std::vector<OffsetAnchor>& anchors = s.text->anchors_;
      if (record_offsets_ && (!run_identity_ || orig != run_next_orig_ || anchors.empty())) {
        anchors.push_back({s.text->base_ + s.w, orig, 0});
        run_identity_ = true;
      }
      run_next_orig_ = orig_of(p);
      s.w += static_cast<size_t>(w - w0);
      last_word_ = (last_entry & FoldTable::kLastWord) != 0;
    }
    if (p >= end) return p;
    // Dropped noise (punctuation, symbols, invisible characters) changes no
    // state: skip it and go on with the next run.
    uint32_t cp = *p;
    int n = 1;
    if (cp >= 0x80) {
      n = DecodeUtf8(p, end, &cp);
      if (n <= 0) return p;
    }
    if ((lookup(cp) >> 30) != FoldTable::kDrop) return p;
    p += n;
    if (p >= end) return p;
  }
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
  while (p < end) {
    if (!pending_space_) {
      const uint64_t bias = orig_base - reinterpret_cast<uintptr_t>(start);
      p = dense_ ? FoldPlainRuns<true>(p, end, bias, s) : FoldPlainRuns<false>(p, end, bias, s);
      if (p >= end) break;
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
