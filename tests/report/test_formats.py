"""`spc check --error-format=text|json|sarif` on real files: every diagnostic (syntax
errors included) appears in every format with the same position, code and message; the
JSON and SARIF documents parse and have the required shape (SARIF 2.1.0 as code-scanning
services read it); the text format keeps `path:line:col: error: message  [code]`, the
source line and a caret spanning the expression.  $SPC is the binary (tests/run_tests.py)."""
import json
import os
import re
import subprocess
import sys
import tempfile

SPC = os.path.abspath(os.environ.get("SPC") or
                      os.path.join(os.path.dirname(__file__), "..", "..", "build", "spc"))
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DIAG_RE = re.compile(r"^(.*?):(\d+):(\d+): (error|note): (.*?)(?:  \[([\w.-]+)\])?$")

FILES = {
    "a_types.py": (
        "import __static__\n"
        "from __static__ import int64\n"
        "\n"
        "def f(x: int) -> int:\n"
        "    return x\n"
        "\n"
        "f(\"a\")\n"
        "def h() -> None:\n"
        "\ty: int64 = \"caf\u00e9\"\n"
        "\tz = undefined_n\u00e4me\n"),
    "b_syntax.py": "def broken(:\n    pass\n",
    "c_clean.py": "import __static__\n\ndef g(n: int) -> int:\n    return n + 1\n",
}


def codes_in_diag_def():
    codes = []
    with open(os.path.join(ROOT, "compiler", "diag.def")) as f:
        for line in f:
            m = re.match(r'DIAG\(\s*\w+,\s*"([^"]+)"', line)
            if m and m.group(1) not in codes:
                codes.append(m.group(1))
    return codes


