// Shard planning, reading and auditing (see lanjie/corpus/audit.h).
#include "lanjie/corpus/audit.h"

#include <glob.h>
#include <simdjson.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <set>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "lanjie/common/splitmix64.h"
#include "lanjie/common/sv.h"
#include "lanjie/common/utf8.h"
#include "csv_stream.h"
#include "line_reader.h"
#include "windowed_file.h"
#include "plain_member.h"
#include "source.h"
#include "summary_internal.h"
#include "lanjie/match/scanner.h"

namespace lanjie::corpus {

namespace {
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
}  // namespace

const char* InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kTextLines: return "text-lines";
    case InputFormat::kTextParagraphs: return "text-paragraphs";
    case InputFormat::kCsv: return "csv";
    case InputFormat::kTsv: return "tsv";
  }
  return "?";
}

absl::StatusOr<InputFormat> ParseInputFormat(std::string_view name) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kJsonl, InputFormat::kTextLines,
                        InputFormat::kTextParagraphs, InputFormat::kCsv, InputFormat::kTsv})
    if (name == InputFormatName(f)) return f;
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown format '", Av(name), "' (auto, jsonl, text-lines, text-paragraphs, csv, tsv)"));
}

std::string_view CompressionOf(std::string_view path) {
  for (const char* ext : {".gz", ".zst", ".xz"})
    if (EndsWith(path, ext)) return std::string_view(ext + 1);
  return "";
}

InputFormat FormatOf(const std::string& path, const AuditOptions& options) {
  if (options.format != InputFormat::kAuto) return options.format;
  std::string_view p = path;
  std::string_view c = CompressionOf(p);
  if (!c.empty()) p.remove_suffix(c.size() + 1);
  if (EndsWith(p, ".jsonl") || EndsWith(p, ".ndjson") || EndsWith(p, ".json"))
    return InputFormat::kJsonl;
  if (EndsWith(p, ".csv")) return InputFormat::kCsv;
  if (EndsWith(p, ".tsv")) return InputFormat::kTsv;
  return InputFormat::kTextLines;
}

uint64_t SampleHash(uint64_t seed, std::string_view identity) {
  SplitMix64 mix(seed ^ XXH3_64bits(identity.data(), identity.size()));
  return mix.Next();
}

bool InSample(uint64_t hash, double fraction) {
  if (fraction >= 1) return true;
  if (fraction <= 0) return false;
  const uint64_t limit = static_cast<uint64_t>(std::ldexp(fraction, 64));
  return hash < limit;
}

namespace internal {

absl::StatusOr<std::vector<PathStep>> ParseFieldPath(std::string_view path) {
  std::vector<PathStep> steps;
  if (path.empty()) return absl::InvalidArgumentError("empty field path");
  for (absl::string_view apart : absl::StrSplit(Av(path), '.')) {
    std::string_view part = Sv(apart);
    PathStep step;
    size_t bracket = part.find('[');
    step.name = std::string(part.substr(0, bracket));
    if (step.name.empty() && bracket != 0)
      return absl::InvalidArgumentError(absl::StrCat("field path '", Av(path), "': empty name"));
    steps.push_back(step);
    while (bracket != std::string_view::npos) {
      size_t close = part.find(']', bracket);
      if (close == std::string_view::npos)
        return absl::InvalidArgumentError(absl::StrCat("field path '", Av(path), "': '[' without ']'"));
      std::string_view inside = part.substr(bracket + 1, close - bracket - 1);
      PathStep index;
      if (inside == "*") {
        index.all = true;
      } else {
        int64_t n = 0;
        if (inside.empty() || !absl::SimpleAtoi(Av(inside), &n) || n < 0)
          return absl::InvalidArgumentError(
              absl::StrCat("field path '", Av(path), "': index must be a number or *, not '", Av(inside), "'"));
        index.index = n;
      }
      steps.push_back(index);
      bracket = close + 1 < part.size() ? close + 1 : std::string_view::npos;
      if (bracket != std::string_view::npos && part[bracket] != '[')
        return absl::InvalidArgumentError(absl::StrCat("field path '", Av(path), "': text after ']'"));
    }
  }
  return steps;
}

}  // namespace internal

absl::Status ValidateOptions(const AuditOptions& o) {
  if (!(o.fraction > 0 && o.fraction <= 1))
    return absl::InvalidArgumentError(absl::StrCat("fraction must be in (0, 1], not ", o.fraction));
  if (o.shard_bytes < 1) return absl::InvalidArgumentError("shard size must be at least 1 byte");
  if (o.review_sample < 0) return absl::InvalidArgumentError("review sample size must be >= 0");
  if (o.review_excerpt_bytes < 0 || o.max_errors_listed < 0)
    return absl::InvalidArgumentError("excerpt size and error list size must be >= 0");
  if (o.max_record_bytes < 1) return absl::InvalidArgumentError("max record size must be >= 1");
  absl::StatusOr<std::vector<internal::PathStep>> f = internal::ParseFieldPath(o.field);
  if (!f.ok()) return f.status();
  if (!o.id_field.empty()) {
    absl::StatusOr<std::vector<internal::PathStep>> id = internal::ParseFieldPath(o.id_field);
    if (!id.ok()) return id.status();
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs) {
  std::set<std::string> out;
  namespace fs = std::filesystem;
  for (const std::string& in : inputs) {
    std::vector<std::string> matched;
    if (in.find_first_of("*?[") != std::string::npos) {
      glob_t g;
      int rc = glob(in.c_str(), 0, nullptr, &g);
      if (rc == 0)
        for (size_t i = 0; i < g.gl_pathc; ++i) matched.push_back(g.gl_pathv[i]);
      globfree(&g);
      if (matched.empty()) return absl::NotFoundError(absl::StrCat(in, ": no file matches"));
    } else {
      matched.push_back(in);
    }
    for (const std::string& m : matched) {
      std::error_code ec;
      fs::file_status st = fs::status(m, ec);
      if (ec) return absl::NotFoundError(absl::StrCat(m, ": ", ec.message()));
      if (fs::is_directory(st)) {
        for (auto it = fs::recursive_directory_iterator(m, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec)) {
          const std::string name = it->path().filename().string();
          if (!name.empty() && name[0] == '.') {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
          }
          if (it->is_regular_file()) out.insert(it->path().string());
        }
        if (ec) return absl::NotFoundError(absl::StrCat(m, ": ", ec.message()));
      } else if (fs::is_regular_file(st)) {
        out.insert(m);
      } else {
        return absl::InvalidArgumentError(absl::StrCat(m, ": not a regular file or directory"));
      }
    }
  }
  return std::vector<std::string>(out.begin(), out.end());
}

absl::StatusOr<std::vector<ShardSpec>> PlanShards(const std::vector<std::string>& inputs,
                                                  const AuditOptions& options) {
  if (absl::Status s = ValidateOptions(options); !s.ok()) return s;
  absl::StatusOr<std::vector<std::string>> files = ExpandInputs(inputs);
  if (!files.ok()) return files.status();
  std::vector<ShardSpec> shards;
  for (const std::string& path : *files) {
    absl::StatusOr<int64_t> size = FileSize(path);
    if (!size.ok()) return size.status();
    const InputFormat format = FormatOf(path, options);
    const bool whole = !CompressionOf(path).empty() || format == InputFormat::kCsv || format == InputFormat::kTsv;
    if (whole || *size <= options.shard_bytes) {
      shards.push_back({path, 0, *size});
      continue;
    }
    for (int64_t b = 0; b < *size; b += options.shard_bytes)
      shards.push_back({path, b, std::min(*size, b + options.shard_bytes)});
  }
  return shards;
}

// ---------------------------------------------------------------------------
// Reading one shard.

namespace {

// A batch (texts waiting for one ScanLines call) is flushed at this many
// text bytes or records: bounds the shard's memory whatever its size.
// 4 MiB, not 1 MiB (nor 256 KiB): building a batch (reading the lines,
// copying the texts) pushes the scanner's tables out of the CPU's L2 cache,
// and each ScanLines call pays to bring them back; larger batches pay it
// less often (bench/RESULTS.md, "Corpus audit ... audit6": ~5-8% less CPU
// on 67 MB of {"text"} lines, the same instructions). The record limit stays
// 16,384, so a batch of short records (every one flagged, many hits) holds
// no more hits than before.
constexpr size_t kBatchBytes = 4 << 20;
constexpr size_t kBatchRecords = 16384;

// a == b for the short strings of the per-record path (field names): an
// inlined loop, not a call of memcmp per record.
inline bool SameBytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

bool IsBlank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}

// A text of a pending record: its concrete field path, its bytes in the
// batch block (no line break) or in the own-copy arena (scanned alone), and
// its hits in the batch's hit array.
struct PendingText {
  size_t field_off = 0, field_len = 0;  // in fields_
  bool in_block = false;
  uint32_t record = 0;                  // its record's index in the batch (pending_)
  size_t off = 0, len = 0;              // in block_ (in_block) or own_
  size_t hits_begin = 0, hits_end = 0;  // in hits_
};
// A text of a record as read (views into the reader's buffers).
struct TextRef {
  std::string_view field;
  std::string_view text;
};
struct PendingRecord {
  int64_t offset = 0;
  uint64_t hash = 0;
  bool sampled = false;
  size_t id_off = 0, id_len = 0;          // in ids_
  size_t texts_begin = 0, texts_end = 0;  // in texts_
};

bool ReviewLess(const ReviewItem& a, const ReviewItem& b) {
  if (a.hash != b.hash) return a.hash < b.hash;
  if (a.id != b.id) return a.id < b.id;
  if (a.path != b.path) return a.path < b.path;
  return a.offset < b.offset;
}

// Cuts `s` to at most n bytes without splitting a UTF-8 sequence.
std::string Excerpt(std::string_view s, size_t n) {
  if (s.size() <= n) return std::string(s);
  size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut));
}

}  // namespace

