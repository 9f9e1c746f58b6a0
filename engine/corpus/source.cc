#include "source.h"

#include <errno.h>
#include <fcntl.h>
#include <lzma.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"

namespace lanjie::corpus {
namespace {

absl::Status Errno(const std::string& path, const char* what) {
  return absl::NotFoundError(absl::StrCat(path, ": ", what, ": ", strerror(errno)));
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

class PlainSource : public ByteSource {
 public:
  PlainSource(std::string path, int fd, int64_t offset) : path_(std::move(path)), fd_(fd), pos_(offset) {}
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    for (;;) {
      ssize_t got = pread(fd_.get(), buf, n, pos_);
      if (got < 0) {
        if (errno == EINTR) continue;
        return absl::DataLossError(absl::StrCat(path_, ": read at byte ", pos_, ": ", strerror(errno)));
      }
      pos_ += got;
      return static_cast<size_t>(got);
    }
  }

 private:
  std::string path_;
  Fd fd_;
  int64_t pos_;
};

// Reads compressed bytes in chunks for the decoders below.
class CompressedInput {
 public:
  CompressedInput(std::string path, int fd) : path_(std::move(path)), fd_(fd), buf_(1 << 16) {}
  // Refills when empty; false at end of file.
  absl::StatusOr<bool> Fill() {
    if (avail_ > 0) return true;
    for (;;) {
      ssize_t got = read(fd_.get(), buf_.data(), buf_.size());
      if (got < 0) {
        if (errno == EINTR) continue;
        return absl::DataLossError(absl::StrCat(path_, ": read: ", strerror(errno)));
      }
      next_ = buf_.data();
      avail_ = static_cast<size_t>(got);
      return got > 0;
    }
  }
  const std::string& path() const { return path_; }
  const char* next_ = nullptr;
  size_t avail_ = 0;

 private:
  std::string path_;
  Fd fd_;
  std::vector<char> buf_;
};

absl::Status Truncated(const std::string& path, std::string_view format) {
  return absl::DataLossError(absl::StrCat(path, ": truncated ", Av(format), " stream"));
}
absl::Status Corrupt(const std::string& path, std::string_view format, std::string_view why) {
  return absl::DataLossError(absl::StrCat(path, ": corrupt ", Av(format), " stream: ", Av(why)));
}

class GzipSource : public ByteSource {
 public:
  GzipSource(std::string path, int fd) : in_(std::move(path), fd) {
    memset(&z_, 0, sizeof z_);
    ok_ = inflateInit2(&z_, 16 + MAX_WBITS) == Z_OK;
  }
  ~GzipSource() override {
    if (ok_) inflateEnd(&z_);
  }
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    if (!ok_) return absl::InternalError("zlib: inflateInit2 failed");
    if (done_) {
      absl::Status s = pending_;
      pending_ = absl::OkStatus();
      if (!s.ok()) return s;
      return 0;
    }
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(n);
    while (z_.avail_out == n) {
      if (in_.avail_ == 0) {
        absl::StatusOr<bool> more = in_.Fill();
        if (!more.ok()) return more.status();
        if (!*more) {
          done_ = true;
          if (member_started_) return Truncated(in_.path(), "gzip");
          break;
        }
      }
      z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in_.next_));
      z_.avail_in = static_cast<uInt>(in_.avail_);
      member_started_ = true;
      int rc = inflate(&z_, Z_NO_FLUSH);
      in_.next_ = reinterpret_cast<const char*>(z_.next_in);
      in_.avail_ = z_.avail_in;
      if (rc == Z_STREAM_END) {
        member_started_ = false;
        inflateReset(&z_);  // another member may follow (concatenated gzip)
      } else if (rc == Z_BUF_ERROR) {
        continue;  // needs more input
      } else if (rc != Z_OK) {
        done_ = true;
        size_t got = n - z_.avail_out;
        if (got > 0) {
          pending_ = Corrupt(in_.path(), "gzip", z_.msg ? z_.msg : "inflate failed");
          return got;
        }
        return Corrupt(in_.path(), "gzip", z_.msg ? z_.msg : "inflate failed");
      }
    }
    return n - z_.avail_out;
  }

 private:
  CompressedInput in_;
  z_stream z_;
  bool ok_ = false, done_ = false, member_started_ = false;
  absl::Status pending_;
};

