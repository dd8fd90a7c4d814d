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


def timed(argv, env=None, timeout=3600):
    t0 = time.perf_counter()
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=timeout)
    return time.perf_counter() - t0, p


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
            best, p = None, None
            for _ in range(max(1, a.repeat)):
                t, p = timed([spc, "check", "--no-config", path])
                best = t if best is None else min(best, t)
            if p.returncode != 0:
                print("spc check failed on %d lines (exit %d):\n%s" % (lines, p.returncode,
                      (p.stdout + p.stderr).decode()[-2000:]))
                failed = True
            mt, mnote = None, ""
            if mypy and n <= a.mypy_max:
                cache = os.path.join(d, "mypy-cache")
                mt, mp = timed(mypy + ["--no-incremental", "--cache-dir", cache, "--follow-imports=silent",
                                       path], env=env)
                if mp.returncode not in (0, 1):
                    mnote = " (mypy exit %d)" % mp.returncode
                elif mp.returncode == 1:
                    mnote = " (mypy reported %d lines)" % mp.stdout.decode().count("\n")
            elif mypy:
                mnote = "(skipped: > --mypy-max)"
            rows.append((lines, best, mt, mnote))
    print()
    print("%10s %10s %14s %10s %10s %8s" % ("lines", "spc s", "spc lines/s", "mypy s", "mypy/spc", "growth"))
    prev = None
    for lines, t, mt, note in rows:
        growth = "%.1fx" % (t / prev[1] / (lines / prev[0]) * 10) if prev else "-"
        print("%10d %10.3f %14.0f %10s %10s %8s %s" % (
            lines, t, lines / t if t > 0 else 0, "%.2f" % mt if mt is not None else "-",
            "%.0fx" % (mt / t) if mt is not None and t > 0 else "-", growth, note))
        prev = (lines, t)
    print("\ngrowth: time ratio to the previous size scaled to a 10x size step "
          "(10.0x = linear)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