// The Scanner and the batch buffers one thread's shards share (see
// AuditScratch): cleared, not freed, between shards.
struct AuditScratch::Buffers {
  const Artifact* scanner_for = nullptr;  // the artifact `scanner` was created for
  std::unique_ptr<Scanner> scanner;
  simdjson::dom::parser parser, many_parser;
  std::vector<PendingRecord> pending;
  std::vector<PendingText> texts;
  std::vector<Hit> hits, scan_hits;
  std::string ids, fields, block, own;
  std::vector<size_t> block_map;
  std::vector<int64_t> run_offsets, run_lines, invalid_runs;
  std::vector<uint32_t> hit_records;
  std::vector<CompiledEntry> hit_entries;

  // Empties every buffer (capacity kept): a shard that failed may have left some.
  void Clear() {
    pending.clear();
    texts.clear();
    hits.clear();
    scan_hits.clear();
    ids.clear();
    fields.clear();
    block.clear();
    own.clear();
    block_map.clear();
    run_offsets.clear();
    run_lines.clear();
    invalid_runs.clear();
    hit_records.clear();
    hit_entries.clear();
  }
};

AuditScratch::AuditScratch() : buffers_(std::make_unique<Buffers>()) {}
AuditScratch::~AuditScratch() = default;

class ShardAuditor {
 public:
  ShardAuditor(std::shared_ptr<const Artifact> artifact, const ShardSpec& shard, const AuditOptions& options,
               HitSink* sink, InputHashes* hashes, AuditScratch* scratch)
      : artifact_(std::move(artifact)), shard_(shard), options_(options), sink_(sink), hashes_(hashes),
        buf_(*scratch->buffers_) {}

  absl::StatusOr<AuditSummary> Run() {
    if (absl::Status s = ValidateOptions(options_); !s.ok()) return s;
    if (shard_.begin < 0 || shard_.end < shard_.begin)
      return absl::InvalidArgumentError(
          absl::StrCat(shard_.path, ": bad shard range [", shard_.begin, ", ", shard_.end, ")"));
    field_ = *internal::ParseFieldPath(options_.field);
    if (!options_.id_field.empty()) id_path_ = *internal::ParseFieldPath(options_.id_field);
    buf_.Clear();
    if (buf_.scanner == nullptr || buf_.scanner_for != artifact_.get()) {
      buf_.scanner.reset();
      absl::StatusOr<std::unique_ptr<Scanner>> scanner = Scanner::Create(artifact_);
      if (!scanner.ok()) return scanner.status();
      buf_.scanner = std::move(*scanner);
      buf_.scanner_for = artifact_.get();
    }
    format_ = FormatOf(shard_.path, options_);
    compression_ = std::string(CompressionOf(shard_.path));
    summary_.options_key_ = internal::OptionsKey(options_);
    summary_.review_size_ = options_.review_sample;
    summary_.max_errors_listed_ = options_.max_errors_listed;
    file_ = &summary_.files_[shard_.path];
    id_prefix_ = shard_.path + ":" + std::string(24, '0');
    hash_ids_ = options_.fraction < 1 || options_.review_sample > 0;
    // The batch block at its full size at once (address space: pages come
    // as it fills), not grown by doubling: 4 MiB batches grown from empty
    // in every shard cost ~2 M instructions of copies each.
    block_.reserve(kBatchBytes + (64 << 10));
    absl::Status s;
    if (format_ == InputFormat::kCsv || format_ == InputFormat::kTsv) {
      s = ReadDelimited();
    } else {
      s = ReadLines();
    }
    if (!s.ok()) return s;
    if (absl::Status f = Flush(); !f.ok()) return f;
    AuditSummary::Segment seg;
    seg.begin = shard_.begin;
    seg.end = shard_.end;
    seg.lines = lines_;
    seg.decompressed_bytes = decompressed_;
    file_->segments.push_back(seg);
    MoveRiskCounts();
    std::sort(review_.begin(), review_.end(), ReviewLess);
    summary_.review_ = std::move(review_);
    return std::move(summary_);
  }

 private:
  // Whole-stream sources (compressed, CSV) cover [0, file size) of the file
  // but count records over the decompressed stream.
  bool WholeFile() const {
    return !compression_.empty() || format_ == InputFormat::kCsv || format_ == InputFormat::kTsv;
  }

  absl::Status ReadLines() {
    const bool whole = WholeFile();
    if (whole && shard_.begin != 0)
      return absl::InvalidArgumentError(
          absl::StrCat(shard_.path, ": a compressed file is one shard starting at 0, not at ", shard_.begin));
    const int64_t begin = whole ? 0 : shard_.begin;
    const int64_t end = whole ? INT64_MAX : shard_.end;
    if (!whole && begin == end && begin != 0) return absl::OkStatus();  // empty range owns nothing
    const int64_t open_at = begin > 0 ? begin - 1 : 0;
    std::unique_ptr<ByteSource> src;
    std::unique_ptr<WindowedFile> map;
    if (absl::Status s = OpenLineSource(open_at, &src, &map); !s.ok()) return s;
    // The manifest's hash of the file takes the windows as they are read,
    // when this shard's reads extend it (InputHashes).
    HashClaim claim(map != nullptr ? hashes_ : nullptr, shard_.path, open_at, end);
    if (map != nullptr) map->set_hash_tap(claim.tap());
    const size_t max_line = static_cast<size_t>(options_.max_record_bytes);
    LineReader reader =
        map != nullptr ? LineReader(map.get(), open_at, max_line) : LineReader(src.get(), open_at, max_line);
    Line line;
    bool prev_blank = true;  // paragraphs: the line before the current one was blank (or none)
    if (begin > 0) {
      absl::StatusOr<bool> go_on = SkipRecordInProgress(&reader, &line, begin, end, &prev_blank);
      if (!go_on.ok()) return go_on.status();
      if (!*go_on) return FinishStream(reader);
    }
    const bool paragraphs = format_ == InputFormat::kTextParagraphs;
    const bool runs = map != nullptr && format_ == InputFormat::kJsonl && field_.size() == 1 && id_path_.empty() &&
                      internal::PlainNameOk(field_[0].name);
    Paragraph par;  // paragraph under construction
    for (;;) {
      if (runs && plain_skip_ == 0 && line.nl >= 0 && line.nl + 1 >= no_run_before_) {  // not the first line (BOM)
        absl::StatusOr<bool> past = PlainRun(&reader, begin, end);
        if (!past.ok()) return past.status();
        if (*past) break;
      }
      absl::StatusOr<bool> more = reader.Next(&line);
      if (!more.ok()) return more.status();
      if (!*more) break;
      if (line.start == 0) line.text = WithoutUtf8Bom(line.text);  // the file's, not the record's (utf8.h)
      const bool blank = !line.too_long && IsBlank(line.text);
      const int64_t rel_line = lines_ + 1;
      if (paragraphs) {
        absl::StatusOr<bool> stop = ParagraphLine(line, blank, rel_line, end, &par, &prev_blank);
        if (!stop.ok()) return stop.status();
        if (*stop) break;
      } else {
        if (line.start >= end) break;
        if (!blank)
          if (absl::Status s = LineRecord(line, rel_line, &reader); !s.ok()) return s;
      }
      if (line.nl >= begin && line.nl < end) ++lines_;
    }
    if (paragraphs)
      if (absl::Status s = EndParagraph(&par); !s.ok()) return s;
    if (absl::Status s = FlushJsonLines(); !s.ok()) return s;
    return FinishStream(reader);
  }

