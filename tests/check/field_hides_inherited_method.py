import __static__


class A:
    def m(self) -> int:
        return 1


class B(A):
    n: int
    m: int  # error: class cannot hide inherited member: m
