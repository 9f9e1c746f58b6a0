#!/usr/bin/env bash
# The corpus audit's own cost per byte, in instructions (callgrind: the same
# figure at any load), side by side for two lanjie binaries: `lanjie scan`
# on plain lines and `lanjie corpus audit` on the same lines as JSONL
# (--fraction 1 --review-sample 0, one thread), each on 1 MB and 4 MB of
# text; the 4 MB minus 1 MB difference cancels the fixed cost (artifact load,
# tables), so the figures are per 3 MB of text. Record shapes (SHAPES, default
# "a b c d"; generated here, seeded):
#   a  {"text": T}                                   (one member, no escapes)
#   b  {"id": ..., "meta": {...}, "text": T}         (several members, text last)
#   c  {"text": T} as Python's json.dumps writes it  (\uXXXX escapes; a quote,
#      tab or backslash in 1 text of 5)
#   d  {"id": N, "messages": [{"role": ..., "content": T1}, {..., "content": T2}]}
#      audited with --field 'messages[*].content'
# Every shape holds the same texts as the plain lines `lanjie scan` reads.
# Then the audit's outputs of both binaries on a set of inputs (JSONL with
# ids, escapes, nested and multi-line texts, bad records, text lines and
# paragraphs, CSV with multi-line quoted fields and unterminated quotes,
# TSV, gzip, truncated gzip) are compared byte for byte (timestamps aside).
#
#   bench/corpus-audit-cost.sh OLD_LANJIE NEW_LANJIE [LIST]
#
# Both binaries must run under valgrind: build with the default flags (the
# artifact is compiled --portable). Default list: ../shared's houbb list (64k
# keywords, variants on); corpus: ../shared's chinese-poetry. ~10 min of CPU.
# CALLGRIND=0 skips the instruction counts, CPU_RUNS=0 the CPU times (default 9
# runs each), READERS=0 the JSONL readers measured alone (plain_member.cc, the
# DOM parse per line, On-Demand with and without checking the whole line,
# parse_many; needs g++), MEMORY=0 the peak RSS with every record flagged.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shared="$root/../shared/data"
old=$(realpath "$1") new=$(realpath "$2")
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
list=${3:-$shared/lexicons/houbb-sensitive-word/v0.26.1/sensitive_word_dict.txt}
poetry="$shared/corpus/chinese-poetry.txt.gz"
py=/usr/bin/python3
work=$(mktemp -d /tmp/lanjie-audit-cost.XXXXXX)
trap 'rm -rf "$work"' EXIT
command -v valgrind >/dev/null || { echo "corpus-audit-cost.sh: valgrind missing" >&2; exit 2; }
bench/usable-list.sh "$old" "$list" "$work/list.txt"
# Each binary scans the list compiled by itself (artifact formats differ between versions).
for who in old new; do
  "${!who}" compile "$work/list.txt" --risk A.1.h --portable -q -o "$work/$who.ljdb" 2>/dev/null
