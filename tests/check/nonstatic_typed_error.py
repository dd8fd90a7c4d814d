

def g(n: int) -> str:
    return n  # error: mismatched types: expected str because of return type, found int instead
