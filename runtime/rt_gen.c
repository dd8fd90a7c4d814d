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
 * sys.exc_info() inside it is its own and survives across yields (gi_exc_state).
 *
 * Coroutines (async def) and async generators are the same object with another type
 * (SpcGenKind): `await` is a `yield from` of the awaitable's iterator (GET_AWAITABLE),
 * so the driver is shared; the coroutine adds __await__ (a coroutine_wrapper), the
 * async generator the asend/athrow awaitables of genobject.c, which tell the values
 * its own YIELDs produce (`wrapped`) from those its awaits pass up to the event loop. */
#include "spc_rt.h"
#include <frameobject.h>
#include <stddef.h>

typedef enum SpcGenKind { GEN_PLAIN, GEN_CORO, GEN_ASYNC } SpcGenKind;

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
    int nobj;                        /* frame slots [0, nobj) hold objects, NULL or tagged
                                        ints (is_tagged_word) */
    char running;
    char kind;                       /* SpcGenKind */
    char wrapped;                    /* async generator: the last value came from its own YIELD */
    char closed;                     /* async generator: aclose()d or exhausted (ag_closed) */
    char running_async;              /* async generator: an asend/athrow is in progress */
    char hooks_inited;               /* async generator: sys.set_asyncgen_hooks applied */
    PyObject *finalizer;             /* async generator: the event loop's finalizer hook */
    PyObject *code, *frame;          /* gi_code / gi_frame, made when first read, or NULL */
    void *slots[];
} SpcGen;

static PyTypeObject SpcGen_Type, SpcCoro_Type, SpcAsyncGen_Type;
#define IS_SPCGEN(o) (Py_TYPE(o) == &SpcGen_Type || Py_TYPE(o) == &SpcCoro_Type || Py_TYPE(o) == &SpcAsyncGen_Type)
#define IS_SPCCORO(o) (Py_TYPE(o) == &SpcCoro_Type)

static PyTypeObject *const gen_types[] = {&SpcGen_Type, &SpcCoro_Type, &SpcAsyncGen_Type};
static const char *const gen_abcs[] = {"Generator", "Coroutine", "AsyncGenerator"};
/* What messages call each kind (CPython's wording). */
static const char *const gen_what[] = {"generator", "coroutine", "async generator"};

/* Readies a kind's type once per module and registers it with its collections.abc
 * class (asyncio.iscoroutine accepts collections.abc.Coroutine instances). */
static int gen_type_ready(int kind)
{
    PyTypeObject *t = gen_types[kind];
    if (t->tp_flags & Py_TPFLAGS_READY) return 0;
    if (PyType_Ready(t) < 0) return -1;
    PyObject *abc = PyImport_ImportModule("collections.abc");
    PyObject *gen_abc = abc ? PyObject_GetAttrString(abc, gen_abcs[kind]) : NULL;
    PyObject *r = gen_abc ? PyObject_CallMethod(gen_abc, "register", "O", (PyObject *)t) : NULL;
    Py_XDECREF(abc);
    Py_XDECREF(gen_abc);
    if (!r) return -1;
    Py_DECREF(r);
    return 0;
}

