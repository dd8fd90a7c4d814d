/* main.c — the spc driver. Reads as the list of stages (spc.h):
 *   read source -> parse -> check -> irgen -> verify -> refcount -> lower
 * and the four commands built from them: check, dis, build, run.
 * Options come from the command line, then from pyproject.toml's [tool.spc] (config.h)
 * for what the command line left unset; diagnostics go out through report.h.
 * Exit codes: 0 success, 1 errors in the user's program, 2 usage or internal errors. */
#include "config.h"
#include "report.h"
#include "spc.h"
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef SPC_PYTHON_DEFAULT
#define SPC_PYTHON_DEFAULT "python3"
#endif

enum { EXIT_OK = 0, EXIT_PROGRAM = 1, EXIT_USAGE = 2 };

typedef struct Options {
    const char *command;
    const char *out_dir;
    const char *python;
    const char *dump;          /* ast | ir | jit */
    int opt_level;
    bool debug_info;
    ReportFormat format;       /* --error-format (spc check) */
    const char *color;         /* --color: auto | always | never */
    const char *config;        /* --config FILE (NULL: search for pyproject.toml) */
    bool no_config;
    PtrVec excludes;           /* --exclude GLOB: skipped while walking directories */
    unsigned set_by_cli;       /* bit i: OPTIONS[i] was given on the command line */
    PtrVec files;              /* const char* */
    int run_argc;              /* spc run: arguments after FILE */
    char **run_argv;
    char **argv;               /* the whole command line (check may re-execute itself) */
} Options;

static const char USAGE[] =
    "usage: spc <command> [options] FILE.py...\n"
    "\n"
    "commands:\n"
    "  build FILE.py [-o DIR]   compile to DIR/NAME<EXT_SUFFIX> (default: beside the source)\n"
    "  check PATH...            type-check files and directories (*.py, recursively)\n"
    "  dis FILE.py              print the IR of static opcodes\n"
    "  run FILE.py [ARGS...]    compile and run as the main program\n"
    "\n"
    "options:\n"
    "  -o DIR                   output directory (build)\n"
    "  -O0 | -O1 | -O2 | -O3    optimisation level of the native code (default -O2)\n"
    "  -g                       emit debug line info (not byte-reproducible)\n"
    "  --python PATH            target interpreter (default: python3 on PATH)\n"
    "  --dump=ast|ir            print a stage's output to stdout and continue\n"
    "  --error-format=text|json|sarif   diagnostics format of check (default text)\n"
    "  --color=auto|always|never        ANSI colour in text diagnostics (default auto)\n"
    "  --exclude GLOB           skip matching files/directories found in directories\n"
    "  --config FILE            read [tool.spc] from FILE (default: the nearest\n"
    "                           pyproject.toml that has one); --no-config: none\n"
    "  --help, --version\n"
    "\n"
    "pyproject.toml [tool.spc] keys mirror the flags: error_format, color, python,\n"
    "opt_level, debug_info, exclude (array of globs); the command line wins.\n"
    "\n"
    "exit status: 0 success, 1 errors in the program, 2 usage or internal errors\n";

/* ---- small utilities ---- */

/* Module name from a path: the file stem, which must be an identifier. */
static char *module_name_of(Arena *a, const char *path) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot ? (size_t)(dot - base) : strlen(base);
    char *name = arena_strndup(a, base, n);
    bool ok = n > 0 && !(name[0] >= '0' && name[0] <= '9');
    for (size_t i = 0; i < n; i++)
        if (!(name[i] == '_' || (name[i] >= 'a' && name[i] <= 'z') || (name[i] >= 'A' && name[i] <= 'Z') ||
              (name[i] >= '0' && name[i] <= '9')))
            ok = false;
    return ok ? name : NULL;
}

static const char *exe_dir(Arena *a) {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return ".";
    buf[n] = 0;
    return arena_strdup(a, dirname(buf));
}

