#!/usr/bin/env python3
"""fuzz_check.py — `spc check` must answer every input with diagnostics, never a crash.

Inputs are derived from the test programs (tests/check/*.py and tests/run/*.py):
  * every file truncated at every line, and in the middle of every line;
  * N random mutations per file (byte flips, deletions, duplicated chunks, inserted
    Python tokens / control bytes / invalid UTF-8), from a fixed seed (reproducible).
The variants of one file are written to a temporary directory and checked by ONE
`spc check DIR` call (a directory run is what users do, and it is ~100x faster than a
process per variant); the output format rotates over text, json and sarif, and the
json/sarif documents must parse. When a batch fails, each variant is re-run alone to
name the culprit, which is copied to --keep DIR.

A failure is: exit status other than 0 or 1, death by a signal, a timeout, an
AddressSanitizer/UBSan report on stderr, or a json/sarif document that does not parse.
Build spc with -fsanitize=address,undefined (make fuzz does) to catch memory errors.

usage: fuzz_check.py --spc build-asan/spc [--mutations N] [--seed S] [--budget SEC] [-j N]
Used by tests/run_tests.py (tier `fuzz`, quick) and `make fuzz` (long).
"""
import argparse
import concurrent.futures
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS_DIRS = [os.path.join(ROOT, "tests", "check"), os.path.join(ROOT, "tests", "run")]
FORMATS = ["text", "json", "sarif"]
SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "SUMMARY: UndefinedBehaviorSanitizer")
TOKENS = [b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b".", b"=", b"->", b"*", b"**",
          b"\"", b"'", b'"""', b"'''", b"\\", b"\\\n", b"\n", b"\t", b"    ", b"\r", b"\x00",
          b"\xff", b"\xc3", b"\xe2\x80\xa6", b"#", b"@", b"lambda", b"def ", b"class ",
          b"return", b"if ", b"else:", b"while ", b"for ", b"in ", b"not ", b"None",
          b"int64", b"double", b"cbool", b"box(", b"cast(", b"Optional[", b"Final",
          b"import __static__\n", b"global ", b"nonlocal ", b"yield", b"await ",
          b"9" * 30, b"0x", b"1e999", b"-", b"~", b"<<", b">>", b"//", b"%", b"f'{", b"!="]
ENV = dict(os.environ,
           ASAN_OPTIONS="exitcode=99:detect_leaks=1:abort_on_error=0:allocator_may_return_null=1",
           UBSAN_OPTIONS="halt_on_error=1:exitcode=98:print_stacktrace=1")


def corpus():
    files = []
    for d in CORPUS_DIRS:
        if os.path.isdir(d):
            files += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".py")]
    return files


