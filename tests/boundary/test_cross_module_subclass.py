"""A static class deriving from another compiled module's static class: fields and
vtable slots line up across the two extension modules, each module's static calls
reach the other's overrides, Python subclasses still override, and a base that is not
the static class the subclass was compiled against is refused at class creation."""
import subprocess
import sys

import xm_shapes
import xm_shapes_sub
from bcheck import check, finish, module_is_compiled

compiled = module_is_compiled(xm_shapes) and module_is_compiled(xm_shapes_sub)

r = xm_shapes_sub.Rect(2.0, 3.0)
check("inherited object field", r.name, "rect")
check("inherited primitive field", r.sides, 4)
check("own primitive fields", (r.w, r.h, r.hits), (2.0, 3.0, 0))
check("override called from the base module", xm_shapes.describe_one(r), "rect:4:6.0/6.0/8/rect")
check("hits counted by the override", r.hits, 2)
r.scale = 2.0
check("inherited double field written from Python", xm_shapes_sub.total_area([r, xm_shapes_sub.Square(3.0)]), 21.0)
s = xm_shapes_sub.Square(2.0)
check("second level: own override, Base.method(self)", s.describe(), "[square:4:4.0]")
check("summary", xm_shapes_sub.summary(s), "[square:4:4.0] SQUARE 6 [square:4:4.0]/4.0/8/SQUARE")
check("isinstance across modules", (isinstance(s, xm_shapes.Shape), type(s).__mro__[2] is xm_shapes.Shape), (True, True))


class Tri(xm_shapes_sub.Rect):       # a Python subclass of the cross-module subclass
    def area(self):
        return 0.5


t = Tri(1.0, 1.0)
check("Python override reached from both modules", (xm_shapes.describe_one(t), xm_shapes_sub.total_area([t])),
      ("rect:4:0.5/0.5/8/rect", 0.5))
if compiled:
    try:
        r.hits = "x"
    except TypeError:
        check("primitive field type check", True, True)
    else:
        check("primitive field type check", "no error", "TypeError")

    # A base module whose Shape is not the static class xm_shapes_sub was compiled against.
    fake = ("import sys, types\n"
            "m = types.ModuleType('xm_shapes')\n"
            "class Shape: pass\n"
            "m.Shape = Shape; m.describe_one = None\n"
            "sys.modules['xm_shapes'] = m\n"
            "import xm_shapes_sub\n")
    p = subprocess.run([sys.executable, "-c", fake], capture_output=True, text=True)
    check("foreign base not static: exit", p.returncode, 1)
    check("foreign base not static: message", p.stderr.strip().splitlines()[-1],
          "TypeError: spc: the base class Shape of Rect is not the static class it was compiled "
          "against (build its module with this spc)")
finish()