PyObject *spc_rt_gen_new(void *body, int nobj, int nslots, PyObject *name, PyObject *qualname, int kind)
{
    if (gen_type_ready(kind) < 0) return NULL;
    SpcGen *g = PyObject_GC_NewVar(SpcGen, gen_types[kind], nslots);
    if (!g) return NULL;
    g->kind = (char)kind;
    g->wrapped = g->closed = g->running_async = g->hooks_inited = 0;
    g->finalizer = g->code = g->frame = NULL;
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
    SpcGen *g = (SpcGen *)gen;
    g->state = resume;
    g->wrapped = g->kind == GEN_ASYNC;   /* a value for asend(), not one for the event loop */
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
    g->wrapped = 0;
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

/* gen_send_ex2: arg NULL means next(); exc: raise the current exception inside;
 * closing: called by close(), which is silent on an exhausted coroutine. */
static PySendResult gen_send_ex2(SpcGen *g, PyObject *arg, PyObject **presult, int exc, int closing)
{
    *presult = NULL;
    if (g->state == 0 && arg && arg != Py_None) {
        PyErr_Format(PyExc_TypeError, "can't send non-None value to a just-started %s", gen_what[(int)g->kind]);
        return PYGEN_ERROR;
    }
    if (g->running) {
        PyErr_Format(PyExc_ValueError, "%s already executing", gen_what[(int)g->kind]);
        return PYGEN_ERROR;
    }
    if (g->state < 0) {
        if (g->kind == GEN_CORO && !closing) {
            PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
        } else if (arg && !exc) {   /* an exhausted generator only answers send() */
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
        if (result == Py_None && !arg && g->kind != GEN_ASYNC) Py_CLEAR(result);   /* next(): plain StopIteration */
    } else if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
        _PyErr_FormatFromCause(PyExc_RuntimeError, "%s raised StopIteration", gen_what[(int)g->kind]);
    } else if (g->kind == GEN_ASYNC && PyErr_ExceptionMatches(PyExc_StopAsyncIteration)) {
        _PyErr_FormatFromCause(PyExc_RuntimeError, "%s", "async generator raised StopAsyncIteration");
    }
    g->state = -1;
    Py_CLEAR(g->exc_state.exc_value);
    *presult = result;
    return result ? PYGEN_RETURN : PYGEN_ERROR;
}

static PyObject *gen_send_ex(SpcGen *g, PyObject *arg, int exc, int closing)
{
    PyObject *result;
    if (gen_send_ex2(g, arg, &result, exc, closing) == PYGEN_RETURN) {
        if (g->kind == GEN_ASYNC) PyErr_SetNone(PyExc_StopAsyncIteration);   /* it returns None */
        else if (result == Py_None) PyErr_SetNone(PyExc_StopIteration);
        else _PyGen_SetStopIterationValue(result);
        Py_CLEAR(result);
    }
    return result;
}

static PyObject *gen_iternext(PyObject *self)
{
    PyObject *result;
    if (gen_send_ex2((SpcGen *)self, NULL, &result, 0, 0) == PYGEN_RETURN) {
        if (result != Py_None) _PyGen_SetStopIterationValue(result);
        Py_CLEAR(result);
    }
    return result;
}

static PySendResult gen_am_send(PyObject *self, PyObject *arg, PyObject **result)
{
    return gen_send_ex2((SpcGen *)self, arg, result, 0, 0);
}

static PyObject *gen_send(PyObject *self, PyObject *arg) { return gen_send_ex((SpcGen *)self, arg, 0, 0); }

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
            *ret = gen_send_ex(g, Py_None, 1, 0);
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
            r = gen_send_ex(g, v, 0, 0);
            Py_DECREF(v);
        } else {
            r = gen_send_ex(g, Py_None, 1, 0);
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
    return gen_send_ex(g, Py_None, 1, 0);
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
    PyObject *retval = gen_send_ex(g, Py_None, 1, 1);
    if (retval) {
        Py_DECREF(retval);
        PyErr_Format(PyExc_RuntimeError, "%s ignored GeneratorExit", gen_what[(int)g->kind]);
        return NULL;
    }
    if (PyErr_ExceptionMatches(PyExc_StopIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit)) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    return NULL;
}

static void warn_unawaited(PyObject *coro);

/* A suspended generator that dies is closed first, so its finally blocks run; an
 * async generator is handed to the event loop's finalizer hook instead, when it has
 * one; a coroutine that never started warns (_PyGen_Finalize). */
static void gen_finalize(PyObject *self)
{
    SpcGen *g = (SpcGen *)self;
    PyObject *et, *ev, *etb;
    if (g->kind == GEN_ASYNC && g->finalizer && !g->closed) {
        PyErr_Fetch(&et, &ev, &etb);
        PyObject *res = PyObject_CallOneArg(g->finalizer, self);
        if (!res) PyErr_WriteUnraisable(self);
        else Py_DECREF(res);
        PyErr_Restore(et, ev, etb);
        return;
    }
    if (g->kind == GEN_CORO && g->state == 0) {
        PyErr_Fetch(&et, &ev, &etb);
        warn_unawaited(self);
        PyErr_Restore(et, ev, etb);
        return;
    }
    if (g->state <= 0) return;   /* not started (nothing to unwind) or finished */
    PyErr_Fetch(&et, &ev, &etb);
    PyObject *res = gen_close(self, NULL);
    if (!res) PyErr_WriteUnraisable(self);
    else Py_DECREF(res);
    PyErr_Restore(et, ev, etb);
}

