# PERFORMANCE (output is correct): compiled code is SLOWER than CPython on untyped
# tuple/list unpacking and untyped float arithmetic. This makes nbody_static_basic_lib.py
# (CinderX benchmark; unpacks ((pos, vel, mass), (pos, vel, mass)) pairs in `for` targets
# and does float math on dynamic values) run ~2.4x slower compiled than under CPython
# (bench_nbody(10, "sun", 20000): 1.08 s CPU under CPython, 2.58 s compiled).
# Micro-timings (CPU s, 10^6 iterations, this file's loops): unpack 0.031 py vs 0.285 spc (9x),
# float arith 0.049 vs 0.094 (2x), x ** -1.5 0.044 vs 0.084, v[0] -= x 0.044 vs 0.060.
# Cause (runtime/rt_ops.c): spc_rt_unpack_sequence always goes through PyObject_GetIter +
# PyIter_Next + a fresh PyTuple_New, even for an exact tuple/list of the right length
# (CPython copies items directly; for an exact tuple it could just return a new reference);
# spc_rt_binary_op always dispatches through PyNumber_* (no float/int fast path, whereas
# CPython 3.11 specialises BINARY_OP_*_FLOAT / _INT).
# Expected output (CPython and spc agree): "400000 200000.0" then "True". This file: 0.11 s
# CPU uncompiled vs 0.40 s compiled (both imports incl. module body).
import __static__


def walk(pairs: list, rounds: int) -> float:
    acc = 0.0
    for r in range(rounds):
        for ([a, b, c], v, m), ((x, y, z), w, k) in pairs:
            d = a - x
            acc += (d * d + (b - y) * (c - z)) * m * k
    return acc


PAIRS = [(([1.0, 2.0, 3.0], [0.0], 0.5), ((0.5, 1.5, 2.5), [1.0], 2.0))] * 4
total = walk(PAIRS, 100000)
print(4 * 100000, round(total, 6))
print(total == walk(PAIRS, 100000))
