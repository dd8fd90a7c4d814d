#!/usr/bin/env python3
"""gen_diag_docs.py — docs/DIAGNOSTICS.md from compiler/diag.def (the single table of
diagnostics). `make docs` writes it; `make docs-check` (part of `make test`) fails when
the document lacks a code or a template of diag.def, i.e. when it is stale.

usage: gen_diag_docs.py [--check] [--def compiler/diag.def] [--out docs/DIAGNOSTICS.md]
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIAG_RE = re.compile(r'^DIAG\(\s*(\w+)\s*,\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)')

HEADER = """\
# spc diagnostics

Generated from `compiler/diag.def` by `scripts/gen_diag_docs.py` (`make docs`); do not
edit by hand. `make docs-check` (run by `make test`) fails when this file is stale.

Every message spc prints comes from one row of `diag.def`. The **code** is stable: it is
printed as `[code]` at the end of text diagnostics, is the `code` of `--error-format=json`
objects, and the `ruleId` of `--error-format=sarif` results (one SARIF rule per code).
Several messages may share a code. `%s`/`%d` stand for names, types and counts filled in
at the point of the error. Notes (`note:` lines, JSON `"severity": "note"`, SARIF
`relatedLocations`) carry no code: they belong to the error before them.

Output formats of `spc check`:

* `text` (default): `path:line:col: error: message  [code]`, the source line, and a caret
  underline from the start to the end of the offending expression (to the end of the line
  when it continues on later lines). Lines and columns are 1-based; columns count bytes.
  Colour with `--color=always`, or `auto` (the default) on a terminal. Last line: a
  summary, `Found 3 errors in 2 files (checked 40 source files)` or
  `Success: no issues found in 40 source files`.
* `json`: one JSON array, one object per diagnostic: `file`, `line`, `column`,
  `end_line`, `end_column` (exclusive), `severity` (`error`/`note`), `code` (`null` for
  notes), `message`. Columns as in the text format. The summary goes to stderr.
* `sarif`: a SARIF 2.1.0 log: `runs[0].tool.driver` is `spc` with one rule per code
  below; each error is a result (`ruleId`, `level`, `message.text`, a physical location
  relative to `%SRCROOT%`, the working directory); columns count Unicode code points
  (`columnKind`). The summary goes to stderr.

Exit status: 0 no errors, 1 errors found, 2 usage error, unreadable file or bad
configuration (as mypy).

| code | id | message template |
|---|---|---|
"""


def read_def(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = DIAG_RE.match(line.strip())
            if m:
                rows.append((m.group(1), m.group(2), m.group(3)))
    return rows


def md_cell(s):
    """A template as a table cell: code span, or <code> when it contains a backtick."""
    s = s.replace("|", "\\|")
    if "`" not in s:
        return "`" + s + "`"
    return "<code>" + s.replace("&", "&amp;").replace("<", "&lt;") + "</code>"


def render(rows):
    out = [HEADER]
    order = []
    for _, code, _ in rows:
        if code not in order:
            order.append(code)
    for code in order:
        for ident, c, tmpl in rows:
            if c == code:
                out.append("| `%s` | `%s` | %s |\n" % (code, ident, md_cell(tmpl)))
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--def", dest="defpath", default=os.path.join(ROOT, "compiler", "diag.def"))
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "DIAGNOSTICS.md"))
    a = ap.parse_args(argv)
    rows = read_def(a.defpath)
    if not rows:
        print("gen_diag_docs: no DIAG rows in %s" % a.defpath)
        return 1
    text = render(rows)
    if not a.check:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote %s (%d diagnostics)" % (os.path.relpath(a.out), len(rows)))
        return 0
    try:
        with open(a.out, encoding="utf-8") as f:
            have = f.read()
    except OSError as e:
        print("docs-check: cannot read %s: %s (run `make docs`)" % (a.out, e))
        return 1
    missing = [r for r in rows if "| `%s` | `%s` | %s |" % (r[1], r[0], md_cell(r[2])) not in have]
    for ident, code, tmpl in missing:
        print("docs-check: %s [%s] %r is not in %s" % (ident, code, tmpl, os.path.relpath(a.out)))
    if missing or have != text:
        print("docs-check: %s is stale; run `make docs`" % os.path.relpath(a.out))
        return 1
    print("docs-check: %s lists all %d diagnostics" % (os.path.relpath(a.out), len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
