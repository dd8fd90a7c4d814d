import __static__
from __static__ import int64
import pydoc
import inspect


def area(w: int64, h: int64 = 2, *extra: int, unit: str = "m", **opts: str) -> int64:
    """Area of a rectangle.

    Extra lines are kept as written.
    """
    return w * h


def nodoc(a, /, b, *, c):
    return a


class Shape:
    "A shape."

    def scale(self, k: float, *, clamp: bool = False) -> float:
        "Scale it."
        return k


# help(f) is pydoc's text documentation of f: its signature line, then the doc.
for obj in (area, nodoc, Shape.scale, Shape().scale):
    print(pydoc.plaintext.document(obj).rstrip())
print(inspect.getdoc(area))
print(pydoc.getdoc(nodoc) == "")
print(inspect.isroutine(area), callable(area))
