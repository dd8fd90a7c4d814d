# CAST to a class with subclasses checks the value's class and two levels of its bases
# inline: subclasses one, two and three levels down, multiple inheritance, plain
# objects, None and wrong types.
import __static__
from __static__ import cast
from typing import Optional


class Base:
    def tag(self) -> int:
        return 1


class Child(Base):
    def tag(self) -> int:
        return 2


class Grand(Child):
    def tag(self) -> int:
        return 3


class Great(Grand):
    def tag(self) -> int:
        return 4


# Two unrelated static bases are refused (as in the reference): the mixin is plain Python.
_ns: dict = {"Child": Child}
exec("class Other:\n    pass\nclass Mixed(Child, Other):\n    pass\n", _ns)
Other = _ns["Other"]
Mixed = _ns["Mixed"]


class PyGrand(Grand):
    pass


def pick(items, opt: bool) -> int:
    t = 0
    for x in items:
        try:
            if opt:
                s: Optional[Base] = cast(Optional[Base], x)
                t += 0 if s is None else s.tag()
            else:
                t += cast(Base, x).tag()
        except TypeError as e:
            t += 1000
    return t


def main() -> None:
    items = [Base(), Child(), Grand(), Great(), Mixed(), PyGrand(), Other(), object(), 5, None]
    for k in range(3):
        print(pick(items, False), pick(items, True))
    print(pick(items[::-1], False), pick(items[3:], True))


main()
