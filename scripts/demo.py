#!/usr/bin/env python3
"""demo.py — `make demo`: compile every example with spc, run main(DEFAULT_N) under
CPython (the source, with the __static__ package) and compiled (the extension module),
check that both return the same value, and print the times and the speed-up.

    python3 scripts/demo.py --spc build/spc --pythonpath build/python [-k NAME] [--scale F]
"""
import argparse
import os
import sys

from exlib import EXAMPLES, ROOT, build, examples, python_exe, table, timed_main


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spc", default=os.path.join(ROOT, "build", "spc"))
    ap.add_argument("--pythonpath", default=os.path.join(ROOT, "build", "python"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "examples"))
    ap.add_argument("-k", default="", help="only examples whose name contains this")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply each DEFAULT_N")
    args = ap.parse_args()
    py = python_exe()
    rows, bad = [], 0
    for name, path, n in examples(args.k):
        n = max(1, int(n * args.scale))
        print("%s: building with spc ..." % name, flush=True)
        ok, build_s, msg, so = build(args.spc, path, args.out)
        if not ok or so is None:
            print("  spc build failed: %s" % (msg or "no module written to " + args.out))
            rows.append([name, n, "-", "-", "-", "BUILD FAILED"])
            bad += 1
            continue
        print("  running main(%d) under CPython and compiled ..." % n, flush=True)
        ref, ref_s, ref_err = timed_main(py, EXAMPLES, name, n, args.pythonpath, ".py")
        got, got_s, got_err = timed_main(py, args.out, name, n, args.pythonpath, ".so")
        if ref_err or got_err:
            print("  error: %s" % (ref_err and "cpython: " + ref_err or "compiled: " + got_err))
            rows.append([name, n, "-", "-", "-", "ERROR"])
            bad += 1
            continue
        same = ref == got
        if not same:
            print("  MISMATCH: cpython %s, compiled %s" % (ref, got))
            bad += 1
        rows.append([name, n, "%.3f" % ref_s, "%.3f" % got_s,
                     "%.1fx" % (ref_s / got_s) if got_s > 0 else "-",
                     ("same: " + ref) if same else "MISMATCH"])
    print()
    table(["example", "n", "CPython s", "spc s", "speed-up", "result"], rows)
    if not rows:
        print("no examples found in", EXAMPLES)
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
