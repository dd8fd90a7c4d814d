# object parameters: dynamic operations, isinstance, type().
import __static__


def describe(o: object) -> str:
    if isinstance(o, bool):
        return "bool " + str(o)
    if isinstance(o, int):
        return "int " + str(o)
    if isinstance(o, str):
        return "str " + o
    if o is None:
        return "none"
    return "other " + type(o).__name__


def first_item(o):
    return o[0]


def main() -> None:
    for v in [1, "s", None, True, 2.5, [1], (2,)]:
        print(describe(v))
    print(first_item([9, 8]), first_item("xyz"), first_item((None,)))


main()
