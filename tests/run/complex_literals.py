# Imaginary literals (2j, 1.5J, 1e3j, 0j, 1_000j) make complex constants, as in CPython.
import cmath

z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), type(2j).__name__)
print(1.5J, 1e3j, 0j, 1_000j, -2j, 2j * 2j, (1 + 2j) / (3 - 4j))
print(cmath.sqrt(-1), cmath.exp(1j * cmath.pi).real, complex("1+2j") == 1 + 2j)
print({2j: "a"}[2j], [x * 1j for x in range(3)], f"{2 + 3j}", repr(-0j))


def poly(x: complex) -> complex:
    return x * x + 1j * x + 1


print(poly(1j), poly(2 + 0j))
try:
    print(1j < 2j)
except TypeError as e:
    print("TypeError", e)
