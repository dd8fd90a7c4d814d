import itertools


class S(str):
    def __lt__(self, other):
        return "subclass lt"


def table(vals):
    out = []
    for x, y in itertools.product(vals, vals):
        row = (x < y, x <= y, x == y, x != y, x > y, x >= y)
        if x < y:
            row += ("branch",)
        out.append(row)
    return out


def main():
    vals = ["", "a", "b", "ab", "é", "\U0001f600", "a\x00", "".join(["a", "b"])]
    t = table(vals)
    print(len(t), sum(sum(1 for v in r if v is True) for r in t))
    print(t[:5])
    print(S("a") < "b", "a" < S("b"), S("x") == "x", [S("q") < "z" and 1])
    try:
        print("a" < 1)
    except TypeError as e:
        print("TypeError", e)


main()