  // JSONL lines of the shape {"NAME": "VALUE"} (no escapes; see
  // plain_member.h) taken straight from the reader's mapping, a run of
  // whole lines at a time (LineReader::PeekRun): one UTF-8 check per run,
  // and each line's end found as its shape is read, not by a search of its
  // own; no Line, no per-line call chain. Stops at the first line it does
  // not take (that one is read by Next and goes the usual way: the same
  // records and errors as line by line) and at `end`. True: the shard's
  // range ends in the run (reading stops).
  absl::StatusOr<bool> PlainRun(LineReader* reader, int64_t begin, int64_t end) {
    for (;;) {  // run after run while each is taken whole
      bool whole = false;
      absl::StatusOr<bool> past = PlainRunOnce(reader, begin, end, &whole);
      if (!past.ok() || *past || !whole) return past;
    }
  }
  // One run of PlainRun; *whole: every line of it was taken.
  absl::StatusOr<bool> PlainRunOnce(LineReader* reader, int64_t begin, int64_t end, bool* whole) {
    std::string_view run;
    int64_t start = 0;
    absl::StatusOr<bool> got = reader->PeekRun(kRunBytes, &run, &start);
    if (!got.ok()) return got.status();
    if (!*got || start == 0) return false;  // the file's first line may have a BOM: Next's
    // The run's UTF-8 is checked once its first line has the shape (a
    // corpus of other lines is not checked here: the parser does). Not
    // checked here when every record is sampled and none can enter the
    // review sample (AddRunRecord's lines then are only texts in the
    // block): the scan's fold decodes the texts anyway and says at Flush
    // whether they were all valid; the rare batch where it cannot say so
    // is checked line by line there (DropInvalidRunLines: the same errors).
    std::string_view first;
    const char* first_nl = nullptr;
    if (!internal::PlainStringMemberLine(run.data(), run.data() + run.size(), field_[0].name, &first, &first_nl)) {
      not_plain_at_ = start;  // QueueJsonLine need not try it again
      return false;
    }
    if (hash_ids_ && !reader->RunIsUtf8(run)) {  // these lines go one by one (the usual checks name the bad one)
      no_run_before_ = start + static_cast<int64_t>(run.size());
      return false;
    }
    const char* p = run.data();
    const char* const limit = p + run.size();
    const std::string_view name = field_[0].name;
    const size_t max_line = static_cast<size_t>(options_.max_record_bytes);
    bool past_end = false;
    while (p < limit) {
      const int64_t offset = start + (p - run.data());
      if (offset >= end) {
        past_end = true;
        break;
      }
      std::string_view sv;
      const char* nl = nullptr;
      if (!internal::PlainStringMemberLine(p, limit, name, &sv, &nl)) {
        not_plain_at_ = offset;  // QueueJsonLine need not try it again
        break;
      }
      if (static_cast<size_t>(nl - p) > max_line) break;  // too_long: Next's
      if (!json_lines_.empty())
        if (absl::Status s = FlushJsonLines(); !s.ok()) return s;  // records stay in file order
      plain_misses_ = 0;
      if (absl::Status s = AddRunRecord(offset, lines_ + 1, name, sv); !s.ok()) return s;
      const int64_t nl_at = start + (nl - run.data());
      if (nl_at >= begin && nl_at < end) ++lines_;
      p = nl + 1;
    }
    reader->SkipRun(static_cast<size_t>(p - run.data()));
    *whole = p == limit;
    return past_end;
  }

  // A file's entry in InputHashes, held while the shard reads it (given
  // back before the WindowedFile that feeds it is gone: declared after it).
  class HashClaim {
   public:
    HashClaim(InputHashes* hashes, const std::string& path, int64_t from, int64_t to)
        : hashes_(hashes), file_(hashes != nullptr ? hashes->Claim(path, from, to) : nullptr) {}
    ~HashClaim() {
      if (file_ != nullptr) hashes_->Release(file_);
    }
    HashClaim(const HashClaim&) = delete;
    HashClaim& operator=(const HashClaim&) = delete;
    internal::HashTap* tap() const { return InputHashes::Tap(file_); }

   private:
    InputHashes* hashes_;
    InputHashes::File* file_;
  };

  // Opens the shard's file at open_at: a plain file is read in place from a
  // mapping (*map; no read(2) copy), a compressed one through its decoder (*src).
  absl::Status OpenLineSource(int64_t open_at, std::unique_ptr<ByteSource>* src,
                              std::unique_ptr<WindowedFile>* map) const {
    if (compression_.empty()) {
      absl::StatusOr<std::unique_ptr<WindowedFile>> m = WindowedFile::Open(shard_.path, open_at);
      if (!m.ok()) return m.status();
      *map = std::move(*m);
    } else {
      absl::StatusOr<std::unique_ptr<ByteSource>> s = OpenSource(shard_.path, compression_, open_at);
      if (!s.ok()) return s.status();
      *src = std::move(*s);
    }
    return absl::OkStatus();
  }

  // Skips the rest of the record in progress at `begin` (the Hadoop rule),
  // counting its '\n' when it lies in [begin, end) and setting *prev_blank
  // for paragraphs. False: the stream ends there (the caller finishes it).
  absl::StatusOr<bool> SkipRecordInProgress(LineReader* reader, Line* line, int64_t begin, int64_t end,
                                            bool* prev_blank) {
    absl::StatusOr<bool> more = reader->Next(line);
    if (!more.ok()) return more.status();
    if (!*more || line->nl < 0) return false;
    if (line->nl >= begin && line->nl < end) ++lines_;
    if (format_ == InputFormat::kTextParagraphs) {
      absl::StatusOr<bool> blank = LineBeforeIsBlank(line->nl);
      if (!blank.ok()) return blank.status();
      *prev_blank = *blank;
    }
    return true;
  }

  // A paragraph under construction: owned when it starts in the shard (after
  // a blank line); bad once a line or the whole exceeds max_record_bytes.
  struct Paragraph {
    bool in_par = false, owned = false, bad = false;
    int64_t start = 0, line = 0;
    std::string text;
  };

  // Ends *par: an owned paragraph becomes a record (or a too_long error);
  // *par is reset either way.
  absl::Status EndParagraph(Paragraph* par) {
    absl::Status s;
    if (par->in_par && par->owned) {
      if (par->bad) {
        s = RecordError(par->start, par->line, "too_long",
                        absl::StrCat("paragraph has a line longer than ", options_.max_record_bytes, " bytes"));
      } else {
        s = TextRecord(par->start, par->line, par->text);
      }
    }
    par->in_par = false;
    par->text.clear();
    par->bad = false;
    return s;
  }

  // One line of a paragraphs file: a blank one ends *par, another one starts
  // or extends it. True: the line starts past `end`, reading stops.
  absl::StatusOr<bool> ParagraphLine(const Line& line, bool blank, int64_t rel_line, int64_t end, Paragraph* par,
                                     bool* prev_blank) {
    if (blank) {
      if (absl::Status s = EndParagraph(par); !s.ok()) return s;
      *prev_blank = true;
      if (line.start >= end) return true;
    } else {
      if (!par->in_par) {
        if (line.start >= end) return true;
        par->in_par = true;
        par->owned = *prev_blank;
        par->start = line.start;
        par->line = rel_line;
      } else if (par->owned) {
        par->text.push_back('\n');
      }
      if (par->owned) {
        if (line.too_long) par->bad = true;
        else if (!par->bad) par->text.append(line.text);
        if (static_cast<int64_t>(par->text.size()) > options_.max_record_bytes) {
          par->bad = true;
          par->text.clear();
        }
      }
      *prev_blank = false;
    }
    return false;
  }

  // A non-blank line of a lines or JSONL file: a too_long error, a queued
  // JSON line or a text record.
  absl::Status LineRecord(const Line& line, int64_t rel_line, LineReader* reader) {
    absl::Status s;
    if (line.too_long) {
      s = FlushJsonLines();  // errors and records stay in file order
      if (s.ok())
        s = RecordError(line.start, rel_line, "too_long",
                        absl::StrCat("record longer than ", options_.max_record_bytes, " bytes"));
    } else {
      s = format_ == InputFormat::kJsonl ? QueueJsonLine(line, rel_line, reader)
                                         : TextRecord(line.start, rel_line, line.text, reader->IsUtf8(line));
    }
    return s;
  }

  // Whether the whole line ending with the '\n' at `nl` is blank (spaces,
  // tabs, '\r' only): reads backwards until a '\n', the file start or a
  // character that is not blank.
  absl::StatusOr<bool> LineBeforeIsBlank(int64_t nl) const {
    int64_t pos = nl;
    while (pos > 0) {
      const int64_t from = std::max<int64_t>(0, pos - 256);
      absl::StatusOr<std::string> chunk = ReadAt(shard_.path, from, static_cast<size_t>(pos - from));
      if (!chunk.ok()) return chunk.status();
      for (size_t i = chunk->size(); i-- > 0;) {
        char c = (*chunk)[i];
        if (c == '\n') return true;
        if (c != ' ' && c != '\t' && c != '\r') return false;
      }
      pos = from;
    }
    return true;
  }