class ZstdSource : public ByteSource {
 public:
  ZstdSource(std::string path, int fd) : in_(std::move(path), fd), d_(ZSTD_createDStream()) {}
  ~ZstdSource() override { ZSTD_freeDStream(d_); }
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    if (done_) {
      absl::Status s = pending_;
      pending_ = absl::OkStatus();
      if (!s.ok()) return s;
      return 0;
    }
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
      if (in_.avail_ == 0) {
        absl::StatusOr<bool> more = in_.Fill();
        if (!more.ok()) return more.status();
        if (!*more) {
          done_ = true;
          if (last_ != 0) return Truncated(in_.path(), "zstd");
          return 0;
        }
      }
      ZSTD_inBuffer in{in_.next_, in_.avail_, 0};
      size_t rc = ZSTD_decompressStream(d_, &out, &in);
      in_.next_ += in.pos;
      in_.avail_ -= in.pos;
      if (ZSTD_isError(rc)) {
        done_ = true;
        absl::Status s = Corrupt(in_.path(), "zstd", ZSTD_getErrorName(rc));
        if (out.pos > 0) {
          pending_ = s;
          return out.pos;
        }
        return s;
      }
      last_ = rc;
    }
    return out.pos;
  }

 private:
  CompressedInput in_;
  ZSTD_DStream* d_;
  size_t last_ = 0;
  bool done_ = false;
  absl::Status pending_;
};

class XzSource : public ByteSource {
 public:
  XzSource(std::string path, int fd) : in_(std::move(path), fd) {
    ok_ = lzma_stream_decoder(&s_, UINT64_MAX, LZMA_CONCATENATED) == LZMA_OK;
  }
  ~XzSource() override { lzma_end(&s_); }
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    if (!ok_) return absl::InternalError("liblzma: lzma_stream_decoder failed");
    if (done_) {
      absl::Status s = pending_;
      pending_ = absl::OkStatus();
      if (!s.ok()) return s;
      return 0;
    }
    s_.next_out = reinterpret_cast<uint8_t*>(buf);
    s_.avail_out = n;
    while (s_.avail_out == n) {
      lzma_action action = LZMA_RUN;
      if (in_.avail_ == 0 && !eof_) {
        absl::StatusOr<bool> more = in_.Fill();
        if (!more.ok()) return more.status();
        if (!*more) eof_ = true;
      }
      if (eof_) action = LZMA_FINISH;
      s_.next_in = reinterpret_cast<const uint8_t*>(in_.next_);
      s_.avail_in = in_.avail_;
      lzma_ret rc = lzma_code(&s_, action);
      in_.next_ = reinterpret_cast<const char*>(s_.next_in);
      in_.avail_ = s_.avail_in;
      if (rc == LZMA_STREAM_END) {
        done_ = true;
        break;
      }
      if (rc != LZMA_OK) {
        done_ = true;
        absl::Status s = rc == LZMA_BUF_ERROR ? Truncated(in_.path(), "xz")
                                              : Corrupt(in_.path(), "xz", absl::StrCat("lzma error ", rc));
        size_t got = n - s_.avail_out;
        if (got > 0) {
          pending_ = s;
          return got;
        }
        return s;
      }
    }
    return n - s_.avail_out;
  }

 private:
  CompressedInput in_;
  lzma_stream s_ = LZMA_STREAM_INIT;
  bool ok_ = false, done_ = false, eof_ = false;
  absl::Status pending_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<ByteSource>> OpenSource(const std::string& path, std::string_view compression,
                                                       int64_t offset) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Errno(path, "open");
  if (compression.empty()) return std::unique_ptr<ByteSource>(new PlainSource(path, fd, offset));
  if (compression == "gz") return std::unique_ptr<ByteSource>(new GzipSource(path, fd));
  if (compression == "zst") return std::unique_ptr<ByteSource>(new ZstdSource(path, fd));
  if (compression == "xz") return std::unique_ptr<ByteSource>(new XzSource(path, fd));
  close(fd);
  return absl::InvalidArgumentError(absl::StrCat(path, ": unknown compression '", Av(compression), "'"));
}

absl::StatusOr<int64_t> FileSize(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Errno(path, "stat");
  return static_cast<int64_t>(st.st_size);
}

absl::StatusOr<std::string> ReadAt(const std::string& path, int64_t offset, size_t n) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Errno(path, "open");
  Fd guard(fd);
  std::string out(n, '\0');
  size_t have = 0;
  while (have < n) {
    ssize_t got = pread(fd, out.data() + have, n - have, offset + static_cast<int64_t>(have));
    if (got < 0) {
      if (errno == EINTR) continue;
      return Errno(path, "read");
    }
    if (got == 0) break;
    have += static_cast<size_t>(got);
  }
  out.resize(have);
  return out;
}

}  // namespace lanjie::corpus
