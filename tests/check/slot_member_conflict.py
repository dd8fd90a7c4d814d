import __static__


class C:
    def x(self) -> int:
        return 1

    x: object  # error: slot conflicts with other member x in Type[slot_member_conflict.C]


class D:
    y: int

    def z(self) -> int:
        return self.y