static int gen_traverse(PyObject *self, visitproc visit, void *arg)
{
    SpcGen *g = (SpcGen *)self;
    for (int i = 0; i < g->nobj; i++)
        if (!is_tagged_word(g->slots[i])) Py_VISIT((PyObject *)g->slots[i]);
    Py_VISIT(g->yieldfrom);
    Py_VISIT(g->exc_state.exc_value);
    for (int i = 0; i < 3; i++) Py_VISIT(g->thrown[i]);
    Py_VISIT(g->name);
    Py_VISIT(g->qualname);
    Py_VISIT(g->finalizer);
    Py_VISIT(g->code);
    Py_VISIT(g->frame);
    return 0;
}

static int gen_clear(PyObject *self)
{
    SpcGen *g = (SpcGen *)self;
    for (int i = 0; i < g->nobj; i++) {
        PyObject *o = g->slots[i];
        g->slots[i] = NULL;
        if (!is_tagged_word(o)) Py_XDECREF(o);
    }
    Py_CLEAR(g->yieldfrom);
    Py_CLEAR(g->exc_state.exc_value);
    for (int i = 0; i < 3; i++) Py_CLEAR(g->thrown[i]);
    Py_CLEAR(g->finalizer);
    Py_CLEAR(g->code);
    Py_CLEAR(g->frame);
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
    SpcGen *g = (SpcGen *)self;
    return PyUnicode_FromFormat("<%s object %S at %p>", g->kind == GEN_ASYNC ? "async_generator" : gen_what[(int)g->kind],
                                g->qualname, self);
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

/* gi_code / cr_code / ag_code: compiled code has no bytecode; an empty code object with
 * the body's name, qualname, flags and the module's file, which is what asyncio's reprs
 * and inspect read. */
static const int gen_code_flags[] = {CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR};

static PyObject *gen_get_code(PyObject *self, void *unused)
{
    SpcGen *g = (SpcGen *)self;
    if (g->code) return Py_NewRef(g->code);
    PyObject *file = spc_rt_g_globals ? PyDict_GetItemString(spc_rt_g_globals, "__file__") : NULL;
    const char *filename = file && PyUnicode_Check(file) ? PyUnicode_AsUTF8(file) : "<spc>";
    const char *name = filename ? PyUnicode_AsUTF8(g->name) : NULL;
    PyCodeObject *empty = name ? PyCode_NewEmpty(filename, name, 0) : NULL;
    PyObject *kw = empty ? Py_BuildValue("{s:O,s:i}", "co_qualname", g->qualname, "co_flags",
                                         CO_OPTIMIZED | CO_NEWLOCALS | gen_code_flags[(int)g->kind]) : NULL;
    g->code = kw ? spc_rt_code_replace((PyObject *)empty, kw) : NULL;
    Py_XDECREF(kw);
    Py_XDECREF(empty);
    return Py_XNewRef(g->code);
}

/* gi_frame / cr_frame / ag_frame: None once finished, as CPython answers, else a frame
 * on gi_code (no locals: the body's variables live in native slots), so
 * inspect.getgeneratorstate() tells CREATED from CLOSED. */
static PyObject *gen_get_frame(PyObject *self, void *unused)
{
    SpcGen *g = (SpcGen *)self;
    if (g->state < 0) Py_RETURN_NONE;
    if (g->frame) return Py_NewRef(g->frame);
    PyObject *code = gen_get_code(self, unused);
    if (!code) return NULL;
    g->frame = (PyObject *)PyFrame_New(PyThreadState_Get(), (PyCodeObject *)code,
                                       spc_rt_g_globals ? spc_rt_g_globals : PyEval_GetGlobals(), NULL);
    Py_DECREF(code);
    return Py_XNewRef(g->frame);
}

static PyObject *gen_get_class(PyObject *self, void *unused);

static PyGetSetDef gen_getset[] = {
    {"__class__", gen_get_class, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
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

/* ---- coroutines ---- */

/* warnings._warn_unawaited_coroutine(coro), as _PyErr_WarnUnawaitedCoroutine does. */
static void warn_unawaited(PyObject *coro)
{
    int warned = 0;
    PyObject *w = PyImport_ImportModule("warnings");
    PyObject *fn = w ? PyObject_GetAttrString(w, "_warn_unawaited_coroutine") : NULL;
    Py_XDECREF(w);
    if (fn) {
        PyObject *res = PyObject_CallOneArg(fn, coro);
        Py_DECREF(fn);
        if (res || PyErr_ExceptionMatches(PyExc_RuntimeWarning)) warned = 1;
        Py_XDECREF(res);
    }
    if (PyErr_Occurred()) PyErr_WriteUnraisable(coro);
    if (!warned && PyErr_WarnFormat(PyExc_RuntimeWarning, 1, "coroutine '%S' was never awaited",
                                    ((SpcGen *)coro)->qualname) < 0)
        PyErr_WriteUnraisable(coro);
}

/* coro.__await__(): an iterator over the coroutine (CPython's coroutine_wrapper). */
typedef struct {
    PyObject_HEAD
    SpcGen *coro;
} SpcCoroWrapper;

static PyTypeObject SpcCoroWrapper_Type;

static PyObject *coro_await(PyObject *self)
{
    if (!(SpcCoroWrapper_Type.tp_flags & Py_TPFLAGS_READY) && PyType_Ready(&SpcCoroWrapper_Type) < 0) return NULL;
    SpcCoroWrapper *w = PyObject_GC_New(SpcCoroWrapper, &SpcCoroWrapper_Type);
    if (!w) return NULL;
    w->coro = (SpcGen *)Py_NewRef(self);
    PyObject_GC_Track(w);
    return (PyObject *)w;
}

static void cw_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    Py_CLEAR(((SpcCoroWrapper *)self)->coro);
    PyObject_GC_Del(self);
}

static int cw_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((SpcCoroWrapper *)self)->coro);
    return 0;
}

