# Unbounded recursion raises RecursionError through every kind of compiled cycle, now
# that only natives on a cycle of direct calls (and Python entries, and natives that
# make dynamic calls) count against the limit: self-recursion, mutual recursion through
# virtual methods and overrides, and recursion that re-enters through operators
# (__add__, __eq__, __bool__) and a Python subclass's override.
import __static__


class A:
    def f(self, n: int) -> int:
        return self.g(n) + 1

    def g(self, n: int) -> int:
        return self.f(n + 1) + 1


class B(A):
    def g(self, n: int) -> int:
        return self.f(n - 1) + 2


class PyB(A):
    pass


def down(n: int) -> int:
    return down(n + 1) + 1


class V:
    def __init__(self, x: int) -> None:
        self.x: int = x

    def __add__(self, o: object) -> object:
        return self + o

    def __eq__(self, o: object) -> bool:
        return self == o

    def __bool__(self) -> bool:
        return not self


def pyg(self, n):
    return self.f(n)


PyB.g = pyg


def attempt(name: str, thunk) -> None:
    try:
        thunk()
        print(name, "returned")
    except RecursionError:
        print(name, "RecursionError")


def main() -> None:
    attempt("virtual", lambda: A().f(0))
    attempt("override", lambda: B().f(0))
    attempt("python override", lambda: PyB().f(0))
    attempt("self", lambda: down(0))
    attempt("add", lambda: V(1) + 2)
    attempt("eq", lambda: V(1) == 2)
    attempt("bool", lambda: bool(V(1)))
    print(down.__name__, A().g.__name__, "still alive")


main()
