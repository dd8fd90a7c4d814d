# `except E as e:` left by break/continue/return still unbinds e and drops the exception
# (CPython wraps the clause body in try/finally: e = None; del e).
import __static__
import sys
import weakref


class Tok(Exception):
    pass


def after_break() -> str:
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as e:
            break
    try:
        return repr(e)
    except NameError as ne:
        return type(ne).__name__


def dropped_by_continue() -> list:
    refs = []
    for i in range(3):
        try:
            raise Tok(i)
        except Tok as e:
            refs.append(weakref.ref(e))
            continue
    return [r() is None for r in refs]


def returned() -> Exception:
    try:
        raise Tok('r')
    except Tok as e:
        return e


def nested(k: int) -> str:
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            try:
                raise KeyError(i)
            except KeyError as e2:
                if k == 0:
                    break
                if i == 1:
                    continue
            print('after inner', e, repr(sys.exc_info()[1]))
    names = [n for n in ('e', 'e2') if n in locals()]
    return ','.join(names) + ' ' + repr(sys.exc_info()[1])


def closure_after_return():
    try:
        raise KeyError(5)
    except KeyError as e:
        return lambda: e


def closure_after_break():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as e:
            f = lambda: e
            break
    return f


for mk in (closure_after_return, closure_after_break):
    try:
        print(mk()())
    except NameError as ne:
        print(type(ne).__name__, ne)
print(after_break())
print(dropped_by_continue())
print(repr(returned()))
print(nested(0))
print(nested(1))
