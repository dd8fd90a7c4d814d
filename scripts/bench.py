#!/usr/bin/env python3
"""bench.py — `make bench`: build every benchmark variant (benchmarks/NAME_VARIANT.py,
entry run(n)) and every example (examples/*.py, entry main(n)) with spc, then time the
entry under CPython (the source, with the __static__ package) and compiled (the
extension module), interleaved, each run in a fresh process; report medians, the
speed-up, `spc build` time and module size. pypy3 and mypyc columns are added when
those tools work (never required). mypyc comes from this interpreter or else from
/usr/bin/python3 (Debian's mypy); its module runs under the interpreter it was built
for, and its ratio is against that interpreter running the same source in the same
interleaved runs ("mypyc s (speed-up of CPython s)"). A variant that fails to build, fails to run or
returns a different checksum (from CPython, or from the other variants of the same
benchmark) is reported in the table and makes the script exit 1 at the end.

Issue 5 (untyped code): the table also times workloads of pure-Python standard library
modules (STDLIB: the unmodified stdlib source compiled with spc, shadowing the module,
against the interpreter running the stdlib's own .py), and the last lines give the
speed-up of untyped code over CPython: the geometric mean and minimum over the untyped
benchmark variants and over the stdlib workloads.

    python3 scripts/bench.py --spc build/spc --pythonpath build/python [--runs 5]
                             [-k NAME] [--quick] [--scale F] [--no-examples] [--no-stdlib]
"""
import argparse
import glob
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

from exlib import EXAMPLES, ROOT, build, env_with, python_exe, table

BENCHMARKS = os.path.join(ROOT, "benchmarks")
VARIANTS = ["untyped", "annotated", "tuned"]

# Runs in the child: import MOD from DIR, time ENTRY(N), print repr(result), seconds, file.
DRIVER = r"""
import importlib, sys, time
sys.path.insert(0, sys.argv[1])
mod = importlib.import_module(sys.argv[2])
entry = getattr(mod, sys.argv[3])
n = int(sys.argv[4])
t = time.perf_counter()
r = entry(n)
dt = time.perf_counter() - t
print(repr(r)); print(dt); print(mod.__file__)
"""


# Stdlib workloads: (module, n, quick n, source defining work(m, n) -> checksum). The
# harness is interpreted in both runs; the time goes to the module's own code.
STDLIB = [
    ("difflib", 200, 10, """
def work(m, n):
    a = ["line %d %s" % (i, "x" * (i % 7)) for i in range(300)]
    b = [s.replace("3", "4") if i % 5 == 0 else s for i, s in enumerate(a)]
    t = 0
    for k in range(n):
        sm = m.SequenceMatcher(None, a, b[k % 3:])
        t += len(sm.get_opcodes()) + int(sm.ratio() * 1000)
        t += sum(len(x) for x in m.unified_diff(a[:80], b[:80], lineterm=""))
    return t
"""),
    ("textwrap", 100, 10, r"""
def work(m, n):
    words = ["alpha", "be", "gamma-delta", "epsilon", "z", "etaetaeta", "theta,"]
    text = " ".join(words[(i * 7) % len(words)] for i in range(400))
    t = 0
    for k in range(n):
        t += len(m.fill(text, 30 + k % 40))
        t += len(m.shorten(text, 120 + k))
        t += len(m.dedent("    " + text[:200] + "\n      " + text[200:400]))
    return t
"""),
    ("fractions", 400, 20, """
def work(m, n):
    F = m.Fraction
    t = 0
    for k in range(n):
        s = F(0)
        for i in range(1, 60):
            s += F(1, i) - F(i, i + 1) * F(3, 7)
        t += s.numerator % 1000003 + len(str(F(k * 7 + 1, 13).limit_denominator(5)))
    return t
"""),
    ("shlex", 100, 10, r"""
def work(m, n):
    lines = ["cmd --opt='a b c' \"double %d\" plain\\ esc x y z # no" % i for i in range(40)]
    t = 0
    for k in range(n):
        for s in lines:
            t += len(m.split(s))
        t += len(m.join(["a b", "c'd", "e"]))
    return t
"""),
    ("colorsys", 150, 15, """
def work(m, n):
    t = 0.0
    for k in range(n):
        for i in range(200):
            r, g, b = (i % 17) / 16, (i % 11) / 10, (i % 5) / 4
            h, l, s = m.rgb_to_hls(r, g, b)
            t += sum(m.hls_to_rgb(h, l, s)) + sum(m.rgb_to_hsv(r, g, b))
            t += sum(m.hsv_to_rgb(h, s, l)) + sum(m.yiq_to_rgb(*m.rgb_to_yiq(r, g, b)))
    return round(t, 6)
"""),
]

