"""Driver of bench/dask-audit.sh: the corpus audit on a LocalCluster, timed.

  PYTHONPATH=build/python /usr/bin/python3 bench/dask_audit.py \
      --workers N --runs R --list L.ljdb --shard-bytes B [--fraction F] [--check AUDIT.json] INPUT...

Starts a LocalCluster of N worker processes (one thread each, loopback),
loads the list in every worker (not timed), then R
timed audits, and prints one JSON line: the wall times, their median, the
input bytes and every worker's peak RSS (getrusage ru_maxrss of the worker
process, which includes the Python interpreter and distributed itself) and
the idle RSS of a worker before any audit. With --check, the audit.json is
compared (timestamp aside) with the given file, e.g. the CLI's.
"""
import argparse
import json
import os
import re
import resource
import statistics
import sys
import time

import distributed

import lanjie.corpus


def rss_now_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def peak_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def normalized(text):
    return re.sub(r'"generated_at"\s*:\s*"[^"]*"', '"generated_at": ""', text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--list", required=True)
    ap.add_argument("--shard-bytes", type=int, default=64 << 20)
    ap.add_argument("--fraction", type=float, default=1.0)
    ap.add_argument("--check")
    ap.add_argument("--no-warmup", action="store_true")
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()
    size = sum(os.path.getsize(p) for p in a.inputs)
    t0 = time.perf_counter()
    cluster = distributed.LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       scheduler_port=0, dashboard_address=None, worker_dashboard_address=None)
    client = distributed.Client(cluster)
    startup = time.perf_counter() - t0
    try:
        idle = client.run(rss_now_kb)
        if not a.no_warmup:
            # Loads the list in each worker process (not timed), as the
            # first shard of a worker would.
            path = os.path.abspath(a.list)
            client.run(lambda: lanjie.corpus._load_artifact(("path", path)) and None)
        times = []
        out = None
        for i in range(a.runs):
            t = time.perf_counter()
            # Keys are pure: each run gets its own shard size (same result,
            # other keys), so no run can reuse a result the scheduler still holds.
            out = lanjie.corpus.audit(client, a.list, a.inputs, fraction=a.fraction, shard_bytes=a.shard_bytes + i,
                                      generated_at="run %d" % i)
            times.append(time.perf_counter() - t)
        peaks = client.run(peak_kb)
        same = None
        if a.check:
            with open(a.check, encoding="utf-8") as f:
                same = normalized(f.read()) == normalized(out)
        med = statistics.median(times)
        print(json.dumps({
            "workers": a.workers, "bytes": size, "times_s": [round(t, 3) for t in times],
            "median_s": round(med, 3), "mb_per_s": round(size / 1e6 / med, 2),
            "startup_s": round(startup, 2),
            "idle_rss_mb": sorted(round(v / 1024, 1) for v in idle.values()),
            "peak_rss_mb": sorted(round(v / 1024, 1) for v in peaks.values()),
            "same_as_check": same,
        }))
    finally:
        client.close()
        cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
