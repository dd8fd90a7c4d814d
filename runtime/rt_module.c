/* rt_module.c — module initialisation, the constant table, refcount and traceback
 * helpers.  Stage: run time (called from the PyInit_/exec functions lower.c emits).
 *
 * PyInit_<name> returns a multi-phase PyModuleDef (spc_rt_module_init), so the
 * import system creates the module from its spec (__name__, __file__ are set before
 * exec) and `spc run` can load a module as __main__.  The exec slot is generated
 * code: it calls spc_rt_module_exec (state + constants), then the module body.
 *
 * Constant blob (written by lower.c, one record per IrConst, little endian):
 *   kind:u8  then  C_INT/C_STR/C_BYTES/C_BUILTIN: len:u32 bytes
 *                  C_FLOAT, C_IMAG: 8 bytes (IEEE double; C_IMAG is complex(0, f))
 *                  C_TUPLE_OF_STR: n:u32 then n x (len:u32 bytes)
 *                  C_NONE/C_TRUE/C_FALSE/C_ELLIPSIS: nothing
 * The kinds are IrConstKind's values (ir.h); keep the two in the same order. */
#include "spc_rt.h"
#include <frameobject.h>
#include <string.h>

enum { K_NONE, K_TRUE, K_FALSE, K_ELLIPSIS, K_INT, K_FLOAT, K_IMAG, K_STR, K_BYTES, K_TUPLE_OF_STR,
       K_BUILTIN };

PyObject *spc_rt_g_module, *spc_rt_g_globals, *spc_rt_g_builtins, *spc_rt_g_modname;
PyObject *spc_rt_g_isinstance;

void spc_rt_dealloc(PyObject *o) { _Py_Dealloc(o); }
/* Error exits release through here: a tagged int word (lower.c, low bit set) owns nothing. */
void spc_rt_xdecref(PyObject *o) { if (!is_tagged_word(o)) Py_XDECREF(o); }
int spc_rt_err_occurred(void) { return PyErr_Occurred() != NULL; }

/* The out-of-band result of a native returning `bool` as a byte (compiler/ir.h,
 * IrFunc.bool_ret): code 3 means "this object instead".  Nothing runs between the
 * callee's stash and the caller's take (both under the GIL, no Python code between),
 * so one slot serves every thread. */
static PyObject *ret_stash;

char spc_rt_ret_stash(PyObject *o)
{
    ret_stash = o;
    return 3;
}

PyObject *spc_rt_ret_take(void)
{
    PyObject *o = ret_stash;
    ret_stash = NULL;
    return o;
}

char spc_rt_ret_take_truth(void)
{
    PyObject *o = spc_rt_ret_take();
    int r = PyObject_IsTrue(o);
    Py_DECREF(o);
    return r < 0 ? 2 : (char)r;
}

/* Appends a value to a 3.11 location table (Objects/locations.md): 6-bit chunks, low
 * first, 0x40 marks that more follow. */
static int put_varint(unsigned char *out, unsigned v)
{
    int n = 0;
    while (v >= 64) {
        out[n++] = (unsigned char)(0x40 | (v & 63));
        v >>= 6;
    }
    out[n++] = (unsigned char)v;
    return n;
}

PyObject *spc_rt_code_replace(PyObject *code, PyObject *kw)
{
    PyObject *replace = kw ? PyObject_GetAttrString(code, "replace") : NULL;
    PyObject *args = replace ? PyTuple_New(0) : NULL;
    PyObject *res = args ? PyObject_Call(replace, args, kw) : NULL;
    Py_XDECREF(args);
    Py_XDECREF(replace);
    return res;
}

/* A code object of one NOP whose location table gives that instruction the source
 * position (the "long form" entry), so traceback printing finds the columns through
 * co_positions and underlines the expression as it does for CPython's own frames. */
