# Compiled generators, coroutines and async generators are GeneratorType/CoroutineType/
# AsyncGeneratorType to isinstance(), with gi_code/cr_code/ag_code and a gi_frame that is
# None once finished, so inspect's state functions answer as for the source.
import inspect, types, asyncio
def g():
    yield 1
    yield 2
x = g()
print(isinstance(x, types.GeneratorType), inspect.isgenerator(x), inspect.isgeneratorfunction(g))
print(inspect.getgeneratorstate(x)); next(x); print(inspect.getgeneratorstate(x)); list(x); print(inspect.getgeneratorstate(x))
print(x.gi_code.co_name, x.gi_code.co_qualname, x.gi_frame, x.__name__, type(x).__name__)
async def c():
    await asyncio.sleep(0)
    return 3
co = c()
print(inspect.getcoroutinestate(co), co.cr_code.co_name, inspect.iscoroutine(co))
print(asyncio.run(co), inspect.getcoroutinestate(co), co.cr_frame)
async def ag():
    yield 1
a = ag()
print(a.ag_code.co_name, a.ag_frame is not None, inspect.isasyncgen(a))
def gg():
    yield from g()
print(list(gg()), sum(i for i in range(4)))