done
gzip -dc "$poetry" | grep -v '^[[:space:]]*$' >"$work/poetry.txt"
"$py" - "$work" <<'PY'
import gzip, json, random, sys
w = sys.argv[1]
lines = open(w + "/poetry.txt", encoding="utf-8", errors="surrogateescape").read().split("\n")
def one_text_shapes(l, i, rnd):
    yield "a", json.dumps({"text": l}, ensure_ascii=False)
    yield "b", json.dumps({"id": f"doc-{i:08d}", "meta": {"source": "chinese-poetry", "lang": "zh",
                           "score": round(rnd.random(), 4), "tags": ["poem", "tang"]}, "text": l}, ensure_ascii=False)
    t = l if rnd.random() < 0.8 else l[: len(l) // 2] + rnd.choice(['"', "\t", "\\"]) + l[len(l) // 2:]
    yield "c", json.dumps({"text": t})
for mb in (1, 4):
    rnd = random.Random(12)
    out = {s: open(f"{w}/{s}{mb}m.jsonl", "w", encoding="utf-8", errors="surrogateescape") for s in "abcd"}
    with open(f"{w}/t{mb}m.txt", "w", encoding="utf-8", errors="surrogateescape") as t:
        size, i = 0, 0
        while size < mb * 1000000:
            l, l2 = lines[i], lines[i + 1]
            t.write(l + "\n" + l2 + "\n")
            size += len((l + l2).encode("utf-8", "surrogateescape")) + 2
            for j, x in ((i, l), (i + 1, l2)):
                for s, rec in one_text_shapes(x, j, rnd): out[s].write(rec + "\n")
            out["d"].write(json.dumps({"id": i, "messages": [{"role": "user", "content": l},
                                                           {"role": "assistant", "content": l2}]},
                                      ensure_ascii=False) + "\n")
            i += 2
    for f in out.values(): f.close()
# Inputs for the byte-identity check.
random.seed(5)
lines = [l for l in lines if l.strip()][:60000]
def w_(name, mode="w"): return open(f"{w}/{name}", mode, encoding="utf-8", errors="surrogateescape", newline="") if mode == "w" else open(f"{w}/{name}", mode)
with w_("multi.jsonl") as f:
    for i in range(0, len(lines) - 4, 4):
        f.write(json.dumps({"id": f"r{i}", "text": "\n".join(lines[i:i + 4]), "meta": {"q": lines[i][:10]}},
                           ensure_ascii=(i % 3 == 0)) + "\n")
with w_("bad.jsonl", "wb") as f:
    for i, l in enumerate(lines[:3000]):
        r = i % 97
        f.write({1: b'{"text": "broken\n', 2: b'{"other": 1}\n', 3: b'{"text": "\xff\xfe bad utf8"}\n',
                 4: b'{"text": "nul\x00byte"}\n', 5: b'{"text": 42}\n', 6: b'\n   \n'}.get(
                     r, (json.dumps({"text": l}, ensure_ascii=False) + "\n").encode("utf-8", "surrogateescape")))
with w_("lines.txt") as f:
    for l in lines[:20000]: f.write(l + ("\r\n" if random.random() < 0.1 else "\n"))
with w_("paras.txt") as f:
    for i in range(0, 20000, 3):
        f.write("\n".join(lines[i:i + random.randint(1, 3)]) + "\n" + ("\n" if random.random() < 0.7 else "  \n\n"))
def q(s): return '"' + s.replace('"', '""') + '"'
with w_("c.csv") as f:
    f.write("id,text,x\n")
    for i in range(0, 20000, 2):
        t = lines[i] + ("\n" + lines[i + 1] if i % 6 == 0 else "")
        if i % 50 == 0: t += ' "quoted" '
        if i % 1000 == 10: f.write(f'bad{i},"unterminated {lines[i]}\n'); continue
        if i % 700 == 8: f.write(f"short{i}\n"); continue
        f.write(f"k{i},{q(t)},{i}\r\n" if i % 10 == 0 else f"k{i},{q(t)},{i}\n")
with w_("t.tsv") as f:
    f.write("text\tid\n")
    for i in range(20000): f.write(f"{lines[i]}\t{i}\n")
with gzip.open(f"{w}/g.jsonl.gz", "wt", encoding="utf-8", errors="surrogateescape") as f:
    for l in lines[:10000]: f.write(json.dumps({"text": l}, ensure_ascii=False) + "\n")
PY
head -c 300000 "$work/g.jsonl.gz" >"$work/trunc.jsonl.gz"

if [ "${CALLGRIND:-1}" != 0 ] && [ "${READERS:-1}" != 0 ]; then
# The JSONL readers alone (no audit), per shape: instructions per byte of
# text beyond line splitting, on the 4 MB files. Built here with g++ against
# engine/corpus/plain_member.cc and the system simdjson.
cat >"$work/readers.cc" <<'CC'
// The JSONL readers the audit could use, on one file of one record shape:
// the texts at `text` (or messages[*].content with "d") summed, nothing
// else. Modes: lines (line splitting only: the baseline), plain
// (PlainStringMember, else the DOM parse of the line), dom (simdjson DOM, one
// parse per line), odfind (On-Demand, the text field only: does not check the
// rest of the line), odwalk (On-Demand visiting every value: checks the whole
// line, as the DOM parse does), many (DOM parse_many over the whole file).
#include <simdjson.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "plain_member.h"

using namespace simdjson;
static uint64_t sum = 0;
static bool chat = false;  // messages[*].content
static dom::parser dp;
static ondemand::parser op;

static bool FromDom(dom::element doc) {
  if (!chat) {
    std::string_view sv;
    if (doc["text"].get_string().get(sv)) return false;
    sum += sv.size();
    return true;
  }
  dom::array a;
  if (doc["messages"].get_array().get(a)) return false;
  for (dom::element m : a) {
    std::string_view sv;
    if (m["content"].get_string().get(sv)) return false;
    sum += sv.size();
  }
  return true;
}
static bool Dom(std::string_view line) {
  dom::element doc;
  if (dp.parse(line.data(), line.size(), false).get(doc)) return false;
  return FromDom(doc);
}
static bool Walk(ondemand::value v, int depth) {
  if (depth > 1000) return false;
  ondemand::json_type t;
  if (v.type().get(t)) return false;
  switch (t) {
    case ondemand::json_type::object: {
      ondemand::object o;
      if (v.get_object().get(o)) return false;
      for (auto f : o) {
        ondemand::field fl;
        std::string_view k;
        if (std::move(f).get(fl) || fl.unescaped_key().get(k)) return false;
        ondemand::value c = fl.value();
        if (chat && k == "content") {
          std::string_view sv;
          if (c.get_string().get(sv)) return false;
          sum += sv.size();
        } else if (!Walk(c, depth + 1)) {
          return false;
        }
      }
      return true;
    }
    case ondemand::json_type::array: {
      ondemand::array a;
      if (v.get_array().get(a)) return false;
      for (auto x : a) {
        ondemand::value c;
        if (x.get(c) || !Walk(c, depth + 1)) return false;
      }
      return true;
    }
    case ondemand::json_type::string: { std::string_view s; return !v.get_string().get(s); }
    case ondemand::json_type::number: { ondemand::number n; return !v.get_number().get(n); }
    case ondemand::json_type::boolean: { bool b; return !v.get_bool().get(b); }
    case ondemand::json_type::null: { bool n; return !v.is_null().get(n) && n; }
  }
  return false;
}
static bool OdFind(std::string_view line) {
  ondemand::document doc;
  if (op.iterate(padded_string_view(line.data(), line.size(), line.size() + 64)).get(doc)) return false;
  std::string_view sv;
  if (!chat) {
    if (doc.find_field_unordered("text").get_string().get(sv)) return false;
    sum += sv.size();
    return true;
  }
  ondemand::array a;
  if (doc.find_field_unordered("messages").get_array().get(a)) return false;
  for (auto m : a) {
    if (m.find_field_unordered("content").get_string().get(sv)) return false;
    sum += sv.size();
  }
  return true;
}
static bool OdWalk(std::string_view line) {
  ondemand::document doc;
  if (op.iterate(padded_string_view(line.data(), line.size(), line.size() + 64)).get(doc)) return false;
  ondemand::object o;
  if (doc.get_object().get(o)) return false;
  for (auto f : o) {
    ondemand::field fl;
    std::string_view k;
    if (std::move(f).get(fl) || fl.unescaped_key().get(k)) return false;
    ondemand::value v = fl.value();
    if (!chat && k == "text") {
      std::string_view sv;
      if (v.get_string().get(sv)) return false;
      sum += sv.size();
    } else if (!Walk(v, 1)) {
      return false;
    }
  }
  return true;
}
int main(int argc, char** argv) {
  const std::string mode = argv[1];
  std::ifstream f(argv[2]);
  std::stringstream ss;
  ss << f.rdbuf();
  std::string all = ss.str();
  chat = argc > 3 && std::string(argv[3]) == "d";
  const size_t n = all.size();
  all.append(128, ' ');
  size_t fails = 0;
  if (mode == "many") {
    dom::document_stream stream;
    if (dp.parse_many(all.data(), n, 1 << 20).get(stream)) return 1;
    for (auto it = stream.begin(); it != stream.end(); ++it) {
      dom::element doc;
      if ((*it).get(doc) || !FromDom(doc)) ++fails;
    }
  } else {
    for (size_t p = 0; p < n;) {
      const char* nl = static_cast<const char*>(memchr(all.data() + p, '\n', n - p));
      const size_t e = nl ? static_cast<size_t>(nl - all.data()) : n;
      const std::string_view line(all.data() + p, e - p);
      bool ok = true;
      std::string_view v;
      if (mode == "lines") sum += line.size();
      else if (mode == "plain") ok = (!chat && lanjie::corpus::internal::PlainStringMember(line, "text", &v) && (sum += v.size())) || Dom(line);
      else if (mode == "dom") ok = Dom(line);
      else if (mode == "odfind") ok = OdFind(line);
      else if (mode == "odwalk") ok = OdWalk(line);
      fails += !ok;
      p = e + 1;
    }
  }
  std::printf("%s sum %llu fails %zu\n", mode.c_str(), static_cast<unsigned long long>(sum), fails);
  return fails != 0;
}
CC
g++ -O2 -std=c++17 -I"$root/engine/corpus" "$work/readers.cc" "$root/engine/corpus/plain_member.cc" -lsimdjson \
  -o "$work/readers"
echo "== JSONL readers alone (callgrind), instructions per byte of text beyond line splitting; load: $(cut -d' ' -f1-3 /proc/loadavg) =="
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ,; }
tb=$(stat -c %s "$work/t4m.txt")
for shape in ${SHAPES:-a b c d}; do
  base=$(ir "$work/readers" lines "$work/${shape}4m.jsonl" "$shape")
  row="shape $shape:"
  for m in plain dom odfind odwalk many; do
    x=$(ir "$work/readers" "$m" "$work/${shape}4m.jsonl" "$shape")
    row+=" $m $("$py" -c "print(f'{($x - $base) / $tb:.2f}')")"
  done
  echo "$row"
