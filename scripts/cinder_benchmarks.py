#!/usr/bin/env python3
"""cinder_benchmarks.py — Cinder's own Static Python benchmarks, built by spc, beside CPython.

Cinder's repository (facebookincubator/cinder, Tools/benchmarks/) holds Static Python
versions of the classic benchmarks written by the dialect's authors: *_static_lib.py
(primitives, CheckedList, @inline) and *_static_basic_lib.py (ordinary annotations). They
are not ours to commit: fetch them into DIR (the search tool's read_file, as for
cinderx_suite.py) and run this. Each known file is built with `spc build`, its entry is run
in the compiled module and in the source under CPython (PYTHONPATH=build/python), the
printed results must be identical, and the median time of --runs runs of each is shown.
A file that spc refuses is reported with its first diagnostic (the reference refuses some
of the older files too: Array slices, @inline on a multi-statement function).

usage: scripts/cinder_benchmarks.py DIR [--spc build/spc] [--runs 3] [-k SUBSTRING]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# file stem -> statement computing `result` (printed) from module `m`
ENTRIES = {
    "richards_static_lib": "result = m.Richards().run(10)",
    "richards_static_basic_lib": "result = m.Richards().run(10)",
    "fannkuch_static_lib": "result = m.fannkuch(9)",
    "fannkuch_static_basic_lib": "result = m.fannkuch(9)",
    "fannkuch_static_basic2_lib": "result = m.fannkuch(9)",
    "nbody_static_lib": "m.bench_nbody(1, 'sun', 20000); result = m.report_energy(m.SYSTEM, m.PAIRS)",
    "nbody_static_basic_lib": "m.bench_nbody(1, 'sun', 20000); result = m.report_energy(m.SYSTEM, m.PAIRS)",
    "deltablue_static_lib": "[m.delta_blue(100) for _ in range(20)]; result = m.get_planner().current_mark",
    "deltablue_static_basic_lib": "[m.delta_blue(100) for _ in range(20)]; result = m.get_planner().current_mark",
    "deltablue_static_basic2_lib": "[m.delta_blue(100) for _ in range(20)]; result = m.get_planner().current_mark",
    "nqueens_static_lib": "result = len(m.bench_n_queens(8))",
    "nqueens_static_basic_lib": "result = len(m.bench_n_queens(8))",
    "pystone_static_basic_lib": "m.run(); result = (m.IntGlob, m.BoolGlob, m.Char2Glob, m.Array2Glob[8][7])",
}

DRIVER = """import importlib, sys, time
sys.path.insert(0, sys.argv[1])
m = importlib.import_module(sys.argv[2])
t = time.perf_counter()
{entry}
print(repr(result), time.perf_counter() - t, m.__file__.endswith('.so'))
"""


def run(py, where, stem, env):
    driver = DRIVER.format(entry=ENTRIES[stem])
    p = subprocess.run([py, "-c", driver, where, stem], capture_output=True, text=True, env=env, timeout=600)
    if p.returncode != 0:
        return None, None, (p.stderr.strip().splitlines() or ["exit %d" % p.returncode])[-1]
    result, secs, compiled = p.stdout.strip().rsplit(" ", 2)
    return result, float(secs), compiled == "True"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--spc", default=os.path.join(ROOT, "build", "spc"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("-k", default="")
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "build", "python"))
    py = sys.executable
    rows, bad = [], 0
    for stem in sorted(ENTRIES):
        src = os.path.join(args.dir, stem + ".py")
        if not os.path.exists(src) or args.k not in stem:
            continue
        with tempfile.TemporaryDirectory() as so_dir, tempfile.TemporaryDirectory() as py_dir:
            shutil.copy(src, py_dir)
            b = subprocess.run([args.spc, "build", src, "-o", so_dir], capture_output=True, text=True)
            if b.returncode != 0:
                rows.append((stem, "refused: " + (b.stderr.strip().splitlines() or ["?"])[0]))
                continue
            cpy, spc = [], []
            for _ in range(args.runs):   # interleaved, so load changes hit both alike
                cpy.append(run(py, py_dir, stem, env))
                spc.append(run(py, so_dir, stem, env))
            (cr, _, cerr), (sr, _, serr) = cpy[0], spc[0]
            if cr is None or sr is None or cr != sr or not spc[0][2]:
                bad += 1
                rows.append((stem, "DIFFERS: CPython %s | spc %s" % (cr or cerr, sr or serr)))
                continue
            ct = sorted(t for _, t, _ in cpy)[len(cpy) // 2]
            st = sorted(t for _, t, _ in spc)[len(spc) // 2]
            rows.append((stem, "same result %s  CPython %.3f s  spc %.3f s  %.1fx" % (cr, ct, st, ct / st)))
    for stem, what in rows:
        print("%-30s %s" % (stem, what))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
