"""exlib.py — what demo.py and bench.py share: finding the examples, building them with
spc, and timing `main(n)` in a fresh interpreter (CPython on the source, or the compiled
extension module). Python 3 standard library only."""
import glob
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")

# Runs in the child: import NAME from DIR, time main(N), print repr(result), seconds, file.
CHILD = r"""
import importlib, sys, time
sys.path.insert(0, sys.argv[1])
mod = importlib.import_module(sys.argv[2])
n = int(sys.argv[3])
t = time.perf_counter()
r = mod.main(n)
dt = time.perf_counter() - t
print(repr(r)); print(dt); print(mod.__file__)
"""


def examples(filter_=""):
    """(name, path, default n) of every examples/*.py that defines main(n) and DEFAULT_N."""
    out = []
    for path in sorted(glob.glob(os.path.join(EXAMPLES, "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        if filter_ and filter_ not in name:
            continue
        with open(path) as f:
            m = re.search(r"^DEFAULT_N\b[^=\n]*=\s*(\d+)", f.read(), re.M)
        if m:
            out.append((name, path, int(m.group(1))))
    return out


def env_with(pythonpath):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.abspath(pythonpath)
    env["PYTHONHASHSEED"] = "0"
    return env


def build(spc, path, outdir, extra=()):
    """Runs `spc build PATH -o OUTDIR`; returns (ok, seconds, message, .so path or None)."""
    os.makedirs(outdir, exist_ok=True)
    t = time.perf_counter()
    try:
        p = subprocess.run([spc, "build", path, "-o", outdir] + list(extra),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, 0.0, str(e), None
    dt = time.perf_counter() - t
    msg = p.stdout.decode("utf-8", "replace").strip()
    if p.returncode != 0:
        return False, dt, msg or "exit code %d" % p.returncode, None
    return True, dt, msg, built_module(outdir, os.path.splitext(os.path.basename(path))[0])


def built_module(outdir, name):
    found = sorted(glob.glob(os.path.join(outdir, name + ".*.so")) +
                   glob.glob(os.path.join(outdir, name + ".so")))
    return found[0] if found else None


def timed_main(python, moddir, name, n, pythonpath, want_ext=None, timeout=900):
    """Imports NAME from MODDIR in a fresh `python` and times main(n).
    Returns (result repr, seconds, error message or None). want_ext checks which file
    was imported ('.so' for the compiled module, '.py' for the source)."""
    try:
        p = subprocess.run([python, "-c", CHILD, moddir, name, str(n)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env_with(pythonpath), timeout=timeout, cwd=moddir)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, None, str(e)
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, None, (err[-1] if err else "exit code %d" % p.returncode)
    lines = p.stdout.decode().strip().splitlines()
    result, seconds, file = lines[-3], float(lines[-2]), lines[-1]
    if want_ext and not file.endswith(want_ext):
        return None, None, "imported %s, expected a %s module" % (file, want_ext)
    return result, seconds, None


def table(header, rows):
    """Prints rows as an aligned text table."""
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = "  ".join("%-*s" % (w, h) for w, h in zip(widths, header))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join("%-*s" % (w, c) for w, c in zip(widths, r)))


def python_exe():
    return sys.executable or "python3"
