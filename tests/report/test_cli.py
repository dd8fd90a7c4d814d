"""`spc check` as a command: files and directories in one call (sorted, hidden/cache/
build directories skipped, --exclude), mypy's summary wording and exit statuses
(0 clean, 1 errors, 2 usage errors or unreadable files), and [tool.spc] in pyproject.toml
(found in parent directories, keys mirroring the flags, the command line winning).
$SPC is the binary (tests/run_tests.py)."""
import json
import os
import subprocess
import sys
import tempfile

SPC = os.path.abspath(os.environ.get("SPC") or
                      os.path.join(os.path.dirname(__file__), "..", "..", "build", "spc"))
CLEAN = "import __static__\n\ndef g(n: int) -> int:\n    return n + 1\n"
BAD = "import __static__\n\ndef g(n: int) -> str:\n    return n\n"


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def run(args, cwd, config=False):
    extra = [] if config else ["--no-config"]
    p = subprocess.run([SPC, "check"] + extra + args, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def check(cond, what):
    if not cond:
        print("FAILED: " + what)
        sys.exit(1)


def diag_files(out):
    return [l.split(":")[0] for l in out.splitlines() if ": error: " in l]


def main():
    with tempfile.TemporaryDirectory() as d:
        write(d, "src/pkg/b.py", BAD)
        write(d, "src/pkg/a.py", BAD)
        write(d, "src/c.py", CLEAN)
        write(d, "src/.hidden/h.py", BAD)
        write(d, "src/__pycache__/x.py", BAD)
        write(d, "src/build/gen.py", BAD)
        write(d, "src/venv/pyvenv.cfg", "")
        write(d, "src/venv/lib.py", BAD)
        write(d, "src/pkg/skip_me.py", BAD)
        write(d, "src/notes.txt", "not python")
        write(d, "empty/readme.txt", "")

        rc, out, err = run(["src/c.py"], d)
        check(rc == 0 and out == "Success: no issues found in 1 source file\n", "clean file: %d %r" % (rc, out))

        rc, out, err = run(["src/", "--exclude", "skip_*.py"], d)
        check(rc == 1, "dir: exit %d" % rc)
        check(diag_files(out) == ["src/pkg/a.py", "src/pkg/b.py"], "dir: files %s" % diag_files(out))
        check(out.splitlines()[-1] == "Found 2 errors in 2 files (checked 3 source files)",
              "dir: summary %r" % out.splitlines()[-1])

        rc, out, err = run(["src"], d)
        check(out.splitlines()[-1] == "Found 3 errors in 3 files (checked 4 source files)", "no exclude: %r" % out)

        rc, out, err = run(["src/pkg/a.py", "missing.py"], d)
        check(rc == 2 and "missing.py" in err, "unreadable file: exit %d, %r" % (rc, err))
        check("Found 1 error in 1 file (checked 1 source file)" in out, "unreadable: still checks the rest")
        rc, out, err = run(["empty"], d)
        check(rc == 2 and "no .py files" in err, "empty dir: exit %d %r" % (rc, err))
        rc, out, err = run(["--error-format=xml", "src"], d)
        check(rc == 2, "bad format: exit %d" % rc)
        rc, out, err = run(["--color=sometimes", "src"], d)
        check(rc == 2, "bad colour: exit %d" % rc)

        # pyproject.toml in a parent directory; keys mirror the flags
        write(d, "pyproject.toml",
              '[project]\nname = "x"\nversion = "1.0"\nauthors = [{name = "a", email = "b"}]\n'
              '[tool.other]\npi = 3.14\nwhen = 1979-05-27T07:32:00Z\n'
              '[tool.spc]\nerror_format = "json"  # machine-readable\n'
              'exclude = [\n  "skip_*.py",\n  "venv",\n]\ncolor = "never"\nopt_level = 2\n')
        os.makedirs(os.path.join(d, ".git"))
        sub = os.path.join(d, "src")
        rc, out, err = run(["."], sub, config=True)
        doc = json.loads(out)
        check(rc == 1 and sorted({o["file"] for o in doc}) == ["pkg/a.py", "pkg/b.py"],
              "pyproject: json + exclude: %d %r %r" % (rc, out, err))
        rc, out, err = run(["--error-format=text", "."], sub, config=True)
        check(out.startswith("pkg/a.py:4:12: error: "), "pyproject: CLI overrides: %r" % out[:80])
        rc, out, err = run(["--exclude", "nothing", "."], sub, config=True)
        check(len(json.loads(out)) == 3, "CLI --exclude replaces the config's")

        write(d, "pyproject.toml", '[tool.spc]\nerror_format = 3\n')
        rc, out, err = run(["."], sub, config=True)
        check(rc == 2 and "pyproject.toml:2" in err and "must be a string" in err, "bad type: %d %r" % (rc, err))
        write(d, "pyproject.toml", '[tool.spc]\nerror_format = "json\n')
        rc, out, err = run(["."], sub, config=True)
        check(rc == 2 and "pyproject.toml:2" in err, "toml syntax: %d %r" % (rc, err))
        write(d, "pyproject.toml", '[tool.spc]\nfrobnicate = true\n')
        rc, out, err = run(["c.py"], sub, config=True)
        check(rc == 0 and "unknown key 'frobnicate'" in err, "unknown key: %d %r" % (rc, err))
        write(d, "other.toml", '[tool.spc]\nerror_format = "sarif"\n')
        rc, out, err = run(["--config", os.path.join(d, "other.toml"), "c.py"], sub, config=True)
        check(rc == 0 and json.loads(out)["version"] == "2.1.0", "--config FILE")
    print("ok")


if __name__ == "__main__":
    main()
