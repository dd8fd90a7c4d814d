"""Out-of-range ints for primitive parameters raise OverflowError('int overflow')."""
import bmod
from bcheck import check, raises, finish, module_is_compiled

COMPILED = module_is_compiled(bmod)

check("add64 max", bmod.add64(2 ** 63 - 1, 0), 2 ** 63 - 1)
check("add64 min", bmod.add64(-2 ** 63, 0), -2 ** 63)
check("add64 negatives", bmod.add64(-5, -6), -11)
check("neg8(127)", bmod.neg8(127), -127)
check("neg8(-127)", bmod.neg8(-127), 127)
check("inc_u8(0)", bmod.inc_u8(0), 1)
check("inc_u8(254)", bmod.inc_u8(254), 255)
check("add64(False, True)", bmod.add64(False, True), 1)

if COMPILED:
    OE = OverflowError
    raises("add64(2**63)", OE, "int overflow", bmod.add64, 2 ** 63, 0)
    raises("add64(-2**63-1)", OE, "int overflow", bmod.add64, 0, -2 ** 63 - 1)
    raises("add64(2**100)", OE, "int overflow", bmod.add64, 2 ** 100, 0)
    raises("neg8(128)", OE, "int overflow", bmod.neg8, 128)
    raises("neg8(-129)", OE, "int overflow", bmod.neg8, -129)
    raises("inc_u8(256)", OE, "int overflow", bmod.inc_u8, 256)
    raises("inc_u8(-1)", OE, "int overflow", bmod.inc_u8, -1)
    raises("is_pos(2**64)", OE, "int overflow", bmod.is_pos, 2 ** 64)
    # Wrap-around inside compiled code is the dialect's rule.
    check("add64 wraps", bmod.add64(2 ** 63 - 1, 1), -2 ** 63)
    check("neg8(-128) wraps", bmod.neg8(-128), -128)
    check("inc_u8(255) wraps", bmod.inc_u8(255), 0)

finish()
