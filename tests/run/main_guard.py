# `if __name__ == "__main__":` runs under `python3 file.py` and `spc run file.py`.
import __static__
from __static__ import int64, box


def main(n: int) -> int:
    acc: int64 = 0
    for i in range(n):
        acc += int64(i) * 3
    return box(acc)


print("module body, __name__ is main:", __name__ == "__main__")

if __name__ == "__main__":
    print(main(10))
else:
    print("imported")
