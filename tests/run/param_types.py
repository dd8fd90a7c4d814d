# str / int / float / bool / object parameters and returns.
import __static__


def s_param(s: str) -> str:
    return s + "!" + s[0]


def i_param(i: int) -> int:
    return i * 3 - 1


def f_param(f: float) -> float:
    return f / 2


def b_param(b: bool) -> str:
    if b:
        return "yes"
    return "no"


def o_param(o: object) -> str:
    return repr(o)


def none_ret(x: int) -> None:
    print("none_ret", x)


def main() -> None:
    print(s_param("hey"))
    print(i_param(7), i_param(-7))
    print(f_param(3.0), f_param(5))
    print(b_param(True), b_param(False), b_param(1 > 2))
    print(o_param(1), o_param("s"), o_param([1, (2, 3)]), o_param(None))
    print(none_ret(5))


main()
