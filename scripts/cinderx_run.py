#!/usr/bin/env python3
"""cinderx_run.py — differential run-time test from CinderX's own Static Python tests.

For every `with self.in_module(code) as mod:` (or in_strict_module) block of CinderX's test
files (fetched into DIR, see cinderx_suite.py, whose extraction this reuses), the module is
written to a file (dedented, `import __static__` added) and a driver executes the with-block's
statements with `mod` bound to the imported module and `self` bound to a recorder: its
assert* methods print the compared values (repr) instead of asserting, assertRaises(Regex)
prints the exception raised, anything else (assertInBytecode, assert_jitted, ...) is a no-op.
The driver runs twice: with the module built by `spc build` (first on sys.path) and with the
source under CPython (PYTHONPATH=build/python). Outcomes per case: same, differs, build-fail
(spc's error), skipped (identical driver failure in both runs, or CinderX internals).

usage: scripts/cinderx_run.py DIR [--spc build/spc] [-k SUBSTRING] [-v] [-j N] [--timeout S]
"""
import argparse
import ast
import collections
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cinderx_suite import INTERNALS, const_str, self_call  # noqa: E402
from conformance import with_marker  # noqa: E402

Case = collections.namedtuple("Case", "file test line code body skip prelude")

RECORDER = r'''
import re as _re, sys, traceback
_HOLDS = {
    "assertEqual": lambda a, b, *r: a == b, "assertNotEqual": lambda a, b, *r: a != b,
    "assertTupleEqual": lambda a, b, *r: a == b, "assertListEqual": lambda a, b, *r: a == b,
    "assertDictEqual": lambda a, b, *r: a == b, "assertTrue": lambda a, *r: bool(a),
    "assertFalse": lambda a, *r: not a, "assertIs": lambda a, b, *r: a is b,
    "assertIsNot": lambda a, b, *r: a is not b, "assertIsNone": lambda a, *r: a is None,
    "assertIsNotNone": lambda a, *r: a is not None, "assertIn": lambda a, b, *r: a in b,
    "assertNotIn": lambda a, b, *r: a not in b, "assertIsInstance": lambda a, b, *r: isinstance(a, b),
    "assertGreater": lambda a, b, *r: a > b, "assertLess": lambda a, b, *r: a < b,
    "assertRegex": lambda a, b, *r: _re.search(b, a) is not None,
}
def _holds(name, a):   # "" when the assertion holds (or is not known here), else " FAILED"
    try:
        return "" if name not in _HOLDS or _HOLDS[name](*a) else " FAILED"
    except Exception:
        return " FAILED"
class _Raises:
    def __init__(self, exc, regex=None): self.exc, self.regex = exc, regex
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        ok = t is not None and issubclass(t, self.exc) and (
            self.regex is None or _re.search(self.regex, str(v)) is not None)
        print("raises", getattr(t, "__name__", None), repr(str(v)) if v is not None else "",
              "" if ok or self.exc == () else "FAILED")
        self.exception = v
        return t is not None and issubclass(t, self.exc)
class _Rec:
    def __getattr__(self, name):
        if (name.startswith("assert") and not name.startswith("assert_")
                and "Bytecode" not in name and "Graph" not in name):
            def rec(*a, **k):
                print(name, *[repr(x) for x in a[:3]], end=_holds(name, a) + "\n")
            return rec
        return lambda *a, **k: None
    def assertRaises(self, exc, *a, **k):
        if not a: return _Raises(exc)
        with _Raises(exc): a[0](*a[1:], **k)
    def assertRaisesRegex(self, exc, regex, *a, **k):
        if not a: return _Raises(exc, regex)
        with _Raises(exc, regex): a[0](*a[1:], **k)
    def subTest(self, *a, **k): return _Raises(())
self = _Rec()
%(prelude)s
try:
%(body)s
except BaseException as e:
    print("EXC", type(e).__name__, str(e))
'''


class Finder(ast.NodeVisitor):
    def __init__(self, file, test, src, prelude=""):
        self.file, self.test, self.src, self.env, self.cases = file, test, src, {}, []
        self.prelude, self.setup = prelude, []   # setup: the test's own plain assignments
        self.raises = []   # enclosing `with self.assertRaises...(...)` (the module may raise)

    def visit_Assign(self, node):
        value = const_str(node.value, self.env)
        if value is None and not any(isinstance(n, ast.Name) and n.id == "self"
                                     for n in ast.walk(node.value)):
            text = ast.unparse(node)   # e.g. error_msg = re.escape(...), used by the block
            if not INTERNALS.search(text):
                self.setup.append(text)
        for t in node.targets:
            if isinstance(t, ast.Name):
                if value is None:
                    self.env.pop(t.id, None)
                else:
                    self.env[t.id] = value
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        pass

    def visit_With(self, node):
        item = node.items[0]
        if self_call(item.context_expr) in ("assertRaises", "assertRaisesRegex"):
            self.raises.append(ast.unparse(item.context_expr))
            self.generic_visit(node)
            self.raises.pop()
            return
        if (self_call(item.context_expr) in ("in_module", "in_strict_module")
                and item.context_expr.args and isinstance(item.optional_vars, (ast.Name, type(None)))):
            code = const_str(item.context_expr.args[0], self.env)
            body = "\n".join(["import __MOD__ as mod"] + self.setup + [ast.unparse(s) for s in node.body])
            if item.optional_vars and item.optional_vars.id != "mod":
                body = body.replace("import __MOD__ as mod", f"import __MOD__ as mod\n{item.optional_vars.id} = mod", 1)
            for ctx in reversed(self.raises):   # the import itself may be what raises
                body = f"with {ctx}:\n" + textwrap.indent(body, "    ")
            skip = None
            if not isinstance(code, str):
                code, skip = "", "code not a string literal"
            elif any("TypedSyntaxError" in ctx for ctx in self.raises):
                skip = "expects a compile-time error (cinderx_suite.py checks those)"
            elif INTERNALS.search(code) or INTERNALS.search(body):
                skip = "uses CinderX internals"
            self.cases.append(Case(self.file, self.test, node.lineno, code, body, skip,
                                   self.prelude))
        self.generic_visit(node)