static PyObject *positioned_code(const char *funcname, const char *filename, int line, int col,
                                 int end_line, int end_col)
{
    PyCodeObject *empty = PyCode_NewEmpty(filename, funcname, line);
    if (!empty || col < 0 || end_line < line) return (PyObject *)empty;
    unsigned char table[32];
    int n = 0;
    table[n++] = 0x80 | (14 << 3) | 0;   /* long form, one code unit */
    n += put_varint(table + n, 0);       /* line - co_firstlineno, as a signed varint */
    n += put_varint(table + n, (unsigned)(end_line - line));
    n += put_varint(table + n, (unsigned)col + 1);
    n += put_varint(table + n, (unsigned)end_col + 1);
    static const char nop[2] = {9, 0};   /* NOP */
    PyObject *code = PyBytes_FromStringAndSize(nop, 2);
    PyObject *lt = code ? PyBytes_FromStringAndSize((const char *)table, n) : NULL;
    PyObject *kw = lt ? Py_BuildValue("{sOsO}", "co_code", code, "co_linetable", lt) : NULL;
    PyObject *res = spc_rt_code_replace((PyObject *)empty, kw);
    Py_XDECREF(kw);
    Py_XDECREF(lt);
    Py_XDECREF(code);
    if (!res) {   /* fall back to the line alone */
        PyErr_Clear();
        return (PyObject *)empty;
    }
    Py_DECREF(empty);
    return res;
}

/* Adds `File "filename", line N, in funcname` (with the expression's columns) to the
 * traceback being built, as _PyTraceback_Add does but with an instruction index that
 * has a position. */
/* One error point's frame, made the first time an exception passes it and shared by
 * every traceback entry for it afterwards (a frame made by PyFrame_New never runs, so
 * nothing in it changes). Keyed by the call's arguments: funcname and filename are
 * string constants of the module, so their addresses name them. */
typedef struct SiteFrame {
    const char *funcname, *filename;
    int line, col, end_line, end_col;
    PyObject *frame, *lasti, *lineno;
} SiteFrame;

static SiteFrame *site_frames;
static size_t nsite_frames, capsite_frames;   /* capacity: a power of two, at most half full */

static size_t site_hash(const char *funcname, int line, int col)
{
    return ((size_t)funcname >> 4) * 31u + (size_t)line * 2654435761u + (size_t)col * 40503u;
}

static SiteFrame *site_slot(SiteFrame *tab, size_t cap, const char *funcname, const char *filename,
                            int line, int col, int end_line, int end_col)
{
    size_t i = site_hash(funcname, line, col) & (cap - 1);
    for (;; i = (i + 1) & (cap - 1)) {
        SiteFrame *e = &tab[i];
        if (!e->frame || (e->funcname == funcname && e->filename == filename && e->line == line &&
                          e->col == col && e->end_line == end_line && e->end_col == end_col))
            return e;
    }
}

static int grow_site_frames(void)
{
    size_t cap = capsite_frames ? 2 * capsite_frames : 64;
    SiteFrame *tab = PyMem_Calloc(cap, sizeof *tab);
    if (!tab) return -1;
    for (size_t i = 0; i < capsite_frames; i++) {
        SiteFrame *e = &site_frames[i];
        if (e->frame) *site_slot(tab, cap, e->funcname, e->filename, e->line, e->col, e->end_line, e->end_col) = *e;
    }
    PyMem_Free(site_frames);
    site_frames = tab;
    capsite_frames = cap;
    return 0;
}

static SiteFrame *site_frame(const char *funcname, const char *filename, int line, int col, int end_line,
                             int end_col)
{
    if (2 * (nsite_frames + 1) > capsite_frames && grow_site_frames() < 0) return NULL;
    SiteFrame *e = site_slot(site_frames, capsite_frames, funcname, filename, line, col, end_line, end_col);
    if (e->frame) return e;
    /* the module's dict, as a frame of the function would have (traceback walkers read
     * tb_frame.f_globals["__name__"]); a fresh one before the module exists */
    PyObject *globals = spc_rt_g_globals ? Py_NewRef(spc_rt_g_globals) : PyDict_New();
    PyObject *code = globals ? positioned_code(funcname, filename, line, col, end_line, end_col) : NULL;
    PyObject *frame = code ? (PyObject *)PyFrame_New(PyThreadState_Get(), (PyCodeObject *)code, globals, NULL) : NULL;
    Py_XDECREF(code);
    Py_XDECREF(globals);
    PyObject *lasti = frame ? PyLong_FromLong(0) : NULL, *lineno = lasti ? PyLong_FromLong(line) : NULL;
    if (!lineno) {
        Py_XDECREF(lasti);
        Py_XDECREF(frame);
        return NULL;
    }
    *e = (SiteFrame){funcname, filename, line, col, end_line, end_col, frame, lasti, lineno};
    nsite_frames++;
    return e;
}