done
fi

if [ "${CALLGRIND:-1}" != 0 ]; then
echo "== instructions (callgrind), load: $(cut -d' ' -f1-3 /proc/loadavg) =="
refs() {  # out-name command...
  local name=$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$work/$name.cg" "$@" >/dev/null 2>"$work/$name.log" || true
  sed -n 's/.*I *refs: *//p' "$work/$name.log" | tr -d ,
}
declare -A r
shapes=${SHAPES:-a b c d}
for who in old new; do
  bin=$(bench_full "${!who}")  # valgrind does not follow the front's exec
  # The audit runs in LANJIE-corpus where there is one (tools/companion.h).
  abin=$bin
  [ -x "${!who}-corpus" ] && abin="${!who}-corpus"
  for s in 1 4; do
    r[$who-scan-$s]=$(refs "$who-scan-$s" "$bin" scan --threads 1 --count -d "$work/$who.ljdb" "$work/t${s}m.txt")
    for shape in $shapes; do
      field=text
      [ "$shape" = d ] && field='messages[*].content'
      rm -rf "$work/o"
      r[$who-$shape-$s]=$(refs "$who-$shape-$s" "$abin" corpus audit -d "$work/$who.ljdb" --fraction 1 --review-sample 0 \
        --format jsonl --field "$field" --threads 1 --out "$work/o" "$work/$shape${s}m.jsonl")
    done
  done
