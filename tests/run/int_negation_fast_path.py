# Unary minus on typed ints takes the inline path (UNARY_OP - int): tagged and boxed
# operands, results beyond 2**30, int subclasses with their own __neg__, bool.
import __static__
def f(n: int) -> int:
    s: int = 1
    acc: int = 0
    i: int = 0
    while i < n:
        s = -s
        acc += s * i
        i += 1
    big: int = 1 << 40
    nb: int = -big
    m: int = -(1 << 30)
    mm: int = -m
    return acc + nb + mm + -(-acc)
class MyInt(int):
    def __neg__(self) -> "MyInt":
        return MyInt(42)
def g(x: int) -> int:
    return -x
print(f(10), f(0), g(MyInt(3)), g(True), g(-5), type(g(MyInt(3))).__name__)
