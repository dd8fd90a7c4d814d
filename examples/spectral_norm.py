"""The spectral norm benchmark (Computer Language Benchmarks Game) with a double kernel.
The vectors are plain lists of floats (containers of primitives are not supported yet);
the matrix entries and the inner products are computed on unboxed doubles. The square
root is a Newton iteration so CPython and the compiled module round identically.
"""
import __static__
from __static__ import int64, double, box
from typing import Final

DEFAULT_N: Final[int] = 250


def eval_a(i: double, j: double) -> double:
    ij: double = i + j
    return 1.0 / (ij * (ij + 1.0) / 2.0 + i + 1.0)


def mult_av(n: int, u: list, out: list) -> None:
    fi: double = 0.0
    for i in range(n):
        s: double = 0.0
        fj: double = 0.0
        for j in range(n):
            s += eval_a(fi, fj) * double(u[j])
            fj += 1.0
        out[i] = box(s)
        fi += 1.0


def mult_atv(n: int, u: list, out: list) -> None:
    fi: double = 0.0
    for i in range(n):
        s: double = 0.0
        fj: double = 0.0
        for j in range(n):
            s += eval_a(fj, fi) * double(u[j])
            fj += 1.0
        out[i] = box(s)
        fi += 1.0


def mult_atav(n: int, u: list, out: list, tmp: list) -> None:
    mult_av(n, u, tmp)
    mult_atv(n, tmp, out)


def newton_sqrt(a: double) -> double:
    x: double = a
    k: int64 = 0
    while k < 60:
        x = 0.5 * (x + a / x)
        k += 1
    return x


def main(n: int) -> float:
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mult_atav(n, u, v, tmp)
        mult_atav(n, v, u, tmp)
    vbv: double = 0.0
    vv: double = 0.0
    for i in range(n):
        ui: double = double(u[i])
        vi: double = double(v[i])
        vbv += ui * vi
        vv += vi * vi
    return box(newton_sqrt(vbv / vv))


if __name__ == "__main__":
    print(main(DEFAULT_N))
