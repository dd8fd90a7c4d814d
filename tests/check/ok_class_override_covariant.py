import __static__


class A:
    def m(self) -> object:
        return "a"

    def n(self, x: int) -> "A":
        return self


class B(A):
    def m(self) -> str:
        return "b"

    def n(self, x: object) -> "B":
        return self
