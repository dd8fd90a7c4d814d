# return / break / continue inside a finally body while an exception propagates:
# the exception is dropped and the previously handled one (sys.exc_info()) comes back.
import __static__
import sys
import weakref


def ret_in_finally() -> int:
    try:
        raise ValueError('swallowed')
    finally:
        return 1


def break_in_finally() -> int:
    n = 0
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            n += i
            if i == 2:
                break
            continue
    return n


def inside_handler() -> str:
    try:
        raise TypeError('outer')
    except TypeError:
        try:
            raise ValueError('inner')
        finally:
            return repr(sys.exc_info()[1])


def gen_finally(k: int):
    for i in range(k):
        try:
            yield i
            raise IndexError(i)
        finally:
            if i == 1:
                return
            continue


class Token(Exception):
    pass


def dropped() -> object:
    refs = []
    for i in range(2):
        try:
            e = Token(i)
            refs.append(weakref.ref(e))
            del e
            raise refs[-1]()
        finally:
            break
    print('dropped at once:', refs[0]() is None)
    return refs[0]


def main() -> None:
    print(ret_in_finally(), sys.exc_info()[0])
    print(break_in_finally(), sys.exc_info()[0])
    print(inside_handler(), sys.exc_info()[0])
    print(list(gen_finally(4)), sys.exc_info()[0])
    print(dropped()() is None)
    try:
        raise KeyError('later')
    except KeyError as e:
        print(repr(e.__context__))


main()
