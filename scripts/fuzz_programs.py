#!/usr/bin/env python3
"""Differential fuzzing of spc against CPython on generated Static Python programs.

A seeded generator writes small, valid Static Python programs that print every
intermediate result; the driver runs each with `spc run` and with CPython
(PYTHONPATH=build/python) and compares stdout plus the exception type on the
last stderr line.  Values stay in ranges where C and Python semantics agree
(no overflow, non-negative operands for // and %), so any difference is a bug
in spc or in the generator.  Mismatching programs are kept in build/fuzz-programs/.
The int locals of tag_section are the exception: they are meant to cross 2**30 and
2**62 and go negative (tagged ints, boxed ints), with identity checked where CPython
guarantees it (two loads, copies, one literal).  --focus tag generates only those.
"""
import argparse, concurrent.futures, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


INT_RANGES = {"int8": (-128, 127), "int16": (-32768, 32767), "int32": (-2**31, 2**31 - 1),
              "int64": (-2**63, 2**63 - 1), "uint8": (0, 255), "uint16": (0, 65535),
              "uint32": (0, 2**32 - 1), "uint64": (0, 2**64 - 1)}



def mixed_type(t, u):
    """The type of t OP u for integer primitives (None when the dialect rejects it)."""
    (tlo, thi), (ulo, uhi) = INT_RANGES[t], INT_RANGES[u]
    if (tlo < 0) == (ulo < 0):
        return t if thi >= uhi else u
    bits = max(thi, uhi).bit_length() + 1
    for w in ("int8", "int16", "int32", "int64"):
        if INT_RANGES[w][1].bit_length() + 1 >= bits:
            return w
    return None


# Shared by every program: exception classes and a context manager that traces.
PRELUDE = """class FzError(Exception):
    def __init__(self, msg: str, code: int) -> None:
        super().__init__(msg)
        self.code: int = code

class FzSub(FzError):
    def __init__(self, msg: str, code: int) -> None:
        super().__init__('sub ' + msg, code)

class Fz:
    def __init__(self, name: str, swallow: bool) -> None:
        self.name: str = name
        self.swallow: bool = swallow

    def __enter__(self) -> str:
        print('enter', self.name)
        return self.name + '!'

    def __exit__(self, t: object, v: object, tb: object) -> bool:
        print('exit', self.name, v)
        return self.swallow

def fzgen(tag: str, n: int):
    try:
        for i in range(n):
            yield i
    finally:
        print('close', tag)
""".splitlines() + [""]


