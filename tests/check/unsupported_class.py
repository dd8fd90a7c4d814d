import __static__


class C:  # error: unsupported: class definition
    x: int = 1

    def f(self) -> int:
        return self.x
