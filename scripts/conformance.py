#!/usr/bin/env python3
"""conformance.py — run an external Static Python conformance suite through spc.

The suite (brownplt/insta-model's conformance_suite/, derived from CinderX's tests) is a
directory of small modules whose leading comments state the expectation:

    # NAME.py
    # This should pass.        `spc check` must accept the module
    # This should fail.        `spc check` must reject it (a compile-time type error)
    # This should terminate.   (after "pass") `spc run` must exit 0
    # This should error.       (after "pass") `spc run` must raise an uncaught exception
                               (a Python traceback, exit 1) — never die by a signal

The modules are written for CinderX's static compiler, which compiles them as Static Python
without a marker, so each is copied with `import __static__` added after its leading
comments, docstring and `from __future__` imports (replacing a blank line there when one
exists, so line numbers stay those of the original).

usage: scripts/conformance.py DIR [--spc build/spc] [-k SUBSTRING] [-v] [-j N]
Prints one line per mismatch, then a per-category table. Exit 1 when anything mismatched.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = ["pass", "fail", "terminate", "error"]
TIMEOUT = 120


def expectation(lines):
    """The category a file's header comments ask for, or None when it has none."""
    kinds = set()
    for line in lines[:6]:
        m = re.match(r"#\s*This should (pass|fail|terminate|error)\.", line)
        if m:
            kinds.add(m.group(1))
    for kind in ("error", "terminate", "fail", "pass"):   # a run expectation implies "pass"
        if kind in kinds:
            return kind
    return None


def prologue_end(lines):
    """Index of the first line after the comments, docstring and __future__ imports."""
    i, n = 0, len(lines)
    while i < n:
        s = lines[i].strip()
        if s == "" or s.startswith("#"):
            i += 1
        elif s.startswith(('"""', "'''")):
            quote = s[:3]
            if s.count(quote) >= 2 and len(s) > 3:
                i += 1
            else:
                i += 1
                while i < n and quote not in lines[i]:
                    i += 1
                i += 1
        elif s.startswith("from __future__"):
            i += 1
        else:
            break
    return min(i, n)


def with_marker(lines):
    """The module's lines with `import __static__` added (see the module docstring)."""
    end = prologue_end(lines)
    for j in range(end - 1, -1, -1):          # reuse a blank line of the prologue...
        if lines[j].strip() == "":
            if not any(l.lstrip().startswith(("from __future__", '"""', "'''"))
                       for l in lines[j + 1:end]):
                return lines[:j] + ["import __static__\n"] + lines[j + 1:]
            break
    return lines[:end] + ["import __static__\n"] + lines[end:]   # ...or insert one


def run(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", ""


def outcome(spc, path, kind):
    """(observed category, detail) for one prepared file."""
    rc, out = run([spc, "check", path])
    if rc not in (0, 1):
        return "crash", f"spc check exited {rc}: {out.strip()[-300:]}"
    if rc == 1:
        return "fail", out.strip()
    if kind in ("pass", "fail"):
        return "pass", ""
    rc, out = run([spc, "run", path])
    if rc == 0:
        return "terminate", ""
    if rc == 1 and "Traceback" in out:
        return "error", out.strip().splitlines()[-1]
    return "crash", f"spc run exited {rc}: {out.strip()[-300:]}"


def check_one(spc, src, tmpdir):
    with open(src, encoding="utf-8") as f:
        lines = f.readlines()
    kind = expectation(lines)
    if kind is None:
        return os.path.basename(src), None, None, ""
    name = os.path.basename(src)
    # a valid module name for `spc run` (suite names contain '-')
    path = os.path.join(tmpdir, re.sub(r"\W", "_", name[:-3]) + ".py")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(with_marker(lines))
    got, detail = outcome(spc, path, kind)
    return name, kind, got, detail


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--spc", default=os.path.join(HERE, "..", "build", "spc"))
    ap.add_argument("-k", default="", help="only files whose name contains this")
    ap.add_argument("-v", action="store_true", help="show the details of mismatches")
    ap.add_argument("-j", type=int, default=2)
    args = ap.parse_args()
    files = sorted(os.path.join(args.dir, f) for f in os.listdir(args.dir)
                   if f.endswith(".py") and args.k in f)
    counts = {c: [0, 0] for c in CATEGORIES}        # category -> [matched, total]
    mismatches, skipped = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        with concurrent.futures.ThreadPoolExecutor(args.j) as ex:
            for name, kind, got, detail in ex.map(lambda s: check_one(args.spc, s, tmp), files):
                if kind is None:
                    skipped += 1
                    continue
                counts[kind][1] += 1
                ok = got == kind or (kind == "pass" and got == "pass")
                if ok:
                    counts[kind][0] += 1
                else:
                    mismatches.append((name, kind, got, detail))
    for name, kind, got, detail in mismatches:
        print(f"MISMATCH {name}: expected {kind}, got {got}")
        if args.v and detail:
            for line in detail.splitlines()[:6]:
                print("    " + line)
    print()
    print(f"{'category':<10} {'matched':>8} {'total':>6}")
    for c in CATEGORIES:
        print(f"{c:<10} {counts[c][0]:>8} {counts[c][1]:>6}")
    total = sum(t for _, t in counts.values())
    ok = sum(m for m, _ in counts.values())
    print(f"{'all':<10} {ok:>8} {total:>6}" + (f"   ({skipped} without expectation)" if skipped else ""))
    crashes = sum(1 for m in mismatches if m[2] == "crash")
    if crashes:
        print(f"{crashes} crash(es)")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
