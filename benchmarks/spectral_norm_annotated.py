"""Spectral norm — the largest singular value of the infinite matrix
A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), approximated with ten power iterations of
A^T A on an n-vector (Computer Language Benchmarks Game). Static Python with ordinary
annotations (int indices, float values, list vectors).
run(n) returns the estimate rounded to 9 digits.
"""
import __static__
from typing import Final

DEFAULT_N: Final[int] = 200
QUICK_N: Final[int] = 40


def eval_a(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mult_av(n: int, u: list, out: list) -> None:
    i: int = 0
    while i < n:
        s: float = 0.0
        j: int = 0
        while j < n:
            s += eval_a(i, j) * u[j]
            j += 1
        out[i] = s
        i += 1


def mult_atv(n: int, u: list, out: list) -> None:
    i: int = 0
    while i < n:
        s: float = 0.0
        j: int = 0
        while j < n:
            s += eval_a(j, i) * u[j]
            j += 1
        out[i] = s
        i += 1


def mult_atav(n: int, u: list, out: list, tmp: list) -> None:
    mult_av(n, u, tmp)
    mult_atv(n, tmp, out)


def run(n: int) -> float:
    u: list = [1.0] * n
    v: list = [0.0] * n
    tmp: list = [0.0] * n
    for k in range(10):
        mult_atav(n, u, v, tmp)
        mult_atav(n, v, u, tmp)
    vbv: float = 0.0
    vv: float = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return round((vbv / vv) ** 0.5, 9)


if __name__ == "__main__":
    print(run(DEFAULT_N))
