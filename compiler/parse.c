/* parse.c — stage 1: source text -> Module (AST with spans).
 *
 * Input: the bytes of one .py file. tree-sitter (tree-sitter-python grammar) builds a
 * concrete syntax tree; this file walks it into the AST of ast.h. Big modules are parsed
 * and converted in chunks of top-level statements by two threads while this one collects
 * the statements in order (parse_chunked), with a whole-file parse whenever a chunk has
 * any problem.
 * Output: a Module whose nodes all carry 1-based spans (end column exclusive, like
 * CPython's end_col_offset + 1), plus D_SYNTAX diagnostics for
 *   - ERROR / MISSING nodes (one per line, no cascades inside an ERROR),
 *   - things tree-sitter accepts but CPython rejects (bad indentation, assignment to a
 *     literal, argument order, invalid string prefixes, ...),
 *   - NUL bytes and invalid UTF-8, and nesting deeper than MAX_DEPTH.
 * Constructs the AST cannot represent become S_UNSUPPORTED / E_UNSUPPORTED nodes naming
 * the construct; the checker reports those. parse_module never fails: any input gives a
 * Module (possibly with an empty body). */
#include "spc.h"
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_python(void);

enum {
    MAX_DEPTH = 200,                   /* AST nesting limit (keeps every later stage's recursion safe) */
    PARSE_TIMEOUT_US = 20 * 1000000,   /* tree-sitter gives up after this (pathological input) */
    PARSE_US_PER_BYTE = 4,             /* ... plus this: big files take long on a busy machine */
    PARSE_CHUNK_BYTES = 64 * 1024,     /* bigger modules are parsed in chunks (parse_chunked) */
    PARSE_CHUNKS_MIN = 16,             /* ... of at most this size, and at least this many, */
    PARSE_CHUNK_MIN = 8 * 1024,        /* ... unless that makes them smaller than this */
};

typedef struct P {
    Arena *a;
    Diags *d;
    const char *path;
    const char *src;          /* text tree-sitter parsed (BOM skipped) */
    size_t len;
    int bom;                  /* bytes of UTF-8 BOM skipped: added to line-1 columns */
    int depth;
    bool depth_reported;
    unsigned char *err_lines; /* lines that already have a syntax error */
    int nlines;
    uint32_t suppress_from;   /* byte offset: errors at/after it are a cascade of an unclosed bracket */
    Arena scratch;            /* child lists (kids) of the module-level statement being converted:
                                 freed after each one, so they do not pile up in the AST's arena */
    bool use_scratch;
    uint32_t chunk;           /* parse in chunks of about this many bytes (0: in one go) */
    uint32_t *splits;         /* byte offsets where the chunks after the first start */
    int nsplits, splits_cap;
    const char **names;       /* interned texts (text_of), malloc'd */
    unsigned names_cap, names_len;
} P;

/* A child of a CST node with its field (0 when it has none). */
typedef struct Kid { TSNode n; TSFieldId field; } Kid;

/* ------------------------------------------------------------ helpers ---- */

/* Node types are compared by symbol, not by name: a name may belong to several grammar
 * symbols (aliases), so each symbol maps to the first symbol with its name (its
 * canonical symbol), and a type name asked about maps to that too, cached by the name's
 * address (the names are string literals; one cache per converting thread). Built
 * before any parser thread starts (conv_tables_init). */
static TSSymbol *canon_sym;
static uint32_t ncanon;

static void build_canon_sym(void) {
    const TSLanguage *lang = tree_sitter_python();
    ncanon = ts_language_symbol_count(lang);
    canon_sym = calloc(ncanon + 1, sizeof *canon_sym);
    if (!canon_sym) { fputs("spc: out of memory\n", stderr); exit(2); }
    for (uint32_t i = 0; i < ncanon; i++) {
        const char *t = ts_language_symbol_name(lang, (TSSymbol)i);
        canon_sym[i] = (TSSymbol)i;
        for (uint32_t j = 0; t && j < i; j++)
            if (canon_sym[j] == j && strcmp(ts_language_symbol_name(lang, (TSSymbol)j), t) == 0) { canon_sym[i] = (TSSymbol)j; break; }
    }
}

enum { TYPE_CACHE = 256, NO_SYMBOL = -1 };
static _Thread_local struct { const char *name; int sym; } type_cache[TYPE_CACHE];

static int symbol_named(const char *name) {
    for (uint32_t i = 0; i < ncanon; i++)
        if (canon_sym[i] == i && strcmp(ts_language_symbol_name(tree_sitter_python(), (TSSymbol)i), name) == 0) return (int)i;
    return NO_SYMBOL;
}

/* The canonical symbol named `name` (NO_SYMBOL when the grammar has none). */
static int type_symbol(const char *name) {
    unsigned i = (unsigned)(((uintptr_t)name >> 3) * 2654435761u) & (TYPE_CACHE - 1);
    for (unsigned probes = 0; probes < TYPE_CACHE; probes++, i = (i + 1) & (TYPE_CACHE - 1)) {
        if (type_cache[i].name == name) return type_cache[i].sym;
        if (type_cache[i].name) continue;
        type_cache[i].name = name;
        return type_cache[i].sym = symbol_named(name);
    }
    return symbol_named(name);
}

static bool is(TSNode n, const char *type) {
    if (!canon_sym) build_canon_sym();
    TSSymbol sym = ts_node_symbol(n);
    if (sym >= ncanon) return strcmp(ts_node_type(n), type) == 0;   /* ERROR and the like */
    return canon_sym[sym] == type_symbol(type);
}

static Span span_points(P *p, TSPoint s, TSPoint e) {
    Span sp = {(int)s.row + 1, (int)s.column + 1, (int)e.row + 1, (int)e.column + 1};
    if (s.row == 0) sp.col += p->bom;
    if (e.row == 0) sp.end_col += p->bom;
    return sp;
}

static Span span_of(P *p, TSNode n) { return span_points(p, ts_node_start_point(n), ts_node_end_point(n)); }

static Span span_join(Span a, Span b) { return (Span){a.line, a.col, b.end_line, b.end_col}; }

static const char *text_ptr(P *p, TSNode n, size_t *len) {
    uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
    if (s > p->len) s = (uint32_t)p->len;
    if (e > p->len || e < s) e = s;
    *len = e - s;
    return p->src + s;
}

/* Texts of nodes (names, mostly) are interned: a name used a thousand times is stored
 * once, and the checker's name comparisons often find the same pointer. The table is
 * open addressing, at most half full, one per converting thread (its strings live in
 * that thread's arena). */
static unsigned text_hash(const char *t, size_t len) {
    unsigned h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)t[i]) * 16777619u;
    return h;
}

static void names_put(const char **slots, unsigned cap, const char *s) {
    unsigned i = text_hash(s, strlen(s)) & (cap - 1);
    while (slots[i]) i = (i + 1) & (cap - 1);
    slots[i] = s;
}

static void names_grow(P *p) {
    unsigned cap = p->names_cap ? p->names_cap * 2 : 1024;
    const char **slots = calloc(cap, sizeof *slots);
    if (!slots) { fputs("spc: out of memory\n", stderr); exit(2); }
    for (unsigned i = 0; i < p->names_cap; i++)
        if (p->names[i]) names_put(slots, cap, p->names[i]);
    free(p->names);
    p->names = slots;
    p->names_cap = cap;
}

static void names_free(P *p) {
    free(p->names);
    p->names = NULL;
    p->names_cap = p->names_len = 0;
}

static const char *text_of(P *p, TSNode n) {
    size_t len;
    const char *t = text_ptr(p, n, &len);
    if ((p->names_len + 1) * 2 > p->names_cap) names_grow(p);
    unsigned i = text_hash(t, len) & (p->names_cap - 1);
    for (; p->names[i]; i = (i + 1) & (p->names_cap - 1))
        if (strncmp(p->names[i], t, len) == 0 && p->names[i][len] == 0) return p->names[i];
    p->names_len++;
    return p->names[i] = arena_strndup(p->a, t, len);
}

/* Field ids by name, cached by the name's address (the names are string literals):
 * looking a field up by name compares it with every field name of the grammar. One
 * cache per converting thread. */
enum { FIELD_CACHE = 256 };
static _Thread_local struct { const char *name; TSFieldId id; } field_cache[FIELD_CACHE];

static TSFieldId field_id(const char *name) {
    unsigned i = (unsigned)(((uintptr_t)name >> 3) * 2654435761u) & (FIELD_CACHE - 1);
    for (unsigned probes = 0; probes < FIELD_CACHE; probes++, i = (i + 1) & (FIELD_CACHE - 1)) {
        if (field_cache[i].name == name) return field_cache[i].id;
        if (field_cache[i].name) continue;
        TSFieldId id = ts_language_field_id_for_name(tree_sitter_python(), name, (uint32_t)strlen(name));
        field_cache[i].name = name;
        field_cache[i].id = id;
        return id;
    }
    return ts_language_field_id_for_name(tree_sitter_python(), name, (uint32_t)strlen(name));
}

static TSNode field(TSNode n, const char *name) {
    TSFieldId id = field_id(name);
    return id ? ts_node_child_by_field_id(n, id) : (TSNode){0};
}

/* Per grammar symbol (ts_node_symbol): is it a comment or a line continuation, which
 * child lists skip. Built once, before any parser thread starts (conv_tables_init). */
static bool *skipped_sym;

static void build_skipped_sym(void) {
    const TSLanguage *lang = tree_sitter_python();
    uint32_t count = ts_language_symbol_count(lang);
    skipped_sym = calloc(count + 1, sizeof *skipped_sym);
    if (!skipped_sym) { fputs("spc: out of memory\n", stderr); exit(2); }
    for (uint32_t i = 0; i < count; i++) {
        const char *t = ts_language_symbol_name(lang, (TSSymbol)i);
        skipped_sym[i] = t && (strcmp(t, "comment") == 0 || strcmp(t, "line_continuation") == 0);
    }
}

static bool is_skipped(TSNode n) {
    if (!skipped_sym) build_skipped_sym();
    TSSymbol sym = ts_node_symbol(n);
    return sym < ts_language_symbol_count(tree_sitter_python()) ? skipped_sym[sym] : is(n, "comment") || is(n, "line_continuation");
}

/* Children of `n` in order, comments and line continuations dropped; anonymous tokens
 * kept only when `all`. Uses a cursor: ts_node_child(i) is O(i). */
