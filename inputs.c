/* (d_type and DT_REG, which _POSIX_C_SOURCE alone leaves out) */
#define _DEFAULT_SOURCE
#include "inputs.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "kgbuf.h"
#include "xalloc.h"

static void add(struct kg_inputs *in, const char *p)
{
    KG_GROW(in->paths, in->n + 1, in->alloc);
    in->paths[in->n++] = xstrdup(p);
}

static int cmpstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

/* Walk a directory iteratively (an explicit stack, so depth cannot drive
 * recursion); collect matching regular files, then sort them. */
static int walk(struct kg_inputs *in, const char *root, const char *suffix)
{
    char **stack = NULL;
    size_t nstack = 0, stack_alloc = 0, first = in->n;
    int rc = 0;
    KG_GROW(stack, 1, stack_alloc);
    stack[nstack++] = xstrdup(root);
    while (nstack) {
        char *dir = stack[--nstack];
        DIR *d = opendir(dir);
        if (!d) {
            kg_error_at(dir, 0, "cannot open directory: %s", strerror(errno));
            rc = -1;
            free(dir);
            continue;
        }
        struct dirent *de;
        while ((de = readdir(d))) {
            if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
                continue;
            struct kg_buf p = KG_BUF_INIT;
            kg_buf_addf(&p, "%s%s%s", dir, has_suffix(dir, "/") ? "" : "/", de->d_name);
            /* (a file's or directory's type from the directory entry,
             * where the file system puts it there, with no stat at all:
             * a regular file took two lstat calls; links and entries of
             * unknown type are looked at with lstat) */
            struct stat st;
            if (de->d_type == DT_REG || de->d_type == DT_DIR) {
                st.st_mode = de->d_type == DT_REG ? S_IFREG : S_IFDIR;
            } else if (lstat(p.buf, &st) != 0) {
                kg_error_at(p.buf, 0, "%s", strerror(errno));
                rc = -1;
                kg_buf_release(&p);
                continue;
            } else if (S_ISLNK(st.st_mode)) {
                /* follow links to files, never to directories (loops); a
                 * broken or looping link that looks like an input is one
                 * that failed */
                if (stat(p.buf, &st) != 0) {
                    if (!suffix || has_suffix(de->d_name, suffix)) {
                        kg_error_at(p.buf, 0, "%s", strerror(errno));
                        rc = -1;
                    }
                    kg_buf_release(&p);
                    continue;
                }
                if (S_ISDIR(st.st_mode)) {
                    kg_buf_release(&p);
                    continue;
                }
            }
            if (S_ISDIR(st.st_mode)) {
                KG_GROW(stack, nstack + 1, stack_alloc);
                stack[nstack++] = kg_buf_detach(&p, NULL);
            } else if (S_ISREG(st.st_mode) && (!suffix || has_suffix(de->d_name, suffix))) {
                add(in, p.buf);
            }
            kg_buf_release(&p);
        }
        closedir(d);
        free(dir);
    }
    free(stack);
    if (in->n - first > 1)
        qsort(in->paths + first, in->n - first, sizeof(char *), cmpstr);
    return rc;
}

int kg_inputs_expand(struct kg_inputs *in, int argc, char **argv, const char *suffix)
{
    int rc = 0, stdin_seen = 0;
    if (argc == 0) {
        add(in, "-");
        return 0;
    }
    for (int i = 0; i < argc; i++) {
        struct stat st;
        if (!strcmp(argv[i], "-")) {
            if (stdin_seen) {
                kg_error_at("-", 0, "standard input given more than once: read once");
                in->errors++;
                rc = -1;
                continue;
            }
            stdin_seen = 1;
            add(in, "-");
        } else if (stat(argv[i], &st) != 0) {
            kg_error_at(argv[i], 0, "%s", strerror(errno));
            in->errors++;
            rc = -1;
        } else if (S_ISDIR(st.st_mode)) {
            if (walk(in, argv[i], suffix)) {
                in->errors++;
                rc = -1;
            }
        } else {
            add(in, argv[i]);
        }
    }
    return rc;
}

void kg_inputs_release(struct kg_inputs *in)
{
    for (size_t i = 0; i < in->n; i++)
        free(in->paths[i]);
    free(in->paths);
    memset(in, 0, sizeof(*in));
}

int kg_read_file(const char *path, char **data, size_t *len)
{
    int is_stdin = !strcmp(path, "-");
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    if (!fp)
        return kg_error_at(path, 0, "%s", strerror(errno));
    struct kg_buf b = KG_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        kg_buf_add(&b, chunk, n);
    int err = ferror(fp);
    int saved = errno;
    if (!is_stdin)
        fclose(fp);
    if (err) {
        kg_buf_release(&b);
        return kg_error_at(is_stdin ? "<stdin>" : path, 0, "read error: %s", strerror(saved));
    }
    *data = kg_buf_detach(&b, len);
    return 0;
}

int kg_parse_size(const char *s, size_t *out)
{
    size_t v = 0;
    const char *p = s;
    if (*p < '0' || *p > '9')
        return -1;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (v > ((size_t)1 << 40))
            return -1;
        v = v * 10 + (size_t)(*p - '0');
    }
    if (*p == 'K' || *p == 'k')
        v <<= 10, p++;
    else if (*p == 'M' || *p == 'm')
        v <<= 20, p++;
    if (*p || !v || v > ((size_t)1 << 40))
        return -1;
    *out = v;
    return 0;
}

int kg_parse_size_opt(const char *cmd, const char *arg, size_t *out)
{
    if (!kg_parse_size(arg, out))
        return 0;
    fprintf(stderr, "kgraph: %s: bad size '%s' (a number of bytes, may end in K or M)\n", cmd, arg);
    return -1;
}
