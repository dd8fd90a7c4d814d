# isinstance(o, cls) of the global name: inline when the builtin and o's exact type is cls;
# subclasses, tuples, __instancecheck__, errors and a rebound global take the runtime.
import __static__
import builtins
class A:
    pass
class B(A):
    pass
class Meta(type):
    def __instancecheck__(cls, o):
        return o == 42
class M(metaclass=Meta):
    pass
def f(xs: list) -> list:
    out = []
    for x in xs:
        out.append((isinstance(x, A), isinstance(x, (int, str)), isinstance(x, M), isinstance(x, B)))
    return out
def bad() -> str:
    try:
        isinstance(1, 2)  # noqa
    except TypeError as e:
        return str(e)
    return "no"
def shadowed() -> list:
    global isinstance
    saved = isinstance
    isinstance = lambda o, c: "patched"
    try:
        return [isinstance(1, int), isinstance(A(), A)]
    finally:
        isinstance = saved
print(f([A(), B(), 3, "x", 42, None]), bad(), shadowed(), isinstance(B(), A))