static int kids(P *p, TSNode n, bool all, Kid **out) {
    uint32_t cap = ts_node_child_count(n);
    Kid *k = ARENA_ARRAY(p->use_scratch ? &p->scratch : p->a, Kid, cap ? cap : 1);
    int cnt = 0;
    TSTreeCursor c = ts_tree_cursor_new(n);
    if (ts_tree_cursor_goto_first_child(&c)) {
        do {
            TSNode ch = ts_tree_cursor_current_node(&c);
            if (!all && !ts_node_is_named(ch)) continue;
            if (is_skipped(ch)) continue;
            if ((uint32_t)cnt < cap) k[cnt++] = (Kid){ch, ts_tree_cursor_current_field_id(&c)};
        } while (ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
    *out = k;
    return cnt;
}

static bool field_is(const Kid *k, const char *name) { return k->field && k->field == field_id(name); }

/* Is `tok` one of n's anonymous tokens? */
static bool has_token(P *p, TSNode n, const char *tok) {
    bool found = false;
    TSTreeCursor c = ts_tree_cursor_new(n);
    if (ts_tree_cursor_goto_first_child(&c)) {
        do {
            TSNode ch = ts_tree_cursor_current_node(&c);
            found = !ts_node_is_named(ch) && is(ch, tok);
        } while (!found && ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
    return found;
}

/* Every syntax error goes through here: at most one per line, none inside the
 * region an unclosed bracket swallowed. */
static void syntax_error(P *p, Span sp, const char *msg) {
    int line = sp.line < 1 ? 1 : sp.line;
    if (line <= p->nlines + 1) {
        if (p->err_lines[line]) return;
        p->err_lines[line] = 1;
    }
    diag_report(p->d, p->path, D_SYNTAX, sp, msg);
}

static void syntax_error_at(P *p, TSNode n, const char *msg) {
    if (ts_node_start_byte(n) >= p->suppress_from) return;
    syntax_error(p, span_of(p, n), msg);
}

static Expr *new_expr(P *p, ExprKind k, TSNode n) { return expr_new(p->a, k, span_of(p, n)); }

static Expr *unsupported_expr(P *p, TSNode n, const char *what) {
    Expr *e = new_expr(p, E_UNSUPPORTED, n);
    e->what = what;
    return e;
}

/* Span of a compound statement without the trailing comments tree-sitter puts in its
 * last block: ends at the last non-comment leaf. */
static Span span_trimmed(P *p, TSNode n) {
    TSNode last = n;
    for (int guard = 0; guard < 100000 && ts_node_child_count(last) > 0; guard++) {
        uint32_t i = ts_node_child_count(last);
        TSNode c = ts_node_child(last, --i);
        while (i > 0 && (is(c, "comment") || ts_node_end_byte(c) == ts_node_start_byte(c))) c = ts_node_child(last, --i);
        if (is(c, "comment")) break;
        last = c;
    }
    return span_points(p, ts_node_start_point(n), ts_node_end_point(last));
}

static Stmt *unsupported_stmt(P *p, TSNode n, const char *what) {
    Stmt *s = stmt_new(p->a, S_UNSUPPORTED, span_trimmed(p, n));
    s->what = what;
    return s;
}

/* Depth guard around every recursive conversion. */
static bool enter(P *p, TSNode n) {
    if (p->depth >= MAX_DEPTH) {
        if (!p->depth_reported) {
            p->depth_reported = true;
            syntax_error(p, span_of(p, n), "too deeply nested");
        }
        return false;
    }
    p->depth++;
    return true;
}

static void leave(P *p) { p->depth--; }

/* ------------------------------------------------------------ literals ---- */

/* Copies the literal without '_' separators. */
static char *strip_underscores(P *p, const char *t, size_t len) {
    char *s = arena_alloc(p->a, len + 1);
    size_t j = 0;
    for (size_t i = 0; i < len; i++)
        if (t[i] != '_') s[j++] = t[i];
    s[j] = 0;
    return s;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

/* Integer literal: decimal/hex/octal/binary with underscores. The grammar also accepts
 * Python 2 forms (0777, 10L) and imaginary suffixes, which are handled here. */
static Expr *conv_imaginary(P *p, TSNode n, const char *digits) {
    Expr *e = new_expr(p, E_IMAG, n);
    e->fval = strtod(digits, NULL);   /* "12j" and "1.5e3J": strtod stops at the suffix */
    return e;
}

static Expr *conv_integer(P *p, TSNode n) {
    size_t len;
    const char *t = text_ptr(p, n, &len);
    char *s = strip_underscores(p, t, len);
    size_t sl = strlen(s);
    if (sl && (s[sl - 1] == 'j' || s[sl - 1] == 'J')) return conv_imaginary(p, n, s);
    Expr *e = new_expr(p, E_INT, n);
    e->text = arena_strndup(p->a, t, len);
    if (sl && (s[sl - 1] == 'l' || s[sl - 1] == 'L')) {
        syntax_error_at(p, n, "invalid decimal literal");
        return e;
    }
    int base = 10;
    const char *d = s;
    if (s[0] == '0' && s[1]) {
        char b = s[1];
        if (b == 'x' || b == 'X') base = 16;
        else if (b == 'o' || b == 'O') base = 8;
        else if (b == 'b' || b == 'B') base = 2;
        if (base != 10) d = s + 2;
        else if (strspn(s, "0") != sl)
            syntax_error_at(p, n, "leading zeros in decimal integer literals are not permitted; "
                                  "use an 0o prefix for octal integers");
    }
    uint64_t v = 0;
    for (; *d; d++) {
        int dv = digit_value(*d);
        if (dv >= base) { syntax_error_at(p, n, "invalid digit in integer literal"); return e; }
        if (v > (UINT64_MAX - (uint64_t)dv) / (uint64_t)base) { e->big = true; return e; }
        v = v * (uint64_t)base + (uint64_t)dv;
    }
    if (v > (uint64_t)INT64_MAX) e->big = true;
    else e->ival = (int64_t)v;
    return e;
}

static Expr *conv_float(P *p, TSNode n) {
    size_t len;
    const char *t = text_ptr(p, n, &len);
    char *s = strip_underscores(p, t, len);
    size_t sl = strlen(s);
    if (sl && (s[sl - 1] == 'j' || s[sl - 1] == 'J')) return conv_imaginary(p, n, s);
    Expr *e = new_expr(p, E_FLOAT, n);
    e->text = arena_strndup(p->a, t, len);
    e->fval = strtod(s, NULL);
    return e;
}

/* A growable byte buffer in the arena for decoded string values. */
typedef struct Buf { char *data; size_t len, cap; } Buf;

static void buf_put(P *p, Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = arena_alloc(p->a, cap);
        if (b->len) memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void buf_putc(P *p, Buf *b, char c) { buf_put(p, b, &c, 1); }

static void buf_utf8(P *p, Buf *b, uint32_t cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | cp >> 6); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | cp >> 12); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        u[0] = (char)(0xF0 | cp >> 18); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    buf_put(p, b, u, n);
}

typedef struct StrPrefix { bool raw, bytes, fstr, ok; } StrPrefix;

/* Python accepts r, u, b, f and the pairs br/rb, fr/rf (any case). */
static StrPrefix parse_prefix(const char *t, size_t n) {
    StrPrefix sp = {false, false, false, true};
    bool u = false;
    for (size_t i = 0; i < n; i++) {
        char c = (char)(t[i] | 0x20);
        bool *flag = c == 'r' ? &sp.raw : c == 'b' ? &sp.bytes : c == 'f' ? &sp.fstr : c == 'u' ? &u : NULL;
        if (!flag || *flag) sp.ok = false;
        else *flag = true;
    }
    if ((u && n > 1) || (sp.bytes && sp.fstr)) sp.ok = false;
    return sp;
}

/* Decodes one backslash escape at s[i] (s[i] == '\\'); returns the index after it.
 * Reports malformed \x \u \U escapes; \N{...} makes *unsup set. */
static size_t decode_escape(P *p, TSNode n, Buf *b, const char *s, size_t i, size_t end,
                            bool bytes, const char **unsup) {
    i++;
    if (i >= end) { buf_putc(p, b, '\\'); return i; }
    char c = s[i++];
    static const char simple_in[] = "\\'\"abfnrtv", simple_out[] = "\\'\"\a\b\f\n\r\t\v";
    const char *k = c ? strchr(simple_in, c) : NULL;
    if (k) { buf_putc(p, b, simple_out[k - simple_in]); return i; }
    if (c == '\n') return i;
    if (c == '\r') return (i < end && s[i] == '\n') ? i + 1 : i;
    if (c >= '0' && c <= '7') {
        uint32_t v = (uint32_t)(c - '0');
        for (int j = 0; j < 2 && i < end && s[i] >= '0' && s[i] <= '7'; j++) v = v * 8 + (uint32_t)(s[i++] - '0');
        if (bytes) buf_putc(p, b, (char)(v & 0xFF));
        else buf_utf8(p, b, v);
        return i;
    }
    int width = c == 'x' ? 2 : (!bytes && c == 'u') ? 4 : (!bytes && c == 'U') ? 8 : 0;
    if (width) {
        uint32_t v = 0;
        for (int j = 0; j < width; j++) {
            if (i >= end || digit_value(s[i]) > 15) {
                syntax_error_at(p, n, c == 'x' ? "(unicode error) truncated \\xXX escape"
                                      : c == 'u' ? "(unicode error) truncated \\uXXXX escape"
                                                 : "(unicode error) truncated \\UXXXXXXXX escape");
                return i;
            }
            v = v * 16 + (uint32_t)digit_value(s[i++]);
        }
        if (bytes) buf_putc(p, b, (char)v);
        else if (v > 0x10FFFF) syntax_error_at(p, n, "(unicode error) illegal Unicode character");
        else if (v >= 0xD800 && v <= 0xDFFF) *unsup = "lone surrogate in string";
        else buf_utf8(p, b, v);
        return i;
    }
    if (!bytes && c == 'N') {
        *unsup = "named unicode escape";
        return i;
    }
    buf_putc(p, b, '\\');       /* unknown escape: kept as written (CPython warns) */
    buf_putc(p, b, c);
    return i;
}

/* Decodes the body of one string literal (between the quotes) into b. */
static void decode_body(P *p, TSNode n, Buf *b, const char *s, size_t len, StrPrefix pf,
                        const char **unsup) {
    size_t i = 0;
    while (i < len) {
        char c = s[i];
        if (c == '\\' && !pf.raw) { i = decode_escape(p, n, b, s, i, len, pf.bytes, unsup); continue; }
        if (c == '\\' && pf.raw && i + 1 < len) { buf_put(p, b, s + i, 2); i += 2; continue; }
        if (c == '\r') { buf_putc(p, b, '\n'); i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1; continue; }
        if (pf.fstr && (c == '{' || c == '}') && i + 1 < len && s[i + 1] == c) i++;
        if (pf.bytes && (unsigned char)c >= 0x80) {
            syntax_error_at(p, n, "bytes can only contain ASCII literal characters");
            pf.bytes = false;   /* once per literal */
        }
        buf_putc(p, b, c);
        i++;
    }
}

/* ---- f-strings: a JoinedStr of Str pieces and FormattedValue parts ---- */

static Expr *conv_expr(P *p, TSNode n);

/* Appends the decoded text of src[from, to) to the f-string's parts (merging with a
 * preceding text piece). */
static void fstr_text(P *p, Expr *js, TSNode n, uint32_t from, uint32_t to, StrPrefix pf, const char **unsup) {
    if (from >= to || to > p->len) return;
    Buf b = {0};
    decode_body(p, n, &b, p->src + from, to - from, pf, unsup);
    if (!b.len) return;
    Expr *last = js->elts.len ? VEC_AT(js->elts, Expr, js->elts.len - 1) : NULL;
    if (last && last->kind == E_STR) {
        Buf m = {0};
        buf_put(p, &m, last->str, last->str_len);
        buf_put(p, &m, b.data, b.len);
        last->str = m.data;
        last->str_len = m.len;
        return;
    }
    Expr *t = new_expr(p, E_STR, n);
    t->str = b.data;
    t->str_len = b.len;
    vec_push(p->a, &js->elts, t);
}

static Expr *conv_fstring_body(P *p, TSNode n, uint32_t from, uint32_t to, StrPrefix pf, const char **unsup,
                               Expr *js);

/* {expr!conv:spec} (also {expr=}, which adds "expr=" and uses repr by default). */
static Expr *conv_interpolation(P *p, TSNode it, StrPrefix pf, const char **unsup, Expr *js) {
    Expr *fv = new_expr(p, E_FORMATTED, it);
    TSNode ex = field(it, "expression");
    fv->left = conv_expr(p, ex);
    TSNode conv = field(it, "type_conversion");
    if (!ts_node_is_null(conv)) {
        size_t len;
        const char *t = text_ptr(p, conv, &len);
        fv->op = len >= 2 ? t[1] : 0;
        if (fv->op != 'r' && fv->op != 's' && fv->op != 'a')
            syntax_error_at(p, conv, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    if (has_token(p, it, "=")) {   /* self-documenting: the source text, then repr */
        uint32_t a = ts_node_start_byte(it) + 1, b = ts_node_end_byte(ex);
        for (uint32_t i = b; i < ts_node_end_byte(it) && p->src[i] != '!' && p->src[i] != ':' && p->src[i] != '}'; i++)
            b = i + 1;
        Expr *t = new_expr(p, E_STR, it);
        t->str = arena_strndup(p->a, p->src + a, b - a);
        t->str_len = b - a;
        vec_push(p->a, &js->elts, t);
        if (!fv->op && ts_node_is_null(field(it, "format_specifier"))) fv->op = 'r';
    }
    TSNode spec = field(it, "format_specifier");
    if (!ts_node_is_null(spec)) {
        Expr *sj = new_expr(p, E_JOINEDSTR, spec);
        uint32_t from = ts_node_start_byte(spec) + 1;   /* after ':' */
        fv->right = conv_fstring_body(p, spec, from, ts_node_end_byte(spec), pf, unsup, sj);
    }
    return fv;
}

/* The children of a string (or format spec) between byte offsets: text and
 * interpolations in order. */
static Expr *conv_fstring_body(P *p, TSNode n, uint32_t from, uint32_t to, StrPrefix pf, const char **unsup,
                               Expr *js) {
    Kid *k;
    int cnt = kids(p, n, true, &k);
    uint32_t pos = from;
    for (int i = 0; i < cnt; i++) {
        if (!is(k[i].n, "interpolation") && !is(k[i].n, "format_expression")) continue;
        fstr_text(p, js, n, pos, ts_node_start_byte(k[i].n), pf, unsup);
        vec_push(p->a, &js->elts, conv_interpolation(p, k[i].n, pf, unsup, js));
        pos = ts_node_end_byte(k[i].n);
    }
    fstr_text(p, js, n, pos, to, pf, unsup);
    return js;
}

/* One `string` node: prefix, quotes and body come from its string_start/string_end
 * children. An f-string with interpolations adds its parts to *fjs (created on demand). */
static bool conv_string_part(P *p, TSNode n, Buf *b, bool *is_bytes, const char **unsup, Expr **fjs,
                             TSNode whole) {
    Kid *k;
    int cnt = kids(p, n, true, &k);
    TSNode start = {0}, end = {0};
    bool has_start = false, has_end = false;
    bool interp = false;
    for (int i = 0; i < cnt; i++) {
        if (is(k[i].n, "string_start")) { start = k[i].n; has_start = true; }
        else if (is(k[i].n, "string_end")) { end = k[i].n; has_end = true; }
        else if (is(k[i].n, "interpolation")) interp = true;
    }
    if (!has_start || !has_end || ts_node_is_missing(end)) return false;
    size_t slen;
    const char *st = text_ptr(p, start, &slen);
    size_t q = strcspn(st, "'\"");
    if (q > slen) q = slen;
    StrPrefix pf = parse_prefix(st, q);
    if (!pf.ok) syntax_error_at(p, n, "invalid string prefix");
    *is_bytes = pf.bytes;
    /* The body ends where the closing quote(s) do: tree-sitter-python's scanner puts the
     * backslashes of a raw string that ends in them (r'\\') into the string_end token. */
    uint32_t from = ts_node_end_byte(start), quotes = (uint32_t)(slen - q);
    uint32_t to = ts_node_end_byte(end) >= from + quotes ? ts_node_end_byte(end) - quotes : ts_node_start_byte(end);
    if (interp || *fjs) {
        if (!*fjs) {   /* earlier plain parts of a concatenation become the first piece */
            *fjs = new_expr(p, E_JOINEDSTR, whole);
            if (b->len) {
                Expr *t = new_expr(p, E_STR, whole);
                t->str = arena_strndup(p->a, b->data, b->len);
                t->str_len = b->len;
                vec_push(p->a, &(*fjs)->elts, t);
            }
        }
        if (from <= to && to <= p->len) conv_fstring_body(p, n, from, to, pf, unsup, *fjs);
        return true;
    }
    if (from <= to && to <= p->len) decode_body(p, n, b, p->src + from, to - from, pf, unsup);
    return true;
}

/* string or concatenated_string -> Str / Bytes (implicit concatenation joined). */
static Expr *conv_string(P *p, TSNode n) {
    Kid one = {n, 0}, *parts = &one;
    int cnt = 1;
    if (is(n, "concatenated_string")) cnt = kids(p, n, false, &parts);
    Buf b = {0};
    const char *unsup = NULL;
    int nbytes = 0, nstr = 0;
    Expr *fjs = NULL;
    for (int i = 0; i < cnt; i++) {
        if (!is(parts[i].n, "string")) continue;
        bool bytes = false;
        if (!conv_string_part(p, parts[i].n, &b, &bytes, &unsup, &fjs, n)) continue;
        if (bytes) nbytes++;
        else nstr++;
    }
    if (nbytes && nstr) syntax_error_at(p, n, "cannot mix bytes and nonbytes literals");
    if (unsup) return unsupported_expr(p, n, unsup);
    if (fjs) return fjs;
    Expr *e = new_expr(p, nbytes && !nstr ? E_BYTES : E_STR, n);
    e->str = b.data ? b.data : "";
    e->str_len = b.len;
    return e;
}

/* --------------------------------------------------------- expressions ---- */

static Expr *conv_expr(P *p, TSNode n);
static Expr *conv_target(P *p, TSNode n);

/* Does node `n`'s text read `text`? */
static bool text_is(P *p, TSNode n, const char *text) {
    size_t len;
    const char *t = text_ptr(p, n, &len);
    return strlen(text) == len && memcmp(t, text, len) == 0;
}

/* The operator `len` bytes at `t` read (-1: none). */
static int lookup_binop(const char *t, size_t len) {
    for (int i = 0; i < OP__COUNT; i++) {
        const char *op = binop_text((BinOp)i);
        if (strlen(op) == len && memcmp(op, t, len) == 0) return i;
    }
    return -1;
}

static Expr *conv_binop(P *p, TSNode n) {
    Expr *e = new_expr(p, E_BINOP, n);
    e->left = conv_expr(p, field(n, "left"));
    e->right = conv_expr(p, field(n, "right"));
    size_t len;
    const char *op = text_ptr(p, field(n, "operator"), &len);
    int o = lookup_binop(op, len);
    e->op = o < 0 ? OP_ADD : o;
    return e;
}

static Expr *conv_unary(P *p, TSNode n) {
    Expr *e = new_expr(p, E_UNARYOP, n);
    TSNode op = field(n, "operator");
    e->op = text_is(p, op, "-") ? UOP_NEG : text_is(p, op, "~") ? UOP_INVERT : UOP_POS;
    e->left = conv_expr(p, field(n, "argument"));
    return e;
}

static Expr *conv_not(P *p, TSNode n) {
    Expr *e = new_expr(p, E_UNARYOP, n);
    e->op = UOP_NOT;
    e->left = conv_expr(p, field(n, "argument"));
    return e;
}

static Expr *conv_boolop(P *p, TSNode n) {
    Expr *e = new_expr(p, E_BOOLOP, n);
    TSNode op = field(n, "operator");
    e->op = !ts_node_is_null(op) && is(op, "or") ? BOOL_OR : BOOL_AND;
    e->left = conv_expr(p, field(n, "left"));
    e->right = conv_expr(p, field(n, "right"));
    return e;
}

static const struct { const char *text; CmpOp op; } cmp_table[] = {
    {"<", CMP_LT}, {"<=", CMP_LE}, {"==", CMP_EQ}, {"!=", CMP_NE}, {">", CMP_GT},
    {">=", CMP_GE}, {"is", CMP_IS}, {"is not", CMP_ISNOT}, {"in", CMP_IN}, {"not in", CMP_NOTIN},
};

/* Operators are the `operators` field tokens; `is not` / `not in` may arrive as one
 * aliased token or as two, so the text is normalised first. */
static Expr *conv_compare(P *p, TSNode n) {
    Expr *e = new_expr(p, E_COMPARE, n);
    Kid *k;
    int cnt = kids(p, n, true, &k);
    e->cmp_ops = ARENA_ARRAY(p->a, int, cnt + 1);
    int nops = 0;
    for (int i = 0; i < cnt; i++) {
        if (!field_is(&k[i], "operators")) {
            if (ts_node_is_named(k[i].n)) vec_push(p->a, &e->elts, conv_expr(p, k[i].n));
            continue;
        }
        const char *t = ts_node_type(k[i].n);
        bool not = is(k[i].n, "not");
        if (not && nops && e->cmp_ops[nops - 1] == CMP_IS) { e->cmp_ops[nops - 1] = CMP_ISNOT; continue; }
        if (is(k[i].n, "in") && i > 0 && field_is(&k[i - 1], "operators") && is(k[i - 1].n, "not")) {
            e->cmp_ops[nops++] = CMP_NOTIN; continue;
        }
        if (not) continue;   /* first half of a split `not in` */
        if (strcmp(t, "<>") == 0) { syntax_error_at(p, k[i].n, "invalid syntax"); t = "!="; }
        CmpOp op = CMP_EQ;
        for (size_t j = 0; j < sizeof cmp_table / sizeof cmp_table[0]; j++)
            if (strcmp(cmp_table[j].text, t) == 0) op = cmp_table[j].op;
        e->cmp_ops[nops++] = (int)op;
    }
    while (nops < e->elts.len - 1) e->cmp_ops[nops++] = CMP_EQ;   /* malformed tree */
    return e;
}

static Expr *conv_name(P *p, TSNode n) {
    Expr *e = new_expr(p, E_NAME, n);
    e->id = text_of(p, n);
    return e;
}

/* tree-sitter-python parses `[*f(x)]` (a splat alone in a list) as a call whose
 * function is the splat `*f`, and likewise for attributes and subscripts; the star
 * belongs to the whole postfix expression, as CPython parses it: Starred(Call(f, x)).
 * `operand` is e's slot holding the splat; returns the expression to use for e. */
static Expr *hoist_star(Expr *e, Expr **operand) {
    Expr *star = *operand;
    if (!star || star->kind != E_STARRED) return e;
    *operand = star->left;
    e->span.line = star->left->span.line;
    e->span.col = star->left->span.col;
    star->left = e;
    star->span.end_line = e->span.end_line;
    star->span.end_col = e->span.end_col;
    return star;
}

static Expr *conv_attribute(P *p, TSNode n) {
    Expr *e = new_expr(p, E_ATTRIBUTE, n);
    e->left = conv_expr(p, field(n, "object"));
    TSNode a = field(n, "attribute");
    e->id = ts_node_is_null(a) ? "?" : text_of(p, a);
    return hoist_star(e, &e->left);
}

static Expr *conv_slice(P *p, TSNode n) {
    Expr *e = new_expr(p, E_SLICE, n);
    Kid *k;
    int cnt = kids(p, n, true, &k), colons = 0;
    for (int i = 0; i < cnt; i++) {
        if (!ts_node_is_named(k[i].n)) { colons += is(k[i].n, ":"); continue; }
        Expr *x = conv_expr(p, k[i].n);
        if (colons == 0) e->lower = x;
        else if (colons == 1) e->upper = x;
        else e->step = x;
    }
    return e;
}

/* a[i], a[i, j] (a Tuple index spanning the items), a[i,] and slices. */
static Expr *conv_subscript(P *p, TSNode n) {
    Expr *e = new_expr(p, E_SUBSCRIPT, n);
    e->left = conv_expr(p, field(n, "value"));
    Kid *k;
    int cnt = kids(p, n, true, &k);
    PtrVec idx = {0};
    bool comma = false;
    for (int i = 0; i < cnt; i++) {
        if (field_is(&k[i], "subscript")) vec_push(p->a, &idx, conv_expr(p, k[i].n));
        else if (is(k[i].n, ",")) comma = true;
    }
    if (idx.len == 1 && !comma) e->right = VEC_AT(idx, Expr, 0);
    else if (idx.len > 0) {
        Expr *t = expr_new(p->a, E_TUPLE, span_join(VEC_AT(idx, Expr, 0)->span, VEC_AT(idx, Expr, idx.len - 1)->span));
        t->elts = idx;
        e->right = t;
    } else e->right = unsupported_expr(p, n, "invalid syntax");
    return hoist_star(e, &e->left);
}

static Expr *conv_starred(P *p, TSNode n) {
    Expr *e = new_expr(p, E_STARRED, n);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    e->left = cnt ? conv_expr(p, k[0].n) : unsupported_expr(p, n, "invalid syntax");
    return e;
}

static Expr *conv_keyword_splat(P *p, TSNode n, Keyword *kw) {
    Kid *k;
    int cnt = kids(p, n, false, &k);
    kw->span = span_of(p, n);
    return cnt ? conv_expr(p, k[0].n) : unsupported_expr(p, n, "invalid syntax");
}

/* Call arguments, with CPython's ordering rules (positional after keyword, ...). */
static void conv_arguments(P *p, TSNode args, PtrVec *elts, PtrVec *keywords) {
    if (is(args, "generator_expression")) {   /* f(x for x in xs) */
        vec_push(p->a, elts, conv_expr(p, args));
        return;
    }
    Kid *k;
    int cnt = kids(p, args, false, &k);
    bool seen_kw = false, seen_kwsplat = false;
    for (int i = 0; i < cnt; i++) {
        TSNode a = k[i].n;
        if (is(a, "keyword_argument")) {
            Keyword *kw = ARENA_NEW(p->a, Keyword);
            TSNode nm = field(a, "name");
            kw->name = ts_node_is_null(nm) ? "?" : text_of(p, nm);
            kw->value = conv_expr(p, field(a, "value"));
            kw->span = span_of(p, a);
            for (int j = 0; j < keywords->len; j++) {
                Keyword *o = VEC_AT(*keywords, Keyword, j);
                if (o->name && strcmp(o->name, kw->name) == 0) {
                    syntax_error_at(p, a, arena_printf(p->a, "keyword argument repeated: %s", kw->name));
                    break;
                }
            }
            vec_push(p->a, keywords, kw);
            seen_kw = true;
        } else if (is(a, "dictionary_splat")) {
            Keyword *kw = ARENA_NEW(p->a, Keyword);
            kw->value = conv_keyword_splat(p, a, kw);
            vec_push(p->a, keywords, kw);
            seen_kwsplat = true;
        } else {
            bool star = is(a, "list_splat");
            if (seen_kwsplat)
                syntax_error_at(p, a, star ? "iterable argument unpacking follows keyword argument unpacking"
                                           : "positional argument follows keyword argument unpacking");
            else if (seen_kw && !star) syntax_error_at(p, a, "positional argument follows keyword argument");
            vec_push(p->a, elts, conv_expr(p, a));
        }
    }
}

static Expr *conv_call(P *p, TSNode n) {
    Expr *e = new_expr(p, E_CALL, n);
    e->func = conv_expr(p, field(n, "function"));
    TSNode args = field(n, "arguments");
    if (!ts_node_is_null(args)) conv_arguments(p, args, &e->elts, &e->keywords);
    return hoist_star(e, &e->func);
}

/* tuple / list / set / expression_list / pattern_list: the named children are items. */
static Expr *conv_sequence(P *p, TSNode n, ExprKind kind) {
    Expr *e = new_expr(p, kind, n);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++) vec_push(p->a, &e->elts, conv_expr(p, k[i].n));
    return e;
}

/* `(x)` as a target is a tuple_pattern of one item without a comma: just x. */
static Expr *conv_tuple(P *p, TSNode n) {
    Kid *k;
    if (is(n, "tuple_pattern") && kids(p, n, false, &k) == 1 && !has_token(p, n, ",")) {
        Expr *e = conv_expr(p, k[0].n);
        e->parenthesized = true;
        return e;
    }
    return conv_sequence(p, n, E_TUPLE);
}
static Expr *conv_list(P *p, TSNode n) { return conv_sequence(p, n, E_LIST); }
static Expr *conv_set(P *p, TSNode n) { return conv_sequence(p, n, E_SET); }

static Expr *conv_dict(P *p, TSNode n) {
    Expr *e = new_expr(p, E_DICT, n);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++) {
        TSNode it = k[i].n;
        if (is(it, "pair")) {
            vec_push(p->a, &e->elts, conv_expr(p, field(it, "key")));
            vec_push(p->a, &e->values, conv_expr(p, field(it, "value")));
        } else if (is(it, "dictionary_splat")) {
            Keyword tmp;
            vec_push(p->a, &e->elts, NULL);
            vec_push(p->a, &e->values, conv_keyword_splat(p, it, &tmp));
        }
    }
    return e;
}

static void conv_params(P *p, TSNode params, PtrVec *out);

/* (name := value) */
static Expr *conv_named(P *p, TSNode n) {
    Expr *e = new_expr(p, E_NAMEDEXPR, n);
    e->left = conv_target(p, field(n, "name"));
    e->right = conv_expr(p, field(n, "value"));
    if (e->left->kind != E_NAME) syntax_error(p, e->left->span, "cannot use assignment expressions with this target");
    return e;
}

/* lambda params: body -> a Lambda holding a FunctionDef `<lambda>` returning body. */
static Expr *conv_lambda(P *p, TSNode n) {
    Expr *e = new_expr(p, E_LAMBDA, n);
    Stmt *def = stmt_new(p->a, S_FUNCDEF, span_of(p, n));
    def->name = "<lambda>";
    TSNode params = field(n, "parameters");
    if (!ts_node_is_null(params)) conv_params(p, params, &def->params);
    Expr *body = conv_expr(p, field(n, "body"));
    Stmt *ret = stmt_new(p->a, S_RETURN, body->span);
    ret->value = body;
    vec_push(p->a, &def->body, ret);
    e->def = def;
    return e;
}

static Expr *conv_expr_children(P *p, TSNode stmt, Kid *k, int cnt, bool comma);
static Expr *conv_comprehension(P *p, TSNode n);

/* yield [value] / yield from value */
static Expr *conv_yield(P *p, TSNode n) {
    bool from = has_token(p, n, "from");
    Expr *e = new_expr(p, from ? E_YIELDFROM : E_YIELD, n);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    if (cnt > 0) e->left = conv_expr_children(p, n, k, cnt, false);
    if (from && !e->left) return unsupported_expr(p, n, "invalid syntax");
    return e;
}

static Stmt *genexp_loop(P *p, Expr *e, Comprehension *q, Expr *iter, int level, PtrVec *comps);

/* await value */
static Expr *conv_await(P *p, TSNode n) {
    Expr *e = new_expr(p, E_AWAIT, n);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    if (cnt > 0) e->left = conv_expr_children(p, n, k, cnt, false);
    if (!e->left) return unsupported_expr(p, n, "invalid syntax");
    return e;
}

/* (elt for t0 in it0 if c0 for t1 in it1 ...): a GeneratorExp holding the generator
 * `def <genexpr>(.0): for t0 in .0: if c0: for t1 in it1: ... yield elt`, as CPython
 * compiles it; `left` is it0, which the enclosing scope evaluates (and iter()s). */
static Expr *conv_genexp(P *p, TSNode n) {
    Expr *comp = conv_comprehension(p, n);
    if (comp->kind == E_UNSUPPORTED) return comp;
    Expr *e = expr_new(p->a, E_GENEXP, comp->span);
    Comprehension *q0 = VEC_AT(comp->comps, Comprehension, 0);
    e->left = q0->iter;
    Stmt *def = stmt_new(p->a, S_FUNCDEF, comp->span);
    def->name = "<genexpr>";
    Param *pa = ARENA_NEW(p->a, Param);
    pa->name = ".0";
    pa->kind = PARAM_POS;
    pa->span = q0->iter->span;
    vec_push(p->a, &def->params, pa);
    Expr *arg = expr_new(p->a, E_NAME, q0->iter->span);
    arg->id = ".0";
    comp->kind = E_GENEXP;   /* the element, for genexp_loop */
    for (int i = 0; i < comp->comps.len; i++)   /* `async for` makes an async generator */
        def->is_async |= VEC_AT(comp->comps, Comprehension, i)->is_async;
    vec_push(p->a, &def->body, genexp_loop(p, comp, q0, arg, 0, &comp->comps));
    e->def = def;
    return e;
}

/* One `for` level of a generator expression and, innermost, `yield elt`. */
static Stmt *genexp_loop(P *p, Expr *e, Comprehension *q, Expr *iter, int level, PtrVec *comps) {
    Stmt *loop = stmt_new(p->a, S_FOR, q->span);
    loop->is_async = q->is_async;
    loop->target = q->target;
    loop->iter = iter;
    PtrVec *body = &loop->body;
    for (int i = 0; i < q->ifs.len; i++) {
        Expr *cond = VEC_AT(q->ifs, Expr, i);
        Stmt *test = stmt_new(p->a, S_IF, cond->span);
        test->test = cond;
        vec_push(p->a, body, test);
        body = &test->body;
    }
    if (level + 1 < comps->len) {
        Comprehension *next = VEC_AT(*comps, Comprehension, level + 1);
        vec_push(p->a, body, genexp_loop(p, e, next, next->iter, level + 1, comps));
        return loop;
    }
    Expr *y = expr_new(p->a, E_YIELD, e->body->span);
    y->left = e->body;
    y->what = "generator expression";   /* tells the checker it is no user yield */
    Stmt *st = stmt_new(p->a, S_EXPR, e->body->span);
    st->value = y;
    vec_push(p->a, body, st);
    return loop;
}

/* [body for target in iter if cond ...] and the set/dict forms. */
static Expr *conv_comprehension(P *p, TSNode n) {
    ExprKind kind = is(n, "list_comprehension") ? E_LISTCOMP : is(n, "set_comprehension") ? E_SETCOMP
                  : is(n, "generator_expression") ? E_GENEXP : E_DICTCOMP;
    Expr *e = new_expr(p, kind, n);
    TSNode body = field(n, "body");
    if (kind == E_DICTCOMP) {
        e->left = conv_expr(p, field(body, "key"));
        e->right = conv_expr(p, field(body, "value"));
    } else {
        e->body = conv_expr(p, body);
    }
    Kid *k;
    int cnt = kids(p, n, false, &k);
    Comprehension *cur = NULL;
    for (int i = 0; i < cnt; i++) {
        TSNode c = k[i].n;
        if (is(c, "for_in_clause")) {
            cur = ARENA_NEW(p->a, Comprehension);
            cur->is_async = has_token(p, c, "async");
            cur->span = span_of(p, c);
            cur->target = conv_target(p, field(c, "left"));
            cur->iter = conv_expr(p, field(c, "right"));
            vec_push(p->a, &e->comps, cur);
        } else if (is(c, "if_clause") && cur) {
            Kid *ck;
            if (kids(p, c, false, &ck) >= 1) vec_push(p->a, &cur->ifs, conv_expr(p, ck[0].n));
        }
    }
    if (!e->comps.len) return unsupported_expr(p, n, "invalid syntax");
    return e;
}

static Expr *conv_ifexp(P *p, TSNode n) {
    Expr *e = new_expr(p, E_IFEXP, n);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    Expr *parts[3] = {0};
    for (int i = 0; i < cnt && i < 3; i++) parts[i] = conv_expr(p, k[i].n);
    for (int i = 0; i < 3; i++)
        if (!parts[i]) parts[i] = unsupported_expr(p, n, "invalid syntax");
    e->body = parts[0];
    e->test = parts[1];
    e->orelse = parts[2];
    return e;
}

/* (x): the inner node keeps its own span (as in CPython) and is marked parenthesized. */
static Expr *conv_paren(P *p, TSNode n) {
    Kid *k;
    int cnt = kids(p, n, false, &k);
    if (cnt != 1) return unsupported_expr(p, n, "invalid syntax");
    Expr *e = conv_expr(p, k[0].n);
    e->parenthesized = true;
    return e;
}

static Expr *conv_constant(P *p, TSNode n) {
    ExprKind k = is(n, "true") ? E_TRUE : is(n, "false") ? E_FALSE : is(n, "none") ? E_NONE : E_ELLIPSIS;
    return new_expr(p, k, n);
}

/* Annotations: `type` wraps an expression, or (grammar-specific) generic_type
 * `X[a, b]`, union_type `a | b`, member_type `a.b`. They map onto ordinary
 * Subscript / BinOp / Attribute nodes. */
static Expr *conv_type_params(P *p, TSNode tp) {
    Kid *k;
    int cnt = kids(p, tp, false, &k);
    if (cnt == 1) return conv_expr(p, k[0].n);
    Expr *t = new_expr(p, E_TUPLE, tp);
    for (int i = 0; i < cnt; i++) vec_push(p->a, &t->elts, conv_expr(p, k[i].n));
    if (cnt > 1) t->span = span_join(VEC_AT(t->elts, Expr, 0)->span, VEC_AT(t->elts, Expr, cnt - 1)->span);
    return t;
}

static Expr *conv_generic_type(P *p, TSNode n) {
    Kid *k;
    int cnt = kids(p, n, false, &k);
    if (cnt != 2) return unsupported_expr(p, n, "invalid syntax");
    Expr *e = new_expr(p, E_SUBSCRIPT, n);
    e->left = conv_expr(p, k[0].n);
    e->right = conv_type_params(p, k[1].n);
    return e;
}

static Expr *conv_union_type(P *p, TSNode n) {
    Kid *k;
    int cnt = kids(p, n, false, &k);
    if (cnt != 2) return unsupported_expr(p, n, "invalid syntax");
    Expr *e = new_expr(p, E_BINOP, n);
    e->op = OP_BITOR;
    e->left = conv_expr(p, k[0].n);
    e->right = conv_expr(p, k[1].n);
    return e;
}

static Expr *conv_member_type(P *p, TSNode n) {
    Kid *k;
    int cnt = kids(p, n, false, &k);
    if (cnt != 2) return unsupported_expr(p, n, "invalid syntax");
    Expr *e = new_expr(p, E_ATTRIBUTE, n);
    e->left = conv_expr(p, k[0].n);
    e->id = text_of(p, k[1].n);
    return e;
}

static Expr *conv_wrapper(P *p, TSNode n) {   /* `type`, `type_parameter` of one item */
    Kid *k;
    int cnt = kids(p, n, false, &k);
    if (cnt != 1) return unsupported_expr(p, n, "invalid syntax");
    return conv_expr(p, k[0].n);
}

typedef Expr *(*ExprFn)(P *p, TSNode n);

static const struct { const char *type; ExprFn fn; } expr_table[] = {
    {"identifier", conv_name},           {"integer", conv_integer},
    {"float", conv_float},               {"string", conv_string},
    {"concatenated_string", conv_string},{"true", conv_constant},
    {"false", conv_constant},            {"none", conv_constant},
    {"ellipsis", conv_constant},         {"binary_operator", conv_binop},
    {"unary_operator", conv_unary},      {"not_operator", conv_not},
    {"boolean_operator", conv_boolop},   {"comparison_operator", conv_compare},
    {"call", conv_call},                 {"attribute", conv_attribute},
    {"subscript", conv_subscript},       {"slice", conv_slice},
    {"conditional_expression", conv_ifexp}, {"parenthesized_expression", conv_paren},
    {"tuple", conv_tuple},               {"expression_list", conv_tuple},
    {"pattern_list", conv_tuple},        {"tuple_pattern", conv_tuple},
    {"list", conv_list},                 {"list_pattern", conv_list},
    {"set", conv_set},                   {"dictionary", conv_dict},
    {"lambda", conv_lambda},             {"named_expression", conv_named},
    {"list_comprehension", conv_comprehension}, {"set_comprehension", conv_comprehension},
    {"dictionary_comprehension", conv_comprehension},
    {"generator_expression", conv_genexp}, {"yield", conv_yield}, {"await", conv_await},
    {"list_splat", conv_starred},        {"list_splat_pattern", conv_starred},
    {"parenthesized_list_splat", conv_paren},
    {"type", conv_wrapper},              {"generic_type", conv_generic_type},
    {"union_type", conv_union_type},     {"member_type", conv_member_type},
};

/* Expression syntax with no AST node: the construct's name for the checker's message. */
static const struct { const char *type, *what; } unsupported_exprs[] = {
    {"dictionary_splat", "dict unpacking"},
    {"keyword_argument", "keyword argument"},
    {"as_pattern", "as pattern"},
    {"constrained_type", "constrained type"},
    {"splat_type", "unpacked type"},
};

/* Which expr_table entry (+1) or, negated, unsupported_exprs entry (-1) handles a grammar
 * symbol: the tables looked up by symbol instead of by comparing type names. Built once,
 * before any parser thread starts (conv_tables_init). */
static signed char *expr_by_sym;
static uint32_t nsyms;

static void build_expr_by_sym(void) {
    const TSLanguage *lang = tree_sitter_python();
    nsyms = ts_language_symbol_count(lang);
    expr_by_sym = calloc(nsyms + 1, 1);
    if (!expr_by_sym) { fputs("spc: out of memory\n", stderr); exit(2); }
    for (uint32_t s = 0; s < nsyms; s++) {
        const char *t = ts_language_symbol_name(lang, (TSSymbol)s);
        for (size_t i = 0; t && i < sizeof expr_table / sizeof expr_table[0] && !expr_by_sym[s]; i++)
            if (strcmp(expr_table[i].type, t) == 0) expr_by_sym[s] = (signed char)(i + 1);
        for (size_t i = 0; t && i < sizeof unsupported_exprs / sizeof unsupported_exprs[0] && !expr_by_sym[s]; i++)
            if (strcmp(unsupported_exprs[i].type, t) == 0) expr_by_sym[s] = (signed char)-(int)(i + 1);
    }
}

static Expr *conv_expr_kind(P *p, TSNode n) {
    if (!expr_by_sym) build_expr_by_sym();
    TSSymbol sym = ts_node_symbol(n);
    int x = sym < nsyms ? expr_by_sym[sym] : 0;
    if (x > 0) return expr_table[x - 1].fn(p, n);
    if (x < 0) return unsupported_expr(p, n, unsupported_exprs[-x - 1].what);
    const char *t = ts_node_type(n);
    if (ts_node_is_named(n) && !ts_node_is_missing(n) && strcmp(t, "ERROR") != 0)
        return unsupported_expr(p, n, arena_strdup(p->a, t));
    return unsupported_expr(p, n, "invalid syntax");   /* reported by the error walk */
}

static Expr *conv_expr(P *p, TSNode n) {
    if (ts_node_is_null(n)) return expr_new(p->a, E_UNSUPPORTED, (Span){1, 1, 1, 1});
    if (!enter(p, n)) return unsupported_expr(p, n, "too deeply nested");
    Expr *e = conv_expr_kind(p, n);
    leave(p);
    if (e->kind == E_UNSUPPORTED && !e->what) e->what = "invalid syntax";
    return e;
}

/* Expression that may be a bare `a, b` list (several children of a statement). */
static Expr *conv_expr_children(P *p, TSNode stmt, Kid *k, int cnt, bool comma) {
    if (cnt == 1 && !comma) return conv_expr(p, k[0].n);
    Expr *t = new_expr(p, E_TUPLE, stmt);
    for (int i = 0; i < cnt; i++) vec_push(p->a, &t->elts, conv_expr(p, k[i].n));
    return t;
}

/* ------------------------------------------------------------- targets ---- */

/* CPython's word for an expression that cannot be a target. */
static const char *target_desc(const Expr *e) {
    switch (e->kind) {
    case E_INT: case E_FLOAT: case E_IMAG: case E_STR: case E_BYTES: return "literal";
    case E_TRUE: return "True";
    case E_FALSE: return "False";
    case E_NONE: return "None";
    case E_ELLIPSIS: return "ellipsis";
    case E_CALL: return "function call";
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_UNSUPPORTED: return NULL;   /* already its own problem */
    default: return "expression";
    }
}

/* Verifies e can be stored to / deleted; reports the first offender. */
static void check_target(P *p, Expr *e, bool del, bool in_seq) {
    switch (e->kind) {
    case E_NAME: case E_ATTRIBUTE: case E_SUBSCRIPT: return;
    case E_TUPLE: case E_LIST: {
        int stars = 0;
        for (int i = 0; i < e->elts.len; i++) {
            Expr *x = VEC_AT(e->elts, Expr, i);
            stars += x->kind == E_STARRED;
            check_target(p, x, del, true);
        }
        if (stars > 1 && !del) syntax_error(p, e->span, "multiple starred expressions in assignment");
        return;
    }
    case E_STARRED:
        if (del) syntax_error(p, e->span, "cannot delete starred");
        else if (!in_seq) syntax_error(p, e->span, "starred assignment target must be in a list or tuple");
        else check_target(p, e->left, del, false);
        return;
    default: {
        const char *what = target_desc(e);
        if (!what) return;
        syntax_error(p, e->span, arena_printf(p->a, del ? "cannot delete %s" : "cannot assign to %s", what));
    }
    }
}

static Expr *conv_target(P *p, TSNode n) {
    Expr *e = conv_expr(p, n);
    check_target(p, e, false, false);
    return e;
}

/* ---------------------------------------------------------- statements ---- */

static void conv_block(P *p, TSNode block, PtrVec *out);
static void conv_stmt(P *p, TSNode n, PtrVec *out);

/* `x: T [= v]`, `a = b = v` (chained assignments are nested in the CST). */
static Stmt *conv_assignment(P *p, TSNode stmt, TSNode n) {
    TSNode type = field(n, "type");
    if (!ts_node_is_null(type)) {
        Stmt *s = stmt_new(p->a, S_ANNASSIGN, span_of(p, stmt));
        s->target = conv_target(p, field(n, "left"));
        if (s->target->kind == E_TUPLE || s->target->kind == E_LIST)
            syntax_error(p, s->target->span, s->target->kind == E_TUPLE
                             ? "only single target (not tuple) can be annotated"
                             : "only single target (not list) can be annotated");
        s->annotation = conv_expr(p, type);
        TSNode right = field(n, "right");
        if (!ts_node_is_null(right)) s->value = conv_expr(p, right);
        return s;
    }
    Stmt *s = stmt_new(p->a, S_ASSIGN, span_of(p, stmt));
    TSNode cur = n;
    for (;;) {
        vec_push(p->a, &s->targets, conv_target(p, field(cur, "left")));
        TSNode right = field(cur, "right");
        if (ts_node_is_null(right)) { s->value = unsupported_expr(p, cur, "invalid syntax"); break; }
        if (is(right, "assignment") && ts_node_is_null(field(right, "type"))) { cur = right; continue; }
        if (is(right, "assignment") || is(right, "augmented_assignment")) {
            syntax_error_at(p, right, "invalid syntax");
            s->value = unsupported_expr(p, right, "invalid syntax");
        } else s->value = conv_expr(p, right);
        break;
    }
    return s;
}

static Stmt *conv_augassign(P *p, TSNode stmt, TSNode n) {
    Stmt *s = stmt_new(p->a, S_AUGASSIGN, span_of(p, stmt));
    s->target = conv_expr(p, field(n, "left"));
    ExprKind k = s->target->kind;
    if (k != E_NAME && k != E_ATTRIBUTE && k != E_SUBSCRIPT && k != E_UNSUPPORTED) {
        const char *what = k == E_TUPLE ? "tuple" : k == E_LIST ? "list" : k == E_STARRED ? "starred" : "expression";
        syntax_error(p, s->target->span,
                     arena_printf(p->a, "'%s' is an illegal expression for augmented assignment", what));
    }
    size_t len;
    const char *op = text_ptr(p, field(n, "operator"), &len);
    int o = lookup_binop(op, len ? len - 1 : 0);   /* "+=" -> "+" */
    s->op = o < 0 ? OP_ADD : o;
    s->value = conv_expr(p, field(n, "right"));
    return s;
}

static void conv_expression_statement(P *p, TSNode n, PtrVec *out) {
    Kid *k;
    int cnt = kids(p, n, false, &k);
    if (cnt == 0) return;
    if (cnt == 1 && is(k[0].n, "assignment")) { vec_push(p->a, out, conv_assignment(p, n, k[0].n)); return; }
    if (cnt == 1 && is(k[0].n, "augmented_assignment")) { vec_push(p->a, out, conv_augassign(p, n, k[0].n)); return; }
    Stmt *s = stmt_new(p->a, S_EXPR, span_of(p, n));
    s->value = conv_expr_children(p, n, k, cnt, has_token(p, n, ","));
    vec_push(p->a, out, s);
}

/* Compound statement body; an empty block is CPython's IndentationError. */
static void conv_body(P *p, TSNode owner, TSNode block, const char *after, PtrVec *out) {
    if (ts_node_is_null(block)) return;
    conv_block(p, block, out);
    if (out->len || ts_node_has_error(owner)) return;
    Kid *k;
    if (kids(p, block, false, &k) > 0) return;   /* only an error / comment inside */
    TSNode next = ts_node_next_sibling(owner);
    Span sp = span_of(p, block);
    if (!ts_node_is_null(next)) sp = span_of(p, next);
    syntax_error(p, sp, arena_printf(p->a, "expected an indented block after %s on line %d", after,
                                     (int)ts_node_start_point(owner).row + 1));
}

static void conv_else(P *p, TSNode alt, const char *after, PtrVec *out) {
    if (ts_node_is_null(alt) || !is(alt, "else_clause")) return;
    conv_body(p, alt, field(alt, "body"), after, out);
}

/* tree-sitter's block ends after trailing comments; CPython's compound statement ends
 * with its last statement. */
static Stmt *fit_end(Stmt *s) {
    const PtrVec *v = s->orelse.len ? &s->orelse : &s->body;
    if (v->len) {
        Span last = VEC_AT(*v, Stmt, v->len - 1)->span;
        s->span.end_line = last.end_line;
        s->span.end_col = last.end_col;
    }
    return s;
}

static Stmt *conv_if(P *p, TSNode n) {
    Stmt *top = stmt_new(p->a, S_IF, span_of(p, n));
    top->test = conv_expr(p, field(n, "condition"));
    conv_body(p, n, field(n, "consequence"), "'if' statement", &top->body);
    Stmt *cur = top;
    PtrVec chain = {0};   /* the elif Ifs, outermost first */
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++) {
        if (!field_is(&k[i], "alternative")) continue;
        TSNode alt = k[i].n;
        if (is(alt, "elif_clause")) {
            Stmt *s = stmt_new(p->a, S_IF, span_join(span_of(p, alt), top->span));
            s->test = conv_expr(p, field(alt, "condition"));
            conv_body(p, alt, field(alt, "consequence"), "'elif' statement", &s->body);
            vec_push(p->a, &cur->orelse, s);
            vec_push(p->a, &chain, s);
            cur = s;
        } else conv_else(p, alt, "'else' statement", &cur->orelse);
    }
    for (int i = chain.len - 1; i >= 0; i--) fit_end(VEC_AT(chain, Stmt, i));
    return fit_end(top);
}

static Stmt *conv_while(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_WHILE, span_of(p, n));
    s->test = conv_expr(p, field(n, "condition"));
    conv_body(p, n, field(n, "body"), "'while' statement", &s->body);
    conv_else(p, field(n, "alternative"), "'else' statement", &s->orelse);
    return fit_end(s);
}

static bool has_async(P *p, TSNode n) { return has_token(p, n, "async"); }

/* ---- match (PEP 634). tree-sitter's pattern nodes: case_pattern wraps one pattern
 * (none: `_`); dotted_name is a capture (one name) or a value; a '-' token before a
 * number negates it; class/keyword/splat/as/union/list/tuple/dict patterns. */

static Expr *conv_pattern(P *p, TSNode n);
static Expr *conv_pattern_or_value(P *p, TSNode n, bool neg);

/* A capture: the pattern's id, and a Name in `right` that later stages use as the
 * assignment target. */
static void capture(P *p, Expr *e, TSNode at, const char *name) {
    if (!name || strcmp(name, "_") == 0) return;
    e->id = name;
    e->right = new_expr(p, E_NAME, at);
    e->right->id = name;
}

static Expr *match_as(P *p, TSNode n, Expr *sub, const char *name) {
    Expr *e = new_expr(p, E_MATCH_AS, n);
    e->left = sub;
    capture(p, e, n, name);
    return e;
}

/* A literal or value pattern; `neg` when a '-' token precedes it. */
static Expr *value_pattern(P *p, TSNode n, bool neg) {
    if (is(n, "none") || is(n, "true") || is(n, "false")) {
        Expr *e = new_expr(p, E_MATCH_SINGLETON, n);
        e->left = conv_expr(p, n);
        return e;
    }
    Expr *v;
    if (is(n, "dotted_name")) {
        Kid *k;
        int cnt = kids(p, n, false, &k);
        if (cnt == 1) return match_as(p, n, NULL, text_of(p, k[0].n));
        v = conv_name(p, k[0].n);
        for (int i = 1; i < cnt; i++) {
            Expr *a = new_expr(p, E_ATTRIBUTE, k[i].n);
            a->span = span_join(v->span, span_of(p, k[i].n));
            a->left = v;
            a->id = text_of(p, k[i].n);
            v = a;
        }
    } else if (is(n, "complex_pattern")) {
        return unsupported_expr(p, n, "complex number pattern");
    } else {
        v = conv_expr(p, n);
    }
    if (neg) {
        Expr *u = new_expr(p, E_UNARYOP, n);
        u->op = UOP_NEG;
        u->left = v;
        v = u;
    }
    Expr *e = new_expr(p, E_MATCH_VALUE, n);
    e->left = v;
    return e;
}

/* The patterns among n's children, with '-' applied to the number after it. */
static void conv_pattern_list(P *p, TSNode n, PtrVec *out) {
    Kid *k;
    int cnt = kids(p, n, true, &k);
    bool neg = false;
    for (int i = 0; i < cnt; i++) {
        if (!ts_node_is_named(k[i].n)) {
            neg = is(k[i].n, "-");
            if (is(k[i].n, "_")) vec_push(p->a, out, match_as(p, k[i].n, NULL, NULL));   /* `_ | ...` */
            continue;
        }
        vec_push(p->a, out, conv_pattern_or_value(p, k[i].n, neg));
        neg = false;
    }
}

static Expr *sequence_pattern(P *p, TSNode n) {
    Expr *e = new_expr(p, E_MATCH_SEQUENCE, n);
    conv_pattern_list(p, n, &e->elts);
    int stars = 0;
    for (int i = 0; i < e->elts.len; i++) stars += VEC_AT(e->elts, Expr, i)->kind == E_MATCH_STAR;
    if (stars > 1) syntax_error_at(p, n, "multiple starred names in sequence pattern");
    return e;
}

static Expr *class_pattern(P *p, TSNode n) {
    Expr *e = new_expr(p, E_MATCH_CLASS, n);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++) {
        if (is(k[i].n, "dotted_name") && !e->func) {
            Expr *v = value_pattern(p, k[i].n, false);
            e->func = v->kind == E_MATCH_VALUE ? v->left : conv_name(p, k[i].n);
            continue;
        }
        Kid *w;   /* case_pattern: a keyword_pattern inside, or a positional pattern */
        if (kids(p, k[i].n, false, &w) == 1 && is(w[0].n, "keyword_pattern")) {
            Kid *kw;
            int nk = kids(p, w[0].n, true, &kw);
            Keyword *key = ARENA_NEW(p->a, Keyword);
            key->span = span_of(p, w[0].n);
            PtrVec sub = {0};
            for (int j = 0; j < nk; j++) {
                if (!key->name && is(kw[j].n, "identifier")) { key->name = text_of(p, kw[j].n); continue; }
                if (is(kw[j].n, "=")) continue;
                bool neg = j > 0 && is(kw[j - 1].n, "-");
                if (!ts_node_is_named(kw[j].n)) continue;
                vec_push(p->a, &sub, conv_pattern_or_value(p, kw[j].n, neg));
            }
            key->value = sub.len ? VEC_AT(sub, Expr, 0) : match_as(p, w[0].n, NULL, NULL);
            for (int j = 0; j < e->keywords.len; j++)
                if (strcmp(VEC_AT(e->keywords, Keyword, j)->name, key->name) == 0)
                    syntax_error_at(p, w[0].n, arena_printf(p->a, "attribute name repeated in class pattern: %s", key->name));
            vec_push(p->a, &e->keywords, key);
        } else {
            if (e->keywords.len) syntax_error_at(p, k[i].n, "positional patterns follow keyword patterns");
            vec_push(p->a, &e->elts, conv_pattern(p, k[i].n));
        }
    }
    return e;
}

static Expr *mapping_pattern(P *p, TSNode n) {
    Expr *e = new_expr(p, E_MATCH_MAPPING, n);
    Kid *k;
    int cnt = kids(p, n, true, &k);
    bool neg = false;
    for (int i = 0; i < cnt; i++) {
        TSNode c = k[i].n;
        if (!ts_node_is_named(c)) { neg = is(c, "-"); continue; }
        if (is(c, "splat_pattern")) {
            Kid *id;
            if (kids(p, c, false, &id) == 1) capture(p, e, id[0].n, text_of(p, id[0].n));
        } else if (field_is(&k[i], "key")) {
            Expr *v = value_pattern(p, c, neg);
            vec_push(p->a, &e->elts, v->kind == E_MATCH_AS ? NULL : v->left);
            if (v->kind == E_MATCH_AS) syntax_error_at(p, c, "mapping pattern keys may only match literals and attribute lookups");
        } else {
            vec_push(p->a, &e->values, conv_pattern(p, c));
        }
        neg = false;
    }
    if (e->elts.len != e->values.len) syntax_error_at(p, n, "invalid mapping pattern");
    return e;
}

/* One pattern node (case_pattern or what it wraps). */
static Expr *conv_pattern(P *p, TSNode n) {
    if (is(n, "case_pattern")) {
        Kid *k;
        int cnt = kids(p, n, true, &k);
        bool neg = false;
        for (int i = 0; i < cnt; i++) {
            if (!ts_node_is_named(k[i].n)) { neg = is(k[i].n, "-"); continue; }
            return conv_pattern_or_value(p, k[i].n, neg);
        }
        return match_as(p, n, NULL, NULL);   /* `_` */
    }
    return conv_pattern_or_value(p, n, false);
}

static Expr *conv_pattern_or_value(P *p, TSNode n, bool neg) {
    if (is(n, "case_pattern")) return conv_pattern(p, n);
    if (is(n, "list_pattern") || is(n, "tuple_pattern")) return sequence_pattern(p, n);
    if (is(n, "class_pattern")) return class_pattern(p, n);
    if (is(n, "dict_pattern")) return mapping_pattern(p, n);
    if (is(n, "union_pattern")) {
        Expr *e = new_expr(p, E_MATCH_OR, n);
        conv_pattern_list(p, n, &e->elts);
        return e;
    }
    if (is(n, "splat_pattern")) {
        Expr *e = new_expr(p, E_MATCH_STAR, n);
        Kid *id;
        if (kids(p, n, false, &id) == 1) capture(p, e, id[0].n, text_of(p, id[0].n));
        return e;
    }
    if (is(n, "as_pattern")) {
        Kid *k;
        int cnt = kids(p, n, false, &k);
        Expr *sub = NULL;
        const char *name = NULL;
        for (int i = 0; i < cnt; i++) {
            if (is(k[i].n, "case_pattern") && !sub) sub = conv_pattern(p, k[i].n);
            else if (is(k[i].n, "identifier")) name = text_of(p, k[i].n);
            else if (is(k[i].n, "as_pattern_target")) name = text_of(p, k[i].n);
        }
        return match_as(p, n, sub ? sub : match_as(p, n, NULL, NULL), name);
    }
    if (is(n, "dotted_name") || is(n, "none") || is(n, "true") || is(n, "false") || is(n, "integer") ||
        is(n, "float") || is(n, "string") || is(n, "concatenated_string") || is(n, "complex_pattern"))
        return value_pattern(p, n, neg);
    return unsupported_expr(p, n, arena_printf(p->a, "pattern %s", ts_node_type(n)));
}

static Stmt *conv_match(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_MATCH, span_of(p, n));
    Kid *k;
    int cnt = kids(p, n, false, &k);
    PtrVec subjects = {0};
    for (int i = 0; i < cnt; i++)
        if (field_is(&k[i], "subject")) vec_push(p->a, &subjects, conv_expr(p, k[i].n));
    if (subjects.len == 1) {
        s->value = VEC_AT(subjects, Expr, 0);
    } else {   /* match a, b: a tuple */
        s->value = new_expr(p, E_TUPLE, n);
        s->value->elts = subjects;
    }
    TSNode body = field(n, "body");
    Kid *ck;
    int nc = ts_node_is_null(body) ? 0 : kids(p, body, false, &ck);
    for (int i = 0; i < nc; i++) {
        if (!is(ck[i].n, "case_clause")) continue;
        MatchCase *mc = ARENA_NEW(p->a, MatchCase);
        mc->span = span_of(p, ck[i].n);
        Kid *pk;
        int np = kids(p, ck[i].n, false, &pk);
        PtrVec pats = {0};
        for (int j = 0; j < np; j++) {
            if (is(pk[j].n, "case_pattern")) vec_push(p->a, &pats, conv_pattern(p, pk[j].n));
            else if (is(pk[j].n, "if_clause")) {
                Kid *g;
                if (kids(p, pk[j].n, false, &g) >= 1) mc->guard = conv_expr(p, g[0].n);
            }
        }
        if (pats.len == 1) {
            mc->pattern = VEC_AT(pats, Expr, 0);
        } else {   /* case a, b: an open sequence pattern */
            mc->pattern = new_expr(p, E_MATCH_SEQUENCE, ck[i].n);
            mc->pattern->elts = pats;
        }
        conv_body(p, ck[i].n, field(ck[i].n, "consequence"), "'case' statement", &mc->body);
        vec_push(p->a, &s->cases, mc);
    }
    return fit_end(s);
}

