/* cmd_build.c - kgraph build: text in, every format out, in one directory. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../diag.h"
#include "../extract/extract.h"
#include "../extract/parallel.h"
#include "../graph/select.h"
#include "../inputs.h"
#include "../kgbuf.h"
#include "../kgraph.h"
#include "../progress.h"
#include "../xalloc.h"
#include "export.h"

static const char usage_text[] =
    "usage: kgraph build [-o DIR] [--update DIR] [--lexicon DIR] [-j N] [--csv-safe]\n"
    "                    [--csv-flavor FLAVOR] [--render FORMAT] [--layout ENGINE]\n"
    "                    [--legend] [--cluster BY] [selection] [INPUT...]\n"
    "\n"
    "Extract every input, merge, and write DIR/graph.dot, DIR/graph.graphml,\n"
    "DIR/nodes.csv, DIR/edges.csv, DIR/evidence.csv, DIR/graph.jsonl (the\n"
    "merged stream, for later merges), DIR/graph.json (node-link),\n"
    "DIR/graph.cyjs (Cytoscape.js) and DIR/graph.gexf.  Each file is written to\n"
    "a temporary name and renamed when complete.  INPUT is a file, a directory\n"
    "(its *.txt files, recursively, sorted) or - for standard input (the\n"
    "default).\n"
    "\n"
    "  -o, --output DIR     output directory (default: out), created if missing\n"
    "  -u, --update DIR     add the inputs to the graph already built in DIR (read\n"
    "                       back from DIR/graph.jsonl) and write DIR again: the same\n"
    "                       files a full build of old and new inputs would write.\n"
    "                       An input whose relations DIR already holds is skipped.\n"
    "  -j, --jobs N         extract with N worker threads, over the files and the\n"
    "                       64 KB windows of a big one (same output); no more\n"
    "                       than the machine has idle cores\n"
    "      --max-article BYTES, --max-sentence BYTES  as for extract (see\n"
    "                       kgraph extract --help; defaults 16M and 64K)\n"
    "  -q, --quiet          no progress line (drawn only on a terminal)\n"
    "  -l, --lexicon DIR    lexicon directory (see kgraph extract --help)\n"
    "      --csv-safe       neutralise spreadsheet formulas in CSV cells\n"
    "      --csv-flavor FLAVOR  nodes.csv and edges.csv as plain (default) or neo4j\n"
    "                       (neo4j-admin database import headers; evidence.csv\n"
    "                       stays plain)\n"
    "      --render FORMAT  also draw the graph with Graphviz into DIR/graph.svg,\n"
    "                       graph.png, graph.pdf or the page DIR/graph.html (svg,\n"
    "                       png, pdf, html; repeat the option or give a list:\n"
    "                       --render svg,html)\n"
    "      --layout ENGINE  the layout for --render: dot, sfdp, neato, circo\n"
    "                       (default: dot for up to 200 nodes and at most 100\n"
    "                       more edges than nodes, sfdp for bigger graphs)\n"
    "      --legend         add a legend subgraph to graph.dot and the drawings\n"
    "                       (cluster_legend; nodes and edges named legend_*)\n"
    "      --cluster BY     group graph.dot's and the drawings' nodes in subgraphs\n"
    "                       by type (cluster_TYPE) or community (cluster_cN);\n"
    "                       none (default)\n"
    "  -h, --help           show this help\n"
    "\n" KG_SELECT_HELP "(with a selection, DIR/graph.jsonl holds the selection too)\n"
    "\n"
    "exit status: 0 ok, 1 some input or output failed (the rest was written), 2 usage\n";

static int mkdir_p(const char *dir)
{
    struct kg_buf p = KG_BUF_INIT;
    kg_buf_adds(&p, dir);
    for (size_t i = 1; i <= p.len; i++) {
        if (p.buf[i] != '/' && p.buf[i] != '\0')
            continue;
        char c = p.buf[i];
        p.buf[i] = '\0';
        if (mkdir(p.buf, 0777) != 0 && errno != EEXIST) {
            kg_error_at(p.buf, 0, "cannot create directory: %s", strerror(errno));
            kg_buf_release(&p);
            return -1;
        }
        p.buf[i] = c;
    }
    kg_buf_release(&p);
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return kg_error_at(dir, 0, "not a directory");
    return 0;
}

/* Each window of extracted records goes straight into the graph. */
struct to_graph {
    struct kg_graph *g;
    const char *path;
    int bad;
};

