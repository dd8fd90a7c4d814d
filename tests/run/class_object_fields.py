# Fields typed object / unannotated hold any value.
import __static__


class Holder:
    def __init__(self, v: object) -> None:
        self.v: object = v
        self.any = None

    def kind(self) -> str:
        return type(self.v).__name__


def main() -> None:
    hs = [Holder(1), Holder("s"), Holder([1, 2]), Holder(None), Holder(Holder(2.5))]
    for h in hs:
        x: Holder = h
        print(x.kind(), x.v if not isinstance(x.v, Holder) else "nested")
    h = Holder(0)
    h.v = "changed"
    h.any = {"k": 1}
    print(h.v, h.any)


main()
