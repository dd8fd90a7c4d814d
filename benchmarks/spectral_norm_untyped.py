"""Spectral norm — the largest singular value of the infinite matrix
A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), approximated with ten power iterations of
A^T A on an n-vector (Computer Language Benchmarks Game). Plain Python.
run(n) returns the estimate rounded to 9 digits.
"""

DEFAULT_N = 200
QUICK_N = 40


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mult_av(n, u, out):
    i = 0
    while i < n:
        s = 0.0
        j = 0
        while j < n:
            s += eval_a(i, j) * u[j]
            j += 1
        out[i] = s
        i += 1


def mult_atv(n, u, out):
    i = 0
    while i < n:
        s = 0.0
        j = 0
        while j < n:
            s += eval_a(j, i) * u[j]
            j += 1
        out[i] = s
        i += 1


def mult_atav(n, u, out, tmp):
    mult_av(n, u, tmp)
    mult_atv(n, tmp, out)


def run(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for k in range(10):
        mult_atav(n, u, v, tmp)
        mult_atav(n, v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return round((vbv / vv) ** 0.5, 9)


if __name__ == "__main__":
    print(run(DEFAULT_N))
