# Compiled functions answer isinstance(f, types.FunctionType) and inspect.isfunction()
# like the source's, and everything callers then read is there: __code__ (filename and
# first line, so inspect.getsource works), __globals__, __builtins__, signatures, hints.
import dataclasses
import functools
import inspect
import types
import typing


def f(a: int, b: str = "x") -> str:
    "doc"
    return b * a


print(isinstance(f, types.FunctionType), inspect.isfunction(f), f.__class__)
print(type(f).__name__, callable(f), f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(inspect.signature(f), typing.get_type_hints(f))
print(f.__code__.co_filename == __file__, f.__code__.co_firstlineno, f.__code__.co_name)
print(type(__builtins__).__name__, f.__builtins__ is vars(__builtins__) or f.__builtins__ is __builtins__)
print(inspect.getsource(f).splitlines())


@functools.wraps(f)
def g(*a):
    return f(*a)


print(inspect.signature(g), g.__wrapped__ is f, inspect.isfunction(g), g(2, "ab"))


@dataclasses.dataclass
class P:
    x: int
    y: int = 2


# dataclasses renames the methods it adds only when they are functions (_set_qualname)
print(P(1), P.__repr__.__qualname__, P.__init__.__qualname__, P.__eq__.__qualname__)


class C:
    def m(self):
        return 1


print(inspect.ismethod(C().m), inspect.isfunction(C.m), type(C().m).__name__)
print([name for name, _ in inspect.getmembers(C, inspect.isfunction)])
