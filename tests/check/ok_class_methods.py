import __static__
from __static__ import int64, box


class Base:
    def __init__(self, x: int64) -> None:
        self.x: int64 = x

    def get(self) -> int64:
        return self.x

    @staticmethod
    def twice(v: int64) -> int64:
        return v * 2

    @classmethod
    def make(cls) -> int:
        return 1

    @property
    def px(self) -> int64:
        return self.x

    @px.setter
    def px(self, v: int64) -> None:
        self.x = v


class Derived(Base):
    def __init__(self, x: int64) -> None:
        super().__init__(x)
        Base.__init__(self, x)
        super(Derived, self).__init__(x)

    def get(self) -> int64:
        return Base.get(self) + super().get() + Base.twice(self.x)


def use(b: Base) -> int64:
    b.px = 3
    return b.get() + b.px + Base.twice(2) + Derived(4).get()