static TSNode block_child(P *p, TSNode n) {
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++)
        if (is(k[i].n, "block")) return k[i].n;
    return (TSNode){0};
}

/* `value as target` (except clauses, with items): the first child is the value, the
 * as_pattern_target child holds the target. */
static void conv_as_pattern(P *p, TSNode v, Expr **value, Expr **target) {
    Kid *ak;
    int na = kids(p, v, false, &ak);
    for (int a = 0; a < na; a++) {
        if (is(ak[a].n, "as_pattern_target")) {
            Kid *tk;
            if (kids(p, ak[a].n, false, &tk) >= 1) *target = conv_target(p, tk[0].n);
        } else if (!*value) {
            *value = conv_expr(p, ak[a].n);
        }
    }
}

static Stmt *conv_try(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_TRY, span_of(p, n));
    conv_body(p, n, field(n, "body"), "'try' statement", &s->body);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++) {
        TSNode c = k[i].n;
        if (is(c, "except_group_clause")) {   /* except* T [as e]: no fields, named children */
            if (s->handlers.len && !s->except_star) syntax_error(p, span_of(p, c), "cannot have both 'except' and 'except*' on the same 'try'");
            s->except_star = true;
            ExceptHandler *h = ARENA_NEW(p->a, ExceptHandler);
            h->span = span_of(p, c);
            Kid *ck;
            int nc = kids(p, c, false, &ck);
            for (int j = 0; j < nc; j++) {
                if (is(ck[j].n, "block")) conv_body(p, c, ck[j].n, "'except*' statement", &h->body);
                else if (is(ck[j].n, "as_pattern")) conv_as_pattern(p, ck[j].n, &h->type, &h->target);
                else if (!h->type) h->type = conv_expr(p, ck[j].n);
                else if (!h->target) h->target = conv_target(p, ck[j].n);
            }
            if (!h->type) return unsupported_stmt(p, n, "invalid syntax");
            vec_push(p->a, &s->handlers, h);
        } else if (is(c, "except_clause")) {
            if (s->except_star) syntax_error(p, span_of(p, c), "cannot have both 'except' and 'except*' on the same 'try'");
            ExceptHandler *h = ARENA_NEW(p->a, ExceptHandler);
            h->span = span_of(p, c);
            TSNode v = field(c, "value"), alias = field(c, "alias");
            if (!ts_node_is_null(v) && is(v, "as_pattern")) conv_as_pattern(p, v, &h->type, &h->target);
            else if (!ts_node_is_null(v)) h->type = conv_expr(p, v);
            if (!ts_node_is_null(alias)) h->target = conv_target(p, alias);
            if (h->type && h->type->kind == E_STARRED)   /* tree-sitter's reading of a mixed try */
                syntax_error(p, h->span, "cannot have both 'except' and 'except*' on the same 'try'");
            conv_body(p, c, block_child(p, c), "'except' statement", &h->body);
            vec_push(p->a, &s->handlers, h);
        } else if (is(c, "else_clause")) {
            conv_body(p, c, field(c, "body"), "'else' statement", &s->orelse);
        } else if (is(c, "finally_clause")) {
            conv_body(p, c, block_child(p, c), "'finally' statement", &s->finalbody);
        }
    }
    return fit_end(s);
}

