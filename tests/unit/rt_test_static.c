/* rt_test_static.c — runtime helpers called directly (embedded CPython):
 * unboxing range checks, boxing, boundary messages, argument binding messages,
 * UNPACK_SEQUENCE messages, primitive float helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "spc_rt.h"

static int setup(void **state)
{
    Py_Initialize();
    PyObject *m = PyModule_New("rt_test");
    static PyObject *consts[1];
    static unsigned char blob[1];
    return m && spc_rt_module_exec(m, consts, 0, blob, 0) == 0 ? 0 : -1;
}

static int teardown(void **state) { return 0; }

/* The current exception's message (and clears it). */
static const char *error_text(PyObject *want_type)
{
    static char buf[512];
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    assert_non_null(type);
    assert_true(PyErr_GivenExceptionMatches(type, want_type));
    PyErr_NormalizeException(&type, &value, &tb);
    PyObject *s = PyObject_Str(value);
    snprintf(buf, sizeof buf, "%s", PyUnicode_AsUTF8(s));
    Py_DECREF(s);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    return buf;
}

static void test_unbox_ranges(void **state)
{
    PyObject *v = PyLong_FromLong(127);
    assert_int_equal(spc_rt_unbox_signed(v, 8), 127);
    Py_DECREF(v);
    v = PyLong_FromLong(128);
    assert_int_equal(spc_rt_unbox_signed(v, 8), -1);
    assert_string_equal(error_text(PyExc_OverflowError), "int overflow");
    assert_int_equal(spc_rt_unbox_unsigned(v, 8), 128);
    Py_DECREF(v);
    v = PyLong_FromLong(-1);
    assert_true(spc_rt_unbox_unsigned(v, 64) == UINT64_MAX);
    assert_string_equal(error_text(PyExc_OverflowError), "int overflow");
    Py_DECREF(v);
    v = PyUnicode_FromString("x");
    assert_int_equal(spc_rt_unbox_signed(v, 64), -1);
    assert_string_equal(error_text(PyExc_TypeError), "expected 'int', got 'str'");
    assert_int_equal(spc_rt_unbox_cbool(v), 2);
    assert_string_equal(error_text(PyExc_TypeError), "expected 'bool', got 'str'");
    Py_DECREF(v);
}

static void test_box(void **state)
{
    PyObject *v = spc_rt_box_i64(INT64_MIN);
    PyObject *s = PyObject_Str(v);
    assert_string_equal(PyUnicode_AsUTF8(s), "-9223372036854775808");
    Py_DECREF(s);
    Py_DECREF(v);
    v = spc_rt_box_cbool(1);
    assert_ptr_equal(v, Py_True);
    Py_DECREF(v);
}

static void test_check_arg(void **state)
{
    PyObject *v = PyLong_FromLong(1);
    assert_int_equal(spc_rt_check_arg(v, (PyObject *)&PyUnicode_Type, 0, "f", "x"), -1);
    assert_string_equal(error_text(PyExc_TypeError), "f expected 'str' for argument x, got 'int'");
    assert_int_equal(spc_rt_check_arg(Py_None, (PyObject *)&PyUnicode_Type, 1, "f", "x"), 0);
    assert_int_equal(spc_rt_check_arg(Py_True, (PyObject *)&PyLong_Type, 0, "f", "x"), 0);
    Py_DECREF(v);
}

static void test_unpack(void **state)
{
    PyObject *t = Py_BuildValue("(ii)", 1, 2);
    assert_null(spc_rt_unpack_sequence(t, 3));
    assert_string_equal(error_text(PyExc_ValueError), "not enough values to unpack (expected 3, got 2)");
    assert_null(spc_rt_unpack_sequence(t, 1));
    assert_string_equal(error_text(PyExc_ValueError), "too many values to unpack (expected 1)");
    Py_DECREF(t);
    PyObject *i = PyLong_FromLong(3);
    assert_null(spc_rt_unpack_sequence(i, 2));
    assert_string_equal(error_text(PyExc_TypeError), "cannot unpack non-iterable int object");
    Py_DECREF(i);
}

