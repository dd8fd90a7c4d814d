/* rt_gen.c — generator objects of compiled generator functions.
 *
 * A generator function compiles to a native function that makes the generator
 * (MAKE_GEN -> spc_rt_gen_new, arguments copied into the frame) and an IRF_GEN body
 * `PyObject *body(PyObject *gen)` whose variables live in the generator's frame: 8-byte
 * slots, the `nobj` object slots first. Each call of the body runs from where it is
 * suspended (spc_rt_gen_state: 0 at the start, else the block after a yield) until
 *   - YIELD: spc_rt_gen_suspend records the resume block and returns the value;
 *   - YIELD_FROM: spc_rt_gen_delegate records it and keeps the iterator in `yieldfrom`,
 *     which this file then drives (send/throw/close go to it) until it ends;
 *   - RETURN or an error: spc_rt_gen_finish, after the body has cleared its frame.
 * GEN_RESUME (the first op after each suspension) returns the value sent in, or raises
 * the exception thrown in. The send/throw/close logic follows CPython 3.11's
 * genobject.c (gen_send_ex2, _gen_throw, gen_close), messages included. While it runs,
 * the generator's own exception state is pushed on the thread's exc_info stack, so
 * sys.exc_info() inside it is its own and survives across yields (gi_exc_state). */
#include "spc_rt.h"
#include <stddef.h>

typedef PyObject *(*SpcGenBody)(PyObject *gen);

typedef struct SpcGen {
    PyObject_VAR_HEAD                /* ob_size: number of frame slots */
    SpcGenBody body;
    PyObject *name, *qualname;
    PyObject *sent;                  /* borrowed while the body runs: GEN_RESUME's value */
    PyObject *thrown[3];             /* type, value, traceback GEN_RESUME raises, or NULLs */
    PyObject *yieldfrom;             /* the iterator a `yield from` delegates to */
    PyObject *weakreflist;
    _PyErr_StackItem exc_state;      /* the generator's own handled exception */
    int state;                       /* 0: not started; > 0: block to resume; -1: finished */
    int nobj;                        /* frame slots [0, nobj) hold objects (or NULL) */
    char running;
    void *slots[];
} SpcGen;

static PyTypeObject SpcGen_Type;
#define IS_SPCGEN(o) (Py_TYPE(o) == &SpcGen_Type)

/* Readies the type once per module and registers it as a collections.abc.Generator. */
static int gen_type_ready(void)
{
    if (SpcGen_Type.tp_flags & Py_TPFLAGS_READY) return 0;
    if (PyType_Ready(&SpcGen_Type) < 0) return -1;
    PyObject *abc = PyImport_ImportModule("collections.abc");
    PyObject *gen_abc = abc ? PyObject_GetAttrString(abc, "Generator") : NULL;
    PyObject *r = gen_abc ? PyObject_CallMethod(gen_abc, "register", "O", (PyObject *)&SpcGen_Type) : NULL;
    Py_XDECREF(abc);
    Py_XDECREF(gen_abc);
    if (!r) return -1;
    Py_DECREF(r);
    return 0;
}

PyObject *spc_rt_gen_new(void *body, int nobj, int nslots, PyObject *name, PyObject *qualname)
{
    if (gen_type_ready() < 0) return NULL;
    SpcGen *g = PyObject_GC_NewVar(SpcGen, &SpcGen_Type, nslots);
    if (!g) return NULL;
    g->body = (SpcGenBody)body;
    g->sent = g->yieldfrom = g->weakreflist = NULL;
    g->thrown[0] = g->thrown[1] = g->thrown[2] = NULL;
    g->exc_state.exc_value = NULL;
    g->exc_state.previous_item = NULL;
    g->state = 0;
    g->nobj = nobj;
    g->running = 0;
    memset(g->slots, 0, sizeof(void *) * (size_t)nslots);
    g->name = Py_NewRef(name);
    g->qualname = Py_NewRef(qualname);
    PyObject_GC_Track(g);
    return (PyObject *)g;
}

void *spc_rt_gen_frame(PyObject *gen) { return ((SpcGen *)gen)->slots; }
int spc_rt_gen_state(PyObject *gen) { return ((SpcGen *)gen)->state; }
void spc_rt_gen_finish(PyObject *gen) { ((SpcGen *)gen)->state = -1; }

PyObject *spc_rt_gen_suspend(PyObject *gen, PyObject *value, int resume)
{
    ((SpcGen *)gen)->state = resume;
    return value;
}

PyObject *spc_rt_gen_delegate(PyObject *gen, PyObject *iter, int resume)
{
    SpcGen *g = (SpcGen *)gen;
    g->state = resume;
    Py_XSETREF(g->yieldfrom, iter);
    return Py_NewRef(Py_None);   /* gen_step sees yieldfrom set and starts delegating */
}

