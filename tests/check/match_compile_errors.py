# CPython rejects these patterns when it compiles them (SyntaxError); so does spc.
def f(v: object) -> str:
    match v:
        case x:  # error: name capture 'x' makes remaining patterns unreachable
            return "x"
        case 1:
            return "one"
    match v:
        case [a, a]:  # error@18: multiple assignments to name 'a' in pattern
            return "pair"
        case [a] | (a, 1):
            return "ok: both sides bind a"
        case [b] | [1, c]:  # error: alternative patterns bind different names
            return "mixed"
        case _ | 1:  # error@14: wildcard makes remaining patterns unreachable
            return "any"
        case _:
            return "last catch-all is fine"