/* with a as b, c: each item is `value` or an as_pattern (value as target). */
static Stmt *conv_with(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_WITH, span_of(p, n));
    s->is_async = has_async(p, n);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++) {
        if (!is(k[i].n, "with_clause")) continue;
        Kid *items;
        int ni = kids(p, k[i].n, false, &items);
        for (int j = 0; j < ni; j++) {
            if (!is(items[j].n, "with_item")) continue;
            WithItem *w = ARENA_NEW(p->a, WithItem);
            TSNode v = field(items[j].n, "value");
            if (is(v, "as_pattern")) conv_as_pattern(p, v, &w->context, &w->target);
            else w->context = conv_expr(p, v);
            if (!w->context) return unsupported_stmt(p, n, "with item");
            vec_push(p->a, &s->items, w);
        }
    }
    conv_body(p, n, field(n, "body"), "'with' statement", &s->body);
    return fit_end(s);
}

static Stmt *conv_for(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_FOR, span_of(p, n));
    s->is_async = has_async(p, n);
    s->target = conv_target(p, field(n, "left"));
    s->iter = conv_expr(p, field(n, "right"));
    conv_body(p, n, field(n, "body"), "'for' statement", &s->body);
    conv_else(p, field(n, "alternative"), "'else' statement", &s->orelse);
    return fit_end(s);
}

