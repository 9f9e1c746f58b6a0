// The SQLite user store (store.h). One connection per store, guarded by a
// mutex: the statements are microseconds long, and other processes sharing
// the file are serialised by SQLite's own locks (BEGIN IMMEDIATE plus a busy
// timeout). Checkpoints (copying the WAL into the database, with an fsync)
// run on a thread of their own with a second connection, every 200 ms, so
// that no request waits for the disk; the request connection's automatic
// checkpoints are off.
#include <sqlite3.h>

#include <condition_variable>
#include <mutex>
#include <thread>

#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"
#include "lanjie/users/store.h"

namespace lanjie::users {
namespace {

constexpr int kSchemaVersion = 1;
constexpr char kColumns[] = "consecutive, today, day, total, suspended_until, suspended_at, level, rule, updated";

class SqliteStore final : public UserStore {
 public:
  ~SqliteStore() override {
    if (checkpointer_.joinable()) {
      {
        std::lock_guard<std::mutex> lock(checkpoint_mu_);
        stopping_ = true;
      }
      checkpoint_cv_.notify_all();
      checkpointer_.join();
    }
    if (checkpoint_db_) sqlite3_close_v2(checkpoint_db_);
    for (sqlite3_stmt* s : {select_, upsert_, begin_, commit_, rollback_}) sqlite3_finalize(s);
    if (db_) {
      sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
      sqlite3_close_v2(db_);
    }
  }