/* Adds `File "filename", line N, in funcname` (with the expression's columns) to the
 * traceback being built, as _PyTraceback_Add does, but through a frame whose instruction
 * 0 has the position (tb_lasti 0), so the carets come out. */
void spc_rt_traceback_add(const char *funcname, const char *filename, int line, int col,
                          int end_line, int end_col)
{
    PyObject *exc, *val, *tb;
    PyErr_Fetch(&exc, &val, &tb);
    SiteFrame *site = site_frame(funcname, filename, line, col, end_line, end_col);
    PyObject *args = site ? PyTuple_Pack(4, tb ? tb : Py_None, site->frame, site->lasti, site->lineno) : NULL;
    PyObject *newtb = args ? PyTraceBack_Type.tp_new(&PyTraceBack_Type, args, NULL) : NULL;
    Py_XDECREF(args);
    if (!newtb) {   /* keep the exception being raised; lose only this entry */
        PyErr_Clear();
        PyErr_Restore(exc, val, tb);
        return;
    }
    Py_XDECREF(tb);
    PyErr_Restore(exc, val, newtb);
}

static PyModuleDef_Slot module_slots[3];
static PyModuleDef module_def = { PyModuleDef_HEAD_INIT, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL };
static int (*module_body)(PyObject *);
static int module_ran;   /* the body ran to completion (into spc_rt_g_module) */

/* The module's state (its globals, constants) lives in this .so's C globals, which its
 * functions read, so the module is one object per process, as a single-phase extension
 * module is: importing it again (importlib.reload, test.support.import_fresh_module)
 * gives the same module without running the body twice. */
static PyObject *module_create(PyObject *spec, PyModuleDef *def)
{
    (void)def;
    if (module_ran && spc_rt_g_module) return Py_NewRef(spc_rt_g_module);
    PyObject *name = PyObject_GetAttrString(spec, "name");
    if (!name) return NULL;
    PyObject *m = PyModule_NewObject(name);
    Py_DECREF(name);
    return m;
}

static PyObject *run_body(PyObject *module, PyObject *unused)
{
    (void)unused;
    return module_body(module) < 0 ? NULL : Py_NewRef(Py_None);
}

static PyMethodDef run_body_def = {"__spc_body__", run_body, METH_NOARGS, NULL};

/* Drops the traceback entry of the bootstrap frame (the outermost one) from the
 * exception being raised, so tracebacks show the compiled <module> frame only. */
static void drop_bootstrap_entry(PyCodeObject *boot)
{
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    if (tb && PyTraceBack_Check(tb)) {
        PyTracebackObject *first = (PyTracebackObject *)tb;
        if (first->tb_frame && PyFrame_GetCode(first->tb_frame) == boot) {
            PyObject *rest = Py_XNewRef((PyObject *)first->tb_next);
            Py_DECREF(boot);   /* PyFrame_GetCode's reference */
            Py_SETREF(tb, rest);
            if (v) PyException_SetTraceback(v, tb ? tb : Py_None);
        } else if (first->tb_frame) {
            Py_DECREF(PyFrame_GetCode(first->tb_frame));
        }
    }
    PyErr_Restore(t, v, tb);
}

/* __builtins__ as CPython gives it: the builtins module in __main__ (runpy), the
 * builtins dict in an imported module (exec of its code). */
