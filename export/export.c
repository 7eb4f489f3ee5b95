/* export.c - the table of formats and atomic writing of output files. */
/* (realpath, which _POSIX_C_SOURCE alone leaves out) */
#define _DEFAULT_SOURCE
#include "export.h"
#include "html.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../diag.h"
#include "../kgbuf.h"

const struct kg_format kg_formats[] = {
    {"dot", kg_export_dot, "graph.dot", "Graphviz DOT through cgraph: at most the top 2000 by PageRank, unless --top", KG_FORMAT_DATA, 0},
    {"graphml", kg_export_graphml, "graph.graphml", "GraphML with typed keys (igraph, networkx, Gephi, yEd, Cytoscape)",
     KG_FORMAT_DATA, 1},
    {"nodes-csv", kg_export_nodes_csv, "nodes.csv", "CSV of entities with metrics (RFC 4180)", KG_FORMAT_DATA, 1},
    {"edges-csv", kg_export_edges_csv, "edges.csv", "CSV of aggregated edges (RFC 4180)", KG_FORMAT_DATA, 0},
    {"evidence-csv", kg_export_evidence_csv, "evidence.csv", "CSV of every relation instance with its sentence",
     KG_FORMAT_DATA, 0},
    {"jsonl", kg_export_jsonl, "graph.jsonl", "the merged stream, which merge and export read back", KG_FORMAT_DATA, 0},
    {"node-link", kg_export_node_link, "graph.json", "node-link JSON (networkx node_link_graph, D3)", KG_FORMAT_DATA, 1},
    {"cytoscape", kg_export_cytoscape, "graph.cyjs", "Cytoscape.js elements JSON (Cytoscape desktop: .cyjs)",
     KG_FORMAT_DATA, 1},
    {"gexf", kg_export_gexf, "graph.gexf", "GEXF 1.3 with dated edges for Gephi's timeline", KG_FORMAT_DATA, 1},
    {"svg", kg_export_svg, "graph.svg", "the DOT graph drawn by Graphviz (see --layout)", KG_FORMAT_RENDER, 0},
    {"png", kg_export_png, "graph.png", "the same, as a PNG image", KG_FORMAT_RENDER, 0},
    {"pdf", kg_export_pdf, "graph.pdf", "the same, as a PDF document", KG_FORMAT_RENDER, 0},
    {"html", kg_export_html, "graph.html",
     "one self-contained page: the drawing, evidence on click, search, edge table", KG_FORMAT_RENDER, 0},
    {NULL, NULL, NULL, NULL, 0, 0},
};

const struct kg_format *kg_format_find(const char *name)
{
    for (const struct kg_format *f = kg_formats; f->name; f++)
        if (!strcmp(f->name, name))
            return f;
    return NULL;
}

int kg_export_jsonl(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    (void)o;
    return kg_graph_write_stream(g, fp);
}

/* The temporary file being written, removed should the process be told
 * to stop (SIGINT, SIGTERM, SIGHUP) before it is renamed into place: no
 * half-written file is left, under its name or another. */
static char *volatile writing;
static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP};

