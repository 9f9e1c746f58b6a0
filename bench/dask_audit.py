"""Driver of bench/dask-audit.sh: the corpus audit on Dask against the CLI, interleaved.

  PYTHONPATH=build/python /usr/bin/python3 bench/dask_audit.py report ROUNDS.json [REF_AUDIT.json]
  PYTHONPATH=build/python /usr/bin/python3 bench/dask_audit.py \
      --runs R --list L.ljdb --shard-bytes B [--fraction F] [--cli LANJIE --out-dir D] \
      [--workers 2,1] [--check AUDIT.json] [--no-warmup] INPUT...

Starts one LocalCluster per worker count in --workers (processes, one thread
each, loopback) and keeps them all up: an idle cluster costs nothing but its
heartbeats. What is timed is what a user with a running cluster waits for:
the call of lanjie.corpus.audit (plan task, shard tasks, merge tasks, the
input hashes, audit.json rendered on the client), the workers already
started. The cluster's start is reported apart (startup_s), and so is the
first audit on each fresh cluster (first_s: each worker loads the list on its
first shard), which is the warm-up and not in the medians.

With --cli, `LANJIE corpus audit --threads T` (T = each worker count) runs
in the same rounds: every round runs each case once (CLI and Dask for every
worker count), in an order that rotates from round to round, so that a
minute of a busier host falls on all cases alike. Per case: the median, the
min and max, and the load average (1 min) before each round. The ratio
Dask 2 workers / CLI 2 threads is given both as the ratio of the medians and
as the median of the per-round ratios (both runs of a pair a few seconds
apart).

Prints one JSON object; with --check, each worker count's audit.json is
compared (timestamp aside) with the given file, e.g. the CLI's. Every
worker's peak RSS (getrusage ru_maxrss of the worker process, the Python
interpreter and distributed included) and its RSS before any audit.
"""
import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
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


def load1():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def stats(times):
    return {"times_s": [round(t, 3) for t in times], "median_s": round(statistics.median(times), 3),
            "min_s": round(min(times), 3), "max_s": round(max(times), 3)}


NAMES = {"cli2": "lanjie corpus audit --threads 2", "cli1": "lanjie corpus audit --threads 1",
         "dask2": "lanjie.corpus.audit, LocalCluster 2 workers", "dask1": "lanjie.corpus.audit, LocalCluster 1 worker"}