static int set_builtins(PyObject *module, PyObject *globals)
{
    const char *name = PyModule_GetName(module);
    if (!name) return -1;
    if (strcmp(name, "__main__") != 0)
        return PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins());
    PyObject *builtins = PyImport_ImportModule("builtins");
    int r = builtins ? PyDict_SetItemString(globals, "__builtins__", builtins) : -1;
    Py_XDECREF(builtins);
    return r;
}

/* The body runs below a one-line Python frame whose globals are the module's dict, so
 * code that inspects its caller's frame while the module is being imported finds the
 * module (namedtuple(), Enum('E', ...), TypeVar and typing.NamedTuple set __module__
 * from sys._getframe(1).f_globals; warnings point at it). */
static int module_exec(PyObject *module)
{
    if (module_ran && module == spc_rt_g_module) return 0;
    PyObject *globals = PyModule_GetDict(module);   /* borrowed */
    PyObject *file = PyDict_GetItemString(globals, "__file__");   /* borrowed */
    const char *filename = file && PyUnicode_Check(file) ? PyUnicode_AsUTF8(file) : "<spc module>";
    if (!filename) return -1;
    if (!PyDict_GetItemString(globals, "__builtins__") && set_builtins(module, globals) < 0)
        return -1;
    PyObject *code = Py_CompileString("__spc_body__()", filename, Py_eval_input);
    PyObject *fn = code ? PyCFunction_New(&run_body_def, module) : NULL;
    PyObject *locals = fn ? PyDict_New() : NULL;
    PyObject *r = NULL;
    if (locals && PyDict_SetItemString(locals, "__spc_body__", fn) == 0) {
        r = PyEval_EvalCode(code, globals, locals);
        if (!r) drop_bootstrap_entry((PyCodeObject *)code);
    }
    Py_XDECREF(locals);
    Py_XDECREF(fn);
    Py_XDECREF(code);
    if (!r) return -1;
    Py_DECREF(r);
    module_ran = 1;
    return 0;
}

PyObject *spc_rt_module_init(const char *name, void *exec)
{
    module_body = (int (*)(PyObject *))exec;
    module_slots[0].slot = Py_mod_create;
    module_slots[0].value = (void *)module_create;
    module_slots[1].slot = Py_mod_exec;
    module_slots[1].value = (void *)module_exec;
    module_def.m_name = name;
    module_def.m_size = 0;
    module_def.m_slots = module_slots;
    return PyModuleDef_Init(&module_def);
}

static PyObject *b_exec, *b_eval, *b_compile;   /* the builtins, looked up once */

static int find_compiling_builtins(void)
{
    if (b_compile) return 0;
    PyObject *b = PyEval_GetBuiltins();   /* borrowed */
    b_exec = b ? Py_XNewRef(PyDict_GetItemString(b, "exec")) : NULL;
    b_eval = b ? Py_XNewRef(PyDict_GetItemString(b, "eval")) : NULL;
    b_compile = b ? Py_XNewRef(PyDict_GetItemString(b, "compile")) : NULL;
    return b_compile ? 0 : -1;
}

/* exec(src, ...) / eval(src, ...): src compiled with the module's flags first. */
static PyObject *exec_source(PyObject *callable, PyObject **args, int64_t nargsf, PyObject *kwnames, int flags)
{
    PyObject *src = args[0];
    if (PyUnicode_Check(src) && callable == b_eval) {   /* as eval(): leading blanks go */
        Py_ssize_t i = 0, len = PyUnicode_GET_LENGTH(src);
        while (i < len && (PyUnicode_READ_CHAR(src, i) == ' ' || PyUnicode_READ_CHAR(src, i) == '\t')) i++;
        src = PyUnicode_Substring(src, i, len);
    } else {
        Py_INCREF(src);
    }
    PyObject *cargs = src ? Py_BuildValue("(Ossii)", src, "<string>", callable == b_eval ? "eval" : "exec",
                                          flags, 1)
                          : NULL;
    PyObject *code = cargs ? PyObject_Call(b_compile, cargs, NULL) : NULL;
    Py_XDECREF(cargs);
    Py_XDECREF(src);
    if (!code) return NULL;
    PyObject *saved = args[0];
    args[0] = code;
    PyObject *r = PyObject_Vectorcall(callable, args, (size_t)nargsf, kwnames);
    args[0] = saved;
    Py_DECREF(code);
    return r;
}

