#!/usr/bin/env python3
"""test_stdlib.py — `make test-stdlib`: compile unmodified pure-Python modules of CPython's
standard library with spc and run CPython's own unit tests for them (test.test_NAME, the
interpreter's `test` package) against the compiled modules, which shadow the stdlib ones.

    python3 scripts/test_stdlib.py [--spc build/spc] [--pythonpath build/python]
                                   [--quick] [-k NAME] [--blockers] [-v]

For each module: the stdlib source is copied into a temporary directory and built with
`spc build`; a fresh interpreter puts that directory first on sys.path, checks that
`import NAME` gives the compiled module (its __file__ ends in .so), loads the unittest suite
of test.test_NAME and runs it. One table row per module: build (ok, or the first compile
diagnostic), tests run, passed, failed, errors, skipped.

MODULES records each module's expected state ("pass": builds and every test passes;
"fail": does not yet). Exit status: 1 when a module expected to pass did not, or (without
--quick) when any listed module fails; --quick runs only the fast modules expected to pass
(that subset is part of `make test`). --blockers lists every construct spc rejects in each
module that does not compile (found by compiling scratch copies with the offending
definitions replaced by `NAME = None` until the rest compiles).
"""
import argparse
import ast
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from exlib import table  # noqa: E402

# (module, unittest module in the `test` package, expected state, part of --quick)
MODULES = [
    ("colorsys", "test_colorsys", "pass", True),
    ("keyword", "test_keyword", "pass", True),
    ("base64", "test_base64", "pass", True),
    ("quopri", "test_quopri", "pass", True),
    ("uu", "test_uu", "pass", True),
    ("html", "test_html", "pass", True),
    ("stringprep", "test_stringprep", "pass", True),
    ("linecache", "test_linecache", "pass", False),
    ("sched", "test_sched", "pass", False),
    ("filecmp", "test_filecmp", "pass", False),
    ("imghdr", "test_imghdr", "pass", False),
    ("sndhdr", "test_sndhdr", "pass", False),
    ("secrets", "test_secrets", "pass", False),
    ("getpass", "test_getpass", "pass", False),
    ("textwrap", "test_textwrap", "pass", True),
    ("fractions", "test_fractions", "pass", True),
    ("shlex", "test_shlex", "pass", True),
    ("graphlib", "test_graphlib", "pass", True),
    ("difflib", "test_difflib", "pass", True),
    ("bisect", "test_bisect", "pass", True),
    ("heapq", "test_heapq", "fail", False),
    ("copy", "test_copy", "pass", False),
    ("copyreg", "test_copyreg", "pass", False),
    ("fnmatch", "test_fnmatch", "pass", False),
    ("glob", "test_glob", "pass", False),
    ("reprlib", "test_reprlib", "pass", False),
    ("getopt", "test_getopt", "pass", False),
    ("queue", "test_queue", "pass", False),
    ("netrc", "test_netrc", "pass", False),
    ("codeop", "test_codeop", "pass", False),
    ("xdrlib", "test_xdrlib", "pass", False),
    ("plistlib", "test_plistlib", "pass", False),
    ("string", "test_string", "pass", False),
    ("operator", "test_operator", "pass", False),
    ("statistics", "test_statistics", "fail", False),
    ("calendar", "test_calendar", "pass", False),
    ("tabnanny", "test_tabnanny", "pass", False),
    ("cmd", "test_cmd", "pass", False),
    ("pprint", "test_pprint", "pass", False),
    ("numbers", "test_abstract_numbers", "pass", True),
    ("functools", "test_functools", "pass", False),
    ("dataclasses", "test_dataclasses", "pass", False),
]

