import __static__
from dataclasses import dataclass


class AppError(Exception):
    def __init__(self, code: int, *args: object, **info: object) -> None:
        super().__init__(*args)
        self.code = code
        self.info = info


class Registry(dict):
    def __init__(self, *pairs, strict=False, **extra):
        super().__init__(*pairs, **extra)
        self.strict = strict

    def add(self, *names, value=None):
        for n in names:
            self[n] = value
        return self


@dataclass
class Point:
    x: int
    y: int = 0

    def moved(self, *deltas: int, scale: int = 1) -> "Point":
        return Point(self.x + sum(deltas) * scale, self.y)


try:
    raise AppError(7, "bad", "worse", where="here")
except AppError as e:
    print(e.code, e.args, e.info, str(e))
r = Registry([("a", 1)], strict=True, b=2).add("c", "d", value=3)
print(sorted(r.items()), r.strict)
print(Point(1).moved(), Point(1).moved(1, 2, scale=10))


def make():
    class Local:
        def __init__(self, *a, **k):
            self.a, self.k = a, k
    return Local(1, 2, z=3)


m = make()
print(m.a, m.k)
for call in (lambda: AppError(), lambda: r.add(value=1, other=2), lambda: Point(1).moved(scale=1, x=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
