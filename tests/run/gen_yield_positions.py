# yield as an operand anywhere in an expression: pending operands are kept in hidden
# variables across the suspension; augmented assignments with a branching value.
import contextlib


class O:
    attr = 1

    def m(self, a, b=0):
        return ("m", a, b)


def f(a, b=None, z=None):
    return (a, b, z)


def exprs():
    o = O()
    d = {}
    a = 5
    r = []
    r.append(f(a, (yield "arg")))
    d["k"] = yield "subscr-store"
    o.attr += yield "aug-attr"
    r.append([1, (yield "list"), 3])
    r.append({(yield "key"): (yield "val")})
    r.append(f"<{(yield 'fstr')}>")
    r.append("T" if (yield "cond") else "F")
    r.append(not (yield "not"))
    r.append((yield "l") + (yield "r"))
    r.append(1 < (yield "cmp") < 3)
    r.append([10, 20, 30][(yield "index")])
    r.append(o.m((yield "meth"), b=(yield "kw")))
    r.append(f(*(yield "star"), **(yield "dstar")))
    r.append(a and (yield "and"))
    x = 1
    x += yield "aug"
    r.append(x)
    for i in (yield "iter"):
        r.append(i)
    r.append((yield) or "none-or")
    r.append(d)
    r.append(o.attr)
    return r


g = exprs()
vals = {"arg": 1, "subscr-store": 2, "aug-attr": 3, "list": 2, "key": "K", "val": "V", "fstr": "F",
        "cond": 0, "not": "", "l": 1, "r": 2, "cmp": 2, "index": 1, "meth": "M", "kw": "KW",
        "star": (1, 2), "dstar": {"z": 1}, "and": "A", "aug": 10, "iter": [7, 8], None: None}
out = next(g)
try:
    while True:
        print("yielded", out)
        out = g.send(vals[out])
except StopIteration as e:
    print(e.value)


@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag
    finally:
        print("teardown", tag)


with managed("cm") as t:
    print("body", t)
try:
    with managed("cm2"):
        raise KeyError("inside")
except KeyError as e:
    print("propagated", e)


def defaults(a, b=2, *, c=3):
    yield a + b + c


print(list(defaults(1)), list(defaults(1, c=10, b=0)))


def assert_raise():
    assert (yield "assert")
    raise (yield "raise")


ar = assert_raise()
next(ar)
print(ar.send(ValueError("x")))
try:
    ar.send(ValueError("raised value"))
except ValueError as e:
    print("raised", e)


def with_yield():
    with (yield "ctx") as c:
        yield c


wy = with_yield()
next(wy)
print(wy.send(managed("sent")))
print(list(wy))


def aug_targets():
    lst = [1, 2]
    d = {"k": 10}
    lst[0] += yield "idx"
    d["k"] -= yield "key"
    n = 3
    n *= 2 if (yield "cond") else 3
    return lst, d, n


at = aug_targets()
next(at)
at.send(5)
at.send(4)
try:
    at.send(True)
except StopIteration as e:
    print(e.value)