  static absl::StatusOr<std::unique_ptr<UserStore>> Open(const std::string& path, const StoreOptions& options) {
    std::unique_ptr<SqliteStore> s(new SqliteStore());
    s->path_ = path;
    const int rc = sqlite3_open_v2(path.c_str(), &s->db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) return s->Error("cannot open the user store", rc);
    sqlite3_extended_result_codes(s->db_, 1);
    sqlite3_busy_timeout(s->db_, static_cast<int>(absl::ToInt64Milliseconds(options.busy_timeout)));
    if (sqlite3_db_readonly(s->db_, "main") == 1)
      return absl::FailedPreconditionError(
          absl::StrCat(path, ": the user store is read-only; lanjie must be able to write it (and its directory, for the -wal file)"));
    // Reading the header first tells a file that is not a database apart.
    if (auto st = s->Exec("PRAGMA page_size=1024"); !st.ok()) return st;  // new files: less to write per commit
    if (auto st = s->Exec("PRAGMA journal_mode=WAL"); !st.ok()) return st;
    if (auto st = s->Exec("PRAGMA synchronous=NORMAL"); !st.ok()) return st;
    if (auto st = s->CheckIntegrity(); !st.ok()) return st;
    if (auto st = s->Exec(absl::StrCat(
            "CREATE TABLE IF NOT EXISTS lanjie_users(id TEXT PRIMARY KEY NOT NULL, consecutive INTEGER NOT NULL, "
            "today INTEGER NOT NULL, day INTEGER NOT NULL, total INTEGER NOT NULL, suspended_until INTEGER NOT NULL, "
            "suspended_at INTEGER NOT NULL, level INTEGER NOT NULL, rule TEXT NOT NULL, updated INTEGER NOT NULL) "
            "WITHOUT ROWID;"
            "CREATE INDEX IF NOT EXISTS lanjie_users_suspended ON lanjie_users(suspended_until);"
            "PRAGMA user_version=",
            kSchemaVersion));
        !st.ok())
      return st;
    // Forget users nobody heard of for a long time (and not suspended).
    const int64_t cutoff = ToMillis(absl::Now() - options.forget_after);
    if (auto st = s->Exec(absl::StrCat("DELETE FROM lanjie_users WHERE updated < ", cutoff,
                                       " AND suspended_until < ", cutoff, " AND suspended_until != ", kForever));
        !st.ok())
      return st;
    struct {
      sqlite3_stmt** stmt;
      std::string sql;
    } statements[] = {
        {&s->select_, absl::StrCat("SELECT ", kColumns, " FROM lanjie_users WHERE id = ?1")},
        {&s->upsert_, absl::StrCat("INSERT OR REPLACE INTO lanjie_users(id, ", kColumns,
                                   ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")},
        {&s->begin_, "BEGIN IMMEDIATE"},
        {&s->commit_, "COMMIT"},
        {&s->rollback_, "ROLLBACK"},
    };
    for (auto& st : statements) {
      const int prc = sqlite3_prepare_v3(s->db_, st.sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, st.stmt, nullptr);
      if (prc != SQLITE_OK) return s->Error("cannot prepare a statement", prc);
    }
    if (auto st = s->Exec("PRAGMA wal_autocheckpoint=0"); !st.ok()) return st;
    if (int crc = sqlite3_open_v2(path.c_str(), &s->checkpoint_db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        crc != SQLITE_OK)
      return s->Error("cannot open the checkpoint connection", crc);
    sqlite3_busy_timeout(s->checkpoint_db_, 100);
    SqliteStore* raw = s.get();
    s->checkpointer_ = std::thread([raw] { raw->CheckpointLoop(); });
    return std::unique_ptr<UserStore>(std::move(s));
  }

  absl::StatusOr<UserState> Modify(std::string_view user, absl::Time /*now*/,
                                   const std::function<bool(UserState*)>& mutate) override {
    std::lock_guard<std::mutex> lock(mu_);
    // A read first: most requests change nothing and need no write lock.
    std::optional<UserState> read;
    if (auto st = Read(user, &read); !st.ok()) return st;
    UserState state = read.value_or(UserState{});
    if (!mutate(&state)) return state;
    // Another process may have written since: read again under the lock.
    if (int rc = Step(begin_); rc != SQLITE_DONE) return Error("cannot begin a write", rc);
    absl::Status st = Read(user, &read);
    if (st.ok()) {
      state = read.value_or(UserState{});
      if (mutate(&state)) st = Write(user, state);
    }
    if (st.ok()) {
      if (int rc = Step(commit_); rc != SQLITE_DONE) st = Error("cannot commit", rc);
    }
    if (!st.ok()) {
      Step(rollback_);  // no-op when the commit itself rolled back
      return st;
    }
    return state;
  }

  absl::StatusOr<std::optional<UserState>> Get(std::string_view user) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::optional<UserState> read;
    if (auto st = Read(user, &read); !st.ok()) return st;
    return read;
  }

  absl::StatusOr<std::vector<std::pair<std::string, UserState>>> List(size_t limit, absl::Time now) override {
    std::lock_guard<std::mutex> lock(mu_);
    const std::string sql = absl::StrCat("SELECT id, ", kColumns,
                                         " FROM lanjie_users ORDER BY (suspended_until > ?1) DESC, updated DESC LIMIT ?2");
    sqlite3_stmt* stmt = nullptr;
    if (int rc = sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr); rc != SQLITE_OK)
      return Error("cannot list users", rc);
    sqlite3_bind_int64(stmt, 1, ToMillis(now));
    sqlite3_bind_int64(stmt, 2, static_cast<int64_t>(std::min<size_t>(limit, INT64_MAX)));
    std::vector<std::pair<std::string, UserState>> out;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      const unsigned char* id = sqlite3_column_text(stmt, 0);
      out.emplace_back(std::string(id ? reinterpret_cast<const char*>(id) : ""), Columns(stmt, 1));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) return Error("cannot list users", rc);
    return out;
  }

  absl::StatusOr<int64_t> CountSuspended(absl::Time now) override {
    std::lock_guard<std::mutex> lock(mu_);
    sqlite3_stmt* stmt = nullptr;
    if (int rc = sqlite3_prepare_v2(db_, "SELECT count(*) FROM lanjie_users WHERE suspended_until > ?1", -1, &stmt,
                                    nullptr);
        rc != SQLITE_OK)
      return Error("cannot count suspended users", rc);
    sqlite3_bind_int64(stmt, 1, ToMillis(now));
    const int rc = sqlite3_step(stmt);
    const int64_t n = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW) return Error("cannot count suspended users", rc);
    return n;
  }

  StoreHealth Health() override {
    StoreHealth h;
    h.backend = "sqlite";
    h.persistence = "wal";
    auto n = CountSuspended(absl::Now());
    if (!n.ok()) {
      h.ok = false;
      h.detail = std::string(n.status().message());
    }
    return h;
  }

  std::string Describe() const override { return "sqlite:" + path_; }

 private:
  SqliteStore() = default;

