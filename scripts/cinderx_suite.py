#!/usr/bin/env python3
"""cinderx_suite.py — run the cases of CinderX's own Static Python tests through `spc check`.

CinderX (github.com/facebookincubator/cinderx) tests its static compiler with unittest
classes in cinderx/PythonLib/test_cinderx/test_compiler/test_static/ (test_*.py, and older
unprefixed names such as primitives.py). Their methods hold Static Python modules as string
literals and state what the compiler must do with them:

    self.type_error(code, r"regex", at="text")    rejected, a message matching the regex,
                                                    reported where the source reads "text"
    with self.assertRaisesRegex(TypedSyntaxError, r"regex"): self.compile(code)
                                                    rejected, a message matching the regex
    self.revealed_type(code, "T")                  reveal_type(...) reports 'T'
    self.compile(code) / self.in_module(code) / self.in_strict_module(code) / self.run_code(code)
                                                    accepted

The test files are not part of this repository; fetch the folder into a directory DIR
(any subset of its files works) and point the script at it. Each case is extracted with
`ast` (the code argument must be a string literal or a local variable assigned one; code
built with f-strings or .format is skipped), dedented, and written as a module named after
the test's `modname=` (else `mod`, with `<module>` in expected messages standing for it),
with `import __static__` added as CinderX's compiler implies it (keeping line numbers, like
scripts/conformance.py). Cases that depend on CinderX internals (`cinder`, `_static`,
`xxclassloader`, `compiler.static` imports) are skipped with a counted reason.

usage: scripts/cinderx_suite.py DIR [--spc build/spc] [-k SUBSTRING] [-v] [-j N] [--build]
Prints one line per mismatch (-v: with spc's messages), then a per-file table and totals.
--build also compiles every accepted case with `spc build` (a failure is a mismatch).
Exit 1 when anything mismatched.
"""
import argparse
import ast
import collections
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from conformance import with_marker  # noqa: E402

TIMEOUT = 120
ACCEPT_CALLS = {"compile", "in_module", "in_strict_module", "run_code", "compile_and_run",
                "bind_module", "assertReturns", "compile_strict"}
REJECT_EXC = {"TypedSyntaxError", "SyntaxError", "TypeError"}
INTERNALS = re.compile(r"\b(xxclassloader|_static\b|cinder\b|cinderx\b|compiler\.static)")
HELPERS = {   # CinderX's common.py message helpers (regexes, already escaped)
    "type_mismatch": lambda a, b: re.escape(f"type mismatch: {a} cannot be assigned to {b}"),
    "bad_ret_type": lambda a, b: re.escape(
        f"mismatched types: expected {b} because of return type, found {a} instead"),
    "optional": lambda a: f"Optional[{a}]",
    "escape": re.escape,   # `from re import escape`
}

Case = collections.namedtuple("Case", "file test line kind code regex at modname skip")


def const_str(node, env):
    """The string a node denotes: a literal, a local assigned one, or a helper call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return env.get(node.id)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in HELPERS and not node.keywords):
        args = [const_str(a, env) for a in node.args]
        if all(a is not None for a in args):
            try:
                return HELPERS[node.func.id](*args)
            except TypeError:
                return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = const_str(node.left, env), const_str(node.right, env)
        return a + b if a is not None and b is not None else None
    return None


def self_call(node):
    """The method name of a `self.NAME(...)` call, else None."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
        return node.func.attr
    return None


def raises_regex(item):
    """The message regex of `with self.assertRaisesRegex(TypedSyntaxError, r"...")`
    ("" for assertRaises without one), else None."""
    name = self_call(item.context_expr)
    if name not in ("assertRaisesRegex", "assertRaises") or not item.context_expr.args:
        return None
    exc = item.context_expr.args[0]
    if not (isinstance(exc, ast.Name) and exc.id in REJECT_EXC):
        return None
    if name == "assertRaises":
        return ""
    args = item.context_expr.args
    return args[1] if len(args) > 1 else ""