PyObject *spc_rt_gen_resume(PyObject *gen)
{
    SpcGen *g = (SpcGen *)gen;
    if (g->thrown[0]) {
        PyErr_Restore(g->thrown[0], g->thrown[1], g->thrown[2]);
        g->thrown[0] = g->thrown[1] = g->thrown[2] = NULL;
        return NULL;
    }
    return Py_NewRef(g->sent ? g->sent : Py_None);
}

/* Runs the body, and the iterator it delegates to, until the next value or the end.
 * arg: the value sent in (borrowed), or NULL to raise the current exception at the
 * point where the body is suspended. */
static PyObject *gen_step(SpcGen *g, PyObject *arg)
{
    PyObject *owned = NULL;
    for (;;) {
        if (g->yieldfrom && arg) {   /* suspended in `yield from`: the iterator gets arg */
            PyObject *r;
            PySendResult s = PyIter_Send(g->yieldfrom, arg, &r);
            if (s == PYGEN_NEXT) {
                Py_XDECREF(owned);
                return r;
            }
            Py_CLEAR(g->yieldfrom);
            Py_XDECREF(owned);
            owned = s == PYGEN_RETURN ? r : NULL;
            arg = owned;   /* its return value, or raise its error in the body */
        }
        if (!arg) {
            Py_CLEAR(g->yieldfrom);
            PyErr_Fetch(&g->thrown[0], &g->thrown[1], &g->thrown[2]);
        }
        g->sent = arg;
        PyObject *r = g->body((PyObject *)g);
        g->sent = NULL;
        Py_XDECREF(owned);
        owned = NULL;
        if (!(r && g->state > 0 && g->yieldfrom)) return r;
        Py_DECREF(r);   /* it just reached `yield from`: start with next(iterator) */
        arg = Py_None;
    }
}

/* CPython's _PyErr_ChainStackItem(NULL): an exception thrown in gets the generator's
 * handled exception as its __context__. */
static void chain_thrown(SpcGen *g)
{
    if (!g->exc_state.exc_value || g->exc_state.exc_value == Py_None) return;
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    if (tb && v) PyException_SetTraceback(v, tb);
    PyErr_SetObject(t, v);   /* sets __context__ from the (generator's) exc_info */
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
}

/* gen_send_ex2: arg NULL means next(); exc: raise the current exception inside. */
static PySendResult gen_send_ex2(SpcGen *g, PyObject *arg, PyObject **presult, int exc)
{
    *presult = NULL;
    if (g->state == 0 && arg && arg != Py_None) {
        PyErr_SetString(PyExc_TypeError, "can't send non-None value to a just-started generator");
        return PYGEN_ERROR;
    }
    if (g->running) {
        PyErr_SetString(PyExc_ValueError, "generator already executing");
        return PYGEN_ERROR;
    }
    if (g->state < 0) {
        if (arg && !exc) {   /* an exhausted generator only answers send() */
            *presult = Py_NewRef(Py_None);
            return PYGEN_RETURN;
        }
        return PYGEN_ERROR;
    }
    if (Py_EnterRecursiveCall(" in compiled code")) return PYGEN_ERROR;   /* a frame, as in CPython */
    PyThreadState *ts = PyThreadState_Get();
    g->exc_state.previous_item = ts->exc_info;
    ts->exc_info = &g->exc_state;
    if (exc) chain_thrown(g);
    g->running = 1;
    PyObject *result = gen_step(g, exc ? NULL : arg ? arg : Py_None);
    g->running = 0;
    ts->exc_info = g->exc_state.previous_item;
    g->exc_state.previous_item = NULL;
    Py_LeaveRecursiveCall();
    if (result && g->state > 0) {
        *presult = result;
        return PYGEN_NEXT;
    }
    if (result) {
        if (result == Py_None && !arg) Py_CLEAR(result);   /* next(): plain StopIteration */
    } else if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
        _PyErr_FormatFromCause(PyExc_RuntimeError, "%s", "generator raised StopIteration");
    }
    g->state = -1;
    Py_CLEAR(g->exc_state.exc_value);
    *presult = result;
    return result ? PYGEN_RETURN : PYGEN_ERROR;
}

static PyObject *gen_send_ex(SpcGen *g, PyObject *arg, int exc)
{
    PyObject *result;
    if (gen_send_ex2(g, arg, &result, exc) == PYGEN_RETURN) {
        if (result == Py_None) PyErr_SetNone(PyExc_StopIteration);
        else _PyGen_SetStopIterationValue(result);
        Py_CLEAR(result);
    }
    return result;
}

static PyObject *gen_iternext(PyObject *self)
{
    PyObject *result;
    if (gen_send_ex2((SpcGen *)self, NULL, &result, 0) == PYGEN_RETURN) {
        if (result != Py_None) _PyGen_SetStopIterationValue(result);
        Py_CLEAR(result);
    }
    return result;
}

