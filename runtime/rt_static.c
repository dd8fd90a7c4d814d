/* rt_static.c — the static ops that need the C API: argument checks (CHECK_ARGS
 * against builtin classes; other classes and CAST are in rt_types.c), boxing/unboxing
 * of primitives and the primitive arithmetic that can raise.
 * Stage: run time.  Messages follow STATIC_PYTHON.md §1.2.3 and §3. */
#include "spc_rt.h"
#include <math.h>
#include <string.h>

PyObject *spc_rt_static_type_error(void)
{
    static PyObject *cached;
    if (cached) return cached;
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyObject *mod = PyImport_ImportModule("__static__");
    PyObject *cls = mod ? PyObject_GetAttrString(mod, "StaticTypeError") : NULL;
    Py_XDECREF(mod);
    PyErr_Clear();
    PyErr_Restore(type, value, tb);
    if (cls && PyType_Check(cls) && PyType_IsSubtype((PyTypeObject *)cls,
                                                      (PyTypeObject *)PyExc_TypeError)) {
        cached = cls;
        return cached;
    }
    Py_XDECREF(cls);
    return PyExc_TypeError;
}

/* "{func} expected '{tp_name}' for argument {arg}, got '{type(v).__name__}'" */
int spc_rt_check_arg(PyObject *v, PyObject *cls, int optional, const char *func,
                     const char *arg)
{
    if ((optional && v == Py_None) || PyObject_TypeCheck(v, (PyTypeObject *)cls)) return 0;
    PyErr_Format(spc_rt_static_type_error(), "%s expected '%s' for argument %s, got '%s'",
                 func, ((PyTypeObject *)cls)->tp_name, arg, Py_TYPE(v)->tp_name);
    return -1;
}

/* ---- unboxing: range-checked per width (OverflowError("int overflow")) ---- */

static void expected(const char *what, PyObject *v)
{
    PyErr_Format(PyExc_TypeError, "expected '%s', got '%s'", what, Py_TYPE(v)->tp_name);
}

static void int_overflow(void)
{
    PyErr_SetString(PyExc_OverflowError, "int overflow");
}

int64_t spc_rt_unbox_signed(PyObject *v, int bits)
{
    if (!PyLong_Check(v)) { expected("int", v); return -1; }
    int overflow;
    long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
    if (x == -1 && PyErr_Occurred()) return -1;
    if (overflow || (bits < 64 && (x < -(1LL << (bits - 1)) || x >= (1LL << (bits - 1))))) {
        int_overflow();
        return -1;
    }
    return x;
}

uint64_t spc_rt_unbox_unsigned(PyObject *v, int bits)
{
    if (!PyLong_Check(v)) { expected("int", v); return UINT64_MAX; }
    unsigned long long x = PyLong_AsUnsignedLongLong(v);
    if (x == (unsigned long long)-1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_OverflowError)) return UINT64_MAX;
        PyErr_Clear();
        int_overflow();
        return UINT64_MAX;
    }
    if (bits < 64 && x >> bits) {
        int_overflow();
        return UINT64_MAX;
    }
    return x;
}

double spc_rt_unbox_double(PyObject *v)
{
    if (PyFloat_Check(v)) return PyFloat_AS_DOUBLE(v);
    if (PyLong_Check(v)) return PyLong_AsDouble(v);
    expected("float", v);
    return -1.0;
}

char spc_rt_unbox_cbool(PyObject *v)
{
    if (PyBool_Check(v)) return v == Py_True;
    expected("bool", v);
    return 2;
}

PyObject *spc_rt_box_i64(int64_t x) { return PyLong_FromLongLong(x); }
PyObject *spc_rt_box_u64(uint64_t x) { return PyLong_FromUnsignedLongLong(x); }
PyObject *spc_rt_box_double(double x) { return PyFloat_FromDouble(x); }
PyObject *spc_rt_box_cbool(char x) { return Py_NewRef(x ? Py_True : Py_False); }

/* ---- primitive arithmetic that raises ---- */

void spc_rt_raise_zero_division(int is_float)
{
    PyErr_SetString(PyExc_ZeroDivisionError,
                    is_float ? "float division by zero" : "integer division or modulo by zero");
}

double spc_rt_pow(double a, double b) { return pow(a, b); }

/* Python's float floor division and modulo (floatobject.c _float_div_mod). */
static void float_divmod(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) { m += wx; div -= 1.0; }
    } else {
        m = copysign(0.0, wx);
    }
    if (div) {
        double f = floor(div);
        if (div - f > 0.5) f += 1.0;
        div = f;
    } else {
        div = copysign(0.0, vx / wx);
    }
    *floordiv = div;
    *mod = m;
}

double spc_rt_double_floordiv(double a, double b)
{
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float floor division by zero");
        return -1.0;
    }
    double q, r;
    float_divmod(a, b, &q, &r);
    return q;
}

double spc_rt_double_mod(double a, double b)
{
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float modulo");
        return -1.0;
    }
    double q, r;
    float_divmod(a, b, &q, &r);
    return r;
}
