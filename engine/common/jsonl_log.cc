#include "lanjie/common/jsonl_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"

namespace lanjie {

namespace {

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::string ErrnoText(const std::string& path, const char* what, int err) {
  return absl::StrCat(path, ": ", what, ": ", std::strerror(err));
}

// The id of a parsed line, or null when it is not an object with a string id.
const std::string* IdOf(const nlohmann::json& j, const std::string& field) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(field);
  if (it == j.end() || !it->is_string()) return nullptr;
  return it->get_ptr<const std::string*>();
}

}  // namespace

std::string JsonlFile::Where(const JsonlRecord& r) const { return absl::StrCat(path, ":", r.line); }

std::string JsonlLine(const nlohmann::json& record) {
  std::string line = record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line += '\n';
  return line;
}

absl::StatusOr<JsonlFile> ParseJsonl(const std::string& path, std::string_view text, const JsonlOptions& options) {
  JsonlFile out;
  out.path = path;
  absl::flat_hash_map<std::string, uint32_t> line_of_id;
  size_t pos = 0;
  uint32_t line_no = 0;
  while (pos < text.size()) {
    const size_t nl = text.find('\n', pos);
    ++line_no;
    const bool last = nl == std::string_view::npos || nl + 1 == text.size();
    const size_t end = nl == std::string_view::npos ? text.size() : nl;
    const std::string_view line = text.substr(pos, end - pos);
    if (nl != std::string_view::npos && line.empty()) {  // blank lines (hand-edited files) carry nothing
      pos = nl + 1;
      out.valid_bytes = pos;
      out.lines = line_no;
      continue;
    }
    nlohmann::json j;
    const std::string* id = nullptr;
    if (nl != std::string_view::npos) {
      j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      id = j.is_discarded() ? nullptr : IdOf(j, options.id_field);
    }
    if (id == nullptr) {
      // A line without its newline, or a damaged final line (zeros after a
      // crash), is what a crash mid-append leaves: ignored and reported.
      if (last && options.allow_torn_tail) {
        out.torn_tail = true;
        out.torn_line = line_no;
        break;
      }
      return absl::DataLossError(absl::StrCat(
          path, ":", line_no, ": ",
          nl == std::string_view::npos ? "incomplete last line (no newline)"
                                       : absl::StrCat("not a JSON object with a string \"", options.id_field, "\"")));
    }
    auto [it, inserted] = line_of_id.emplace(*id, line_no);
    if (!inserted)
      return absl::FailedPreconditionError(absl::StrCat(path, ":", line_no, ": id '", *id,
                                                        "' appears twice (first at line ", it->second, ")"));
    JsonlRecord r;
    r.id = *id;
    r.line = line_no;
    r.value = std::move(j);
    out.records.push_back(std::move(r));
    pos = nl + 1;
    out.valid_bytes = pos;
    out.lines = line_no;
  }
  return out;
}

absl::StatusOr<JsonlFile> ReadJsonl(const std::string& path, const JsonlOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) {
      JsonlFile empty;
      empty.path = path;
      return empty;
    }
    return absl::NotFoundError(ErrnoText(path, "cannot open", errno));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat(path, ": read failed"));
  return ParseJsonl(path, ss.str(), options);
}

absl::StatusOr<std::unique_ptr<JsonlLog>> JsonlLog::Open(const std::string& path, const JsonlOptions& options,
                                                         JsonlFile* existing) {
  auto read = ReadJsonl(path, options);
  if (!read.ok()) return read.status();
  std::unique_ptr<JsonlLog> log(new JsonlLog());
  log->path_ = path;
  log->options_ = options;
  log->options_.sync_every = std::max(1, options.sync_every);
  absl::MutexLock lock(&log->mu_);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    const int err = errno;
    if (err == EACCES || err == EPERM || err == EROFS)
      return absl::PermissionDeniedError(ErrnoText(path, "cannot open for appending", err));
    return absl::InternalError(ErrnoText(path, "cannot open for appending", err));
  }
  log->fd_ = fd;  // closed by the destructor from here on
  if (read->torn_tail) {
    if (::ftruncate(fd, static_cast<off_t>(read->valid_bytes)) != 0 || ::fdatasync(fd) != 0)
      return absl::InternalError(ErrnoText(path, "cannot cut off the torn last line", errno));
  }
  // Appends go after the last complete line. O_APPEND is set only now so the
  // truncation above is what every later write starts from.
  if (::fcntl(fd, F_SETFL, O_APPEND) != 0) return absl::InternalError(ErrnoText(path, "fcntl", errno));
  log->next_line_ = read->lines + 1;
  for (const JsonlRecord& r : read->records) log->line_of_id_.emplace(r.id, r.line);
  log->last_sync_ms_ = NowMs();
  if (existing != nullptr) *existing = std::move(*read);
  return log;
}

JsonlLog::~JsonlLog() { (void)Close(); }

int64_t JsonlLog::size() const {
  absl::MutexLock lock(&mu_);
  return static_cast<int64_t>(line_of_id_.size());
}

absl::Status JsonlLog::SyncLocked() {
  if (::fdatasync(fd_) != 0) return absl::InternalError(ErrnoText(path_, "fdatasync failed", errno));
  unsynced_ = 0;
  last_sync_ms_ = NowMs();
  return absl::OkStatus();
}

absl::Status JsonlLog::Append(const nlohmann::json& record) {
  const std::string* id = IdOf(record, options_.id_field);
  if (id == nullptr)
    return absl::InvalidArgumentError(
        absl::StrCat(path_, ": a record to append has no string \"", options_.id_field, "\""));
  const std::string line = JsonlLine(record);
  absl::MutexLock lock(&mu_);
  if (closed_) return absl::FailedPreconditionError(absl::StrCat(path_, ": Append after Close"));
  auto [it, inserted] = line_of_id_.emplace(*id, next_line_);
  if (!inserted)
    return absl::FailedPreconditionError(
        absl::StrCat(path_, ":", it->second, ": id '", *id, "' is already recorded there; not appended again"));
  size_t done = 0;
  while (done < line.size()) {
    const ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      line_of_id_.erase(*id);
      // Part of the line may be on disk: later appends would follow a torn
      // line in mid-file. Refuse them; reopening cuts the torn line off.
      if (done > 0) closed_ = true;
      return absl::InternalError(ErrnoText(path_, "write failed", err));
    }
    done += static_cast<size_t>(n);
  }
  ++next_line_;
  ++unsynced_;
  if (unsynced_ >= options_.sync_every || NowMs() - last_sync_ms_ >= options_.sync_interval_ms) return SyncLocked();
  return absl::OkStatus();
}

absl::Status JsonlLog::Close() {
  absl::MutexLock lock(&mu_);
  if (closed_) return absl::OkStatus();
  closed_ = true;
  if (fd_ < 0) return absl::OkStatus();
  const int rc_sync = ::fdatasync(fd_);
  const int sync_err = errno;
  const int rc_close = ::close(fd_);
  const int close_err = errno;
  fd_ = -1;
  if (rc_sync != 0) return absl::InternalError(ErrnoText(path_, "fdatasync on close failed", sync_err));
  if (rc_close != 0) return absl::InternalError(ErrnoText(path_, "close failed", close_err));
  return absl::OkStatus();
}

}  // namespace lanjie
