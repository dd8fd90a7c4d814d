import asyncio
import types
import collections.abc


async def ticker(n, log):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                log.append(("got", got))
            await asyncio.sleep(0)
    except KeyError as e:
        log.append(("keyerror", str(e)))
        yield "recovered"
    finally:
        log.append("ticker finally")


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def empty():
    return
    yield


async def main():
    log = []
    g = ticker(5, log)
    print(type(g).__name__, isinstance(g, types.AsyncGeneratorType), isinstance(g, collections.abc.AsyncGenerator))
    print(g.__name__, g.__qualname__, g.ag_running)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await g.athrow(KeyError("k")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")
    print(log)
    log.clear()
    g2 = ticker(10, log)
    async for v in g2:
        if v == 2:
            break
    await g2.aclose()
    print(log)
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print([x async for x in empty()])
    g3 = ticker(3, log)
    log.clear()
    print(await anext(g3), await anext(g3, "dflt"))
    await g3.aclose()
    print(await anext(g3, "dflt"))
    print(log)
    aw = g3.asend(None)
    try:
        aw.send(None)
    except StopAsyncIteration:
        print("exhausted asend")
    try:
        aw.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    # left suspended: asyncio.run's shutdown_asyncgens closes it
    g4 = ticker(10, log)
    log.clear()
    await g4.__anext__()
    globals()["keep"] = g4
    globals()["keep_log"] = log


asyncio.run(main())
print(keep.ag_running)
print(keep_log)
