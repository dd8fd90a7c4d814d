import __static__


def greet(name: str, greeting: str = "Hello") -> str:
    return greeting + name


def kwonly(a: int, *, scale: int = 2) -> int:
    return a * scale


def use() -> None:
    greet()  # error: Function qa_call_errors.greet expects a value for argument name
    greet("a", "b", "c")  # error: Mismatched number of args for function qa_call_errors.greet. Expected 2, got 3
    greet("a", nme="b")  # error: Given argument nme does not exist in the definition of qa_call_errors.greet
    greet(1)  # error: type mismatch: Literal[1] received for positional arg 'name', expected str
    greet("x", greeting=3)  # error: type mismatch: Literal[3] received for keyword arg 'greeting', expected str
