import asyncio
import inspect


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(f"boom {n}")


class Res:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return t is KeyError


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def main():
    print(await add(1, 2))
    r = await asyncio.gather(add(1, 1), add(2, 2), add(3, 3))
    print(r)
    try:
        await boom(1)
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(add(5, 6))
    print(await t)
    async with Res("a") as x:
        print("inside", x.name)
    async with Res("b"):
        raise KeyError("k")
    print("after suppressed")
    async for v in Counter(3):
        print("count", v)
    else:
        print("else")
    print([v async for v in Counter(4)])
    print([v async for v in agen(3)])
    print({v: await add(v, 1) for v in range(3)})
    async for v in agen(2):
        print("agen", v)
    g = (x + 1 async for x in agen(3))
    print([v async for v in g])
    print(inspect.iscoroutinefunction(add), inspect.isgeneratorfunction(add))
    c = add(1, 1)
    print(inspect.iscoroutine(c), asyncio.iscoroutine(c), type(c).__name__, c.__name__, c.__qualname__)
    print(await c)
    print(inspect.isasyncgen(agen(1)), inspect.isasyncgenfunction(agen))


asyncio.run(main())
