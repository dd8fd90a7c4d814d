# A failing assertion without a message at module level.
import __static__

def ok(x: int) -> bool:
    return x > 0

print(ok(1))
assert ok(-1)
print("not reached")