/* compile(...) without dont_inherit: flags |= the module's, dont_inherit=True. */
static PyObject *compile_with_flags(PyObject **args, Py_ssize_t n, PyObject *kwnames, int flags)
{
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *pos = PyTuple_New(n < 3 ? n : 3), *kw = PyDict_New(), *given = NULL, *r = NULL;
    if (!pos || !kw) goto done;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(pos); i++) PyTuple_SET_ITEM(pos, i, Py_NewRef(args[i]));
    if (n >= 4) given = args[3];
    for (Py_ssize_t i = 0; i < nkw; i++) {
        PyObject *k = PyTuple_GET_ITEM(kwnames, i);
        if (PyUnicode_CompareWithASCIIString(k, "flags") == 0) given = args[n + i];
        else if (PyDict_SetItem(kw, k, args[n + i]) < 0) goto done;
    }
    PyObject *ours = PyLong_FromLong(flags);
    PyObject *all = ours && given ? PyNumber_Or(given, ours) : Py_XNewRef(ours);
    Py_XDECREF(ours);
    int bad = !all || PyDict_SetItemString(kw, "flags", all) < 0 ||
              PyDict_SetItemString(kw, "dont_inherit", Py_True) < 0;
    Py_XDECREF(all);
    if (!bad) r = PyObject_Call(b_compile, pos, kw);
done:
    Py_XDECREF(pos);
    Py_XDECREF(kw);
    return r;
}

/* exec/eval/compile called from compiled code (irgen: is_compiling_builtin). The builtins
 * take their future flags from the calling Python frame, which belongs to whoever called
 * into compiled code; the module's own flags count instead, as a frame's would. A name
 * rebound at run time to something else is an ordinary call. */
PyObject *spc_rt_call_compiling(PyObject *callable, PyObject **args, int64_t nargsf, PyObject *kwnames,
                                int flags)
{
    if (find_compiling_builtins() < 0) return NULL;
    Py_ssize_t n = PyVectorcall_NARGS((size_t)nargsf);
    if ((callable == b_exec || callable == b_eval) && n >= 1 &&
        (PyUnicode_Check(args[0]) || PyBytes_Check(args[0]) || PyByteArray_Check(args[0])))
        return exec_source(callable, args, nargsf, kwnames, flags);
    if (callable == b_compile) {
        int inherit = n < 5;   /* compile(source, filename, mode, flags, dont_inherit, optimize) */
        for (Py_ssize_t i = 0; kwnames && i < PyTuple_GET_SIZE(kwnames); i++)
            if (PyUnicode_CompareWithASCIIString(PyTuple_GET_ITEM(kwnames, i), "dont_inherit") == 0) inherit = 0;
        if (inherit && n >= 3) return compile_with_flags(args, n, kwnames, flags);
    }
    return PyObject_Vectorcall(callable, args, (size_t)nargsf, kwnames);
}

typedef struct Reader { const unsigned char *p, *end; } Reader;

static int read_u32(Reader *r, uint32_t *out)
{
    if (r->end - r->p < 4) return -1;
    *out = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16
         | (uint32_t)r->p[3] << 24;
    r->p += 4;
    return 0;
}

static int read_bytes(Reader *r, const char **s, uint32_t *len)
{
    if (read_u32(r, len) < 0 || (uint32_t)(r->end - r->p) < *len) return -1;
    *s = (const char *)r->p;
    r->p += *len;
    return 0;
}

static PyObject *make_int(const char *s, uint32_t len)
{
    char *buf = PyMem_Malloc(len + 1);
    if (!buf) return PyErr_NoMemory();
    uint32_t n = 0;
    for (uint32_t i = 0; i < len; i++)
        if (s[i] != '_') buf[n++] = s[i];
    buf[n] = 0;
    PyObject *v = PyLong_FromString(buf, NULL, 0);
    PyMem_Free(buf);
    return v;
}

