# except* clauses: CPython's SyntaxErrors for leaving them by break/continue/return.
def f(xs):
    for x in xs:
        try:
            pass
        except* ValueError:
            break  # error: 'break', 'continue' and 'return' cannot appear in an except* block
        except* TypeError:
            for y in xs:
                if y:
                    continue
                break
            continue  # error: 'break', 'continue' and 'return' cannot appear in an except* block
        except* KeyError:
            def inner():
                return 1
            return inner  # error: 'break', 'continue' and 'return' cannot appear in an except* block


def g():
    try:
        pass
    except ValueError:
        pass
    except* TypeError:  # error: cannot have both 'except' and 'except*' on the same 'try'
        pass
