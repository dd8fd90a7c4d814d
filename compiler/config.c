/* config.c — the TOML subset behind pyproject.toml's [tool.spc] (see config.h).
 * A cursor over the text; every construct has one function. Errors stop the parse with a
 * message and a line number; nothing here prints. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct Toml {
    Arena *a;
    const char *p;
    int line;
    const char *error;
    int depth;
} Toml;

enum { MAX_DEPTH = 32 };

static bool fail(Toml *t, const char *msg) {
    if (!t->error) t->error = msg;
    return false;
}

/* ---------------------------------------------------------------- lexing */

static void skip_blank(Toml *t) { while (*t->p == ' ' || *t->p == '\t') t->p++; }

static void skip_comment(Toml *t) {
    if (*t->p == '#')
        while (*t->p && *t->p != '\n') t->p++;
}

/* Blanks, comments and newlines (inside arrays, between statements). */
static void skip_space(Toml *t) {
    for (;;) {
        skip_blank(t);
        skip_comment(t);
        if (*t->p == '\r' && t->p[1] == '\n') t->p++;
        if (*t->p != '\n') return;
        t->p++;
        t->line++;
    }
}

static bool is_bare(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

/* A growing string in the arena (doubling; old copies are garbage, as arenas go). */
typedef struct Buf { char *s; size_t len, cap; } Buf;

static void buf_put(Arena *a, Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 32;
        while (cap < b->len + n + 1) cap *= 2;
        char *ns = arena_alloc(a, cap);
        if (b->len) memcpy(ns, b->s, b->len);
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void buf_utf8(Arena *a, Buf *b, unsigned long cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | cp >> 6); u[1] = (char)(0x80 | (cp & 63)); n = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | cp >> 12); u[1] = (char)(0x80 | (cp >> 6 & 63)); u[2] = (char)(0x80 | (cp & 63)); n = 3;
    } else {
        u[0] = (char)(0xF0 | cp >> 18); u[1] = (char)(0x80 | (cp >> 12 & 63));
        u[2] = (char)(0x80 | (cp >> 6 & 63)); u[3] = (char)(0x80 | (cp & 63)); n = 4;
    }
    buf_put(a, b, u, n);
}