  void CheckpointLoop() {
    std::unique_lock<std::mutex> lock(checkpoint_mu_);
    while (!checkpoint_cv_.wait_for(lock, std::chrono::milliseconds(200), [this] { return stopping_; })) {
      lock.unlock();
      // PASSIVE: copies what it can without waiting for readers or writers.
      sqlite3_wal_checkpoint_v2(checkpoint_db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
      lock.lock();
    }
  }

  absl::Status Error(std::string_view what, int rc) const {
    const char* msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    std::string text = absl::StrCat(path_, ": ", Av(what), ": ", msg ? msg : sqlite3_errstr(rc));
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
      return absl::DataLossError(absl::StrCat(text, " (the file is not a lanjie user store or is corrupt)"));
    if (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM)
      return absl::FailedPreconditionError(text);
    return absl::UnavailableError(text);
  }

  absl::Status Exec(const std::string& sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) return Error("cannot set up the user store", rc);
    return absl::OkStatus();
  }

  absl::Status CheckIntegrity() {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db_, "PRAGMA quick_check", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) return Error("cannot check the user store", rc);
    std::string problems;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      const unsigned char* line = sqlite3_column_text(stmt, 0);
      const std::string text = line ? reinterpret_cast<const char*>(line) : "";
      if (text != "ok") absl::StrAppend(&problems, problems.empty() ? "" : "; ", text);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) return Error("cannot check the user store", rc);
    if (!problems.empty())
      return absl::DataLossError(absl::StrCat(path_, ": the user store is corrupt: ", problems));
    return absl::OkStatus();
  }

  // Steps a prepared statement that returns no rows and resets it.
  int Step(sqlite3_stmt* stmt) {
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc;
  }

  static UserState Columns(sqlite3_stmt* stmt, int first) {
    UserState s;
    s.consecutive = sqlite3_column_int64(stmt, first + 0);
    s.today = sqlite3_column_int64(stmt, first + 1);
    s.day = sqlite3_column_int64(stmt, first + 2);
    s.total = sqlite3_column_int64(stmt, first + 3);
    s.suspended_until = sqlite3_column_int64(stmt, first + 4);
    s.suspended_at = sqlite3_column_int64(stmt, first + 5);
    s.level = sqlite3_column_int64(stmt, first + 6);
    const unsigned char* rule = sqlite3_column_text(stmt, first + 7);
    s.rule = rule ? reinterpret_cast<const char*>(rule) : "";
    s.updated = sqlite3_column_int64(stmt, first + 8);
    return s;
  }

  absl::Status Read(std::string_view user, std::optional<UserState>* out) {
    sqlite3_bind_text(select_, 1, user.data(), static_cast<int>(user.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(select_);
    if (rc == SQLITE_ROW) *out = Columns(select_, 0);
    else out->reset();
    sqlite3_reset(select_);
    sqlite3_clear_bindings(select_);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("cannot read a user", rc);
    return absl::OkStatus();
  }

  absl::Status Write(std::string_view user, const UserState& s) {
    sqlite3_bind_text(upsert_, 1, user.data(), static_cast<int>(user.size()), SQLITE_STATIC);
    const int64_t values[] = {s.consecutive, s.today, s.day, s.total, s.suspended_until, s.suspended_at, s.level};
    for (int i = 0; i < 7; ++i) sqlite3_bind_int64(upsert_, i + 2, values[i]);
    sqlite3_bind_text(upsert_, 9, s.rule.data(), static_cast<int>(s.rule.size()), SQLITE_STATIC);
    sqlite3_bind_int64(upsert_, 10, s.updated);
    const int rc = sqlite3_step(upsert_);
    sqlite3_reset(upsert_);
    sqlite3_clear_bindings(upsert_);
    if (rc != SQLITE_DONE) return Error("cannot write a user", rc);
    return absl::OkStatus();
  }

  std::mutex mu_;
  std::string path_;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* select_ = nullptr;
  sqlite3_stmt* upsert_ = nullptr;
  sqlite3_stmt* begin_ = nullptr;
  sqlite3_stmt* commit_ = nullptr;
  sqlite3_stmt* rollback_ = nullptr;
  sqlite3* checkpoint_db_ = nullptr;  // the checkpointer thread's own connection
  std::mutex checkpoint_mu_;
  std::condition_variable checkpoint_cv_;
  bool stopping_ = false;
  std::thread checkpointer_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<UserStore>> OpenSqliteStore(const std::string& path, const StoreOptions& options) {
  return SqliteStore::Open(path, options);
}

}  // namespace lanjie::users