static PySendResult gen_am_send(PyObject *self, PyObject *arg, PyObject **result)
{
    return gen_send_ex2((SpcGen *)self, arg, result, 0);
}

static PyObject *gen_send(PyObject *self, PyObject *arg) { return gen_send_ex((SpcGen *)self, arg, 0); }

static PyObject *gen_close(PyObject *self, PyObject *unused);

/* getattr(o, name) where absent is no error (*meth NULL); -1 on other errors. */
static int lookup_method(PyObject *o, const char *name, PyObject **meth)
{
    PyObject *s = PyUnicode_InternFromString(name);
    if (!s) return -1;
    int r = _PyObject_LookupAttr(o, s, meth);
    Py_DECREF(s);
    return r;
}

/* Closes the iterator a `yield from` delegates to (gen_close_iter). */
static int gen_close_iter(PyObject *yf)
{
    PyObject *retval = NULL;
    if (IS_SPCGEN(yf)) {
        retval = gen_close(yf, NULL);
        if (!retval) return -1;
    } else {
        PyObject *meth;
        if (lookup_method(yf, "close", &meth) < 0) PyErr_WriteUnraisable(yf);
        if (meth) {
            retval = PyObject_CallNoArgs(meth);
            Py_DECREF(meth);
            if (!retval) return -1;
        }
    }
    Py_XDECREF(retval);
    return 0;
}

/* throw() into a delegated-to iterator (the yield-from half of _gen_throw). Returns
 * 1 with *ret set when it answered, 0 when the exception must be raised here. */
static int throw_into_delegate(SpcGen *g, int close_on_genexit, PyObject *typ, PyObject *val,
                               PyObject *tb, PyObject **ret)
{
    PyObject *yf = Py_NewRef(g->yieldfrom);
    if (PyErr_GivenExceptionMatches(typ, PyExc_GeneratorExit) && close_on_genexit) {
        g->running = 1;
        int err = gen_close_iter(yf);
        g->running = 0;
        Py_DECREF(yf);
        if (err < 0) {
            *ret = gen_send_ex(g, Py_None, 1);
            return 1;
        }
        return 0;
    }
    PyObject *meth;
    if (lookup_method(yf, "throw", &meth) < 0) {
        Py_DECREF(yf);
        *ret = NULL;
        return 1;
    }
    if (!meth) {
        Py_DECREF(yf);
        return 0;
    }
    g->running = 1;
    PyObject *r = PyObject_CallFunctionObjArgs(meth, typ, val, tb, NULL);
    g->running = 0;
    Py_DECREF(meth);
    Py_DECREF(yf);
    if (!r) {   /* it ended: its value resumes us, or its error is raised in us */
        PyObject *v;
        Py_CLEAR(g->yieldfrom);
        if (_PyGen_FetchStopIterationValue(&v) == 0) {
            r = gen_send_ex(g, v, 0);
            Py_DECREF(v);
        } else {
            r = gen_send_ex(g, Py_None, 1);
        }
    }
    *ret = r;
    return 1;
}