static PyObject *cw_iternext(PyObject *self) { return gen_send_ex(((SpcCoroWrapper *)self)->coro, Py_None, 0, 0); }
static PyObject *cw_send(PyObject *self, PyObject *arg) { return gen_send_ex(((SpcCoroWrapper *)self)->coro, arg, 0, 0); }
static PyObject *cw_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return gen_throw((PyObject *)((SpcCoroWrapper *)self)->coro, args, nargs);
}
static PyObject *cw_close(PyObject *self, PyObject *unused) { return gen_close((PyObject *)((SpcCoroWrapper *)self)->coro, NULL); }
static PySendResult cw_am_send(PyObject *self, PyObject *arg, PyObject **result)
{
    return gen_send_ex2(((SpcCoroWrapper *)self)->coro, arg, result, 0, 0);
}

static PyMethodDef cw_methods[] = {
    {"send", cw_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))cw_throw, METH_FASTCALL, NULL},
    {"close", cw_close, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyAsyncMethods cw_as_async = {.am_send = cw_am_send};

static PyTypeObject SpcCoroWrapper_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "coroutine_wrapper",
    .tp_basicsize = sizeof(SpcCoroWrapper),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_dealloc = cw_dealloc,
    .tp_traverse = cw_traverse,
    .tp_as_async = &cw_as_async,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = cw_iternext,
    .tp_methods = cw_methods,
};

static PyObject *coro_await_method(PyObject *self, PyObject *unused) { return coro_await(self); }

/* cr_origin: origin tracking (sys.set_coroutine_origin_tracking_depth) is not kept. */
static PyObject *gen_get_none(PyObject *self, void *unused) { Py_RETURN_NONE; }

/* __class__: types.GeneratorType / CoroutineType / AsyncGeneratorType, so isinstance()
 * (and inspect.isgenerator / iscoroutine / isasyncgen) sees what the object is; type() stays exact. */
static PyObject *gen_get_class(PyObject *self, void *unused)
{
    PyObject *types = PyImport_ImportModule("types");
    if (!types) return NULL;
    static const char *const names[] = {"GeneratorType", "CoroutineType", "AsyncGeneratorType"};
    PyObject *t = PyObject_GetAttrString(types, names[(int)((SpcGen *)self)->kind]);
    Py_DECREF(types);
    return t;
}

