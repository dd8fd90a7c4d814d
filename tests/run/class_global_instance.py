# A module-level instance typed as a class, replaced through `global`.
import __static__
from __static__ import int64, box


class Registry:
    def __init__(self, tag: str) -> None:
        self.tag: str = tag
        self.count: int64 = 0

    def add(self) -> int64:
        self.count += 1
        return self.count


registry: Registry = Registry("first")


def use(n: int64) -> None:
    i: int64 = 0
    while i < n:
        registry.add()
        i += 1


def reset(tag: str) -> None:
    global registry
    registry = Registry(tag)


def main() -> None:
    use(3)
    print(registry.tag, box(registry.count))
    reset("second")
    use(5)
    print(registry.tag, box(registry.count))


main()
