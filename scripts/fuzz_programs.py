#!/usr/bin/env python3
"""Differential fuzzing of spc against CPython on generated Static Python programs.

A seeded generator writes small, valid Static Python programs that print every
intermediate result; the driver runs each with `spc run` and with CPython
(PYTHONPATH=build/python) and compares stdout plus the exception type on the
last stderr line.  Values stay in ranges where C and Python semantics agree
(no overflow, non-negative operands for // and %), so any difference is a bug
in spc or in the generator.  Mismatching programs are kept in build/fuzz-programs/.
"""
import argparse, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class Gen:
    """Builds one program from a seed; each section prints what it computes."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.lines = []

    def emit(self, s, ind=1):
        self.lines.append("    " * ind + s)

    def small(self, lo=0, hi=100):
        return self.r.randint(lo, hi)

    def int64_expr(self, names, depth=0):
        # +, - and * on small values never overflow int64; // and % use positive operands.
        if depth > 2 or self.r.random() < 0.3:
            return self.r.choice(names + [str(self.small())])
        op = self.r.choice(["+", "-", "*", "//", "%"])
        a = self.int64_expr(names, depth + 1)
        if op in ("//", "%"):
            return "(abs_(%s) %s %d)" % (a, op, self.small(1, 9))
        if op == "*":  # a literal factor, so products stay far from int64 overflow
            return "(%s * %d)" % (a, self.small(-99, 99))
        return "(%s %s %s)" % (a, op, self.int64_expr(names, depth + 1))

    def prim_section(self, n):
        self.emit("def prim%d(a: int64, b: int64) -> int64:" % n, 0)
        names = ["a", "b"]
        for i in range(self.r.randint(2, 5)):
            v = "v%d" % i
            # Locals are reduced below 10**6 so that later expressions cannot overflow.
            self.emit("%s: int64 = abs_(%s) %% 1000003" % (v, self.int64_expr(names)))
            self.emit("print('prim%d %s', box(%s))" % (n, v, v))
            names.append(v)
        c = self.r.choice(names)
        self.emit("if %s > %d and %s != %s:" % (c, self.small(-50, 50), names[0], names[1]))
        self.emit("return %s" % self.r.choice(names), 2)
        self.emit("return %s" % self.r.choice(names))
        self.lines.append("")
        return "print('prim%d ->', box(prim%d(%d, %d)))" % (n, n, self.small(), self.small())

    def double_section(self, n):
        self.emit("def dbl%d(x: double) -> double:" % n, 0)
        self.emit("y: double = x * %d.5 + %d.25" % (self.small(0, 9), self.small(0, 9)))
        self.emit("print('dbl%d', box(y), box(y < x), box(y / 4.0))" % n)
        self.emit("return y - x")
        self.lines.append("")
        return "print('dbl%d ->', box(dbl%d(%d.0)))" % (n, n, self.small())

    def loop_section(self, n):
        self.emit("def loop%d(k: int64) -> int64:" % n, 0)
        self.emit("acc: int64 = 0")
        self.emit("for i in crange(k):" if self.r.random() < 0.5 else "for i in range(box(k)):")
        self.emit("j: int64 = int64(i)" if "range(box" in self.lines[-1] else "j: int64 = i", 2)
        self.emit("if j %% %d == 0:" % self.small(2, 5), 2)
        self.emit(self.r.choice(["continue", "acc += 100"]), 3)
        self.emit("if acc > %d:" % self.small(50, 500), 2)
        self.emit(self.r.choice(["break", "return acc"]), 3)
        self.emit("acc += j * %d" % self.small(1, 7), 2)
        self.emit("print('loop%d', box(j), box(acc))" % n, 2)
        self.emit("w: int64 = 0")
        self.emit("while w < %d:" % self.small(0, 5))
        self.emit("w += 1", 2)
        self.emit("return acc + w")
        self.lines.append("")
        return "print('loop%d ->', box(loop%d(%d)))" % (n, n, self.small(0, 20))

    def class_section(self, n):
        self.emit("class B%d:" % n, 0)
        self.emit("def __init__(self, x: int, s: str) -> None:")
        self.emit("self.x: int = x", 2)
        self.emit("self.s: str = s", 2)
        self.emit("self.p: int64 = %d" % self.small(), 2)
        self.emit("self.d: double = 0.5", 2)
        self.emit("self.nxt: Optional[B%d] = None" % n, 2)
        self.emit("def val(self) -> int:")
        self.emit("return self.x + %d" % self.small(), 2)
        self.emit("class D%d(B%d):" % (n, n), 0)
        self.emit("def val(self) -> int:")
        self.emit("return super().val() * %d" % self.small(1, 5), 2)
        self.lines.append("")
        self.emit("def cls%d() -> None:" % n, 0)
        self.emit("b = B%d(%d, 'b')" % (n, self.small()))
        self.emit("d = D%d(%d, 'd')" % (n, self.small()))
        self.emit("b.nxt = d")
        self.emit("b.p += %d" % self.small())
        self.emit("print('cls%d', b.val(), d.val(), b.s + d.s, box(b.p), box(d.d))" % n)
        self.emit("n = b.nxt")
        self.emit("if n is not None:")
        self.emit("print('cls%d nxt', n.val(), n.x)" % n, 2)
        self.emit("xs: List[B%d] = [b, d]" % n)
        self.emit("print('cls%d sum', sum([q.val() for q in xs]))" % n)
        self.lines.append("")
        return "cls%d()" % n

    def coll_section(self, n):
        self.emit("def coll%d() -> None:" % n, 0)
        self.emit("l = CheckedList[int]([%s])" % ", ".join(str(self.small()) for _ in range(self.r.randint(0, 5))))
        self.emit("l.append(%d)" % self.small())
        self.emit("d = CheckedDict[str, int]({'a': %d})" % self.small())
        self.emit("for v in l:")
        self.emit("d[str(v)] = v * 2", 2)
        self.emit("print('coll%d', list(l), sorted(d.items()), len(l), len(d))" % n)
        self.emit("print('coll%d comp', [v + 1 for v in l if v %% 2 == 0], {k: v for k, v in d.items() if v > 10} == dict(d))" % n)
        self.lines.append("")
        return "coll%d()" % n

    def exc_section(self, n):
        self.emit("def exc%d(k: int) -> int:" % n, 0)
        self.emit("try:")
        self.emit("if k > %d:" % self.small(), 2)
        self.emit("raise ValueError('big')", 3)
        self.emit("return k", 2)
        self.emit("except ValueError as e:")
        self.emit("print('exc%d caught', e)" % n, 2)
        self.emit("return -1", 2)
        self.emit("finally:")
        self.emit("print('exc%d finally', k)" % n, 2)
        self.lines.append("")
        return "print('exc%d ->', exc%d(%d))" % (n, n, self.small())

    def gen_section(self, n):
        self.emit("def gen%d(k: int):" % n, 0)
        self.emit("t = %d" % self.small())
        self.emit("def add(v: int) -> int:")
        self.emit("return v + t", 2)
        self.emit("for i in range(k):")
        self.emit("yield add(i)", 2)
        self.lines.append("")
        return "print('gen%d', list(gen%d(%d)))" % (n, n, self.small(0, 6))

    def program(self):
        self.lines = ["import __static__",
                      "from __static__ import int64, double, box, crange, CheckedList, CheckedDict",
                      "from typing import List, Optional", "",
                      "def abs_(x: int64) -> int64:", "    return x if x >= 0 else -x", ""]
        kinds = [self.prim_section, self.double_section, self.loop_section, self.class_section,
                 self.coll_section, self.exc_section, self.gen_section]
        calls = [self.r.choice(kinds)(i) for i in range(self.r.randint(3, 6))]
        return "\n".join(self.lines + calls) + "\n"


def run(cmd, cwd, env):
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        return ("TIMEOUT", "", -1)
    last = p.stderr.strip().splitlines()[-1:] or [""]
    return (p.stdout, last[0].split(":")[0], p.returncode)


def check_seed(seed, args, env):
    wd = os.path.join(args.out, "s%d" % seed)
    os.makedirs(wd, exist_ok=True)
    path = os.path.join(wd, "prog.py")
    with open(path, "w") as f:
        f.write(Gen(seed).program())
    chk = subprocess.run([args.spc, "check", path], capture_output=True, text=True, env=env)
    if chk.returncode != 0:
        return "invalid", chk.stdout + chk.stderr
    ref = run([sys.executable, path], wd, env)
    got = run([args.spc, "run", path], wd, env)
    if ref == got:
        return "ok", ""
    return "mismatch", "cpython: %r\nspc: %r" % (ref, got)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spc", default=os.path.join(ROOT, "build", "spc"))
    ap.add_argument("--seeds", type=int, default=100)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "fuzz-programs"))
    ap.add_argument("--print", dest="show", type=int, help="print the program of one seed")
    args = ap.parse_args()
    if args.show is not None:
        sys.stdout.write(Gen(args.show).program())
        return 0
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "build", "python"))
    counts = {}
    for seed in range(args.start, args.start + args.seeds):
        res, detail = check_seed(seed, args, env)
        counts[res] = counts.get(res, 0) + 1
        if res != "ok":
            print("seed %d: %s\n%s" % (seed, res, detail[:2000]))
    print(" ".join("%s=%d" % kv for kv in sorted(counts.items())))
    return 1 if set(counts) - {"ok"} else 0


if __name__ == "__main__":
    sys.exit(main())
