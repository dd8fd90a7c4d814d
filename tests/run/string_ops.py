# String operations in typed and untyped code.
import __static__
from __static__ import int64, box


def reverse(s: str) -> str:
    out = ""
    for ch in s:
        out = ch + out
    return out


def count_char(s: str, c: str) -> int64:
    n: int64 = 0
    for ch in s:
        if ch == c:
            n += 1
    return n


def is_palindrome(s: str) -> bool:
    return s == s[::-1]


def main() -> None:
    s: str = "static python"
    print(reverse(s))
    print(box(count_char(s, "t")))
    print(is_palindrome("racecar"), is_palindrome(s))
    print(s.title(), s.count("t"), s.index("p"), s.split())
    print(s * 2, s + "!", len(s), s[7:], s[-3:])
    print(repr(s), str(3.5), ord("A"), chr(66))
    print("a,b,,c".split(","), " ".join(reversed(s.split())))
    print(s.isalpha(), "123".isdigit(), "Ab".swapcase(), "x=%s y=%r" % (1, "z"))


main()
