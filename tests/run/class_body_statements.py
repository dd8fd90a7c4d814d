# Class bodies of ordinary classes run any statement, as CPython runs them: loops,
# conditionals, tuple targets, del, try, imports, nested classes, conditional defs.
import re

flag = True


def pair(a, b):
    return a + 1, b + 2


class Wrapper:
    """Doc."""
    S, T = " \t"
    first, second = pair(1, 2)
    letters = "abc"
    word_re = re.compile(r"[%s]+" % letters)
    del letters
    squares = {}
    for _i in range(4):
        squares[_i] = _i * _i
    del _i
    if flag:
        def method(self):
            return "flag on"
    else:
        def method(self):
            return "flag off"
    try:
        value = int("x")
    except ValueError:
        value = -1
    import string as _string
    digits = _string.digits
    while len(digits) > 3:
        digits = digits[1:]
    a = b = 5
    [la, lb] = [1, 2]
    count = 0
    count += 10

    class Inner:
        kind = "inner"

        def who(self):
            return self.kind

    with open(__file__) as _f:
        first_line = _f.readline().strip()


w = Wrapper()
print(Wrapper.S == " ", Wrapper.T == "\t", Wrapper.first, Wrapper.second)
print(Wrapper.word_re.findall("xxabcyyba"), hasattr(Wrapper, "letters"), hasattr(Wrapper, "_i"))
print(sorted(Wrapper.squares.items()), w.method(), Wrapper.value, Wrapper.digits)
print(Wrapper.a, Wrapper.b, Wrapper.la, Wrapper.lb, Wrapper.count, Wrapper.Inner().who())
print(Wrapper.__doc__, Wrapper.first_line[:20])
print(Wrapper.Inner.__name__, Wrapper.Inner.__qualname__, [k for k in vars(Wrapper) if not k.startswith("__")])

if flag:
    class Cond:
        def hello(self):
            return "conditional class"
else:
    class Cond:
        pass

try:
    def maybe():
        return "conditional def"
except ImportError:
    pass

print(Cond().hello(), maybe(), Cond.__qualname__, maybe.__qualname__)
