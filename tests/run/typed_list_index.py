# Indexing and len() of values typed list / tuple / dict: exact builtins take the inline
# paths (int64 and boxed int indices, negative indices, IndexError wording, indices too
# big for an index), subclasses keep their own __getitem__ / __setitem__ / __len__.
import __static__
from __static__ import int64, clen

class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) + 100
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 10)
    def __len__(self):
        return 7

class T(tuple):
    def __getitem__(self, i):
        return ("T", i)

class D(dict):
    def __len__(self):
        return 9

def get(x: list) -> object:
    i: int64 = 1
    return x[i]

def get_lit(x: list) -> object:
    return x[-1]

def get_int(x: list, i: int) -> object:
    return x[i]

def set_(x: list) -> None:
    i: int64 = 0
    x[i] = 5

def set_int(x: list, i: int) -> None:
    x[i] = 6

def aug(x: list, i: int) -> None:
    x[i] += 1

def tget(x: tuple, i: int) -> object:
    j: int64 = 0
    return (x[i], x[j])

def ln(x: list) -> int:
    return len(x)

def dln(x: dict) -> int:
    return len(x)

def truthy(x: list) -> bool:
    if x:
        return True
    return False

for mk in (list, L):
    a = mk([1, 2, 3])
    print(get(a), get_lit(a), get_int(a, 2), get_int(a, -3))
    set_(a); set_int(a, 1); aug(a, 2)
    print(list(a), ln(a), truthy(a))
    try:
        get_int(a, 10)
    except IndexError as e:
        print("IndexError", e)
    try:
        set_int(a, -10)
    except IndexError as e:
        print("IndexError", e)
    try:
        get_int(a, 10**30)
    except IndexError as e:
        print("IndexError", e)
for mk in (tuple, T):
    print(tget(mk((4, 5)), 1), tget(mk((4, 5)), -1))
print(dln({1: 2}), dln(D({1: 2})))


class S(str):
    def __len__(self):
        return 42


def sln(x: str) -> int:
    return len(x)


def tln(x: tuple) -> int:
    return len(x) + 0


print(sln("abc"), sln(S("abc")), tln((1, 2)), tln(T((1, 2, 3))), ln([]), ln(L()))
