# Starred items in list, tuple and set displays: CPython's evaluation order (left to
# right, each iterable consumed where it stands) and its messages.
def noisy(tag, value):
    print("eval", tag)
    return value


def gen():
    yield "g1"
    yield "g2"


print([*range(3), *"ab"], (*[1, 2], 3), {*"aab", "c"} == {"a", "b", "c"})
print([noisy(1, 0), *noisy(2, [1, 2]), noisy(3, 3), *noisy(4, gen())])
print((*gen(),), [*()], (*[],), [*{"k": 1}], [*{"x": 1}.items()])
a, b = [1], (2, 3)
print([*a, *b, *a], (*a, *b), sorted({*a, *b, 4}))
t = (*range(2),)
print(type(t).__name__, t, type([*t]).__name__)
for bad in (5, None):
    try:
        print([*bad])
    except TypeError as e:
        print("TypeError", e)
    try:
        print((1, *bad))
    except TypeError as e:
        print("TypeError", e)
    try:
        print({*bad})
    except TypeError as e:
        print("TypeError", e)
try:
    print({*[[1]]})
except TypeError as e:
    print("TypeError", e)
try:
    print({1, [2], *[3]})
except TypeError as e:
    print("TypeError", e)


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError


print([*Seq()], (*Seq(), *Seq()))


def f(*xs: int) -> list:
    return [*xs, *reversed(xs)]


print(f(1, 2, 3), [x for x in (*f(1), 9)])


# tree-sitter parses a lone splat of a postfix expression as a call of the splat:
# the star must cover the whole call/attribute/subscript.
d = {"k": [1, 2]}
print([*d["k"]], [*d.keys()], [*d["k"][::-1]], [*range(2)], (*d,))
b, *c = [*d["k"], 3]
print(b, c, f(*d.values()))


class Base1:
    tag = "b1"


class Base2:
    pass


mixins = (Base2,)


class Mixed(Base1, *mixins):   # unpacking in class bases
    pass


print([k.__name__ for k in Mixed.__mro__], Mixed.tag)