/* One escape after a backslash in a basic string. */
static bool escape(Toml *t, Buf *b) {
    static const char from[] = "btnfr\"\\", to[] = "\b\t\n\f\r\"\\";
    char c = *t->p;
    const char *k = c ? strchr(from, c) : NULL;
    if (k) {
        buf_put(t->a, b, &to[k - from], 1);
        t->p++;
        return true;
    }
    int digits = c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (!digits) return fail(t, "invalid escape in string");
    unsigned long cp = 0;
    for (int i = 1; i <= digits; i++) {
        char h = t->p[i];
        int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
              : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
        if (v < 0) return fail(t, "invalid unicode escape in string");
        cp = cp * 16 + (unsigned long)v;
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return fail(t, "invalid unicode escape in string");
    buf_utf8(t->a, b, cp);
    t->p += digits + 1;
    return true;
}

/* "basic", 'literal', """multi-line basic""", '''multi-line literal'''. */
static const char *string(Toml *t) {
    char q = *t->p;
    bool multi = t->p[1] == q && t->p[2] == q;
    t->p += multi ? 3 : 1;
    if (multi && *t->p == '\r' && t->p[1] == '\n') t->p++;
    if (multi && *t->p == '\n') { t->p++; t->line++; }    /* a newline right after """ is trimmed */
    Buf b = {0};
    buf_put(t->a, &b, "", 0);
    for (;;) {
        char c = *t->p;
        if (!c) return fail(t, "unterminated string"), NULL;
        if (c == q && (!multi || (t->p[1] == q && t->p[2] == q))) {
            t->p += multi ? 3 : 1;
            for (int extra = 0; multi && extra < 2 && *t->p == q; extra++)   /* """a""""" */
                buf_put(t->a, &b, t->p++, 1);
            return b.s;
        }
        if (c == '\n') {
            if (!multi) return fail(t, "newline in a single-line string"), NULL;
            t->line++;
        }
        if (c == '\\' && q == '"') {
            t->p++;
            if (multi && (*t->p == '\n' || *t->p == ' ' || *t->p == '\t' || *t->p == '\r')) {
                /* line-ending backslash: drop the whitespace up to the next text */
                const char *s = t->p;
                while (*s == ' ' || *s == '\t') s++;
                if (*s == '\r') s++;
                if (*s != '\n') return fail(t, "invalid escape in string"), NULL;
                t->p = s;
                while (*t->p == ' ' || *t->p == '\t' || *t->p == '\n' || *t->p == '\r')
                    if (*t->p++ == '\n') t->line++;
                continue;
            }
            if (!escape(t, &b)) return NULL;
            continue;
        }
        buf_put(t->a, &b, t->p++, 1);
    }
}

/* key or a.b."c d" — joined with '.'. */
static const char *key(Toml *t) {
    Buf b = {0};
    for (;;) {
        skip_blank(t);
        const char *part;
        if (*t->p == '"' || *t->p == '\'') {
            if (t->p[1] == *t->p && t->p[2] == *t->p) return fail(t, "a key cannot be a multi-line string"), NULL;
            part = string(t);
            if (!part) return NULL;
        } else {
            const char *s = t->p;
            while (is_bare(*t->p)) t->p++;
            if (t->p == s) return fail(t, "expected a key"), NULL;
            part = arena_strndup(t->a, s, (size_t)(t->p - s));
        }
        if (b.len) buf_put(t->a, &b, ".", 1);
        buf_put(t->a, &b, part, strlen(part));
        skip_blank(t);
        if (*t->p != '.') return b.s;
        t->p++;
    }
}

/* ---------------------------------------------------------------- values */

static ConfigValue *value(Toml *t);

/* Integers (decimal with '_', 0x/0o/0b) become CFG_INT; floats, dates, inf, nan are
 * scanned as one token and kept as CFG_OTHER. */
static ConfigValue *scalar(Toml *t, ConfigValue *v) {
    const char *s = t->p;
    while (is_bare(*t->p) || *t->p == '+' || *t->p == '.' || *t->p == ':') t->p++;
    /* a date-time may separate date and time with a space */
    if (t->p - s == 10 && s[4] == '-' && *t->p == ' ' && t->p[1] >= '0' && t->p[1] <= '9') {
        t->p++;
        while (is_bare(*t->p) || *t->p == '+' || *t->p == '.' || *t->p == ':') t->p++;
    }
    size_t n = (size_t)(t->p - s);
    if (n == 0) return fail(t, "expected a value"), NULL;
    char tok[64] = {0}, digits[64] = {0};
    if (n >= sizeof tok) { v->kind = CFG_OTHER; return v; }
    memcpy(tok, s, n);
    if (strcmp(tok, "true") == 0 || strcmp(tok, "false") == 0) {
        v->kind = CFG_BOOL;
        v->boolean = tok[0] == 't';
        return v;
    }
    const char *q = tok;
    int base = 10;
    bool neg = false;
    if (*q == '+' || *q == '-') neg = *q++ == '-';
    if (q[0] == '0' && (q[1] == 'x' || q[1] == 'o' || q[1] == 'b') && !neg && tok[0] != '+') {
        base = q[1] == 'x' ? 16 : q[1] == 'o' ? 8 : 2;
        q += 2;
    }
    size_t k = 0;
    for (; *q; q++) {
        if (*q == '_' && k && q[1] && q[1] != '_') continue;
        digits[k++] = *q;
    }
    char *end = NULL;
    long long x = k ? strtoll(digits, &end, base) : 0;
    bool is_int = k && end && !*end && (base != 10 || digits[0] != '0' || k == 1);
    v->kind = is_int ? CFG_INT : CFG_OTHER;
    v->integer = neg ? -x : x;
    if (!is_int && !(tok[0] >= '0' && tok[0] <= '9') && tok[0] != '+' && tok[0] != '-' &&
        strcmp(tok, "inf") != 0 && strcmp(tok, "nan") != 0)
        return fail(t, "invalid value"), NULL;
    return v;
}

static ConfigValue *array(Toml *t, ConfigValue *v) {
    v->kind = CFG_ARRAY;
    t->p++;
    for (;;) {
        skip_space(t);
        if (*t->p == ']') { t->p++; return v; }
        ConfigValue *item = value(t);
        if (!item) return NULL;
        vec_push(t->a, &v->items, item);
        skip_space(t);
        if (*t->p == ',') t->p++;
        else if (*t->p != ']') return fail(t, "expected ',' or ']' in an array"), NULL;
    }
}

/* { k = v, ... } — parsed for its syntax, kept as CFG_OTHER. */
static ConfigValue *inline_table(Toml *t, ConfigValue *v) {
    v->kind = CFG_OTHER;
    t->p++;
    skip_blank(t);
    if (*t->p == '}') { t->p++; return v; }
    for (;;) {
        if (!key(t)) return NULL;
        skip_blank(t);
        if (*t->p++ != '=') return fail(t, "expected '=' after a key"), NULL;
        skip_blank(t);
        if (!value(t)) return NULL;
        skip_blank(t);
        if (*t->p == '}') { t->p++; return v; }
        if (*t->p++ != ',') return fail(t, "expected ',' or '}' in an inline table"), NULL;
        skip_blank(t);
    }
}

static ConfigValue *value(Toml *t) {
    if (++t->depth > MAX_DEPTH) return fail(t, "values nested too deeply"), NULL;
    ConfigValue *v = ARENA_NEW(t->a, ConfigValue);
    ConfigValue *r;
    if (*t->p == '"' || *t->p == '\'') {
        v->kind = CFG_STRING;
        v->str = string(t);
        r = v->str ? v : NULL;
    } else if (*t->p == '[') {
        r = array(t, v);
    } else if (*t->p == '{') {
        r = inline_table(t, v);
    } else {
        r = scalar(t, v);
    }
    t->depth--;
    return r;
}

/* ---------------------------------------------------------------- statements */

/* The rest of a line after a statement: blanks, a comment, then a newline or the end. */
static bool end_of_line(Toml *t) {
    skip_blank(t);
    skip_comment(t);
    if (*t->p == '\r' && t->p[1] == '\n') t->p++;
    if (*t->p && *t->p != '\n') return fail(t, "unexpected text after a value");
    return true;
}

/* [table] or [[array.of.tables]]; returns the table name. */
static const char *header(Toml *t) {
    bool aot = t->p[1] == '[';
    t->p += aot ? 2 : 1;
    const char *name = key(t);
    if (!name) return NULL;
    if (*t->p != ']' || (aot && t->p[1] != ']')) return fail(t, "expected ']' after a table name"), NULL;
    t->p += aot ? 2 : 1;
    return name;
}

static void keep(Toml *t, Config *c, const char *table, const char *full, int line, ConfigValue *v) {
    size_t n = strlen(table);
    if (strncmp(full, table, n) != 0 || full[n] != '.') return;
    ConfigEntry *e = ARENA_NEW(t->a, ConfigEntry);
    e->key = full + n + 1;
    e->line = line;
    e->value = v;
    vec_push(t->a, &c->entries, e);
    c->has_table = true;
}

bool config_parse(Arena *a, const char *text, const char *table, Config *c) {
    Toml t = {.a = a, .p = text, .line = 1};
    const char *current = "";
    for (;;) {
        skip_space(&t);
        if (!*t.p) break;
        int line = t.line;
        if (*t.p == '[') {
            current = header(&t);
            if (!current) break;
            if (strcmp(current, table) == 0) c->has_table = true;
        } else {
            const char *k = key(&t);
            if (!k) break;
            skip_blank(&t);
            if (*t.p++ != '=') { fail(&t, "expected '=' after a key"); break; }
            skip_blank(&t);
            ConfigValue *v = value(&t);
            if (!v) break;
            keep(&t, c, table, *current ? arena_printf(a, "%s.%s", current, k) : k, line, v);
        }
        if (!end_of_line(&t)) break;
    }
    if (t.error) {
        c->error = t.error;
        c->error_line = t.line;
        return false;
    }
    return true;
}

/* ---------------------------------------------------------------- discovery */

static bool exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

static char *slurp(Arena *a, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    Buf b = {0};
    buf_put(a, &b, "", 0);
    char chunk[8192];
    for (size_t n; (n = fread(chunk, 1, sizeof chunk, f)) > 0;) buf_put(a, &b, chunk, n);
    fclose(f);
    return b.s;
}

const char *config_find(Arena *a, const char *dir) {
    char *d = arena_strdup(a, dir);
    for (;;) {
        const char *path = arena_printf(a, "%s/pyproject.toml", *d ? d : "/");
        char *text = exists(path) ? slurp(a, path) : NULL;
        if (text) {
            Config c = {0};
            /* a file that does not parse but mentions tool.spc is ours: the driver
             * reports its error; other projects' files we cannot read are passed by */
            bool ok = config_parse(a, text, "tool.spc", &c);
            if (c.has_table || (!ok && strstr(text, "tool.spc"))) return path;
        }
        if (exists(arena_printf(a, "%s/.git", d)) || exists(arena_printf(a, "%s/.hg", d))) return NULL;
        char *slash = strrchr(d, '/');
        if (!slash || !*d) return NULL;
        *slash = 0;   /* "/a/b" -> "/a" -> "" (the root, tried as "/") -> stop */
    }
}
