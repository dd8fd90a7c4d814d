#!/usr/bin/env python3
"""run_tests.py — the tier runner behind `make test` (python3 stdlib only).

Tiers (each a directory of data files under tests/; a new test is a new file):
  run       tests/run/NAME.py: `spc run NAME.py` must behave like `python3 NAME.py`
            (stdout, exit code, last stderr line, traceback frames of NAME.py);
            NAME.expected, when present, replaces CPython's stdout (dialect differences:
            wrapping primitives, truncating division).
  check     tests/check/NAME.py: `spc check` must report exactly the diagnostics written as
            `# error: MESSAGE` / `# error@COL: MESSAGE` comments on the offending lines.
  boundary  tests/boundary/mods/*.py are built once with `spc build`; every
            tests/boundary/test_*.py is plain Python importing them and must exit 0.
  ir        tests/ir/NAME.py: `spc dis NAME.py` must equal tests/ir/NAME.dis
            (`--update` rewrites the goldens).
  memory    tests/memory/mods/*.py are built once; every tests/memory/test_*.py driver
            must exit 0 (refcount / tracemalloc growth checks); tests/memory/vg_*.py drivers
            also run under valgrind when it is installed (skipped otherwise).
  report    tests/report/test_*.py drive `spc check` (formats, summary, exit codes,
            directories, pyproject.toml) and must exit 0; they get the spc binary in $SPC.
  fuzz      one case per tests/check and tests/run file: every truncation and
            --fuzz-mutations random mutations of it (fixed seed) through `spc check`
            (scripts/fuzz_check.py); --fuzz-spc names the binary (make test: the ASan one).

Output: one FAIL line per failing case (with an indented diff/explanation), then exactly one
summary line `N passed, N failed[, N skipped]`. Exit status 1 when anything failed.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
ALL_TIERS = ["run", "check", "boundary", "ir", "memory", "report", "fuzz"]
TIMEOUT = 120          # seconds for one subprocess
VALGRIND_TIMEOUT = 900


# ---------------------------------------------------------------- results

class Result:
    """Outcome of one case: status is 'pass', 'fail' or 'skip'."""

    def __init__(self, case, status, detail=""):
        self.case, self.status, self.detail = case, status, detail


def passed(case):
    return Result(case, "pass")


def failed(case, detail):
    return Result(case, "fail", detail)


def skipped(case, why):
    return Result(case, "skip", why)


# ---------------------------------------------------------------- processes

class Proc:
    """What a finished (or failed-to-start) subprocess produced."""

    def __init__(self, rc, out, err, note=""):
        self.rc, self.out, self.err, self.note = rc, out, err, note

    def died(self):
        """True when the process did not end by itself with a normal exit code."""
        return self.note != "" or self.rc < 0 or self.rc >= 128

    def describe(self):
        if self.note:
            return self.note
        if self.rc < 0:
            return "killed by signal %d" % -self.rc
        if self.rc >= 128:
            return "exit code %d (signal %d?)" % (self.rc, self.rc - 128)
        return "exit code %d" % self.rc


def run_proc(argv, cwd=None, env=None, timeout=TIMEOUT):
    """Runs argv; never raises: a missing program or a timeout is a Proc with a note."""
    try:
        p = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except FileNotFoundError:
        return Proc(127, "", "", "cannot execute %s: not found" % argv[0])
    except PermissionError:
        return Proc(126, "", "", "cannot execute %s: permission denied" % argv[0])
    except subprocess.TimeoutExpired as e:
        return Proc(-9, _text(e.stdout), _text(e.stderr), "timed out after %ds" % timeout)
    except OSError as e:
        return Proc(126, "", "", "cannot execute %s: %s" % (argv[0], e))
    return Proc(p.returncode, _text(p.stdout), _text(p.stderr))


def _text(b):
    if b is None:
        return ""
    return b.decode("utf-8", "replace") if isinstance(b, bytes) else b


def py_env(cfg, *paths):
    """Environment for a Python child: PYTHONPATH = paths + the runtime package."""
    env = dict(os.environ)
    parts = [p for p in paths if p] + [cfg.pythonpath]
    env["PYTHONPATH"] = os.pathsep.join(parts)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONSTARTUP", None)
    return env


def indent(text, limit=60):
    lines = text.rstrip("\n").splitlines()
    if len(lines) > limit:
        lines = lines[:limit] + ["... (%d more lines)" % (len(lines) - limit)]
    return "\n".join("    " + l for l in lines)


def diff(expected, actual, a="expected", b="actual"):
    d = difflib.unified_diff(expected.splitlines(), actual.splitlines(), a, b, lineterm="", n=2)
    return "\n".join(d)


def proc_dump(p, what="spc"):
    msg = "%s: %s" % (what, p.describe())
    tail = (p.err or p.out).strip()
    if tail:
        msg += "\n" + tail
    return msg


# ---------------------------------------------------------------- run tier

FRAME_RE = re.compile(r'^\s*File "(.*)", line (\d+), in (.*)$')


def frames(stderr, basename):
    """(function, line) of the traceback frames that belong to the test file."""
    out = []
    for line in stderr.splitlines():
        m = FRAME_RE.match(line)
        if m and os.path.basename(m.group(1)) == basename:
            out.append((m.group(3), int(m.group(2))))
    return out


def frame_texts(stderr, basename):
    """The traceback entries of the test file as printed: the File line, the source line
    and CPython's carets under the expression (entries of other files, such as the
    __static__ package's pure-Python helpers, are left out)."""
    out, cur = [], None
    for line in stderr.splitlines():
        m = FRAME_RE.match(line)
        if m:
            cur = [line] if os.path.basename(m.group(1)) == basename else None
            if cur is not None:
                out.append(cur)
        elif cur is not None and line.startswith("    "):
            cur.append(line)
        else:
            cur = None
    return ["\n".join(e) for e in out]


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def run_case(cfg, path):
    name = os.path.splitext(os.path.basename(path))[0]
    case = "run/" + name
    with tempfile.TemporaryDirectory(dir=cfg.tmp) as wd:
        ref = run_proc([cfg.python, path], cwd=wd, env=py_env(cfg))
        if ref.note:
            return failed(case, "reference run: " + ref.describe())
        got = run_proc([cfg.spc, "run", path], cwd=wd, env=py_env(cfg))
    if got.note or got.rc < 0 or (got.rc >= 128 and ref.rc < 128):
        return failed(case, proc_dump(got, "spc run"))
    problems = []
    expected_path = os.path.splitext(path)[0] + ".expected"
    if os.path.exists(expected_path):
        with open(expected_path) as f:
            want_out, src = f.read(), os.path.basename(expected_path)
    else:
        want_out, src = ref.out, "cpython"
    if want_out != got.out:
        problems.append("stdout differs:\n" + diff(want_out, got.out, src, "spc run"))
    if ref.rc != got.rc:
        problems.append("exit code: cpython %d, spc run %d" % (ref.rc, got.rc))
    if last_line(ref.err) != last_line(got.err):
        problems.append("last stderr line:\n  cpython: %s\n  spc run: %s"
                        % (last_line(ref.err), last_line(got.err)))
    if "Traceback" in ref.err:
        base = os.path.basename(path)
        want_fr, got_fr = frames(ref.err, base), frames(got.err, base)
        if want_fr != got_fr:
            problems.append("traceback frames (function, line) in %s:\n  cpython: %s\n  spc run: %s"
                            % (base, want_fr, got_fr))
        elif frame_texts(ref.err, base) != frame_texts(got.err, base):   # source lines, carets
            problems.append("traceback entries differ:\n" + diff("\n".join(frame_texts(ref.err, base)) + "\n",
                                                             "\n".join(frame_texts(got.err, base)) + "\n",
                                                             "cpython", "spc run"))
    if problems and got.err.strip() and not any(p.startswith("last stderr") for p in problems):
        problems.append("spc run stderr:\n" + got.err.strip())
    if problems:
        return failed(case, "\n".join(problems))
    return passed(case)


