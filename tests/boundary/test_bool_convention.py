"""bool across the boundary: methods declared `-> bool` return a byte between compiled
functions (IrFunc.bool_ret) and bool fields hold True/False without a reference
(SPC_FIELD_BOOL); Python callers, Python overrides and Python stores see CPython's
behaviour, and the singletons' reference counts do not drift."""
import sys
import boolmod
from bcheck import check, raises, finish, module_is_compiled

COMPILED = module_is_compiled(boolmod)


class Off(boolmod.Switch):
    def is_on(self):
        return False


class Liar(boolmod.Switch):
    def is_on(self):
        return "yes"


class Boom(boolmod.Switch):
    def is_on(self):
        raise KeyError("boom")


s = boolmod.Switch(True)
check("compiled bool method from Python", s.is_on(), True)
check("compiled caller of compiled bool method", s.status(), 1)
check("Python override through static code", boolmod.probe(Off(True)), False)
check("Python override in a compiled condition", Off(True).status(), 0)
check("toggle", (s.toggle(), s.on, s.toggle()), (False, False, True))
check("class-level bool default", boolmod.Switch.ready, False)
raises("override raising through static code", KeyError, "'boom'", boolmod.probe, Boom(True))
if COMPILED:
    raises("non-bool override result", TypeError,
           "unexpected return type from Liar.is_on, expected bool, got str", boolmod.probe, Liar(True))
    raises("bool field refuses int", TypeError, "expected 'bool', got 'int' for attribute 'on'",
           setattr, s, "on", 1)
before = sys.getrefcount(True) + sys.getrefcount(False)
objs = [boolmod.Switch(i % 2 == 0) for i in range(20000)]
for o in objs:
    o.toggle()
    o.status()
    boolmod.probe(o)
del objs, o
check("True/False reference counts balanced", sys.getrefcount(True) + sys.getrefcount(False) - before, 0)
finish()
