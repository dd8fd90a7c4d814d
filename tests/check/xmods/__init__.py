"""Helper modules for the whole-program tests of tests/check (import_*.py); not cases."""
import __static__
