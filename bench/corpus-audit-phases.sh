#!/usr/bin/env bash
# Where the corpus audit's wall time goes, for two lanjie binaries side by
# side (interleaved runs): before the workers start (exec, list load, plan,
# state folder), all workers busy, one worker left alone (the other has no
# shard left: the imbalance of the last shards), and after the last worker
# (merge, manifest hashes, outputs and reports with their fsyncs). The
# serial parts are what keep `--threads 2` from 2x `--threads 1`. Also the
# time the workers spent in fsync (a wait the scan does not have; the shard
# records' fsyncs before audit17).
# Timestamps of the process's exec, thread creation and thread exits from
# strace (those syscalls only, seccomp-filtered: the run is not slowed
# elsewhere); medians of RUNS (default 7) runs per binary and thread count
# (THREADS, default "1 2"). Same input and command as bench/corpus-audit.sh
# (64k list, poetry corpus as {"text"} JSONL, --fraction 1
# --review-sample 0 --shard-size 8M, --out reused from run to run).
#
#   bench/corpus-audit-phases.sh OLD_LANJIE NEW_LANJIE [LIST]
#
# The threads a binary starts before its workers: OLD_FIRST_WORKER /
# NEW_FIRST_WORKER (with one thread). Binaries before audit15: 0 (the first
# thread is a worker); audit15 to audit16 (main d829259): 1 (the state
# folder's thread first; OLD_FIRST_WORKER's default); audit17 and later: 2
# (then the shard committer; NEW_FIRST_WORKER's default). With --threads 2
# or more, binaries since audit16 load the list with one more thread before
# those (LOAD_THREAD=1, the default; 0 for older binaries).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
bench_start corpus-phases
old=$(realpath "$1") new=$(realpath "$2")
command -v strace >/dev/null || { echo "corpus-audit-phases.sh: strace missing" >&2; exit 2; }
list=${3:-$shared/lexicons/houbb-sensitive-word/v0.26.1/sensitive_word_dict.txt}
gzip -dc "$shared/corpus/chinese-poetry.txt.gz" | grep -v '^[[:space:]]*$' >"$work/corpus.txt"
"$BENCH_PY" - "$work/corpus.txt" "$work/corpus.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8", errors="surrogateescape") as f, open(sys.argv[2], "w", encoding="utf-8", errors="surrogateescape") as o:
    for line in f:
        o.write(json.dumps({"text": line.rstrip("\n")}, ensure_ascii=False) + "\n")
PY
bench/usable-list.sh "$old" "$list" "$work/list.txt" 2>/dev/null
for who in old new; do "${!who}" compile "$work/list.txt" --risk A.1.h -q -o "$work/$who.ljdb" 2>/dev/null; done
"$BENCH_PY" - "$work" "$old" "$new" "${RUNS:-7}" "${THREADS:-1 2}" "${OLD_FIRST_WORKER:-1}" "${NEW_FIRST_WORKER:-2}" "${LOAD_THREAD:-1}" <<'PY'
import re, statistics, subprocess, sys
w, old, new, runs, threads = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), [int(t) for t in sys.argv[5].split()]
bins = {"old": (old, int(sys.argv[6])), "new": (new, int(sys.argv[7]))}
load_thread = int(sys.argv[8])
def one(who, t):
    b, first = bins[who]
    first += load_thread if t >= 2 else 0
    trace = f"{w}/strace.txt"
    subprocess.run(["strace", "-f", "--seccomp-bpf", "-ttt", "-T", "-e", "trace=execve,clone3,exit,exit_group,fsync", "-o", trace,
                    b, "corpus", "audit", "-d", f"{w}/{who}.ljdb", "--fraction", "1", "--review-sample", "0",
                    "--shard-size", "8M", "--format", "jsonl", "--threads", str(t), "--out", f"{w}/out-{who}-{t}",
                    f"{w}/corpus.jsonl"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0, clones, exits, end, fsyncs = None, [], {}, None, []
    for line in open(trace):
        f = line.split()
        pid, at = int(f[0]), float(f[1])
        t0 = at if t0 is None else t0
        m = re.search(r"clone3\(.*= (\d+)", line.strip())
        if m: clones.append((at, int(m.group(1))))
        m = re.search(r"fsync.*<([\d.]+)>$", line.strip())
        if m: fsyncs.append((pid, float(m.group(1))))
        if "+++ exited" in line: exits[pid], end = at, at
    workers = clones[first:first + t]
    start, done = workers[0][0], sorted(exits[p] for _, p in workers)
    in_workers = sum(d for p, d in fsyncs if p in {w for _, w in workers})
    return [start - t0, done[0] - start, done[-1] - done[0], end - done[-1], end - t0, in_workers]
print(f"load before: {open('/proc/loadavg').read().strip()}")
for t in threads:
    res = {"old": [], "new": []}
    for r in range(runs):
        for who in (("old", "new") if r % 2 == 0 else ("new", "old")): res[who].append(one(who, t))
    for who, v in res.items():
        m = [statistics.median(x[i] for x in v) * 1000 for i in range(6)]
        print(f"{who} --threads {t}: before the workers {m[0]:.1f} ms, all workers busy {m[1]:.1f}, one worker left "
              f"{m[2]:.1f}, after the workers {m[3]:.1f}; whole {m[4]:.1f} ms; fsync in the workers {m[5]:.1f} ms "
              f"(medians of {runs})")
print(f"load after: {open('/proc/loadavg').read().strip()}")
PY
