import __static__
from __static__ import int64, box


def build_index(records: list) -> dict:
    idx: dict = {}
    for rec in records:
        dept = rec["dept"]
        idx.setdefault(dept, []).append(rec["name"])
    return idx


def invert(d: dict) -> dict:
    return {v: k for k, v in d.items()}


def deep_get(d: dict, path: str, default: object = None) -> object:
    cur: object = d
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return default
    return cur


def merge(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


records = [
    {"name": "ann", "dept": "eng", "age": 31},
    {"name": "bob", "dept": "ops", "age": 45},
    {"name": "cy", "dept": "eng", "age": 25},
]
idx = build_index(records)
print(sorted(idx.items()))
print(invert({"a": 1, "b": 2}))
cfg = {"db": {"host": "localhost", "port": 5432}, "debug": False}
print(deep_get(cfg, "db.port"), deep_get(cfg, "db.user", "root"), deep_get(cfg, "debug"))
print(merge(cfg, {"db": {"port": 6543, "user": "x"}, "new": [1]}))
d = {"x": 1}
d.update(y=2, z=3)
d.update({"w": 0})
print(d, list(d), list(d.values()), d.pop("w"), d.pop("nope", "dflt"), len(d))
print(sorted([r["age"] for r in records]))
print(dict(zip("ab", [1, 2])), dict.fromkeys("xy", 0))
del d["x"]
print(d, "x" in d, d.get("x"), d.copy() == d, d.items() == {("y", 2), ("z", 3)})
counts: dict = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(d["missing"])
