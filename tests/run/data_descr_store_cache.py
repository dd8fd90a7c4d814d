class Slotted:
    __slots__ = ("a", "b")


class Prop:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v * 2


class Evil:
    def __set__(self, obj, value):
        del type(obj).attr          # drops the type's reference to this descriptor
        obj.__dict__["attr"] = ("set", value)

    def __get__(self, obj, tp=None):
        return "descr"


class Host:
    attr = Evil()


def store_all(objs, v):
    for o in objs:
        o.a = v
    return [o.a for o in objs]


def store_x(p, v):
    p.x = v
    return p.x


def main():
    objs = [Slotted() for _ in range(3)]
    print(store_all(objs, 1), store_all(objs, "two"))
    p = Prop()
    print([store_x(p, i) for i in range(4)])
    Prop.x = property(lambda self: "replaced", lambda self, v: setattr(self, "_x", -v))
    print(store_x(p, 5), p._x)
    h = Host()
    for i in range(3):
        h.attr = i
        print(h.attr)
        if i == 1:
            Host.attr = Evil()
    try:
        s = Slotted()
        s.c = 1
    except AttributeError as e:
        print("AttributeError", e)


main()
