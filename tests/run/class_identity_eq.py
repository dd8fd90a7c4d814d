# Without __eq__, equality is identity; `is` / `is not` on instances.
import __static__
from typing import Optional


class Tok:
    def __init__(self, s: str) -> None:
        self.s: str = s


def main() -> None:
    a = Tok("x")
    b = Tok("x")
    c: Tok = a
    print(a == b, a == c, a is c, a is not b, a != b)
    maybe: Optional[Tok] = None
    print(maybe is None, maybe == None)
    maybe = b
    print(maybe is b, maybe is a)
    toks = [a, b]
    print(a in toks, Tok("x") in toks, toks.index(b))


main()
