# except* (PEP 654) is not compiled yet: a clear diagnostic at the try statement.
def f():
    try:  # error: unsupported: except* clause
        pass
    except* ValueError:
        pass
