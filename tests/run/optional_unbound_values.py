# A bare `Optional` annotation (the reference's unbound Optional[T]) takes only dynamic
# values statically, and holds any value at run time, like a dynamic one.
import __static__
from typing import Optional


def ident(x: Optional) -> object:
    w = x
    v: Optional = w
    return v


def main() -> None:
    for v in [1, None, "s", [1, 2]]:
        print(ident(v))


main()
