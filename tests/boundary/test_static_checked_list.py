"""CheckedList[T] from plain Python: the __static__ package alone (no compiled module).
Messages follow the reference (CinderX checked_list.c / test_checked_list.py)."""
from typing import Optional

import __static__
from __static__ import CheckedList, StaticTypeError, chklist
from bcheck import check, raises, finish

TE, STE = TypeError, StaticTypeError


class C:
    pass


class D(C):
    pass


L = CheckedList[int]

# ---- the specialised type ----
check("cached", L is CheckedList[int], True)
check("chklist alias", chklist is CheckedList, True)
check("type repr", repr(L), "<class '__static__.chklist[int]'>")
check("__name__", L.__name__, "chklist[int]")
check("__module__", L.__module__, "__static__")
check("list subclass", issubclass(L, list), True)
check("isinstance CheckedList", isinstance(L(), CheckedList), True)
check("Optional name", CheckedList[Optional[int]].__name__, "chklist[Optional[int]]")
check("Optional == X | None", CheckedList[Optional[str]] is CheckedList[str | None], True)
check("nested name", CheckedList[CheckedList[C]].__name__, "chklist[chklist[C]]")
check("StaticTypeError is TypeError", issubclass(STE, TypeError), True)
check("StaticTypeError module", STE.__module__, "__static__")
raises("2 generic args", TE, "__static__.chklist[T] expected 1 generic arguments, got 2",
       lambda: CheckedList[int, str])
raises("non-type arg", TE, "expected type or Optional[T] for generic argument",
       lambda: CheckedList[3])
raises("generic not instantiable", TE, "cannot create '__static__.chklist[T]' instances",
       CheckedList)
try:
    class Sub(CheckedList[int]):
        pass
    check("subclassing chklist[int] refused", "allowed", "TypeError")
except TypeError:
    pass

# ---- construction ----
check("empty", repr(L()), "[]")
check("from list", repr(L([1, 2, 3])), "[1, 2, 3]")
check("from dict keys", repr(L({3: "a", 2: "b", 1: "c"})), "[3, 2, 1]")
check("from generator", repr(L(i * i for i in range(4))), "[0, 1, 4, 9]")
check("bool is int", repr(L([True])), "[True]")
raises("init bad element", TE, "bad value 'int' for chklist[str]", CheckedList[str], [1, 2])
raises("init kwargs", TE, "chklist() takes no keyword arguments", lambda: L(iterable=[1]))
raises("init 2 args", TE, "chklist expected at most 1 argument, got 2", L, [], [])

# ---- append / insert ----
x = L()
x.append(42)
check("append", x[0], 42)
raises("append str", STE, "append() argument 1 expected int", x.append, "A")
raises("append None", STE, "append() argument 1 expected int", x.append, None)
x.insert(0, 12)
x.insert(0, 23)
check("insert", repr(x), "[23, 12, 42]")
raises("insert str", STE, "insert() argument 2 expected int", x.insert, 1, "ASD")
raises("insert 1 arg", TE, "insert expected 2 arguments, got 1", x.insert, 1)
check("unchanged after errors", repr(x), "[23, 12, 42]")

# ---- extend / += ----
x = L([3])
x.extend([1, 2])
check("extend", repr(x), "[3, 1, 2]")
raises("extend bad", TE, "bad value 'str' for chklist[int]", x.extend, [1, "hi"])
check("extend list: all or nothing", repr(x), "[3, 1, 2]")
raises("extend tuple bad", TE, "bad value 'float' for chklist[int]", x.extend, (4, 1.5))
check("extend tuple: all or nothing", repr(x), "[3, 1, 2]")
x = L()
dk = {1: 2, 2: 3}
x.extend(dk.keys())
dk["a"] = 4
raises("extend iterable bad", TE, "bad value 'str' for chklist[int]", x.extend, dk.keys())
check("extend iterable: prefix kept (reference)", repr(x), "[1, 2, 1, 2]")
x.extend(x)
check("extend self", repr(x), "[1, 2, 1, 2, 1, 2, 1, 2]")
y = L([7])
y += [8]
check("+=", repr(y), "[7, 8]")
check("+= keeps type", type(y), L)