static int into_graph(struct kg_buf *out, void *arg)
{
    struct to_graph *tg = arg;
    if (kg_graph_read_mem(tg->g, out->buf, out->len, tg->path))
        tg->bad = 1;
    kg_buf_reset(out);
    return 0;
}

/* -j: each file's records, in input order, into the graph. */
struct par_ctx {
    struct kg_graph *g;
    char *const *paths;
    struct kg_progress *pg;
    int bad;
};

/* (a window of a file at a time: its articles are whole; one thread at a
 * time calls it, in input order) */
static int par_into_graph(size_t i, struct kg_buf *out, int done, void *arg)
{
    struct par_ctx *pc = arg;
    if (out->len && kg_graph_read_mem(pc->g, out->buf, out->len, pc->paths[i]))
        pc->bad = 1;
    kg_buf_reset(out);
    if (done)
        kg_progress_file(pc->pg, pc->paths[i]);
    return 0;
}

/* The first of the n sorted docs not less than key. */
static size_t lower_bound(char **docs, size_t n, const char *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(docs[mid], key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* --update: is the document of `path` already in the graph, as the doc
 * of its first article (the path itself) or of a later one (the path,
 * '#' and a number)?  (The path itself first: a file named "x#2" is no
 * second article of "x" when the graph has it.) */
static int already_built(char **docs, size_t n, const char *path)
{
    size_t k = lower_bound(docs, n, path), len = strlen(path);
    if (k < n && !strcmp(docs[k], path))
        return 1;
    for (; k < n && !strncmp(docs[k], path, len); k++)
        if (docs[k][len] == '#' && kg_docname_file(docs[k]) == len)
            return 1;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The documents of the graph read so far (its document records, and the
 * docs of its relation rows, which a graph built before it had document
 * records names only), sorted. */
static char **built_docs(const struct kg_graph *g, size_t *n)
{
    char **v = xcalloc(g->ndocs + 1, sizeof(char *));
    size_t k = 0;
    for (size_t i = 0; i < g->ndocs; i++)
        v[k++] = xstrdup(g->docs[i]);
    if (k > 1)
        qsort(v, k, sizeof(char *), cmp_str);
    *n = k;
    return v;
}

/* --render svg,pdf: set the bit of each format named; usage error (-1) for
 * a name that is not a rendered format. */
static int add_renders(unsigned long *mask, const char *list)
{
    struct kg_buf names = KG_BUF_INIT;
    kg_buf_adds(&names, list);
    int rc = 0;
    for (char *name = names.buf, *next; name && !rc; name = next) {
        next = strchr(name, ',');
        if (next)
            *next++ = '\0';
        const struct kg_format *f = kg_format_find(name);
        if (!f || f->kind != KG_FORMAT_RENDER || f - kg_formats >= (long)(8 * sizeof *mask))
            rc = kg_error("--render takes svg, png, pdf or html, not '%s'", name);
        else
            *mask |= 1UL << (f - kg_formats);
    }
    kg_buf_release(&names);
    return rc;
}

int cmd_build(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"lexicon", required_argument, NULL, 'l'},
                                         {"render", required_argument, NULL, 'R'},
                                         KG_EXPORT_OPTIONS,
                                         {"update", required_argument, NULL, 'u'},
                                         {"jobs", required_argument, NULL, 'j'},
                                         {"max-article", required_argument, NULL, 'A'},
                                         {"max-sentence", required_argument, NULL, 'M'},
                                         {"quiet", no_argument, NULL, 'q'},
                                         {"help", no_argument, NULL, 'h'},
                                         KG_SELECT_OPTIONS,
                                         {NULL, 0, NULL, 0}};
    const char *outdir = "out", *lexdir = NULL, *update = NULL;
    struct kg_select sel = KG_SELECT_INIT;
    int jobs = 1, quiet = 0;
    size_t max_article = 0, max_sentence = 0;
    struct kg_export_opts eo = KG_EXPORT_OPTS_INIT;
    unsigned long render = 0; /* bit i: render kg_formats[i] */
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:l:u:j:qh", opts, NULL)) != -1) {
        int r = kg_select_option(&sel, c, optarg);
        if (!r)
            r = kg_export_option(&eo, c, optarg);
        if (r < 0)
            return KG_EXIT_USAGE;
        if (r > 0)
            continue;
        switch (c) {
        case 'o':
            if (kg_output_opt("build", optarg, "a directory"))
                return KG_EXIT_USAGE;
            outdir = optarg;
            break;
        case 'u': update = optarg; break;
        case 'q': quiet = 1; break;
        case 'j':
            if (kg_parse_jobs("build", optarg, &jobs))
                return KG_EXIT_USAGE;
            break;
        case 'l':
            if (kg_lexicon_opt("build", optarg))
                return KG_EXIT_USAGE;
            lexdir = optarg;
            break;
        case 'A':
        case 'M':
            if (kg_parse_size_opt("build", optarg, c == 'A' ? &max_article : &max_sentence))
                return KG_EXIT_USAGE;
            break;
        case 'R':
            if (add_renders(&render, optarg))
                return KG_EXIT_USAGE;
            break;
        case 'h': fputs(usage_text, stdout); return KG_EXIT_OK;
        default: fputs("try 'kgraph build --help'\n", stderr); return KG_EXIT_USAGE;
        }
    }
    if (eo.layout && !render) {
        kg_error("--layout needs --render FORMAT");
        return KG_EXIT_USAGE;
    }
    if (update && strcmp(outdir, "out") && strcmp(outdir, update)) {
        kg_error("build: --update DIR writes DIR; do not give -o as well");
        return KG_EXIT_USAGE;
    }
    if (update)
        outdir = update;
    int rc = KG_EXIT_OK;
    struct kg_graph g;
    kg_graph_init(&g);
    /* --update: the graph already built, read back from its merged stream */
    char **done = NULL;
    size_t ndone = 0;
    if (update) {
        struct kg_buf prev = KG_BUF_INIT;
        kg_buf_addf(&prev, "%s/graph.jsonl", update);
        FILE *fp = fopen(prev.buf, "rb");
        if (!fp) {
            kg_error_at(prev.buf, 0, "cannot read the graph to update (%s); build it first", strerror(errno));
            kg_buf_release(&prev);
            return KG_EXIT_DATA;
        }
        int bad = kg_graph_read_stream(&g, fp, prev.buf);
        fclose(fp);
        kg_buf_release(&prev);
        if (bad) { /* a damaged graph is not silently rebuilt from half of it */
            kg_graph_release(&g);
            return KG_EXIT_DATA;
        }
        kg_graph_docs(&g);
        done = built_docs(&g, &ndone);
    }
    struct kg_inputs in = KG_INPUTS_INIT;
    int input_failed = 0; /* (an input not read: not a bad lexicon row) */
    if (kg_inputs_expand(&in, argc - optind, argv + optind, ".txt"))
        rc = KG_EXIT_DATA, input_failed = 1;
    /* inputs already in the graph are skipped, with a word */
    size_t keep = 0;
    for (size_t i = 0; i < in.n; i++) {
        /* (as the graph has it: made valid UTF-8, as extract writes it) */
        struct kg_buf name = KG_BUF_INIT;
        kg_docname_of_path(in.paths[i], &name);
        /* (standard input has no name of its own: its articles are all
         * "-", so each batch given there is new) */
        int built = done && strcmp(in.paths[i], "-") && already_built(done, ndone, name.buf ? name.buf : "");
        kg_buf_release(&name);
        if (built) {
            kg_warn_at(in.paths[i], 0, "already in %s: skipped", update);
            free(in.paths[i]);
            continue;
        }
        in.paths[keep++] = in.paths[i];
    }
    in.n = keep;
    for (size_t i = 0; i < ndone; i++)
        free(done[i]);
    free(done);
    jobs = kg_useful_jobs(in.paths, in.n, jobs); /* one big file has many windows */
    int bad_rows;
    struct kg_extractor **xs = kg_extractors_new(jobs, lexdir, &bad_rows);
    if (!xs) {
        kg_inputs_release(&in);
        kg_graph_release(&g);
        return KG_EXIT_DATA;
    }
    if (bad_rows)
        rc = KG_EXIT_DATA;
    for (int k = 0; k < jobs; k++)
        kg_extractor_set_limits(xs[k], max_article, max_sentence);
    struct kg_progress pg;
    kg_progress_start(&pg, in.paths, in.n, quiet);
    size_t docs = 0;
    struct kg_extract_counts counts = {0, 0, 0, 0};
    if (jobs == 1) {
        struct kg_buf out = KG_BUF_INIT;
        struct to_graph tg = {&g, NULL, 0};
        for (size_t i = 0; i < in.n; i++) {
            kg_buf_reset(&out);
            tg.path = in.paths[i];
            if (kg_extract_file(xs[0], in.paths[i], &out, into_graph, &tg))
                rc = KG_EXIT_DATA, input_failed = 1;
            else
                docs++;
            kg_progress_file(&pg, in.paths[i]);
        }
        if (tg.bad)
            rc = KG_EXIT_DATA;
        kg_buf_release(&out);
        kg_extractor_counts(xs[0], &counts);
    } else {
        struct par_ctx pc = {&g, in.paths, &pg, 0};
        long failed = kg_extract_parallel_stream(xs, jobs, in.paths, in.n, par_into_graph, &pc, &counts);
        docs = in.n - (size_t)failed;
        if (failed)
            input_failed = 1;
        if (failed || pc.bad)
            rc = KG_EXIT_DATA;
    }
    kg_progress_end(&pg);
    kg_extractors_free(xs, jobs);
    kg_inputs_release(&in);
    if (kg_graph_finish(&g))
        rc = KG_EXIT_DATA;
    eo.top = sel.top;
    /* (an --around that names no one leaves an empty graph, and so do
     * inputs none of which could be read: written, it would replace the
     * directory's, --update's own state too) */
    int nothing = kg_graph_select(&g, &sel);
    if (nothing)
        kg_error("nothing written to %s", outdir);
    else
        nothing = kg_nothing_read(&g, input_failed, outdir);
    if (nothing) {
        kg_graph_release(&g);
        return KG_EXIT_DATA;
    }
    if (mkdir_p(outdir) == 0) {
        /* data first, drawings last: rendering calls gvContext(), which
         * would change the DOT written after it (export.h) */
        int written = 0, unwritten = 0;
        for (int pass = 0; pass < 2; pass++)
            for (const struct kg_format *f = kg_formats; f->name; f++) {
                if (pass == 0 ? f->kind != KG_FORMAT_DATA
                              : !(render & (1UL << (f - kg_formats))))
                    continue;
                struct kg_buf path = KG_BUF_INIT;
                kg_buf_addf(&path, "%s/%s", outdir, f->file);
                if (kg_export_to_path(f, &g, path.buf, &eo)) {
                    rc = KG_EXIT_DATA;
                    unwritten++;
                } else {
                    written++;
                }
                kg_buf_release(&path);
            }
        /* (files, articles and sentences read by this run; entities,
         * edges and relation instances in the graph, --update's included;
         * and where they went, or how many files did not) */
        char where[64] = "";
        if (unwritten)
            snprintf(where, sizeof where, " (%d of %d files not written)", unwritten, written + unwritten);
        fprintf(stderr,
                "kgraph: %zu file%s, %llu article%s, %llu sentence%s, %zu %s, %zu edge%s, %zu relation "
                "instance%s -> %s/%s\n",
                docs, KG_PLURAL(docs), counts.articles, KG_PLURAL(counts.articles), counts.sentences,
                KG_PLURAL(counts.sentences), g.nents, g.nents == 1 ? "entity" : "entities", g.nedges,
                KG_PLURAL(g.nedges), g.nev, KG_PLURAL(g.nev), outdir, where);
    } else {
        rc = KG_EXIT_DATA;
    }
    kg_graph_release(&g);
    return rc;
}