static PyObject *make_str(const char *s, uint32_t len)
{
    PyObject *v = PyUnicode_DecodeUTF8(s, len, "surrogatepass");
    if (v) PyUnicode_InternInPlace(&v);
    return v;
}

static PyObject *make_tuple_of_str(Reader *r)
{
    uint32_t n, len;
    const char *s;
    if (read_u32(r, &n) < 0) return NULL;
    PyObject *t = PyTuple_New(n);
    for (uint32_t i = 0; t && i < n; i++) {
        PyObject *item = read_bytes(r, &s, &len) < 0 ? NULL : make_str(s, len);
        if (!item) { Py_CLEAR(t); break; }
        PyTuple_SET_ITEM(t, i, item);
    }
    return t;
}

static PyObject *read_const(Reader *r, PyObject *builtins_mod)
{
    if (r->p >= r->end) return NULL;
    int kind = *r->p++;
    const char *s = NULL;
    uint32_t len = 0;
    double f;
    switch (kind) {
    case K_NONE: return Py_NewRef(Py_None);
    case K_TRUE: return Py_NewRef(Py_True);
    case K_FALSE: return Py_NewRef(Py_False);
    case K_ELLIPSIS: return Py_NewRef(Py_Ellipsis);
    case K_FLOAT: case K_IMAG:
        if (r->end - r->p < 8) return NULL;
        memcpy(&f, r->p, 8);
        r->p += 8;
        return kind == K_FLOAT ? PyFloat_FromDouble(f) : PyComplex_FromDoubles(0.0, f);
    case K_TUPLE_OF_STR: return make_tuple_of_str(r);
    }
    if (read_bytes(r, &s, &len) < 0) return NULL;
    switch (kind) {
    case K_INT: return make_int(s, len);
    case K_STR: return make_str(s, len);
    case K_BYTES: return PyBytes_FromStringAndSize(s, len);
    case K_BUILTIN: {
        if (len == 8 && memcmp(s, "NoneType", 8) == 0)   /* no builtins name: type(None) */
            return Py_NewRef((PyObject *)Py_TYPE(Py_None));
        PyObject *name = make_str(s, len);
        PyObject *v = name ? PyObject_GetAttr(builtins_mod, name) : NULL;
        Py_XDECREF(name);
        return v;
    }
    }
    return NULL;
}

static int load_consts(PyObject **consts, int n, const unsigned char *blob, int len)
{
    PyObject *builtins_mod = PyImport_ImportModule("builtins");
    if (!builtins_mod) return -1;
    Reader r = { blob, blob + len };
    for (int i = 0; i < n; i++) {
        Py_XDECREF(consts[i]);
        consts[i] = read_const(&r, builtins_mod);
        if (!consts[i]) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_ImportError, "spc: corrupt constant table (entry %d)", i);
            Py_DECREF(builtins_mod);
            return -1;
        }
    }
    Py_DECREF(builtins_mod);
    return 0;
}

static PyObject *current_builtins(void)
{
    PyObject *b = PyEval_GetBuiltins();
    if (b) return Py_NewRef(b);
    PyObject *mod = PyImport_ImportModule("builtins");
    if (!mod) return NULL;
    b = Py_NewRef(PyModule_GetDict(mod));
    Py_DECREF(mod);
    return b;
}

int spc_rt_module_exec(PyObject *module, PyObject **consts, int nconsts, void *blob, int bloblen)
{
    if (spc_rt_ready_types() < 0) return -1;
    Py_XSETREF(spc_rt_g_module, Py_NewRef(module));
    Py_XSETREF(spc_rt_g_globals, Py_NewRef(PyModule_GetDict(module)));
    Py_XSETREF(spc_rt_g_modname, PyModule_GetNameObject(module));
    Py_XSETREF(spc_rt_g_builtins, current_builtins());
    if (!spc_rt_g_modname || !spc_rt_g_builtins) return -1;
    spc_rt_g_isinstance = PyDict_GetItemString(spc_rt_g_builtins, "isinstance");
    return load_consts(consts, nconsts, blob, bloblen);
}
