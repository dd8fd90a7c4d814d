# Assignment expressions: in conditions, loops, comprehensions, at module level.
import __static__
import re


def first_long(words: list) -> str:
    for w in words:
        if (n := len(w)) > 3:
            return w + ":" + str(n)
    return "none"


def chunks(data: list) -> list:
    out = []
    i = 0
    while (piece := data[i:i + 2]):
        out.append(piece)
        i += 2
    return out


def squares_over(xs: list, limit: int) -> list:
    return [y for x in xs if (y := x * x) > limit]


print(first_long(["a", "bcd", "efgh"]))
print(chunks([1, 2, 3, 4, 5]))
print(squares_over([1, 2, 3, 4], 4))
if (m := re.match(r"(\d+)-(\d+)", "12-34")) is not None:
    print(m.group(2), m.group(1))
print((total := 10) + total)
