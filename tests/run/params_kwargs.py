import __static__
from __static__ import int64, box


def opts(name: str, **kw: int) -> str:
    parts = [name]
    for k in sorted(kw):
        parts.append(f"{k}={kw[k]}")
    return ",".join(parts)


def merged(a, b=2, **kw):
    return (a, b, kw)


def kwonly(a, *, x: int = 1, y: str, **rest) -> tuple:
    return (a, x, y, rest)


print(opts("n"), opts("n", z=1, a=2), opts(name="m", q=3))
print(merged(1), merged(1, 3, c=4), merged(b=5, a=6, d=7), merged(1, **{"x": 9}))
print(kwonly(1, y="y"), kwonly(1, y="s", x=5, extra=[1]))
d: dict = merged(1, k=2)[2]
print(type(d).__name__, d)
k = merged(0, a2=1, b2=2)[2]
k["new"] = 3
print(k, merged(0)[2])
fns = [opts, merged, kwonly]
print(fns[0]("dyn", x=1), fns[1](a=1, c=2), fns[2](1, y="q", zz=0))


def only_kw(**kw):
    return kw


print(only_kw(), only_kw(a=1, b=2), only_kw(**{"self": 1, "kw": 2}))
