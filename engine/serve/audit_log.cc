#include "lanjie/serve/audit_log.h"

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace lanjie::serve {

absl::StatusOr<std::unique_ptr<AuditLog>> AuditLog::Open(const std::string& path) {
  std::unique_ptr<AuditLog> log(new AuditLog());
  if (path.empty()) return log;
  log->file_ = std::fopen(path.c_str(), "ae");
  if (!log->file_) return absl::UnavailableError(absl::StrCat(path, ": cannot open audit log: ", std::strerror(errno)));
  return log;
}

AuditLog::~AuditLog() {
  if (file_) std::fclose(file_);
}

void AuditLog::Record(const std::string& request_id, const char* direction, const std::string& risk,
                      const std::string& keyword, const char* action, const std::string& model,
                      const std::string& list_version, const std::string& list_hash) {
  if (!file_) return;
  nlohmann::json line = {{"time", absl::FormatTime("%Y-%m-%dT%H:%M:%E3SZ", absl::Now(), absl::UTCTimeZone())},
                         {"request_id", request_id},
                         {"direction", direction},
                         {"risk", risk},
                         {"keyword", keyword},
                         {"action", action},
                         {"model", model},
                         {"list_version", list_version},
                         {"list_hash", list_hash}};
  Write(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

void AuditLog::RecordUserEvent(const users::AuditEvent& e) {
  if (!file_) return;
  nlohmann::json line = {{"time", absl::FormatTime("%Y-%m-%dT%H:%M:%E3SZ", absl::Now(), absl::UTCTimeZone())},
                         {"event", e.event},
                         {"user", e.user},
                         {"rule", e.rule},
                         {"until", e.until},
                         {"request_id", e.request_id},
                         {"detail", e.detail},
                         {"today", e.today},
                         {"suspensions", e.level}};
  Write(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

void AuditLog::Write(const std::string& text) {
  std::lock_guard<std::mutex> lock(mu_);
  std::fwrite(text.data(), 1, text.size(), file_);
  std::fflush(file_);
}

}  // namespace lanjie::serve
