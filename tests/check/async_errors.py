# await / async for / async with / async comprehensions outside async functions are
# CPython's SyntaxErrors; typed coroutines of a static module give their result type.
import __static__
from __static__ import int64
import asyncio

await asyncio.sleep(0)  # error: 'await' outside function


def sync(y):
    await asyncio.sleep(0)  # error: 'await' outside async function
    async for x in y:  # error: 'async for' outside async function
        pass
    async with y:  # error: 'async with' outside async function
        pass
    return [x async for x in y]  # error: asynchronous comprehension outside of an asynchronous function


def sync_comp(xs):
    return [await x for x in xs]  # error: asynchronous comprehension outside of an asynchronous function


def genexp_ok(xs):
    return (await x for x in xs)


async def agen():
    yield 1
    return 2  # error: 'return' with value in async generator


async def yf():
    yield from [1]  # error: 'yield from' inside async function


async def typed(x: int) -> int:
    return x


async def prim() -> int64:  # error: unsupported: primitive result of an async function
    return 1


async def no_return() -> int:  # error: Function has declared return type 'int' but can implicitly return None.
    pass


async def bad_return() -> str:
    return 1  # error: mismatched types: expected str because of return type, found Literal[1] instead


async def use() -> None:
    s: str = await typed(1)  # error: type mismatch: int cannot be assigned to str
    n: int = await typed(1)
    c: int = typed(1)
    x: int64 = 1
    await x  # error: cannot await a primitive value
    lam = lambda: await typed(1)  # error: 'await' outside async function


async def with_class():
    class K:
        await asyncio.sleep(0)  # error: 'await' outside function

        async def m(self):
            await asyncio.sleep(0)
