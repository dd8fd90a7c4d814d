"""The C contract of runtime/static_layout.h, exercised through ctypes: the capsule
`__static__._static._C_API` (SpcStaticApi) and the Array object layout that compiled
modules read directly."""
import ctypes
import struct

import __static__
from __static__ import Array, CheckedDict, CheckedList, StaticTypeError, int64
from bcheck import check, raises, finish

P = ctypes.py_object
SSIZE = ctypes.c_ssize_t
OBJS = ctypes.POINTER(P)
F = ctypes.PYFUNCTYPE

# Mirrors SpcStaticApi (static_layout.h), field for field.
class Api(ctypes.Structure):
    _fields_ = [
        ("version", ctypes.c_int),
        ("chklist", P), ("chkdict", P), ("array", P), ("checked_type", P),
        ("static_type_error", P),
        ("specialize", F(P, P, OBJS, ctypes.c_char_p, SSIZE)),
        ("list_build", F(P, P, OBJS, SSIZE, ctypes.c_int)),
        ("dict_build", F(P, P, OBJS, SSIZE, ctypes.c_int)),
        ("list_check", F(ctypes.c_int, P, P)),
        ("dict_check", F(ctypes.c_int, P, P, ctypes.c_void_p)),
        ("array_new", F(P, SSIZE)),
    ]


get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
get_pointer.restype = ctypes.c_void_p
get_pointer.argtypes = [P, ctypes.c_char_p]
api = Api.from_address(get_pointer(__static__._static._C_API, b"__static__._static._C_API"))


def objs(*xs):
    return (P * max(len(xs), 1))(*xs)


check("version", api.version, 1)
check("chklist", api.chklist, CheckedList)
check("chkdict", api.chkdict, CheckedDict)
check("array", api.array, Array)
check("checked_type", api.checked_type, type(CheckedList[int]))
check("StaticTypeError", api.static_type_error, StaticTypeError)

LI = api.specialize(CheckedList, objs(int), b"\0", 1)
check("specialize list = Python's", LI, CheckedList[int])
check("specialize Optional", api.specialize(CheckedList, objs(str), b"\1", 1),
      CheckedList[str | None])
SI = api.specialize(CheckedDict, objs(str, int), b"\0\0", 2)
check("specialize dict", SI, CheckedDict[str, int])
raises("specialize arity", TypeError, "spc_specialize: bad generic type or arity",
       api.specialize, CheckedList, objs(int, int), b"\0\0", 2)

x = api.list_build(LI, objs(1, 2, 3), 3, 1)
check("list_build", (type(x), list(x)), (LI, [1, 2, 3]))
check("list_build unchecked", list(api.list_build(LI, objs("a"), 1, 0)), ["a"])
check("list_build empty", list(api.list_build(LI, objs(), 0, 1)), [])
raises("list_build checked", TypeError, "bad value 'str' for chklist[int]",
       api.list_build, LI, objs(1, "a"), 2, 1)
raises("list_build not checked type", TypeError, "list_build: not a CheckedList[T] type",
       api.list_build, list, objs(), 0, 1)
check("list_check ok", api.list_check(x, 5), 0)
raises("list_check plain list", TypeError, "list_check: not a CheckedList[T]",
       api.list_check, [1], 5)

d = api.dict_build(SI, objs("a", 1, "b", 2), 2, 1)
check("dict_build", (type(d), dict(d)), (SI, {"a": 1, "b": 2}))
raises("dict_build checked", TypeError, "bad value 'str' for chkdict[str, int]",
       api.dict_build, SI, objs("a", "x"), 1, 1)
check("dict_check ok", api.dict_check(d, "k", id(5)), 0)
check("dict_check key only", api.dict_check(d, "k", None), 0)
raises("dict_check plain dict", TypeError, "dict_check: not a CheckedDict[K, V]",
       api.dict_check, {}, "k", None)

a = api.array_new(4)
check("array_new", (type(a), list(a)), (Array, [0, 0, 0, 0]))
raises("array_new negative", ValueError, "negative array size", api.array_new, -1)

# Layout: Array[int64] = PyObject_VAR_HEAD (refcnt, type, size) + int64 items[].
a = Array[int64]([7, -1, 2 ** 63 - 1])
head = struct.unpack("qPq", ctypes.string_at(id(a), 24))
check("Array ob_size", head[2], 3)
check("Array ob_type", head[1], id(Array))
check("Array items", list(struct.unpack("3q", ctypes.string_at(id(a) + 24, 24))), [7, -1, 2 ** 63 - 1])
# CheckedList is a PyListObject: ob_item at offset 24, allocated at 32.
x = CheckedList[int]([10, 20])
ob_item = struct.unpack("P", ctypes.string_at(id(x) + 24, 8))[0]
first = struct.unpack("P", ctypes.string_at(ob_item, 8))[0]
check("chklist ob_item[0]", first, id(x[0]))

finish()