static PyGetSetDef coro_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_name, gen_set_name, NULL, (void *)1},
    {"__class__", gen_get_class, NULL, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_await", gen_get_yieldfrom, NULL, NULL, NULL},
    {"cr_origin", gen_get_none, NULL, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef coro_methods[] = {
    {"send", gen_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))gen_throw, METH_FASTCALL, NULL},
    {"close", gen_close, METH_NOARGS, NULL},
    {"__await__", coro_await_method, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyAsyncMethods coro_as_async = {.am_await = coro_await, .am_send = gen_am_send};

static PyTypeObject SpcCoro_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "coroutine",
    .tp_basicsize = offsetof(SpcGen, slots),
    .tp_itemsize = sizeof(void *),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_as_async = &coro_as_async,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_weaklistoffset = offsetof(SpcGen, weakreflist),
    .tp_methods = coro_methods,
    .tp_getset = coro_getset,
    .tp_finalize = gen_finalize,
};

/* Is o a generator-based coroutine (@types.coroutine) of CPython? */
static int gen_is_coroutine(PyObject *o)
{
    return PyGen_CheckExact(o) && (((PyGenObject *)o)->gi_code->co_flags & CO_ITERABLE_COROUTINE);
}

/* _PyCoro_GetAwaitableIter: coroutines themselves, else the iterator __await__ gives. */
static PyObject *awaitable_iter(PyObject *o)
{
    if (PyCoro_CheckExact(o) || IS_SPCCORO(o) || gen_is_coroutine(o)) return Py_NewRef(o);
    PyTypeObject *ot = Py_TYPE(o);
    unaryfunc getter = ot->tp_as_async ? ot->tp_as_async->am_await : NULL;
    if (!getter) {
        PyErr_Format(PyExc_TypeError, "object %.100s can't be used in 'await' expression", ot->tp_name);
        return NULL;
    }
    PyObject *res = getter(o);
    if (!res) return NULL;
    if (PyCoro_CheckExact(res) || IS_SPCCORO(res) || gen_is_coroutine(res)) {
        PyErr_SetString(PyExc_TypeError, "__await__() returned a coroutine");
        Py_CLEAR(res);
    } else if (!PyIter_Check(res)) {
        PyErr_Format(PyExc_TypeError, "__await__() returned non-iterator of type '%.100s'", Py_TYPE(res)->tp_name);
        Py_CLEAR(res);
    }
    return res;
}

/* Is coroutine `it` suspended in an await of its own (_PyGen_yf)? */
static int coro_is_awaiting(PyObject *it)
{
    if (IS_SPCCORO(it)) return ((SpcGen *)it)->yieldfrom != NULL;
    if (!PyCoro_CheckExact(it)) return 0;
    PyObject *yf = PyObject_GetAttrString(it, "cr_await");
    int r = yf ? yf != Py_None : -1;
    Py_XDECREF(yf);
    return r;
}

/* GET_AWAITABLE, with CPython 3.11's messages. */
PyObject *spc_rt_get_awaitable(PyObject *o, int where)
{
    PyObject *it = awaitable_iter(o);
    if (!it) {
        PyTypeObject *t = Py_TYPE(o);
        if (where && (!t->tp_as_async || !t->tp_as_async->am_await)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError,
                         "'async with' received an object from %s that does not implement __await__: %.100s",
                         where == 1 ? "__aenter__" : "__aexit__", t->tp_name);
        }
        return NULL;
    }
    int busy = coro_is_awaiting(it);
    if (busy) {
        Py_DECREF(it);
        if (busy > 0) PyErr_SetString(PyExc_RuntimeError, "coroutine is being awaited already");
        return NULL;
    }
    return it;
}

/* GET_AITER */
PyObject *spc_rt_get_aiter(PyObject *o)
{
    PyTypeObject *t = Py_TYPE(o);
    unaryfunc getter = t->tp_as_async ? t->tp_as_async->am_aiter : NULL;
    if (!getter) {
        PyErr_Format(PyExc_TypeError, "'async for' requires an object with __aiter__ method, got %.100s", t->tp_name);
        return NULL;
    }
    PyObject *it = getter(o);
    if (!it) return NULL;
    PyTypeObject *it_t = Py_TYPE(it);
    if (!it_t->tp_as_async || !it_t->tp_as_async->am_anext) {
        PyErr_Format(PyExc_TypeError,
                     "'async for' received an object from __aiter__ that does not implement __anext__: %.100s",
                     it_t->tp_name);
        Py_DECREF(it);
        return NULL;
    }
    return it;
}