static Stmt *conv_return(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_RETURN, span_of(p, n));
    Kid *k;
    if (kids(p, n, false, &k) > 0) s->value = conv_expr(p, k[0].n);
    return s;
}

static Stmt *conv_raise(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_RAISE, span_of(p, n));
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++) {
        if (field_is(&k[i], "cause")) s->msg = conv_expr(p, k[i].n);
        else if (!s->value) s->value = conv_expr(p, k[i].n);
    }
    return s;
}

static Stmt *conv_assert(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_ASSERT, span_of(p, n));
    Kid *k;
    int cnt = kids(p, n, false, &k);
    s->test = cnt > 0 ? conv_expr(p, k[0].n) : unsupported_expr(p, n, "invalid syntax");
    if (cnt > 1) s->msg = conv_expr(p, k[1].n);
    return s;
}

static Stmt *conv_names_stmt(P *p, TSNode n, StmtKind kind) {
    Stmt *s = stmt_new(p->a, kind, span_of(p, n));
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++)
        if (is(k[i].n, "identifier")) vec_push(p->a, &s->names, (void *)text_of(p, k[i].n));
    return s;
}

static Stmt *conv_global(P *p, TSNode n) { return conv_names_stmt(p, n, S_GLOBAL); }
static Stmt *conv_nonlocal(P *p, TSNode n) { return conv_names_stmt(p, n, S_NONLOCAL); }

static Stmt *conv_delete(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_DELETE, span_of(p, n));
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++) {
        if (is(k[i].n, "expression_list")) {
            Kid *k2;
            int c2 = kids(p, k[i].n, false, &k2);
            for (int j = 0; j < c2; j++) vec_push(p->a, &s->targets, conv_expr(p, k2[j].n));
        } else vec_push(p->a, &s->targets, conv_expr(p, k[i].n));
    }
    for (int i = 0; i < s->targets.len; i++) check_target(p, VEC_AT(s->targets, Expr, i), true, false);
    return s;
}

static Stmt *conv_simple(P *p, TSNode n) {
    StmtKind k = is(n, "pass_statement") ? S_PASS : is(n, "break_statement") ? S_BREAK : S_CONTINUE;
    return stmt_new(p->a, k, span_of(p, n));
}

/* dotted_name -> "a.b.c" (joined from its identifiers: `a . b` is legal Python). */
static const char *dotted(P *p, TSNode n) {
    if (!is(n, "dotted_name")) return text_of(p, n);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    Buf b = {0};
    for (int i = 0; i < cnt; i++) {
        size_t len;
        const char *t = text_ptr(p, k[i].n, &len);
        if (i) buf_putc(p, &b, '.');
        buf_put(p, &b, t, len);
    }
    return b.data ? b.data : "";
}

static Alias *conv_alias(P *p, TSNode n) {
    Alias *al = ARENA_NEW(p->a, Alias);
    al->span = span_of(p, n);
    if (is(n, "aliased_import")) {
        al->name = dotted(p, field(n, "name"));
        TSNode as = field(n, "alias");
        if (!ts_node_is_null(as)) al->asname = text_of(p, as);
    } else al->name = dotted(p, n);
    return al;
}

static void conv_import_names(P *p, TSNode n, Stmt *s) {
    Kid *k;
    int cnt = kids(p, n, true, &k);
    for (int i = 0; i < cnt; i++) {
        if (field_is(&k[i], "name") && ts_node_is_named(k[i].n)) vec_push(p->a, &s->names, conv_alias(p, k[i].n));
        else if (is(k[i].n, "wildcard_import")) s->import_star = true;
    }
}

static Stmt *conv_import(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_IMPORT, span_of(p, n));
    conv_import_names(p, n, s);
    return s;
}

static Stmt *conv_import_from(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_IMPORTFROM, span_of(p, n));
    TSNode mod = field(n, "module_name");
    if (!ts_node_is_null(mod) && is(mod, "relative_import")) {
        Kid *k;
        int cnt = kids(p, mod, false, &k);
        for (int i = 0; i < cnt; i++) {
            if (is(k[i].n, "import_prefix")) {
                size_t len;
                const char *t = text_ptr(p, k[i].n, &len);
                for (size_t j = 0; j < len; j++) s->level += t[j] == '.';
            } else if (is(k[i].n, "dotted_name")) s->module = dotted(p, k[i].n);
        }
    } else if (!ts_node_is_null(mod)) s->module = dotted(p, mod);
    conv_import_names(p, n, s);
    return s;
}

static Stmt *conv_future(P *p, TSNode n) {
    Stmt *s = stmt_new(p->a, S_IMPORTFROM, span_of(p, n));
    s->module = "__future__";
    conv_import_names(p, n, s);
    return s;
}

/* ---- def ---- */

typedef struct ParamState {
    bool seen_star, seen_kwargs, seen_default, bare_star;
    int posonly_until;   /* params[0..posonly_until) precede `/` */
} ParamState;

static Param *new_param(P *p, TSNode n, TSNode name, ParamKind kind) {
    Param *pr = ARENA_NEW(p->a, Param);
    pr->span = span_of(p, n);
    pr->kind = kind;
    pr->name = ts_node_is_null(name) ? "?" : text_of(p, name);
    return pr;
}