done
text3=$(( $(stat -c %s "$work/t4m.txt") - $(stat -c %s "$work/t1m.txt") ))
for shape in $shapes; do
  for who in old new; do
    "$py" - "$who" "$shape" "$text3" "${r[$who-scan-1]}" "${r[$who-scan-4]}" "${r[$who-$shape-1]}" "${r[$who-$shape-4]}" <<'PY'
import sys
who, shape, n, s1, s4, a1, a4 = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:])
scan, audit = s4 - s1, a4 - a1
print(f"{who} shape {shape}: per {n/1e6:.2f} MB of text: scan {scan/1e6:.1f} M, audit {audit/1e6:.1f} M instructions; "
      f"audit - scan {(audit-scan)/n:.1f} instr/byte; audit/scan {audit/scan:.3f} "
      f"({scan/audit*100:.0f}% of scan's throughput in instructions); whole processes of the 1 MB runs "
      f"(fixed costs included; the companion alone, not the front's exec): scan {s1/1e6:.1f} M, audit {a1/1e6:.1f} M")
PY
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

if [ "${CPU_RUNS:-9}" != 0 ]; then
  # CPU seconds (user + sys, /usr/bin/time) on the whole poetry corpus (66.9 MB
  # of text), old and new alternating, medians of CPU_RUNS: less exact than
  # instructions, but it sees memory stalls and the kernel's share.
  "$py" - "$work/poetry.txt" "$work/poetry.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8", errors="surrogateescape") as f, \
     open(sys.argv[2], "w", encoding="utf-8", errors="surrogateescape") as o:
    for l in f: o.write(json.dumps({"text": l.rstrip("\n")}, ensure_ascii=False) + "\n")
