import __static__
# A `bool` field holds only True or False (SPC_FIELD_BOOL): a checker-typed bool that is
# not one (an int subclass's __lt__ result) is refused as the descriptor refuses it
# (deliberate difference: CPython stores the object; .expected).


class WeirdInt(int):
    def __lt__(self, other):
        return "yes"


class Box:
    def __init__(self) -> None:
        self.flag: bool = False

    def set_less(self, a: int, b: int) -> None:
        self.flag = a < b


def main() -> None:
    b = Box()
    b.set_less(1, 2)
    print(b.flag)
    try:
        b.set_less(WeirdInt(5), 2)
        print("stored", repr(b.flag))
    except TypeError as e:
        print(type(e).__name__, e)
    print(b.flag)


main()
