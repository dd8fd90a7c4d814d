# __static__.ContextDecorator / ExcContextDecorator: context managers usable as function
# decorators (the reference's runtime classes), subclassed by a compiled class.
import __static__
from __static__ import ContextDecorator, ExcContextDecorator
from typing import List

log: List[str] = []

class Traced(ContextDecorator):
    def __init__(self, name: str) -> None:
        self.name = name
    def __enter__(self) -> "Traced":
        log.append("enter " + self.name)
        return self
    def __exit__(self, *args: object) -> bool:
        log.append("exit " + self.name)
        return False

class Swallow(ExcContextDecorator):
    def __exit__(self, t: object, v: object, tb: object) -> bool:
        log.append("swallow " + repr(v))
        return True

@Traced("f")
def f(x: int) -> int:
    log.append(f"f({x})")
    return x + 1

@Swallow()
def g() -> None:
    raise ValueError("v")

print(f(1), f.__name__, f.__wrapped__.__name__)
with Traced("w") as t:
    log.append("body " + t.name)
print(g())
try:
    Traced("e")(lambda: 1 // 0)()
except ZeroDivisionError:
    log.append("zero")
print(log)