# ---------------------------------------------------------------- check tier

EXPECT_RE = re.compile(r"#\s*error(?:@(\d+))?:\s*")
DIAG_RE = re.compile(r"^(.*?):(\d+):(\d+): error: (.*?)(?:  \[[\w.-]+\])?\s*$")


def expected_errors(path):
    """{(line, message, col|None)} from `# error: msg` / `# error@col: msg` comments."""
    want = set()
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            ms = list(EXPECT_RE.finditer(line))
            for i, m in enumerate(ms):
                end = ms[i + 1].start() if i + 1 < len(ms) else len(line)
                msg = line[m.end():end].strip()
                col = int(m.group(1)) if m.group(1) else None
                want.add((lineno, msg, col))
    return want


def reported_errors(output, path):
    got = []
    base = os.path.basename(path)
    for line in output.splitlines():
        m = DIAG_RE.match(line)
        if m and os.path.basename(m.group(1)) == base:
            got.append((int(m.group(2)), m.group(4).strip(), int(m.group(3))))
    return got


def match_errors(want, got):
    """Pairs expected with reported diagnostics; a column is compared only when given."""
    missing, extra = [], list(got)
    for w in sorted(want, key=lambda t: (t[0], t[1], t[2] or 0)):
        for g in extra:
            if g[0] == w[0] and g[1] == w[1] and (w[2] is None or w[2] == g[2]):
                extra.remove(g)
                break
        else:
            missing.append(w)
    return missing, extra