/* The target interpreter's EXT_SUFFIX (e.g. .cpython-311-x86_64-linux-gnu.so). */
static const char *python_ext_suffix(Arena *a, const char *python) {
    char cmd[PATH_MAX + 128];
    snprintf(cmd, sizeof cmd,
             "'%s' -c 'import sysconfig; print(sysconfig.get_config_var(\"EXT_SUFFIX\"))' 2>/dev/null",
             python);
    FILE *p = popen(cmd, "r");
    if (!p) return NULL;
    char line[256] = {0};
    bool ok = fgets(line, sizeof line, p) != NULL;
    int status = pclose(p);
    if (!ok || status != 0) return NULL;
    line[strcspn(line, "\r\n")] = 0;
    return line[0] ? arena_strdup(a, line) : NULL;
}

static const char *runtime_archive(Arena *a) {
    const char *env = getenv("SPC_RUNTIME");
    return env ? env : arena_printf(a, "%s/libspcrt.a", exe_dir(a));
}

/* ---- the pipeline ---- */

typedef struct Unit {
    const char *path, *source;
    Module *mod;
    IrModule *ir;
} Unit;

/* Text diagnostics on stderr for build, dis and run (colour per --color). */
static Reporter stderr_reporter(const Options *o) {
    return (Reporter){.out = stderr, .format = REPORT_TEXT, .color = report_color_choice(o->color, stderr) == 1};
}

/* parse + check (the static modules it imports are checked too, for their declarations;
 * their own errors are `spc check`'s business); reports diagnostics. Returns false on
 * errors (exit 1 material). */
static bool front_end(Arena *a, Unit *u, const char *modname, const Options *o, Reporter *rep,
                      int *exit_code) {
    Program *prog = ARENA_NEW(a, Program);
    prog->arena = a;
    ProgramUnit *pu = program_load(prog, u->path, modname);
    if (!pu) {
        fprintf(stderr, "spc: error: cannot read '%s': %s\n", u->path, strerror(errno));
        *exit_code = EXIT_USAGE;
        rep->failed = true;
        return false;
    }
    u->source = pu->source;
    u->mod = pu->mod;
    if (o->dump && strcmp(o->dump, "ast") == 0) ast_dump(stdout, u->mod);
    report_file(rep, &pu->diags, u->path, u->source);
    if (pu->diags.errors) *exit_code = EXIT_PROGRAM;
    return pu->diags.errors == 0;
}

/* irgen + verify + refcount. */
static bool middle_end(Arena *a, Unit *u, const Options *o, int *exit_code) {
    Diags d = {.arena = a};
    u->ir = irgen_module(u->mod, a, &d);
    if (d.errors || !u->ir) {
        /* Constructs the checker let through but irgen cannot compile yet are the
         * user's problem (exit 1); anything else is ours (exit 2). */
        bool internal = !u->ir && d.errors == 0;
        for (int i = 0; i < d.items.len; i++)
            internal |= VEC_AT(d.items, Diag, i)->id == D_INTERNAL;
        Reporter rep = stderr_reporter(o);
        report_file(&rep, &d, u->path, u->source);
        *exit_code = internal ? EXIT_USAGE : EXIT_PROGRAM;
        return false;
    }
    if (ir_verify(u->ir, stderr) != 0) {
        fprintf(stderr, "spc: internal error: IR verification failed for '%s'\n", u->path);
        *exit_code = EXIT_USAGE;
        return false;
    }
    ir_definite_assignment(u->ir);
    ir_refcount(u->ir);
    return true;
}

static bool back_end(Arena *a, Unit *u, const Options *o, const char *out_path, int *exit_code) {
    Diags d = {.arena = a};
    LowerOptions lo = {
        .opt_level = o->opt_level,
        .output_path = out_path,
        .runtime_archive = runtime_archive(a),
        .debug_info = o->debug_info,
    };
    if (lower_module(u->ir, &lo, &d) != 0 || d.errors) {
        Reporter rep = stderr_reporter(o);
        report_file(&rep, &d, u->path, u->source);
        *exit_code = EXIT_USAGE;
        return false;
    }
    return true;
}

