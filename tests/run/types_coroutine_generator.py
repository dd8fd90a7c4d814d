# @types.coroutine on a compiled generator function: types.coroutine sets __code__ to a
# copy flagged CO_ITERABLE_COROUTINE (compiled functions are FunctionType to it), and the
# generators become awaitable and acceptable to asyncio; a plain generator is not.
import types, asyncio
@types.coroutine
def legacy(n):
    yield
    return n
async def main():
    a = await legacy(5)
    b = await asyncio.gather(legacy(1), legacy(2))
    return a, b
print(asyncio.run(main()))
def plain():
    yield 1
async def bad():
    await plain()
try:
    asyncio.run(bad())
except TypeError as e:
    print(e)
print(legacy.__code__.co_flags & 0x100, legacy.__name__)