def iadd_bad():
    z = L([1])
    z += ["s"]


raises("+= bad", TE, "bad value 'str' for chklist[int]", iadd_bad)

# ---- item and slice assignment ----
x = L([1, 2, 3, 4])
x[2] = 9
check("setitem", repr(x), "[1, 2, 9, 4]")
x[-1] = 5
check("setitem negative", x[3], 5)
raises("setitem bad", TE, "bad value 'str' for chklist[int]", x.__setitem__, 2, "A")
check("setitem bad unchanged", x[2], 9)
raises("setitem bad index", TE, "list indices must be integers or slices, not str",
       x.__setitem__, "a", 1)
raises("setitem out of range", IndexError, "list assignment index out of range",
       x.__setitem__, 10, 1)
x[1:3] = L([7, 8, 9])
check("slice assign same type", repr(x), "[1, 7, 8, 9, 5]")
raises("slice assign list", TE, "Incompatible slice type 'list' assigned to 'chklist[int]'",
       x.__setitem__, slice(0, 1), [1])
del x[0]
check("del item", repr(x), "[7, 8, 9, 5]")
del x[1:3]
check("del slice", repr(x), "[7, 5]")

# ---- reading: slices, copy, + keep the checked type ----
x = L([1, 2, 3, 4])
check("getitem", x[1], 2)
check("getitem negative", x[-1], 4)
raises("getitem out of range", IndexError, "list index out of range", lambda: x[10])
check("slice value", repr(x[1:3]), "[2, 3]")
check("slice type", type(x[1:3]), L)
check("step slice type", type(x[::2]), L)
check("empty slice type", type(x[5:]), L)
c = x.copy()
c.append(5)
check("copy independent", repr(x), "[1, 2, 3, 4]")
check("copy type", type(c), L)
check("a + a type", type(x + x), L)
check("a + list is list", type(x + [1]), list)
check("list + a is list", type([1] + x), list)
check("pop", x.pop(), 4)
check("index", x.index(2), 1)
check("count", x.count(1), 1)
x.reverse()
check("reverse", repr(x), "[3, 2, 1]")
x.sort()
check("sort", repr(x), "[1, 2, 3]")
check("sort keeps type", type(x), L)
check("== list", x == [1, 2, 3], True)
check("< list", x < [2, 2, 3], True)
check("len", len(x), 3)
check("iter", [v for v in x], [1, 2, 3])
check("reversed", list(reversed(x)), [3, 2, 1])
check("unhashable", getattr(L, "__hash__", 0), None)

# ---- element types: subclasses, Optional, user classes, nested ----
cl = CheckedList[C]([C(), D()])
check("subclass element", len(cl), 2)
raises("user class bad", STE, "append() argument 1 expected C", cl.append, 1)
raises("user class bad setitem", TE, "bad value 'int' for chklist[C]", cl.__setitem__, 0, 1)
o = CheckedList[Optional[int]]([None, 1])
o.append(None)
o[0] = None
check("Optional accepts None", repr(o), "[None, 1, None]")
raises("Optional rejects str", TE, "bad value 'str' for chklist[Optional[int]]", o.extend, ["x"])
nested = CheckedList[CheckedList[int]]()
nested.append(L([1]))
raises("nested wrong inner", STE, "append() argument 1 expected chklist[int]", nested.append, [1])
raises("nested other specialisation", STE, "append() argument 1 expected chklist[int]",
       nested.append, CheckedList[str]())

# ---- cast / clen from the package ----
check("cast chklist", __static__.cast(L, x) is x, True)
raises("cast chklist wrong", TE, "expected 'chklist[int]', got 'list'", __static__.cast, L, [1])
check("clen", __static__.clen(x), 3)

finish()
