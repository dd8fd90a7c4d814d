import __static__

A: int = 1
A: int = 2
B: int = 1
B: str = ""  # error: Cannot redefine local variable B
