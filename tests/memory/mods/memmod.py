# Static module exercised by the memory tier: every function is called ~100k times by
# test_leaks.py and a few hundred times under valgrind by vg_smoke.py.
import __static__
from __static__ import int64, double, cbool, box, cast
from typing import List, Optional


def add(a: int64, b: int64) -> int64:
    return a + b


def fdiv(d: double, e: double) -> double:
    return d / e


def positive(x: int64) -> cbool:
    return x > 0


def concat(s: str, t: str) -> str:
    return s + t


def ident(x: object) -> object:
    return x


def opt(x: Optional[str]) -> int:
    if x is not None:
        return len(x)
    return 0


def kw(a: int, b: int = 1, *, c: int = 2) -> int:
    return a + b + c


def make_list(n: int) -> list:
    return [n, n, "x", (n, None)]


def make_dict(k: str, v: object) -> dict:
    return {k: v, "const": [v]}


def big(a: int) -> int:
    return a * a * a


def loop_sum(n: int) -> int:
    s: int64 = 0
    for i in range(n):
        s += int64(i)
    return box(s)


def strings(s: str) -> str:
    parts = s.split(",")
    out = "-".join(parts)
    return out.upper()[1:]


def raises(n: int) -> int:
    if n > 0:
        raise ValueError("bad value " + str(n))
    return n


def div(a: int64, b: int64) -> int64:
    return a // b


def check_fail(x: int64) -> int64:
    assert x < 0, "must be negative"
    return x


def casted(o: object) -> str:
    s: str = cast(str, o)
    return s


def untyped(x, y):
    return [x, y, x + y]


def recurse(n: int64) -> int64:
    if n <= 0:
        return 0
    return 1 + recurse(n - 1)


def closures(s: str, o: list) -> int:
    """Cells for a parameter and a local, a nonlocal rebind, a closure that outlives
    the call, and an unbound free variable raising NameError."""
    count = 0

    def bump(k: int) -> None:
        nonlocal count
        count += k

    keep = lambda: (s, o, count)
    bump(2)
    bump(3)

    def unbound() -> object:
        return later

    try:
        unbound()
    except NameError:
        pass
    later = o
    return count + len(keep()) + len(unbound())


def matching(s: str, o: list) -> int:
    """Every kind of pattern, matching and failing, with captures."""
    n = 0
    for v in ([s, o], {"k": s, "extra": o}, (1, s, o), s, o, None):
        match v:
            case [str(a), [*rest]] if a == s:
                n += len(rest)
            case {"k": str(b), **others}:
                n += len(others) + len(b)
            case (1, *mid):
                n += len(mid)
            case str() | None:
                n += 1
            case list(x):
                n += len(x)
    return n


# ---- generators: frames of suspended, finished and abandoned generators ----
def gen_count(n: int64):
    i: int64 = 0
    while i < n:
        yield box(i)
        i += 1


def gen_consume(n: int64) -> int:
    total = 0
    for v in gen_count(n):
        total += v
    return total


def gen_hold(x: object):
    try:
        yield x
        yield [x, x]
    except KeyError:
        yield x
    finally:
        y = x


def gen_abandon(x: object) -> object:
    g = gen_hold(x)
    next(g)
    next(g)
    return x


def gen_delegate(x: object):
    r = yield from gen_hold(x)
    return r


def gen_throw_close(x: object) -> object:
    g = gen_delegate(x)
    next(g)
    g.throw(KeyError(x))
    try:
        g.throw(ValueError(x))
    except ValueError:
        pass
    g2 = gen_delegate(x)
    next(g2)
    g2.close()
    return x


def gen_self_ref(holder: list):
    yield holder
    yield holder


def gen_cycle(x: object) -> object:
    holder = [x]
    g = gen_self_ref(holder)
    holder.append(g)
    next(g)
    return x


def gen_genexpr(xs: list) -> int:
    return sum(len(x) for x in xs)


def gen_raises(x: object):
    yield x
    raise KeyError(x)


def gen_error(x: object) -> list:
    return list(gen_raises(x))


def gen_unstarted(x: object) -> object:
    g = gen_hold(x)
    return x


# ---- coroutines and async generators, driven by send() (no event loop) ----
class Tick:
    def __await__(self):
        yield None


class ACounter:
    def __init__(self, x: object) -> None:
        self.x = x
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.n >= 2:
            raise StopAsyncIteration
        self.n += 1
        return self.x