/* Full compilation of one file into out_dir (created if needed). */
static const char *compile_file(Arena *a, const char *path, const char *modname, const char *out_dir,
                                const Options *o, int *exit_code) {
    Unit u = {.path = path};
    Reporter rep = stderr_reporter(o);
    if (!front_end(a, &u, modname, o, &rep, exit_code) || !middle_end(a, &u, o, exit_code)) return NULL;
    if (o->dump && strcmp(o->dump, "ir") == 0) ir_print(stdout, u.ir);
    const char *suffix = python_ext_suffix(a, o->python);
    if (!suffix) {
        fprintf(stderr, "spc: error: cannot query EXT_SUFFIX from '%s' (use --python PATH)\n", o->python);
        *exit_code = EXIT_USAGE;
        return NULL;
    }
    const char *out = arena_printf(a, "%s/%s%s", out_dir, modname, suffix);
    if (!back_end(a, &u, o, out, exit_code)) return NULL;
    return out;
}

/* ---- commands ---- */

/* ---- spc check: files and directories ---- */

static bool excluded(const Options *o, const char *path, const char *name) {
    for (int i = 0; i < o->excludes.len; i++) {
        const char *glob = VEC_AT(o->excludes, const char, i);
        if (fnmatch(glob, path, 0) == 0 || fnmatch(glob, name, 0) == 0) return true;
    }
    return false;
}

/* Directories a recursive walk never enters: hidden ones, caches, build output,
 * virtual environments. */
static bool skipped_dir(const char *path, const char *name) {
    static const char *const names[] = {"__pycache__", "build", "dist", "node_modules", "site-packages"};
    if (name[0] == '.') return true;
    if (strncmp(name, "build-", 6) == 0) return true;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0) return true;
    char cfg[PATH_MAX];
    struct stat st;
    snprintf(cfg, sizeof cfg, "%s/pyvenv.cfg", path);
    return stat(cfg, &st) == 0;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Appends the *.py files under `dir` to `out`, in sorted order (names compared bytewise,
 * files and directories interleaved). Symbolic links to directories are not followed. */
static void walk_dir(Arena *a, const Options *o, const char *dir, PtrVec *out, int depth) {
    DIR *d = opendir(dir);
    if (!d || depth > 64) {
        if (d) closedir(d);
        return;
    }
    PtrVec names = {0};
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            vec_push(a, &names, arena_strdup(a, e->d_name));
    closedir(d);
    if (names.len > 1) qsort(names.items, (size_t)names.len, sizeof(void *), cmp_str);
    size_t dl = strlen(dir);
    bool slash = dl > 0 && dir[dl - 1] == '/';
    for (int i = 0; i < names.len; i++) {
        const char *name = VEC_AT(names, const char, i);
        const char *path = strcmp(dir, ".") == 0 ? name   /* "spc check ." names files as mypy does */
                                                 : arena_printf(a, "%s%s%s", dir, slash ? "" : "/", name);
        struct stat st;
        if (lstat(path, &st) != 0 || excluded(o, path, name)) continue;
        if (S_ISDIR(st.st_mode)) {
            if (!skipped_dir(path, name)) walk_dir(a, o, path, out, depth + 1);
        } else if (strlen(name) > 3 && strcmp(name + strlen(name) - 3, ".py") == 0 &&
                   (S_ISREG(st.st_mode) || (S_ISLNK(st.st_mode) && stat(path, &st) == 0 && S_ISREG(st.st_mode)))) {
            vec_push(a, out, (void *)path);
        }
    }
}

/* The files named on the command line, directories expanded. Unreadable paths are
 * reported here (exit 2, as mypy). */
static int collect_sources(Arena *a, const Options *o, PtrVec *out) {
    int status = EXIT_OK;
    for (int i = 0; i < o->files.len; i++) {
        const char *path = VEC_AT(o->files, const char, i);
        struct stat st;
        if (stat(path, &st) != 0) {
            fprintf(stderr, "spc: error: cannot read '%s': %s\n", path, strerror(errno));
            status = EXIT_USAGE;
        } else if (S_ISDIR(st.st_mode)) {
            int before = out->len;
            walk_dir(a, o, path, out, 0);
            if (out->len == before) {
                fprintf(stderr, "spc: error: there are no .py files in directory '%s'\n", path);
                status = EXIT_USAGE;
            }
        } else {
            vec_push(a, out, (void *)path);   /* named explicitly: checked whatever its name */
        }
    }
    return status;
}

