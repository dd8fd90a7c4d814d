# and / or short-circuit evaluation with side effects.
import __static__
from __static__ import int64, cbool, box


def t(label: str) -> bool:
    print("t", label)
    return True


def f(label: str) -> bool:
    print("f", label)
    return False


def pos(x: int64) -> cbool:
    print("pos?", box(x))
    return x > 0


def main() -> None:
    print(t("1") and f("2") and t("3"))
    print(f("4") or t("5") or t("6"))
    print(f("7") and t("8"))
    print(t("9") or f("10"))
    print(not f("11"))
    if pos(1) and pos(-1) and pos(2):
        print("all positive")
    if pos(-2) or pos(3):
        print("some positive")
    print(0 or "" or [] or "last")
    print(1 and "x" and [2])
    print(None or 0)
    x = [] and t("never")
    print(x)


main()