# Runs in the child: import a module (from DIR first unless DIR is "-"), then time
# work(module, n) defined by the workload source.
STDLIB_DRIVER = r"""
import importlib, sys, time
if sys.argv[1] != "-":
    sys.path.insert(0, sys.argv[1])
mod = importlib.import_module(sys.argv[2])
ns = {}
exec(sys.argv[3], ns)
n = int(sys.argv[4])
t = time.perf_counter()
r = ns["work"](mod, n)
dt = time.perf_counter() - t
print(repr(r)); print(dt); print(mod.__file__)
"""


# ---------------------------------------------------------------- what to run

class Case:
    """One row: a module file, its entry point, n, and the group whose results must agree.
    A stdlib case has the workload source instead of an entry point and imports the
    interpreter's own module for the CPython runs (srcdir "-")."""

    def __init__(self, group, label, path, entry, n, work=None):
        self.group, self.label, self.path, self.entry, self.n = group, label, path, entry, n
        self.mod = os.path.splitext(os.path.basename(path))[0]
        self.srcdir = "-" if work else os.path.dirname(path)
        self.work = work


def int_const(text, name):
    m = re.search(r"^%s\b[^=\n]*=\s*(\d+)" % name, text, re.M)
    return int(m.group(1)) if m else None


def collect(args):
    cases = []
    for path in sorted(glob.glob(os.path.join(BENCHMARKS, "*_*.py"))):
        mod = os.path.splitext(os.path.basename(path))[0]
        bench, _, variant = mod.rpartition("_")
        if variant not in VARIANTS or (args.k and args.k not in mod):
            continue
        with open(path) as f:
            text = f.read()
        n = int_const(text, "DEFAULT_N")
        if n is None or not re.search(r"^def run\(", text, re.M):
            continue
        if args.quick:
            n = int_const(text, "QUICK_N") or max(1, n // 10)
        cases.append(Case(bench, variant, path, "run", max(1, int(n * args.scale))))
    order = {v: i for i, v in enumerate(VARIANTS)}
    cases.sort(key=lambda c: (c.group, order[c.label]))
    if not args.no_examples:
        for path in sorted(glob.glob(os.path.join(EXAMPLES, "*.py"))):
            mod = os.path.splitext(os.path.basename(path))[0]
            if args.k and args.k not in mod:
                continue
            with open(path) as f:
                n = int_const(f.read(), "DEFAULT_N")
            if n is None:
                continue
            if args.quick:
                n = max(1, n // 10)
            cases.append(Case("examples/" + mod, "-", path, "main", max(1, int(n * args.scale))))
    if not args.no_stdlib:
        stdlib = sysconfig.get_paths()["stdlib"]
        for name, n, quick_n, work in STDLIB:
            if args.k and args.k not in name:
                continue
            n = quick_n if args.quick else n
            cases.append(Case("stdlib/" + name, "untyped", os.path.join(stdlib, name + ".py"),
                              None, max(1, int(n * args.scale)), work))
    return cases


# ---------------------------------------------------------------- running

def timed(python, moddir, case, pythonpath, want_ext=None, timeout=900):
    """Imports the case's module from MODDIR in a fresh `python`, times ENTRY(n).
    Returns (result repr, seconds, error message or None)."""
    argv = ([python, "-c", STDLIB_DRIVER, moddir, case.mod, case.work, str(case.n)] if case.work
            else [python, "-c", DRIVER, moddir, case.mod, case.entry, str(case.n)])
    try:
        p = subprocess.run(argv,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env_with(pythonpath), timeout=timeout,
                           cwd=moddir if moddir != "-" else None)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, None, str(e)
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, None, (err[-1] if err else "exit code %d" % p.returncode)
    lines = p.stdout.decode("utf-8", "replace").strip().splitlines()
    if len(lines) < 3:
        return None, None, "driver printed %r" % lines
    result, seconds, file = lines[-3], float(lines[-2]), lines[-1]
    if want_ext and not file.endswith(want_ext):
        return None, None, "imported %s, expected a %s module" % (file, want_ext)
    return result, seconds, None


def mypyc_python(py):
    """The interpreter mypyc is installed for: this one, else the system's (Debian's
    mypy runs under /usr/bin/python3, a different 3.11 than a pyenv one); None when
    neither has it. A mypyc module runs only under the interpreter it was built for."""
    for cand in (py, "/usr/bin/python3"):
        try:
            if subprocess.run([cand, "-m", "mypyc", "--help"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=60).returncode == 0:
                return cand
        except (OSError, subprocess.TimeoutExpired):
            pass
    return None


def mypyc_build(py, path, workdir, pythonpath):
    """Compiles a copy of the module with mypyc; returns the directory or None."""
    shutil.copy(path, workdir)
    env = env_with(pythonpath)
    env["MYPYPATH"] = os.path.abspath(pythonpath)
    try:
        p = subprocess.run([py, "-m", "mypyc", "--ignore-missing-imports",
                            os.path.basename(path)], cwd=workdir, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return workdir if p.returncode == 0 else None


def fmt(x, spec="%.3f"):
    return spec % x if x is not None else "n/a"


def bench_case(args, py, case, extra):
    """Builds and times one case. Returns (row, reference result or None, problem or None)."""
    ok, build_s, msg, so = build(args.spc, case.path, args.out)
    ref, ref_err = None, None
    runners = [("cpython", py, case.srcdir, ".py")]
    if ok and so is not None:
        runners.append(("spc", py, args.out, ".so"))
    runners += [r[:4] for r in extra if r[2] is not None]
    times = {r[0]: [] for r in runners}
    results, failed = {}, {}
    for i in range(args.runs):               # interleave: one run of each, repeated
        for label, exe, moddir, ext in runners:
            if label in failed:
                continue
            r, s, err = timed(exe, moddir, case, args.pythonpath, ext)
            if err:
                failed[label] = err
                print("%s/%s: %s run failed: %s" % (case.group, case.label, label, err))
                continue
            results.setdefault(label, set()).add(r)
            times[label].append(s)
        print("%s/%s: run %d/%d done" % (case.group, case.label, i + 1, args.runs), flush=True)
    med = {k: statistics.median(v) if v else None for k, v in times.items()}
    cp = med.get("cpython")
    sp = med.get("spc")
    if ok and so is not None:
        row = [case.group, case.label, str(case.n), fmt(cp), fmt(sp),
               fmt(cp / sp if cp and sp else None, "%.1fx"), "%.2f" % build_s,
               "%.0f" % (os.path.getsize(so) / 1024.0)]
    else:
        first = (msg or "no module written").strip().splitlines()
        print("%s/%s: spc build failed: %s" % (case.group, case.label,
                                               first[0] if first else "?"))
        row = [case.group, case.label, str(case.n), fmt(cp), "BUILD FAILED", "-",
               "%.2f" % build_s, "-"]
    for label, _, _, _, base in extra:   # base: the CPython run it is compared with
        m, b = med.get(label), med.get(base)
        if label == base:
            continue
        if label not in times:
            row.append("build failed")
        elif label in failed:
            row.append("failed")
        elif base != "cpython":
            row.append("%s (%s of %s)" % (fmt(m), fmt(b / m if m and b else None, "%.1fx"), fmt(b)))
        else:
            row.append("%s (%s)" % (fmt(m), fmt(b / m if m and b else None, "%.1fx")))
    problem = None
    if "cpython" in failed:
        problem = "cpython failed"
    elif len(results.get("cpython", ())) == 1:
        ref = next(iter(results["cpython"]))
    if not ok or so is None:
        problem = problem or "build failed"
    elif "spc" in failed:
        problem = problem or "spc run failed"
    for label, vals in results.items():
        if ref is not None and vals != {ref} and label in ("cpython", "spc"):
            problem = problem or "result differs (%s: %s)" % (label, ", ".join(sorted(vals)))
    for label, vals in results.items():
        if ref is not None and vals != {ref} and label not in ("cpython", "spc"):
            print("%s/%s: %s gives a different result %s" % (case.group, case.label, label,
                                                              sorted(vals)))
    return row, ref, problem


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spc", default=os.path.join(ROOT, "build", "spc"))
    ap.add_argument("--pythonpath", default=os.path.join(ROOT, "build", "python"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--runs", type=int, default=5, help="timed runs per implementation (>=5)")
    ap.add_argument("-k", default="", help="only modules whose name contains this")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply each n")
    ap.add_argument("--quick", action="store_true",
                    help="smoke test: 1 run each, QUICK_N (examples: DEFAULT_N/10)")
    ap.add_argument("--no-examples", action="store_true", help="only benchmarks/")
    ap.add_argument("--no-extra", action="store_true", help="skip pypy3 and mypyc")
    ap.add_argument("--no-stdlib", action="store_true", help="skip the stdlib workloads")
    args = ap.parse_args()
    if args.quick:
        args.runs = 1
    args.spc = os.path.abspath(args.spc)
    args.out = os.path.abspath(args.out)
    py = python_exe()
    pypy = None if args.no_extra else shutil.which("pypy3")
    mpy = None if args.no_extra else mypyc_python(py)
    use_mypyc = mpy is not None
    header = ["benchmark", "variant", "n", "CPython s", "spc s", "speed-up", "build s", ".so KB"]
    if pypy:
        header.append("pypy3 s (vs CPython)")
    if use_mypyc:
        header.append("mypyc s (vs CPython)" if os.path.realpath(mpy) == os.path.realpath(py)
                      else "mypyc s (vs %s's CPython s)" % mpy)
    header.append("result")
    cases = collect(args)
    rows, bad = [], 0
    group_ref = {}
    speedups = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="spc-bench-") as tmp:
        for case in cases:
            extra = []
            if pypy and not case.work:
                extra.append(("pypy3", pypy, case.srcdir, ".py", "cpython"))
            if use_mypyc and not case.work:
                base = "cpython"
                if os.path.realpath(mpy) != os.path.realpath(py):   # its own baseline, same run
                    base = "cpython-mypyc"
                    extra.append((base, mpy, case.srcdir, ".py", base))
                d = mypyc_build(mpy, case.path, tempfile.mkdtemp(dir=tmp), args.pythonpath)
                if d:
                    extra.append(("mypyc", mpy, d, ".so", base))
                else:   # not run; the column says so
                    extra.append(("mypyc", mpy, None, None, base))
            row, ref, problem = bench_case(args, py, case, extra)
            if case.work:   # no pypy3 / mypyc columns for the stdlib's own modules
                row += ["-"] * (len(header) - 1 - len(row))
            speedups.append((case, problem, row[3], row[4]))
            if ref is not None and not case.group.startswith("examples/"):
                want = group_ref.setdefault(case.group, (case.label, ref))
                if want[1] != ref:
                    problem = problem or "checksum %s differs from %s's %s" % (ref, want[0],
                                                                              want[1])
            if problem:
                bad += 1
                row.append("FAIL: " + problem)
            else:
                row.append("ok: " + (ref if len(ref) <= 24 else ref[:21] + "..."))
            rows.append(row)
    print()
    print("median of %d run(s) each; entry timed in-process; interleaved; %.0f s total"
          % (args.runs, time.perf_counter() - t0))
    if rows:
        table(header, rows)
    else:
        print("no benchmarks found")
        return 1
    untyped_summary(speedups)
    if bad:
        print("%d row(s) failed" % bad)
    return 1 if bad else 0


def untyped_summary(speedups):
    """Issue 5's ratio: compiled untyped code against CPython running it."""
    for title, pick in (("untyped benchmarks", lambda c: not c.work and c.label == "untyped"),
                        ("stdlib workloads", lambda c: bool(c.work))):
        xs = [float(cp) / float(sp) for c, problem, cp, sp in speedups
              if pick(c) and not problem and re.match(r"[0-9.]+$", cp + sp) and float(sp) > 0]
        if xs:
            gm = math.exp(sum(math.log(x) for x in xs) / len(xs))
            print("untyped code vs CPython, %s: geometric mean %.2fx, min %.2fx (%d)"
                  % (title, gm, min(xs), len(xs)))


if __name__ == "__main__":
    sys.exit(main())