/* GET_ANEXT: the awaitable's iterator of aiter.__anext__(). */
PyObject *spc_rt_get_anext(PyObject *aiter)
{
    PyTypeObject *t = Py_TYPE(aiter);
    unaryfunc getter = t->tp_as_async ? t->tp_as_async->am_anext : NULL;
    if (!getter) {
        PyErr_Format(PyExc_TypeError, "'async for' requires an iterator with __anext__ method, got %.100s", t->tp_name);
        return NULL;
    }
    PyObject *next = getter(aiter);
    if (!next) return NULL;
    if (PyAsyncGen_CheckExact(aiter) || Py_TYPE(aiter) == &SpcAsyncGen_Type) return next;   /* already an iterator */
    PyObject *aw = awaitable_iter(next);
    if (!aw)
        _PyErr_FormatFromCause(PyExc_TypeError, "'async for' received an invalid object from __anext__: %.100s",
                               Py_TYPE(next)->tp_name);
    Py_DECREF(next);
    return aw;
}

/* LOAD_SPECIAL (BEFORE_ASYNC_WITH): type(o).name bound to o, CPython's messages. */
/* LOAD_SPECIAL's imm (compiler/ir_ops.def) */
enum { SPECIAL_AENTER, SPECIAL_AEXIT, SPECIAL_ENTER, SPECIAL_EXIT };

PyObject *spc_rt_load_special(PyObject *o, PyObject *name, int which)
{
    PyObject *descr = _PyType_Lookup(Py_TYPE(o), name);
    if (!descr) {
        static const char *const missed[] = {
            [SPECIAL_AENTER] = "asynchronous context manager protocol",
            [SPECIAL_AEXIT] = "asynchronous context manager protocol (missed __aexit__ method)",
            [SPECIAL_ENTER] = "context manager protocol",
            [SPECIAL_EXIT] = "context manager protocol (missed __exit__ method)",
        };
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "'%.200s' object does not support the %s", Py_TYPE(o)->tp_name, missed[which]);
        return NULL;
    }
    descrgetfunc get = Py_TYPE(descr)->tp_descr_get;
    return get ? get(descr, o, (PyObject *)Py_TYPE(o)) : Py_NewRef(descr);
}

/* ---- async generators: the awaitables of __anext__/asend (ASend) and athrow/aclose
 * (AThrow, args NULL for aclose), following genobject.c ---- */

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct {
    PyObject_HEAD
    SpcGen *gen;
    PyObject *arg;       /* asend: the value to send; athrow: the (typ, val, tb) tuple or NULL */
    int state;
    char is_throw;
} SpcAGenAwaitable;

static PyTypeObject SpcAGenASend_Type, SpcAGenAThrow_Type;

/* async_gen_init_hooks: the first asend/athrow applies sys.set_asyncgen_hooks. */
static int agen_init_hooks(SpcGen *g)
{
    if (g->hooks_inited) return 0;
    g->hooks_inited = 1;
    PyThreadState *ts = PyThreadState_Get();
    if (ts->async_gen_finalizer) g->finalizer = Py_NewRef(ts->async_gen_finalizer);
    PyObject *first = ts->async_gen_firstiter;
    if (!first) return 0;
    Py_INCREF(first);
    PyObject *res = PyObject_CallOneArg(first, (PyObject *)g);
    Py_DECREF(first);
    if (!res) return -1;
    Py_DECREF(res);
    return 0;
}

/* async_gen_unwrap_value: a value of the generator's own YIELD ends the awaitable
 * with StopIteration(value); the end of the generator is StopAsyncIteration. */
static PyObject *agen_unwrap(SpcGen *g, PyObject *result)
{
    if (!result) {
        if (!PyErr_Occurred()) PyErr_SetNone(PyExc_StopAsyncIteration);
        if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit))
            g->closed = 1;
        g->running_async = 0;
        return NULL;
    }
    if (g->wrapped) {
        g->wrapped = 0;
        _PyGen_SetStopIterationValue(result);
        Py_DECREF(result);
        g->running_async = 0;
        return NULL;
    }
    return result;
}

static PyObject *agen_awaitable_new(PyTypeObject *t, SpcGen *g, PyObject *arg, int is_throw)
{
    if (!(t->tp_flags & Py_TPFLAGS_READY) && PyType_Ready(t) < 0) return NULL;
    if (agen_init_hooks(g) < 0) return NULL;
    SpcAGenAwaitable *a = PyObject_GC_New(SpcAGenAwaitable, t);
    if (!a) return NULL;
    a->gen = (SpcGen *)Py_NewRef(g);
    a->arg = Py_XNewRef(arg);
    a->state = AW_INIT;
    a->is_throw = (char)is_throw;
    PyObject_GC_Track(a);
    return (PyObject *)a;
}

