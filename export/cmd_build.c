/* cmd_build.c - kgraph build: text in, every format out, in one directory. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../diag.h"
#include "../extract/extract.h"
#include "../inputs.h"
#include "../kgbuf.h"
#include "../kgraph.h"
#include "export.h"

static const char usage_text[] =
    "usage: kgraph build [-o DIR] [--lexicon DIR] [--csv-safe] [--render FORMAT]\n"
    "                    [--layout ENGINE] [INPUT...]\n"
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
    "  -l, --lexicon DIR    lexicon directory (see kgraph extract --help)\n"
    "      --csv-safe       neutralise spreadsheet formulas in CSV cells\n"
    "      --render FORMAT  also draw the graph with Graphviz into DIR/graph.svg,\n"
    "                       graph.png or graph.pdf (svg, png, pdf; repeat the\n"
    "                       option or give a list: --render svg,pdf)\n"
    "      --layout ENGINE  the layout for --render: dot, sfdp, neato, circo\n"
    "                       (default: dot for up to 200 nodes and at most 100\n"
    "                       more edges than nodes, sfdp for bigger graphs)\n"
    "  -h, --help           show this help\n"
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
            rc = kg_error("--render takes svg, png or pdf, not '%s'", name);
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
                                         {"csv-safe", no_argument, NULL, 'S'},
                                         {"render", required_argument, NULL, 'R'},
                                         {"layout", required_argument, NULL, 'L'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *outdir = "out", *lexdir = NULL;
    struct kg_export_opts eo = KG_EXPORT_OPTS_INIT;
    unsigned long render = 0; /* bit i: render kg_formats[i] */
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:l:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': outdir = optarg; break;
        case 'l': lexdir = optarg; break;
        case 'S': eo.csv_safe = 1; break;
        case 'R':
            if (add_renders(&render, optarg))
                return KG_EXIT_USAGE;
            break;
        case 'L': eo.layout = optarg; break;
        case 'h': fputs(usage_text, stdout); return KG_EXIT_OK;
        default: fputs("try 'kgraph build --help'\n", stderr); return KG_EXIT_USAGE;
        }
    }
    if (eo.layout && !kg_render_layout_ok(eo.layout)) {
        kg_error("unknown layout '%s'; layouts: dot, sfdp, neato, circo", eo.layout);
        return KG_EXIT_USAGE;
    }
    if (eo.layout && !render) {
        kg_error("--layout needs --render FORMAT");
        return KG_EXIT_USAGE;
    }
    int rc = KG_EXIT_OK;
    struct kg_inputs in = KG_INPUTS_INIT;
    if (kg_inputs_expand(&in, argc - optind, argv + optind, ".txt"))
        rc = KG_EXIT_DATA;
    struct kg_extractor *x;
    if (kg_extractor_new(&x, lexdir)) {
        kg_inputs_release(&in);
        return KG_EXIT_DATA;
    }
    if (kg_extractor_bad_rows(x))
        rc = KG_EXIT_DATA;
    struct kg_graph g;
    kg_graph_init(&g);
    struct kg_buf out = KG_BUF_INIT;
    size_t docs = 0;
    struct to_graph tg = {&g, NULL, 0};
    for (size_t i = 0; i < in.n; i++) {
        kg_buf_reset(&out);
        tg.path = in.paths[i];
        if (kg_extract_file(x, in.paths[i], &out, into_graph, &tg)) {
            rc = KG_EXIT_DATA;
            continue;
        }
        docs++;
    }
    if (tg.bad)
        rc = KG_EXIT_DATA;
    kg_buf_release(&out);
    kg_extractor_free(x);
    kg_inputs_release(&in);
    if (kg_graph_finish(&g))
        rc = KG_EXIT_DATA;
    if (mkdir_p(outdir) == 0) {
        /* data first, drawings last: rendering calls gvContext(), which
         * would change the DOT written after it (export.h) */
        for (int pass = 0; pass < 2; pass++)
            for (const struct kg_format *f = kg_formats; f->name; f++) {
                if (pass == 0 ? f->kind != KG_FORMAT_DATA
                              : !(render & (1UL << (f - kg_formats))))
                    continue;
                struct kg_buf path = KG_BUF_INIT;
                kg_buf_addf(&path, "%s/%s", outdir, f->file);
                if (kg_export_to_path(f, &g, path.buf, &eo))
                    rc = KG_EXIT_DATA;
                kg_buf_release(&path);
            }
        fprintf(stderr, "kgraph: %zu files, %zu entities, %zu edges, %zu relation instances -> %s/\n", docs, g.nents,
                g.nedges, g.nev, outdir);
    } else {
        rc = KG_EXIT_DATA;
    }
    kg_graph_release(&g);
    return rc;
}