/* Checking megabytes of source touches hundreds of MB (tree-sitter's trees, the ASTs),
 * and the kernel clearing 4 KB pages one fault at a time took a fifth of the time. glibc's
 * malloc backs its heap with transparent huge pages when the glibc.malloc.hugetlb tunable
 * is set, which is read at process start only: so a large check re-executes itself once
 * with it (never when the user set GLIBC_TUNABLES). */
static void use_huge_pages(const Options *o, PtrVec *files) {
    enum { LARGE = 2 * 1024 * 1024 };
    if (getenv("GLIBC_TUNABLES") || !o->argv) return;
    long long total = 0;
    for (int i = 0; i < files->len; i++) {
        struct stat st;
        if (stat(VEC_AT(*files, const char, i), &st) == 0) total += st.st_size;
    }
    if (total < LARGE) return;
    setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1);
    fflush(NULL);
    execv("/proc/self/exe", o->argv);
    unsetenv("GLIBC_TUNABLES");   /* could not: carry on as we are */
}

static int cmd_check(Arena *a, const Options *o) {
    PtrVec files = {0};
    int status = collect_sources(a, o, &files);
    use_huge_pages(o, &files);
    Reporter rep = {
        .out = stdout,
        .summary = stderr,
        .format = o->format,
        .color = o->format == REPORT_TEXT && report_color_choice(o->color, stdout) == 1,
        .failed = status != EXIT_OK,
    };
    report_begin(&rep);
    /* One program for the run: a module imported by several files (or named on the
     * command line too) is checked once and its diagnostics are reported once. */
    Program prog = {.arena = a};
    for (int i = 0; i < files.len; i++) {
        const char *path = VEC_AT(files, const char, i);
        const char *name = program_module_name(a, path);
        ProgramUnit *named = program_load(&prog, path, name ? name : "__main__");
        if (!named) {
            fprintf(stderr, "spc: error: cannot read '%s': %s\n", path, strerror(errno));
            status = EXIT_USAGE;
            rep.failed = true;
        } else if (!named->requested) {   /* the summary counts the files asked for, as mypy */
            named->requested = true;
            rep.files_checked += named->reported;
        }
        for (int j = 0; j < prog.units.len; j++) {   /* and the modules it imported */
            ProgramUnit *pu = VEC_AT(prog.units, ProgramUnit, j);
            if (pu->reported) continue;
            pu->reported = true;
            report_file(&rep, &pu->diags, pu->path, pu->source);
            rep.files_checked -= !pu->requested;
            if (pu->diags.errors && status < EXIT_PROGRAM) status = EXIT_PROGRAM;
        }
        fflush(rep.out);
    }
    report_end(&rep);
    return status;
}

static int cmd_dis(Arena *a, const Options *o) {
    int status = EXIT_OK;
    for (int i = 0; i < o->files.len; i++) {
        Unit u = {.path = VEC_AT(o->files, const char, i)};
        const char *name = module_name_of(a, u.path);
        int code = EXIT_OK;
        Reporter rep = stderr_reporter(o);
        if (front_end(a, &u, name ? name : "__main__", o, &rep, &code) && middle_end(a, &u, o, &code))
            ir_print(stdout, u.ir);
        if (code > status) status = code;
    }
    return status;
}

static int cmd_build(Arena *a, const Options *o) {
    int status = EXIT_OK;
    for (int i = 0; i < o->files.len; i++) {
        const char *path = VEC_AT(o->files, const char, i);
        const char *name = module_name_of(a, path);
        if (!name) {
            fprintf(stderr, "spc: error: '%s': a module file name must be a Python identifier\n", path);
            return EXIT_USAGE;
        }
        char *tmp = arena_strdup(a, path);
        const char *dir = o->out_dir ? o->out_dir : dirname(tmp);
        if (o->out_dir) mkdir(dir, 0777);
        int code = EXIT_OK;
        compile_file(a, path, name, dir, o, &code);
        if (code > status) status = code;
    }
    return status;
}

