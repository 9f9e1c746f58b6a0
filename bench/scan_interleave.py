"""Interleaved CPU and wall times of whole commands (issue 16, scan rounds 17-18).

    /usr/bin/python3 bench/scan_interleave.py ROUNDS "CMD1" "CMD2" ...
    e.g. /usr/bin/python3 bench/scan_interleave.py 21 \
        "/work/notes/lanjie-f721ab5 scan --count -q --threads 1 -d L.ljdb corpus.txt" \
        "build/tools/lanjie scan --count -q --threads 1 -d L.ljdb corpus.txt"

A warm-up round, then ROUNDS rounds running every command once in the order
given (so that a change of the machine's load meets every command alike),
standard output to /dev/null. Per command: the median, quartiles and minimum
of the child's CPU time (user + system, from wait4) and its median wall time,
and MB per CPU-second of the 67 MB poetry corpus (MB, default 66.94, sets
another input size). On a loaded machine the CPU medians of one run are the
figures to compare; the wall times move with the load.
"""
import os
import shlex
import statistics
import sys
import time


def run(argv):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: hits found
        sys.exit("scan_interleave.py: %s exited with %d" % (argv[0], os.waitstatus_to_exitcode(status)))
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    commands = [shlex.split(c) for c in sys.argv[2:]]
    mb = float(os.environ.get("MB", "66.94"))
    times = [[] for _ in commands]
    for r in range(rounds + 1):
        for k, argv in enumerate(commands):
            t = run(argv)
            if r > 0:
                times[k].append(t)
    for k, argv in enumerate(commands):
        cpu = sorted(t[1] for t in times[k])
        wall = sorted(t[0] for t in times[k])
        q = lambda v, f: v[int(f * (len(v) - 1))]
        print("%s\n  CPU ms median %.1f (q1-q3 %.1f-%.1f, min %.1f), wall ms median %.1f, %.0f MB per CPU-s"
              % (" ".join(argv), 1e3 * statistics.median(cpu), 1e3 * q(cpu, .25), 1e3 * q(cpu, .75), 1e3 * cpu[0],
                 1e3 * statistics.median(wall), mb / statistics.median(cpu)))


if __name__ == "__main__":
    main()
