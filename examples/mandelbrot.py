"""Mandelbrot set membership count on an n x n grid: a pure double kernel (no
containers, no allocation in the loops)."""
import __static__
from __static__ import int64, double, box
from typing import Final

DEFAULT_N: Final[int] = 300
LIMIT: Final[int] = 100


def escape_time(cr: double, ci: double, limit: int64) -> int64:
    zr: double = 0.0
    zi: double = 0.0
    k: int64 = 0
    while k < limit:
        zr2: double = zr * zr
        zi2: double = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        k += 1
    return limit


def count(n: int64, limit: int64, fn: double) -> int64:
    inside: int64 = 0
    total: int64 = 0
    y: int64 = 0
    fy: double = 0.0
    while y < n:
        ci: double = 2.0 * fy / fn - 1.0
        x: int64 = 0
        fx: double = 0.0
        while x < n:
            cr: double = 3.0 * fx / fn - 2.0
            t: int64 = escape_time(cr, ci, limit)
            if t == limit:
                inside += 1
            total += t
            x += 1
            fx += 1.0
        y += 1
        fy += 1.0
    return inside * 100000000 + total


def main(n: int) -> int:
    return box(count(int64(n), int64(LIMIT), double(n)))


if __name__ == "__main__":
    print(main(DEFAULT_N))
