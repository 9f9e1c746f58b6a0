// Audit log of interceptions: one JSON object per line,
//   {"time","request_id","direction","risk","keyword","action","model",
//    "list_version","list_hash"}
// direction is "input" (the user's messages) or "output" (the model's
// answer); list_version and list_hash name the artifact that found the hit
// (Artifact::list_version / list_hash: after a hot reload, the new one for
// requests that started after it). Never holds API keys or message text beyond the keyword itself.
// User accountability events (suspensions, clearances, store errors) are
// lines of their own:
//   {"time","event","user","rule","until","request_id","detail","today","suspensions"}
// Thread safety: Record and RecordUserEvent may be called from any thread
// (one mutex; each line is written and flushed whole). Cost: one fwrite and
// fflush per line under the mutex. A write that fails is dropped (the
// request is never failed for its audit line). Not copyable.
#ifndef LANJIE_ENGINE_SERVE_AUDIT_LOG_H_
#define LANJIE_ENGINE_SERVE_AUDIT_LOG_H_

#include <cstdio>
#include <mutex>
#include <string>

#include "absl/status/statusor.h"
#include "lanjie/users/accounts.h"

namespace lanjie::serve {

class AuditLog {
 public:
  // Appends to `path` (created when missing); an empty path gives a log
  // that records nothing. Errors: UnavailableError naming the path when it
  // cannot be opened for appending.
  static absl::StatusOr<std::unique_ptr<AuditLog>> Open(const std::string& path);
  ~AuditLog();  // closes the file
  AuditLog(const AuditLog&) = delete;
  AuditLog& operator=(const AuditLog&) = delete;

  void Record(const std::string& request_id, const char* direction, const std::string& risk,
              const std::string& keyword, const char* action, const std::string& model,
              const std::string& list_version, const std::string& list_hash);
  void RecordUserEvent(const users::AuditEvent& event);

 private:
  AuditLog() = default;
  void Write(const std::string& line);
  std::mutex mu_;
  std::FILE* file_ = nullptr;
};

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_AUDIT_LOG_H_