  absl::Status FinishStream(const LineReader& reader) {
    decompressed_ = WholeFile() ? reader.end_offset() : 0;
    if (!reader.error().ok()) {
      std::string_view msg = Sv(reader.error().message());
      const bool truncated = msg.find("truncated") != std::string_view::npos;
      AddError(reader.end_offset(), lines_ + 1, truncated ? "truncated_stream" : "corrupt_stream",
               std::string(msg), /*record=*/false);
    }
    return absl::OkStatus();
  }

  // CSV/TSV, streamed (CsvStream: one row held at a time). A NUL byte in
  // the first MiB makes the file binary (one error, no records); a later
  // one is a record error of kind "binary".
  absl::Status ReadDelimited() {
    if (shard_.begin != 0)
      return absl::InvalidArgumentError(
          absl::StrCat(shard_.path, ": a CSV/TSV file is one shard starting at 0, not at ", shard_.begin));
    absl::StatusOr<std::unique_ptr<ByteSource>> src = OpenSource(shard_.path, compression_, 0);
    if (!src.ok()) return src.status();
    CsvStream csv(std::move(*src), format_ == InputFormat::kCsv ? ',' : '\t',
                  static_cast<size_t>(options_.max_record_bytes), DelimitedReopen(shard_.path, compression_));
    absl::StatusOr<std::string_view> head = csv.Peek();
    if (!head.ok()) return head.status();
    if (memchr(head->data(), '\0', head->size()) != nullptr) {
      if (absl::Status s = csv.Drain(); !s.ok()) return s;
      AddError(0, 1, "binary", "NUL byte: not a text file", /*record=*/false);
      decompressed_ = csv.bytes();
      lines_ = csv.lines();
      return absl::OkStatus();
    }
    CsvRow& rec = csv_row_;
    int column = -1, id_column = -1;
    bool header = true;
    for (;;) {
      absl::StatusOr<bool> more = csv.Next(&rec);
      if (!more.ok()) return more.status();
      if (!*more) break;
      if (header) {
        header = false;
        if (!HeaderColumns(rec, &column, &id_column)) {
          AddError(0, 1, "missing_field",
                   absl::StrCat("header has no column '", column < 0 ? options_.column : options_.id_field, "'"),
                   false);
          // The file's size and lines are still counted; a stream error is not reported.
          if (absl::Status s = csv.Drain(); !s.ok()) return s;
          decompressed_ = csv.bytes();
          lines_ = csv.lines();
          return absl::OkStatus();
        }
        continue;
      }
      if (absl::Status s = DelimitedRow(rec, column, id_column); !s.ok()) return s;
    }
    return FinishDelimited(csv);
  }

  // How CsvStream reopens the file at a decompressed offset: a plain file
  // opens there; a compressed stream decodes and drops the bytes before it.
  static CsvStream::Reopen DelimitedReopen(const std::string& path, const std::string& compression) {
    return [path, compression](int64_t offset) -> absl::StatusOr<std::unique_ptr<ByteSource>> {
      absl::StatusOr<std::unique_ptr<ByteSource>> s = OpenSource(path, compression, compression.empty() ? offset : 0);
      if (!s.ok() || compression.empty()) return s;
      // A compressed stream: decode and drop the bytes before `offset`.
      std::vector<char> skip(1 << 16);
      for (int64_t left = offset; left > 0;) {
        absl::StatusOr<size_t> got = (*s)->Read(skip.data(), static_cast<size_t>(std::min<int64_t>(left, skip.size())));
        if (!got.ok()) return got.status();
        if (*got == 0) break;
        left -= static_cast<int64_t>(*got);
      }
      return s;
    };
  }

  // The text column (and the id column when an id field is set) of a header
  // row; false when one is missing (*column or *id_column stays -1).
  bool HeaderColumns(const CsvRow& rec, int* column, int* id_column) const {
    for (size_t i = 0; i < rec.size; ++i) {
      if (rec.fields[i] == options_.column) *column = static_cast<int>(i);
      if (!options_.id_field.empty() && rec.fields[i] == options_.id_field) *id_column = static_cast<int>(i);
    }
    return !(*column < 0 || (!options_.id_field.empty() && *id_column < 0));
  }

  // One data row: skipped when blank, a record error when unreadable (csv,
  // too_long, missing_field, binary, invalid_utf8, missing_id), else a record.
  absl::Status DelimitedRow(const CsvRow& rec, int column, int id_column) {
    const int64_t offset = rec.offset;
    if (rec.size == 1 && rec.fields[0].empty()) return absl::OkStatus();  // blank line
    if (!rec.error.empty()) {
      RecordError(offset, rec.line, "csv", rec.error).IgnoreError();
      return absl::OkStatus();
    }
    if (rec.too_long) {
      RecordError(offset, rec.line, "too_long", absl::StrCat("record longer than ", options_.max_record_bytes, " bytes"))
          .IgnoreError();
      return absl::OkStatus();
    }
    if (static_cast<int>(rec.size) <= column || (id_column >= 0 && static_cast<int>(rec.size) <= id_column)) {
      RecordError(offset, rec.line, "missing_field",
                  absl::StrCat("row has ", rec.size, " fields, no column '", options_.column, "'"))
          .IgnoreError();
      return absl::OkStatus();
    }
    const std::string& text = rec.fields[column];
    if (memchr(text.data(), '\0', text.size()) != nullptr ||
        (id_column >= 0 && memchr(rec.fields[id_column].data(), '\0', rec.fields[id_column].size()) != nullptr)) {
      RecordError(offset, rec.line, "binary", "NUL byte: binary data").IgnoreError();
      return absl::OkStatus();
    }
    if (!simdjson::validate_utf8(text.data(), text.size())) {
      RecordError(offset, rec.line, "invalid_utf8", "invalid UTF-8").IgnoreError();
      return absl::OkStatus();
    }
    if (id_column >= 0 && rec.fields[id_column].empty()) {
      RecordError(offset, rec.line, "missing_id", absl::StrCat("empty id column '", options_.id_field, "'"))
          .IgnoreError();
      return absl::OkStatus();
    }
    const size_t id_off = BeginId();
    if (id_column >= 0) ids_.append(rec.fields[id_column]);
    else AppendFileOffsetId(offset);
    record_texts_.assign(1, TextRef{options_.column, text});
    return AddRecord(offset, id_off, record_texts_);
  }

  // The end of a delimited stream: its size and lines, and a stream error
  // (truncated or corrupt) as a file error after the records.
  absl::Status FinishDelimited(const CsvStream& csv) {
    decompressed_ = csv.bytes();
    lines_ = csv.lines();
    if (!csv.stream_error().ok()) {
      std::string_view msg = Sv(csv.stream_error().message());
      AddError(decompressed_, lines_ + 1,
               msg.find("truncated") != std::string_view::npos ? "truncated_stream" : "corrupt_stream",
               std::string(msg), false);
    }
    return absl::OkStatus();
  }

  // A plain-text record (a line or a paragraph).
  // `utf8`: the text is known to be valid UTF-8 (LineReader's block check).
  absl::Status TextRecord(int64_t offset, int64_t line, std::string_view text, bool utf8 = false) {
    if (memchr(text.data(), '\0', text.size()) != nullptr)
      return RecordError(offset, line, "binary", "NUL byte: binary data");
    if (!utf8 && !simdjson::validate_utf8(text.data(), text.size()))
      return RecordError(offset, line, "invalid_utf8", "invalid UTF-8");
    record_texts_.assign(1, TextRef{"", text});
    const size_t id_off = BeginId();
    AppendFileOffsetId(offset);
    return AddRecord(offset, id_off, record_texts_);
  }

  // Values found at a field path, with their concrete paths; the first n
  // of `items` (the strings keep their capacity from record to record).
  struct Found {
    std::vector<std::pair<std::string, simdjson::dom::element>> items;
    size_t n = 0;
    void Clear() { n = 0; }
    size_t size() const { return n; }
    const std::pair<std::string, simdjson::dom::element>& operator[](size_t i) const { return items[i]; }
    void Add(const std::string& where, const simdjson::dom::element& e) {
      if (n == items.size()) items.emplace_back();
      items[n].first.assign(where);
      items[n].second = e;
      ++n;
    }
  };

