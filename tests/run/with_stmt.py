# with statements: __enter__/__exit__ order, targets, suppression, exceptions in the
# body, return/break inside with, several items.
import __static__


class CM:
    def __init__(self, name: str, swallow: bool = False) -> None:
        self.name = name
        self.swallow = swallow

    def __enter__(self) -> str:
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, t: object, v: object, tb: object) -> bool:
        print("exit", self.name, t.__name__ if t is not None else None, v)
        return self.swallow


def body(n: int) -> str:
    with CM("a") as x, CM("b") as y:
        if n == 1:
            return x + y
        print("body", x, y)
    return "done"


def swallowed() -> str:
    with CM("s", True):
        raise ValueError("hidden")
    return "after swallow"


def propagated() -> str:
    try:
        with CM("p"):
            raise KeyError("k")
    except KeyError as e:
        return "caught " + repr(e)
    return "no"


def loop() -> int:
    total = 0
    for i in range(4):
        with CM(str(i)):
            if i == 2:
                break
            total += i
    return total


print(body(0))
print(body(1))
print(swallowed())
print(propagated())
print(loop())