class Gen:
    """Builds one program from a seed; each section prints what it computes."""

    def __init__(self, seed, focus=None):
        self.r = random.Random(seed)
        self.focus = focus   # "tag": only tag_section (tagged int locals)
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

    # ------------------------------------------------------------ primitive widths

    def prim_expr(self, t, env, depth=0):
        """(text, lo, hi) of an expression of primitive int type t whose every
        intermediate value provably stays inside t's range (interval arithmetic), so
        C wrapping never happens and C truncating // and % agree with Python."""
        tlo, thi = INT_RANGES[t]
        if depth > 2 or self.r.random() < 0.3:
            if env and self.r.random() < 0.75:
                name = self.r.choice(sorted(env))
                return (name,) + env[name]
            v = self.r.randint(max(tlo, -20), min(thi, 20))
            return ("%d" % v if v >= 0 else "(%d)" % v, v, v)
        for _ in range(6):
            op = self.r.choice(["+", "-", "*", "//", "%", "&", "|", "^", ">>", "<<", "neg"])
            a, alo, ahi = self.prim_expr(t, env, depth + 1)
            if op == "neg":
                res = ("(-%s)" % a, -ahi, -alo)
            elif op in (">>", "<<"):
                k = self.r.randint(0, 5)
                if op == "<<" and alo < 0:
                    continue
                res = ("(%s %s %d)" % (a, op, k),
                       alo >> k if op == ">>" else alo << k, ahi >> k if op == ">>" else ahi << k)
            else:
                b, blo, bhi = self.prim_expr(t, env, depth + 1)
                if op in ("//", "%", "&", "|", "^") and (alo < 0 or blo < 0):
                    continue
                if op in ("//", "%") and blo < 1:
                    continue
                if op == "+":
                    lo, hi = alo + blo, ahi + bhi
                elif op == "-":
                    lo, hi = alo - bhi, ahi - blo
                elif op == "*":
                    c = [alo * blo, alo * bhi, ahi * blo, ahi * bhi]
                    lo, hi = min(c), max(c)
                elif op == "//":
                    lo, hi = alo // bhi, ahi // blo
                elif op == "%":
                    lo, hi = 0, min(ahi, bhi - 1)
                elif op == "&":
                    lo, hi = 0, min(ahi, bhi)
                else:
                    lo, hi = 0, (1 << max(ahi, bhi).bit_length()) - 1
                res = ("(%s %s %s)" % (a, op, b), lo, hi)
            if tlo <= res[1] and res[2] <= thi:
                return res
        return self.prim_expr(t, env, 3)

    def prim_width_section(self, n):
        t = self.r.choice(sorted(INT_RANGES))
        tlo, thi = INT_RANGES[t]
        plo, phi = max(tlo, -30), min(thi, 30)
        pa, pb = self.r.randint(plo, phi), self.r.randint(plo, phi)
        self.emit("def pw%d(a: %s, b: %s) -> %s:" % (n, t, t, t), 0)
        env = {"a": (plo, phi), "b": (plo, phi)}
        for i in range(self.r.randint(2, 4)):
            text, lo, hi = self.prim_expr(t, env)
            v = "v%d" % i
            self.emit("%s: %s = %s" % (v, t, text))
            self.emit("print('pw%d %s', box(%s), box(%s < b), box(%s == a))" % (n, v, v, v, v))
            env[v] = (lo, hi)
        v = self.r.choice(sorted(env))
        lo, hi = env[v]
        # Widening: implicit where the dialect allows it, explicit conversions otherwise.
        wide = "int64" if t != "uint64" else "uint64"
        self.emit("w: %s = %s" % (wide, v))
        self.emit("print('pw%d w', box(w), box(w >= 0))" % n)
        for u, (ulo, uhi) in sorted(INT_RANGES.items()):
            if ulo <= lo and hi <= uhi and self.r.random() < 0.3:
                self.emit("c_%s: %s = %s(%s)" % (u, u, u, v))
                self.emit("print('pw%d %s', box(c_%s))" % (n, u, u))
        self.mixed_width(n, t, v, lo, hi)
        self.emit("o: int = %d" % self.r.randint(plo, phi))
        self.emit("u: %s = %s(o)" % (t, t))
        self.emit("k: int = %d" % self.r.choice([tlo - 1, thi + 1, thi, tlo, 0]))
        self.emit("try:")
        self.emit("print('pw%d unbox', box(%s(k)))" % (n, t), 2)
        self.emit("except OverflowError as e:")
        self.emit("print('pw%d overflow', e)" % n, 2)
        self.emit("c: cbool = %s > u" % v)
        self.emit("if c and not (a == b):")
        self.emit("return %s" % self.r.choice(sorted(env)), 2)
        self.emit("d: cbool = cbool(%s != 0) or c" % v)
        self.emit("print('pw%d cbool', box(c), box(d), box(not d))" % n)
        self.emit("return u")
        self.lines.append("")
        return "print('pw%d ->', box(pw%d(%d, %d)))" % (n, n, pa, pb)

    def mixed_width(self, n, t, v, lo, hi):
        """v (of type t, value in [lo, hi]) combined with a local of another width: the
        operands widen to a common type, the dialect's rule for mixed signedness."""
        u = self.r.choice(sorted(INT_RANGES))
        common = mixed_type(t, u)
        if common is None:
            return
        ulo, uhi = INT_RANGES[u]
        val = self.r.randint(max(ulo, -50), min(uhi, 50))
        clo, chi = INT_RANGES[common]
        self.emit("m: %s = %d" % (u, val))
        for op in self.r.sample(["+", "-", "*", "&", "|", "<", ">=", "=="], 3):
            if op in ("<", ">=", "=="):
                self.emit("print('pw%d mix', box(%s %s m), box(m %s %s))" % (n, v, op, op, v))
                continue
            r = [eval("a %s b" % op) for a in (lo, hi) for b in (val,)]
            if op in "&|" and (lo < 0 or val < 0):
                continue
            if op in "&|":
                r = [0, (1 << max(hi, val).bit_length()) - 1]
            if clo <= min(r) and max(r) <= chi:
                self.emit("r_%s: %s = %s %s m" % (common, common, v, op))
                self.emit("print('pw%d mix', box(r_%s))" % (n, common))

    def double_ops_section(self, n):
        self.emit("def dops%d(x: double, y: double) -> double:" % n, 0)
        names = ["x", "y"]
        for i in range(self.r.randint(2, 4)):
            a, b = self.r.choice(names), self.r.choice(names)
            op = self.r.choice(["+", "-", "*"])
            self.emit("t%d: double = %s %s %s * %d.5" % (i, a, op, b, self.small(0, 3)))
            self.emit("print('dops%d', box(t%d), box(t%d <= %s), box(-t%d))" % (n, i, i, a, i))
            names.append("t%d" % i)
        self.emit("q: double = %s / %d.0" % (self.r.choice(names), self.small(1, 8)))
        self.emit("f: float = %d.25" % self.small())
        self.emit("g: double = double(f) + double(%d)" % self.small())
        self.emit("print('dops%d q', box(q), box(g), box(q > g or g == 0.0))" % n)
        self.emit("return q + g")
        self.lines.append("")
        return "print('dops%d ->', box(dops%d(%d.5, %d.0)))" % (n, n, self.small(-9, 9), self.small(-9, 9))

    def prim_class_section(self, n):
        fields = [(self.r.choice(sorted(INT_RANGES)), "f%d" % i) for i in range(self.r.randint(1, 3))]
        self.emit("class P%d:" % n, 0)
        self.emit("def __init__(self, seed: int64) -> None:")
        for t, f in fields:
            self.emit("self.%s: %s = %s(%d)" % (f, t, t, self.r.randint(0, 20)), 2)
        self.emit("self.dd: double = 1.5", 2)
        self.emit("self.flag: cbool = seed > 3", 2)
        self.emit("self.total: int64 = seed", 2)
        for t, f in fields:
            self.emit("def bump_%s(self, by: %s) -> %s:" % (f, t, t))
            self.emit("self.%s += by" % f, 2)
            self.emit("self.total += int64(self.%s)" % f, 2)
            self.emit("return self.%s" % f, 2)
        self.emit("@staticmethod")
        self.emit("def twice(v: int64) -> int64:")
        self.emit("return v * 2", 2)
        self.emit("def scaled(self, k: double) -> double:")
        self.emit("return self.dd * k", 2)
        self.emit("def kw(self, a: int64 = %d, b: double = 1.5, c: cbool = True) -> double:" % self.small(0, 9))
        self.emit("if c:", 2)
        self.emit("return double(box(a)) * b", 3)
        self.emit("return b", 2)
        self.lines.append("")
        self.emit("def via_dyn%d(o, v):" % n, 0)
        self.emit("return o.bump_%s(v), o.kw(v), o.kw(b=0.5, c=False), o.total" % fields[0][1])
        self.lines.append("")
        self.emit("def pcls%d() -> None:" % n, 0)
        self.emit("p = P%d(%d)" % (n, self.small(0, 9)))
        self.emit("for i in crange(%d):" % self.small(0, 4))
        for t, f in fields:
            self.emit("r_%s: %s = p.bump_%s(%d)" % (f, t, f, self.r.randint(0, 10)), 2)
            self.emit("print('pcls%d %s', box(r_%s), box(p.total))" % (n, f, f), 2)
        self.emit("if p.flag:")
        self.emit("p.dd = p.scaled(2.0)", 2)
        self.emit("print('pcls%d', box(p.flag), box(p.dd), box(P%d.twice(p.total)), box(p.twice(3)))" % (n, n))
        self.emit("print('pcls%d kw', box(p.kw()), box(p.kw(2)), box(p.kw(b=2.5)), box(p.kw(1, c=False)))" % n)
        self.emit("print('pcls%d dyn', via_dyn%d(p, %d))" % (n, n, self.small(0, 5)))
        self.lines.append("")
        return "pcls%d()" % n

    def array_section(self, n):
        k = self.small(1, 8)
        self.emit("def arr%d(k: int64) -> int64:" % n, 0)
        self.emit("a = Array[int64](box(k))")
        self.emit("for i in crange(k):")
        self.emit("a[i] = i * %d - %d" % (self.small(1, 9), self.small(0, 9)), 2)
        self.emit("s: int64 = 0")
        self.emit("for i in crange(clen(a)):")
        self.emit("s += a[i]", 2)
        self.emit("if a[i] % 2 == 0:" if self.r.random() < 0.5 else "if a[i] > %d:" % self.small(0, 20), 2)
        self.emit(self.r.choice(["continue", "break", "s -= 1"]), 3)
        self.emit("print('arr%d', box(i), box(s))" % n, 2)
        self.emit("b = Array[int64](range(%d))" % self.small(0, 5))
        self.emit("print('arr%d', list(a), list(b), box(clen(b)))" % n)
        self.emit("try:")
        self.emit("print('arr%d oob', box(a[k + %d]))" % (n, self.small(0, 2)), 2)
        self.emit("except IndexError as e:")
        self.emit("print('arr%d', e)" % n, 2)
        self.emit("return s")
        self.lines.append("")
        return "print('arr%d ->', box(arr%d(%d)))" % (n, n, k)

    # ------------------------------------------------------------ nested control flow

    def flow_body(self, tag, depth, ctx):
        """Random statements; ctx holds 'loop', 'gen' and 'fin' flags.  Loops are
        bounded by counters incremented first, so every program terminates."""
        count = self.r.randint(3, 6) if depth == 0 else self.r.randint(1, 3) if depth < 3 else 1
        for _ in range(count):
            self.flow_stmt(tag, depth, ctx)

    def cond(self, ctx):
        v = self.r.choice(ctx["vars"])
        return self.r.choice(["%s %% %d == %d" % (v, self.small(2, 4), self.small(0, 1)),
                              "%s > %d" % (v, self.small(0, 12)), "%s < %d" % (v, self.small(0, 12))])

    def flow_stmt(self, tag, depth, ctx):
        ind = depth + 1
        self.label += 1
        lab = "%s.%d" % (tag, self.label)
        kinds = ["print", "add"]
        if depth < 4:
            kinds += ["if", "for", "while", "crange", "try", "with", "raise"] * (2 if depth < 2 else 1)
        if ctx["loop"]:
            kinds += ["break", "continue"]
        if not ctx["gen"]:
            kinds += ["return"]
        else:
            kinds += ["yield", "yield"]
        kinds += ["comp", "closure", "walrus"]
        if ctx.get("exc"):
            kinds += ["reraise", "reraise"]
        k = self.r.choice(kinds)
        if k == "print":
            self.emit("print('%s', x)" % lab, ind)
        elif k == "add":
            self.emit("x += %d" % self.small(-3, 5), ind)
            self.emit("p += 1", ind)
        elif k == "comp":
            v = self.r.choice(ctx["vars"])
            c = self.r.choice(["[j * %s for j in range(%d) if j != 1]" % (v, self.small(0, 4)),
                               "{j: j + x for j in range(%d)}" % self.small(0, 3),
                               "sorted({(j + %s) %% 3 for j in range(%d)})" % (v, self.small(0, 5)),
                               "sum(j for j in range(%s %% 5 + 1))" % v])
            self.emit("print('%s comp', %s)" % (lab, c), ind)
        elif k == "closure":
            self.nvar += 1
            self.emit("def cl%d(k: int) -> int:" % self.nvar, ind)
            self.emit("return k * 2 + %s" % self.r.choice(ctx["vars"]), ind + 1)
            self.emit("print('%s cl', cl%d(%d), [cl%d(j) for j in range(2)])" % (lab, self.nvar, self.small(0, 5), self.nvar), ind)
        elif k == "walrus":
            self.emit("if (wv := x * 2) > %d:" % self.small(0, 20), ind)
            self.emit("print('%s walrus', wv)" % lab, ind + 1)
        elif k == "reraise":
            self.emit("if %s:" % self.cond(ctx), ind)
            self.emit(self.r.choice(["raise", "raise FzError('%s', x) from e" % lab,
                                     "raise FzSub('%s', x) from None" % lab]), ind + 1)
        elif k == "yield":
            self.emit("yield x * 10 + %d" % self.small(0, 9), ind)
        elif k == "if":
            self.emit("if %s:" % self.cond(ctx), ind)
            self.flow_body(tag, depth + 1, ctx)
            if self.r.random() < 0.5:
                self.emit("else:", ind)
                self.flow_body(tag, depth + 1, ctx)
        elif k in ("for", "while", "crange"):
            self.nvar += 1
            i = "i%d" % self.nvar
            if k == "for":
                if self.r.random() < 0.4:   # a generator shows when the loop drops it
                    self.emit("for %s in fzgen('%s', %d):" % (i, lab, self.small(0, 4)), ind)
                else:
                    self.emit("for %s in range(%d):" % (i, self.small(0, 4)), ind)
                inner_vars = ctx["vars"] + [i]
            elif k == "crange":
                self.emit("for %s in crange(%d):" % (i, self.small(0, 4)), ind)
                self.emit("print('%s c', box(%s))" % (lab, i), ind + 1)
                inner_vars = ctx["vars"]
            else:
                typ = self.r.choice(["int", "int64", "int8", "uint8", "int16", "uint32", "uint64"])
                self.emit("%s: %s = 0" % (i, typ), ind)
                self.emit("while %s < %d:" % (i, self.small(0, 4)), ind)
                self.emit("%s += 1" % i, ind + 1)
                inner_vars = ctx["vars"] + ([i] if typ == "int" else [])
            self.flow_body(tag, depth + 1, dict(ctx, loop=True, vars=inner_vars))
            if self.r.random() < 0.3:
                self.emit("else:", ind)
                self.emit("print('%s else', x)" % lab, ind + 1)
        elif k == "try":
            self.emit("try:", ind)
            self.flow_body(tag, depth + 1, ctx)
            handlers = self.r.sample(["FzSub", "FzError", "ValueError", "(KeyError, FzSub)"],
                                     self.r.randint(0, 2))
            for h in handlers:
                self.emit("except %s as e:" % h, ind)
                self.emit("print('%s caught', type(e).__name__, e)" % lab, ind + 1)
                if self.r.random() < 0.6:
                    self.flow_body(tag, depth + 1, dict(ctx, exc=True))
            if handlers and self.r.random() < 0.3:
                self.emit("else:", ind)
                self.emit("print('%s tryelse', x)" % lab, ind + 1)
            if not handlers or self.r.random() < 0.5:
                self.emit("finally:", ind)
                self.emit("print('%s finally', x)" % lab, ind + 1)
                if self.r.random() < 0.5:
                    self.flow_body(tag, depth + 1, ctx)
        elif k == "with":
            sw = self.r.random() < 0.3
            self.emit("with Fz('%s', %s) as nm:" % (lab, sw), ind)
            self.emit("print('%s in', nm)" % lab, ind + 1)
            self.flow_body(tag, depth + 1, ctx)
        elif k == "raise":
            exc = self.r.choice(["FzError('%s', x)" % lab, "FzSub('%s', box(p + 1))" % lab,
                                 "ValueError('%s')" % lab, "KeyError(x)"])
            self.emit("if %s:" % self.cond(ctx), ind)
            self.emit("raise %s" % exc, ind + 1)
        elif k == "break":
            self.emit("if %s:" % self.cond(ctx), ind)
            self.emit("break", ind + 1)
        elif k == "continue":
            self.emit("if %s:" % self.cond(ctx), ind)
            self.emit("continue", ind + 1)
        elif k == "return":
            if self.r.random() < 0.5:
                self.emit("if %s:" % self.cond(ctx), ind)
                ind += 1
            self.emit(ctx["ret"], ind)

    def flow_section(self, n):
        gen = self.r.random() < 0.3
        prim = not gen and self.r.random() < 0.4   # an int64 result, returned unboxed
        self.label = 0
        self.nvar = 0
        self.emit("def flow%d(x: int)%s:" % (n, "" if gen else " -> int64" if prim else " -> int"), 0)
        self.emit("p: int64 = 0")
        ret = "return int64(x) * 10 + p" if prim else "return x + box(p)"
        self.flow_body("f%d" % n, 0, {"loop": False, "gen": gen, "vars": ["x"], "ret": ret})
        self.emit("print('f%d end', x, box(p))" % n)
        if not gen:
            self.emit("return p" if prim else "return x")
        self.lines.append("")
        self.emit("def run_flow%d(x: int) -> None:" % n, 0)
        self.emit("try:")
        call = "list(flow%d(x))" if gen else "box(flow%d(x))" if prim else "flow%d(x)"
        self.emit("print('flow%d ->', %s)" % (n, call % n), 2)
        self.emit("except FzError as e:")
        self.emit("print('flow%d escaped', type(e).__name__, e, e.code, repr(e.__cause__), e.__suppress_context__)" % n, 2)
        self.emit("except Exception as e:")
        self.emit("print('flow%d escaped', type(e).__name__, e)" % n, 2)
        self.lines.append("")
        return "run_flow%d(%d)\nrun_flow%d(%d)" % (n, self.small(0, 12), n, self.small(0, 12))

    # ------------------------------------------------------------ classes

    def oo_section(self, n):
        self.emit("class A%d:" % n, 0)
        self.emit("count: ClassVar[int] = 0")
        self.emit("def __init__(self, v: int, name: str) -> None:")
        self.emit("self.v: int = v", 2)
        self.emit("self._name: str = name", 2)
        self.emit("self.link: Optional[A%d] = None" % n, 2)
        self.emit("A%d.count += 1" % n, 2)
        self.emit("def weight(self) -> int:")
        self.emit("return self.v * %d" % self.small(1, 4), 2)
        self.emit("def describe(self) -> str:")
        self.emit("return f'{self._name}:{self.weight()}'", 2)
        self.emit("@property")
        self.emit("def name(self) -> str:")
        self.emit("return self._name.upper()", 2)
        self.emit("@name.setter")
        self.emit("def name(self, s: str) -> None:")
        self.emit("self._name = s.strip()", 2)
        self.emit("@classmethod")
        self.emit("def make(cls, v: int) -> 'A%d':" % n)
        self.emit("return cls(v, cls.__name__.lower())", 2)
        self.emit("@staticmethod")
        self.emit("def norm(v: int) -> int:")
        self.emit("return v %% %d" % self.small(2, 9), 2)
        self.emit("def __eq__(self, other: object) -> bool:")
        self.emit("if not isinstance(other, A%d):" % n, 2)
        self.emit("return NotImplemented", 3)
        self.emit("return self.weight() == other.weight()", 2)
        self.emit("def __hash__(self) -> int:")
        self.emit("return hash(self.weight())", 2)
        self.emit("def __lt__(self, other: 'A%d') -> bool:" % n)
        self.emit("return (self.weight(), self._name) < (other.weight(), other._name)", 2)
        self.emit("def __repr__(self) -> str:")
        self.emit("return f'A%d({self.v!r}, {self._name!r})'" % n, 2)
        self.emit("def chain(self) -> int:")
        self.emit("total = 0", 2)
        self.emit("cur: Optional[A%d] = self" % n, 2)
        self.emit("while cur is not None:", 2)
        self.emit("total += cur.weight()", 3)
        self.emit("cur = cur.link", 3)
        self.emit("return total", 2)
        self.lines.append("")
        self.emit("class B%d(A%d):" % (n, n), 0)
        self.emit("def __init__(self, v: int, name: str) -> None:")
        self.emit("super().__init__(v + %d, name)" % self.small(0, 5), 2)
        self.emit("self.extra: int = %d" % self.small(), 2)
        self.emit("def weight(self) -> int:")
        self.emit("return super().weight() + self.extra", 2)
        self.lines.append("")
        self.emit("class C%d(B%d):" % (n, n), 0)
        self.emit("def weight(self) -> int:")
        self.emit("return super().weight() - %d" % self.small(0, 9), 2)
        self.emit("def describe(self) -> str:")
        self.emit("return 'C<' + super().describe() + '>'", 2)
        self.lines.append("")
        self.emit("def oo%d() -> None:" % n, 0)
        objs = []
        for i in range(self.r.randint(3, 5)):
            c = self.r.choice(["A", "B", "C"])
            if self.r.random() < 0.3:
                self.emit("o%d = %s%d.make(%d)" % (i, c, n, self.small(0, 30)))
            else:
                self.emit("o%d = %s%d(%d, ' n%d ')" % (i, c, n, self.small(0, 30), i))
            objs.append("o%d" % i)
        # a CheckedList keeps the element type, so calls on its items dispatch statically
        self.emit(self.r.choice(["xs: List[A%d] = [%s]", "xs = CheckedList[A%d]([%s])"]) % (n, ", ".join(objs)))
        self.emit("for o in xs:")
        self.emit("print('oo%d', o.describe(), o.name, repr(o), o.weight(), A%d.norm(o.v))" % (n, n), 2)
        self.emit("o0.name = '  fresh '")
        self.emit("o0.link = o1")
        self.emit("o1.link = %s" % self.r.choice(objs[1:] + ["None"]).replace("o1", "None"))
        self.emit("print('oo%d', o0.name, o0.chain(), o0 == o1, o0 != %s, sorted(xs), A%d.count)" % (n, objs[-1], n))
        self.emit("print('oo%d set', len({o.weight() for o in xs}), len(set(xs)), max(xs).v, o0 < o1)" % n)
        self.emit("lk = o1.link")
        self.emit("if lk is None:")
        self.emit("print('oo%d nolink')" % n, 2)
        self.emit("else:")
        self.emit("print('oo%d link', lk.v, lk.describe())" % n, 2)
        self.lines.append("")
        return "oo%d()" % n

    # ------------------------------------------------------------ boundary

    def boundary_section(self, n):
        self.emit("def tb%d(x: int, s: str, q: int64) -> str:" % n, 0)
        self.emit("return s + str(x + box(q) + %d)" % self.small())
        self.lines.append("")
        self.emit("def call_dyn%d(f, a, b, c):" % n, 0)
        self.emit("return f(a, b, c)")
        self.lines.append("")
        self.emit("def bnd%d() -> None:" % n, 0)
        args = [("%d" % self.small(), "'s'", "%d" % self.small()),
                ("'x'", "'s'", "1"), ("1", "2", "3"), ("1", "'s'", "'q'")]
        for a in self.r.sample(args, 3):
            self.emit("try:")
            self.emit("print('bnd%d', call_dyn%d(tb%d, %s))" % (n, n, n, ", ".join(a)), 2)
            self.emit("except TypeError as e:")
            self.emit("print('bnd%d TypeError', isinstance(e, TypeError))" % n, 2)
        self.lines.append("")
        return "bnd%d()" % n

    # ------------------------------------------------------------ containers and strings

    def containers_section(self, n):
        self.emit("def cont%d(seed: int) -> None:" % n, 0)
        keys = ["'%s'" % c for c in self.r.sample("abcdefgh", self.r.randint(1, 5))]
        self.emit("d = CheckedDict[str, int]({%s})" % ", ".join("%s: %d" % (k, self.small()) for k in keys))
        ops = []
        for _ in range(self.r.randint(3, 7)):
            k = self.r.choice(keys + ["'z'"])
            ops.append(self.r.choice([
                "d[%s] = seed + %d" % (k, self.small()),
                "print('cont%d get', d.get(%s), d.get(%s, -1), %s in d)" % (n, k, k, k),
                "if %s in d:\n        del d[%s]" % (k, k),
                "print('cont%d pop', d.pop(%s, 0))" % (n, k),
                "print('cont%d sd', d.setdefault(%s, 7))" % (n, k),
                "d.update({%s: %d})" % (k, self.small()),
                "for kk, vv in d.items():\n        print('cont%d it', kk, vv)" % n,
                "print('cont%d', sorted(d.keys()), sorted(d.values()), len(d))" % n,
            ]))
        for o in ops:
            self.emit(o)
        self.emit("try:")
        self.emit("print(d['nokey'])", 2)
        self.emit("except KeyError as e:")
        self.emit("print('cont%d keyerror', e)" % n, 2)
        vals = [str(self.small(-20, 20)) for _ in range(self.r.randint(0, 7))]
        self.emit("l = CheckedList[int]([%s])" % ", ".join(vals))
        for _ in range(self.r.randint(2, 6)):
            self.emit(self.r.choice([
                "l.append(seed %% %d)" % self.small(1, 9),
                "l.sort()", "l.reverse()", "l.sort(reverse=True)",
                "print('cont%d sl', list(l[%d:%d]), list(l[::-1]), list(l[::2]))" % (n, self.small(0, 3), self.small(0, 6)),
                "if l:\n        l[0] = l[-1] + 1\n        print('cont%d pop', l.pop())" % n,
                "l.insert(%d, %d)" % (self.small(0, 3), self.small()),
                "l.extend([1, 2])",
                "print('cont%d l', list(l), len(l), %d in l, l.count(1))" % (n, self.small(-5, 5)),
                "if 1 in l:\n        print('cont%d idx', l.index(1))" % n,
            ]))
        self.emit("a, b, *rest = [seed, %d, %d, %d]" % (self.small(), self.small(), self.small()))
        self.emit("(c, e2), f = (b, a), rest")
        self.emit("print('cont%d unpack', a, b, c, e2, f)" % n)
        self.emit("sq = {v: v * v for v in l if v > 0}")
        self.emit("st = {v % 3 for v in l}")
        self.emit("print('cont%d comp', sorted(sq.items()), sorted(st), [(v, w) for v in range(2) for w in 'ab'])" % n)
        self.emit("s = ' Hello, %s World %d '" % (self.r.choice(["static", "Py", "x"]), self.small()))
        self.emit(self.r.choice([
            "print('cont%d str', s.strip().lower(), s.split(','), s.replace('o', '0'), s.find('W'))" % n,
            "print('cont%d str', '-'.join(s.split()), s.startswith(' H'), s.count('l'), s.title())" % n,
            "print('cont%d str', s[1:5], s[::-1], s.upper().endswith(' '), s.partition(','))" % n,
        ]))
        self.emit("w = %d.375" % self.small())
        self.emit("print(f'cont%d {seed:>5} {w:.2f} {s.strip()!r} {len(l):03d} {seed * 2:x} {w:e}')" % n)
        self.lines.append("")
        return "cont%d(%d)" % (n, self.small())

    def gen2_section(self, n):
        self.emit("def gen2_%d(k: int):" % n, 0)
        self.emit("try:")
        self.emit("for i in range(k):", 2)
        self.emit("if i == %d:" % self.small(0, 5), 3)
        self.emit(self.r.choice(["return", "break", "continue", "raise ValueError(i)"]), 4)
        self.emit("with Fz('g%d', %s):" % (n, self.r.random() < 0.3), 3)
        self.emit("yield i * 2", 4)
        self.emit("finally:")
        self.emit("print('gen2_%d finally')" % n, 2)
        self.emit("yield -1")
        self.lines.append("")
        self.emit("def use_gen2_%d() -> None:" % n, 0)
        self.emit("try:")
        self.emit("print('gen2_%d', list(gen2_%d(%d)))" % (n, n, self.small(0, 6)), 2)
        self.emit("g = gen2_%d(%d)" % (n, self.small(1, 6)), 2)
        self.emit("print('gen2_%d first', next(g))" % n, 2)
        self.emit("g.close()", 2)
        self.emit("print('gen2_%d expr', sum(v for v in gen2_%d(4) if v > 0))" % (n, n), 2)
        self.emit("except ValueError as e:")
        self.emit("print('gen2_%d err', e)" % n, 2)
        self.lines.append("")
        return "use_gen2_%d()" % n

    # ------------------------------------------------------------ tagged int locals

    def tag_update(self, v, vs, ind):
        """One update of int local v whose value may cross 2**30 and 2**62 either way."""
        o = self.r.choice(vs)
        c = self.r.choice([self.small(-9, 9) or 1, self.small(2, 40000), -self.small(2, 40000),
                           2 ** self.r.choice([29, 30, 31, 61, 62, 63]) + self.small(-2, 2)])
        if self.r.random() < 0.35:   # back towards (and across) the tagged range, +-2**30
            b = self.r.choice([30, 31, 32, 62, 63])
            self.emit(self.r.choice([
                "%s = %s %% %d - %d" % (v, v, 2 ** b, 2 ** (b - 1)), "%s &= %d" % (v, 2 ** b - 1),
                "%s //= %d" % (v, 2 ** self.small(20, 40)), "%s = %s %% %d" % (v, o, -(2 ** b) + self.small(0, 3)),
                "%s = %s // -%d" % (v, v, 2 ** 33 + 1)]), ind)
            return
        self.emit(self.r.choice([
            "%s += %s" % (v, o), "%s -= %s" % (v, o), "%s *= %d" % (v, c), "%s = %s * %s" % (v, v, o),
            "%s = %s * %d + %s" % (v, v, self.small(2, 70000), o), "%s //= %d" % (v, c), "%s %%= %d" % (v, c),
            "%s &= %d" % (v, c), "%s |= %d" % (v, c), "%s ^= %s" % (v, o), "%s = -%s" % (v, v),
            "%s = -%s - %s" % (v, o, v), "%s += %d" % (v, c), "%s -= %d" % (v, c), "%s = %s %% %d - %s" % (v, o, c, v),
            "%s = (%s + %s) // %d" % (v, v, o, c), "%s = %s & %s" % (v, o, v), "%s = ~%s" % (v, v),
        ]), ind)

    def tag_use(self, n, vs, ind, ctx):
        """A generic use of an int local: calls, containers, fields, strings, identity, indexes."""
        v, w = self.r.choice(vs), self.r.choice(vs)
        lab = "tg%d.%d" % (n, self.label)
        self.label += 1
        k = self.r.choice(["print", "call", "builtin", "fstr", "ident", "cont", "field", "index", "index_oor",
                           "store_index", "div", "try", "del", "assign_odd", "closure", "locals", "cmp", "shift",
                           "entry", "copy", "const"])
        e = lambda s, i=0: self.emit(s, ind + i)
        if k == "print":
            e("print('%s', %s, %s, %s)" % (lab, v, w, self.r.choice(["-" + v, v + " - " + w, v + " * " + w])))
        elif k == "call":
            e("print('%s', ident%d(%s), twice%d(%s, %s), twice%d(b=%s, a=%s))" % (lab, n, v, n, v, w, n, w, v))
        elif k == "builtin":
            e("print('%s', %s)" % (lab, self.r.choice([
                "abs(%s), str(%s), repr(%s), hash(%s), bool(%s)" % (v, v, v, v, w),
                "max(%s, %s), min(%s, %s), int(%s), float(%s %% 1000)" % (v, w, w, v, v, v),
                "divmod(%s, %d), pow(%s %% 100, 2), %s.bit_length(), hex(%s)" % (v, self.small(1, 50), v, v, w),
                "sorted([%s, %s, 0]), sum([%s, %s]), len(str(%s))" % (v, w, v, w, v)])))
        elif k == "fstr":
            e("print(f'%s {%s} {%s!r} {%s:>8} {%s %% 97:03d} {-%s}')" % (lab, v, w, v, w, v))
        elif k == "ident":
            e("alias = %s" % v)
            e("held = [%s, %s]" % (v, v))
            e("print('%s', alias is %s, %s is %s, held[0] is held[1], held[1] is %s, alias == %s)" % (lab, v, v, v, v, w))
        elif k == "cont":
            e("seen[%s] = %s" % (v, w))
            e("log.append(%s)" % v)
            e("print('%s', %s in seen, seen.get(%s), log[-1] == %s, {%s: 1}, (%s, %s), len(seen))" % (lab, w, v, v, v, v, w))
        elif k == "field":
            e("bx.v = %s" % v)
            e("bx.v += %s" % w)
            e("print('%s', bx.v, bx.get())" % lab)
        elif k == "index":
            e("print('%s', xs[%s %% len(xs)], xs[-(%s %% len(xs)) - 1], tp[%s %% 4], tp[-(%s %% 4) - 1])" % (lab, v, w, v, w))
        elif k == "index_oor":
            e("try:")
            e("print('%s', %s)" % (lab, self.r.choice(["xs[%s]" % v, "tp[%s]" % v, "xs[-%s]" % v, "tp[%s - %s]" % (v, w)])), 1)
            e("except IndexError as ie:")
            e("print('%s IndexError', ie, %s)" % (lab, v), 1)
        elif k == "store_index":
            e("try:")
            e("xs[%s] = %s" % (self.r.choice([v, "-" + v, "%s %% len(xs)" % v]), w), 1)
            e("xs[%s %% len(xs)] += %s" % (w, v), 1)
            e("print('%s', xs)" % lab, 1)
            e("except IndexError as ie:")
            e("print('%s IndexError', ie, %s)" % (lab, v), 1)
        elif k == "div":
            e("try:")
            e("print('%s', %s // %s, %s %% %s, %s // (%s %% 3 - 1), -%s %% (%s %% 5 - 2))" % (lab, v, w, w, v, v, w, v, w), 1)
            e("except ZeroDivisionError as ze:")
            e("print('%s zero', ze, %s)" % (lab, v), 1)
        elif k == "try":
            e("try:")
            e("live = %s * %d - %s" % (v, self.small(1, 9), w), 1)
            e("if live %% %d == %d:" % (self.small(2, 4), self.small(0, 1)), 1)
            e("raise FzError('%s', live)" % lab, 2)
            e("live += 1", 1)
            e("except FzError as fe:")
            e("print('%s caught', fe, fe.code, live)" % lab, 1)
            if self.r.random() < 0.5:
                e("finally:")
                e("print('%s finally', live, %s)" % (lab, v), 1)
        elif k == "del":
            e("gone: int = %s + %s" % (v, w))
            e("del gone")
            e("try:")
            e("print(gone)", 1)
            e("except UnboundLocalError:")
            e("print('%s unbound')" % lab, 1)
        elif k == "assign_odd":
            e("odd: int = %s" % self.r.choice(["True", "False", "Sub%d(%d)" % (n, self.small(-5, 5)),
                                               "Sub%d(%s)" % (n, v)]))
            e("print('%s', odd, type(odd).__name__, odd + %s, type(odd + 1).__name__, odd is odd)" % (lab, w))
            e("odd -= %s" % v)
            e("print('%s', odd, type(odd).__name__)" % lab)
        elif k == "closure":
            e("def cl(q: int = %s) -> int:" % v)
            e("return q * 2 + %s" % ("cap" if self.r.random() < 0.8 else w), 1)   # a cell: not tagged
            e("print('%s', cl(), cl(%s))" % (lab, w))
        elif k == "locals":
            e("print('%s', locals()['%s'], locals()['%s'] == %s)" % (lab, v, w, w))
        elif k == "cmp":
            e("print('%s', %s < %s, %s == %s, %s >= -%s, %s != %d)" % (lab, v, w, v, w, v, w, v, self.small(-3, 3)))
        elif k == "shift":
            e("print('%s', %s >> %d, (%s %% 1000) << %d)" % (lab, v, self.small(0, 40), w, self.small(0, 40)))
        elif k == "copy":   # an int variable copied into another one shares the object
            e("cp: int = %s - %s" % (w, v))
            e("cp = %s" % v)
            e("print('%s', cp is %s, [cp, %s][0] is %s, cp == %s)" % (lab, v, v, v, v))
            e("cp += %s" % w)
        elif k == "const":   # a literal is one object wherever the function stores it
            c = self.r.choice([self.small(-5, 256), self.small(257, 10 ** 6), 2 ** 30 - 1, 2 ** 30, 2 ** 40])
            e("c1: int = %s * 1" % v)
            e("c1 = %d" % c)
            e("c2: int = %s + 1" % w)
            e("c2 = %d" % c)
            e("print('%s', c1 is c2, c1 == c2, c1 + %s)" % (lab, v))
        elif k == "entry":   # Python entries called by the interpreter (eval) and by C (map, sorted)
            e("print('%s', eval('f(p, q)', {'f': twice%d, 'p': %s, 'q': %s}), eval('f(b=p, a=q)', {'f': twice%d, 'p': %s, 'q': %s}))"
              % (lab, n, v, w, n, v, w))
            e("print('%s', list(map(twice%d, [%s, %s], [%s, 1])), sorted([%s, %s, 3], key=ident%d))" % (lab, n, v, w, w, v, w, n))
        if ctx["loop"] and self.r.random() < 0.12:   # rare, so later uses run too
            e("if %s %% %d == %d:" % (v, self.small(3, 7), self.small(0, 1)))
            e(self.r.choice(["break", "continue", "return %s" % w]), 1)

    def tag_section(self, n):
        self.label = 0
        gen = self.r.random() < 0.2
        self.emit("class Sub%d(int):" % n, 0)
        self.emit("pass")
        self.emit("class TBox%d:" % n, 0)
        self.emit("def __init__(self, v: int) -> None:")
        self.emit("self.v: int = v", 2)
        self.emit("def get(self) -> int:")
        self.emit("return self.v - 1", 2)
        self.emit("def ident%d(v: int) -> int:" % n, 0)
        self.emit("return v")
        self.emit("def twice%d(a: int, b: int) -> int:" % n, 0)
        self.emit("return a * 2 - b")
        self.lines.append("")
        self.emit("def tg%d(a: int, b: int)%s:" % (n, "" if gen else " -> int"), 0)
        vs = ["a", "b", "x", "y"]
        self.emit("x: int = a * %d" % self.small(-5, 5))
        self.emit("y: int = %d" % self.r.choice([self.small(-100, 100), 2 ** 30 - self.small(0, 3), -2 ** 30 + self.small(0, 3)]))
        self.emit("cap: int = %d" % self.small(-9, 9))
        self.emit("xs: List[int] = [%s]" % ", ".join(str(self.small(-50, 50)) for _ in range(self.r.randint(1, 6))))
        self.emit("tp = (%s)" % ", ".join(str(self.small(-50, 50)) for _ in range(4)))
        self.emit("seen: Dict[int, int] = {}")
        self.emit("log: List[int] = []")
        self.emit("bx = TBox%d(a)" % n)
        loop = self.r.choice(["range", "while", "while2"])
        if loop == "range":
            self.emit("for k in range(%d):" % self.small(3, 12))
            vs.append("k")
        elif loop == "while":
            self.emit("k: int = 0")
            self.emit("while k < %d:" % self.small(3, 12))
            self.emit("k += 1", 2)
            vs.append("k")
        else:
            self.emit("k: int = 0")
            self.emit("while x != y and k < %d:" % self.small(3, 12))
            self.emit("k += 1", 2)
            vs.append("k")
        for _ in range(self.r.randint(3, 8)):
            if self.r.random() < 0.55:
                self.tag_update(self.r.choice(["x", "y", "a", "b", "cap"]), vs, 2)
            else:
                self.tag_use(n, vs, 2, {"loop": not gen})
            if gen and self.r.random() < 0.3:
                self.emit("yield %s" % self.r.choice(vs), 2)
        self.emit("if x > 2 ** 80 or x < -2 ** 80:", 2)
        self.emit("x = x // %d" % (2 ** 50 + self.small(0, 9)), 3)
        self.emit("if y > 2 ** 80 or y < -2 ** 80:", 2)
        self.emit("y = y %% %d - %d" % (2 ** 62 + self.small(0, 9), 2 ** 61), 3)
        self.emit("print('tg%d iter', x, y, a, b)" % n, 2)
        for _ in range(self.r.randint(1, 3)):
            self.tag_use(n, vs, 1, {"loop": False})
        if gen:
            self.emit("yield x + y")
        else:
            self.emit("return x - y + a")
        self.lines.append("")
        self.emit("def dyn_tg%d(f, a, b):" % n, 0)
        self.emit("return f(a, b=b)" if self.r.random() < 0.5 else "return f(*(a, b))")
        self.lines.append("")
        args = [(self.r.choice([self.small(-20, 20), 2 ** 29 + self.small(-3, 3), -2 ** 30 + self.small(-3, 3),
                               2 ** 62 + self.small(-3, 3)]), self.small(-20, 20)) for _ in range(2)]
        wrap = (lambda c: "list(%s)" % c) if gen else (lambda c: c)
        calls = []
        for (a, b) in args:
            calls.append("try:\n    print('tg%d ->', %s, %s)\nexcept Exception as ex:\n    print('tg%d escaped', type(ex).__name__, ex)"
                         % (n, wrap("tg%d(%d, %d)" % (n, a, b)), wrap("dyn_tg%d(tg%d, %d, %d)" % (n, n, a, b)), n))
        return "\n".join(calls)

    def program(self):
        self.lines = ["import __static__",
                      "from __static__ import (int8, int16, int32, int64, uint8, uint16, uint32, uint64,",
                      "                        double, cbool, box, unbox, clen, crange, Array, CheckedList, CheckedDict)",
                      "from typing import ClassVar, Dict, List, Optional", "",
                      "def abs_(x: int64) -> int64:", "    return x if x >= 0 else -x", ""]
        self.lines += PRELUDE
        kinds = [self.prim_section, self.double_section, self.loop_section, self.class_section,
                 self.coll_section, self.exc_section, self.gen_section,
                 self.prim_width_section, self.prim_width_section, self.double_ops_section,
                 self.prim_class_section, self.array_section, self.flow_section, self.flow_section,
                 self.flow_section, self.oo_section, self.boundary_section, self.containers_section,
                 self.containers_section, self.gen2_section, self.tag_section, self.tag_section,
                 self.tag_section]
        if self.focus == "tag":
            kinds = [self.tag_section]
        calls = [self.r.choice(kinds)(i) for i in range(self.r.randint(3, 7))]
        if self.r.random() < 0.2:   # an uncaught exception ends the program: exit code and last line
            calls.append(self.r.choice(["raise FzSub('end', 3)", "flow_end = {}['missing']",
                                        "run_dyn_end = int('x')"]))
        return "\n".join(self.lines + calls) + "\n"