  static void Collect(const simdjson::dom::element& e, const std::vector<internal::PathStep>& path, size_t i,
                      std::string& where, Found* out) {
    if (i == path.size()) {
      out->Add(where, e);
      return;
    }
    const internal::PathStep& step = path[i];
    const size_t keep = where.size();
    if (!step.name.empty()) {
      simdjson::dom::object obj;
      if (e.get_object().get(obj)) return;
      simdjson::dom::element child;
      if (obj.at_key(step.name).get(child)) return;
      if (!where.empty()) where.push_back('.');
      where.append(step.name);
      Collect(child, path, i + 1, where, out);
    } else {
      simdjson::dom::array arr;
      if (e.get_array().get(arr)) return;
      int64_t k = 0;
      for (simdjson::dom::element child : arr) {
        if (step.all || k == step.index) {
          absl::StrAppend(&where, "[", k, "]");
          Collect(child, path, i + 1, where, out);
          where.resize(keep);
        }
        ++k;
      }
    }
    where.resize(keep);
  }

  // JSONL lines that PlainStringMember does not take are parsed in batches
  // of about kJsonBatchBytes with simdjson's parse_many (one stage-1 pass
  // over the batch instead of one per line). A document is taken only when
  // it is exactly its line: an object starting and ending in the line with
  // only whitespace around it; then the line alone would parse to the same
  // document. Any other case (an error anywhere in the batch, a document
  // across lines, two on one line, a line that is no object) sends that
  // line to JsonRecord, the parser of one line, which gives the texts and
  // errors it always gave, and the batch parse restarts after it (at most
  // kMaxBatchRestarts times, then the batch's remaining lines go to
  // JsonRecord one by one).
  struct JsonLine {
    int64_t offset = 0, line = 0;
    size_t begin = 0, end = 0;  // from the batch's start (json_batch_, or batch_ptr_ in place)
  };
  static constexpr size_t kJsonBatchBytes = 256 << 10;
  static constexpr int kPlainMisses = 64, kPlainPause = 4096;
  static constexpr int kMaxBatchRestarts = 4;

  // A JSONL line `read` from `reader` (kReadPadding readable bytes after
  // it). When it lies in the reader's mapping (Line::mapped), the batch is
  // the range of the mapping from its first line to its last, parsed in
  // place (no copy); what lies between its lines is JSON whitespace (line
  // breaks, blank lines: any other line flushes the batch first).
  absl::Status QueueJsonLine(const Line& read, int64_t line, LineReader* reader) {
    const int64_t offset = read.start;
    const std::string_view text = read.text;
    const bool mapped = read.mapped;
    static_assert(kReadPadding >= 63, "PlainStringMember reads this far past a line");
    if (field_.size() == 1 && id_path_.empty() && plain_skip_ == 0) {
      // {"text": "..."} without escapes: no parser (same texts, same errors;
      // see plain_member.h). It takes no line with a NUL or a line break in
      // its text. Kept beside the batch parse for its cost: on lines of that
      // shape it is ~3 instructions per byte cheaper (bench/RESULTS.md).
      // After kPlainMisses lines in a row it did not take, the next
      // kPlainPause lines go straight to the batch (either way gives the
      // same result; this only spares the attempt on corpora of other shapes).
      std::string_view sv;
      // The value's UTF-8 is checked after the grammar (a line the batch
      // will parse is not checked twice), for its 1 MiB block at once when
      // the reader can. A line PlainRun did not take is not tried again.
      if (offset == not_plain_at_ || !internal::PlainStringMemberUnchecked(text, field_[0].name, &sv) ||
          !(reader->IsUtf8(read) || simdjson::validate_utf8(sv.data(), sv.size()))) {
        if (++plain_misses_ >= kPlainMisses) {
          plain_misses_ = 0;
          plain_skip_ = kPlainPause;
        }
      } else {
        plain_misses_ = 0;
        if (!json_lines_.empty())
          if (absl::Status s = FlushJsonLines(); !s.ok()) return s;  // records stay in file order
        const TextRef one{field_[0].name, sv};
        const size_t id_off = BeginId();
        AppendFileOffsetId(offset);
        return AddRecord(offset, id_off, &one, 1, /*may_break_lines=*/false);
      }
    } else if (plain_skip_ > 0) {
      --plain_skip_;
    }
    if (!json_lines_.empty() && batch_ptr_ != nullptr && !mapped)
      if (absl::Status s = FlushJsonLines(); !s.ok()) return s;  // an in-place batch ends here
    JsonLine l;
    l.offset = offset;
    l.line = line;
    if (mapped && (json_lines_.empty() || batch_ptr_ != nullptr)) {
      if (json_lines_.empty()) batch_ptr_ = text.data();
      l.begin = static_cast<size_t>(text.data() - batch_ptr_);
      l.end = l.begin + text.size();
      batch_len_ = l.end;
    } else {
      l.begin = json_batch_.size();
      json_batch_.append(text);
      l.end = json_batch_.size();
      json_batch_.push_back('\n');
      batch_len_ = json_batch_.size();
    }
    json_lines_.push_back(l);
    if (batch_len_ >= kJsonBatchBytes) return FlushJsonLines();
    return absl::OkStatus();
  }

  absl::Status FlushJsonLines() {
    if (json_lines_.empty()) return absl::OkStatus();
    const size_t len = batch_len_;
    // parse_many and JsonRecord read SIMDJSON_PADDING bytes past the end (in
    // place: the reader keeps kReadPadding readable after every line).
    static_assert(kReadPadding >= simdjson::SIMDJSON_PADDING, "in-place batches need simdjson's padding");
    if (batch_ptr_ == nullptr) json_batch_.append(simdjson::SIMDJSON_PADDING, ' ');
    const char* const data = batch_ptr_ != nullptr ? batch_ptr_ : json_batch_.data();
    absl::Status s;
    size_t next = 0;
    for (int restarts = 0; s.ok() && next < json_lines_.size(); ++restarts) {
      if (restarts <= kMaxBatchRestarts) s = ParseJsonBatch(data, next, len, &next);
      if (!s.ok() || next == json_lines_.size()) break;
      const JsonLine& l = json_lines_[next++];
      s = JsonRecord(l.offset, l.line, std::string_view(data + l.begin, l.end - l.begin));
    }
    json_batch_.clear();
    json_lines_.clear();
    batch_ptr_ = nullptr;
    batch_len_ = 0;
    return s;
  }

  // Takes the documents of json_lines_[first, ...) from one parse_many pass
  // while each is exactly its line; *next is the first line not taken.
  absl::Status ParseJsonBatch(const char* data, size_t first, size_t len, size_t* next) {
    *next = first;
    const size_t base = json_lines_[first].begin;
    simdjson::dom::document_stream stream;
    const size_t n = len - base;
    if (many_parser_.parse_many(data + base, n, std::max(n, kJsonBatchBytes)).get(stream))
      return absl::OkStatus();
    size_t i = first;
    for (auto it = stream.begin(); it != stream.end() && i < json_lines_.size(); ++it) {
      simdjson::dom::element doc;
      if ((*it).get(doc)) break;
      const JsonLine& l = json_lines_[i];
      const size_t start = base + it.current_index();
      if (start < l.begin || start >= l.end || data[start] != '{') break;
      const size_t stop = start + it.source().size();
      if (stop > l.end || !JsonSpace(data + l.begin, data + start) || !JsonSpace(data + stop, data + l.end)) break;
      if (absl::Status s = RecordFromDoc(l.offset, l.line, doc); !s.ok()) return s;
      *next = ++i;
    }
    return absl::OkStatus();
  }

  static bool JsonSpace(const char* p, const char* end) {
    for (; p < end; ++p)
      if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n') return false;
    return true;
  }

  // One line alone: `text` has SIMDJSON_PADDING readable bytes after it.
  absl::Status JsonRecord(int64_t offset, int64_t line, std::string_view text) {
    if (memchr(text.data(), '\0', text.size()) != nullptr)
      return RecordError(offset, line, "binary", "NUL byte: binary data");
    simdjson::dom::element doc;
    simdjson::error_code err = parser_.parse(text.data(), text.size(), false).get(doc);
    if (err) {
      if (err == simdjson::UTF8_ERROR) return RecordError(offset, line, "invalid_utf8", "invalid UTF-8");
      return RecordError(offset, line, "invalid_json", absl::StrCat("invalid JSON: ", simdjson::error_message(err)));
    }
    return RecordFromDoc(offset, line, doc);
  }