def fmt_err(e):
    col = "@%d" % e[2] if e[2] is not None else ""
    return "line %d%s: %s" % (e[0], col, e[1])


def check_case(cfg, path):
    case = "check/" + os.path.splitext(os.path.basename(path))[0]
    want = expected_errors(path)
    p = run_proc([cfg.spc, "check", path], cwd=os.path.dirname(path))
    if p.died():
        return failed(case, proc_dump(p, "spc check"))
    got = reported_errors(p.out + "\n" + p.err, path)
    missing, extra = match_errors(want, got)
    problems = []
    want_rc = 1 if want else 0
    if p.rc != want_rc:
        problems.append("exit code %d, expected %d" % (p.rc, want_rc))
    problems += ["missing  " + fmt_err(e) for e in missing]
    problems += ["unexpected " + fmt_err(e) for e in extra]
    # Big modules are parsed in chunks of top-level statements (parse.c); a chunk per
    # statement must give exactly the whole-file output.
    c = run_proc([cfg.spc, "check", path], cwd=os.path.dirname(path),
                 env=dict(os.environ, SPC_PARSE_CHUNK="1"))
    if (c.rc, c.out, c.err) != (p.rc, p.out, p.err):
        problems.append("output differs when parsed a statement at a time (SPC_PARSE_CHUNK=1)")
    if problems:
        out = (p.out + p.err).strip()
        if out and not got:
            problems.append("spc check output:\n" + out)
        return failed(case, "\n".join(problems))
    return passed(case)


# ---------------------------------------------------------------- ir tier

def ir_case(cfg, path):
    case = "ir/" + os.path.splitext(os.path.basename(path))[0]
    golden = os.path.splitext(path)[0] + ".dis"
    p = run_proc([cfg.spc, "dis", os.path.basename(path)], cwd=os.path.dirname(path))
    if p.died() or p.rc != 0:
        return failed(case, proc_dump(p, "spc dis"))
    if cfg.update:
        with open(golden, "w") as f:
            f.write(p.out)
        return passed(case)
    if not os.path.exists(golden):
        return failed(case, "no golden %s (generate it with --update)" % os.path.relpath(golden))
    with open(golden) as f:
        want = f.read()
    if want != p.out:
        return failed(case, diff(want, p.out, os.path.basename(golden), "spc dis"))
    return passed(case)


# ---------------------------------------------------------------- built modules

class ModuleBuild:
    """Builds a directory of Static Python modules once per run (thread-safe, lazy)."""

    def __init__(self, cfg, srcdir, name):
        self.cfg, self.srcdir, self.name = cfg, srcdir, name
        self.lock = threading.Lock()
        self.outdir, self.error = None, None

    def get(self):
        with self.lock:
            if self.outdir is None and self.error is None:
                self._build()
        return self.outdir, self.error

    def _build(self):
        out = os.path.join(self.cfg.tmp, "built-" + self.name)
        os.makedirs(out, exist_ok=True)
        errors = []
        for src in sorted(listdir(self.srcdir, ".py")):
            p = run_proc([self.cfg.spc, "build", src, "-o", out], cwd=self.srcdir)
            if p.died() or p.rc != 0:
                errors.append("spc build %s: %s" % (os.path.relpath(src, HERE),
                                                    proc_dump(p, "spc build")))
        self.outdir = out
        self.error = "\n".join(errors) or None


