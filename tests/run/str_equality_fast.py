# Exact str comparisons: == and != by length, kind and bytes (all four kinds, interned
# and built strings, embedded NULs), orderings, fused tests.
import __static__
import sys
def cmp(a: str, b: str) -> list:
    return [a == b, a != b, a < b, a <= b, a > b, a >= b]
def tested(a: str, b: str) -> int:
    n = 0
    if a == b:
        n += 1
    if a != b:
        n += 2
    if a < b:
        n += 4
    return n
pairs = [("abc", "abc"), ("abc", "".join(["a", "b", "c"])), ("abc", "abd"), ("ab", "abc"), ("", ""),
         ("é", "é"), ("é", "e"), ("€x", "€x"), ("€x", "€y"), ("😀", "😀"), ("😀a", "😀b"), ("a", "é"),
         (sys.intern("".join(["x", "y"])), "xy"), ("\x00", ""), ("a\x00", "a")]
for a, b in pairs:
    print(cmp(a, b), tested(a, b), cmp(b, a), tested(b, a))
class S(str):
    def __eq__(self, o):
        return "custom"
print(cmp(S("a"), "a") if False else tested("a", "a"))