PY
  echo "== CPU time, 66.9 MB of text, one thread, medians of ${CPU_RUNS:-9}; load: $(cut -d' ' -f1-3 /proc/loadavg) =="
  for ((i = 0; i < ${CPU_RUNS:-9}; ++i)); do
    for who in old new; do
      bin=${!who}
      /usr/bin/time -f "$who scan %U %S %R" -a -o "$work/cpu.txt" "$bin" scan --count -d "$work/$who.ljdb" --threads 1 \
        "$work/poetry.txt" >/dev/null 2>&1 || true  # exit 1: hits found
      rm -rf "$work/oc"
      /usr/bin/time -f "$who audit %U %S %R" -a -o "$work/cpu.txt" "$bin" corpus audit -d "$work/$who.ljdb" --fraction 1 \
        --review-sample 0 --shard-size 8M --format jsonl --threads 1 --out "$work/oc" "$work/poetry.jsonl" >/dev/null 2>&1 || true
    done
  done
  "$py" - "$work/cpu.txt" <<'PY'
import collections, statistics, sys
d = collections.defaultdict(list)
for l in open(sys.argv[1]):
    p = l.split()
    if len(p) == 5 and p[0] in ("old", "new"):
        d[(p[0], p[1])].append(float(p[2]) + float(p[3]))
        d[(p[0], p[1], "sys")].append(float(p[3]))
        d[(p[0], p[1], "faults")].append(int(p[4]))
m = statistics.median
for who in ("old", "new"):
    s, a = m(d[(who, "scan")]), m(d[(who, "audit")])
    print(f"{who}: scan {s:.2f} s, audit {a:.2f} s CPU; audit at {s/a*100:.0f}% of scan's throughput"
          f" (sys: scan {m(d[(who, 'scan', 'sys')]):.2f} s, audit {m(d[(who, 'audit', 'sys')]):.2f} s;"
          f" minor faults: scan {m(d[(who, 'scan', 'faults')]):.0f}, audit {m(d[(who, 'audit', 'faults')]):.0f})")
PY
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

if [ "${MEMORY:-1}" != 0 ]; then
  # Peak RSS with many flagged records: 40 MB of JSONL where every record has
  # block hits (flagged.jsonl ~4.5x the input), one 64 MB shard on one
  # thread, then two 20 MB shards on two threads (/usr/bin/time %M).
  "$py" - "$work/allhit.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    i = size = 0
    while size < 40_000_000:
        l = json.dumps({"text": f"第{i}行 赌博网站 冰毒 发票 测试文本 abc"}, ensure_ascii=False) + "\n"
        f.write(l); size += len(l.encode()); i += 1
