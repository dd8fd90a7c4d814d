import __static__


class C:
    x: int
    y: int

    def z(self) -> int:
        return 1

    def x(self) -> int:  # error: function conflicts with other member x in Type[field_method_conflict.C]
        return 1
