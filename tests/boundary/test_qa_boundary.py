"""QA: plain Python calling a compiled module with narrow primitives, defaults, keyword-only
parameters, checked containers, typed fields and Python subclasses overriding methods."""
import qa_bmod as m
from bcheck import check, raises, finish, module_is_compiled
from __static__ import CheckedList, CheckedDict

COMPILED = module_is_compiled(m)

check("clamp8(-128)", m.clamp8(-128), -128)
check("clamp8(127)", m.clamp8(127), 127)
check("widen(255, -300)", m.widen(255, -300), -45)
check("scale(1.5)", m.scale(1.5), 3.0)
check("scale(1.5, k=3.0)", m.scale(1.5, k=3.0), 4.5)
check("kw(3)", m.kw(3), "xxx")
check("kw(2, b='ab')", m.kw(2, b="ab"), "abab")
check("total(CheckedList)", m.total(CheckedList[int]([1, 2, 3])), 6)
check("lookup", m.lookup(CheckedDict[str, int]({"a": 1}), "a"), 1)
check("lookup missing", m.lookup(CheckedDict[str, int]({"a": 1}), "b"), -1)

a = m.Account("ann", 250)
check("field owner", a.owner, "ann")
check("field cents", a.cents, 250)
check("field frozen", a.frozen, False)
check("field note", a.note, None)
check("describe", a.describe(), "ann:250")
check("dollars", a.dollars, 2.5)
check("owner_upper", a.owner_upper(), "ANN")
a.cents = 1000
a.note = "vip"
a.frozen = True
check("after writes", (a.cents, a.note, a.frozen, a.describe()), (1000, "vip", True, "ann:1000"))
check("find_owner(None)", m.find_owner(None), "<none>")
check("find_owner(a)", m.find_owner(a), "ann")


class Savings(m.Account):
    def balance(self):
        return self.cents * 2


class Broken(m.Account):
    def balance(self):
        return "lots"


check("subclass override via static caller", m.describe_all([a, Savings("bo", 10)]),
      ["ann:1000", "bo:20"])

if COMPILED:
    TE = TypeError
    check("u32(4294967295) wraps", m.u32(4294967295), 0)
    raises("clamp8(128)", OverflowError, "int overflow", m.clamp8, 128)
    raises("clamp8(-129)", OverflowError, "int overflow", m.clamp8, -129)
    raises("widen(256, 0)", OverflowError, "int overflow", m.widen, 256, 0)
    raises("widen(-1, 0)", OverflowError, "int overflow", m.widen, -1, 0)
    raises("u32(-1)", OverflowError, "int overflow", m.u32, -1)
    raises("clamp8('a')", TE, "clamp8 expected 'int' for argument x, got 'str'", m.clamp8, "a")
    raises("scale(1)", TE, "scale expected 'float' for argument v, got 'int'", m.scale, 1)
    raises("kw(1, b=2)", TE, "kw expected 'str' for argument b, got 'int'", m.kw, 1, b=2)
    raises("kw(1, 'x') positional kw-only", TE,
           "kw() takes 1 positional argument but 2 were given", m.kw, 1, "x")
    try:
        m.total([1, 2])
        check("total(list) raises", "no error", "TypeError")
    except TypeError as e:
        check("total(list) message", str(e).startswith("total expected '"), True)
    raises("find_owner(1)", TE, "find_owner expected 'Account' for argument a, got 'int'",
           m.find_owner, 1)
    a.owner = 3  # unannotated in __init__: an untyped slot accepts anything
    check("untyped slot", a.owner, 3)
    a.owner = "ann"
    raises("note = 3", TE, "expected 'str', got 'int' for attribute 'note'",
           setattr, a, "note", 3)
    raises("cents = 'x'", TE, "'str' object cannot be interpreted as an integer", setattr, a, "cents", "x")
    raises("Broken override return", TE,
           "unexpected return type from Broken.balance, expected int, got str",
           m.describe_all, [Broken("x", 1)])
    try:
        class BadFinal(m.Account):
            def owner_upper(self):
                return "no"
    except TypeError as e:
        check("final override msg", str(e).startswith("'owner_upper' overrides a final method"), True)
    else:
        check("final override raises", "no error", "TypeError")

finish()
