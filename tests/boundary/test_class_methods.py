"""Calling methods of compiled classes from plain Python with wrong types (§3.1)."""
import classmod
from bcheck import check, raises, finish, module_is_compiled

COMPILED = module_is_compiled(classmod)

p = classmod.Point(1, 2)
p.move(3, 4)
check("move", (p.x, p.y), (4, 6))
check("rename returns old", p.rename("r"), "p")
check("bound method via getattr", getattr(p, "norm1")(), 10)
check("unbound call", classmod.Point.norm1(p), 10)
check("keyword args", p.move(dy=1, dx=1), None)
check("after keyword move", (p.x, p.y), (5, 7))
check("total_area", classmod.total_area([classmod.Shape(2), classmod.Shape(3)]), 13)

if COMPILED:
    raises("move('a', 1)", TypeError, "move expected 'int' for argument dx, got 'str'",
           p.move, "a", 1)
    raises("move(1, None)", TypeError, "move expected 'int' for argument dy, got 'NoneType'",
           p.move, 1, None)
    raises("move(2**63, 0)", OverflowError, "int overflow", p.move, 2 ** 63, 0)
    raises("rename(5)", TypeError, "rename expected 'str' for argument label, got 'int'",
           p.rename, 5)
    raises("Point('x', 1)", TypeError, "__init__ expected 'int' for argument x, got 'str'",
           classmod.Point, "x", 1)
    raises("kind_of(5)", TypeError, "kind_of expected 'Shape' for argument s, got 'int'",
           classmod.kind_of, 5)
    raises("kind_of(Point)", TypeError, "kind_of expected 'Shape' for argument s, got 'Point'",
           classmod.kind_of, p)
    check("position unchanged after failed calls", (p.x, p.y), (5, 7))

try:
    p.move(1)
except TypeError as e:
    check("missing-argument message names the parameter", "'dy'" in str(e), True)
else:
    check("move(1) raises TypeError", False, True)

finish()
