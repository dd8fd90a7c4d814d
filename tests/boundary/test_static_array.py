"""Array[int64] (`staticarray`) from plain Python: the __static__ package alone."""
from __static__ import Array, int8, int32, int64
from bcheck import check, raises, finish

TE = TypeError
ArrayI64 = Array[int64]          # module-level alias, as in the fannkuch benchmark

check("Array[int64] is Array", ArrayI64 is Array, True)
check("type repr", repr(Array), "<class '__static__.staticarray'>")
raises("int32", TE, "Invalid Array element type: int32", lambda: Array[int32])
raises("int8", TE, "Invalid Array element type: int8", lambda: Array[int8])
raises("int", TE, "Invalid Array element type: int", lambda: Array[int])

a = ArrayI64(3)
check("zero filled", list(a), [0, 0, 0])
check("len", len(a), 3)
check("repr", repr(a), "staticarray[3]([0, 0, 0])")
a[0] = 5
a[-1] = -7
check("setitem/getitem", (a[0], a[1], a[2], a[-1]), (5, 0, -7, -7))
check("item type", type(a[0]), int)
a[1] = True
check("bool stored as int", a[1], 1)
a[1] = 2 ** 63 - 1
check("max", a[1], 2 ** 63 - 1)
a[1] = -2 ** 63
check("min", a[1], -2 ** 63)
raises("overflow", OverflowError, "int overflow", a.__setitem__, 0, 2 ** 63)
raises("underflow", OverflowError, "int overflow", a.__setitem__, 0, -2 ** 63 - 1)
raises("str value", TE, "expected 'int', got 'str'", a.__setitem__, 0, "s")
raises("float value", TE, "expected 'int', got 'float'", a.__setitem__, 0, 1.0)
check("unchanged after errors", a[0], 5)
raises("get out of range", IndexError, "array index out of range", lambda: a[3])
raises("get negative out of range", IndexError, "array index out of range", lambda: a[-4])
raises("set out of range", IndexError, "array index out of range", a.__setitem__, 3, 1)
raises("slice", TE, "sequence index must be integer, not 'slice'", lambda: a[0:2])
raises("slice assign", TE, "sequence index must be integer, not 'slice'",
       a.__setitem__, slice(0, 1), ArrayI64(1))
raises("str index", TE, "sequence index must be integer, not 'str'", lambda: a["x"])
raises("delete", TE, "'staticarray' object doesn't support item deletion", a.__delitem__, 0)

b = ArrayI64(range(9))
check("from range", list(b), list(range(9)))
check("from list", list(ArrayI64([3, -4])), [3, -4])
check("iteration", [x * 2 for x in ArrayI64([1, 2])], [2, 4])
check("empty", len(ArrayI64(0)), 0)
raises("from bad list", TE, "expected 'int', got 'str'", ArrayI64, [1, "x"])
raises("from overflowing list", OverflowError, "int overflow", ArrayI64, [2 ** 64])
raises("negative size", OverflowError, "can't convert negative value to size_t", ArrayI64, -1)
raises("no args", TE, "staticarray expected 1 argument, got 0", ArrayI64)
raises("kwargs", TE, "staticarray() takes no keyword arguments", lambda: ArrayI64(n=1))
check("==", ArrayI64([1, 2]) == ArrayI64([1, 2]), True)
check("!= values", ArrayI64([1, 2]) != ArrayI64([1, 3]), True)
check("!= sizes", ArrayI64([1]) == ArrayI64([1, 0]), False)
check("== list is False", ArrayI64([1]) == [1], False)
check("concat", list(ArrayI64([1]) + ArrayI64([2, 3])), [1, 2, 3])
raises("concat list", TE, 'can only append staticarray (not "list") to staticarray',
       lambda: ArrayI64([1]) + [2])
check("repeat", list(ArrayI64([1, 2]) * 2), [1, 2, 1, 2])
check("unhashable", Array.__hash__, None)
check("isinstance", isinstance(b, Array), True)

finish()