def report(rounds_json, ref_audit_json):
    """`dask_audit.py report ROUNDS.json REF_AUDIT.json`: the rounds' JSON as the table dask-audit.sh prints."""
    with open(rounds_json) as f:
        r = json.load(f)
    mb = r["bytes"] / 1e6
    c = r["cases"]
    print("load (1 min) before each round: %s; before %.2f, after %.2f" % (
        " ".join("%.2f" % x for x in r["load_rounds"]), r["load_before"], r["load_after"]))
    print()
    print("%-46s %8s %9s   %s" % ("case, median of %d interleaved rounds" % len(c["dask2"]["times_s"]), "s", "MB/s",
                                 "min-max s (spread around the median)"))
    for k in ("cli2", "cli1", "dask2", "dask1"):
        if k not in c:
            continue
        m = c[k]["median_s"]
        print("%-46s %8.3f %9.1f   %.3f-%.3f (%+.0f%% / %+.0f%%)" % (
            NAMES[k], m, mb / m, c[k]["min_s"], c[k]["max_s"], 100 * (c[k]["min_s"] / m - 1),
            100 * (c[k]["max_s"] / m - 1)))
    if "dask2_vs_cli2_of_medians" in r:
        print("Dask 2 workers / CLI --threads 2: %.0f%% of the medians; per round %s, median of the rounds %.0f%% "
              "(target >= 85%%)" % (100 * r["dask2_vs_cli2_of_medians"],
                                    " ".join("%.0f%%" % (100 * x) for x in r["dask2_vs_cli2_per_round"]),
                                    100 * r["dask2_vs_cli2_median_of_rounds"]))
    if all(k in c for k in ("cli1", "cli2", "dask1", "dask2")):
        print("Dask 2 workers / 1 worker: %.2fx; CLI 2 / 1 threads: %.2fx" % (
            c["dask1"]["median_s"] / c["dask2"]["median_s"], c["cli1"]["median_s"] / c["cli2"]["median_s"]))
    print("Dask runs (s): %s" % "; ".join("%s %s" % (k, " ".join(map(str, c[k]["times_s"])))
                                          for k in ("dask2", "dask1") if k in c))
    print("not timed: cluster start %s s (workers: s); first audit on each fresh cluster, every worker loading the "
          "list: %s s" % (r["startup_s"], r.get("first_s")))
    print("peak RSS per worker on %.1f MB (MB, whole process: Python + distributed + list + shard): %s; idle worker "
          "before the audit %s" % (mb, r["peak_rss_mb"], r["idle_rss_mb"]))
    if ref_audit_json:
        print("audit.json identical to the CLI's (timestamp aside), per worker count: %s; the CLI's own runs "
              "identical to Dask's: %s" % (r.get("same_as_check"), r.get("cli_same_as_dask2")))


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "report":
        report(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", default="2,1", help="comma list of worker counts (one cluster each)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--list", required=True)
    ap.add_argument("--shard-bytes", type=int, default=64 << 20)
    ap.add_argument("--fraction", type=float, default=1.0)
    ap.add_argument("--cli", help="lanjie binary: also time `corpus audit --threads N` in the same rounds")
    ap.add_argument("--out-dir", help="where the CLI writes (one folder per thread count)")
    ap.add_argument("--check")
    ap.add_argument("--no-warmup", action="store_true")
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()
    counts = [int(w) for w in a.workers.split(",")]
    size = sum(os.path.getsize(p) for p in a.inputs)
    clusters, clients, startup, idle = {}, {}, {}, {}
    result = {"bytes": size, "load_before": load1()}
    try:
        for n in counts:
            t0 = time.perf_counter()
            clusters[n] = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                                   host="127.0.0.1", scheduler_port=0, dashboard_address=None,
                                                   worker_dashboard_address=None)
            clients[n] = distributed.Client(clusters[n], set_as_default=False)
            startup[n] = time.perf_counter() - t0
            idle[n] = clients[n].run(rss_now_kb)
        serial = [0]

        def dask_run(n):
            # Keys are pure: each run gets its own shard size (same result,
            # other keys), so no run can reuse a result a scheduler still holds.
            serial[0] += 1
            t = time.perf_counter()
            out = lanjie.corpus.audit(clients[n], a.list, a.inputs, fraction=a.fraction,
                                      shard_bytes=a.shard_bytes + serial[0], generated_at="run %d" % serial[0])
            return time.perf_counter() - t, out

        def cli_run(n):
            out = os.path.join(a.out_dir, "cli%d" % n)
            cmd = [a.cli, "corpus", "audit", "-d", a.list, "--fraction", repr(a.fraction), "--shard-size",
                   str(a.shard_bytes), "--threads", str(n), "--out", out] + a.inputs
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            return time.perf_counter() - t, None

        cases = []
        for n in counts:
            if a.cli:
                cases.append(("cli%d" % n, lambda n=n: cli_run(n)))
            cases.append(("dask%d" % n, lambda n=n: dask_run(n)))
        outs = {}
        first = {}
        if not a.no_warmup:
            for name, run in cases:  # the first audit of each fresh cluster: every worker loads the list
                first[name], outs[name] = run()
        times = {name: [] for name, _ in cases}
        loads = []
        for r in range(a.runs):
            loads.append(load1())
            k = r % len(cases)
            order = cases[k:] + cases[:k]
            if r % 2:
                order.reverse()
            for name, run in order:
                t, out = run()
                times[name].append(t)
                if out is not None:
                    outs[name] = out
        result["load_rounds"] = loads
        result["load_after"] = load1()
        result["startup_s"] = {str(n): round(startup[n], 2) for n in counts}
        result["first_s"] = {k: round(v, 3) for k, v in first.items()}
        result["cases"] = {name: stats(ts) for name, ts in times.items()}
        if a.cli and 2 in counts:
            c, d = times["cli2"], times["dask2"]
            result["dask2_vs_cli2_of_medians"] = round(statistics.median(c) / statistics.median(d), 3)
            result["dask2_vs_cli2_per_round"] = [round(x / y, 3) for x, y in zip(c, d)]
            result["dask2_vs_cli2_median_of_rounds"] = round(
                statistics.median(x / y for x, y in zip(c, d)), 3)
        result["idle_rss_mb"] = {str(n): sorted(round(v / 1024, 1) for v in idle[n].values()) for n in counts}
        result["peak_rss_mb"] = {str(n): sorted(round(v / 1024, 1) for v in clients[n].run(peak_kb).values())
                                 for n in counts}
        if a.check:
            with open(a.check, encoding="utf-8") as f:
                want = normalized(f.read())
            result["same_as_check"] = {str(n): normalized(outs["dask%d" % n]) == want for n in counts}
        if a.cli:
            for n in counts:
                cli_json = os.path.join(a.out_dir, "cli%d" % n, "audit.json")
                with open(cli_json, encoding="utf-8") as f:
                    result.setdefault("cli_same_as_dask2", {})[str(n)] = (
                        normalized(f.read()) == normalized(outs["dask%d" % counts[0]]))
        print(json.dumps(result))
    finally:
        for n in counts:
            if n in clients:
                clients[n].close()
            if n in clusters:
                clusters[n].close()
        if a.cli and a.out_dir:
            for n in counts:
                shutil.rmtree(os.path.join(a.out_dir, "cli%d" % n), ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
