import asyncio
import sys


class CM:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        self.log.append("exit " + self.name + (" " + exc[0].__name__ if exc[0] else ""))
        return False


async def aiter_n(n):
    for i in range(n):
        yield i


def make_adder(k):
    async def add(x):
        await asyncio.sleep(0)
        return x + k
    return add


async def early_return(log):
    async with CM(log, "r"):
        async for i in aiter_n(10):
            if i == 1:
                continue
            if i == 3:
                return i
            log.append(i)


async def in_handlers(log):
    try:
        raise KeyError("outer")
    except KeyError:
        await asyncio.sleep(0)
        log.append(repr(sys.exc_info()[1]))
        try:
            async with CM(log, "h"):
                raise ValueError("inner")
        except ValueError as e:
            log.append("caught " + str(e))
        log.append(repr(sys.exc_info()[1]))
    finally:
        await asyncio.sleep(0)
        log.append("finally")


async def breaker(log):
    total = 0
    async for i in aiter_n(100):
        if i > 4:
            break
        total += i
    else:
        log.append("not reached")
    return total


async def main():
    log = []
    print(await early_return(log), log)
    log = []
    await in_handlers(log)
    print(log)
    print(await breaker(log))
    add5 = make_adder(5)
    print(add5.__qualname__, await add5(1))
    fs = [make_adder(i) for i in range(3)]
    print(await asyncio.gather(*(f(10) for f in fs)))
    lam = lambda x: add5(x)
    print(await lam(2))
    results = []

    async def producer(q):
        for i in range(3):
            await q.put(i)
        await q.put(None)

    async def consumer(q):
        while (item := await q.get()) is not None:
            results.append(item)

    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))
    print(results, producer.__qualname__)
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "woke"

    t = asyncio.ensure_future(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t)
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(add5(1))
        t2 = tg.create_task(add5(2))
    print(t1.result(), t2.result())


asyncio.run(main())
