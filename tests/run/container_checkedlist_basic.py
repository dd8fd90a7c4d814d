# CheckedList construction, append/pop/insert/remove/index, len via clen.
import __static__
from __static__ import CheckedList, int64, box, clen


def main() -> None:
    xs: CheckedList[int] = [5, 3, 8]
    xs.append(1)
    xs.insert(0, 9)
    print(list(xs), box(clen(xs)))
    print(xs.pop(), xs.pop(0), list(xs))
    xs.remove(3)
    print(list(xs), xs.index(8), xs[0], xs[-1])
    xs[0] = 42
    print(xs[0], box(clen(xs)), len(xs))
    ys = CheckedList[str](["a", "b"])
    ys.append("c")
    print(list(ys), "b" in ys, "z" in ys)


main()
