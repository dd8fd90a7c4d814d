import __static__


class Tracker:
    def __init__(self, name: str, suppress: bool = False) -> None:
        self.name = name
        self.suppress = suppress
        self.log: list = []

    def __enter__(self) -> "Tracker":
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb) -> bool:
        print("exit", self.name, et.__name__ if et is not None else None, ev)
        return self.suppress


def use_two() -> str:
    with Tracker("a") as a, Tracker("b", True) as b:
        a.log.append(1)
        b.log.append(2)
        raise ValueError("inside")
    return "after with: suppressed"


def early_return() -> int:
    with Tracker("r"):
        return 42


def propagate() -> None:
    with Tracker("p"):
        {}["missing"]


print(use_two())
print(early_return())
try:
    propagate()
except KeyError as e:
    print("KeyError", e)
with Tracker("mod") as t:
    t.log.append("x")
print(t.log)
