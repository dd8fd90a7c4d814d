# @dynamic_return: the result is dynamic to callers and to the body (no return check), the
# annotation stays in __annotations__; prod_assert raises AssertionError like assert.
from __future__ import annotations
import __static__
from __static__ import allow_weakrefs, dynamic_return, prod_assert
import weakref

singletons = []

@allow_weakrefs
class C:
    @dynamic_return
    @staticmethod
    def make() -> C:
        return weakref.proxy(singletons[0])

    @dynamic_return
    @staticmethod
    def one() -> C:
        return 1

    def g(self) -> int:
        return 1

singletons.append(C())

def f() -> int:
    c = C.make()
    return c.g()

def h() -> int:
    return C.one()

@dynamic_return
def top(x: int) -> str:
    return x * 2

print(f(), h(), C.make.__annotations__, top(4), top.__annotations__)
prod_assert(True)
prod_assert(1 == 1, "fine")
try:
    prod_assert(False, "boom")
except AssertionError as e:
    print("AssertionError", e)
try:
    prod_assert(0)
except AssertionError as e:
    print("AssertionError", repr(e))
