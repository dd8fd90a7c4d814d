import __static__


@property  # error: Cannot decorate a class with @property
class Shape:
    pass


class Square:
    @property
    def side(self) -> int:
        return 2
