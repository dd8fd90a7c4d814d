# A generator cannot be resumed while it runs; gi_running says when it does.
def reenter():
    yield me.gi_running
    yield next(me)


me = reenter()
print(me.gi_running, next(me), me.gi_running)
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "finished"))


def sender():
    try:
        yield
        other.send(1)
    except ValueError as e:
        yield "inner " + str(e)


def relay():
    yield from sender()


other = relay()
next(other)
print(next(other))
