import __static__


class Item:
    def __init__(self, w: int) -> None:
        self.w = w

    def weight(self) -> int:
        if self.w < 0:
            raise ValueError(f"negative weight {self.w}")
        return self.w


def order(items: list) -> list:
    return sorted(items, key=Item.weight)


def apply_all(items: list, f) -> list:
    return [f(i) for i in items]


print([i.w for i in order([Item(3), Item(1), Item(2)])])
print(apply_all([Item(5), Item(6)], Item.weight))
try:
    order([Item(1), Item(-1)])
except ValueError as e:
    print("ValueError:", e)
order([Item(2), Item(-7)])