  // The record of a parsed line: its texts at the field path and its id.
  absl::Status RecordFromDoc(int64_t offset, int64_t line, const simdjson::dom::element& doc) {
    std::string& where = where_;  // a member: keeps its capacity
    where.clear();
    record_texts_.clear();
    if (field_.size() == 1) {
      // A plain member name ("text"): one lookup, no path strings.
      simdjson::dom::object obj;
      simdjson::dom::element e;
      std::string_view sv;
      if (!doc.get_object().get(obj) && !obj.at_key(field_[0].name).get(e) && !e.is_null()) {
        if (e.get_string().get(sv))
          return RecordError(offset, line, "not_string", absl::StrCat("field ", field_[0].name, " is not a string"));
        record_texts_.push_back(TextRef{field_[0].name, sv});
      }
    } else {
      found_.Clear();
      Collect(doc, field_, 0, where, &found_);
      for (size_t k = 0; k < found_.size(); ++k) {
        const auto& [name, e] = found_[k];
        std::string_view sv;
        if (e.is_null()) continue;
        if (e.get_string().get(sv))
          return RecordError(offset, line, "not_string", absl::StrCat("field ", name, " is not a string"));
        record_texts_.push_back(TextRef{name, sv});
      }
    }
    if (record_texts_.empty())
      return RecordError(offset, line, "missing_field", absl::StrCat("no string at field path '", options_.field, "'"));
    const size_t id_off = BeginId();
    if (!id_path_.empty()) {
      // The id's value is read from id_found_ (found_ holds the texts' names).
      id_found_.Clear();
      where.clear();
      Collect(doc, id_path_, 0, where, &id_found_);
      std::string_view sv;
      int64_t i64;
      uint64_t u64;
      if (id_found_.size() != 1)
        return RecordError(offset, line, "missing_id", absl::StrCat("no single value at '", options_.id_field, "'"));
      if (!id_found_[0].second.get_string().get(sv)) ids_.append(sv);
      else if (!id_found_[0].second.get_int64().get(i64)) absl::StrAppend(&ids_, i64);
      else if (!id_found_[0].second.get_uint64().get(u64)) absl::StrAppend(&ids_, u64);
      else return RecordError(offset, line, "missing_id", absl::StrCat("id '", options_.id_field, "' is not a string or integer"));
      if (ids_.size() == id_off) return RecordError(offset, line, "missing_id", "empty id");
    } else {
      AppendFileOffsetId(offset);
    }
    return AddRecord(offset, id_off, record_texts_);
  }

  void AddError(int64_t offset, int64_t line, std::string kind, std::string message, bool record) {
    AuditSummary::FileStats& f = *file_;
    if (record) {
      ++f.records;
      ++f.unreadable;
    }
    ++f.errors_total;
    ++f.errors_by_kind[kind];
    if (static_cast<int64_t>(f.errors.size()) < options_.max_errors_listed)
      f.errors.push_back(AuditError{shard_.path, offset, line, std::move(kind), std::move(message)});
  }
  // A record error found after the errors of later records were listed
  // (DropInvalidRunLines), for a record already counted in `records`: put
  // where reading in file order would have put it, so the list holds the
  // first max_errors_listed by offset as AddError's would.
  void AddErrorInOrder(int64_t offset, int64_t line, std::string kind, std::string message) {
    AuditSummary::FileStats& f = *file_;
    ++f.unreadable;
    ++f.errors_total;
    ++f.errors_by_kind[kind];
    const auto at = std::upper_bound(f.errors.begin(), f.errors.end(), offset,
                                     [](int64_t o, const AuditError& e) { return o < e.offset; });
    if (static_cast<int64_t>(at - f.errors.begin()) >= options_.max_errors_listed) return;
    f.errors.insert(at, AuditError{shard_.path, offset, line, std::move(kind), std::move(message)});
    if (static_cast<int64_t>(f.errors.size()) > options_.max_errors_listed) f.errors.pop_back();
  }
  absl::Status RecordError(int64_t offset, int64_t line, std::string kind, std::string message) {
    AddError(offset, line, std::move(kind), std::move(message), true);
    return absl::OkStatus();
  }

  // Whether a record with this hash, id and offset would enter the review
  // heap now (ReviewLess against the largest kept, without building an item).
  bool ReviewCandidate(uint64_t hash, std::string_view id, int64_t offset) const {
    if (options_.review_sample <= 0) return false;
    if (static_cast<int64_t>(review_.size()) < options_.review_sample) return true;
    const ReviewItem& top = review_.front();  // heap top is the largest kept
    if (hash != top.hash) return hash < top.hash;
    if (id != std::string_view(top.id)) return id < std::string_view(top.id);
    if (shard_.path != top.path) return shard_.path < top.path;
    return offset < top.offset;
  }

  // Starts a record identity in ids_ (the caller appends it, then calls
  // AddRecord with the offset returned here).
  size_t BeginId() const { return ids_.size(); }
  // A FILE:OFFSET identity. When nothing hashes it (--fraction 1 and no
  // review sample), it is not built here but in Finish, for the flagged
  // records only (an empty identity in ids_ stands for FILE:OFFSET; an id
  // field's value is never empty).
  void AppendFileOffsetId(int64_t offset) {
    if (!hash_ids_) return;
    const std::string_view id = FileOffsetId(offset);
    ids_.append(id.data(), id.size());
  }
  // "PATH:OFFSET", in id_prefix_ ("PATH:" and 24 spare bytes for the
  // digits); valid until the next call.
  std::string_view FileOffsetId(int64_t offset) {
    const size_t n = id_prefix_.size() - 24;
    char* digits = id_prefix_.data() + n;
    const std::to_chars_result r = std::to_chars(digits, digits + 24, offset);
    return std::string_view(id_prefix_.data(), n + static_cast<size_t>(r.ptr - digits));
  }

  // Adds a readable record whose identity is ids_[id_off, end) and whose
  // texts are `texts` (views into the reader's buffers, valid until the
  // next record is read). Texts without a line break join the batch block
  // (scanned by ScanLines at the next Flush); texts with one are scanned now
  // and copied (may_break_lines false: the caller knows no text has one).
  // The batch is flushed once its texts reach kBatchBytes or it
  // holds kBatchRecords records, so memory does not grow with the shard.
  absl::Status AddRecord(int64_t offset, size_t id_off, const std::vector<TextRef>& texts,
                         bool may_break_lines = true) {
    return AddRecord(offset, id_off, texts.data(), texts.size(), may_break_lines);
  }
  // The same for n texts at `texts` (the per-line path passes its one text
  // without a vector).
  absl::Status AddRecord(int64_t offset, size_t id_off, const TextRef* texts, size_t n, bool may_break_lines) {
    ++file_->records;
    const std::string_view id = std::string_view(ids_).substr(id_off);
    const uint64_t hash = hash_ids_ ? SampleHash(options_.seed, id) : 0;
    const bool sampled = InSample(hash, options_.fraction);
    if (!sampled && !ReviewCandidate(hash, id, offset)) {
      ids_.resize(id_off);
      return absl::OkStatus();
    }
    // Built in place in the batch arrays (a copy from the stack stalled on
    // store forwarding: in `perf`, the most expensive lines of the audit's
    // own per-record work).
    const uint32_t index = static_cast<uint32_t>(pending_.size());  // < kBatchRecords
    PendingRecord& rec = pending_.emplace_back();
    rec.offset = offset;
    rec.hash = hash;
    rec.sampled = sampled;
    rec.id_off = id_off;
    rec.id_len = ids_.size() - id_off;
    rec.texts_begin = texts_.size();
    for (size_t k = 0; k < n; ++k) {
      const TextRef& ref = texts[k];
      // Field names repeat record after record: stored once while they do.
      if (!SameBytes(ref.field, std::string_view(fields_).substr(last_field_off_))) {
        last_field_off_ = fields_.size();
        fields_.append(ref.field);
      }
      const size_t ti = texts_.size();
      PendingText& pt = texts_.emplace_back();
      pt.record = index;
      pt.field_off = last_field_off_;
      pt.field_len = ref.field.size();
      const std::string_view text = ref.text;
      pt.len = text.size();
      if (may_break_lines && memchr(text.data(), '\n', text.size()) != nullptr) {
        // A text with line breaks is one text: scan it alone.
        pt.in_block = false;
        pt.off = own_.size();
        own_.append(text);
        if (absl::Status s = scanner_->Scan(text, &scan_hits_); !s.ok()) return s;
        pt.hits_begin = hits_.size();
        hits_.insert(hits_.end(), scan_hits_.begin(), scan_hits_.end());
        pt.hits_end = hits_.size();
        if (!scan_hits_.empty()) hit_records_.push_back(index);
      } else {
        pt.in_block = true;
        pt.off = block_.size();
        block_.append(text);
        block_.push_back('\n');
        block_map_.push_back(ti);
      }
    }
    rec.texts_end = texts_.size();
    if (sampled) {
      ++file_->sampled;
      for (size_t k = 0; k < n; ++k) summary_.sampled_bytes_ += static_cast<int64_t>(texts[k].text.size());
    }
    if (block_.size() + own_.size() >= kBatchBytes || pending_.size() >= kBatchRecords) return Flush();
    return absl::OkStatus();
  }