def truncations(data):
    """Prefixes ending at every line break and in the middle of every line."""
    out, start = [], 0
    lines = data.split(b"\n")
    for line in lines:
        out.append(data[:start + len(line) // 2])
        start += len(line) + 1
        out.append(data[:min(start, len(data))])
    return out


def mutate(data, rng):
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(5)
        pos = rng.randrange(len(b) + 1)
        if op == 0 and b:                        # flip a byte
            b[min(pos, len(b) - 1)] = rng.randrange(256)
        elif op == 1 and b:                      # delete a run
            del b[pos:pos + rng.randint(1, 16)]
        elif op == 2 and b:                      # duplicate a chunk somewhere else
            s = rng.randrange(len(b))
            chunk = b[s:s + rng.randint(1, 64)]
            b[pos:pos] = chunk
        else:                                    # insert a token
            b[pos:pos] = rng.choice(TOKENS)
    return bytes(b)


def variants(path, mutations, seed):
    with open(path, "rb") as f:
        data = f.read()
    rng = random.Random("%s:%s" % (seed, os.path.basename(path)))
    vs = truncations(data)
    vs += [mutate(data, rng) for _ in range(mutations)]
    return vs


class Outcome:
    def __init__(self, ok, why="", out="", err=""):
        self.ok, self.why, self.out, self.err = ok, why, out, err


def run_spc(spc, args, timeout):
    try:
        p = subprocess.run([spc, "check", "--no-config"] + args, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=ENV)
    except subprocess.TimeoutExpired:
        return None, b"", b""
    return p.returncode, p.stdout, p.stderr


def judge(spc, args, fmt, timeout):
    rc, out, err = run_spc(spc, ["--error-format=" + fmt] + args, timeout)
    errs = err.decode("utf-8", "replace")
    if rc is None:
        return Outcome(False, "timed out after %ds" % timeout)
    if rc < 0:
        return Outcome(False, "killed by signal %d" % -rc, out, errs)
    mark = next((m for m in SANITIZER_MARKS if m in errs), None)
    if mark:
        return Outcome(False, "sanitizer report (%s), exit %d" % (mark, rc), out, errs)
    if rc not in (0, 1):
        return Outcome(False, "exit status %d" % rc, out, errs)
    if fmt != "text":
        try:
            doc = json.loads(out)          # bytes: must be valid UTF-8 JSON
            if fmt == "sarif" and doc.get("version") != "2.1.0":
                return Outcome(False, "sarif without version 2.1.0", out, errs)
        except ValueError as e:
            return Outcome(False, "%s output is not valid JSON: %s" % (fmt, e), out, errs)
    return Outcome(True)


def fuzz_file(spc, path, mutations=20, seed=0, keep=None, timeout=120):
    """Checks all variants of one corpus file. Returns (number of variants, [failure text])."""
    vs = variants(path, mutations, seed)
    stem = os.path.splitext(os.path.basename(path))[0]
    fmt = FORMATS[sum(map(ord, stem)) % len(FORMATS)]
    failures = []
    with tempfile.TemporaryDirectory(prefix="spc-fuzz-") as d:
        names = []
        for i, v in enumerate(vs):
            name = os.path.join(d, "%s_%05d.py" % (stem, i))
            with open(name, "wb") as f:
                f.write(v)
            names.append(name)
        whole = judge(spc, [d], fmt, timeout)
        if whole.ok:
            return len(vs), []
        for name in names:                      # find the culprits
            one = judge(spc, [name], fmt, min(timeout, 30))
            if one.ok:
                continue
            saved = name
            if keep:
                os.makedirs(keep, exist_ok=True)
                saved = os.path.join(keep, os.path.basename(name))
                shutil.copy(name, saved)
            tail = "\n".join(one.err.strip().splitlines()[-12:])
            failures.append("%s (variant of %s, --error-format=%s): %s%s" % (
                saved, os.path.relpath(path, ROOT), fmt, one.why, "\n" + tail if tail else ""))
        if not failures:
            failures.append("batch of %d variants of %s failed (%s) but no single variant does:\n%s"
                            % (len(vs), os.path.relpath(path, ROOT), whole.why, whole.err[-2000:]))
    return len(vs), failures


def main(argv=None):
    ap = argparse.ArgumentParser(description="Fuzz `spc check` with truncated and mutated test files.")
    ap.add_argument("--spc", default=os.path.join(ROOT, "build", "spc"))
    ap.add_argument("--mutations", type=int, default=20, help="random mutations per corpus file")
    ap.add_argument("--seed", default="0")
    ap.add_argument("--budget", type=float, default=0,
                    help="stop starting new files after this many seconds (0: no limit)")
    ap.add_argument("--keep", default=os.path.join(ROOT, "build", "fuzz-failures"),
                    help="directory for failing inputs")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args(argv)
    spc = os.path.abspath(a.spc)
    files = corpus()
    t0 = time.time()
    total, failures, done = 0, [], 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.j)) as ex:
        futs = {}
        for p in files:
            futs[ex.submit(lambda p=p: None if a.budget and time.time() - t0 > a.budget
                           else fuzz_file(spc, p, a.mutations, a.seed, a.keep))] = p
        for fut in concurrent.futures.as_completed(futs):
            r = fut.result()
            if r is None:
                continue
            done += 1
            total += r[0]
            failures += r[1]
    for f in failures:
        print("FAIL " + f)
    print("fuzz: %d inputs from %d of %d files (seed %s, %d mutations each) in %.1fs: %d failures"
          % (total, done, len(files), a.seed, a.mutations, time.time() - t0, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