class Extractor(ast.NodeVisitor):
    """Walks one test method in source order, collecting its cases."""

    def __init__(self, file, test):
        self.file, self.test = file, test
        self.env, self.raising, self.cases = {}, [], []

    def visit_Assign(self, node):
        value = const_str(node.value, self.env)
        for t in node.targets:
            if isinstance(t, ast.Name):
                if value is None:
                    self.env.pop(t.id, None)
                    if isinstance(node.value, ast.JoinedStr):
                        self.env[t.id] = ast.JoinedStr
                else:
                    self.env[t.id] = value
        self.generic_visit(node)

    def visit_With(self, node):
        pushed = 0
        for item in node.items:
            r = raises_regex(item)
            if r is not None:
                self.raising.append(r)
                pushed += 1
            else:
                self.visit(item.context_expr)
        for stmt in node.body:
            self.visit(stmt)
        del self.raising[len(self.raising) - pushed:]

    def visit_FunctionDef(self, node):   # nested helpers: not part of this test's flow
        pass

    def visit_Call(self, node):
        name = self_call(node)
        if name in ACCEPT_CALLS or name in ("type_error", "revealed_type"):
            self.add(name, node)
        self.generic_visit(node)

    def add(self, name, node):
        if not node.args:
            return
        code = const_str(node.args[0], self.env)
        skip = None
        if code is ast.JoinedStr or isinstance(node.args[0], ast.JoinedStr):
            code, skip = "", "code built with an f-string"
        elif code is None:
            code, skip = "", "code not a string literal"
        elif INTERNALS.search(code):
            skip = "uses CinderX internals"
        kw = {k.arg: k.value for k in node.keywords}
        modname = const_str(kw["modname"], self.env) if "modname" in kw else None
        regex, at = None, None
        if name == "type_error":
            kind = "reject"
            regex = node.args[1] if len(node.args) > 1 else kw.get("pattern", "")
            at_node = kw.get("at", node.args[2] if len(node.args) > 2 else None)
            at = const_str(at_node, self.env) if at_node is not None else None
        elif name == "revealed_type":
            kind = "reveal"
            regex = node.args[1] if len(node.args) > 1 else ""
        elif self.raising:
            kind, regex = "reject", self.raising[-1]
        else:
            kind = "accept"
        if isinstance(regex, ast.AST):
            regex = const_str(regex, self.env)
            if regex is None:
                regex = ""          # computed message: only the rejection is checked
        if kind == "reveal" and regex is not None:
            regex = "'" + re.escape(regex) + "'"
        self.cases.append(Case(self.file, self.test, node.lineno, kind, code, regex, at,
                               modname, skip))


