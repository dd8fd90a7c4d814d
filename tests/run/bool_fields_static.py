import __static__
from __static__ import cbool
import copy
import pickle
import sys
from typing import Optional


class Flags:
    ready: bool = False

    def __init__(self, on: bool) -> None:
        self.on: bool = on
        self.maybe: Optional[bool] = None

    def toggle(self) -> bool:
        self.on = not self.on
        return self.on

    def both(self) -> bool:
        return self.on and self.ready


class Later:
    flag: bool

    def __init__(self) -> None:
        pass

    def set(self) -> None:
        self.flag = True

    def read(self) -> bool:
        return self.flag


class PySub(Flags):
    pass


def main() -> None:
    f = Flags(True)
    print(f.on, f.ready, f.maybe, f.toggle(), f.toggle(), f.both())
    f.ready = True
    print(f.both(), Flags.ready)
    g = Later()
    try:
        g.read()
    except AttributeError as e:
        print("AttributeError", e)
    try:
        print(g.flag)
    except AttributeError as e:
        print("AttributeError", e)
    g.set()
    print(g.read(), g.flag)
    del g.flag
    try:
        del g.flag
    except AttributeError as e:
        print("AttributeError", e)
    h = copy.copy(f)
    print(h.on, h.ready)
    k = pickle.loads(pickle.dumps(f))
    print(k.on, k.ready, type(k).__name__)
    s = PySub(False)
    print(s.on, s.both(), s.toggle())
    before = sys.getrefcount(True) + sys.getrefcount(False)
    items = [Flags(i % 2 == 0) for i in range(10000)]
    for it in items:
        it.toggle()
        it.ready = it.on
    del items
    after = sys.getrefcount(True) + sys.getrefcount(False)
    print("refcount drift", abs(after - before) < 50)


main()
