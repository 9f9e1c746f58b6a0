// The manifest's input hashes taken from the audit's own reads
// (InputHashes): whatever the shard size, the order the shards come in,
// shards skipped (--resume), compressed or CSV files, and a file changed
// after its shards read it, Finish gives HashInput's value of the file as
// it is; when one reader goes through a file's shards in order it reads
// nothing again (the hash is of the bytes the audit read).
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "corpus/hash_tap.h"
#include "gtest/gtest.h"
#include "lanjie/common/splitmix64.h"
#include "lanjie/corpus/audit.h"
#include "lanjie/match/artifact.h"
#include "tests/common/files.h"
#include "tests/corpus/one_keyword_list.h"

namespace lanjie::corpus {
namespace {

std::string Hex(const std::string& bytes) {
  const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return hex;
}


// JSONL lines (some long, some blank, one without a final '\n') of about
// `size` bytes.
std::string Jsonl(uint64_t seed, size_t size) {
  SplitMix64 rnd(seed);
  std::string s;
  for (int i = 0; s.size() < size; ++i) {
    const uint64_t r = rnd.Below(100);
    if (r == 0) {
      s += "\n";
      continue;
    }
    std::string t = "第" + std::to_string(i) + "行 春眠不觉晓" + (r < 5 ? " 冰毒" : "");
    if (r > 97) t += std::string(rnd.Below(300000), 'x');  // lines across windows and shards
    s += "{\"text\": \"" + t + "\"}\n";
  }
  if (!s.empty()) s.pop_back();
  return s;
}

// Every shard of `path` in `order` through AuditShard with `hashes`.
void AuditAll(const std::string& path, const AuditOptions& o, InputHashes* hashes, bool reverse,
              const std::vector<int>& skip = {}) {
  auto shards = PlanShards({path}, o);
  ASSERT_TRUE(shards.ok()) << shards.status();
  std::vector<ShardSpec> s = *shards;
  if (reverse) std::reverse(s.begin(), s.end());
  for (size_t i = 0; i < s.size(); ++i) {
    if (std::find(skip.begin(), skip.end(), static_cast<int>(i)) != skip.end()) continue;
    auto p = AuditShard(OneKeywordList(), s[i], o, nullptr, hashes);
    ASSERT_TRUE(p.ok()) << p.status();
  }
}

TEST(HashTap, HashesEachByteOnceInFileOrder) {
  SplitMix64 rnd(3);
  std::string bytes(1 << 20, '\0');
  for (char& c : bytes) c = static_cast<char>(rnd.Next());
  internal::HashTap tap;
  // Overlapping reads, a read again, a read before the hashed end: each
  // byte counts once.
  tap.Feed(0, bytes.data(), 1000);
  tap.Feed(500, bytes.data() + 500, 1000);
  tap.Feed(0, bytes.data(), 1500);
  tap.Feed(1500, bytes.data() + 1500, 0);
  EXPECT_EQ(tap.pos(), 1500);
  // A read past the hashed end leaves a gap: not hashed.
  tap.Feed(1501, bytes.data() + 1501, 100);
  EXPECT_EQ(tap.pos(), 1500);
  tap.Feed(1499, bytes.data() + 1499, 600000);
  EXPECT_EQ(tap.pos(), 601499);
  const std::string path = ::testing::TempDir() + "/hash_tap_" + std::to_string(getpid());
  lanjie::testing::WriteFile(path, bytes);
  absl::StatusOr<InputInfo> info = tap.ReadRest(path);
  ASSERT_TRUE(info.ok()) << info.status();
  EXPECT_EQ(info->size, static_cast<int64_t>(bytes.size()));
  EXPECT_EQ(info->xxh3_128, Hex(bytes));
  unlink(path.c_str());
}

// One reader through the shards in file order: every byte hashed from the
// windows the audit read; the same value as HashInput for any shard size.
TEST(InputHashes, ShardsInFileOrderHashTheFileWithoutReadingItAgain) {
  const std::string path = ::testing::TempDir() + "/input_hashes_" + std::to_string(getpid()) + ".jsonl";
  const std::string bytes = Jsonl(5, 3 << 20);
  lanjie::testing::WriteFile(path, bytes);
  for (int64_t shard : {int64_t{1} << 30, int64_t{1} << 20, int64_t{300000}, int64_t{4096}, int64_t{777}}) {
    AuditOptions o;
    o.fraction = 0.5;
    o.review_sample = 10;
    o.shard_bytes = shard;
    InputHashes hashes;
    AuditAll(path, o, &hashes, false);
    // The file changed (same size) after the audit read it: Finish gives
    // the hash of the bytes audited, so it did not read them again.
    std::string changed = bytes;
    changed[changed.size() / 2] ^= 1;
    lanjie::testing::WriteFile(path, changed);
    absl::StatusOr<InputInfo> info = hashes.Finish(path);
    ASSERT_TRUE(info.ok()) << info.status();
    EXPECT_EQ(info->size, static_cast<int64_t>(bytes.size())) << shard;
    EXPECT_EQ(info->xxh3_128, Hex(bytes)) << shard;
    EXPECT_EQ(info->path, path);
    lanjie::testing::WriteFile(path, bytes);
  }
  unlink(path.c_str());
}

// A worker with no shard left hashes ahead what the other threads' shards
// read (HashAhead): Finish then reads nothing more, and its value is
// HashInput's wherever HashAhead came (before, between or after the shards,
// twice, after one to a shard's end), also when the file grew or shrank
// after it; one to a shard's end leaves the rest to Finish.
TEST(InputHashes, HashAheadLeavesFinishNothingToReadAndTheSameValue) {
  const std::string path = ::testing::TempDir() + "/input_hashes_ahead_" + std::to_string(getpid()) + ".jsonl";
  const std::string bytes = Jsonl(11, 2 << 20);
  lanjie::testing::WriteFile(path, bytes);
  AuditOptions o;
  o.fraction = 1;
  o.review_sample = 0;
  o.shard_bytes = 300000;
  auto shards = PlanShards({path}, o);
  ASSERT_TRUE(shards.ok()) << shards.status();
  const size_t n = shards->size();
  ASSERT_GE(n, 5u);
  std::vector<size_t> order;  // odd shards first, as another thread would take them, then even ones
  for (size_t k = 1; k < n; k += 2) order.push_back(k);
  for (size_t k = 0; k < n; k += 2) order.push_back(k);
  for (size_t ahead_at : {size_t{0}, size_t{2}, n}) {
    InputHashes h;
    for (size_t i = 0; i <= n; ++i) {
      if (i == ahead_at) {
        ASSERT_TRUE(h.HashAhead(path, static_cast<int64_t>(bytes.size() / 3)).ok());  // as after a shard
        ASSERT_TRUE(h.HashAhead(path).ok());
        ASSERT_TRUE(h.HashAhead(path).ok());  // nothing left: no change
      }
      if (i < n) {
        ASSERT_TRUE(AuditShard(OneKeywordList(), (*shards)[order[i]], o, nullptr, &h).ok());
      }
    }
    // Changed in place (in the last shard, which no shard hashed) after it
    // was hashed ahead: Finish read nothing again.
    std::string changed = bytes;
    changed[changed.size() - 10] ^= 1;
    lanjie::testing::WriteFile(path, changed);
    absl::StatusOr<InputInfo> info = h.Finish(path);
    ASSERT_TRUE(info.ok()) << info.status();
    EXPECT_EQ(info->size, static_cast<int64_t>(bytes.size())) << ahead_at;
    EXPECT_EQ(info->xxh3_128, Hex(bytes)) << ahead_at;
    lanjie::testing::WriteFile(path, bytes);
  }
  for (const std::string& now : {bytes + "{\"text\": \"后来\"}\n", bytes.substr(0, bytes.size() / 2)}) {
    InputHashes h;
    ASSERT_TRUE(h.HashAhead(path).ok());
    lanjie::testing::WriteFile(path, now);
    absl::StatusOr<InputInfo> info = h.Finish(path);
    ASSERT_TRUE(info.ok()) << info.status();
    EXPECT_EQ(info->size, static_cast<int64_t>(now.size()));
    EXPECT_EQ(info->xxh3_128, Hex(now));
    lanjie::testing::WriteFile(path, bytes);
  }
  {
    // Hashed ahead to a shard's end only: Finish reads the rest, as it is now.
    InputHashes h;
    ASSERT_TRUE(h.HashAhead(path, 1000).ok());
    std::string changed = bytes;
    changed[changed.size() - 10] ^= 1;
    lanjie::testing::WriteFile(path, changed);
    absl::StatusOr<InputInfo> info = h.Finish(path);
    ASSERT_TRUE(info.ok()) << info.status();
    EXPECT_EQ(info->xxh3_128, Hex(changed));
    lanjie::testing::WriteFile(path, bytes);
  }
  InputHashes missing;
  EXPECT_EQ(missing.HashAhead(path + ".gone").code(), absl::StatusCode::kNotFound);
  unlink(path.c_str());
}

// Shards out of order (other threads), shards skipped (--resume), a file
// that grew or shrank since it was read, formats not read in windows: the
// rest is read at Finish, and the value is HashInput's of the file as it is.
TEST(InputHashes, WhatTheShardsDidNotHashIsReadAtFinish) {
  const std::string dir = ::testing::TempDir();
  const std::string path = dir + "/input_hashes_rest_" + std::to_string(getpid()) + ".jsonl";
  const std::string bytes = Jsonl(9, 2 << 20);
  AuditOptions o;
  o.fraction = 1;
  o.review_sample = 0;
  o.shard_bytes = 200000;
  auto expect = [&](InputHashes* h, const std::string& now) {
    absl::StatusOr<InputInfo> info = h->Finish(path);
    ASSERT_TRUE(info.ok()) << info.status();
    EXPECT_EQ(info->size, static_cast<int64_t>(now.size()));
    EXPECT_EQ(info->xxh3_128, Hex(now));
    absl::StatusOr<InputInfo> direct = HashInput(path);
    ASSERT_TRUE(direct.ok());
    EXPECT_EQ(info->xxh3_128, direct->xxh3_128);
  };
  lanjie::testing::WriteFile(path, bytes);
  {
    InputHashes h;
    AuditAll(path, o, &h, /*reverse=*/true);
    expect(&h, bytes);
  }
  {
    InputHashes h;
    AuditAll(path, o, &h, false, /*skip=*/{0});
    expect(&h, bytes);
  }
  {
    InputHashes h;
    AuditAll(path, o, &h, false, /*skip=*/{3, 4});
    expect(&h, bytes);
  }
  {
    InputHashes h;  // no shard at all
    expect(&h, bytes);
  }
  {
    InputHashes h;  // grew after it was read: hashed on to the new end
    AuditAll(path, o, &h, false);
    const std::string more = bytes + "\n{\"text\": \"后来加上的\"}\n";
    lanjie::testing::WriteFile(path, more);
    expect(&h, more);
    lanjie::testing::WriteFile(path, bytes);
  }
  {
    InputHashes h;  // shorter than what was read: hashed again from the start
    AuditAll(path, o, &h, false);
    const std::string less = bytes.substr(0, bytes.size() / 3);
    lanjie::testing::WriteFile(path, less);
    expect(&h, less);
    lanjie::testing::WriteFile(path, bytes);
  }
  {
    InputHashes h;  // Finish forgets the file: a second Finish reads it all
    AuditAll(path, o, &h, false);
    expect(&h, bytes);
    expect(&h, bytes);
  }
  unlink(path.c_str());
  // CSV (a stream) and an empty file.
  for (const std::string& name : {std::string("/input_hashes.csv"), std::string("/input_hashes_empty.jsonl")}) {
    const std::string p = dir + name;
    const std::string text = name.find("csv") != std::string::npos ? "id,text\n1,冰毒\n2,\"a\nb\"\n" : "";
    lanjie::testing::WriteFile(p, text);
    InputHashes h;
    AuditAll(p, o, &h, false);
    absl::StatusOr<InputInfo> info = h.Finish(p);
    ASSERT_TRUE(info.ok()) << info.status();
    EXPECT_EQ(info->size, static_cast<int64_t>(text.size()));
    EXPECT_EQ(info->xxh3_128, Hex(text)) << name;
    unlink(p.c_str());
  }
}

}  // namespace
}  // namespace lanjie::corpus
