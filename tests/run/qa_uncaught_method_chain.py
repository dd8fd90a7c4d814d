import __static__
from __static__ import int64, box


class Matrix:
    def __init__(self, rows: int, cols: int) -> None:
        self.rows = rows
        self.cols = cols
        self.data: list = [[0] * cols for _ in range(rows)]

    def get(self, r: int, c: int) -> int:
        return self.data[r][c]

    def __matmul__(self, other: "Matrix") -> "Matrix":
        if self.cols != other.rows:
            raise ValueError(f"shape mismatch {self.rows}x{self.cols} @ {other.rows}x{other.cols}")
        out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for j in range(other.cols):
                s = 0
                for k in range(self.cols):
                    s += self.get(i, k) * other.get(k, j)
                out.data[i][j] = s
        return out


def identity(n: int) -> Matrix:
    m = Matrix(n, n)
    for i in range(n):
        m.data[i][i] = 1
    return m


def chain(a: Matrix, b: Matrix) -> Matrix:
    return a @ b


a = identity(2)
a.data[0][1] = 5
print((a @ a).data)
print(chain(a, identity(2)).data)
chain(a, Matrix(3, 1))
