"""__static__ — the runtime of spc's Static Python dialect.

The same source runs uncompiled under stock CPython with these definitions (that is
how tests get their reference output); compiled modules import StaticTypeError and the
containers from here.  Primitive types are callables that convert (int types range-check
and raise OverflowError("int overflow"), like the compiled unbox), usable as annotations.
Uncompiled int64 arithmetic is plain Python int arithmetic (no wrapping).

The checked containers (CheckedList, CheckedDict), Array and StaticTypeError live in the
C extension __static__._static (runtime/static_*.c, docs/STATIC_RUNTIME.md); compiled
modules reach the same objects through its capsule.
"""

__all__ = [
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "double", "cbool", "box", "unbox", "cast", "inline", "clen", "crange", "StaticTypeError",
    "size_t", "ssize_t", "char", "CheckedList", "CheckedDict", "Array", "chklist", "chkdict",
    "pydict", "PyDict", "allow_weakrefs", "dynamic_return", "prod_assert",
    "ContextDecorator", "ExcContextDecorator", "Enum", "IntEnum", "StringEnum",
    "mixin", "set_type_static", "_donotcompile", "TClass", "ClassDecorator",
]

try:
    import __static__._static as _static
except ImportError as _e:  # no silent fallback: the containers only exist in C
    raise ImportError(
        "__static__: its C extension __static__._static cannot be imported (%s); run `make` "
        "and put <build>/python on PYTHONPATH (this package: %s)"
        % (_e, __path__[0])
    ) from _e

StaticTypeError = _static.StaticTypeError
CheckedList = chklist = _static.chklist
pydict = PyDict = dict   # the exact builtin dict, spelled as a static type
CheckedDict = chkdict = _static.chkdict
Array = staticarray = _static.staticarray


class _IntPrim(int):
    """Base of the integer primitive types: calling one converts and range-checks."""

    _bits = 64
    _signed = True

    def __new__(cls, value=0):
        if isinstance(value, float):
            value = int(value)
        if not isinstance(value, int):
            raise TypeError(f"expected 'int', got '{type(value).__name__}'")
        value = int(value)
        if cls._signed:
            lo, hi = -(1 << (cls._bits - 1)), (1 << (cls._bits - 1)) - 1
        else:
            lo, hi = 0, (1 << cls._bits) - 1
        if not lo <= value <= hi:
            raise OverflowError("int overflow")
        return value


def _int_type(name, bits, signed):
    return type(name, (_IntPrim,), {"_bits": bits, "_signed": signed, "__module__": __name__})


int8 = _int_type("int8", 8, True)
int16 = _int_type("int16", 16, True)
int32 = _int_type("int32", 32, True)
int64 = _int_type("int64", 64, True)
uint8 = _int_type("uint8", 8, False)
uint16 = _int_type("uint16", 16, False)
uint32 = _int_type("uint32", 32, False)
uint64 = _int_type("uint64", 64, False)
size_t = uint64
ssize_t = int64
char = int8
_static._set_int64(int64)  # Array[int64] is the only Array


class double(float):
    """double(x) == float(x)."""

    def __new__(cls, value=0.0):
        return float(value)


class cbool(int):
    """cbool(x) == bool(x)."""

    def __new__(cls, value=False):
        return bool(value)


def box(value):
    return value


def unbox(value):
    return value


def inline(func):
    return func


def dynamic_return(func):
    """Decorator: static callers (and the body) treat the result as dynamic."""
    return func


def prod_assert(value, message=None):
    """An assert that python -O does not remove."""
    if not value:
        raise AssertionError(message) if message else AssertionError()


from __static__.enum import Enum, IntEnum, StringEnum  # noqa: E402 (after _static)


class ExcContextDecorator:
    """A context manager that is also a function decorator: the decorated function runs
    inside `with self._recreate_cm():`. This one may suppress exceptions (__exit__)."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return False

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        import functools
        import inspect

        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def inner(*args, **kwds):
                with self._recreate_cm():
                    return await func(*args, **kwds)
        else:
            @functools.wraps(func)
            def inner(*args, **kwds):
                with self._recreate_cm():
                    return func(*args, **kwds)
        return inner


class ContextDecorator(ExcContextDecorator):
    """An ExcContextDecorator whose __exit__ never suppresses exceptions."""

    def __exit__(self, exc_type, exc_value, traceback):
        return False


def mixin(cls):
    """Class decorator marking a mixin; the class is used as written."""
    return cls


def set_type_static(cls):
    return cls


def _donotcompile(func):
    return func


import typing as _typing  # noqa: E402

TClass = _typing.TypeVar("TClass", bound=type)


class ClassDecorator(_typing.Protocol):
    """The type of a class decorator that returns the class it was given."""

    def __call__(self, cls: TClass) -> TClass: ...


def allow_weakrefs(cls):
    """Class decorator: compiled instances get a weakref list (plain classes have one)."""
    return cls


def clen(obj):
    return len(obj)


def crange(start, stop=None):
    """crange(n) / crange(a, b): a counted loop in compiled code; range() here."""
    return range(start) if stop is None else range(start, stop)


def _type_name(tp):
    return getattr(tp, "__name__", repr(tp))


def cast(tp, value):
    """Checked cast: isinstance(value, tp); Optional[T] also accepts None."""
    args = getattr(tp, "__args__", None)
    if args is not None and type(None) in args:
        if value is None:
            return value
        inner = [a for a in args if a is not type(None)]
        tp = inner[0] if len(inner) == 1 else tuple(inner)
    if isinstance(tp, type) and issubclass(tp, _IntPrim):
        tp = int
    elif tp is double:
        tp = float
    elif tp is cbool:
        tp = bool
    if not isinstance(value, tp):
        raise TypeError(f"expected '{_type_name(tp)}', got '{type(value).__name__}'")
    return value
