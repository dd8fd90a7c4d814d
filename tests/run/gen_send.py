# send(): `x = yield y` receives the sent value; next() sends None.
def accumulator():
    total = 0
    count = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
        count += 1
    return (total, count)


acc = accumulator()
print(acc.send(None))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("result", e.value)
print(acc.send(1) if False else "finished")
try:
    acc.send(1)
except StopIteration as e:
    print("exhausted send", e.value)


def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received


e = echo()
next(e)
e.send("a")
e.send([1, 2])
try:
    e.send(None)
except StopIteration as s:
    print(s.value)

fresh = echo()
try:
    fresh.send(42)
except TypeError as err:
    print("TypeError:", err)
print(fresh.send(None))


def pairs():
    a = yield
    b = yield a
    yield (a, b), (yield b)


p = pairs()
print(next(p), p.send(1), p.send(2), p.send(3))