/* The bootstrap `spc run` hands the interpreter: load the compiled __main__ module
 * under the name __main__ with __file__ = the source, as `python FILE.py` would. */
static const char RUN_BOOTSTRAP[] =
    "import sys, os, importlib.machinery as M, importlib.util as U\n"
    "so, src = sys.argv[1], sys.argv[2]\n"
    "sys.argv = sys.argv[2:]\n"
    "sys.path[0] = os.path.dirname(os.path.abspath(src))\n"
    "loader = M.ExtensionFileLoader('__main__', so)\n"
    "spec = U.spec_from_file_location('__main__', so, loader=loader)\n"
    "mod = U.module_from_spec(spec)\n"
    "mod.__file__ = src\n"
    "mod.__cached__ = None\n"
    "sys.modules['__main__'] = mod\n"
    "try:\n"
    "    loader.exec_module(mod)\n"
    "except SystemExit:\n"
    "    raise\n"
    "except BaseException as e:\n"
    "    tb = e.__traceback__\n"
    "    while tb is not None and tb.tb_frame.f_code.co_filename == '<string>':\n"
    "        tb = tb.tb_next\n"
    "    while tb is not None and 'importlib' in tb.tb_frame.f_code.co_filename:\n"
    "        tb = tb.tb_next\n"
    "    e.__traceback__ = tb\n"   /* the default excepthook prints e.__traceback__ */
    "    sys.excepthook(type(e), e, tb)\n"
    "    sys.exit(1)\n";

static void prepend_pythonpath(Arena *a) {
    const char *dir = arena_printf(a, "%s/python", exe_dir(a));
    struct stat st;
    if (stat(dir, &st) != 0) return;
    const char *old = getenv("PYTHONPATH");
    setenv("PYTHONPATH", old && *old ? arena_printf(a, "%s:%s", dir, old) : dir, 1);
}

static void remove_tree(const char *dir, const char *file) {
    if (file) unlink(file);
    rmdir(dir);
}

static int cmd_run(Arena *a, const Options *o) {
    const char *path = VEC_AT(o->files, const char, 0);
    char tmpl[] = "/tmp/spc-run-XXXXXX";
    char *dir = mkdtemp(tmpl);
    if (!dir) {
        fprintf(stderr, "spc: error: cannot create a temporary directory: %s\n", strerror(errno));
        return EXIT_USAGE;
    }
    int code = EXIT_OK;
    const char *so = compile_file(a, path, "__main__", dir, o, &code);
    if (!so) {
        remove_tree(dir, NULL);
        return code;
    }
    prepend_pythonpath(a);
    char abs_src[PATH_MAX];
    const char *src = realpath(path, abs_src) ? abs_src : path;
    char **argv = ARENA_ARRAY(a, char *, o->run_argc + 6);
    int n = 0;
    argv[n++] = (char *)o->python;
    argv[n++] = "-c";
    argv[n++] = (char *)RUN_BOOTSTRAP;
    argv[n++] = (char *)so;
    argv[n++] = (char *)src;
    for (int i = 0; i < o->run_argc; i++) argv[n++] = o->run_argv[i];
    argv[n] = NULL;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        execvp(o->python, argv);
        fprintf(stderr, "spc: error: cannot run '%s': %s\n", o->python, strerror(errno));
        _exit(127);
    }
    int status = 0;
    while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    remove_tree(dir, so);
    if (pid < 0) return EXIT_USAGE;
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

/* ---- command line and pyproject.toml ---- */

static int usage_error(const char *msg, const char *arg) {
    fprintf(stderr, "spc: error: %s%s%s\n%s", msg, arg ? " " : "", arg ? arg : "", USAGE);
    return EXIT_USAGE;
}

/* Setters shared by the command line and [tool.spc]: NULL, or what is wrong with v. */
typedef const char *(*Setter)(Arena *a, Options *o, const char *v);

