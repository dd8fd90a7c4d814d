"""QA: Python subclasses of a compiled class overriding methods and a property, classmethod /
staticmethod access, keyword arguments and arity errors on compiled functions."""
import qa_bmod_shapes as m
from bcheck import check, raises, finish, module_is_compiled

COMPILED = module_is_compiled(m)

check("scaled(2)", m.scaled(2), 6)
check("scaled(2, 5)", m.scaled(2, 5), 10)
check("scaled(x=2, k=4)", m.scaled(x=2, k=4), 8)
check("scaled(k=1, x=9)", m.scaled(k=1, x=9), 9)


class Sq(m.Shape):
    def __init__(self, s):
        super().__init__("sq")
        self.s = s

    def area(self):
        return float(self.s * self.s)

    @property
    def label(self):
        return "SQ!"


s = Sq(3)
check("override seen by static describe()", s.describe(), "SQ! 9.0")
check("python attrs on subclass", s.s, 3)
check("classmethod via base", m.Shape.make("x").describe(), "shape:x 0.0")
check("classmethod via subclass builds subclass", type(Sq.make("q")).__name__, "Sq")
check("staticmethod", (m.Shape.unit(), m.Shape("y").unit()), (1, 1))
check("property override in static list comprehension", m.names([s, m.Shape("c")]), ["SQ!", "shape:c"])
check("names", (m.Shape.__name__, m.Shape.__module__, m.Shape.__qualname__, m.scaled.__name__),
      ("Shape", "qa_bmod_shapes", "Shape", "scaled"))
raises("scaled(1, 2, 3)", TypeError, "scaled() takes from 1 to 2 positional arguments but 3 were given",
       m.scaled, 1, 2, 3)
raises("scaled()", TypeError, "scaled() missing 1 required positional argument: 'x'", m.scaled)
if COMPILED:
    raises("Shape(5)", TypeError, "__init__ expected 'str' for argument name, got 'int'", m.Shape, 5)
    raises("scaled(2**63)", OverflowError, "int overflow", m.scaled, 2 ** 63)

finish()