static void stop_writing(int sig)
{
    char *t = writing;
    if (t)
        unlink(t);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Watch (on) or stop watching (off) the temporary file t. */
static void watch_tmp(char *t, struct sigaction *old)
{
    size_t n = sizeof stop_signals / sizeof *stop_signals;
    if (t) {
        writing = t;
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = stop_writing;
        sigemptyset(&sa.sa_mask);
        for (size_t i = 0; i < n; i++) {
            sigaction(stop_signals[i], NULL, &old[i]);
            /* (a signal the caller ignores stays ignored: nohup) */
            if (old[i].sa_handler != SIG_IGN)
                sigaction(stop_signals[i], &sa, NULL);
        }
    } else {
        for (size_t i = 0; i < n; i++)
            sigaction(stop_signals[i], &old[i], NULL);
        writing = NULL;
    }
}

/* Is path a link to the file standard output already is ("/dev/stdout",
 * "/proc/self/fd/1" sent to a file)?  Then it is written as "-": a file
 * put in its place would take the place of one the shell, or the process
 * before, writes to. */
static int is_stdout(const char *path)
{
    struct stat l, a, b;
    return lstat(path, &l) == 0 && S_ISLNK(l.st_mode) && stat(path, &a) == 0 && fstat(STDOUT_FILENO, &b) == 0 &&
           a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* The file a link names, one step: its target, beside the link when
 * relative (malloc'd); NULL when path is no link. */
static char *link_target(const char *path)
{
    struct stat l;
    if (lstat(path, &l) != 0 || !S_ISLNK(l.st_mode))
        return NULL;
    char to[PATH_MAX];
    ssize_t n = readlink(path, to, sizeof to - 1);
    if (n <= 0)
        return NULL;
    to[n] = '\0';
    struct kg_buf t = KG_BUF_INIT;
    const char *slash = strrchr(path, '/');
    if (to[0] != '/' && slash)
        kg_buf_addf(&t, "%.*s/", (int)(slash - path), path);
    kg_buf_addf(&t, "%s", to);
    return kg_buf_detach(&t, NULL);
}

int kg_export_to_path(const struct kg_format *f, const struct kg_graph *g, const char *path,
                      const struct kg_export_opts *o)
{
    static const struct kg_export_opts defaults = KG_EXPORT_OPTS_INIT;
    if (!o)
        o = &defaults;
    if (!strcmp(path, "-") || is_stdout(path)) {
        errno = 0;
        int rc = f->write(g, stdout, o);
        if (fflush(stdout) || ferror(stdout)) {
            if (errno != EPIPE)
                kg_error("error writing %s to standard output: %s", f->name, errno ? strerror(errno) : "write failed");
            return -1;
        }
        if (rc)
            return kg_error("cannot write %s to standard output: writer failed", f->name);
        return 0;
    }
    /* a device, FIFO or terminal (/dev/full, /dev/stdout) is written as it
     * is: renaming over it would replace it */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        FILE *dp = fopen(path, "wb");
        if (!dp)
            return kg_error_at(path, 0, "%s", strerror(errno));
        int rc = f->write(g, dp, o);
        int werr = ferror(dp) ? errno : 0;
        if (fclose(dp) != 0 && !werr)
            werr = errno ? errno : EIO;
        if (rc || werr)
            return kg_error_at(path, 0, "cannot write %s: %s", f->name, werr ? strerror(werr) : "writer failed");
        return 0;
    }
    /* a link to a file is followed: the file is replaced, not the link
     * (nor, for /dev/stdout sent to a file, the /dev entry) */
    /* (a link to no file yet: the file it names is made) */
    char *real = NULL;
    struct stat lst;
    if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode) &&
        ((real = realpath(path, NULL)) || (real = link_target(path))))
        path = real;
    /* (the file's permissions are kept; a new one's are as umask says) */
    int keep_mode = stat(path, &st) == 0 && S_ISREG(st.st_mode);
    /* a temporary file in the same directory, renamed when complete */
    struct kg_buf tmp = KG_BUF_INIT;
    const char *slash = strrchr(path, '/');
    if (slash)
        kg_buf_addf(&tmp, "%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
    else
        kg_buf_addf(&tmp, ".%s.XXXXXX", path);
    struct sigaction old[sizeof stop_signals / sizeof *stop_signals];
    int rc = -1;
    int fd = mkstemp(tmp.buf);
    if (fd < 0) {
        kg_error_at(path, 0, "cannot create a temporary file: %s", strerror(errno));
        goto done;
    }
    watch_tmp(tmp.buf, old);
    FILE *fp = fdopen(fd, "wb");
    if (!fp) {
        kg_error_at(path, 0, "%s", strerror(errno));
        close(fd);
        goto fail;
    }
    int wrc = f->write(g, fp, o);
    int werr = ferror(fp) ? errno : 0;
    if (fclose(fp) != 0 && !werr)
        werr = errno ? errno : EIO;
    if (wrc || werr) {
        kg_error_at(path, 0, "cannot write %s: %s", f->name, werr ? strerror(werr) : "writer failed");
        goto fail;
    }
    /* mkstemp makes 0600 files; outputs are ordinary files */
    mode_t um = umask(0);
    umask(um);
    chmod(tmp.buf, keep_mode ? st.st_mode & 07777 : 0666 & ~um);
    if (rename(tmp.buf, path) != 0) {
        kg_error_at(path, 0, "cannot rename the finished file into place: %s", strerror(errno));
        goto fail;
    }
    rc = 0;
    goto unwatch;
fail:
    unlink(tmp.buf);
unwatch:
    watch_tmp(NULL, old);
done:
    kg_buf_release(&tmp);
    free(real);
    return rc;
}

int kg_output_opt(const char *cmd, const char *arg, const char *what)
{
    return *arg ? 0 : kg_error("%s: -o wants %s, got an empty name", cmd, what);
}

int kg_export_option(struct kg_export_opts *eo, int c, const char *arg)
{
    switch (c) {
    case 'S': eo->csv_safe = 1; return 1;
    case 'G': eo->legend = 1; return 1;
    case 'L':
        if (!kg_render_layout_ok(arg)) {
            kg_error("unknown layout '%s'; layouts: dot, sfdp, neato, circo", arg);
            return -1;
        }
        eo->layout = arg;
        return 1;
    case 'F':
        if ((eo->csv_flavor = kg_csv_flavor_parse(arg)) < 0) {
            kg_error("unknown --csv-flavor '%s'; flavors: plain, neo4j", arg);
            return -1;
        }
        return 1;
    case 'C':
        if ((eo->cluster = kg_dot_cluster_parse(arg)) < 0) {
            kg_error("unknown --cluster '%s'; one of: none, type, community", arg);
            return -1;
        }
        return 1;
    default: return 0;
    }
}
