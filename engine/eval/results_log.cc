#include "lanjie/eval/results_log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"

namespace lanjie {

namespace {
int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}
std::string Errno(const std::string& path, const char* what) {
  return absl::StrCat(path, ": ", what, ": ", std::strerror(errno));
}
}  // namespace

std::string ResultToJsonLine(const ResultRecord& r) {
  nlohmann::json j = {{"id", r.id},
                      {"bank", BankKindName(r.bank)},
                      {"category", r.category},
                      {"question", r.question},
                      {"answer", r.answer},
                      {"finish_reason", r.finish_reason},
                      {"model", r.model},
                      {"attempts", r.attempts},
                      {"latency_ms", r.latency_ms},
                      {"time", r.time}};
  std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line += '\n';
  return line;
}

absl::StatusOr<ResultsFile> ReadResults(const std::string& path) {
  ResultsFile out;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return out;
    return absl::NotFoundError(Errno(path, "cannot open"));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  absl::flat_hash_set<std::string> seen;
  size_t pos = 0;
  uint32_t line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    ++line_no;
    const bool last = nl == std::string::npos || nl + 1 == text.size();
    if (nl == std::string::npos) {  // no newline: a torn write
      out.torn_tail = true;
      break;
    }
    std::string_view line(text.data() + pos, nl - pos);
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    ResultRecord r;
    bool ok = !j.is_discarded() && j.is_object() && j.contains("id") && j["id"].is_string() &&
              j.contains("answer") && j["answer"].is_string() && j.contains("bank") && j["bank"].is_string();
    if (ok) {
      auto kind = ParseBankKind(j["bank"].get<std::string>());
      ok = kind.has_value();
      if (ok) {
        r.bank = *kind;
        r.id = j["id"].get<std::string>();
        r.answer = j["answer"].get<std::string>();
        r.category = j.value("category", "");
        r.question = j.value("question", "");
        r.finish_reason = j.value("finish_reason", "");
        r.model = j.value("model", "");
        r.attempts = j.value("attempts", 0);
        r.latency_ms = j.value("latency_ms", 0.0);
        r.time = j.value("time", "");
      }
    }
    if (!ok) {
      if (last) {  // damaged final line (e.g. zeros after a crash): ignored like a torn one
        out.torn_tail = true;
        break;
      }
      return absl::DataLossError(absl::StrCat(path, ":", line_no, ": not a result record"));
    }
    if (!seen.insert(r.id).second)
      return absl::DataLossError(absl::StrCat(path, ":", line_no, ": id '", r.id, "' appears twice"));
    out.records.push_back(std::move(r));
    pos = nl + 1;
    out.valid_bytes = pos;
  }
  return out;
}

absl::StatusOr<std::unique_ptr<ResultsLog>> ResultsLog::Open(const std::string& path, ResultsFile* existing,
                                                             int sync_every, int64_t sync_interval_ms) {
  auto read = ReadResults(path);
  if (!read.ok()) return read.status();
  std::unique_ptr<ResultsLog> log(new ResultsLog());
  log->path_ = path;
  log->sync_every_ = std::max(1, sync_every);
  log->sync_interval_ms_ = sync_interval_ms;
  log->fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (log->fd_ < 0) return absl::PermissionDeniedError(Errno(path, "cannot open for writing"));
  if (::ftruncate(log->fd_, static_cast<off_t>(read->valid_bytes)) != 0)
    return absl::InternalError(Errno(path, "cannot cut off the torn last line"));
  if (::lseek(log->fd_, 0, SEEK_END) < 0) return absl::InternalError(Errno(path, "seek"));
  log->last_sync_ms_ = NowMs();
  *existing = std::move(*read);
  return log;
}

ResultsLog::~ResultsLog() { (void)Close(); }

absl::Status ResultsLog::Append(const ResultRecord& record) {
  if (fd_ < 0) return absl::FailedPreconditionError(absl::StrCat(path_, ": closed"));
  const std::string line = ResultToJsonLine(record);
  size_t done = 0;
  while (done < line.size()) {
    ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return absl::InternalError(Errno(path_, "write failed"));
    }
    done += static_cast<size_t>(n);
  }
  ++unsynced_;
  const int64_t now = NowMs();
  if (unsynced_ >= sync_every_ || now - last_sync_ms_ >= sync_interval_ms_) {
    if (::fdatasync(fd_) != 0) return absl::InternalError(Errno(path_, "fdatasync failed"));
    unsynced_ = 0;
    last_sync_ms_ = now;
  }
  return absl::OkStatus();
}

absl::Status ResultsLog::Close() {
  if (fd_ < 0) return absl::OkStatus();
  int rc_sync = ::fdatasync(fd_);
  int rc_close = ::close(fd_);
  fd_ = -1;
  if (rc_sync != 0 || rc_close != 0) return absl::InternalError(Errno(path_, "close failed"));
  return absl::OkStatus();
}

}  // namespace lanjie
