# A break/continue in a finally body run by a return (or break) from a loop nested
# inside the try belongs to the loop around the try statement, not to the inner loop,
# and it cancels the return: outer finally bodies must not run.
import __static__
from __static__ import int64, box, crange


def cont_cancels_return(x: int) -> int:
    n = 0
    try:
        for i in crange(3):
            print('outer', box(i))
            try:
                for j in range(2):
                    print('inner', j)
                    if x < 8:
                        return -1
            finally:
                print('finally', box(i))
                n += 1
                if x % 3 == 1:
                    continue
    finally:
        print('outer finally', n)
    return n


def break_cancels_return(x: int) -> int:
    w: int64 = 0
    while w < 5:
        w += 1
        try:
            while True:
                if x > 0:
                    return 99
        finally:
            if w == 2:
                break
    return box(w)


def inner_break_runs_finally() -> int:
    t = 0
    for i in range(3):
        try:
            for j in range(4):
                if j == 1:
                    break
                t += 10
        finally:
            t += 1
            for k in range(5):
                if k == 2:
                    break
                t += 100
            if i == 1:
                continue
        t += 1000
    return t


def gen(x: int):
    for i in range(3):
        try:
            with open(__file__) as f:
                for j in range(2):
                    yield i * 10 + j
                    if x:
                        return
        finally:
            if i < 2:
                continue
    yield -1


print(cont_cancels_return(4))
print(cont_cancels_return(5))
print(break_cancels_return(1))
print(inner_break_runs_finally())
print(list(gen(1)), list(gen(0)))
