# except* (PEP 654): splitting, partial handling, re-raise of the unhandled rest, raises
# inside clauses, naked exceptions, in generators and coroutines (TaskGroup).
import sys


def show(label, e):
    if isinstance(e, BaseExceptionGroup):
        print(label, type(e).__name__, repr(e.message), [show_leaf(x) for x in e.exceptions])
    else:
        print(label, repr(e))


def show_leaf(x):
    if isinstance(x, BaseExceptionGroup):
        return (type(x).__name__, [show_leaf(y) for y in x.exceptions])
    return repr(x)


def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as e:
        show("value", e)
        show("exc_info", sys.exc_info()[1])
    except* TypeError as e:
        show("type", e)
    except* KeyError:
        print("key")


def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError as e:
        show("handled", e)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        show("naked", e)
    else:
        print("no else")


def raising():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError as e:
        raise


def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* TypeError as e:
        show("nested type", e)


def no_exc():
    try:
        x = 1
    except* ValueError:
        print("never")
    else:
        print("else", x)
    finally:
        print("finally")


def bad_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


def loops():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            for j in range(5):
                if j == 1:
                    break
                out.append((i, j))
    print(out)


basic()
try:
    nested()
except ExceptionGroup as e:
    show("nested rest", e)
naked()
no_exc()
loops()
for fn in (partial, raising, bad_type):
    try:
        fn()
    except BaseException as e:
        show(fn.__name__, e)
        if isinstance(e, BaseExceptionGroup):
            print([type(x).__name__ for x in e.exceptions], e.exceptions[0].__context__ is not None)
print("e" in dir())


def gen_star():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        yield "value " + repr(e.exceptions)
    except* KeyError:
        yield "key"


print(list(gen_star()))


async def co_star():
    import asyncio

    async def fail(n):
        await asyncio.sleep(0)
        raise ValueError(n)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(fail(2))
    except* ValueError as e:
        await asyncio.sleep(0)
        got = sorted(str(x) for x in e.exceptions)
    return got


import asyncio
print(asyncio.run(co_star()))
raising()
