// See lanjie/corpus/shard_state.h.
#include "lanjie/corpus/shard_state.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <vector>

#include "absl/strings/str_cat.h"

namespace lanjie::corpus {
namespace {
constexpr std::string_view kMagic = "lanjie-shard-state 1 ";
constexpr size_t kMaxFooter = 80;

absl::StatusOr<std::string> PreadExactly(int fd, int64_t at, size_t n, const std::string& path) {
  std::string out(n, '\0');
  size_t done = 0;
  while (done < n) {
    const ssize_t got = pread(fd, out.data() + done, n - done, static_cast<off_t>(at + static_cast<int64_t>(done)));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return absl::DataLossError(absl::StrCat(path, ": read failed: ", std::strerror(errno)));
    if (got == 0) return absl::DataLossError(absl::StrCat(path, ": shard record cut short"));
    done += static_cast<size_t>(got);
  }
  return out;
}
}  // namespace

namespace {
// The summary, '\n' and the footer, after the hits' lines.
std::string Trailer(const FlaggedJsonlWriter& hits, std::string_view summary) {
  std::string trailer(summary);
  trailer += "\n";
  trailer += kMagic;
  trailer += std::to_string(hits.bytes_written()) + " " + std::to_string(summary.size()) + "\n";
  return trailer;
}
}  // namespace

absl::Status CommitShardState(FlaggedJsonlWriter* hits, std::string_view summary) {
  return hits->CommitWithTrailer(Trailer(*hits, summary));
}

absl::StatusOr<std::string> CloseShardState(FlaggedJsonlWriter* hits, std::string_view summary) {
  return hits->CloseWithTrailer(Trailer(*hits, summary));
}

absl::StatusOr<ShardState> ReadShardState(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return absl::NotFoundError(absl::StrCat(path, ": no shard record"));
    return absl::DataLossError(absl::StrCat(path, ": ", std::strerror(errno)));
  }
  struct stat st;
  absl::StatusOr<ShardState> out = absl::DataLossError(absl::StrCat(path, ": not a whole shard record"));
  if (fstat(fd, &st) == 0) {
    const int64_t size = static_cast<int64_t>(st.st_size);
    const size_t tail = static_cast<size_t>(std::min<int64_t>(size, kMaxFooter));
    absl::StatusOr<std::string> end = PreadExactly(fd, size - static_cast<int64_t>(tail), tail, path);
    // The footer: the last line, after the last-but-one '\n'.
    int64_t hits = -1, len = -1;
    if (end.ok() && !end->empty() && end->back() == '\n') {
      const size_t nl = end->rfind('\n', end->size() - 2);
      std::string_view footer = nl == std::string::npos ? std::string_view() : std::string_view(*end).substr(nl + 1);
      footer.remove_suffix(footer.empty() ? 0 : 1);
      if (footer.substr(0, kMagic.size()) == kMagic) {
        // "HITS SUMMARY", two decimal numbers and nothing else.
        const char* p = footer.data() + kMagic.size();
        const char* e = footer.data() + footer.size();
        std::from_chars_result a = std::from_chars(p, e, hits);
        std::from_chars_result b{e, std::errc::invalid_argument};
        if (a.ec == std::errc() && a.ptr < e && *a.ptr == ' ') b = std::from_chars(a.ptr + 1, e, len);
        if (a.ec != std::errc() || b.ec != std::errc() || b.ptr != e) hits = len = -1;
      }
      const int64_t footer_bytes = static_cast<int64_t>(end->size() - nl - 1);
      // hits, summary, '\n', footer: the sizes must add up to the file's.
      if (hits >= 0 && len >= 0 && hits + len + 1 + footer_bytes == size) {
        absl::StatusOr<std::string> summary = PreadExactly(fd, hits, static_cast<size_t>(len), path);
        if (summary.ok()) out = ShardState{std::move(*summary), hits};
        else out = summary.status();
      }
    }
  }
  close(fd);
  return out;
}

}  // namespace lanjie::corpus