def run(args, cwd):
    p = subprocess.run([SPC, "check", "--no-config"] + args, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def check(cond, what):
    if not cond:
        print("FAILED: " + what)
        sys.exit(1)


def text_diags(out):
    got = []
    for line in out.splitlines():
        m = DIAG_RE.match(line)
        if m:
            got.append((m.group(1), int(m.group(2)), int(m.group(3)), m.group(6), m.group(5)))
    return got


def test_text(d, names):
    rc, out, err = run(names, d)
    check(rc == 1, "text: exit 1 expected, got %d\n%s%s" % (rc, out, err))
    diags = text_diags(out)
    check(any(g[0] == "b_syntax.py" and g[3] == "syntax" for g in diags), "text: syntax error missing\n" + out)
    lines = out.splitlines()
    check(lines[-1] == "Found %d errors in 2 files (checked 3 source files)" % len(diags),
          "text: summary line: %r" % lines[-1])
    # the caret under f("a") spans the argument: col 3, 3 characters
    i = lines.index(next(l for l in lines if l.startswith("a_types.py:7:3: error:")))
    check(lines[i + 1] == '    f("a")' and lines[i + 2] == "      ^~~",
          "text: caret lines:\n" + "\n".join(lines[i:i + 3]))
    check("\033[" not in out, "text: colour when not writing to a terminal")
    rc, out2, _ = run(["--color=always"] + names, d)
    check("\033[1;31merror:" in out2 and out2.endswith("\033[0m\n"), "text: --color=always has no colour")
    return diags


def test_json(d, names, want):
    rc, out, err = run(["--error-format=json"] + names, d)
    check(rc == 1, "json: exit 1 expected, got %d" % rc)
    doc = json.loads(out)
    check(isinstance(doc, list), "json: not an array")
    keys = {"file", "line", "column", "end_line", "end_column", "severity", "code", "message"}
    for o in doc:
        check(set(o) == keys, "json: keys %s" % sorted(o))
        check(all(isinstance(o[k], int) for k in ("line", "column", "end_line", "end_column")), "json: ints")
        check(o["severity"] in ("error", "note"), "json: severity")
    got = [(o["file"], o["line"], o["column"], o["code"], o["message"]) for o in doc]
    check(got == want, "json differs from text:\n%s\n%s" % (got, want))
    check(err.strip().startswith("Found "), "json: summary on stderr: %r" % err)
    rc, out, _ = run(["--error-format=json", "c_clean.py"], d)
    check(rc == 0 and json.loads(out) == [], "json: clean file gives []")


def test_sarif(d, names, want):
    rc, out, err = run(["--error-format=sarif"] + names, d)
    check(rc == 1, "sarif: exit 1 expected, got %d" % rc)
    doc = json.loads(out)
    check(doc.get("version") == "2.1.0", "sarif: version")
    check("sarif-2.1.0" in doc.get("$schema", ""), "sarif: $schema")
    check(isinstance(doc.get("runs"), list) and len(doc["runs"]) == 1, "sarif: runs")
    run0 = doc["runs"][0]
    driver = run0["tool"]["driver"]
    check(driver["name"] == "spc" and driver.get("version"), "sarif: driver")
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    check(ids == codes_in_diag_def(), "sarif: rules are not diag.def's codes: %s" % ids)
    for r in rules:
        check(r["shortDescription"]["text"] and r["fullDescription"]["text"], "sarif: rule text")
    check(run0.get("columnKind") in ("unicodeCodePoints", "utf16CodeUnits"), "sarif: columnKind")
    base = run0["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    check(base.startswith("file:///") and base.endswith("/"), "sarif: %SRCROOT%")
    got = []
    for res in run0["results"]:
        check(res["level"] in ("error", "warning", "note", "none"), "sarif: level")
        check(ids[res["ruleIndex"]] == res["ruleId"], "sarif: ruleIndex")
        check(isinstance(res["message"]["text"], str), "sarif: message.text")
        loc = res["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]["uri"]
        check(not uri.startswith("/") and loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%", "sarif: uri")
        reg = loc["region"]
        check(reg["startLine"] >= 1 and reg["startColumn"] >= 1, "sarif: region start")
        if "endLine" in reg:
            check((reg["endLine"], reg["endColumn"]) > (reg["startLine"], reg["startColumn"]), "sarif: region end")
        got.append((uri, reg["startLine"], res["ruleId"], res["message"]["text"]))
    check(got == [(w[0], w[1], w[3], w[4]) for w in want], "sarif differs from text:\n%s\n%s" % (got, want))
    check(run0["invocations"][0]["executionSuccessful"] is True, "sarif: invocations")
    # code points, not bytes: 'undefined_näme' on line 10 is 14 characters, 15 bytes
    r9 = [r for r in run0["results"] if r["locations"][0]["physicalLocation"]["region"]["startLine"] == 10]
    check(r9 and r9[0]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 6, "sarif: column")
    reg = r9[0]["locations"][0]["physicalLocation"]["region"]
    check(reg["endColumn"] - reg["startColumn"] == len("undefined_n\u00e4me"), "sarif: endColumn in code points")


def main():
    with tempfile.TemporaryDirectory() as d:
        for name, text in FILES.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(FILES)
        diags = test_text(d, names)
        test_json(d, names, diags)
        test_sarif(d, names, diags)
        # a file name that needs escaping in JSON and percent-encoding in a URI
        odd = 'we"ird \\name.py'
        with open(os.path.join(d, odd), "w") as f:
            f.write("x = (\n")
        rc, out, _ = run(["--error-format=json", odd], d)
        check(rc == 1 and json.loads(out)[0]["file"] == odd, "json: escaped file name")
        rc, out, _ = run(["--error-format=sarif", odd], d)
        uri = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        check(uri == "we%22ird%20%5Cname.py", "sarif: uri encoding %r" % uri)
        # invalid UTF-8 in the source still gives valid JSON
        with open(os.path.join(d, "bad_utf8.py"), "wb") as f:
            f.write(b"x = '\xff\xfe' +\n")
        for fmt in ("json", "sarif"):
            rc, out, _ = run(["--error-format=" + fmt, "bad_utf8.py"], d)
            check(rc == 1, "%s: invalid utf-8 exit %d" % (fmt, rc))
            json.loads(out)
    print("ok")


if __name__ == "__main__":
    main()