static PyObject *dummy_entry(PyObject *self, PyObject *const *args, Py_ssize_t n, PyObject *kw)
{
    return Py_NewRef(Py_None);
}

static void test_bind_messages(void **state)
{
    static PyObject *slot;
    PyObject *defaults = Py_BuildValue("(i)", 2);
    PyObject *f = spc_rt_make_function(&slot, (void *)dummy_entry, "f", "f",
                                       "0 2 1 0 0 0 1 0\x1e" "f.py\x1e" "a\x1e" "b\x1e" "c\x1e",
                                       defaults, NULL);
    assert_non_null(f);
    PyObject *bound[3], *one = PyLong_FromLong(1);
    PyObject *args[3] = { one, one, one };
    assert_int_equal(spc_rt_bind_args(f, args, 3, NULL, bound), -1);
    assert_string_equal(error_text(PyExc_TypeError),
                        "f() takes from 1 to 2 positional arguments but 3 were given");
    assert_int_equal(spc_rt_bind_args(f, args, 1, NULL, bound), -1);
    assert_string_equal(error_text(PyExc_TypeError),
                        "f() missing 1 required keyword-only argument: 'c'");
    assert_int_equal(spc_rt_bind_args(f, args, 0, NULL, bound), -1);
    assert_string_equal(error_text(PyExc_TypeError),
                        "f() missing 1 required positional argument: 'a'");
    PyObject *kw = Py_BuildValue("(s)", "c");
    assert_int_equal(spc_rt_bind_args(f, args, 1, kw, bound), 0);
    assert_ptr_equal(bound[1], PyTuple_GET_ITEM(defaults, 0));
    for (int i = 0; i < 3; i++) Py_DECREF(bound[i]);   /* new references */
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(defaults);
    Py_DECREF(f);
}

/* f(a, /, *rest, k, **kw): packing, and the positional-only keyword message. */
static void test_bind_packing(void **state)
{
    static PyObject *slot;
    PyObject *f = spc_rt_make_function(&slot, (void *)dummy_entry, "f", "f",
                                       "1 1 1 1 1 0 1 0\x1e" "f.py\x1e" "a\x1e" "k\x1e" "rest\x1e" "kw\x1e",
                                       NULL, NULL);
    assert_non_null(f);
    PyObject *bound[4], *one = PyLong_FromLong(1);
    PyObject *args[5] = { one, one, one, one, one };
    PyObject *kw = Py_BuildValue("(ss)", "k", "a");
    assert_int_equal(spc_rt_bind_args(f, args, 3, kw, bound), 0);
    assert_int_equal(PyTuple_GET_SIZE(bound[2]), 2);
    assert_int_equal(PyDict_GET_SIZE(bound[3]), 1);
    for (int i = 0; i < 4; i++) Py_DECREF(bound[i]);
    PyObject *kw2 = Py_BuildValue("(s)", "a");
    assert_int_equal(spc_rt_bind_args(f, args, 1, kw2, bound), -1);
    assert_string_equal(error_text(PyExc_TypeError),
                        "f() missing 1 required keyword-only argument: 'k'");
    assert_null(spc_rt_load_default(NULL, 0, "g"));
    assert_string_equal(error_text(PyExc_NameError), "name 'g' is not defined");
    Py_DECREF(kw2);
    Py_DECREF(kw);
    Py_DECREF(one);
    Py_DECREF(f);
}

static void test_float_helpers(void **state)
{
    assert_true(spc_rt_double_floordiv(-7.0, 2.0) == -4.0);
    assert_true(spc_rt_double_mod(-7.0, 2.0) == 1.0);
    assert_true(spc_rt_double_mod(1.0, 0.0) == -1.0);
    assert_string_equal(error_text(PyExc_ZeroDivisionError), "float modulo");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unbox_ranges),
        cmocka_unit_test(test_box),
        cmocka_unit_test(test_check_arg),
        cmocka_unit_test(test_unpack),
        cmocka_unit_test(test_bind_messages),
        cmocka_unit_test(test_bind_packing),
        cmocka_unit_test(test_float_helpers),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