# Tests that cannot pass for any extension module, whatever compiled it: they run the
# module with `python -m` (runpy needs a code object) or read its __file__ as source.
# They are left out of the run and counted in the "n/a" column.
NOT_APPLICABLE = {
    "test.test_base64.TestMain.test_encode_from_stdin": "python -m base64",
    "test.test_base64.TestMain.test_encode_file": "python -m base64",
    "test.test_base64.TestMain.test_decode": "python -m base64",
    "test.test_quopri.QuopriTestCase.test_scriptencode": "python -m quopri",
    "test.test_quopri.QuopriTestCase.test_scriptdecode": "python -m quopri",
    "test.test_tabnanny.TestCommandLine.test_command_usage": "python -m tabnanny, usage names the source path",
    "test.test_linecache.LineCacheTests.test_getline": "reads linecache.__file__ as source",
    "test.test_linecache.LineCacheTests.test_clearcache": "reads linecache.__file__ as source",
    "test.test_linecache.LineCacheTests.test_memoryerror": "reads linecache.__file__ as source",
}

BUILD_TIMEOUT = 600
TEST_TIMEOUT = 900
MARK = "@@spc-stdlib@@"

# Runs in a fresh interpreter: argv = DIR NAME TESTMODULE.
CHILD = r'''
import importlib, io, json, sys, traceback, unittest
d, name, tname = sys.argv[1:4]
skip = set(sys.argv[4:])
out = {}
if name in sys.modules:            # loaded at start-up (site): import the compiled one anew
    del sys.modules[name]
    out["note"] = "preloaded"
sys.path.insert(0, d)
try:
    mod = importlib.import_module(name)
except BaseException:
    out["error"] = "import: " + traceback.format_exc().strip().splitlines()[-1]
    print(MARK + json.dumps(out)); sys.exit(0)
f = getattr(mod, "__file__", "") or ""
if not f.endswith(".so"):
    out["error"] = "import %s gave %s, not the compiled module" % (name, f)
    print(MARK + json.dumps(out)); sys.exit(0)
try:
    tm = importlib.import_module("test." + tname)
    suite = unittest.defaultTestLoader.loadTestsFromModule(tm)
except BaseException:
    out["error"] = "loading tests: " + traceback.format_exc().strip().splitlines()[-1]
    print(MARK + json.dumps(out)); sys.exit(0)
def keep(s):
    out = unittest.TestSuite()
    for t in s:
        if isinstance(t, unittest.TestSuite):
            out.addTest(keep(t))
        elif t.id() in skip:
            keep.dropped += 1
        else:
            out.addTest(t)
    return out
keep.dropped = 0
suite = keep(suite)
res = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
def first(items):
    return ["%s: %s" % (t.id(), tb.strip().splitlines()[-1]) for t, tb in items[:20]]
out.update(run=res.testsRun, na=keep.dropped, failed=len(res.failures) + len(res.unexpectedSuccesses),
           errors=len(res.errors), skipped=len(res.skipped) + len(res.expectedFailures),
           failures=first(res.failures), error_list=first(res.errors))
print(MARK + json.dumps(out))
'''.replace("MARK", repr(MARK))

DIAG_RE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): error: (?P<msg>.*?)(?:  \[[\w-]+\])?$")


