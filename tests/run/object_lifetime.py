# Objects die when CPython would release them: a constructed instance is not kept by
# the construction, a loop's iterator is released when the loop ends (break, normal
# exit) or an exception leaves it (try/except, try/finally), so generators close then.
import __static__
from typing import Iterator, List

def gen(tag: str) -> Iterator[int]:
    try:
        for i in range(10):
            yield i
    finally:
        print("close", tag)

class D:
    def __init__(self, n: str) -> None:
        self.n = n
    def __del__(self) -> None:
        print("del", self.n)

def loops() -> None:
    for x in gen("a"):
        if x == 2:
            break
    print("after break")
    xs: List[int] = [y for y in gen("b") if y < 3]
    print("after comp", xs)
    try:
        for x in gen("c"):
            raise ValueError
    except ValueError:
        print("caught")
    try:
        try:
            for x in gen("d"):
                for y in gen("e"):
                    raise KeyError
        finally:
            print("finally")
    except KeyError:
        print("caught outer")
    print("end loops")

def objects() -> None:
    x = D("x")
    print("made")
    del x
    print("after del")
    d = {"k": D("y")}
    d = {}
    print("after dict", d)
    print(D("z").n)
    print("end objects")

loops()
objects()
