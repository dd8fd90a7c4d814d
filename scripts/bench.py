#!/usr/bin/env python3
"""bench.py — `make bench`: for each example, record `spc build` wall time and the size
of the module, then time main(DEFAULT_N) under CPython and compiled, interleaved, each in
a fresh process, and report medians and ratios. pypy3 and mypyc columns are added when
those tools are installed (never required). Results must be equal across all runs.

    python3 scripts/bench.py --spc build/spc --pythonpath build/python [--runs 5] [-k NAME]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

from exlib import EXAMPLES, ROOT, build, examples, python_exe, table, timed_main


def have_mypyc(py):
    try:
        return subprocess.run([py, "-m", "mypyc", "--help"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def mypyc_build(py, path, workdir):
    """Compiles a copy of the example with mypyc; returns the directory or None."""
    shutil.copy(path, workdir)
    try:
        p = subprocess.run([py, "-m", "mypyc", os.path.basename(path)], cwd=workdir,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return workdir if p.returncode == 0 else None


def fmt(x, spec="%.3f"):
    return spec % x if x is not None else "n/a"


def bench_one(args, py, name, path, n, extra):
    """One table row (a list of strings) and whether all results agreed."""
    ok, build_s, msg, so = build(args.spc, path, args.out)
    if not ok or so is None:
        print("%s: spc build failed: %s" % (name, msg))
        return [name, str(n), "FAILED", "-", "-", "-", "-"] + ["-"] * len(extra), False
    size_kb = os.path.getsize(so) / 1024.0
    runners = [("cpython", py, EXAMPLES, ".py"), ("spc", py, args.out, ".so")] + extra
    times = {r[0]: [] for r in runners}
    results, failed = set(), set()
    for i in range(args.runs):               # interleave: one run of each, repeated
        for label, exe, moddir, ext in runners:
            if label in failed:
                continue
            r, s, err = timed_main(exe, moddir, name, n, args.pythonpath, ext)
            if err:
                print("%s: %s run failed: %s" % (name, label, err))
                failed.add(label)
                continue
            results.add((label, r))
            times[label].append(s)
        print("%s: run %d/%d done" % (name, i + 1, args.runs), flush=True)
    values = {r for _, r in results}
    agree = len(values) <= 1 and "cpython" not in failed and "spc" not in failed
    med = {k: statistics.median(v) if v else None for k, v in times.items()}
    ratio = (med["cpython"] / med["spc"]) if med["cpython"] and med["spc"] else None
    row = [name, str(n), "%.2f" % build_s, "%.0f" % size_kb, fmt(med["cpython"]),
           fmt(med["spc"]), fmt(ratio, "%.1fx")]
    for label, *_ in extra:
        m = med[label]
        row.append("%s (%s)" % (fmt(m), fmt(med["cpython"] / m if m and med["cpython"] else None,
                                            "%.1fx")))
    if failed:
        verdict = "FAILED: " + ",".join(sorted(failed))
    elif len(values) > 1:
        verdict = "DIFFER"
        print("%s: RESULTS DIFFER: %s" % (name, sorted(results)))
    else:
        verdict = "same: " + next(iter(values))
    return row + [verdict], agree


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spc", default=os.path.join(ROOT, "build", "spc"))
    ap.add_argument("--pythonpath", default=os.path.join(ROOT, "build", "python"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--runs", type=int, default=5, help="timed runs per implementation (>=5)")
    ap.add_argument("-k", default="", help="only examples whose name contains this")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply each DEFAULT_N")
    args = ap.parse_args()
    py = python_exe()
    pypy = shutil.which("pypy3")
    use_mypyc = have_mypyc(py)
    header = ["example", "n", "build s", ".so KB", "CPython s", "spc s", "speed-up"]
    if pypy:
        header.append("pypy3 s (vs CPython)")
    if use_mypyc:
        header.append("mypyc s (vs CPython)")
    header.append("results")
    rows, all_ok = [], True
    with tempfile.TemporaryDirectory(prefix="spc-bench-") as tmp:
        for name, path, n in examples(args.k):
            n = max(1, int(n * args.scale))
            extra = []
            if pypy:
                extra.append(("pypy3", pypy, EXAMPLES, ".py"))
            if use_mypyc:
                d = mypyc_build(py, path, tempfile.mkdtemp(dir=tmp))
                extra.append(("mypyc", py, d or EXAMPLES, ".so" if d else "MYPYC-FAILED"))
            row, ok = bench_one(args, py, name, path, n, extra)
            rows.append(row)
            all_ok = all_ok and ok
    print()
    print("median of %d runs each, main(n) timed in-process, interleaved" % args.runs)
    table(header, rows)
    return 0 if all_ok and rows else 1


if __name__ == "__main__":
    sys.exit(main())
