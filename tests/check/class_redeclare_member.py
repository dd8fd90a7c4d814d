import __static__


class C:
    x: int

    def __init__(self) -> None:
        self.x: str = ""  # error: Cannot re-declare member 'x' in 'class_redeclare_member.C'
