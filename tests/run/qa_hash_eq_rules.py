import __static__


class Key:
    def __init__(self, a: int, b: str) -> None:
        self.a = a
        self.b = b

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and self.a == other.a and self.b == other.b

    def __hash__(self) -> int:
        return hash((self.a, self.b))


class NoHash:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NoHash) and self.v == other.v


class Plain:
    pass


def main() -> None:
    d = {Key(1, "x"): "first"}
    d[Key(1, "x")] = "second"
    d[Key(2, "x")] = "third"
    print(len(d), d[Key(1, "x")], Key(1, "x") in d, Key(3, "y") in d)
    s = {Key(1, "a"), Key(1, "a"), Key(1, "b")}
    print(len(s))
    print(NoHash(1) == NoHash(1), NoHash(1) != NoHash(2))
    p, q = Plain(), Plain()
    print(p == p, p == q, p != q, len({p, q, p}))
    print(Key(1, "x") == 5, Key(1, "x") != "k")


main()
