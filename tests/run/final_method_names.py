# C.__final_method_names__: the sorted final methods of a static class and its static
# bases, set on every static class as the reference does (CPython has no such attribute).
import __static__
from typing import final


class C:
    @final
    def foo(self):
        return self

    def bar(self):
        return self


class D(C):
    @final
    def bar(self):
        return self

    @final
    @staticmethod
    def baz():
        return 0


class E:
    pass


for k in (C, D, E):
    print(k.__name__, getattr(k, "__final_method_names__", None))
ns = {"D": D}
exec("class P(D):\n    pass\n", ns)
print(getattr(ns["P"], "__final_method_names__", None))