class ACtx:
    def __init__(self, x: object) -> None:
        self.x = x

    async def __aenter__(self):
        await Tick()
        return self.x

    async def __aexit__(self, t, v, tb):
        await Tick()
        return t is KeyError


def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


async def co_inner(x: object) -> object:
    await Tick()
    return x


async def co_work(x: object) -> object:
    y = await co_inner(x)
    items = [v async for v in ACounter(x)]
    async with ACtx(x) as z:
        raise KeyError(z)
    return [y, items]


def co_run(x: object) -> object:
    drive(co_work(x))
    return x


async def co_raise(x: object) -> object:
    await Tick()
    raise KeyError(x)


def co_error(x: object) -> object:
    return drive(co_raise(x))


def co_abandon(x: object) -> object:
    c = co_work(x)
    c.send(None)
    return x


async def agen_vals(x: object):
    try:
        yield x
        await Tick()
        yield [x]
    finally:
        y = x


async def agen_consume(x: object) -> list:
    return [v async for v in agen_vals(x)]


def agen_run(x: object) -> object:
    drive(agen_consume(x))
    return x


def agen_abandon(x: object) -> object:
    a = agen_vals(x)
    try:
        a.__anext__().send(None)
    except StopIteration:
        pass
    return x


# ---- except* ----
def star(x: object) -> object:
    try:
        raise ExceptionGroup("g", [ValueError(x), KeyError(x)])
    except* ValueError as e:
        y = e
    except* KeyError:
        pass
    return x


def star_reraise(x: object) -> object:
    try:
        try:
            raise ExceptionGroup("g", [ValueError(x), KeyError(x), OSError(x)])
        except* ValueError:
            raise TypeError(x)
        except* KeyError:
            raise
    except ExceptionGroup:
        pass
    return x


def packed(a: str, *args: object, k: str = "k", **kw: object) -> int64:
    return int64(len(args) + len(kw))


def packs_static(s: str, o: object) -> int64:
    return packed(s, o, s, k=s, x=o, y=s) + packed(s)


class Varargs:
    def m(self, *args: object, **kw: object) -> int64:
        return int64(len(args))

    def run(self, s: str) -> int64:
        return self.m(s, s, key=s)


def py_m(self, *args, **kw):
    return len(args) + len(kw)


PyVarargs = type("PyVarargs", (Varargs,), {"m": py_m})


def via_thunk(s: str) -> int64:
    o: Varargs = PyVarargs()
    return o.run(s)


class StaticPick:
    @staticmethod
    def pick(a: str, b: object) -> str:
        return a

    def run(self, s: str, o: object) -> str:
        return self.pick(s, o)


class StaticPickSub(StaticPick):
    @staticmethod
    def pick(a: str, b: object) -> str:
        return a + "!"


def py_pick(a, b):
    return b


PyStaticPick = type("PyStaticPick", (StaticPick,), {"pick": staticmethod(py_pick)})


def static_virtual(s: str, o: object) -> str:
    """Staticmethods through instances: the adapter (static override) and the thunk
    (Python override; a wrong-typed result is raised when o is not a str)."""
    a: StaticPick = StaticPickSub()
    return a.run(s, o) + StaticPick().pick(s, o) + PyStaticPick().run(s, o)


def set_defaults(f: object, d: object) -> None:
    f.__defaults__ = d


def int_chain(a: int, b: int) -> int:
    return (a + b) * (a - b) // 3 + (a * b) % 7 - (a ^ b)


def int_chain_zero(a: int) -> int:
    return (a + 1) // (a - a) + 1


def drop_all(xs: List[int], i: int) -> int:
    xs.clear()
    return i


def tagged_aug_index(n: int) -> int:
    # i is tagged; xs[i] += ... loads it twice and the call boxes the second load
    # before the store's IndexError path boxes the first: one box, owned once.
    xs: List[int] = [7] * (n + 1)
    i: int = n * 1
    try:
        xs[i] += drop_all(xs, i)
    except IndexError:
        return -1
    return 0


def tagged_self_mod(x: int) -> int:
    x = x * 1
    try:
        return x % x   # two tagged loads of 0: both go the slow path and box
    except ZeroDivisionError:
        return -1


class Holder:
    def __init__(self, x: object) -> None:
        self.x: object = x

    def get(self) -> object:
        return self.x


class Slots:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def dyn_fields(v):
    items: list = [Holder(v), Slots(v), Holder(v)]
    out = []
    for h in items:
        out.append(h.x)
        out.append(h.get())
    return out


def dyn_field_unset(v):
    s = Slots(v)
    del s.x
    return s.x
