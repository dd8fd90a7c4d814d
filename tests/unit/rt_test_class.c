/* rt_test_class.c — runtime helpers of static classes and static types, called
 * directly (embedded CPython): MAKE_CLASS from a layout spec (defaults, descriptors,
 * vtable in tp_cache, Python subclasses' vtables with thunks, final methods),
 * type descriptors (CAST / CHECK_RETURN messages), the sequence slow paths. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "spc_rt.h"
#include "py_layout.h"

static PyObject *classes[2];

static int setup(void **state)
{
    Py_Initialize();
    PyObject *m = PyImport_AddModule("rtcls");   /* borrowed; registered in sys.modules */
    static PyObject *consts[1];
    static unsigned char blob[1];
    if (!m || spc_rt_module_exec(m, consts, 0, blob, 0) != 0) return -1;
    spc_rt_set_classes(classes, 2);
    return 0;
}

static int teardown(void **state) { return 0; }

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

static int64_t get_impl(PyObject *self) { return 1; }
static int64_t get_thunk(PyObject *self) { return 2; }
static int64_t fin_impl(PyObject *self) { return 3; }

/* class C: x: int64 = 5 @16; name: str @24; link @32; virtual get, final fin */
static const char *layout =
    "C C 40 0 0 3 2 1 0\n"
    "F x 3 16 0 1 *\n"
    "F name -1 24 0 0 Bstr\n"
    "F link -1 32 0 0 *\n"
    "S get\nS fin\nX fin\n";

static PyObject *make_c(void)
{
    if (classes[0]) return classes[0];
    PyObject *five = PyLong_FromLong(5);
    void *impls[2] = { (void *)get_impl, (void *)fin_impl };
    void *thunks[2] = { (void *)get_thunk, (void *)get_thunk };
    PyObject *c = spc_rt_make_class(&classes[0], layout, &five, 1, impls, thunks);
    assert_non_null(c);
    Py_DECREF(c);                 /* the table keeps its own reference */
    Py_DECREF(five);
    PyObject_SetAttrString(spc_rt_g_module, "C", c);
    return c;
}

static void *slot_of(PyObject *obj, int i)
{
    PyObject *vt = Py_TYPE(obj)->tp_cache;
    return ((void **)((char *)vt + SPC_OFF_VTABLE_SLOTS))[i];
}

static void test_make_class(void **state)
{
    PyObject *c = make_c();
    assert_string_equal(((PyTypeObject *)c)->tp_name, "C");
    PyObject *o = spc_rt_tp_alloc(c);
    assert_non_null(o);
    assert_int_equal(*(int64_t *)((char *)o + 16), 5);          /* default */
    assert_null(*(PyObject **)((char *)o + 24));                 /* unset */
    assert_ptr_equal(slot_of(o, 0), (void *)get_impl);
    PyObject *v = PyObject_GetAttrString(o, "name");
    assert_null(v);
    assert_string_equal(error_text(PyExc_AttributeError), "'C' object has no attribute 'name'");
    PyObject *one = PyLong_FromLong(1);
    assert_int_equal(PyObject_SetAttrString(o, "name", one), -1);
    assert_string_equal(error_text(PyExc_TypeError), "expected 'str', got 'int' for attribute 'name'");
    assert_int_equal(PyObject_SetAttrString(o, "link", one), 0);
    assert_int_equal(PyObject_SetAttrString(o, "x", one), 0);
    assert_int_equal(*(int64_t *)((char *)o + 16), 1);
    Py_DECREF(one);
    Py_DECREF(o);
}

static void test_python_subclass_vtable(void **state)
{
    make_c();
    PyObject *g = PyModule_GetDict(spc_rt_g_module);
    PyObject *r = PyRun_String("class P(C):\n    def get(self): return 9\n"
                               "class Q(C): pass\n"
                               "p = P(); q = Q()\n", Py_file_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);
    PyObject *p = PyDict_GetItemString(g, "p"), *q = PyDict_GetItemString(g, "q");
    assert_ptr_equal(slot_of(p, 0), (void *)get_thunk);         /* overridden */
    assert_ptr_equal(slot_of(p, 1), (void *)fin_impl);          /* inherited */
    assert_ptr_equal(slot_of(q, 0), (void *)get_impl);
    assert_null(PyRun_String("class F(C):\n    def fin(self): return 0\n", Py_file_input, g, g));
    assert_string_equal(error_text(PyExc_TypeError),
                        "'fin' overrides a final method in the static base class <class 'rtcls.C'>");
}

static void test_type_descriptors(void **state)
{
    static PyObject *s1, *s2, *s3, *s4;
    PyObject *one = PyLong_FromLong(1);
    assert_ptr_equal(spc_rt_resolve_type(&s1, "Bint"), (PyObject *)&PyLong_Type);
    assert_ptr_equal(spc_rt_resolve_type(&s2, "*"), (PyObject *)&PyBaseObject_Type);
    PyObject *od = spc_rt_resolve_type(&s3, "Mcollections:OrderedDict");
    assert_non_null(od);
    assert_string_equal(((PyTypeObject *)od)->tp_name, "collections.OrderedDict");
    assert_null(spc_rt_cast(one, &s3, "Mcollections:OrderedDict", 0));
    assert_string_equal(error_text(PyExc_TypeError), "expected 'collections.OrderedDict', got 'int'");
    PyObject *r = spc_rt_cast(Py_None, &s3, "Mcollections:OrderedDict", 1);
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    make_c();
    assert_ptr_equal(spc_rt_resolve_type(&s4, "C0"), classes[0]);
    PyObject *where = PyUnicode_FromString("C.get");
    assert_null(spc_rt_check_return(one, &s4, "C0", 0, where, "C", NULL));
    assert_string_equal(error_text(PyExc_TypeError), "unexpected return type from C.get, expected C, got int");
    Py_DECREF(where);
    Py_DECREF(one);
}

static void test_sequences(void **state)
{
    PyObject *l = Py_BuildValue("[ii]", 1, 2), *t = Py_BuildValue("(i)", 7);
    PyObject *v = spc_rt_sequence_get(l, -1, 0);
    assert_int_equal(PyLong_AsLong(v), 2);
    Py_DECREF(v);
    assert_null(spc_rt_sequence_get(l, 2, 0));
    assert_string_equal(error_text(PyExc_IndexError), "list index out of range");
    assert_null(spc_rt_sequence_get(t, -2, 1));
    assert_string_equal(error_text(PyExc_IndexError), "tuple index out of range");
    assert_int_equal(spc_rt_sequence_set(l, 5, t, 0), -1);
    assert_string_equal(error_text(PyExc_IndexError), "list assignment index out of range");
    assert_int_equal(spc_rt_sequence_set(l, 0, t, 0), 0);
    assert_ptr_equal(PyList_GET_ITEM(l, 0), t);
    assert_int_equal(spc_rt_len(l), 2);
    spc_rt_raise_index_error(7, 0);
    assert_string_equal(error_text(PyExc_IndexError), "array index out of range");
    Py_DECREF(l);
    Py_DECREF(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_make_class),
        cmocka_unit_test(test_python_subclass_vtable),
        cmocka_unit_test(test_type_descriptors),
        cmocka_unit_test(test_sequences),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