def imports_of(tree):
    """The test file's own absolute imports (FrozenInstanceError, ...), each allowed to
    fail, for the driver: with-blocks name them."""
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) and not getattr(node, "level", 0):
            text = ast.unparse(node)
            if not INTERNALS.search(text):
                yield f"try:\n    {text}\nexcept ImportError:\n    pass"


def extract(path):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    cases = []
    tree = ast.parse(src, path)
    prelude = "\n".join(imports_of(tree))
    for cls in tree.body:
        if isinstance(cls, ast.ClassDef):
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and fn.name.startswith("test"):
                    finder = Finder(os.path.basename(path), fn.name, src, prelude)
                    for stmt in fn.body:
                        finder.visit(stmt)
                    cases.extend(finder.cases)
    return cases


def run(cmd, env, timeout):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def normal(text, mod):
    """Output with what legitimately differs between runs blanked: addresses, module name."""
    return re.sub(r" at 0x[0-9a-f]+", " at 0x?", text.replace(mod, "mod"))


def judge(args, case, index, tmpdir):
    d = os.path.join(tmpdir, str(index))
    src_dir, so_dir = os.path.join(d, "src"), os.path.join(d, "so")
    os.makedirs(src_dir)
    os.makedirs(so_dir)
    mod = f"cxmod{index}"
    path = os.path.join(src_dir, mod + ".py")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(with_marker(textwrap.dedent(case.code).splitlines(keepends=True)))
    driver = os.path.join(d, "driver.py")
    with open(driver, "w", encoding="utf-8") as f:
        f.write(RECORDER % {"mod": mod, "body": textwrap.indent(case.body.replace("__MOD__", mod), "    "),
                            "prelude": case.prelude})
    rc, out, err = run([args.spc, "build", "-o", so_dir, path], None, args.timeout)
    if rc != 0:
        return "build-fail", (out + err).strip()[-400:]
    results = []
    for where in (so_dir, src_dir):
        env = dict(os.environ, PYTHONHASHSEED="0",   # hash() values compared across runs
                   PYTHONPATH=os.pathsep.join([where, os.path.join(ROOT, "build", "python")]))
        rc, out, err = run([sys.executable, driver], env, args.timeout)
        tail = err.strip().splitlines()[-1:] if rc != 0 else []
        results.append((rc, normal(out, mod), [normal(t, mod) for t in tail]))
    (rc1, out1, e1), (rc2, out2, e2) = results
    if results[0] == results[1]:
        if rc1 != 0 or "\nEXC " in "\n" + out1:
            return "skipped", "driver fails identically: " + (e1 or out1.splitlines()[-1:])[0]
        if "FAILED" in out1:   # as CPython, but not what the reference's test expects
            return "unmet", out1
        return "same", ""
    if rc1 == 0 and "FAILED" not in out1 and "\nEXC " not in "\n" + out1:
        # spc meets every assertion of the test and CPython does not: a deliberate
        # dialect difference (wrapping ints, run-time type checks, checked containers)
        return "dialect", f"cpython: rc={rc2}\n{out2}{e2}"
    return "differs", f"spc: rc={rc1}\n{out1}{e1}\ncpython: rc={rc2}\n{out2}{e2}"


OUTCOMES = ["same", "dialect", "unmet", "differs", "build-fail", "skipped"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--spc", default=os.path.join(ROOT, "build", "spc"))
    ap.add_argument("-k", default="")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=int, default=120)
    args = ap.parse_args()
    cases = []
    for name in sorted(os.listdir(args.dir)):
        if name.endswith(".py"):
            cases.extend(extract(os.path.join(args.dir, name)))
    cases = [c for c in cases if args.k in f"{c.file}::{c.test}"]
    table = collections.defaultdict(collections.Counter)
    with tempfile.TemporaryDirectory() as tmpdir, \
            concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        futs = [pool.submit(lambda c=c, i=i: ("skipped", c.skip) if c.skip
                            else judge(args, c, i, tmpdir)) for i, c in enumerate(cases)]
        for c, fut in zip(cases, futs):
            outcome, detail = fut.result()
            table[c.file][outcome] += 1
            if outcome in ("differs", "unmet", "build-fail") or (args.v and outcome in ("skipped", "dialect")):
                print(f"{outcome}: {c.file}::{c.test} (line {c.line})")
                if args.v and detail:
                    print(textwrap.indent(detail, "    "))
    print(f"{'file':32}" + "".join(f"{o:>12}" for o in OUTCOMES))
    total = collections.Counter()
    for file in sorted(table):
        total.update(table[file])
        print(f"{file:32}" + "".join(f"{table[file][o]:>12}" for o in OUTCOMES))
    print(f"{'total (' + str(len(cases)) + ' cases)':32}" + "".join(f"{total[o]:>12}"
                                                                    for o in OUTCOMES))
    return 1 if total["differs"] or total["unmet"] or total["build-fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
