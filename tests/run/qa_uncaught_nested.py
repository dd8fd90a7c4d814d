import __static__
from __static__ import int64, box


class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def expect_digit(self) -> int:
        ch = self.text[self.pos]
        if not ch.isdigit():
            raise SyntaxError(f"expected digit at {self.pos}, got {ch!r}")
        self.pos += 1
        return int(ch)

    def parse_sum(self) -> int:
        total = self.expect_digit()
        while self.pos < len(self.text):
            if self.text[self.pos] != "+":
                raise ValueError("bad operator " + self.text[self.pos])
            self.pos += 1
            total += self.expect_digit()
        return total


def evaluate(s: str) -> int:
    return Parser(s).parse_sum()


print(evaluate("1+2+3"))
print(evaluate("9"))
try:
    evaluate("1-2")
except ValueError as e:
    print("ValueError:", e)
print(evaluate("4+x"))