static const char *set_format(Arena *a, Options *o, const char *v) {
    return report_parse_format(v, &o->format) ? NULL : "unknown error format (text, json, sarif):";
}
static const char *set_color(Arena *a, Options *o, const char *v) {
    o->color = v;
    return report_color_choice(v, stdout) >= 0 ? NULL : "unknown colour choice (auto, always, never):";
}
static const char *set_python(Arena *a, Options *o, const char *v) {
    o->python = v;
    return NULL;
}
static const char *set_opt_level(Arena *a, Options *o, const char *v) {
    o->opt_level = v[0] - '0';
    return v[0] >= '0' && v[0] <= '3' && !v[1] ? NULL : "optimisation level must be 0..3:";
}
static const char *set_debug(Arena *a, Options *o, const char *v) {
    o->debug_info = strcmp(v, "true") == 0;
    return o->debug_info || strcmp(v, "false") == 0 ? NULL : "expected true or false:";
}
static const char *add_exclude(Arena *a, Options *o, const char *v) {
    vec_push(a, &o->excludes, (void *)v);
    return NULL;
}

/* Every setting with a value: its flag and its [tool.spc] key (the same name). Flags
 * starting with "--" take `--flag=V` or `--flag V`; "-O" takes -O0..-O3; "-g" none. */
typedef struct OptSpec { const char *flag, *key; ConfigKind kind; Setter set; } OptSpec;
static const OptSpec OPTIONS[] = {
    {"--error-format", "error_format", CFG_STRING, set_format},
    {"--color", "color", CFG_STRING, set_color},
    {"--python", "python", CFG_STRING, set_python},
    {"-O", "opt_level", CFG_INT, set_opt_level},
    {"-g", "debug_info", CFG_BOOL, set_debug},
    {"--exclude", "exclude", CFG_ARRAY, add_exclude},
};
enum { N_OPTIONS = sizeof OPTIONS / sizeof OPTIONS[0] };

/* Matches argv[*i] against OPTIONS; returns 1 (applied), 0 (not an option of the table)
 * or an exit code + 2 (error already printed). */
static int table_option(Arena *a, int argc, char **argv, int *i, Options *o) {
    const char *arg = argv[*i];
    for (int k = 0; k < N_OPTIONS; k++) {
        const char *flag = OPTIONS[k].flag, *v = NULL;
        size_t n = strlen(flag);
        if (strncmp(arg, flag, n) != 0) continue;
        if (strcmp(flag, "-g") == 0) v = arg[2] ? NULL : "true";
        else if (strcmp(flag, "-O") == 0) v = arg[2] && !arg[3] ? arg + 2 : NULL;
        else if (arg[n] == '=') v = arg + n + 1;
        else if (!arg[n]) {
            if (*i + 1 >= argc) return usage_error("missing value after", arg) + 2;
            v = argv[++*i];
        }
        if (!v) continue;
        const char *err = OPTIONS[k].set(a, o, v);
        if (err) return usage_error(err, v) + 2;
        o->set_by_cli |= 1u << k;
        return 1;
    }
    return 0;
}

/* Returns -1 when parsing succeeded, else the exit code to use. */
static int parse_args(Arena *a, int argc, char **argv, Options *o) {
    o->python = SPC_PYTHON_DEFAULT;
    o->opt_level = 2;
    o->color = "auto";
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        int t;
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(USAGE, stdout);
            return EXIT_OK;
        } else if (strcmp(arg, "--version") == 0) {
            printf("spc %s\n", SPC_VERSION);
            return EXIT_OK;
        } else if (!o->command && arg[0] != '-') {
            o->command = arg;
        } else if ((t = table_option(a, argc, argv, &i, o)) != 0) {
            if (t > 1) return t - 2;
        } else if (strcmp(arg, "-o") == 0 || strcmp(arg, "--config") == 0) {
            if (i + 1 >= argc) return usage_error("missing value after", arg);
            if (arg[1] == 'o') o->out_dir = argv[++i];
            else o->config = argv[++i];
        } else if (strncmp(arg, "--config=", 9) == 0) {
            o->config = arg + 9;
        } else if (strcmp(arg, "--no-config") == 0) {
            o->no_config = true;
        } else if (strncmp(arg, "--dump=", 7) == 0) {
            o->dump = arg + 7;
            if (strcmp(o->dump, "ast") != 0 && strcmp(o->dump, "ir") != 0)
                return usage_error("unknown dump stage:", o->dump);
        } else if (arg[0] == '-' && arg[1]) {
            return usage_error("unknown option", arg);
        } else {
            vec_push(a, &o->files, (void *)arg);
            if (o->command && strcmp(o->command, "run") == 0) {   /* the rest belongs to the program */
                o->run_argc = argc - i - 1;
                o->run_argv = argv + i + 1;
                break;
            }
        }
    }
    if (!o->command) return usage_error("no command given", NULL);
    if (o->files.len == 0) return usage_error("no input files", NULL);
    return -1;
}

