# A Python subclass may not override a @final static or class method of a static class
# (the reference raises at class creation; CPython, without the check, does not).
import __static__
from typing import final

class C:
    @final
    @staticmethod
    def foo():
        return 0

    @staticmethod
    @final
    def bar():
        return 0

src = '''
class D1(C):
    @staticmethod
    def foo():
        return 1
'''
try:
    exec(src, {"C": C})
    print("no error")
except TypeError as e:
    print("TypeError", e)
src2 = src.replace("foo", "bar")
try:
    exec(src2, {"C": C})
    print("no error")
except TypeError as e:
    print("TypeError", e)


class K:
    @final
    @classmethod
    def make(cls) -> int:
        return 1

try:
    exec("class L(K):\n    @classmethod\n    def make(cls):\n        return 2\n", {"K": K})
    print("no error")
except TypeError as e:
    print("TypeError", e)
