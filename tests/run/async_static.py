# Typed coroutines in a static module: `await f()` of a static async def has the declared
# result type. Dialect difference (async_static.expected): a Python override of a static
# async method whose result is not the declared type fails at the await (CAST), where
# CPython does not check.
import __static__
import asyncio
from __static__ import int64, box, unbox
from typing import Optional


async def double(x: int) -> int:
    await asyncio.sleep(0)
    return x * 2


async def maybe(flag: bool) -> Optional[str]:
    if flag:
        return "yes"
    return None


class C:
    def __init__(self, base: int) -> None:
        self.base = base

    async def add(self, x: int) -> int:
        await asyncio.sleep(0)
        return self.base + x

    async def agen(self, n: int):
        i: int64 = 0
        while i < unbox(n):
            yield box(i) + self.base
            i += 1


async def prim_locals(n: int) -> int:
    total: int64 = 0
    i: int64 = 0
    while i < unbox(n):
        await asyncio.sleep(0)
        total += i
        i += 1
    return box(total)


async def main() -> None:
    y: int = await double(21)
    print(y)
    c = C(10)
    z: int = await c.add(5)
    print(z)
    s = await maybe(True)
    if s is not None:
        print(s.upper())
    print(await maybe(False))
    print(await prim_locals(5))
    print([v async for v in c.agen(3)])
    co = double(1)
    print(type(co).__name__)
    print(await co)


class D(C):
    async def add(self, x):
        return "not an int"


async def bad() -> None:
    d: C = D(1)
    try:
        r: int = await d.add(1)
        print(r)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
asyncio.run(bad())
print(double.__name__, double.__qualname__, C.add.__qualname__)
