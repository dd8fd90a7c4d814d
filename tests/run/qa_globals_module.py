import __static__
from __static__ import int64, box
from typing import Final

VERSION: Final[str] = "1.2"
LIMIT: Final[int] = 5
counter = 0
registry: dict = {}
log: list = []


def register(name: str) -> int:
    global counter
    counter += 1
    registry[name] = counter
    log.append(f"reg {name}")
    return counter


def reset() -> None:
    global counter, registry
    counter = 0
    registry = {}


def limit64() -> int64:
    return int64(LIMIT) * 2


for n in ["a", "b", "c"]:
    register(n)
print(counter, sorted(registry.items()), log)
reset()
print(counter, registry)
register("z")
print(counter, registry, VERSION, LIMIT, box(limit64()))
if counter > 0:
    status = "active"
else:
    status = "idle"
print(status, n)
del log[0]
print(log, __name__)
