import __static__


def ok() -> int:
    try:
        return 1
    except Exception:
        raise


def bad() -> int:  # error: Function has declared return type 'int' but can implicitly return None.
    try:
        return 1
    except Exception:
        pass
