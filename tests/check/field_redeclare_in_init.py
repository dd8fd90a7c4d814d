import __static__


class C:
    x: int
    y: str

    def __init__(self) -> None:
        self.y: str = ""
        self.x: str = ""  # error: Cannot re-declare member 'x' in 'field_redeclare_in_init.C'
