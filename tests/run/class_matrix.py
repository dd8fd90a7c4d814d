# A matrix class over a flat list with int64 index arithmetic.
import __static__
from __static__ import int64, box


class Matrix:
    def __init__(self, rows: int64, cols: int64) -> None:
        self.rows: int64 = rows
        self.cols: int64 = cols
        self.data: list = [0] * box(rows * cols)

    def get(self, r: int64, c: int64) -> int:
        return self.data[r * self.cols + c]

    def set(self, r: int64, c: int64, v: int) -> None:
        self.data[r * self.cols + c] = v

    def mul(self, o: "Matrix") -> "Matrix":
        out = Matrix(self.rows, o.cols)
        i: int64 = 0
        while i < self.rows:
            j: int64 = 0
            while j < o.cols:
                s = 0
                k: int64 = 0
                while k < self.cols:
                    s += self.get(i, k) * o.get(k, j)
                    k += 1
                out.set(i, j, s)
                j += 1
            i += 1
        return out

    def rows_list(self) -> list:
        out = []
        i: int64 = 0
        while i < self.rows:
            row = []
            j: int64 = 0
            while j < self.cols:
                row.append(self.get(i, j))
                j += 1
            out.append(row)
            i += 1
        return out


def main() -> None:
    a = Matrix(2, 3)
    b = Matrix(3, 2)
    v = 1
    i: int64 = 0
    while i < 6:
        a.data[i] = v
        b.data[i] = 7 - v
        v += 1
        i += 1
    print(a.rows_list(), b.rows_list())
    print(a.mul(b).rows_list())


main()
