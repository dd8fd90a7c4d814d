import __static__


class A:
    x: int

    def x(self) -> int:  # error: function conflicts with other member x in Type[class_member_conflict.A]
        return 0
