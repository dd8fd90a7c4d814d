"""Subclassing compiled classes in plain Python (§3.4): overrides reached from static
code, return-type checks, final methods."""
import classmod
from bcheck import check, raises, finish, module_is_compiled, failures
from __static__ import StaticTypeError

COMPILED = module_is_compiled(classmod)


class Big(classmod.Shape):
    def area(self):
        return 1000

    def kind(self):
        return "big"


class Liar(classmod.Shape):
    def area(self):
        return "huge"


class Extra(classmod.Shape):
    def __init__(self, size, color):
        super().__init__(size)
        self.color = color


b = Big(2)
check("override called from Python", b.area(), 1000)
check("override reached from static code", classmod.total_area([b, classmod.Shape(3)]), 1009)
check("kind_of(Big)", classmod.kind_of(b), "big")
check("kind_of(Shape)", classmod.kind_of(classmod.Shape(1)), "shape")
check("inherited final method", classmod.ident_of(b), 7)
check("inherited field", b.size, 2)
e = Extra(4, "red")
check("subclass __dict__ attribute", e.color, "red")
check("subclass inherited area", classmod.total_area([e]), 16)
check("subclass keeps typed slot", e.size, 4)
check("isinstance of base", isinstance(e, classmod.Shape), True)

if COMPILED:
    raises("Liar.area through static code", TypeError,
           "unexpected return type from Liar.area, expected int, got str",
           classmod.total_area, [Liar(1)])
    try:
        e.size = "s"
    except TypeError:
        pass
    else:
        failures.append("typed primitive slot on subclass accepted a str")

    try:
        class Bad(classmod.Shape):
            def ident(self):
                return 8
    except StaticTypeError as ex:
        msg = str(ex)
        if "overrides a final method" not in msg or "ident" not in msg:
            failures.append("final override message: %r" % msg)
    except BaseException as ex:  # noqa: BLE001
        failures.append("final override raised %r, want StaticTypeError" % (ex,))
    else:
        failures.append("overriding a @final method from Python was accepted")

finish()
