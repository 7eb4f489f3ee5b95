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

/* The directories a walk has entered, by device and inode: an open-
 * addressed set, so that a link to a directory is followed once, and a
 * link back up the tree is no loop. */
struct seen {
    struct {
        dev_t dev;
        ino_t ino;
        int used;
    } *v;
    size_t size, n;
};

/* Add directory st to the set: 1, or 0 when it was there already. */
static int see_dir(struct seen *s, const struct stat *st)
{
    if (2 * (s->n + 1) > s->size) {
        struct seen t = {NULL, s->size ? 2 * s->size : 64, 0};
        t.v = xcalloc(t.size, sizeof(*t.v));
        for (size_t i = 0; i < s->size; i++)
            if (s->v[i].used) {
                struct stat o;
                o.st_dev = s->v[i].dev;
                o.st_ino = s->v[i].ino;
                see_dir(&t, &o);
            }
        free(s->v);
        *s = t;
    }
    size_t h = ((size_t)st->st_ino * 0x9E3779B97F4A7C15ull ^ (size_t)st->st_dev) & (s->size - 1);
    for (; s->v[h].used; h = (h + 1) & (s->size - 1))
        if (s->v[h].dev == st->st_dev && s->v[h].ino == st->st_ino)
            return 0;
    s->v[h].dev = st->st_dev;
    s->v[h].ino = st->st_ino;
    s->v[h].used = 1;
    s->n++;
    return 1;
}

/* One directory's entries, sorted by name (readdir gives them in the file
 * system's order, which would decide which of two names of a directory,
 * a link's or its own, the walk reads it by). */
struct entry {
    char *name;
    unsigned char type; /* d_type */
};

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

/* Walk a directory iteratively (an explicit stack, so depth cannot drive
 * recursion); collect matching regular files, then sort them.  Links are
 * followed, to directories too, each directory read once: the tree's own
 * directories first, then those links lead to, in order of the links'
 * names, so that a directory keeps its own name where it has one (a link
 * to one already read, a loop among them, is said and skipped). */
static int walk(struct kg_inputs *in, const char *root, const char *suffix)
{
    char **stack = NULL, **links = NULL;
    size_t nstack = 0, stack_alloc = 0, nlinks = 0, links_alloc = 0, first = in->n;
    int rc = 0;
    struct seen seen = {NULL, 0, 0};
    struct stat rst;
    if (stat(root, &rst) == 0)
        see_dir(&seen, &rst);
    KG_GROW(stack, 1, stack_alloc);
    stack[nstack++] = xstrdup(root);
    struct entry *ents = NULL;
    size_t ents_alloc = 0;
    for (;;) {
        if (!nstack) {
            /* the links to directories, once the tree's own are read */
            if (!nlinks)
                break;
            qsort(links, nlinks, sizeof(char *), cmpstr);
            size_t keep = 0;
            for (size_t k = 0; k < nlinks; k++) {
                struct stat st;
                if (stat(links[k], &st) == 0 && see_dir(&seen, &st)) {
                    links[keep++] = links[k];
                } else {
                    kg_warn_at(links[k], 0, "a link to a directory already read: skipped");
                    free(links[k]);
                }
            }
            /* (in reverse, so that the stack gives them in order) */
            KG_GROW(stack, nstack + keep, stack_alloc);
            while (keep)
                stack[nstack++] = links[--keep];
            nlinks = 0;
            continue;
        }
        char *dir = stack[--nstack];
        DIR *d = opendir(dir);
        if (!d) {
            kg_error_at(dir, 0, "cannot open directory: %s", strerror(errno));
            rc = -1;
            free(dir);
            continue;
        }
        size_t nents = 0;
        struct dirent *de;
        while ((de = readdir(d))) {
            if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
                continue;
            KG_GROW(ents, nents + 1, ents_alloc);
            ents[nents].name = xstrdup(de->d_name);
            ents[nents++].type = de->d_type;
        }
        closedir(d);
        if (nents > 1)
            qsort(ents, nents, sizeof(*ents), cmp_entry);
        /* (pushed in reverse, so that the stack gives them in order) */
        for (size_t e = nents; e-- > 0;) {
            const char *name = ents[e].name;
            struct kg_buf p = KG_BUF_INIT;
            kg_buf_addf(&p, "%s%s%s", dir, has_suffix(dir, "/") ? "" : "/", name);
            /* (a file's or directory's type from the directory entry,
             * where the file system puts it there, with no stat at all:
             * a regular file took two lstat calls; links and entries of
             * unknown type are looked at with lstat) */
            struct stat st;
            if (ents[e].type == DT_REG || ents[e].type == DT_DIR) {
                st.st_mode = ents[e].type == DT_REG ? S_IFREG : S_IFDIR;
            } else if (lstat(p.buf, &st) != 0) {
                kg_error_at(p.buf, 0, "%s", strerror(errno));
                rc = -1;
                kg_buf_release(&p);
                continue;
            } else if (S_ISLNK(st.st_mode)) {
                /* follow links, to directories after the tree's own; a
                 * broken or looping link that looks like an input is one
                 * that failed */
                if (stat(p.buf, &st) != 0) {
                    if (!suffix || has_suffix(name, suffix)) {
                        kg_error_at(p.buf, 0, "%s", strerror(errno));
                        rc = -1;
                    }
                    kg_buf_release(&p);
                    continue;
                }
                if (S_ISDIR(st.st_mode)) {
                    KG_GROW(links, nlinks + 1, links_alloc);
                    links[nlinks++] = kg_buf_detach(&p, NULL);
                    continue;
                }
            }
            /* (a directory of the tree: read unless a link led to it) */
            struct stat ds;
            if (S_ISDIR(st.st_mode) && (stat(p.buf, &ds) != 0 || !see_dir(&seen, &ds))) {
                kg_buf_release(&p);
                continue;
            }
            if (S_ISDIR(st.st_mode)) {
                KG_GROW(stack, nstack + 1, stack_alloc);
                stack[nstack++] = kg_buf_detach(&p, NULL);
            } else if (S_ISREG(st.st_mode) && (!suffix || has_suffix(name, suffix))) {
                add(in, p.buf);
            }
            kg_buf_release(&p);
        }
        for (size_t e = 0; e < nents; e++)
            free(ents[e].name);
        free(dir);
    }
    free(ents);
    free(stack);
    free(links);
    free(seen.v);
    if (in->n == first && suffix && !rc)
        kg_warn_at(root, 0, "no *%s file in it", suffix);
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
