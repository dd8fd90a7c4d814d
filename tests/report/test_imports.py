"""`spc check` with the whole-program view: a static module checks its uses of the static
modules it imports (beside it, or in a package); an error in an imported module is
reported once, at its own location, however many files import it or name it; import
cycles end. $SPC is the binary (tests/run_tests.py)."""
import json
import os
import subprocess
import sys
import tempfile

SPC = os.path.abspath(os.environ.get("SPC") or
                      os.path.join(os.path.dirname(__file__), "..", "..", "build", "spc"))

LIB = '''import __static__
from __static__ import int64


class Acc:
    def __init__(self, n: int64) -> None:
        self.n: int64 = n


def grow(a: Acc, by: int64) -> int64:
    return a.n + by


broken: int = "x"
'''
USER = '''import __static__
from lib import Acc, grow


def f() -> str:
    return grow(Acc(1), 2)
'''
USER2 = '''import __static__
import pkg.deep


def g() -> int:
    return pkg.deep.h("no")
'''
DEEP = '''import __static__
from .. import lib_again


def h(x: int) -> int:
    return x
'''
CYCLE_A = "import __static__\nfrom cyc_b import b\n\n\ndef a() -> int:\n    return b()\n"
CYCLE_B = "import __static__\nfrom cyc_a import a\n\n\ndef b() -> int:\n    return 1\n"


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def run(args, cwd):
    p = subprocess.run([SPC, "check", "--no-config"] + args, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def check(cond, what):
    if not cond:
        print("FAILED: " + what)
        sys.exit(1)


def errors(out):
    return [l for l in out.splitlines() if ": error: " in l]


def main():
    with tempfile.TemporaryDirectory() as d:
        write(d, "lib.py", LIB)
        write(d, "user.py", USER)
        write(d, "user_too.py", USER)
        write(d, "pkg/__init__.py", "import __static__\n")
        write(d, "pkg/deep.py", DEEP)
        write(d, "lib_again.py", "import __static__\n")
        write(d, "user2.py", USER2)
        write(d, "cyc_a.py", CYCLE_A)
        write(d, "cyc_b.py", CYCLE_B)

        rc, out, err = run(["user.py"], d)
        errs = errors(out)
        check(rc == 1, "exit status %d" % rc)
        check(any(e.startswith("user.py:6:12: error: mismatched types: expected str because of "
                               "return type, found int64 instead") for e in errs), "use checked:\n" + out)
        check(sum(e.startswith("lib.py:14:15: error: type mismatch: str cannot be assigned to int")
                  for e in errs) == 1, "imported module's error at its own location:\n" + out)
        check(out.rstrip().endswith("Found 2 errors in 2 files (checked 1 source file)"), "summary:\n" + out)

        rc, out, err = run(["user.py", "user_too.py", "lib.py"], d)
        errs = errors(out)
        check(sum(e.startswith("lib.py:") for e in errs) == 1, "reported once:\n" + out)
        check(len(errs) == 3, "one error per file:\n" + out)
        check(out.rstrip().endswith("(checked 3 source files)"), "summary counts named files:\n" + out)

        rc, out, err = run(["user2.py"], d)
        check(rc == 1 and errors(out) == [
            "user2.py:6:23: error: type mismatch: str received for positional arg 'x', "
            "expected int  [arg-type]"], "package module through an attribute chain:\n" + out)

        rc, out, err = run(["cyc_a.py", "cyc_b.py"], d)
        check(rc == 0, "an import cycle is checked and ends: %d\n%s%s" % (rc, out, err))

        rc, out, err = run(["--error-format=json", "user.py"], d)
        items = json.loads(out)
        check(sorted(i["file"] for i in items) == ["lib.py", "user.py"], "json names each file: %r" % items)
    print("ok")


main()
