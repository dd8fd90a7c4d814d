import __static__
from __static__ import int64, box


class Rec:
    def __init__(self, name: str, *parts: str, sep: str = "/", **meta: int) -> None:
        self.path: str = sep.join((name,) + parts)
        self.meta: dict = meta

    def add(self, *more: str, sep: str = "/") -> str:
        return sep.join((self.path,) + more)

    def pick(self, key: str, /, default: int = 0, **fallback: int) -> int:
        if key in self.meta:
            return self.meta[key]
        return fallback.get(key, default)

    @staticmethod
    def join(*xs: str, **kw: str) -> str:
        return "+".join(xs) + str(sorted(kw.items()))

    @classmethod
    def make(cls, *parts: str, **meta: int) -> "Rec":
        return cls("root", *parts, **meta)


r = Rec("a", "b", "c", size=3)
print(r.path, r.meta, r.add(), r.add("d", "e", sep="."))
print(r.pick("size"), r.pick("x"), r.pick("x", 5), r.pick("x", y=1, x=2))
print(Rec.join(), Rec.join("p", "q", z="1"), Rec.make("u", n=1).path, Rec.make().meta)
dyn = [r.add, Rec.join, Rec.make, Rec, r.pick]
print(dyn[0]("x"), dyn[1]("a", k="v"), dyn[2]("w").path, dyn[3]("z", "y", sep="-").path)
for call in (lambda: dyn[0](sep="."), lambda: dyn[0](1, 2, bad=1), lambda: dyn[3](),
             lambda: dyn[4](key="size"), lambda: dyn[2](cls=1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)


class Base:
    def fmt(self, x: int, *rest: int, width: int = 0, **kw: str) -> str:
        return f"Base {x} {rest} {width} {sorted(kw.items())}"

    def kwo(self, a: int, *, b: int = 2) -> int:
        return a + b

    def run(self) -> str:
        return self.fmt(1, 2, 3, width=4, s="t") + " | " + str(self.kwo(1, b=5))


class Derived(Base):
    def fmt(self, x: int, *rest: int, width: int = 0, **kw: str) -> str:
        return "Derived " + super().fmt(x, *rest, width=width, **kw)


print(Base().run())
print(Derived().run())


# A Python subclass overriding the methods: static callers go through the override
# with keyword-only arguments by name and *args/**kwargs spread.
def py_fmt(self, x, *rest, width=0, **kw):
    return f"py {x} {rest} {width} {kw}"


def py_kwo(self, a, *, b=2):
    return a * b


PySub = type("PySub", (Base,), {"fmt": py_fmt, "kwo": py_kwo, "__module__": __name__})
print(PySub().run())
