import __static__
from __static__ import pydict, PyDict


def count(words: list) -> PyDict:
    d: pydict = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


def keys(d: PyDict[str, int]) -> list:
    return sorted(d.keys())


c = count(["a", "b", "a"])
print(type(c) is dict, c["a"], keys(c))
print(pydict is dict, PyDict is dict, pydict(x=1))
