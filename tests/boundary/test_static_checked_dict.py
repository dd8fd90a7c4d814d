"""CheckedDict[K, V] from plain Python: the __static__ package alone (no compiled module).
Messages follow the reference (CinderX checked_dict.c)."""
from typing import Optional

from __static__ import CheckedDict, CheckedList, StaticTypeError, chkdict
from bcheck import check, raises, finish

TE, STE = TypeError, StaticTypeError


class B:
    pass


class D(B):
    pass


SI = CheckedDict[str, int]

# ---- the specialised type ----
check("cached", SI is CheckedDict[str, int], True)
check("chkdict alias", chkdict is CheckedDict, True)
check("type repr", repr(SI), "<class '__static__.chkdict[str, int]'>")
check("__name__", SI.__name__, "chkdict[str, int]")
check("dict subclass", issubclass(SI, dict), True)
check("Optional name", CheckedDict[str, Optional[str]].__name__, "chkdict[str, Optional[str]]")
check("X | None", CheckedDict[str, str | None] is CheckedDict[str, Optional[str]], True)
check("nested", CheckedDict[int, CheckedDict[B, int]].__name__, "chkdict[int, chkdict[B, int]]")
raises("1 generic arg", TE, "__static__.chkdict[K, V] expected 2 generic arguments, got 1",
       lambda: CheckedDict[int])
raises("generic not instantiable", TE, "cannot create '__static__.chkdict[K, V]' instances",
       CheckedDict)

# ---- construction ----
check("empty", repr(SI()), "{}")
check("from dict", repr(SI({"a": 1})), "{'a': 1}")
check("kwargs", repr(SI(a=1, b=2)), "{'a': 1, 'b': 2}")
check("pairs", repr(SI([("a", 1), ("b", 2)])), "{'a': 1, 'b': 2}")
check("dict + kwargs", repr(SI({"a": 1}, b=2)), "{'a': 1, 'b': 2}")
check("from same type", repr(SI(SI(a=3))), "{'a': 3}")
check("subclass keys", len(CheckedDict[B, int]({B(): 42, D(): 42})), 2)
raises("bad key", TE, "bad key 'int' for chkdict[str, int]", SI, {1: 1})
raises("bad value", TE, "bad value 'str' for chkdict[str, int]", SI, {"a": "b"})
raises("bad kwarg value", TE, "bad value 'float' for chkdict[str, int]", lambda: SI(a=1.5))
raises("bad pair", TE, "bad key 'int' for chkdict[str, int]", SI, [(1, 2)])
raises("2 args", TE, "chkdict[str, int] expected at most 1 argument, got 2", SI, {}, {})
raises("pair too long", ValueError,
       "dictionary update sequence element #0 has length 3; 2 is required", SI, [("a", 1, 2)])
raises("not a pair", TE, "cannot convert dictionary update sequence element #0 to a sequence",
       SI, [1])

# ---- item access ----
d = SI({"a": 1})
d["b"] = 2
check("setitem", repr(d), "{'a': 1, 'b': 2}")
raises("setitem bad key", TE, "bad key 'int' for chkdict[str, int]", d.__setitem__, 1, 1)
raises("setitem bad value", TE, "bad value 'str' for chkdict[str, int]", d.__setitem__, "c", "x")
check("getitem", d["a"], 1)
raises("getitem missing", KeyError, "'zz'", lambda: d["zz"])
raises("getitem bad key type", TE, "bad key 'int' for chkdict[str, int]", lambda: d[1])
del d["b"]
check("delitem", repr(d), "{'a': 1}")
raises("delitem bad key", TE, "bad key 'int' for chkdict[str, int]", d.__delitem__, 1)
check("in", "a" in d, True)
check("in other type", 1 in d, False)

# ---- get / setdefault ----
check("get", d.get("a"), 1)
check("get missing", d.get("zz"), None)
check("get default", d.get("zz", 5), 5)
raises("get bad key", STE, "get() argument 1 expected str", d.get, 1)
raises("get bad default", STE, "get() argument 2 expected int", d.get, "a", "x")
check("setdefault existing", d.setdefault("a", 7), 1)
check("setdefault new", d.setdefault("n", 7), 7)
raises("setdefault bad key", STE, "setdefault() argument 1 expected str", d.setdefault, 1, 1)
raises("setdefault bad default", STE, "setdefault() argument 2 expected int",
       d.setdefault, "q", "x")
raises("setdefault None into int", TE, "bad value 'NoneType' for chkdict[str, int]",
       d.setdefault, "q")
check("setdefault errors left no key", "q" in d, False)
od = CheckedDict[str, Optional[int]]()
check("Optional setdefault None", od.setdefault("q"), None)
od["r"] = None
check("Optional values", repr(od), "{'q': None, 'r': None}")

# ---- update / |= / copy / fromkeys ----
d = SI(a=1)
d.update({"b": 2}, c=3)
check("update", repr(d), "{'a': 1, 'b': 2, 'c': 3}")
raises("update bad dict", TE, "bad value 'str' for chkdict[str, int]", d.update, {"x": 1, "y": "s"})
check("update dict: all or nothing", "x" in d, False)
raises("update bad kwargs", TE, "bad value 'str' for chkdict[str, int]", lambda: d.update(z="s"))
raises("update 2 args", TE, "update expected at most 1 argument, got 2", d.update, {}, {})
d |= {"e": 5}
check("|=", d["e"], 5)
check("|= keeps type", type(d), SI)


def ior_bad():
    z = SI()
    z |= {1: 2}


raises("|= bad", TE, "bad key 'int' for chkdict[str, int]", ior_bad)
c = d.copy()
c["new"] = 1
check("copy type", type(c), SI)
check("copy independent", "new" in d, False)
check("fromkeys", repr(SI.fromkeys(["a", "b"], 0)), "{'a': 0, 'b': 0}")
check("fromkeys type", type(SI.fromkeys(["a"], 0)), SI)
raises("fromkeys bad value", TE, "bad value type", SI.fromkeys, ["a"])
raises("fromkeys bad key", TE, "bad key type", SI.fromkeys, [1], 0)

# ---- plain dict behaviour ----
d = SI(a=1, b=2)
check("keys", list(d.keys()), ["a", "b"])
check("values", list(d.values()), [1, 2])
check("items", list(d.items()), [("a", 1), ("b", 2)])
check("pop", d.pop("a"), 1)
check("popitem", d.popitem(), ("b", 2))
check("== dict", SI(a=1) == {"a": 1}, True)
check("len", len(SI(a=1)), 1)
nested = CheckedDict[int, CheckedList[int]]()
nested[1] = CheckedList[int]([1])
raises("nested bad value", TE, "bad value 'list' for chkdict[int, chklist[int]]",
       nested.__setitem__, 2, [1])

finish()
