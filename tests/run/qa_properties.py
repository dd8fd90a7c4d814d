import __static__
from __static__ import int64, box, double


class Temperature:
    def __init__(self, celsius: float) -> None:
        self._c = celsius

    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, v: float) -> None:
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self) -> float:
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f: float) -> None:
        self.celsius = (f - 32) * 5 / 9


class Counter:
    def __init__(self) -> None:
        self._n: int64 = 0

    @property
    def n(self) -> int64:
        return self._n

    def inc(self) -> "Counter":
        self._n += 1
        return self


def main() -> None:
    t = Temperature(100)
    print(t.celsius, t.fahrenheit)
    t.fahrenheit = 32
    print(t.celsius, round(t.fahrenheit, 6))
    try:
        t.celsius = -300
    except ValueError as e:
        print("error:", e)
    print(t.celsius)
    c = Counter()
    c.inc().inc().inc()
    print(box(c.n), box(c.n * 2))
    try:
        c.n = 5  # read-only property from dynamic code path
    except AttributeError as e:
        print("AttributeError")


main()
