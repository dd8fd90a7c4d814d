# A return (or break/continue run through a finally) drops the iterators of the for
# loops it leaves before finally bodies run, innermost first, as CPython pops them.
import __static__

def g(tag: str):
    try:
        for i in range(5):
            yield i
    finally:
        print('close', tag)

def brk() -> int:
    for v in g('a'):
        if v == 1:
            break
    print('after break')
    for v in g('b'):
        if v == 2:
            return v
    return -1

def inner_return_in_try() -> int:
    try:
        for v in g('c'):
            for w in g('d'):
                if w == 1:
                    return v
    finally:
        print('finally')
    return 0

def exc_left() -> None:
    try:
        for v in g('e'):
            raise ValueError(v)
    except ValueError:
        print('handler')
    print('after')

def nested_loops_break() -> None:
    for v in g('f'):
        for w in g('g'):
            break
        print('inner done', v)
        if v == 1:
            break
    print('outer done')

def while_iter() -> None:
    it = g('h')
    while True:
        v = next(it)
        if v == 2:
            break
    print('loop done')
    del it
    print('deleted')

print(brk())
print(inner_return_in_try())
exc_left()
nested_loops_break()
while_iter()


def gen_in_finally(tag: str):
    for v in g(tag):
        try:
            for w in g(tag + '2'):
                yield w
                return
        finally:
            print('gen finally', v)


def continue_from_finally() -> int:
    n = 0
    for v in g('k'):
        try:
            for w in g('l'):
                return w
        finally:
            n += 1
            if n < 3:
                continue
    return n


print(list(gen_in_finally('m')))
print(continue_from_finally())
