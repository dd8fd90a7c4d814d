vals = [0, 1, -1, 7, -7, 2**29, -(2**29), 2**30 - 1, -(2**30) + 1, 2**30, 2**62, -(2**63), 3.5, -0.0, float("nan"), True]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b, lambda a, b: a % b,
       lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a < b, lambda a, b: a <= b,
       lambda a, b: a == b, lambda a, b: a != b, lambda a, b: a > b, lambda a, b: a >= b]
out = []
for a in vals:
    for b in vals:
        for op in ops:
            try:
                out.append(repr(op(a, b)))
            except Exception as e:
                out.append(type(e).__name__)
import hashlib
print(len(out), hashlib.md5(",".join(out).encode()).hexdigest())
lst = list(range(10)); tup = tuple(lst)
print(lst[3], lst[-1], tup[-10], lst[True])
for bad in (10, -11, 2**40):
    try:
        lst[bad]
    except IndexError as e:
        print("IndexError", e)
lst[-2] = "x"; lst[0] = None
print(lst)
try:
    lst[99] = 1
except IndexError as e:
    print(e)