/* The identifier inside list_splat_pattern / dictionary_splat_pattern. */
static TSNode splat_name(P *p, TSNode n) {
    Kid *k;
    int cnt = kids(p, n, false, &k);
    return cnt ? k[0].n : (TSNode){0};
}

static Param *conv_param(P *p, TSNode n, ParamState *st) {
    TSNode inner = n, type = {0}, value = {0};
    if (is(n, "typed_parameter")) {
        type = field(n, "type");
        Kid *k;
        int cnt = kids(p, n, false, &k);
        for (int i = 0; i < cnt; i++)
            if (!field_is(&k[i], "type")) { inner = k[i].n; break; }
    } else if (is(n, "default_parameter") || is(n, "typed_default_parameter")) {
        inner = field(n, "name");
        type = field(n, "type");
        value = field(n, "value");
    }
    if (ts_node_is_null(inner) || is(inner, "tuple_pattern")) {
        syntax_error_at(p, n, "invalid syntax");
        return NULL;
    }
    ParamKind kind = st->seen_star ? PARAM_KWONLY : PARAM_POS;
    TSNode name = inner;
    if (is(inner, "list_splat_pattern")) {
        if (st->seen_star) syntax_error_at(p, n, "* argument may appear only once");
        kind = PARAM_VARARGS, name = splat_name(p, inner), st->seen_star = true;
    } else if (is(inner, "dictionary_splat_pattern"))
        kind = PARAM_KWARGS, name = splat_name(p, inner), st->seen_kwargs = true;
    if (kind != PARAM_KWARGS && st->seen_kwargs) syntax_error_at(p, n, "arguments cannot follow var-keyword argument");
    Param *pr = new_param(p, n, name, kind);
    if (!ts_node_is_null(type)) pr->annotation = conv_expr(p, type);
    if (!ts_node_is_null(value)) pr->default_ = conv_expr(p, value);
    if (kind == PARAM_POS) {
        if (pr->default_) st->seen_default = true;
        else if (st->seen_default) syntax_error_at(p, n, "non-default argument follows default argument");
    }
    return pr;
}

static void conv_params(P *p, TSNode params, PtrVec *out) {
    ParamState st = {0};
    Kid *k;
    int cnt = kids(p, params, false, &k);
    for (int i = 0; i < cnt; i++) {
        TSNode n = k[i].n;
        if (is(n, "positional_separator")) {
            if (st.seen_star || st.posonly_until) syntax_error_at(p, n, "/ must be ahead of *");
            for (int j = 0; j < out->len; j++) VEC_AT(*out, Param, j)->kind = PARAM_POSONLY;
            st.posonly_until = out->len ? out->len : -1;
        } else if (is(n, "keyword_separator")) {
            if (st.seen_star) syntax_error_at(p, n, "* argument may appear only once");
            st.seen_star = st.bare_star = true;
            bool named_follow = i + 1 < cnt && !is(k[i + 1].n, "dictionary_splat_pattern") &&
                                !(is(k[i + 1].n, "typed_parameter") && !ts_node_is_null(splat_name(p, k[i + 1].n)) &&
                                  is(splat_name(p, k[i + 1].n), "dictionary_splat_pattern"));
            if (!named_follow) syntax_error_at(p, n, "named arguments must follow bare *");
        } else {
            Param *pr = conv_param(p, n, &st);
            if (pr) vec_push(p->a, out, pr);
        }
    }
}

static Stmt *conv_funcdef(P *p, TSNode n) {
    if (!ts_node_is_null(field(n, "type_parameters"))) return unsupported_stmt(p, n, "type parameter list");
    Stmt *s = stmt_new(p->a, S_FUNCDEF, span_of(p, n));
    s->is_async = has_async(p, n);
    TSNode name = field(n, "name");
    s->name = ts_node_is_null(name) ? "?" : text_of(p, name);
    TSNode params = field(n, "parameters");
    if (!ts_node_is_null(params)) conv_params(p, params, &s->params);
    TSNode ret = field(n, "return_type");
    if (!ts_node_is_null(ret)) s->returns = conv_expr(p, ret);
    conv_body(p, n, field(n, "body"), "function definition", &s->body);
    return fit_end(s);
}

static Stmt *conv_classdef(P *p, TSNode n) {
    if (!ts_node_is_null(field(n, "type_parameters"))) return unsupported_stmt(p, n, "type parameter list");
    Stmt *s = stmt_new(p->a, S_CLASSDEF, span_of(p, n));
    TSNode name = field(n, "name");
    s->name = ts_node_is_null(name) ? "?" : text_of(p, name);
    TSNode sup = field(n, "superclasses");
    if (!ts_node_is_null(sup)) {
        conv_arguments(p, sup, &s->bases, &s->class_keywords);
    }
    conv_body(p, n, field(n, "body"), "class definition", &s->body);
    return fit_end(s);
}

static Stmt *conv_decorated(P *p, TSNode n) {
    TSNode def = field(n, "definition");
    if (ts_node_is_null(def)) return NULL;
    Stmt *s = is(def, "class_definition") ? conv_classdef(p, def) : conv_funcdef(p, def);
    Kid *k;
    int cnt = kids(p, n, false, &k);
    for (int i = 0; i < cnt; i++) {
        if (!is(k[i].n, "decorator")) continue;
        Kid *k2;
        if (kids(p, k[i].n, false, &k2) > 0) vec_push(p->a, &s->decorators, conv_expr(p, k2[0].n));
    }
    return s;
}

static Stmt *conv_print(P *p, TSNode n) {
    syntax_error_at(p, n, is(n, "print_statement")
                              ? "Missing parentheses in call to 'print'. Did you mean print(...)?"
                              : "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
    return NULL;
}

typedef Stmt *(*StmtFn)(P *p, TSNode n);

static const struct { const char *type; StmtFn fn; } stmt_table[] = {
    {"if_statement", conv_if},           {"while_statement", conv_while},
    {"for_statement", conv_for},         {"return_statement", conv_return},
    {"pass_statement", conv_simple},     {"break_statement", conv_simple},
    {"continue_statement", conv_simple}, {"raise_statement", conv_raise},
    {"assert_statement", conv_assert},   {"global_statement", conv_global},
    {"nonlocal_statement", conv_nonlocal}, {"delete_statement", conv_delete},
    {"import_statement", conv_import},   {"import_from_statement", conv_import_from},
    {"future_import_statement", conv_future}, {"function_definition", conv_funcdef},
    {"class_definition", conv_classdef}, {"decorated_definition", conv_decorated},
    {"print_statement", conv_print},     {"exec_statement", conv_print},
    {"try_statement", conv_try},         {"with_statement", conv_with},
    {"match_statement", conv_match},
};

static const struct { const char *type, *what; } unsupported_stmts[] = {
    {"type_alias_statement", "type alias statement"},
};

/* stmt_table entry (+1) per grammar symbol, 0 when none (as expr_by_sym). */
static signed char *stmt_by_sym;

static void build_stmt_by_sym(void) {
    const TSLanguage *lang = tree_sitter_python();
    uint32_t count = ts_language_symbol_count(lang);
    stmt_by_sym = calloc(count + 1, 1);
    if (!stmt_by_sym) { fputs("spc: out of memory\n", stderr); exit(2); }
    for (uint32_t s = 0; s < count; s++) {
        const char *t = ts_language_symbol_name(lang, (TSSymbol)s);
        for (size_t i = 0; t && i < sizeof stmt_table / sizeof stmt_table[0] && !stmt_by_sym[s]; i++)
            if (strcmp(stmt_table[i].type, t) == 0) stmt_by_sym[s] = (signed char)(i + 1);
    }
}

static void conv_stmt(P *p, TSNode n, PtrVec *out) {
    if (!stmt_by_sym) build_stmt_by_sym();
    TSSymbol sym = ts_node_symbol(n);
    int x = sym < ts_language_symbol_count(tree_sitter_python()) ? stmt_by_sym[sym] : 0;
    if (x > 0) {
        Stmt *s = stmt_table[x - 1].fn(p, n);
        if (s) vec_push(p->a, out, s);
        return;
    }
    if (is(n, "expression_statement")) { conv_expression_statement(p, n, out); return; }
    for (size_t i = 0; i < sizeof unsupported_stmts / sizeof unsupported_stmts[0]; i++) {
        if (!is(n, unsupported_stmts[i].type)) continue;
        const char *what = unsupported_stmts[i].what;
        vec_push(p->a, out, unsupported_stmt(p, n, what));
        return;
    }
    /* ERROR nodes are reported by the error walk; anything else is ignored. */
}

/* Indentation tree-sitter tolerates but CPython rejects: every statement that starts a
 * line in a block must start at the block's column. */
static int line_indent(P *p, uint32_t line_start);

/* A statement more indented than its block is "unexpected indent", unless the line
 * before it was deeper still: then it is a dedent to no enclosing level. */
static void check_indent(P *p, TSNode n, uint32_t want_col, uint32_t want_ls, TSNode prev) {
    TSPoint s = ts_node_start_point(n);
    if (s.column == want_col) return;
    uint32_t ls = ts_node_start_byte(n) - s.column;   /* start of the line */
    bool tab = (ls < p->len && memchr(p->src + ls, '\t', s.column) != NULL) ||
               (want_ls < p->len && memchr(p->src + want_ls, '\t', want_col) != NULL);
    bool dedent = s.column < want_col;
    if (!dedent && !ts_node_is_null(prev)) {
        uint32_t pe = ts_node_end_byte(prev), pl = pe;
        while (pl > 0 && p->src[pl - 1] != '\n') pl--;
        dedent = (uint32_t)line_indent(p, pl) > s.column;
    }
    const char *msg = tab ? "inconsistent use of tabs and spaces in indentation"
                    : dedent ? "unindent does not match any outer indentation level"
                    : "unexpected indent";
    syntax_error_at(p, n, msg);
}

/* Where a block's statement walk is: the column its statements must start at, and the
 * previous statement (a module parsed in chunks carries it from one chunk to the next). */
typedef struct BlockWalk {
    uint32_t want, want_ls;
    bool have_want;
    int prev_end_row;
    TSNode prev;
} BlockWalk;

static void conv_block_stmts(P *p, TSNode block, BlockWalk *w, PtrVec *out) {
    if (!enter(p, block)) return;
    Kid *k;
    int cnt = kids(p, block, false, &k);
    for (int i = 0; i < cnt; i++) {
        TSNode n = k[i].n;
        if (is(n, "ERROR")) { w->prev_end_row = (int)ts_node_end_point(n).row; continue; }
        TSPoint sp = ts_node_start_point(n);
        if ((int)sp.row != w->prev_end_row) {
            if (!w->have_want) w->want = sp.column, w->want_ls = ts_node_start_byte(n) - sp.column, w->have_want = true;
            else check_indent(p, n, w->want, w->want_ls, w->prev);
        }
        w->prev_end_row = (int)ts_node_end_point(n).row;
        w->prev = n;
        bool top = !p->use_scratch;
        p->use_scratch = true;
        conv_stmt(p, n, out);
        if (top) {
            p->use_scratch = false;
            arena_reset(&p->scratch);
        }
    }
    leave(p);
}

static void conv_block(P *p, TSNode block, PtrVec *out) {
    BlockWalk w = {.have_want = is(block, "module"), .prev_end_row = -1};
    conv_block_stmts(p, block, &w, out);
}

/* ------------------------------------------------------------ error walk ---- */

/* Number of spaces/tabs at the start of the line beginning at byte line_start. */
static int line_indent(P *p, uint32_t line_start) {
    int n = 0;
    while (line_start + (uint32_t)n < p->len && (p->src[line_start + n] == ' ' || p->src[line_start + n] == '\t')) n++;
    return n;
}

/* Is `n` a line that is more indented than the previous non-blank line, which does
 * not open a block? (CPython: "unexpected indent".) */
static bool is_unexpected_indent(P *p, TSNode n) {
    TSPoint s = ts_node_start_point(n);
    uint32_t start = ts_node_start_byte(n), ls = start - s.column;
    if (s.column == 0 || (uint32_t)line_indent(p, ls) != s.column) return false;
    uint32_t e = ls;   /* walk back over blank / comment-only lines */
    while (e > 0) {
        uint32_t pe = e - 1, pl = pe;
        while (pl > 0 && p->src[pl - 1] != '\n') pl--;
        int ind = line_indent(p, pl);
        uint32_t first = pl + (uint32_t)ind;
        if (first < pe && p->src[first] != '#' && p->src[first] != '\r') {
            uint32_t last = pe;   /* last non-blank char before a comment is approximate */
            while (last > first && (p->src[last - 1] == ' ' || p->src[last - 1] == '\r' || p->src[last - 1] == '\t')) last--;
            return (uint32_t)ind < s.column && last > first && p->src[last - 1] != ':' &&
                   p->src[last - 1] != '\\' && p->src[last - 1] != ',' && p->src[last - 1] != '(';
        }
        e = pl;
    }
    return true;
}

static const char *const compound_kw[] = {"if", "elif", "while", "for", "def", "class", "else", "with", "try"};

/* A smarter message for an ERROR node where a cheap rule recognises the problem. */
static void report_error_node(P *p, TSNode n) {
    Kid *k;
    int cnt = kids(p, n, true, &k);
    if (is_unexpected_indent(p, n)) { syntax_error_at(p, n, "unexpected indent"); return; }
    for (int i = 1; i < cnt; i++) {   /* `1 = x`, `f() = 1` */
        if (!is(k[i].n, "=") || !ts_node_is_named(k[i - 1].n)) continue;
        Expr *e = conv_expr(p, k[i - 1].n);
        const char *what = target_desc(e);
        if (e->kind != E_NAME && e->kind != E_ATTRIBUTE && e->kind != E_SUBSCRIPT && what && e->kind != E_TUPLE &&
            e->kind != E_LIST) {
            syntax_error(p, e->span, arena_printf(p->a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what));
            return;
        }
    }
    if (cnt > 0 && !ts_node_is_named(k[0].n)) {
        for (size_t j = 0; j < sizeof compound_kw / sizeof compound_kw[0]; j++) {
            if (!is(k[0].n, compound_kw[j])) continue;
            size_t len;
            const char *t = text_ptr(p, n, &len);
            const char *nl = memchr(t, '\n', len);
            size_t ll = nl ? (size_t)(nl - t) : len;
            for (size_t q = 0, quote = 0; q < ll; q++) {   /* a trailing comment is not the header */
                if (quote ? t[q] == (char)quote : (t[q] == '\'' || t[q] == '"')) quote = quote ? 0 : (size_t)t[q];
                else if (!quote && t[q] == '#') ll = q;
            }
            if (memchr(t, ':', ll)) break;
            while (ll > 0 && (t[ll - 1] == ' ' || t[ll - 1] == '\r' || t[ll - 1] == '\t')) ll--;
            Span sp = span_of(p, n);
            sp.col += (int)ll;
            sp.end_line = sp.line;
            sp.end_col = sp.col + 1;
            if (ts_node_start_byte(n) < p->suppress_from) syntax_error(p, sp, "expected ':'");
            return;
        }
    }
    syntax_error_at(p, n, "invalid syntax");
}

static void report_missing(P *p, TSNode n) {
    const char *t = ts_node_type(n);
    if (strcmp(t, ")") == 0 || strcmp(t, "]") == 0 || strcmp(t, "}") == 0) {
        syntax_error_at(p, n, "invalid syntax");   /* usually preceded by an unclosed-bracket report */
        return;
    }
    if (strcmp(t, "identifier") == 0) { syntax_error_at(p, n, "expected name"); return; }
    if (strcmp(t, "_indent") == 0 || strcmp(t, "block") == 0) { syntax_error_at(p, n, "expected an indented block"); return; }
    if (!ts_node_is_named(n)) { syntax_error_at(p, n, arena_printf(p->a, "expected '%s'", t)); return; }
    syntax_error_at(p, n, "invalid syntax");
}

/* Finds the outermost bracket never closed (CPython: "'(' was never closed"); errors
 * after it are its cascade. Brackets inside strings are not tokens, so are ignored. */
static void check_brackets(P *p, TSNode root) {
    enum { MAXB = 4096 };
    TSNode *stack = ARENA_ARRAY(p->a, TSNode, MAXB);
    int top = 0, deep = 0;
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        /* tree-sitter's MISSING ')' closes a bracket only on the opener's line (then the
         * problem is the token there, "invalid syntax"); otherwise it was never closed. */
        bool skip = ts_node_is_missing(n) &&
                    (!top || ts_node_start_point(n).row != ts_node_start_point(stack[top - 1]).row);
        if (ts_node_child_count(n) == 0 && !skip) {
            const char *t = ts_node_type(n);
            if ((t[0] == '(' || t[0] == '[' || t[0] == '{') && !t[1]) {
                if (top < MAXB) stack[top++] = n;
                else deep++;
            } else if ((t[0] == ')' || t[0] == ']' || t[0] == '}') && !t[1]) {
                if (deep) deep--;
                else if (top) {
                    const char *o = ts_node_type(stack[top - 1]);
                    char want = o[0] == '(' ? ')' : o[0] == '[' ? ']' : '}';
                    if (want != t[0])
                        syntax_error(p, span_of(p, n), arena_printf(p->a, "closing parenthesis '%c' does not match opening parenthesis '%c'", t[0], o[0]));
                    top--;
                } else syntax_error(p, span_of(p, n), arena_printf(p->a, "unmatched '%c'", t[0]));
            }
        }
        if (ts_tree_cursor_goto_first_child(&c)) continue;
        while (!ts_tree_cursor_goto_next_sibling(&c))
            if (!ts_tree_cursor_goto_parent(&c)) goto done;
    }
done:
    ts_tree_cursor_delete(&c);
    if (top > 0) {
        TSNode o = stack[0];
        syntax_error(p, span_of(p, o), arena_printf(p->a, "'%s' was never closed", ts_node_type(o)));
        p->suppress_from = ts_node_start_byte(o) + 1;
    }
}

