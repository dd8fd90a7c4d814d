"""__static__ — the pure-Python runtime of spc's Static Python dialect.

The same source runs uncompiled under stock CPython with these definitions (that is
how tests get their reference output); compiled modules import StaticTypeError from
here.  Primitive types are callables that convert (int types range-check and raise
OverflowError("int overflow"), like the compiled unbox), usable as annotations.
Uncompiled int64 arithmetic is plain Python int arithmetic (no wrapping).
"""

__all__ = [
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "double", "cbool", "box", "unbox", "cast", "inline", "clen", "StaticTypeError",
    "size_t", "ssize_t", "char",
]


class StaticTypeError(TypeError):
    """Raised by boundary checks of compiled static functions."""


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


def clen(obj):
    return len(obj)


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