  // A record of PlainRun on line `line` (relative, as LineRecord's): what
  // AddRecord does, but when every record is sampled and none can enter
  // the review sample (--fraction 1, no review sample: then only records
  // with hits have more to do), the record is only its text in the block,
  // its offset and line; its PendingRecord is built by Flush if it has hits
  // (BlockText). Otherwise AddRecord. The text's UTF-8 is not checked yet
  // in the first case: Flush checks it (see DropInvalidRunLines).
  absl::Status AddRunRecord(int64_t offset, int64_t line, std::string_view field, std::string_view text) {
    if (hash_ids_) {
      const TextRef one{field, text};
      const size_t id_off = BeginId();
      AppendFileOffsetId(offset);
      return AddRecord(offset, id_off, &one, 1, /*may_break_lines=*/false);
    }
    ++file_->records;
    ++file_->sampled;
    summary_.sampled_bytes_ += static_cast<int64_t>(text.size());
    run_field_ = field;
    block_map_.push_back(kRunLine | run_offsets_.size());
    run_offsets_.push_back(offset);
    run_lines_.push_back(line);
    block_.append(text);
    block_.push_back('\n');
    if (block_.size() + own_.size() >= kBatchBytes || pending_.size() + run_offsets_.size() >= kBatchRecords)
      return Flush();
    return absl::OkStatus();
  }

  // The PendingText of a block line `m` maps to (block_map_), built with
  // its record for a line of AddRunRecord (which starts at block_[start]).
  PendingText& BlockText(size_t m, uint64_t start) {
    if ((m & kRunLine) == 0) return texts_[m];
    if (!SameBytes(run_field_, std::string_view(fields_).substr(last_field_off_))) {
      last_field_off_ = fields_.size();
      fields_.append(run_field_);
    }
    PendingRecord& rec = pending_.emplace_back();
    rec.offset = run_offsets_[m & ~kRunLine];
    rec.sampled = true;
    rec.id_off = ids_.size();
    rec.texts_begin = texts_.size();
    rec.texts_end = rec.texts_begin + 1;
    PendingText& pt = texts_.emplace_back();
    pt.record = static_cast<uint32_t>(pending_.size() - 1);
    pt.field_off = last_field_off_;
    pt.field_len = run_field_.size();
    pt.in_block = true;
    pt.off = start;
    pt.len = static_cast<size_t>(static_cast<const char*>(memchr(block_.data() + start, '\n', block_.size() - start)) -
                                 (block_.data() + start));
    return pt;
  }

  absl::Status Flush() {
    if (!block_.empty()) {
      absl::Status s = scanner_->ScanLines(block_, true, [&](size_t line, uint64_t start, const std::vector<Hit>& hits) {
        PendingText& t = BlockText(block_map_[line], start);
        t.hits_begin = hits_.size();
        hits_.insert(hits_.end(), hits.begin(), hits.end());
        t.hits_end = hits_.size();
        if (!hits.empty()) hit_records_.push_back(t.record);
      });
      if (!s.ok()) return s;
      if (!run_offsets_.empty() && !scanner_->last_block_valid_utf8()) DropInvalidRunLines();
    }
    if (options_.review_sample > 0) {
      // Every record may enter the review sample.
      for (const PendingRecord& rec : pending_)
        if (absl::Status s = Finish(rec); !s.ok()) return s;
    } else {
      // Only records with hits have more to do than AddRecord did (a record
      // without hits counts as sampled and nothing else): in file order,
      // the order of their offsets (BlockText's records come after the
      // others in pending_).
      std::sort(hit_records_.begin(), hit_records_.end(),
                [&](uint32_t a, uint32_t b) { return pending_[a].offset < pending_[b].offset; });
      hit_records_.erase(std::unique(hit_records_.begin(), hit_records_.end()), hit_records_.end());
      for (uint32_t r : hit_records_)
        if (absl::Status s = Finish(pending_[r]); !s.ok()) return s;
    }
    hit_records_.clear();
    pending_.clear();
    texts_.clear();
    hits_.clear();
    ids_.clear();
    fields_.clear();
    last_field_off_ = 0;
    block_.clear();
    own_.clear();
    block_map_.clear();
    run_offsets_.clear();
    run_lines_.clear();
    return absl::OkStatus();
  }

  // Flush's step for a batch with AddRunRecord lines (taken without a UTF-8
  // check) when the scan's fold did not vouch for the whole block (some
  // byte was not valid UTF-8, or the list folds nothing): each such line
  // whose text is not valid UTF-8 becomes what reading its line alone gives
  // (QueueJsonLine: simdjson's UTF8_ERROR, the only fault a line of the
  // plain shape can have) -- an unreadable record with an invalid_utf8
  // error at its offset and line -- instead of a sampled one: its sampled
  // count and bytes are taken back, its hits dropped. Rare; the per-byte
  // path pays nothing for it.
  void DropInvalidRunLines() {
    std::vector<int64_t>& invalid = buf_.invalid_runs;
    invalid.clear();
    const char* const block = block_.data();
    size_t at = 0;
    for (size_t m = 0; m < block_map_.size(); ++m) {
      const char* nl = static_cast<const char*>(memchr(block + at, '\n', block_.size() - at));
      const size_t len = static_cast<size_t>(nl - (block + at));
      if ((block_map_[m] & kRunLine) != 0 && !simdjson::validate_utf8(block + at, len)) {
        const size_t k = block_map_[m] & ~kRunLine;
        invalid.push_back(run_offsets_[k]);  // ascending: the block is in file order
        --file_->sampled;
        summary_.sampled_bytes_ -= static_cast<int64_t>(len);
        AddErrorInOrder(run_offsets_[k], run_lines_[k], "invalid_utf8", "invalid UTF-8");
      }
      at += len + 1;
    }
    if (invalid.empty()) return;
    hit_records_.erase(std::remove_if(hit_records_.begin(), hit_records_.end(),
                                      [&](uint32_t r) {
                                        return std::binary_search(invalid.begin(), invalid.end(), pending_[r].offset);
                                      }),
                       hit_records_.end());
  }

  std::string_view TextOf(const PendingText& t) const {
    return std::string_view(t.in_block ? block_ : own_).substr(t.off, t.len);
  }
  std::string_view FieldOf(const PendingText& t) const {
    return std::string_view(fields_).substr(t.field_off, t.field_len);
  }
  // The counts of a risk named by a view into the artifact. The same code
  // comes back hit after hit, so the last one is kept: no map lookup with
  // its string compares (memcmp calls) per hit. Compared by its bytes (a
  // short inlined loop), not by its address: every entry of the table has
  // a view of its own (a 64k list of one risk missed the address cache on
  // nearly every hit: ~100 instructions a hit).
  RiskCounts& RiskOf(std::string_view risk) {
    if (last_risk_counts_ == nullptr || !SameBytes(risk, last_risk_)) {
      last_risk_counts_ = &risk_counts_[risk];
      last_risk_ = risk;
    }
    return *last_risk_counts_;
  }

  absl::Status Finish(const PendingRecord& rec) {
    const HitVerdict v = ClassifyHits(rec);
    if (rec.sampled) {  // counted as sampled by AddRecord
      if (v.failed) ++file_->failed;
      if (v.review) ++summary_.review_records_;
      if (v.mask && !v.failed) ++summary_.mask_records_;
      for (std::string_view r : block_risks_) ++RiskOf(r).failed_records;
      for (std::string_view r : review_risks_) ++RiskOf(r).review_records;
      if (v.any && sink_ != nullptr)
        if (absl::Status s = SendFlagged(rec, v.failed); !s.ok()) return s;
    }
    if (options_.review_sample > 0 && ReviewCandidate(rec.hash, RecordId(rec), rec.offset))
      KeepForReview(rec, v.failed);
    return absl::OkStatus();
  }

  // What a record's hits say: any block hit fails it, review / mask hits
  // flag it; any = it has a hit at all.
  struct HitVerdict {
    bool failed = false, review = false, mask = false, any = false;
  };

  // The verdict of rec's hits; block_risks_ and review_risks_ become the
  // sorted distinct risks of its block and review hits; a sampled record's
  // hits are counted per risk. hit_entries_ becomes the entries of its
  // hits, in order, for SendFlagged: each hit's entry is decoded once (the
  // decode reads the artifact's entry table at random places: in `perf`
  // it cost the audit about as much CPU as its own per-record bookkeeping).
  HitVerdict ClassifyHits(const PendingRecord& rec) {
    const EntryTable& entries = artifact_->entries();
    HitVerdict v;
    block_risks_.clear();
    review_risks_.clear();
    hit_entries_.clear();
    for (size_t ti = rec.texts_begin; ti < rec.texts_end; ++ti) {
      const PendingText& t = texts_[ti];
      for (size_t hi = t.hits_begin; hi < t.hits_end; ++hi) {
        v.any = true;
        const CompiledEntry& e = hit_entries_.emplace_back(entries[hits_[hi].entry]);
        if (e.action == Action::kBlock) {
          v.failed = true;
          block_risks_.push_back(e.risk);
        } else if (e.action == Action::kReview) {
          v.review = true;
          review_risks_.push_back(e.risk);
        } else {
          v.mask = true;
        }
        if (rec.sampled) ++RiskOf(e.risk).hits;
      }
    }
    SortUnique(&block_risks_);
    SortUnique(&review_risks_);
    return v;
  }

