# Class attributes and ClassVar shared by all instances.
import __static__
from __static__ import int64, box
from typing import ClassVar


class Widget:
    created: ClassVar[int] = 0
    kind: ClassVar[str] = "widget"

    def __init__(self, size: int64) -> None:
        self.size: int64 = size
        Widget.created += 1

    def tag(self) -> str:
        return Widget.kind + str(box(self.size))


class Button(Widget):
    def tag(self) -> str:
        return "button/" + Widget.tag(self)


def main() -> None:
    ws = [Widget(1), Widget(2), Button(3)]
    for w in ws:
        x: Widget = w
        print(x.tag())
    print(Widget.created, Button.created)
    Widget.kind = "w"
    print(Widget(9).tag(), Widget.created)


main()