def run(cmd, cwd, env):
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        return ("TIMEOUT", "", -1)
    except OSError as e:   # e.g. the binary is being rebuilt
        return ("ERROR %s" % e, "", -1)
    last = p.stderr.strip().splitlines()[-1:] or [""]
    return (p.stdout, last[0].split(":")[0], p.returncode)


def check_seed(seed, args, env):
    wd = os.path.join(args.out, "s%d" % seed)
    os.makedirs(wd, exist_ok=True)
    path = os.path.join(wd, "prog.py")
    with open(path, "w") as f:
        f.write(Gen(seed, args.focus).program())
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
    ap.add_argument("-j", "--jobs", type=int, default=1, help="seeds checked in parallel")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "fuzz-programs"))
    ap.add_argument("--print", dest="show", type=int, help="print the program of one seed")
    ap.add_argument("--focus", choices=["tag"], help="generate only one kind of section (tag: tagged int locals)")
    args = ap.parse_args()
    if args.show is not None:
        sys.stdout.write(Gen(args.show, args.focus).program())
        return 0
    args.out = os.path.abspath(args.out)   # the programs run with their own directory as cwd
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "build", "python"))
    counts = {}
    seeds = range(args.start, args.start + args.seeds)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for seed, (res, detail) in zip(seeds, pool.map(lambda s: check_seed(s, args, env), seeds)):
            counts[res] = counts.get(res, 0) + 1
            if res != "ok":
                print("seed %d: %s\n%s" % (seed, res, detail[:2000]), flush=True)
    print(" ".join("%s=%d" % kv for kv in sorted(counts.items())))
    return 1 if set(counts) - {"ok"} else 0


if __name__ == "__main__":
    sys.exit(main())
