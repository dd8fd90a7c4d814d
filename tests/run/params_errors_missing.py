import __static__

# Every "missing" message of CPython 3.11, raised by compiled functions called from
# untyped code.


def p1(a): pass
def p2(a, b): pass
def p3(a, b, c): pass
def p4(a, b, c, d=1): pass
def k1(*, a): pass
def k2(*, a, b): pass
def k3(x, *, a, b, c, d=4): pass
def both(x, y, *, z): pass
def star(x, *args, y): pass
def pos_only(a, b, /, c): pass


class M:
    def m(self, a, b): pass


fns = {"p1": p1, "p2": p2, "p3": p3, "p4": p4, "k1": k1, "k2": k2, "k3": k3,
       "both": both, "star": star, "pos_only": pos_only, "M.m": M().m}
calls = [((), {}), ((1,), {}), ((1, 2), {}), ((), {"a": 1}), ((), {"c": 1}),
         ((), {"x": 1}), ((1,), {"y": 2}), ((1,), {"c": 3})]
for name, fn in fns.items():
    for args, kw in calls:
        try:
            fn(*args, **kw)
            print(name, args, kw, "ok")
        except TypeError as e:
            print(name, args, kw, "TypeError:", e)
