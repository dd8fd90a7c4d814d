#!/usr/bin/env python3
"""bench_check.py — how fast `spc check` is, next to mypy (`make bench-check`).

Generates synthetic well-typed modules (scripts/gen_module.py) of 10k, 100k and 1M lines,
times `spc check` on each (best of --repeat runs), and, where mypy is installed, times
`mypy --no-incremental` on the same file (sizes up to --mypy-max lines: mypy on 1M lines
takes many minutes). Prints seconds, lines/s, the mypy/spc ratio and the growth factor
between sizes (10x the lines should cost ~10x the time: linear).

mypy is looked for as `python3 -m mypy`, then `/usr/bin/python3 -m mypy` (Debian's
package), then `mypy` on PATH; MYPYPATH points at the __static__ runtime package so both
tools see the same program.

usage: bench_check.py [--spc build/spc] [--sizes 10000,100000,1000000] [--repeat 3]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_module  # noqa: E402


class Run:
    """One finished command: wall and CPU (user+sys) seconds, max RSS in MB, output."""
    def __init__(self, wall, cpu, rss_mb, returncode, stdout, stderr):
        self.wall, self.cpu, self.rss_mb = wall, cpu, rss_mb
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def timed(argv, env=None):
    """Runs argv; its own rusage (os.wait4) gives CPU time and max RSS, which a busy
    machine disturbs much less than wall time."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, proc.returncode, out.read(), err.read())


def find_mypy():
    for cand in ([sys.executable, "-m", "mypy"], ["/usr/bin/python3", "-m", "mypy"], ["mypy"]):
        if cand[0] != "mypy" and not os.path.exists(cand[0]):
            continue
        if cand[0] == "mypy" and not shutil.which("mypy"):
            continue
        try:
            p = subprocess.run(cand + ["--version"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        except OSError:
            continue
        if p.returncode == 0:
            return cand, p.stdout.decode().strip()
    return None, None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--spc", default=os.path.join(HERE, "..", "build", "spc"))
    ap.add_argument("--pythonpath", default=os.path.join(HERE, "..", "build", "python"))
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mypy-max", type=int, default=100000, help="largest size given to mypy")
    ap.add_argument("--no-mypy", action="store_true")
    a = ap.parse_args(argv)
    spc = os.path.abspath(a.spc)
    sizes = [int(s) for s in a.sizes.split(",") if s]
    mypy, mypy_version = (None, None) if a.no_mypy else find_mypy()
    print("spc: %s" % spc)
    print("mypy: %s" % (mypy_version or "not installed (python3 -m mypy; apt-get install mypy)"))
    env = dict(os.environ, MYPYPATH=os.path.abspath(a.pythonpath))
    rows, failed = [], False
    with tempfile.TemporaryDirectory(prefix="spc-bench-check-") as d:
        for n in sizes:
            path = os.path.join(d, "mod%d.py" % n)
            text = gen_module.generate(n)
            with open(path, "w") as f:
                f.write(text)
            lines = text.count("\n")
            best = None   # the run with the least wall time
            for _ in range(max(1, a.repeat)):
                r = timed([spc, "check", "--no-config", path])
                if r.returncode != 0:
                    print("spc check failed on %d lines (exit %d):\n%s" % (lines, r.returncode,
                          (r.stdout + r.stderr).decode()[-2000:]))
                    failed = True
                best = r if best is None or r.wall < best.wall else best
            mt, mnote = None, ""
            if mypy and n <= a.mypy_max:
                cache = os.path.join(d, "mypy-cache")
                mr = timed(mypy + ["--no-incremental", "--cache-dir", cache, "--follow-imports=silent",
                                   path], env=env)
                mt = mr.wall
                if mr.returncode not in (0, 1):
                    mnote = " (mypy exit %d)" % mr.returncode
                elif mr.returncode == 1:
                    mnote = " (mypy reported %d lines)" % mr.stdout.decode().count("\n")
            elif mypy:
                mnote = "(skipped: > --mypy-max)"
            rows.append((lines, best, mt, mnote))
    print()
    print("%10s %8s %8s %8s %12s %8s %9s %8s" % ("lines", "spc s", "cpu s", "MB", "spc lines/s", "mypy s",
                                                 "mypy/spc", "growth"))
    prev = None
    for lines, r, mt, note in rows:
        t = r.wall
        growth = "%.1fx" % (t / prev[1] / (lines / prev[0]) * 10) if prev else "-"
        print("%10d %8.3f %8.3f %8.0f %12.0f %8s %9s %8s %s" % (
            lines, t, r.cpu, r.rss_mb, lines / t if t > 0 else 0, "%.2f" % mt if mt is not None else "-",
            "%.0fx" % (mt / t) if mt is not None and t > 0 else "-", growth, note))
        prev = (lines, t)
    print("\nspc s: wall seconds (best of --repeat); cpu s: user+sys of that run (spc parses on "
          "two threads,\nso cpu can exceed wall); MB: its max RSS. growth: wall-time ratio to the "
          "previous size scaled\nto a 10x size step (10.0x = linear). mypy/spc: mypy's wall time "
          "over spc's.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