PY
  echo "== peak RSS, every record flagged (40 MB JSONL); load: $(cut -d' ' -f1-3 /proc/loadavg) =="
  for who in old new; do
    bin=${!who}
    for t in "1 64M" "2 20M"; do
      set -- $t
      rm -rf "$work/om"
      /usr/bin/time -f "$who --threads $1 --shard-size $2: %M KB peak RSS, %U s user %S s sys" "$bin" corpus audit \
        -d "$work/$who.ljdb" --fraction 1 --review-sample 0 --threads "$1" --shard-size "$2" --out "$work/om" \
        "$work/allhit.jsonl" >/dev/null 2>"$work/mem.err" || true
      tail -1 "$work/mem.err"
      cp "$work/om/flagged.jsonl" "$work/flagged-$who-$1"
    done
  done
  cmp "$work/flagged-old-1" "$work/flagged-new-1" && cmp "$work/flagged-old-2" "$work/flagged-new-2" &&
    echo "flagged.jsonl identical ($(stat -c %s "$work/flagged-new-1") bytes)"
  rm -f "$work"/flagged-* "$work/allhit.jsonl"
fi

echo "== outputs, old vs new (audit.json, flagged.jsonl, review.csv, manifest.json, stdout) =="
same() {  # who outdir
  local bin=${!1} list=$work/$1.ljdb out=$2 d=$work
  mkdir -p "$out"
  run() {
    local name=$1; shift
    local rc=0
    ( cd "$out" && "$bin" corpus audit -d "$list" --out "$name" "$@" >"$name.stdout" 2>"$name.stderr" ) || rc=$?
    echo "rc $rc" >>"$out/$name.stdout"
  }
  run multi1 --fraction 1 --shard-size 3M --threads 2 "$d/multi.jsonl"
  run multi_id --fraction 0.3 --seed 7 --id-field id --shard-size 5M "$d/multi.jsonl"
  run multi_meta --fraction 0.5 --field meta.q --review-sample 100 "$d/multi.jsonl"
  run bad --fraction 1 --shard-size 100K "$d/bad.jsonl"
  run lines --fraction 0.7 --shard-size 1M "$d/lines.txt"
  run paras --fraction 1 --format text-paragraphs --shard-size 700K "$d/paras.txt"
  run csv --fraction 1 "$d/c.csv"
  run csv_id --fraction 0.5 --id-field id "$d/c.csv"
  run tsv --fraction 1 --id-field id "$d/t.tsv"
  run gz --fraction 1 "$d/g.jsonl.gz" "$d/trunc.jsonl.gz"
  run t4m --fraction 1 "$d/a4m.jsonl"
  run b1m --fraction 1 "$d/b1m.jsonl"
  run c1m --fraction 0.5 --review-sample 50 "$d/c1m.jsonl"
  run d1m --fraction 1 --field 'messages[*].content' --id-field id "$d/d1m.jsonl"
  # --fraction 1 and no review sample: FILE:OFFSET ids built for flagged records only.
  run a4m_all --fraction 1 --review-sample 0 --shard-size 1M "$d/a4m.jsonl"
  run lines_all --fraction 1 --review-sample 0 --shard-size 1M "$d/lines.txt"
  run b1m_all --fraction 1 --review-sample 0 "$d/b1m.jsonl"
  for f in "$out"/*/audit.json "$out"/*/manifest.json; do
    [ -f "$f" ] && sed -i 's/"generated_at": *"[^"]*"/"generated_at":""/' "$f"
  done
  rm -rf "$out"/*/.state "$out"/*/audit.html "$out"/*/audit.xlsx "$out"/*/review.xlsx "$out"/*/audit.md
}
same old "$work/same-old"
same new "$work/same-new"
if diff -r "$work/same-old" "$work/same-new" >"$work/same.diff"; then
  echo "identical: $(find "$work/same-old" -name audit.json | wc -l) audits (audit.json, flagged.jsonl, review.csv, manifest.json, stdout, exit status)"
else
  echo "DIFFERENT:"; head -50 "$work/same.diff"; exit 1
fi