  // The record's identity, built here for a FILE:OFFSET id nothing hashed
  // (then valid until the next FileOffsetId call).
  std::string_view RecordId(const PendingRecord& rec) {
    return rec.id_len == 0 ? FileOffsetId(rec.offset) : std::string_view(ids_).substr(rec.id_off, rec.id_len);
  }

  // Hands a flagged record with all its hits to sink_ (one FlaggedRecord
  // reused: views into the batch and the artifact). Called right after
  // ClassifyHits(rec), whose hit_entries_ it reads.
  absl::Status SendFlagged(const PendingRecord& rec, bool failed) {
    FlaggedRecord& fr = flagged_;
    fr.id = RecordId(rec);
    fr.path = shard_.path;
    fr.offset = rec.offset;
    fr.failed = failed;
    fr.hits.clear();
    size_t k = 0;  // in hit_entries_
    for (size_t ti = rec.texts_begin; ti < rec.texts_end; ++ti) {
      const PendingText& t = texts_[ti];
      for (size_t hi = t.hits_begin; hi < t.hits_end; ++hi) {
        const Hit& h = hits_[hi];
        const CompiledEntry& e = hit_entries_[k++];
        fr.hits.push_back(RecordHit{FieldOf(t), static_cast<int64_t>(h.start), static_cast<int64_t>(h.end),
                                    e.keyword, e.risk, ActionName(e.action), ViaName(h.via),
                                    TextOf(t).substr(h.start, h.end - h.start)});
      }
    }
    return sink_->OnRecord(fr);
  }

  // Puts rec (a review candidate) into the review heap with an excerpt of
  // its joined texts, dropping the largest kept item when the heap is full.
  void KeepForReview(const PendingRecord& rec, bool failed) {
    ReviewItem item;
    item.hash = rec.hash;
    item.id = std::string(RecordId(rec));
    item.path = shard_.path;
    item.offset = rec.offset;
    joined_.clear();
    for (size_t ti = rec.texts_begin; ti < rec.texts_end; ++ti) {
      if (ti > rec.texts_begin) joined_.push_back('\n');
      joined_.append(TextOf(texts_[ti]));
      if (joined_.size() > static_cast<size_t>(options_.review_excerpt_bytes)) break;
    }
    item.excerpt = Excerpt(joined_, static_cast<size_t>(options_.review_excerpt_bytes));
    item.failed = failed;
    item.risks.assign(block_risks_.begin(), block_risks_.end());
    if (static_cast<int64_t>(review_.size()) >= options_.review_sample) {
      std::pop_heap(review_.begin(), review_.end(), ReviewLess);
      review_.pop_back();
    }
    review_.push_back(std::move(item));
    std::push_heap(review_.begin(), review_.end(), ReviewLess);
  }

  static void SortUnique(std::vector<std::string_view>* v) {
    if (v->size() >= 2) SortUniqueSlow(v);
  }
  static void SortUniqueSlow(std::vector<std::string_view>* v) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }

  // The shard's per-risk counts, keyed by views into the artifact; copied
  // into summary_ once at the end of the shard.
  void MoveRiskCounts() {
    for (const auto& [risk, c] : risk_counts_) {
      RiskCounts& r = summary_.risks_[std::string(risk)];
      r.failed_records += c.failed_records;
      r.review_records += c.review_records;
      r.hits += c.hits;
    }
    risk_counts_.clear();
    last_risk_counts_ = nullptr;
  }

  std::shared_ptr<const Artifact> artifact_;
  ShardSpec shard_;
  AuditOptions options_;
  HitSink* sink_;
  InputHashes* hashes_;
  AuditScratch::Buffers& buf_;  // the Scanner and the batch's buffers (the names below refer into it)
  std::unique_ptr<Scanner>& scanner_ = buf_.scanner;
  InputFormat format_ = InputFormat::kJsonl;
  std::string compression_;
  std::vector<internal::PathStep> field_, id_path_;
  AuditSummary summary_;
  AuditSummary::FileStats* file_ = nullptr;
  int64_t lines_ = 0;         // '\n' bytes seen in [begin, end)
  int64_t decompressed_ = 0;  // whole-stream shards: bytes of the stream
  simdjson::dom::parser& parser_ = buf_.parser;            // one line (JsonRecord)
  simdjson::dom::parser& many_parser_ = buf_.many_parser;  // batches of lines (ParseJsonBatch)
  std::string json_batch_;             // JSONL lines waiting for the batch parse, each ending in '\n'
  const char* batch_ptr_ = nullptr;    // or, in place: the first waiting line in the reader's mapping
  size_t batch_len_ = 0;               // bytes of the batch (from its start to its last line's end)
  std::vector<JsonLine> json_lines_;
  int plain_misses_ = 0, plain_skip_ = 0;  // PlainStringMember's misses in a row; lines left without it
  static constexpr size_t kRunBytes = 256 << 10;  // PlainRun's run of lines at most
  int64_t no_run_before_ = 0;  // PlainRun is not tried before this offset (a run that is not valid UTF-8)
  int64_t not_plain_at_ = -1;  // the line PlainRun stopped at (not of its shape)
  Found found_, id_found_;
  std::string where_;  // the concrete path being built by Collect
  std::vector<TextRef> record_texts_;  // the texts of the record being read
  CsvRow csv_row_;                     // the CSV/TSV row being read
  // The batch waiting for the block scan: flat arrays and byte arenas,
  // cleared (capacity kept) at each Flush.
  std::vector<PendingRecord>& pending_ = buf_.pending;
  std::vector<PendingText>& texts_ = buf_.texts;
  std::vector<Hit>& hits_ = buf_.hits;            // hits of every pending text
  std::vector<Hit>& scan_hits_ = buf_.scan_hits;  // one Scan's result
  std::string& ids_ = buf_.ids;
  std::string& fields_ = buf_.fields;
  size_t last_field_off_ = 0;   // the last field name stored in fields_
  bool hash_ids_ = true;        // sampling or the review sample hashes identities (else built lazily)
  std::string id_prefix_;       // "PATH:" of FILE:OFFSET ids, then 24 bytes for the digits
  std::string& block_ = buf_.block;               // texts without line breaks, one per line
  std::string& own_ = buf_.own;                   // texts with line breaks (scanned alone)
  std::vector<size_t>& block_map_ = buf_.block_map;  // block line -> index in texts_, or kRunLine | in run_offsets_
  static constexpr size_t kRunLine = size_t{1} << 63;
  std::vector<int64_t>& run_offsets_ = buf_.run_offsets;  // AddRunRecord's records in the batch: their offsets
  std::vector<int64_t>& run_lines_ = buf_.run_lines;      // ... and their lines (relative, for errors)
  std::string_view run_field_;                              // ... and their field name (field_[0].name)
  std::vector<uint32_t>& hit_records_ = buf_.hit_records;  // batch records with hits (Flush sorts them)
  std::map<std::string_view, RiskCounts> risk_counts_;
  std::string_view last_risk_;                 // RiskOf's last view
  RiskCounts* last_risk_counts_ = nullptr;     // its counts in risk_counts_ (map nodes stay put)
  std::vector<std::string_view> block_risks_, review_risks_;
  std::vector<CompiledEntry>& hit_entries_ = buf_.hit_entries;  // the entries of the hits of the record ClassifyHits saw
  std::string joined_;
  FlaggedRecord flagged_;
  std::vector<ReviewItem> review_;  // max-heap by ReviewLess
};

absl::StatusOr<AuditSummary> AuditShard(std::shared_ptr<const Artifact> artifact, const ShardSpec& shard,
                                        const AuditOptions& options, HitSink* hits, InputHashes* hashes) {
  AuditScratch scratch;
  return AuditShard(std::move(artifact), shard, options, hits, hashes, &scratch);
}

absl::StatusOr<AuditSummary> AuditShard(std::shared_ptr<const Artifact> artifact, const ShardSpec& shard,
                                        const AuditOptions& options, HitSink* hits, InputHashes* hashes,
                                        AuditScratch* scratch) {
  if (artifact == nullptr) return absl::InvalidArgumentError("no artifact");
  if (scratch == nullptr) return absl::InvalidArgumentError("no scratch");
  ShardAuditor auditor(std::move(artifact), shard, options, hits, hashes, scratch);
  return auditor.Run();
}

}  // namespace lanjie::corpus