def extract(path):
    """Every case of one test file, in source order."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    cases = []
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for fn in cls.body:
            if isinstance(fn, ast.FunctionDef) and fn.name.startswith("test"):
                ex = Extractor(os.path.basename(path), fn.name)
                for stmt in fn.body:
                    ex.visit(stmt)
                cases.extend(ex.cases)
    return cases


def run(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def located_at(diag, lines, at):
    """Whether a diagnostic is on the line where the source reads `at` (CinderX points at
    the statement, spc at the offending expression inside it: same line, other column)."""
    line = diag.get("line", 0) - 1
    return 0 <= line < len(lines) and at in lines[line]


def judge(spc, case, tmpdir, index, build):
    """(outcome, detail): ok-accept, ok-reject, false-reject, missing-reject, wording,
    location, reveal, build-fail or crash."""
    mod = case.modname or "mod"
    mod = re.sub(r"\W", "_", mod[:-3] if mod.endswith(".py") else mod)
    d = os.path.join(tmpdir, str(index))
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, mod + ".py")
    lines = with_marker(textwrap.dedent(case.code).splitlines(keepends=True))
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)
    rc, out, err = run([spc, "check", "--error-format=json", "--no-config", path])
    if rc not in (0, 1):
        return "crash", f"spc check exited {rc}: {err.strip()[-300:]}"
    try:
        diags = json.loads(out) if out.strip() else []
    except ValueError:
        return "crash", "spc check printed no JSON: " + out[-300:]
    errors = [d for d in diags if d.get("severity") == "error"]   # reveal_type is one too
    generic = re.compile(r"\b%s\b" % re.escape(mod))   # CinderX's default module name
    msgs = [generic.sub("<module>", d["message"]) if not case.modname else d["message"]
            for d in errors]
    detail = "\n".join(f"{d['line']}:{d['column']}: {m}" for d, m in zip(errors, msgs))
    if case.kind == "reveal":
        reveals = [d["message"] if case.modname else generic.sub("<module>", d["message"])
                   for d in diags if d.get("code") == "reveal"]
        if any(re.search(case.regex, m) for m in reveals):
            return "ok-reveal", ""
        return "reveal", "revealed " + "; ".join(reveals) + " expected " + case.regex + \
            ("\n" + detail if detail else "")
    if case.kind == "accept":
        if errors:
            return "false-reject", detail
        if build:
            rc, out, err = run([spc, "build", "-o", d, path])
            if rc != 0:
                return ("crash" if rc not in (1, 2) else "build-fail"), (out + err).strip()[-400:]
        return "ok-accept", ""
    if not errors:
        return "missing-reject", "expected " + repr(case.regex)
    try:
        matching = [e for e, m in zip(errors, msgs) if re.search(case.regex, m)]
    except re.error:
        matching = errors
    if not matching:
        return "wording", f"expected {case.regex!r}\n{detail}"
    if case.at and not any(located_at(e, lines, case.at) for e in matching):
        return "location", f"expected at {case.at!r}\n{detail}"
    return "ok-reject", ""


OUTCOMES = ["ok-accept", "ok-reject", "ok-reveal", "false-reject", "missing-reject",
            "wording", "location", "reveal", "build-fail", "crash"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--spc", default=os.path.join(HERE, "..", "build", "spc"))
    ap.add_argument("-k", default="", help="only cases whose file::test contains this")
    ap.add_argument("-v", action="store_true", help="show the details of mismatches")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--build", action="store_true", help="also `spc build` accepted cases")
    args = ap.parse_args()
    files = sorted(os.path.join(args.dir, f) for f in os.listdir(args.dir) if f.endswith(".py"))
    cases, skipped = [], collections.Counter()
    for path in files:
        for c in extract(path):
            if args.k not in f"{c.file}::{c.test}":
                continue
            if c.skip:
                skipped[c.skip] += 1
            else:
                cases.append(c)
    per_file = collections.defaultdict(collections.Counter)
    total = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        with concurrent.futures.ThreadPoolExecutor(args.j) as ex:
            results = ex.map(lambda ic: judge(args.spc, ic[1], tmp, ic[0], args.build),
                             enumerate(cases))
            for case, (got, detail) in zip(cases, results):
                per_file[case.file][got] += 1
                total[got] += 1
                if not got.startswith("ok"):
                    print(f"{got.upper()} {case.file}::{case.test} (line {case.line}, "
                          f"expected {case.kind})")
                    if args.v and detail:
                        for line in detail.splitlines()[:6]:
                            print("    " + line)
    short = {o: o.replace("ok-", "") if o.startswith("ok") else o for o in OUTCOMES}
    cols = [o for o in OUTCOMES if total[o]]
    print()
    print(f"{'file':<34}" + "".join(f"{short[o]:>15}" for o in cols))
    for f in sorted(per_file):
        print(f"{f:<34}" + "".join(f"{per_file[f][o]:>15}" for o in cols))
    print(f"{'total':<34}" + "".join(f"{total[o]:>15}" for o in cols))
    ok = sum(n for o, n in total.items() if o.startswith("ok"))
    print(f"\n{ok}/{sum(total.values())} cases as expected; skipped "
          + (", ".join(f"{n} ({r})" for r, n in skipped.most_common()) or "none"))
    return 0 if ok == sum(total.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
