import __static__
import functools
import inspect


def target(a: int, b: int = 2, *rest: int, key: str = "k", **kw: object) -> int:
    "the target"
    return a + b + len(rest)


# A Python-built wrapper around a compiled function.
def call_logged(fn, *a, **k):
    return ("logged", fn(*a, **k))


def logged(fn):
    return functools.wraps(fn)(functools.partial(call_logged, fn))


w = logged(target)
print(w.__name__, w.__qualname__, w.__doc__, w.__module__ == __name__)
print(w.__wrapped__ is target, w.__annotations__)
print(inspect.signature(w))
print(w(1, 2, 3, 4))


# A compiled wrapper (closure-free: it reaches the wrapped function through a global).
def proxy(*args, **kwargs):
    return ("proxy", plain(*args, **kwargs))


def plain(x, y=10, *, z=None):
    """plain doc"""
    return (x, y, z)


functools.update_wrapper(proxy, plain)
print(proxy.__name__, proxy.__qualname__, proxy.__doc__, proxy.__wrapped__ is plain)
print(inspect.signature(proxy))
print(inspect.signature(proxy, follow_wrapped=False))
print(proxy(1, z=3))
print(inspect.unwrap(proxy) is plain)
try:
    proxy(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

# Names and qualnames are writable (strings only) and show up in binding errors.
plain.__name__ = "renamed"
plain.__qualname__ = "Outer.renamed"
print(plain.__name__, plain.__qualname__, repr(plain).split(" at ")[0])
try:
    [plain][0]()
except TypeError as e:
    print("TypeError", e)
for attr in ("__name__", "__qualname__"):
    try:
        setattr(plain, attr, 3)
    except TypeError as e:
        print("TypeError", e)
plain.__doc__ = "new doc"
plain.__annotations__ = {"x": int}
print(plain.__doc__, plain.__annotations__, inspect.signature(plain))
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)
plain.custom = 1
print(plain.__dict__)
print(proxy.__dict__["__wrapped__"] is plain)
