import __static__


class Switch:
    ready: bool = False

    def __init__(self, on: bool) -> None:
        self.on: bool = on

    def is_on(self) -> bool:
        return self.on

    def status(self) -> int:
        return 1 if self.is_on() else 0

    def toggle(self) -> bool:
        self.on = not self.on
        return self.on


def probe(s: Switch) -> bool:
    return s.is_on()