def module_source(name):
    """Path of the stdlib source of `name` and the file name to compile it as."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return None, None
    if spec.submodule_search_locations:      # a package: compile its __init__ as NAME.py
        return spec.origin, name + ".py"
    return spec.origin, os.path.basename(spec.origin)


def make_package(tmp, name, src):
    """A package's compiled __init__ becomes NAME/__init__<EXT_SUFFIX> beside copies of its
    other modules (the importer loads an extension __init__ as the package)."""
    pkg = os.path.join(tmp, name)
    shutil.copytree(os.path.dirname(src), pkg, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    so = [f for f in os.listdir(tmp) if f.startswith(name + ".") and f.endswith(".so")]
    os.rename(os.path.join(tmp, so[0]), os.path.join(pkg, "__init__" + so[0][len(name):]))


def spc_build(spc, pythonpath, src_path, out_dir):
    """Runs `spc build`; returns (ok, diagnostics [(line, col, msg)], seconds)."""
    t0 = time.time()
    env = dict(os.environ, PYTHONPATH=pythonpath)
    try:
        p = subprocess.run([spc, "build", src_path, "-o", out_dir], capture_output=True, text=True,
                           timeout=BUILD_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return False, [(0, 0, "spc build timed out")], time.time() - t0
    diags = []
    for line in (p.stdout + p.stderr).splitlines():
        m = DIAG_RE.match(line)
        if m:
            diags.append((int(m["line"]), int(m["col"]), m["msg"]))
    if p.returncode != 0 and not diags:
        tail = (p.stderr or p.stdout).strip().splitlines()
        diags.append((0, 0, "spc exited %d: %s" % (p.returncode, tail[-1] if tail else "")))
    return p.returncode == 0, sorted(diags), time.time() - t0


def run_tests(pythonpath, out_dir, name, tname):
    env = dict(os.environ, PYTHONPATH=pythonpath)
    try:
        p = subprocess.run([sys.executable, "-c", CHILD, out_dir, name, tname] + sorted(NOT_APPLICABLE), capture_output=True,
                           text=True, timeout=TEST_TIMEOUT, env=env, cwd=out_dir)
    except subprocess.TimeoutExpired:
        return {"error": "tests timed out after %ds" % TEST_TIMEOUT}
    for line in p.stdout.splitlines():
        if line.startswith(MARK):
            return json.loads(line[len(MARK):])
    tail = p.stderr.strip().splitlines()
    return {"error": "test process exited %d: %s" % (p.returncode, tail[-1] if tail else "")}


# ---------------------------------------------------------------- blockers

def category(msg):
    """A diagnostic without the names it quotes, so equal constructs group together."""
    msg = re.sub(r"'[^']*'", "'…'", msg)
    return re.sub(r"`[^`]*`", "`…`", msg)


def enclosing(tree, line):
    """The node to stub out for a diagnostic on `line`: the innermost def containing it,
    else the innermost statement of a module or class body containing it."""
    best = None

    def visit(body):
        nonlocal best
        for node in body:
            start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
            if not (start <= line <= node.end_lineno):
                continue
            best = node
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return
            if isinstance(node, ast.ClassDef) and line > node.lineno:
                visit(node.body)
                return
            for field in ("body", "orelse", "finalbody", "handlers"):
                sub = getattr(node, field, None)
                if sub and any(getattr(s, "lineno", 0) <= line <= getattr(s, "end_lineno", 0) for s in sub):
                    if isinstance(node, (ast.If, ast.Try, ast.For, ast.While, ast.With)) and field != "handlers":
                        visit(sub)
                        return
            return

    visit(tree.body)
    return best


def stub(lines, node):
    """Replaces `node` (with its decorators) by `NAME = None` or `pass` at its indentation."""
    start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
    indent = re.match(r"\s*", lines[start - 1]).group(0)
    name = getattr(node, "name", None)
    text = indent + ("%s = None\n" % name if name else "pass\n")
    return lines[:start - 1] + [text] + ["\n"] * (node.end_lineno - start) + lines[node.end_lineno:]


def find_blockers(spc, pythonpath, src_path, fname, work):
    """Every diagnostic of the module: compile, stub out what was reported, repeat."""
    with open(src_path, encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    found = []
    for _ in range(40):
        path = os.path.join(work, fname)
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(lines)
        ok, diags, _ = spc_build(spc, pythonpath, path, work)
        found += [(ln, msg) for ln, _, msg in diags]
        if ok or not diags:
            break
        tree = ast.parse("".join(lines))
        nodes = {}
        for ln, _, _ in diags:
            node = enclosing(tree, ln)
            if node is not None:
                nodes[(node.lineno, node.end_lineno)] = node
        if not nodes:
            break
        for node in sorted(nodes.values(), key=lambda n: -n.lineno):   # bottom up: lines stay put
            if any(o is not node and o.lineno <= node.lineno and node.end_lineno <= o.end_lineno
                   for o in nodes.values()):
                continue
            lines = stub(lines, node)
    groups = {}
    for ln, msg in found:
        groups.setdefault(category(msg), []).append(ln)
    return groups


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spc", default=os.path.join(ROOT, "build", "spc"))
    ap.add_argument("--pythonpath", default=os.path.join(ROOT, "build", "python"))
    ap.add_argument("--quick", action="store_true", help="only the fast modules expected to pass")
    ap.add_argument("-k", default="", help="only modules whose name contains this")
    ap.add_argument("--blockers", action="store_true", help="list every construct spc rejects")
    ap.add_argument("-v", action="store_true", help="print failing tests")
    args = ap.parse_args()
    spc = os.path.abspath(args.spc)
    pythonpath = os.path.abspath(args.pythonpath)
    rows, bad, unexpected = [], [], []
    blockers = {}
    for name, tname, expect, quick in MODULES:
        if args.quick and not (quick and expect == "pass"):
            continue
        if args.k and args.k not in name:
            continue
        src, fname = module_source(name)
        if src is None:
            rows.append([name, expect, "no source", "-", "-", "-", "-", "-", "-"])
            bad.append(name)
            continue
        with tempfile.TemporaryDirectory(prefix="spc-stdlib-") as tmp:
            shutil.copy(src, os.path.join(tmp, fname))
            ok, diags, secs = spc_build(spc, pythonpath, os.path.join(tmp, fname), tmp)
            if not ok:
                ln, col, msg = diags[0]
                rows.append([name, expect, "%s:%d:%d: %s" % (fname, ln, col, msg), "-", "-", "-", "-", "-", "-"])
                bad.append(name)
                if args.blockers:
                    with tempfile.TemporaryDirectory(prefix="spc-blockers-") as work:
                        blockers[name] = find_blockers(spc, pythonpath, src, fname, work)
                print("%-12s build failed (%d diagnostics)" % (name, len(diags)), flush=True)
                continue
            if os.path.basename(src) == "__init__.py":
                make_package(tmp, name, src)
            r = run_tests(pythonpath, tmp, name, tname)
        if "error" in r:
            rows.append([name, expect, "ok (%.0fs)" % secs, "-", "-", "-", "-", "-", "-", r["error"]])
            bad.append(name)
        else:
            passed = r["run"] - r["failed"] - r["errors"] - r["skipped"]
            state = "pass" if r["failed"] == 0 and r["errors"] == 0 and r["run"] > 0 else "FAIL"
            rows.append([name, expect, "ok (%.0fs)" % secs, r["run"], passed, r["failed"], r["errors"],
                         r["skipped"], r["na"] or "", r.get("note", "")])
            if state != "pass":
                bad.append(name)
            if args.v or state != "pass":
                for line in r["failures"] + r["error_list"]:
                    print("  %s: %s" % (name, line))
        if expect == "fail" and name not in bad:
            unexpected.append(name)
        print("%-12s %s" % (name, "ok" if name not in bad else "FAIL"), flush=True)
    print()
    rows = [r + [""] * (10 - len(r)) for r in rows]
    table(["module", "expected", "build", "run", "passed", "failed", "errors", "skipped", "n/a", ""], rows)
    if args.blockers and blockers:
        print("\nConstructs that keep modules from compiling (diagnostic: lines):")
        for name, groups in blockers.items():
            print("%s:" % name)
            for cat, lns in sorted(groups.items(), key=lambda kv: -len(kv[1])):
                print("  %3d x %s  (lines %s)" % (len(lns), cat, ", ".join(map(str, sorted(set(lns))[:12]))))
    regressions = [n for n, _, e, _ in MODULES if e == "pass" and n in bad]
    print("\n%d modules: %d pass, %d fail" % (len(rows), len(rows) - len(bad), len(bad)), end="")
    print(" (expected to pass but failed: %s)" % ", ".join(regressions) if regressions else "")
    if unexpected:
        print("now passing, mark them \"pass\" in MODULES:", ", ".join(unexpected))
    if regressions:
        return 1
    return 1 if bad and not args.quick else 0


if __name__ == "__main__":
    sys.exit(main())