/* Reports ERROR and MISSING nodes in source order without descending into a reported
 * ERROR (its contents are the cascade). Iterative: the tree may be very deep. */
/* The first ERROR or MISSING node strictly inside `n`, or a null node. */
static TSNode first_inner_error(TSNode n) {
    TSTreeCursor c = ts_tree_cursor_new(n);
    TSNode found = {0};
    bool more = ts_tree_cursor_goto_first_child(&c);
    while (more) {
        TSNode x = ts_tree_cursor_current_node(&c);
        if (ts_node_is_missing(x) || is(x, "ERROR")) { found = x; break; }
        if (ts_node_has_error(x) && ts_tree_cursor_goto_first_child(&c)) continue;
        while (!(more = ts_tree_cursor_goto_next_sibling(&c)))
            if (!ts_tree_cursor_goto_parent(&c) || ts_node_eq(ts_tree_cursor_current_node(&c), n)) break;
    }
    ts_tree_cursor_delete(&c);
    return found;
}

/* A large ERROR often wraps the real problem (tree-sitter gave up on a whole region):
 * report at the innermost first error inside it. */
static void report_error_region(P *p, TSNode n) {
    for (int guard = 0; guard < 10000; guard++) {
        TSNode inner = first_inner_error(n);
        if (ts_node_is_null(inner)) break;
        if (ts_node_is_missing(inner)) { report_missing(p, inner); return; }
        n = inner;
    }
    report_error_node(p, n);
}

static void report_errors(P *p, TSNode root) {
    if (!ts_node_has_error(root)) return;
    check_brackets(p, root);
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        bool descend = false;
        if (ts_node_is_missing(n)) report_missing(p, n);
        else if (is(n, "ERROR")) report_error_region(p, n);
        else descend = ts_node_has_error(n);
        if (descend && ts_tree_cursor_goto_first_child(&c)) continue;
        while (!ts_tree_cursor_goto_next_sibling(&c))
            if (!ts_tree_cursor_goto_parent(&c)) goto done;
    }
done:
    ts_tree_cursor_delete(&c);
}

/* ------------------------------------------------------------ encoding ---- */

static bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           (unsigned char)c >= 0x80;
}

/* Length of the valid UTF-8 sequence at s (0 when invalid). */
static size_t utf8_len(const unsigned char *s, size_t n) {
    unsigned char c = s[0];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!len || len > n || (len == 2 && c < 0xC2)) return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    if (len == 3 && ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))) return 0;
    if (len == 4 && ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90) || c > 0xF4)) return 0;
    return len;
}

static Span span_at_offset(P *p, size_t off) {
    int line = 1, col = 1;
    for (size_t i = 0; i < off; i++) {
        if (p->src[i] == '\n') line++, col = 1;
        else col++;
    }
    if (line == 1) col += p->bom;
    return (Span){line, col, line, col + 1};
}

/* PEP 263 `# coding: NAME` on line 1 or 2; returns NAME (arena) or NULL. */
static const char *coding_decl(P *p) {
    size_t i = 0;
    for (int line = 0; line < 2 && i < p->len; line++) {
        size_t e = i;
        while (e < p->len && p->src[e] != '\n') e++;
        size_t j = i;
        while (j < e && (p->src[j] == ' ' || p->src[j] == '\t' || p->src[j] == '\f')) j++;
        if (j < e && p->src[j] == '#') {
            for (size_t k = j; k + 7 < e; k++) {
                if (memcmp(p->src + k, "coding", 6) != 0 || (p->src[k + 6] != ':' && p->src[k + 6] != '=')) continue;
                size_t a = k + 7;
                while (a < e && (p->src[a] == ' ' || p->src[a] == '\t')) a++;
                size_t b = a;
                while (b < e && (is_word_char(p->src[b]) || p->src[b] == '-' || p->src[b] == '.')) b++;
                if (b > a) return arena_strndup(p->a, p->src + a, b - a);
            }
        }
        i = e + 1;
    }
    return NULL;
}

/* How many bytes from s on are ASCII other than NUL (at least 1: s[0] is), 8 at a time:
 * most of any source. */
static size_t plain_ascii_run(const char *s, size_t n) {
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    size_t i = 1;
    for (uint64_t w; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        if ((w | ((w - ones) & ~w)) & highs) break;   /* a byte >= 0x80, or a NUL */
    }
    return i;
}

/* CPython refuses NUL bytes and undeclared non-UTF-8 source; report the first of each.
 * Returns true when the text has NUL bytes (tree-sitter must not see them). */
static bool check_encoding(P *p) {
    bool nul = false, bad = false;
    for (size_t i = 0; i < p->len && !(nul && bad);) {
        unsigned char c = (unsigned char)p->src[i];
        if (c - 1u < 0x7Fu) { i += plain_ascii_run(p->src + i, p->len - i); continue; }
        if (c == 0 && !nul) {
            nul = true;
            syntax_error(p, span_at_offset(p, i), "source code cannot contain null bytes");
        }
        size_t l = utf8_len((const unsigned char *)p->src + i, p->len - i);
        if (!l && !bad) {
            bad = true;
            const char *enc = coding_decl(p);
            if (enc && strncasecmp(enc, "utf-8", 5) != 0 && strncasecmp(enc, "utf8", 4) != 0) {
                diag_report(p->d, p->path, D_UNSUPPORTED, span_at_offset(p, i),
                            arena_printf(p->a, "source encoding '%s' (only UTF-8 source is supported)", enc));
            } else
                syntax_error(p, span_at_offset(p, i),
                         arena_printf(p->a, "Non-UTF-8 code starting with '\\x%02x' in file %s, but no encoding declared; "
                                            "see https://peps.python.org/pep-0263/ for details", c, p->path ? p->path : "<string>"));
        }
        i += l ? l : 1;
    }
    return nul;
}

/* ------------------------------------------------------------- guard ---- */

/* libtree-sitter 0.20.7 double-frees during error recovery once its parse stack holds
 * ~65536 pending nodes (e.g. 100000 unclosed `(` or `not`). A cheap token pre-scan
 * bounds what can be pending: bracket depth (CPython's own limit is 200), tokens not
 * yet closed off by a comma at each bracket level, and indentation levels (CPython: 100).
 * Input beyond these limits is rejected without being handed to tree-sitter. */
enum { GUARD_PARENS = 200, GUARD_PENDING = 10000, GUARD_INDENTS = 100 };

typedef struct Guard {
    P *p;                        /* collects chunk split points (p->splits) */
    bool prev_decorator;         /* the previous logical line starts with '@' */
    int level;                   /* open brackets */
    long pending;                /* sum of run[0..level] */
    long run[GUARD_PARENS + 2];  /* tokens since the last comma, per bracket level */
    int indents[GUARD_INDENTS + 1], nindent;
} Guard;

static size_t guard_skip_string(const char *s, size_t i, size_t len) {
    char q = s[i];
    bool triple = i + 2 < len && s[i + 1] == q && s[i + 2] == q;
    i += triple ? 3 : 1;
    while (i < len) {
        if (s[i] == '\\') { i += 2; continue; }
        if (!triple && s[i] == '\n') return i;
        if (s[i] == q && (!triple || (i + 2 < len && s[i + 1] == q && s[i + 2] == q))) return i + (triple ? 3 : 1);
        i++;
    }
    return len;
}


/* Words that continue the statement before them at the same indentation. */
static bool continues_statement(const char *s, size_t j, size_t len) {
    static const char *const kw[] = {"else", "elif", "except", "finally"};
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++) {
        size_t n = strlen(kw[i]);
        if (j + n <= len && memcmp(s + j, kw[i], n) == 0 && (j + n == len || !is_word_char(s[j + n]))) return true;
    }
    return false;
}

/* A logical line at column 0 that starts a new top-level statement (a word or a
 * decorator, not a clause of the statement before, not after a decorator) may start a
 * parse chunk (see parse_chunked); one is taken every p->chunk bytes. */
static void guard_split(Guard *g, const char *s, size_t j, size_t len) {
    P *p = g->p;
    bool at = s[j] == '@';
    bool ok = (at || is_word_char(s[j])) && !g->prev_decorator && !continues_statement(s, j, len);
    g->prev_decorator = at;
    uint32_t last = p->nsplits ? p->splits[p->nsplits - 1] : 0;
    if (!ok || !p->chunk || j - last < p->chunk || len - j < p->chunk / 2) return;
    if (p->nsplits == p->splits_cap) {
        int cap = p->splits_cap ? p->splits_cap * 2 : 64;
        uint32_t *v = ARENA_ARRAY(p->a, uint32_t, cap);
        if (p->nsplits) memcpy(v, p->splits, sizeof *v * (size_t)p->nsplits);
        p->splits = v;
        p->splits_cap = cap;
    }
    p->splits[p->nsplits++] = (uint32_t)j;
}

