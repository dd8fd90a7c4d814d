# An exception leaving a for loop inside a with block drops the loop's iterator before
# __exit__ runs, as CPython's unwinding pops it: a generator being iterated is closed
# (its finally runs) first. try/except handlers already did this (irgen release_iter_vars).
import __static__


class Cm:
    def __init__(self, name: str) -> None:
        self.name: str = name

    def __enter__(self) -> str:
        print('enter', self.name)
        return self.name

    def __exit__(self, t: object, v: object, tb: object) -> bool:
        print('exit', self.name, v)
        return self.name == 'swallow'


def gen(tag: str, n: int):
    try:
        for i in range(n):
            yield i
    finally:
        print('close', tag)


def leave(name: str, at: int) -> int:
    with Cm(name):
        for i in gen('outer', 4):
            for j in gen('inner', 3):
                if i * 3 + j == at:
                    raise ValueError('boom %d' % at)
    return at


def two_items(at: int) -> None:
    with Cm('a'), Cm('b'):
        for i in gen('two', 3):
            if i == at:
                raise KeyError(at)


for name, at in (('w', 0), ('w', 4), ('swallow', 2), ('w', 99)):
    try:
        print('->', leave(name, at))
    except ValueError as e:
        print('caught', e)
try:
    two_items(1)
except KeyError as e:
    print('caught', e)
