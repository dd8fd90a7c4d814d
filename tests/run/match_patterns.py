from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

class Plain:
    def __init__(self, a):
        self.a = a
    def __repr__(self):   # the default repr shows an address, which differs between runs
        return "Plain(%r)" % self.a

def describe(v):
    match v:
        case 0 | -1:
            return "small int"
        case "hi" | "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "red"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point() as p:
            return f"point {p.x},{p.y}"
        case [x]:
            return f"one item {x}"
        case [1, 2, *rest]:
            return f"starts 1,2 then {rest}"
        case (a, b, *_, z):
            return f"long seq {a} {b} .. {z}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} {sorted(extra)}"
        case {"k": [k0, *_]}:
            return f"k list {k0}"
        case int(n) if n > 100:
            return f"big {n}"
        case float() | complex():
            return "floatish"
        case str() as s:
            return f"other str {s!r}"
        case Plain(a=inner):
            return f"plain {inner}"
        case _:
            return "something else"

tests = [0, -1, "hi", None, True, Color.RED, Color.GREEN, Point(0, 0), Point(0, 5), Point(3, 3),
         Point(1, 2), [9], [1, 2, 3, 4], (5, 6, 7, 8, 9), {"type": "user", "name": "bob", "age": 3},
         {"type": "user", "name": 5}, {"k": [7, 8]}, 500, 5, 2.5, "zz", Plain(4), object, [], "x"]
for t in tests:
    print(repr(t)[:30], "->", describe(t))

class Keys:
    A = "a"
    B = "a"

def errors():
    class NoArgs:
        pass
    try:
        match NoArgs():
            case NoArgs(1):
                pass
    except TypeError as e:
        print("TypeError", e)
    try:
        match 5:
            case len(x):
                pass
    except TypeError as e:
        print("TypeError", e)
    try:
        match {"a": 1}:
            case {Keys.A: 1, Keys.B: 2}:
                pass
    except Exception as e:
        print(type(e).__name__, e)
errors()

def loop():
    out = []
    for cmd in ["go north", "look", "quit", "go", "drop x y"]:
        match cmd.split():
            case ["go", direction]:
                out.append("going " + direction)
            case ["look"]:
                out.append("looking")
            case ["quit"]:
                break
            case _:
                out.append("?")
    return out
print(loop())
match (1, 2):
    case (1, q):
        print("module level capture", q)
print(q)
