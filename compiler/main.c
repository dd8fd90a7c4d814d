/* main.c — the spc driver. Reads as the list of stages (spc.h):
 *   read source -> parse -> check -> irgen -> verify -> refcount -> lower
 * and the four commands built from them: check, dis, build, run.
 * Exit codes: 0 success, 1 errors in the user's program, 2 usage or internal errors. */
#include "spc.h"
#include <errno.h>
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
    PtrVec files;              /* const char* */
    int run_argc;              /* spc run: arguments after FILE */
    char **run_argv;
} Options;

static const char USAGE[] =
    "usage: spc <command> [options] FILE.py...\n"
    "\n"
    "commands:\n"
    "  build FILE.py [-o DIR]   compile to DIR/NAME<EXT_SUFFIX> (default: beside the source)\n"
    "  check FILE.py...         type-check and print diagnostics\n"
    "  dis FILE.py              print the IR of static opcodes\n"
    "  run FILE.py [ARGS...]    compile and run as the main program\n"
    "\n"
    "options:\n"
    "  -o DIR                   output directory (build)\n"
    "  -O0 | -O1 | -O2 | -O3    optimisation level of the native code (default -O2)\n"
    "  -g                       emit debug line info (not byte-reproducible)\n"
    "  --python PATH            target interpreter (default: python3 on PATH)\n"
    "  --dump=ast|ir            print a stage's output to stdout and continue\n"
    "  --help, --version\n"
    "\n"
    "exit status: 0 success, 1 errors in the program, 2 usage or internal errors\n";

/* ---- small utilities ---- */

static char *read_file(Arena *a, const char *path, size_t *len) {
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

/* parse + check; prints diagnostics. Returns false on errors (exit 1 material). */
static bool front_end(Arena *a, Unit *u, const char *modname, const Options *o, int *exit_code) {
    size_t len = 0;
    u->source = read_file(a, u->path, &len);
    if (!u->source) {
        fprintf(stderr, "spc: error: cannot read '%s': %s\n", u->path, strerror(errno));
        *exit_code = EXIT_USAGE;
        return false;
    }
    Diags d = {.arena = a};
    u->mod = parse_module(a, u->path, modname, u->source, len, &d);
    if (o->dump && strcmp(o->dump, "ast") == 0) ast_dump(stdout, u->mod);
    check_module(u->mod, a, &d);
    diag_print_text(&d, stderr, u->path, u->source);
    if (d.errors) *exit_code = EXIT_PROGRAM;
    return d.errors == 0;
}

/* irgen + verify + refcount. */
static bool middle_end(Arena *a, Unit *u, int *exit_code) {
    Diags d = {.arena = a};
    u->ir = irgen_module(u->mod, a, &d);
    if (d.errors || !u->ir) {
        /* Constructs the checker let through but irgen cannot compile yet are the
         * user's problem (exit 1); anything else is ours (exit 2). */
        bool internal = !u->ir && d.errors == 0;
        for (int i = 0; i < d.items.len; i++)
            internal |= VEC_AT(d.items, Diag, i)->id == D_INTERNAL;
        diag_print_text(&d, stderr, u->path, u->source);
        *exit_code = internal ? EXIT_USAGE : EXIT_PROGRAM;
        return false;
    }
    if (ir_verify(u->ir, stderr) != 0) {
        fprintf(stderr, "spc: internal error: IR verification failed for '%s'\n", u->path);
        *exit_code = EXIT_USAGE;
        return false;
    }
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
        diag_print_text(&d, stderr, u->path, u->source);
        *exit_code = EXIT_USAGE;
        return false;
    }
    return true;
}

/* Full compilation of one file into out_dir (created if needed). */
static const char *compile_file(Arena *a, const char *path, const char *modname, const char *out_dir,
                                const Options *o, int *exit_code) {
    Unit u = {.path = path};
    if (!front_end(a, &u, modname, o, exit_code) || !middle_end(a, &u, exit_code)) return NULL;
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

static int cmd_check(Arena *a, const Options *o) {
    int status = EXIT_OK;
    for (int i = 0; i < o->files.len; i++) {
        Unit u = {.path = VEC_AT(o->files, const char, i)};
        const char *name = module_name_of(a, u.path);
        int code = EXIT_OK;
        front_end(a, &u, name ? name : "__main__", o, &code);
        if (code > status) status = code;
    }
    return status;
}

static int cmd_dis(Arena *a, const Options *o) {
    int status = EXIT_OK;
    for (int i = 0; i < o->files.len; i++) {
        Unit u = {.path = VEC_AT(o->files, const char, i)};
        const char *name = module_name_of(a, u.path);
        int code = EXIT_OK;
        if (front_end(a, &u, name ? name : "__main__", o, &code) && middle_end(a, &u, &code))
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

/* ---- command line ---- */

static int usage_error(const char *msg, const char *arg) {
    fprintf(stderr, "spc: error: %s%s%s\n%s", msg, arg ? " " : "", arg ? arg : "", USAGE);
    return EXIT_USAGE;
}

/* Returns -1 when parsing succeeded, else the exit code to use. */
static int parse_args(Arena *a, int argc, char **argv, Options *o) {
    o->python = SPC_PYTHON_DEFAULT;
    o->opt_level = 2;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(USAGE, stdout);
            return EXIT_OK;
        } else if (strcmp(arg, "--version") == 0) {
            printf("spc %s\n", SPC_VERSION);
            return EXIT_OK;
        } else if (!o->command && arg[0] != '-') {
            o->command = arg;
        } else if (strcmp(arg, "-o") == 0 || strcmp(arg, "--python") == 0) {
            if (i + 1 >= argc) return usage_error("missing value after", arg);
            if (arg[1] == 'o') o->out_dir = argv[++i];
            else o->python = argv[++i];
        } else if (strncmp(arg, "--dump=", 7) == 0) {
            o->dump = arg + 7;
            if (strcmp(o->dump, "ast") != 0 && strcmp(o->dump, "ir") != 0)
                return usage_error("unknown dump stage:", o->dump);
        } else if (arg[0] == '-' && arg[1] == 'O' && arg[2] >= '0' && arg[2] <= '3' && !arg[3]) {
            o->opt_level = arg[2] - '0';
        } else if (strcmp(arg, "-g") == 0) {
            o->debug_info = true;
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

int main(int argc, char **argv) {
    Arena arena = {0};
    Options o = {0};
    int rc = parse_args(&arena, argc, argv, &o);
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