static void aw_dealloc(PyObject *self)
{
    SpcAGenAwaitable *a = (SpcAGenAwaitable *)self;
    PyObject_GC_UnTrack(self);
    Py_CLEAR(a->gen);
    Py_CLEAR(a->arg);
    PyObject_GC_Del(self);
}

static int aw_traverse(PyObject *self, visitproc visit, void *arg)
{
    SpcAGenAwaitable *a = (SpcAGenAwaitable *)self;
    Py_VISIT(a->gen);
    Py_VISIT(a->arg);
    return 0;
}

static PyObject *aw_close(PyObject *self, PyObject *unused)
{
    ((SpcAGenAwaitable *)self)->state = AW_CLOSED;
    Py_RETURN_NONE;
}

/* async_gen_asend_send */
static PyObject *asend_send(PyObject *self, PyObject *arg)
{
    SpcAGenAwaitable *o = (SpcAGenAwaitable *)self;
    if (o->state == AW_CLOSED) {
        PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (o->state == AW_INIT) {
        if (o->gen->running_async) {
            PyErr_SetString(PyExc_RuntimeError, "anext(): asynchronous generator is already running");
            return NULL;
        }
        if (!arg || arg == Py_None) arg = o->arg;
        o->state = AW_ITER;
    }
    o->gen->running_async = 1;
    PyObject *result = agen_unwrap(o->gen, gen_send_ex(o->gen, arg, 0, 0));
    if (!result) o->state = AW_CLOSED;
    return result;
}

static PyObject *asend_iternext(PyObject *self) { return asend_send(self, NULL); }

static PyObject *asend_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    SpcAGenAwaitable *o = (SpcAGenAwaitable *)self;
    if (o->state == AW_CLOSED) {
        PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    PyObject *result = agen_unwrap(o->gen, gen_throw((PyObject *)o->gen, args, nargs));
    if (!result) o->state = AW_CLOSED;
    return result;
}

/* athrow/aclose: the generator yielded where it must not (aclose) */
static PyObject *athrow_ignored_exit(SpcAGenAwaitable *o)
{
    o->gen->running_async = 0;
    o->state = AW_CLOSED;
    PyErr_SetString(PyExc_RuntimeError, "async generator ignored GeneratorExit");
    return NULL;
}

/* the end of an athrow/aclose: aclose() completes with StopIteration */
static PyObject *athrow_check_error(SpcAGenAwaitable *o)
{
    o->gen->running_async = 0;
    o->state = AW_CLOSED;
    if ((PyErr_ExceptionMatches(PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit)) && !o->arg) {
        PyErr_Clear();
        PyErr_SetNone(PyExc_StopIteration);
    }
    return NULL;
}

/* The first step of athrow/aclose: the exception thrown in where the generator waits. */
static PyObject *athrow_start(SpcAGenAwaitable *o)
{
    SpcGen *g = o->gen;
    o->state = AW_ITER;
    g->running_async = 1;
    PyObject *r;
    if (!o->arg) {   /* aclose() */
        g->closed = 1;
        r = gen_throw_impl(g, 0, PyExc_GeneratorExit, NULL, NULL);
        if (r && g->wrapped) {
            Py_DECREF(r);
            return athrow_ignored_exit(o);
        }
    } else {
        PyObject *typ, *val = NULL, *tb = NULL;
        if (!PyArg_UnpackTuple(o->arg, "athrow", 1, 3, &typ, &val, &tb)) return NULL;
        r = agen_unwrap(g, gen_throw_impl(g, 0, typ, val, tb));
    }
    return r ? r : athrow_check_error(o);
}

/* async_gen_athrow_send */
static PyObject *athrow_send(PyObject *self, PyObject *arg)
{
    SpcAGenAwaitable *o = (SpcAGenAwaitable *)self;
    SpcGen *g = o->gen;
    if (o->state == AW_CLOSED) {
        PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (g->state < 0) {
        o->state = AW_CLOSED;
        PyErr_SetNone(PyExc_StopIteration);
        return NULL;
    }
    if (o->state == AW_INIT) {
        if (g->running_async) {
            o->state = AW_CLOSED;
            PyErr_Format(PyExc_RuntimeError, "%s(): asynchronous generator is already running", o->arg ? "athrow" : "aclose");
            return NULL;
        }
        if (g->closed) {
            o->state = AW_CLOSED;
            PyErr_SetNone(PyExc_StopAsyncIteration);
            return NULL;
        }
        if (arg != Py_None) {
            PyErr_SetString(PyExc_RuntimeError, "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        return athrow_start(o);
    }
    PyObject *r = gen_send_ex(g, arg, 0, 0);
    if (o->arg) return agen_unwrap(g, r);
    if (!r) return athrow_check_error(o);
    if (g->wrapped) {
        Py_DECREF(r);
        return athrow_ignored_exit(o);
    }
    return r;
}

static PyObject *athrow_iternext(PyObject *self) { return athrow_send(self, Py_None); }

static PyObject *athrow_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    SpcAGenAwaitable *o = (SpcAGenAwaitable *)self;
    if (o->state == AW_CLOSED) {
        PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    PyObject *r = gen_throw((PyObject *)o->gen, args, nargs);
    if (o->arg) return agen_unwrap(o->gen, r);
    if (r && o->gen->wrapped) {
        Py_DECREF(r);
        return athrow_ignored_exit(o);
    }
    if (!r && (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit))) {
        PyErr_Clear();
        PyErr_SetNone(PyExc_StopIteration);
    }
    return r;
}

static PyMethodDef asend_methods[] = {
    {"send", asend_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))asend_throw, METH_FASTCALL, NULL},
    {"close", aw_close, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMethodDef athrow_methods[] = {
    {"send", athrow_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))athrow_throw, METH_FASTCALL, NULL},
    {"close", aw_close, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyAsyncMethods aw_as_async = {.am_await = PyObject_SelfIter};

static PyTypeObject SpcAGenASend_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "async_generator_asend",
    .tp_basicsize = sizeof(SpcAGenAwaitable),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_dealloc = aw_dealloc,
    .tp_traverse = aw_traverse,
    .tp_as_async = &aw_as_async,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = asend_iternext,
    .tp_methods = asend_methods,
};

static PyTypeObject SpcAGenAThrow_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "async_generator_athrow",
    .tp_basicsize = sizeof(SpcAGenAwaitable),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_dealloc = aw_dealloc,
    .tp_traverse = aw_traverse,
    .tp_as_async = &aw_as_async,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = athrow_iternext,
    .tp_methods = athrow_methods,
};

static PyObject *agen_anext(PyObject *self) { return agen_awaitable_new(&SpcAGenASend_Type, (SpcGen *)self, Py_None, 0); }
static PyObject *agen_anext_method(PyObject *self, PyObject *unused) { return agen_anext(self); }
static PyObject *agen_asend(PyObject *self, PyObject *arg) { return agen_awaitable_new(&SpcAGenASend_Type, (SpcGen *)self, arg, 0); }
static PyObject *agen_aclose(PyObject *self, PyObject *unused)
{
    return agen_awaitable_new(&SpcAGenAThrow_Type, (SpcGen *)self, NULL, 1);
}
static PyObject *agen_athrow(PyObject *self, PyObject *args)
{
    return agen_awaitable_new(&SpcAGenAThrow_Type, (SpcGen *)self, args, 1);
}
static PyObject *agen_aiter_method(PyObject *self, PyObject *unused) { return Py_NewRef(self); }

static PyObject *agen_get_running(PyObject *self, void *unused)
{
    return PyBool_FromLong(((SpcGen *)self)->running_async);
}

static PyGetSetDef agen_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_name, gen_set_name, NULL, (void *)1},
    {"__class__", gen_get_class, NULL, NULL, NULL},
    {"ag_running", agen_get_running, NULL, NULL, NULL},
    {"ag_await", gen_get_yieldfrom, NULL, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL, NULL},
    {"ag_frame", gen_get_frame, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef agen_methods[] = {
    {"asend", agen_asend, METH_O, NULL},
    {"athrow", agen_athrow, METH_VARARGS, NULL},
    {"aclose", agen_aclose, METH_NOARGS, NULL},
    {"__aiter__", agen_aiter_method, METH_NOARGS, NULL},
    {"__anext__", agen_anext_method, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyAsyncMethods agen_as_async = {.am_aiter = PyObject_SelfIter, .am_anext = agen_anext};

static PyTypeObject SpcAsyncGen_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "async_generator",
    .tp_basicsize = offsetof(SpcGen, slots),
    .tp_itemsize = sizeof(void *),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_as_async = &agen_as_async,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_weaklistoffset = offsetof(SpcGen, weakreflist),
    .tp_methods = agen_methods,
    .tp_getset = agen_getset,
    .tp_finalize = gen_finalize,
};
