# CheckedDict[str, C] holding static objects; iteration over items.
import __static__
from __static__ import CheckedDict, CheckedList, int64, box


class Planet:
    def __init__(self, name: str, moons: int64) -> None:
        self.name: str = name
        self.moons: int64 = moons


def main() -> None:
    sky: CheckedDict[str, Planet] = {}
    for p in [Planet("earth", 1), Planet("mars", 2), Planet("jupiter", 95)]:
        q: Planet = p
        sky[q.name] = q
    t: int64 = 0
    for name in sorted(sky):
        pl = sky[name]
        t += pl.moons
        print(name, box(pl.moons))
    print(box(t))
    ps = CheckedList[Planet](sky.values())
    print(len(ps))


main()