def script_case(cfg, build, path, tier):
    case = tier + "/" + os.path.splitext(os.path.basename(path))[0]
    outdir, err = build.get()
    if err:
        return failed(case, "module build failed:\n" + err)
    with tempfile.TemporaryDirectory(dir=cfg.tmp) as wd:
        p = run_proc([cfg.python, path], cwd=wd, env=py_env(cfg, outdir))
    if p.rc != 0:
        return failed(case, proc_dump(p, "python3 " + os.path.basename(path)))
    return passed(case)


def report_case(cfg, path):
    case = "report/" + os.path.splitext(os.path.basename(path))[0]
    env = dict(os.environ, SPC=cfg.spc)
    with tempfile.TemporaryDirectory(dir=cfg.tmp) as wd:
        p = run_proc([cfg.python, path], cwd=wd, env=env)
    if p.rc != 0:
        return failed(case, proc_dump(p, "python3 " + os.path.basename(path)))
    return passed(case)


def fuzz_case(cfg, path):
    case = "fuzz/%s/%s" % (os.path.basename(os.path.dirname(path)), _stem(path))
    scripts = os.path.join(os.path.dirname(HERE), "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    import fuzz_check  # scripts/fuzz_check.py: the same code `make fuzz` runs
    n, failures = fuzz_check.fuzz_file(cfg.fuzz_spc, path, cfg.fuzz_mutations, seed=0,
                                       keep=os.path.join(HERE, "..", "build", "fuzz-failures"))
    if failures:
        return failed(case, "%d of %d inputs:\n%s" % (len(failures), n, "\n".join(failures)))
    return passed(case)


def valgrind_case(cfg, build, path):
    case = "memory/valgrind:" + os.path.splitext(os.path.basename(path))[0]
    vg = shutil.which("valgrind")
    if not vg:
        return skipped(case, "valgrind not installed")
    outdir, err = build.get()
    if err:
        return failed(case, "module build failed:\n" + err)
    env = py_env(cfg, outdir)
    env["PYTHONMALLOC"] = "malloc"
    env["SPC_UNDER_VALGRIND"] = "1"
    with tempfile.TemporaryDirectory(dir=cfg.tmp) as wd:
        # --undef-value-errors=no: CPython 3.11 itself triggers "uninitialised value"
        # reports (small-int cache, gc traversal); invalid reads/writes/frees still count.
        p = run_proc([vg, "--error-exitcode=99", "--leak-check=no", "--undef-value-errors=no",
                      "-q", cfg.real_python, path],
                     cwd=wd, env=env, timeout=VALGRIND_TIMEOUT)
    if p.rc != 0:
        errs = [l for l in p.err.splitlines() if re.match(r"==\d+== ", l)]
        detail = "\n".join(errs[:40]) or (p.out + p.err).strip()[-3000:]
        return failed(case, "valgrind: %s\n%s" % (p.describe(), detail))
    return passed(case)


# ---------------------------------------------------------------- collection

def listdir(d, suffix, prefix=""):
    if not os.path.isdir(d):
        return []
    return [os.path.join(d, f) for f in sorted(os.listdir(d))
            if f.endswith(suffix) and f.startswith(prefix)]


def collect(cfg):
    """[(case name, thunk)] for the selected tiers."""
    jobs = []
    t = os.path.join(HERE, "run")
    if "run" in cfg.tiers:
        jobs += [("run/" + _stem(p), lambda p=p: run_case(cfg, p)) for p in listdir(t, ".py")]
    if "check" in cfg.tiers:
        jobs += [("check/" + _stem(p), lambda p=p: check_case(cfg, p))
                 for p in listdir(os.path.join(HERE, "check"), ".py")]
    if "ir" in cfg.tiers:
        jobs += [("ir/" + _stem(p), lambda p=p: ir_case(cfg, p))
                 for p in listdir(os.path.join(HERE, "ir"), ".py")]
    if "boundary" in cfg.tiers:
        d = os.path.join(HERE, "boundary")
        b = ModuleBuild(cfg, os.path.join(d, "mods"), "boundary")
        jobs += [("boundary/" + _stem(p), lambda p=p, b=b: script_case(cfg, b, p, "boundary"))
                 for p in listdir(d, ".py", "test_")]
    if "memory" in cfg.tiers:
        d = os.path.join(HERE, "memory")
        b = ModuleBuild(cfg, os.path.join(d, "mods"), "memory")
        jobs += [("memory/" + _stem(p), lambda p=p, b=b: script_case(cfg, b, p, "memory"))
                 for p in listdir(d, ".py", "test_")]
        jobs += [("memory/valgrind:" + _stem(p), lambda p=p, b=b: valgrind_case(cfg, b, p))
                 for p in listdir(d, ".py", "vg_")]
    if "report" in cfg.tiers:
        jobs += [("report/" + _stem(p), lambda p=p: report_case(cfg, p))
                 for p in listdir(os.path.join(HERE, "report"), ".py", "test_")]
    if "fuzz" in cfg.tiers:
        for d in ("check", "run"):
            jobs += [("fuzz/%s/%s" % (d, _stem(p)), lambda p=p: fuzz_case(cfg, p))
                     for p in listdir(os.path.join(HERE, d), ".py")]
    if cfg.k:
        jobs = [j for j in jobs if cfg.k in j[0]]
    return jobs


def _stem(p):
    return os.path.splitext(os.path.basename(p))[0]


def guarded(case, thunk):
    """A harness bug in one case is that case's failure, not a crash of the run."""
    try:
        return thunk()
    except Exception as e:  # noqa: BLE001 - deliberately broad
        import traceback
        return failed(case, "harness error: %r\n%s" % (e, traceback.format_exc()))


# ---------------------------------------------------------------- main

def parse_args(argv):
    ap = argparse.ArgumentParser(description="Run spc's test tiers.")
    ap.add_argument("--spc", default=os.path.join(HERE, "..", "build", "spc"))
    ap.add_argument("--pythonpath", default=os.path.join(HERE, "..", "build", "python"))
    ap.add_argument("--python", default=sys.executable or "python3",
                    help="interpreter for reference runs and drivers")
    ap.add_argument("--tiers", default=",".join(ALL_TIERS))
    ap.add_argument("--fuzz-spc", default=None,
                    help="spc binary for the fuzz tier (default: --spc; make test: the ASan build)")
    ap.add_argument("--fuzz-mutations", type=int, default=10,
                    help="random mutations per file in the fuzz tier (default 10)")
    ap.add_argument("--update", action="store_true", help="rewrite tests/ir/*.dis goldens")
    ap.add_argument("-k", default="", help="only cases whose name contains this substring")
    ap.add_argument("-j", type=int, default=2, help="parallel jobs (default 2)")
    ap.add_argument("-v", action="store_true", help="also list passing cases")
    cfg = ap.parse_args(argv)
    cfg.tiers = [t.strip() for t in cfg.tiers.split(",") if t.strip()]
    bad = [t for t in cfg.tiers if t not in ALL_TIERS]
    if bad:
        ap.error("unknown tier(s): %s (known: %s)" % (", ".join(bad), ", ".join(ALL_TIERS)))
    cfg.spc = os.path.abspath(cfg.spc)
    cfg.fuzz_spc = os.path.abspath(cfg.fuzz_spc or cfg.spc)
    cfg.real_python = real_executable(cfg.python)
    cfg.pythonpath = os.path.abspath(cfg.pythonpath)
    return cfg


def real_executable(python):
    """The interpreter binary behind `python` (pyenv shims are shell scripts, and valgrind
    must run the binary itself)."""
    p = run_proc([python, "-c", "import sys; print(sys.executable)"], timeout=30)
    exe = p.out.strip()
    return exe if p.rc == 0 and exe else python


def main(argv=None):
    cfg = parse_args(sys.argv[1:] if argv is None else argv)
    counts = {"pass": 0, "fail": 0, "skip": 0}
    with tempfile.TemporaryDirectory(prefix="spc-tests-") as tmp:
        cfg.tmp = tmp
        if not os.access(cfg.spc, os.X_OK):
            print("note: spc binary %s is missing or not executable; every case that needs it fails"
                  % cfg.spc)
        jobs = collect(cfg)
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, cfg.j)) as ex:
            futures = [ex.submit(guarded, name, thunk) for name, thunk in jobs]
            for fut in futures:          # submission order: stable output
                r = fut.result()
                counts[r.status] += 1
                if r.status == "fail":
                    print("FAIL %s" % r.case)
                    if r.detail:
                        print(indent(r.detail))
                elif r.status == "skip":
                    print("SKIP %s: %s" % (r.case, r.detail))
                elif cfg.v:
                    print("ok   %s" % r.case)
                sys.stdout.flush()
    summary = "%d passed, %d failed" % (counts["pass"], counts["fail"])
    if counts["skip"]:
        summary += ", %d skipped" % counts["skip"]
    print(summary)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