/* Indentation of a new logical line (tabs to multiples of 8, as CPython). */
static const char *guard_indent(Guard *g, const char *s, size_t *ip, size_t len) {
    size_t j = *ip;
    int col = 0;
    for (; j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\f'); j++) col = s[j] == '\t' ? (col / 8 + 1) * 8 : col + 1;
    *ip = j;
    if (j >= len || s[j] == '\n' || s[j] == '\r' || s[j] == '#') return NULL;
    if (j == 0 || s[j - 1] == '\n') guard_split(g, s, j, len);
    else g->prev_decorator = false;
    while (g->nindent && col < g->indents[g->nindent - 1]) g->nindent--;
    if (col > (g->nindent ? g->indents[g->nindent - 1] : 0)) {
        if (g->nindent >= GUARD_INDENTS) return "too many levels of indentation";
        g->indents[g->nindent++] = col;
    }
    return NULL;
}

static const char *guard_token(Guard *g) {
    g->run[g->level]++;
    return ++g->pending + g->level > GUARD_PENDING ? "too deeply nested" : NULL;
}

static void guard_reset_run(Guard *g) { g->pending -= g->run[g->level]; g->run[g->level] = 0; }

/* One step of the scan at s[*ip]; returns a message when a limit is exceeded. */
static const char *guard_step(Guard *g, const char *s, size_t *ip, size_t len, bool *line_start) {
    size_t i = *ip;
    char c = s[i];
    if (*line_start) { *line_start = false; return guard_indent(g, s, ip, len); }
    *ip = i + 1;
    if (c == '\n') {
        if (g->level == 0) { guard_reset_run(g); *line_start = true; }
        return NULL;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f') return NULL;
    if (c == '#') { while (*ip < len && s[*ip] != '\n') (*ip)++; return NULL; }
    if (c == '\\') { if (*ip < len && s[*ip] == '\r') (*ip)++; if (*ip < len && s[*ip] == '\n') (*ip)++; return NULL; }
    if (c == '\'' || c == '"') { *ip = guard_skip_string(s, i, len); return guard_token(g); }
    if (is_word_char(c)) {
        size_t j = i;
        while (j < len && is_word_char(s[j])) j++;
        if (j < len && (s[j] == '\'' || s[j] == '"') && j - i <= 3) j = guard_skip_string(s, j, len);
        *ip = j;
        return guard_token(g);
    }
    if (c == '(' || c == '[' || c == '{') {
        if (g->level >= GUARD_PARENS) return "too many nested parentheses";
        g->run[++g->level] = 0;
        return guard_token(g);
    }
    if (c == ')' || c == ']' || c == '}') {
        if (g->level > 0) { guard_reset_run(g); g->level--; }
        return NULL;
    }
    if (c == ',' || (c == ';' && g->level == 0)) { guard_reset_run(g); return NULL; }
    return guard_token(g);
}

static bool guard_nesting(P *p) {
    Guard *g = ARENA_NEW(p->a, Guard);
    g->p = p;
    bool line_start = true;
    size_t i = 0;
    while (i < p->len) {
        size_t at = i;
        const char *msg = guard_step(g, p->src, &i, p->len, &line_start);
        if (msg) { syntax_error(p, span_at_offset(p, at), msg); return false; }
    }
    return true;
}

/* ------------------------------------------------------------- module ---- */

/* A big module is parsed a chunk of top-level statements at a time (split points from
 * guard_split), each chunk's CST converted and freed by the thread that parsed it: the
 * CST of a 100k-line module would take over 100 MB, and clearing fresh pages for it cost
 * more than the parse. tree-sitter parses a chunk as an included range of the whole
 * text, so its positions are those of a whole-file parse. A chunk boundary is a line at
 * column 0 that starts a statement outside any bracket or string, where a whole-file
 * parse ends the statement before too; so when every chunk parses without error, the
 * trees hold the same statements as one whole-file tree would. If any chunk has a syntax
 * error, or converting it reports anything, everything is undone and the caller parses
 * the whole file in one go: diagnostics are always exactly those of a whole-file parse. */
static TSPoint point_after(const char *s, uint32_t from, uint32_t to, TSPoint at) {
    for (const char *q = s + from, *end = s + to; (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++) {
        at.row++;
        at.column = (uint32_t)(end - q) - 1;
    }
    if (at.column == 0 && from < to && s[to - 1] != '\n') at.column = to - from;   /* no newline */
    return at;
}

/* ---------------------------------------------------- tree-sitter memory ---- */

/* tree-sitter allocates each node of a tree on its own and frees a tree node by node:
 * for a big module that malloc/free traffic, and walking every tree again to free it,
 * cost about a fifth of parsing. So tree-sitter allocates through ts_mem_*: while a
 * parser thread parses and converts a chunk, from that thread's region (a bump
 * allocator whose free only takes back the newest block); the chunk's parser and tree
 * are then dropped all at once by emptying the region, whose memory serves the next
 * chunk (its pages are cleared by the kernel once, not once per chunk). With no region
 * active (the whole-file parse) it is malloc. A header before each block says which, so
 * free and realloc take either kind whenever it was made. */
typedef struct TsBlock { struct TsBlock *next; size_t size, used; _Alignas(16) unsigned char data[]; } TsBlock;
typedef struct TsRegion { TsBlock *first, *cur; } TsRegion;
typedef struct TsHeader { size_t size, in_region; } TsHeader;   /* 16 bytes: keeps malloc's alignment */

enum { TS_BLOCK = 1024 * 1024 };

static _Thread_local TsRegion *ts_region;   /* this thread's active region, or NULL */

static void ts_oom(void) { fputs("spc: out of memory\n", stderr); exit(2); }

/* Under AddressSanitizer the free part of a region and a redzone after each block are
 * poisoned, so a stale pointer into a dropped tree or an overrun is still reported. */
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
enum { TS_REDZONE = 16 };
#define TS_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define TS_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
enum { TS_REDZONE = 0 };
#define TS_POISON(p, n) ((void)(p), (void)(n))
#define TS_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

static size_t ts_need(size_t size) { return sizeof(TsHeader) + ((size + 15) & ~(size_t)15) + TS_REDZONE; }

/* The block after the current one (reused, or made big enough for `need` bytes). */
static TsBlock *ts_region_next(TsRegion *r, size_t need) {
    TsBlock *next = r->cur ? r->cur->next : NULL;
    if (!next || next->size < need) {
        size_t size = need > TS_BLOCK ? need : TS_BLOCK;
        TsBlock *b = malloc(sizeof *b + size);
        if (!b) ts_oom();
        *b = (TsBlock){.next = next, .size = size};
        TS_POISON(b->data, size);
        if (r->cur) r->cur->next = b;
        else r->first = b;
        next = b;
    }
    next->used = 0;
    return r->cur = next;
}

static TsHeader *ts_region_alloc(TsRegion *r, size_t size) {
    size_t need = ts_need(size);
    TsBlock *b = r->cur;
    if (!b || b->size - b->used < need) b = ts_region_next(r, need);
    TsHeader *h = (TsHeader *)(b->data + b->used);
    b->used += need;
    TS_UNPOISON(h, need - TS_REDZONE);
    return h;
}

/* Is `h` the newest block of this thread's region (which can shrink or grow in place)? */
static bool ts_region_top(const TsHeader *h) {
    TsBlock *b = ts_region ? ts_region->cur : NULL;
    return b && (const unsigned char *)h + ts_need(h->size) == b->data + b->used;
}

/* Empties the region: everything allocated from it is gone, its blocks are kept. */
static void ts_region_reset(TsRegion *r) {
    for (TsBlock *b = r->first; TS_REDZONE && b; b = b->next) TS_POISON(b->data, b->size);
    if (r->first) r->first->used = 0;
    r->cur = r->first;
}

static void ts_region_free(TsRegion *r) {
    for (TsBlock *b = r->first, *next; b; b = next) {
        next = b->next;
        TS_UNPOISON(b->data, b->size);
        free(b);
    }
    *r = (TsRegion){0};
}

static void *ts_mem_malloc(size_t size) {
    TsHeader *h = ts_region ? ts_region_alloc(ts_region, size) : malloc(sizeof(TsHeader) + size);
    if (!h) ts_oom();
    *h = (TsHeader){size, ts_region != NULL};
    return h + 1;
}

static void *ts_mem_calloc(size_t n, size_t size) {
    if (size && n > SIZE_MAX / 2 / size) ts_oom();
    void *p = ts_mem_malloc(n * size);
    memset(p, 0, n * size);
    return p;
}

static void ts_mem_free(void *p) {
    if (!p) return;
    TsHeader *h = (TsHeader *)p - 1;
    if (!h->in_region) free(h);
    else if (ts_region_top(h)) {
        size_t need = ts_need(h->size);
        ts_region->cur->used -= need;
        TS_POISON(h, need);
    }
}

static void *ts_mem_realloc(void *p, size_t size) {
    if (!p) return ts_mem_malloc(size);
    TsHeader *h = (TsHeader *)p - 1;
    if (!h->in_region) {
        h = realloc(h, sizeof(TsHeader) + size);
        if (!h) ts_oom();
        h->size = size;
        return h + 1;
    }
    TsBlock *b = ts_region_top(h) ? ts_region->cur : NULL;
    size_t old_need = ts_need(h->size), need = ts_need(size);
    if (b && b->size - (b->used - old_need) >= need) {   /* grow or shrink in place */
        TS_POISON(h, old_need);
        b->used = b->used - old_need + need;
        TS_UNPOISON(h, need - TS_REDZONE);
        h->size = size;
        return p;
    }
    void *q = ts_mem_malloc(size);
    memcpy(q, p, h->size < size ? h->size : size);
    return q;
}

static pthread_once_t ts_mem_once = PTHREAD_ONCE_INIT;

static void ts_mem_install(void) { ts_set_allocator(ts_mem_malloc, ts_mem_calloc, ts_mem_realloc, ts_mem_free); }

static TSParser *new_parser(uint64_t timeout_us) {
    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, tree_sitter_python());
    ts_parser_set_timeout_micros(parser, timeout_us);
    return parser;
}

/* The lookup tables the converter builds on first use, built before threads share them. */
static void conv_tables_init(void) {
    if (!canon_sym) build_canon_sym();
    if (!skipped_sym) build_skipped_sym();
    if (!expr_by_sym) build_expr_by_sym();
    if (!stmt_by_sym) build_stmt_by_sym();
}

/* The chunks are parsed and converted by PARSERS threads (each takes the next chunk no
 * one has taken), each into its own arena, while this thread collects the statements in
 * source order, so the result does not depend on the timing. Converting is most of the work, so it must
 * not be left to one thread. Each thread frees a chunk's tree as soon as it is converted;
 * its arena joins the module's once all went well. The threads stop when told to (this
 * thread met a chunk with an error). */
enum { PARSERS = 2, PARSER_STACK = 16 * 1024 * 1024 };

typedef struct ChunkOut { PtrVec body; bool ok, ready; } ChunkOut;

typedef struct Chunker {
    P *p;
    TSRange *ranges;         /* per chunk */
    int nchunks;
    uint64_t timeout_us;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    ChunkOut *out;           /* per chunk, filled by its parser thread */
    int next;                /* the first chunk no thread has taken */
    bool stop;               /* set by the collector: parse no further */
} Chunker;

/* A parser thread: a copy of the converter's state with its own arena, diagnostics
 * (any at all make the chunk fail) and error-line marks. */
typedef struct ChunkWorker { Chunker *ck; P p; Arena arena; Diags diags; } ChunkWorker;

static TSTree *parse_range(TSParser *parser, const P *p, const TSRange *r) {
    ts_parser_set_included_ranges(parser, r, 1);
    return ts_parser_parse_string(parser, NULL, p->src, (uint32_t)p->len);
}

/* Parses and converts one chunk into `body`; false when it has a syntax error or its
 * conversion reports anything. */
static bool convert_chunk(P *p, TSParser *parser, const TSRange *r, PtrVec *body) {
    int ndiags = p->d->items.len;
    TSTree *tree = parse_range(parser, p, r);
    bool ok = tree && !ts_node_has_error(ts_tree_root_node(tree));
    if (ok) {
        /* Statements at column 0 never look at the walk's previous statement or row. */
        BlockWalk w = {.have_want = true, .prev_end_row = -1};
        conv_block_stmts(p, ts_tree_root_node(tree), &w, body);
        ok = p->d->items.len == ndiags;
    }
    if (tree && !ts_region) ts_tree_delete(tree);   /* in a region: dropped with it */
    return ok;
}

static void *chunk_parser_main(void *arg) {
    ChunkWorker *w = arg;
    Chunker *ck = w->ck;
    TsRegion region = {0};
    for (bool ok = true; ok;) {
        pthread_mutex_lock(&ck->mu);
        int i = ck->stop ? ck->nchunks : ck->next;
        ck->next += i < ck->nchunks;
        pthread_mutex_unlock(&ck->mu);
        if (i >= ck->nchunks) break;
        PtrVec body = {0};
        /* A parser of its own per chunk: a parser keeps buffers from one parse to the
         * next, and these live in the region. Deleting it only runs the grammar's
         * scanner destructor (malloc memory); its tree is not walked. */
        ts_region = &region;
        TSParser *parser = new_parser(ck->timeout_us);
        ok = convert_chunk(&w->p, parser, &ck->ranges[i], &body);
        ts_parser_delete(parser);
        ts_region = NULL;
        ts_region_reset(&region);
        if (ok) {   /* the chunk's scope analysis (scope_stmts), here in parallel */
            int ndiags = w->p.d->items.len;
            scope_stmts(&body, w->p.path, w->p.a, w->p.d);
            ok = w->p.d->items.len == ndiags;
        }
        pthread_mutex_lock(&ck->mu);
        ck->out[i] = (ChunkOut){body, ok, true};
        pthread_cond_broadcast(&ck->cv);
        pthread_mutex_unlock(&ck->mu);
    }
    ts_region_free(&region);
    arena_free(&w->p.scratch);
    names_free(&w->p);
    return NULL;
}

/* Appends the chunks' statements in order; false as soon as one failed. Without
 * threads, `parser` parses and converts each chunk here. */
static bool collect_chunks(P *p, Chunker *ck, TSParser *parser, Module *m) {
    bool ok = true;
    for (int i = 0; i < ck->nchunks && ok; i++) {
        if (parser) {
            ok = convert_chunk(p, parser, &ck->ranges[i], &m->body);
            continue;
        }
        pthread_mutex_lock(&ck->mu);
        while (!ck->out[i].ready) pthread_cond_wait(&ck->cv, &ck->mu);
        ChunkOut o = ck->out[i];
        ck->stop |= !o.ok;
        pthread_mutex_unlock(&ck->mu);
        ok = o.ok;
        for (int j = 0; ok && j < o.body.len; j++) vec_push(p->a, &m->body, o.body.items[j]);
    }
    return ok;
}

/* Starts the parser threads; false (none left running) when that fails. */
static bool start_parsers(Chunker *ck, pthread_t *th, ChunkWorker *w, int *started) {
    *started = 0;
    if (pthread_mutex_init(&ck->mu, NULL) != 0) return false;
    if (pthread_cond_init(&ck->cv, NULL) != 0) {
        pthread_mutex_destroy(&ck->mu);
        return false;
    }
    conv_tables_init();   /* the tables the threads read, built before they start */
    pthread_attr_t attr;
    bool have_attr = pthread_attr_init(&attr) == 0;
    if (have_attr) pthread_attr_setstacksize(&attr, PARSER_STACK);   /* deep conversions recurse */
    for (int t = 0; t < PARSERS; t++) {
        P *p = &w[t].p;
        *p = *ck->p;
        p->a = &w[t].arena;
        p->d = &w[t].diags;
        w[t].diags.arena = p->a;
        p->err_lines = arena_alloc(p->a, (size_t)p->nlines + 3);
        p->scratch = (Arena){0};
        p->names = NULL;
        p->names_cap = p->names_len = 0;
        p->use_scratch = false;
        w[t].ck = ck;
        if (pthread_create(&th[t], have_attr ? &attr : NULL, chunk_parser_main, &w[t]) != 0) break;
        ++*started;
    }
    if (have_attr) pthread_attr_destroy(&attr);
    if (*started == PARSERS) return true;
    pthread_mutex_lock(&ck->mu);
    ck->stop = true;
    pthread_cond_broadcast(&ck->cv);
    pthread_mutex_unlock(&ck->mu);
    return false;
}

/* Joins the threads; their arenas become the module's when `keep` (the statements are
 * in them), else they are freed. */
static void stop_parsers(Chunker *ck, pthread_t *th, ChunkWorker *w, int started, bool keep) {
    pthread_mutex_lock(&ck->mu);
    ck->stop = true;
    pthread_mutex_unlock(&ck->mu);
    for (int t = 0; t < started; t++) pthread_join(th[t], NULL);
    for (int t = 0; t < PARSERS; t++) {
        if (keep) arena_adopt(ck->p->a, &w[t].arena);
        else arena_free(&w[t].arena);
    }
    pthread_cond_destroy(&ck->cv);
    pthread_mutex_destroy(&ck->mu);
}

static bool parse_chunked(P *p, TSParser *parser, uint64_t timeout_us, Module *m) {
    int ndiags = p->d->items.len, nerrors = p->d->errors;
    Chunker ck = {.p = p, .nchunks = p->nsplits + 1, .timeout_us = timeout_us};
    ck.ranges = ARENA_ARRAY(p->a, TSRange, ck.nchunks);
    uint32_t from = 0;
    TSPoint from_pt = {0, 0};
    for (int i = 0; i < ck.nchunks; i++) {
        uint32_t to = i < p->nsplits ? p->splits[i] : (uint32_t)p->len;
        TSPoint to_pt = point_after(p->src, from, to, from_pt);
        ck.ranges[i] = (TSRange){from_pt, to_pt, from, to};
        from = to;
        from_pt = to_pt;
    }
    ck.out = ARENA_ARRAY(p->a, ChunkOut, ck.nchunks);
    pthread_t th[PARSERS];
    ChunkWorker w[PARSERS] = {0};
    int started;
    bool threaded = start_parsers(&ck, th, w, &started);
    if (!threaded && started) stop_parsers(&ck, th, w, started, false);
    bool ok = collect_chunks(p, &ck, threaded ? NULL : parser, m);
    if (threaded) stop_parsers(&ck, th, w, started, ok);
    ts_parser_set_included_ranges(parser, NULL, 0);
    m->scoped = threaded && ok;   /* the parser threads ran the scope analysis */
    if (ok) return true;
    m->body = (PtrVec){0};
    p->d->items.len = ndiags;
    p->d->errors = nerrors;
    memset(p->err_lines, 0, (size_t)p->nlines + 3);
    p->depth = 0;
    p->depth_reported = false;
    return false;
}

/* `import __static__` first, after an optional docstring and __future__ imports. */
static bool detect_static(const Module *m) {
    int i = 0;
    if (i < m->body.len) {
        Stmt *s = VEC_AT(m->body, Stmt, i);
        if (s->kind == S_EXPR && s->value->kind == E_STR) i++;
    }
    while (i < m->body.len) {
        Stmt *s = VEC_AT(m->body, Stmt, i);
        if (s->kind == S_IMPORTFROM && s->module && s->level == 0 && strcmp(s->module, "__future__") == 0) i++;
        else break;
    }
    if (i >= m->body.len) return false;
    Stmt *s = VEC_AT(m->body, Stmt, i);
    if (s->kind != S_IMPORT || s->names.len != 1) return false;
    Alias *al = VEC_AT(s->names, Alias, 0);
    return strcmp(al->name, "__static__") == 0 && !al->asname;
}

/* Chunk size for a text of `len` bytes: enough chunks that the parser threads share the
 * work evenly (a 230 KB module in 64 KB chunks left one thread a chunk ahead of the other).
 * SPC_PARSE_CHUNK=BYTES overrides it (the tests parse every module in tiny chunks to check
 * that chunking changes nothing). */
static uint32_t parse_chunk_bytes(size_t len) {
    const char *env = getenv("SPC_PARSE_CHUNK");
    size_t even = len / PARSE_CHUNKS_MIN;
    long v = env && *env ? strtol(env, NULL, 10)
           : len <= PARSE_CHUNK_BYTES || even >= PARSE_CHUNK_BYTES ? PARSE_CHUNK_BYTES
           : even > PARSE_CHUNK_MIN ? (long)even : PARSE_CHUNK_MIN;
    return v > 0 && v < (long)UINT32_MAX ? (uint32_t)v : 0;
}

Module *parse_module(Arena *a, const char *path, const char *modname, const char *source, size_t len,
                     Diags *d) {
    Module *m = ARENA_NEW(a, Module);
    m->name = modname;
    m->path = path;
    m->source = source ? source : "";
    m->source_len = source ? len : 0;
    if (m->source_len > UINT32_MAX / 2) {   /* tree-sitter offsets are 32-bit */
        diag_report(d, path, D_SYNTAX, (Span){1, 1, 1, 1}, "source file too large");
        return m;
    }
    int ndiags = d->items.len;
    P p = {.a = a, .d = d, .path = path, .src = m->source, .len = m->source_len, .suppress_from = UINT32_MAX};
    if (p.len >= 3 && memcmp(p.src, "\xEF\xBB\xBF", 3) == 0) p.src += 3, p.len -= 3, p.bom = 3;
    for (const char *q = p.src, *end = p.src + p.len; (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++) p.nlines++;
    p.err_lines = arena_alloc(a, (size_t)p.nlines + 3);
    if (check_encoding(&p)) {   /* NULs become spaces: same offsets, tree-sitter-safe */
        char *copy = arena_strndup(a, p.src, p.len);
        for (size_t i = 0; i < p.len; i++)
            if (!copy[i]) copy[i] = ' ';
        p.src = copy;
    }
    p.chunk = d->items.len == ndiags ? parse_chunk_bytes(p.len) : 0;   /* diagnostics so far: in one go */
    if (!guard_nesting(&p)) return m;
    pthread_once(&ts_mem_once, ts_mem_install);   /* before tree-sitter allocates anything */
    uint64_t timeout_us = PARSE_TIMEOUT_US + (uint64_t)p.len * PARSE_US_PER_BYTE;
    TSParser *parser = new_parser(timeout_us);
    if (!p.nsplits || !parse_chunked(&p, parser, timeout_us, m)) {
        TSTree *tree = ts_parser_parse_string(parser, NULL, p.src, (uint32_t)p.len);
        if (!tree) {
            syntax_error(&p, (Span){1, 1, 1, 1}, "source too complex to parse");
            ts_parser_delete(parser);
            arena_free(&p.scratch);   /* used when chunks were converted before the fallback */
            names_free(&p);
            return m;
        }
        TSNode root = ts_tree_root_node(tree);
        report_errors(&p, root);
        conv_block(&p, root, &m->body);
        ts_tree_delete(tree);
    }
    m->is_static = detect_static(m);
    ts_parser_delete(parser);
    arena_free(&p.scratch);
    names_free(&p);
    return m;
}
