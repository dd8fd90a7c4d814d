# A comprehension in a class body sees the class's names only in its first iterable: past
# it, names resolve as in a function nested in the class (globals, enclosing functions).
X = "global"
class Cfg:
    names = ["a", "b"]
    X = "class"
    upper = [n.upper() for n in names]
    seen = [X for _ in names]
    pairs = {n: i for i, n in enumerate(names)}
    s = {n * 2 for n in names if n != X}
    try:
        bad = [names for _ in range(1)]
    except NameError as e:
        err = str(e)
    g = list(n + X for n in names)
print(Cfg.upper, Cfg.seen, Cfg.pairs, sorted(Cfg.s), Cfg.err, Cfg.g)
def f():
    loc = "local"
    class K:
        loc2 = "k"
        vals = [loc for _ in "ab"]
        try:
            bad = [loc2 for _ in "a"]
        except NameError as e:
            err = str(e)
    return K.vals, K.err
print(f())