/* _gen_throw: the exception (class or instance) raised where the generator waits. */
static PyObject *gen_throw_impl(SpcGen *g, int close_on_genexit, PyObject *typ, PyObject *val, PyObject *tb)
{
    PyObject *ret;
    if (g->yieldfrom && throw_into_delegate(g, close_on_genexit, typ, val, tb, &ret)) return ret;
    if (tb == Py_None) tb = NULL;
    else if (tb && !PyTraceBack_Check(tb)) {
        PyErr_SetString(PyExc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    Py_INCREF(typ);
    Py_XINCREF(val);
    Py_XINCREF(tb);
    if (PyExceptionClass_Check(typ)) {
        PyErr_NormalizeException(&typ, &val, &tb);
    } else if (PyExceptionInstance_Check(typ)) {
        if (val && val != Py_None) {
            PyErr_SetString(PyExc_TypeError, "instance exception may not have a separate value");
            goto failed;
        }
        Py_XDECREF(val);
        val = typ;
        typ = Py_NewRef((PyObject *)PyExceptionInstance_Class(typ));
        if (!tb) tb = PyException_GetTraceback(val);
    } else {
        PyErr_Format(PyExc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                     Py_TYPE(typ)->tp_name);
        goto failed;
    }
    PyErr_Restore(typ, val, tb);
    return gen_send_ex(g, Py_None, 1);
failed:
    Py_DECREF(typ);
    Py_XDECREF(val);
    Py_XDECREF(tb);
    return NULL;
}

static PyObject *gen_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("throw", nargs, 1, 3)) return NULL;
    return gen_throw_impl((SpcGen *)self, 1, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
}

static PyObject *gen_close(PyObject *self, PyObject *unused)
{
    SpcGen *g = (SpcGen *)self;
    int err = 0;
    if (g->yieldfrom) {
        PyObject *yf = Py_NewRef(g->yieldfrom);
        g->running = 1;
        err = gen_close_iter(yf);
        g->running = 0;
        Py_DECREF(yf);
    }
    if (err == 0) PyErr_SetNone(PyExc_GeneratorExit);
    PyObject *retval = gen_send_ex(g, Py_None, 1);
    if (retval) {
        Py_DECREF(retval);
        PyErr_SetString(PyExc_RuntimeError, "generator ignored GeneratorExit");
        return NULL;
    }
    if (PyErr_ExceptionMatches(PyExc_StopIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit)) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    return NULL;
}

/* A suspended generator that dies is closed first, so its finally blocks run. */
static void gen_finalize(PyObject *self)
{
    SpcGen *g = (SpcGen *)self;
    if (g->state <= 0) return;   /* not started (nothing to unwind) or finished */
    PyObject *et, *ev, *etb;
    PyErr_Fetch(&et, &ev, &etb);
    PyObject *res = gen_close(self, NULL);
    if (!res) PyErr_WriteUnraisable(self);
    else Py_DECREF(res);
    PyErr_Restore(et, ev, etb);
}

static int gen_traverse(PyObject *self, visitproc visit, void *arg)
{
    SpcGen *g = (SpcGen *)self;
    for (int i = 0; i < g->nobj; i++) Py_VISIT((PyObject *)g->slots[i]);
    Py_VISIT(g->yieldfrom);
    Py_VISIT(g->exc_state.exc_value);
    for (int i = 0; i < 3; i++) Py_VISIT(g->thrown[i]);
    Py_VISIT(g->name);
    Py_VISIT(g->qualname);
    return 0;
}

static int gen_clear(PyObject *self)
{
    SpcGen *g = (SpcGen *)self;
    for (int i = 0; i < g->nobj; i++) {
        PyObject *o = g->slots[i];
        g->slots[i] = NULL;
        Py_XDECREF(o);
    }
    Py_CLEAR(g->yieldfrom);
    Py_CLEAR(g->exc_state.exc_value);
    for (int i = 0; i < 3; i++) Py_CLEAR(g->thrown[i]);
    return 0;
}

static void gen_dealloc(PyObject *self)
{
    SpcGen *g = (SpcGen *)self;
    PyObject_GC_UnTrack(self);
    if (g->weakreflist) PyObject_ClearWeakRefs(self);
    PyObject_GC_Track(self);
    if (PyObject_CallFinalizerFromDealloc(self)) return;   /* resurrected */
    PyObject_GC_UnTrack(self);
    gen_clear(self);
    Py_CLEAR(g->name);
    Py_CLEAR(g->qualname);
    PyObject_GC_Del(self);
}

static PyObject *gen_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<generator object %S at %p>", ((SpcGen *)self)->qualname, self);
}

static PyObject *gen_get_name(PyObject *self, void *which)
{
    SpcGen *g = (SpcGen *)self;
    return Py_NewRef(which ? g->qualname : g->name);
}

static int gen_set_name(PyObject *self, PyObject *value, void *which)
{
    SpcGen *g = (SpcGen *)self;
    if (!value || !PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "__%sname__ must be set to a string object", which ? "qual" : "");
        return -1;
    }
    Py_XSETREF(*(which ? &g->qualname : &g->name), Py_NewRef(value));
    return 0;
}

static PyObject *gen_get_running(PyObject *self, void *unused)
{
    return PyBool_FromLong(((SpcGen *)self)->running);
}

static PyObject *gen_get_suspended(PyObject *self, void *unused)
{
    SpcGen *g = (SpcGen *)self;
    return PyBool_FromLong(g->state > 0 && !g->running);
}

static PyObject *gen_get_yieldfrom(PyObject *self, void *unused)
{
    PyObject *yf = ((SpcGen *)self)->yieldfrom;
    return Py_NewRef(yf ? yf : Py_None);
}

static PyGetSetDef gen_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_name, gen_set_name, NULL, (void *)1},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef gen_methods[] = {
    {"send", gen_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))gen_throw, METH_FASTCALL, NULL},
    {"close", gen_close, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyAsyncMethods gen_as_async = {.am_send = gen_am_send};

static PyTypeObject SpcGen_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "generator",
    .tp_basicsize = offsetof(SpcGen, slots),
    .tp_itemsize = sizeof(void *),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_as_async = &gen_as_async,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_weaklistoffset = offsetof(SpcGen, weakreflist),
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,
    .tp_getset = gen_getset,
    .tp_finalize = gen_finalize,
};
