import __static__
from __static__ import CheckedDict, CheckedList, box, double

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI


class Vector:
    def __init__(self, x: double, y: double, z: double) -> None:
        self.x: double = x
        self.y: double = y
        self.z: double = z


class Body:
    def __init__(self, pos: Vector, v: Vector, mass: double) -> None:
        self.pos: Vector = pos
        self.v: Vector = v
        self.mass: double = mass


SYSTEM: CheckedDict[str, Body] = CheckedDict[str, Body]({
    "sun": Body(Vector(0.0, 0.0, 0.0), Vector(0.0, 0.0, 0.0), double(SOLAR_MASS)),
})
BODIES: CheckedList[Body] = CheckedList[Body](SYSTEM.values())


def advance(dt: double, n, pairs) -> None:
    b1: Body
    b2: Body
    for i in range(n):
        for b1, b2 in pairs:
            v1 = b1.v
            dx = b1.pos.x - b2.pos.x
            mag = dt * ((dx * dx) ** double(-1.5))
            b2m = b2.mass * mag
            v1.x -= dx * b2m
        for b in BODIES:
            b.pos.x += dt * b.v.x


def energy(bodies: CheckedList[Body] = BODIES, e: double = 0.0) -> double:
    for b in bodies:
        e += b.mass * (b.v.x * b.v.x) / 2.0
    return e


def report() -> float:
    return box(energy())
