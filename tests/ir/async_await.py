# await is GET_AWAITABLE + YIELD_FROM; async for steps through GET_ANEXT with a
# StopAsyncIteration handler; async with looks its methods up with LOAD_SPECIAL.
import __static__


async def inner(x: int) -> int:
    return x


async def outer(it, cm) -> int:
    n: int = await inner(1)
    async for v in it:
        n += 1
    async with cm as c:
        pass
    return n
