/* program.c — the whole-program view: finding, loading and checking the static modules a
 * module imports (spc.h "Program"; STATIC_PYTHON.md §3.3).
 *
 * Input: a module's path and its import statements.  Output: ProgramUnits, each a
 * parsed and checked Module with its own diagnostics, shared by every importer.
 * Resolution follows Python's for a project checked in place: `import a.b` / `from a.b
 * import c` look for a/b.py or a/b/__init__.py beside the importing file and at the root
 * of the package tree holding it; relative imports start from the importer's package.
 * A module being checked is returned as it is when an import cycle reaches it again, so
 * cycles end (the later module sees the earlier one's names as dynamic). */
#include "spc.h"
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *read_source_file(Arena *a, const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
        n += got;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (!buf) return NULL;
    char *text = arena_strndup(a, buf, n);
    free(buf);
    *len = n;
    return text;
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The directory part of a path ("." when none). */
static char *dir_of(Arena *a, const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash) return arena_strdup(a, ".");
    if (slash == path) return arena_strdup(a, "/");
    return arena_strndup(a, path, (size_t)(slash - path));
}

static bool is_package_dir(Arena *a, const char *dir) {
    return is_file(arena_printf(a, "%s/__init__.py", dir));
}

static bool is_identifier(const char *s, size_t n) {
    if (n == 0 || (s[0] >= '0' && s[0] <= '9')) return false;
    for (size_t i = 0; i < n; i++)
        if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
              (s[i] >= '0' && s[i] <= '9')))
            return false;
    return true;
}

const char *program_module_name(Arena *a, const char *path) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot ? (size_t)(dot - base) : strlen(base);
    if (!is_identifier(base, n)) return NULL;
    const char *name = arena_strndup(a, base, n);
    char *dir = dir_of(a, path);
    if (strcmp(name, "__init__") == 0) {   /* a package: named after its directory */
        const char *d = strrchr(dir, '/');
        d = d ? d + 1 : dir;
        if (!is_identifier(d, strlen(d)) || strcmp(dir, ".") == 0) return name;
        name = d;
        dir = dir_of(a, dir);
    }
    for (int depth = 0; depth < 64 && strcmp(dir, ".") != 0 && strcmp(dir, "/") != 0 && is_package_dir(a, dir); depth++) {
        const char *d = strrchr(dir, '/');
        d = d ? d + 1 : dir;
        if (!is_identifier(d, strlen(d))) break;
        name = arena_printf(a, "%s.%s", d, name);
        dir = dir_of(a, dir);
    }
    return name;
}

static ProgramUnit *find_unit(Program *p, const char *key) {
    for (int i = 0; i < p->units.len; i++)
        if (strcmp(VEC_AT(p->units, ProgramUnit, i)->key, key) == 0) return VEC_AT(p->units, ProgramUnit, i);
    return NULL;
}

ProgramUnit *program_load(Program *p, const char *path, const char *modname) {
    char buf[PATH_MAX];
    const char *key = realpath(path, buf) ? arena_strdup(p->arena, buf) : path;
    ProgramUnit *u = find_unit(p, key);
    if (u) return u;
    size_t len = 0;
    const char *source = read_source_file(p->arena, path, &len);
    if (!source) return NULL;
    u = ARENA_NEW(p->arena, ProgramUnit);
    u->path = path;
    u->key = key;
    u->source = source;
    u->source_len = len;
    u->diags.arena = p->arena;
    vec_push(p->arena, &p->units, u);
    u->mod = parse_module(p->arena, path, modname, source, len, &u->diags);
    u->mod->program = p;
    check_module(u->mod, p->arena, &u->diags);
    u->checked = true;
    return u;
}

/* root/a/b.py or root/a/b/__init__.py for dotted "a.b". */
static const char *module_file(Arena *a, const char *root, const char *dotted) {
    char *rel = arena_strdup(a, dotted);
    for (char *q = rel; *q; q++)
        if (*q == '.') *q = '/';
    const char *dir = strcmp(root, ".") == 0 ? "" : arena_printf(a, "%s/", root);
    const char *f = arena_printf(a, "%s%s.py", dir, rel);
    if (is_file(f)) return f;
    f = arena_printf(a, "%s%s/__init__.py", dir, rel);
    return is_file(f) ? f : NULL;
}

/* The directory at the top of the package tree holding `dir` (dir itself outside one). */
static char *package_root(Arena *a, char *dir) {
    for (int depth = 0; depth < 64 && strcmp(dir, ".") != 0 && strcmp(dir, "/") != 0 && is_package_dir(a, dir); depth++)
        dir = dir_of(a, dir);
    return dir;
}

Module *program_import(Program *p, const Module *from, const char *dotted, int level) {
    Arena *a = p->arena;
    if (!from->path || (!dotted && level == 0)) return NULL;
    char *dir = dir_of(a, from->path);
    const char *file = NULL, *name = dotted;
    if (level > 0) {   /* relative: from the importer's package, one directory up per extra dot */
        const char *pkg = from->name ? from->name : "";
        bool is_init = strstr(from->path, "__init__.py") != NULL;
        char *pkgname = arena_strdup(a, pkg);
        for (int i = is_init ? 1 : 0; i < level; i++) {
            char *dot = strrchr(pkgname, '.');
            if (dot) *dot = 0;
            else pkgname[0] = 0;
            if (i > 0) dir = dir_of(a, dir);
        }
        file = dotted ? module_file(a, dir, dotted) : arena_printf(a, "%s/__init__.py", dir);
        if (file && !is_file(file)) file = NULL;
        name = pkgname[0] ? (dotted ? arena_printf(a, "%s.%s", pkgname, dotted) : pkgname)
                          : (dotted ? dotted : "__init__");
    } else {
        file = module_file(a, dir, dotted);
        char *root = package_root(a, arena_strdup(a, dir));
        if (!file && strcmp(root, dir) != 0) file = module_file(a, root, dotted);
    }
    if (!file) return NULL;
    ProgramUnit *u = program_load(p, file, name);
    return u ? u->mod : NULL;
}