static int config_error(const char *path, int line, const char *msg, const char *what) {
    fprintf(stderr, "spc: error: %s:%d: %s%s%s\n", path, line, msg, what ? " " : "", what ? what : "");
    return EXIT_USAGE;
}

/* One [tool.spc] entry, unless the command line already set it. */
static int apply_entry(Arena *a, Options *o, const char *path, const ConfigEntry *e) {
    int k = 0;
    while (k < N_OPTIONS && strcmp(OPTIONS[k].key, e->key) != 0) k++;
    if (k == N_OPTIONS) {
        fprintf(stderr, "spc: warning: %s:%d: unknown key '%s' in [tool.spc]\n", path, e->line, e->key);
        return -1;
    }
    if (o->set_by_cli & (1u << k)) return -1;
    static const char *const kinds[] = {"a string", "a boolean", "an integer", "an array of strings"};
    const ConfigValue *v = e->value;
    const char *want = arena_printf(a, "'%s' must be %s", e->key, kinds[OPTIONS[k].kind]);
    if (v->kind != OPTIONS[k].kind) return config_error(path, e->line, want, NULL);
    const char *err = NULL, *text = v->str;
    if (v->kind == CFG_INT) text = arena_printf(a, "%lld", v->integer);
    if (v->kind == CFG_BOOL) text = v->boolean ? "true" : "false";
    if (v->kind != CFG_ARRAY) {
        err = OPTIONS[k].set(a, o, text);
    } else {
        for (int i = 0; i < v->items.len && !err; i++) {
            const ConfigValue *item = VEC_AT(v->items, ConfigValue, i);
            if (item->kind != CFG_STRING) return config_error(path, e->line, want, NULL);
            err = OPTIONS[k].set(a, o, text = item->str);
        }
    }
    return err ? config_error(path, e->line, err, text) : -1;
}

/* Command line first, then the nearest pyproject.toml with [tool.spc] for the rest.
 * Returns -1, or the exit code for a bad configuration. */
static int load_config(Arena *a, Options *o) {
    if (o->no_config) return -1;
    const char *path = o->config;
    if (!path) {
        char cwd[PATH_MAX];
        path = getcwd(cwd, sizeof cwd) ? config_find(a, cwd) : NULL;
        if (!path) return -1;
    }
    size_t len;
    const char *text = read_source_file(a, path, &len);
    if (!text) {
        fprintf(stderr, "spc: error: cannot read '%s': %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    Config c = {.path = path};
    if (!config_parse(a, text, "tool.spc", &c)) return config_error(path, c.error_line, c.error, NULL);
    for (int i = 0; i < c.entries.len; i++) {
        int rc = apply_entry(a, o, path, VEC_AT(c.entries, ConfigEntry, i));
        if (rc >= 0) return rc;
    }
    return -1;
}

int main(int argc, char **argv) {
    Arena arena = {0};
    Options o = {.argv = argv};
    int rc = parse_args(&arena, argc, argv, &o);
    if (rc < 0) rc = load_config(&arena, &o);
    if (rc >= 0) {
        arena_free(&arena);
        return rc;
    }
    types_init(&arena);
    if (strcmp(o.command, "check") == 0) rc = cmd_check(&arena, &o);
    else if (strcmp(o.command, "dis") == 0) rc = cmd_dis(&arena, &o);
    else if (strcmp(o.command, "build") == 0) rc = cmd_build(&arena, &o);
    else if (strcmp(o.command, "run") == 0) rc = cmd_run(&arena, &o);
    else rc = usage_error("unknown command", o.command);
    arena_free(&arena);
    return rc;
}
