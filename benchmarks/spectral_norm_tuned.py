"""Spectral norm — the largest singular value of the infinite matrix
A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), approximated with ten power iterations of
A^T A on an n-vector (Computer Language Benchmarks Game). Tuned Static Python: an
@inline double kernel, int64 loop counters (crange), double accumulators; the vectors
stay lists of floats (unboxed with double(), boxed back with box()).
run(n) returns the estimate rounded to 9 digits.
"""
import __static__
from __static__ import box, crange, double, inline, int64
from typing import Final

DEFAULT_N: Final[int] = 200
QUICK_N: Final[int] = 40


@inline
def eval_a(i: double, j: double) -> double:
    return 1.0 / ((i + j) * (i + j + 1.0) / 2.0 + i + 1.0)


def mult_av(n: int64, u: list, out: list) -> None:
    fi: double = 0.0
    for i in crange(n):
        s: double = 0.0
        fj: double = 0.0
        for j in crange(n):
            s += eval_a(fi, fj) * double(u[j])
            fj += 1.0
        out[i] = box(s)
        fi += 1.0


def mult_atv(n: int64, u: list, out: list) -> None:
    fi: double = 0.0
    for i in crange(n):
        s: double = 0.0
        fj: double = 0.0
        for j in crange(n):
            s += eval_a(fj, fi) * double(u[j])
            fj += 1.0
        out[i] = box(s)
        fi += 1.0


def mult_atav(n: int64, u: list, out: list, tmp: list) -> None:
    mult_av(n, u, tmp)
    mult_atv(n, tmp, out)


def run(n: int) -> float:
    u: list = [1.0] * n
    v: list = [0.0] * n
    tmp: list = [0.0] * n
    m: int64 = int64(n)
    for k in crange(10):
        mult_atav(m, u, v, tmp)
        mult_atav(m, v, u, tmp)
    vbv: double = 0.0
    vv: double = 0.0
    for i in crange(m):
        ui: double = double(u[i])
        vi: double = double(v[i])
        vbv += ui * vi
        vv += vi * vi
    r: double = vbv / vv
    return round(box(r) ** 0.5, 9)


if __name__ == "__main__":
    print(run(DEFAULT_N))
