import asyncio


class NoAwait:
    pass


class BadAwait:
    def __await__(self):
        return 5


class Fut:
    def __await__(self):
        x = yield "tick"
        return ("fut", x)


async def worker(name, log):
    try:
        while True:
            await asyncio.sleep(0)
            log.append(name)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise
    finally:
        log.append(name + " finally")


async def slow():
    await asyncio.sleep(10)


async def err_msgs():
    for obj in (NoAwait(), BadAwait(), 3):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)
    try:
        async with NoAwait():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in NoAwait():
            pass
    except TypeError as e:
        print("TypeError:", e)


async def nested(n):
    if n == 0:
        raise RuntimeError("deep")
    return await nested(n - 1)


async def main():
    log = []
    t = asyncio.create_task(worker("w", log))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())
    print(log)
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    await err_msgs()
    try:
        await nested(3)
    except RuntimeError as e:
        print("nested", e)
    results = await asyncio.gather(nested(1), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([type(r).__name__ for r in results])
    c = nested(0)
    try:
        c.send(None)
    except RuntimeError as e:
        print("send raised", e)
    try:
        c.send(None)
    except RuntimeError as e:
        print("again:", e)
    c2 = slow()
    c2.close()
    print(repr(c2).split(" at ")[0])
    co = Fut().__await__()
    print(next(co))
    async def use_fut():
        return await Fut()
    g = use_fut()
    print(g.send(None))
    try:
        g.send(42)
    except StopIteration as e:
        print("result", e.value)
    await nested(2)


asyncio.run(main())
