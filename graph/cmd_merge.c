/* cmd_merge.c - kgraph merge: streams in, one canonical merged stream out. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "../diag.h"
#include "../export/export.h"
#include "../kgraph.h"
#include "kggraph.h"
#include "select.h"

static const char usage_text[] =
    "usage: kgraph merge [-o FILE] [STREAM...]\n"
    "\n"
    "Read extract or merged streams (JSON Lines; - or none for standard input),\n"
    "or a graph written earlier as graph.graphml or nodes.csv and evidence.csv,\n"
    "and write one merged stream: every entity once, an \"edge\" record per\n"
    "(source, relation, target) with its weight, documents and modalities, and\n"
    "every relation instance as evidence, all sorted.  Merging is associative\n"
    "and commutative: merge its output with more streams in any order or split.\n"
    "A relation whose entities are in another part of a split stream is\n"
    "written as it is (with a warning), for the merge with the rest.\n"
    "\n"
    "  -o, --output FILE  write to FILE (atomically) instead of standard output\n"
    "  -h, --help         show this help\n"
    "\n" KG_SELECT_HELP
    "(a selection keeps only part of the graph: merge the full streams first\n"
    "if you mean to merge again)\n"
    "\n"
    "exit status: 0 ok, 1 some input failed (the rest was merged), 2 usage\n";

int kg_read_streams(struct kg_graph *g, int argc, char **argv)
{
    int rc = 0, stdin_seen = 0;
    if (argc == 0)
        return kg_graph_read_stream(g, stdin, "<stdin>");
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "-")) {
            if (stdin_seen) {
                rc = kg_error_at("-", 0, "standard input given more than once: read once");
                continue;
            }
            stdin_seen = 1;
            if (kg_graph_read_stream(g, stdin, "<stdin>"))
                rc = -1;
            continue;
        }
        size_t l = strlen(argv[i]);
        if (l > 4 && !strcmp(argv[i] + l - 4, ".csv")) {
            /* a graph written earlier as nodes.csv + evidence.csv */
            if (kg_graph_read_csv(g, argv[i]))
                rc = -1;
            continue;
        }
        if (l > 8 && !strcmp(argv[i] + l - 8, ".graphml")) {
            if (kg_graph_read_graphml(g, argv[i]))
                rc = -1;
            continue;
        }
        FILE *fp = fopen(argv[i], "rb");
        if (!fp) {
            rc = kg_error_at(argv[i], 0, "%s", strerror(errno));
            continue;
        }
        if (kg_graph_read_stream(g, fp, argv[i]))
            rc = -1;
        fclose(fp);
    }
    return rc;
}

int kg_nothing_read(const struct kg_graph *g, int failed, const char *output)
{
    if (!failed || g->nents || g->nev || g->npending)
        return 0;
    kg_error("no entity or relation read: nothing written to %s", strcmp(output, "-") ? output : "standard output");
    return 1;
}

int cmd_merge(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"help", no_argument, NULL, 'h'},
                                         KG_SELECT_OPTIONS,
                                         {NULL, 0, NULL, 0}};
    const char *output = "-";
    struct kg_select sel = KG_SELECT_INIT;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
        int r = kg_select_option(&sel, c, optarg);
        if (r < 0)
            return KG_EXIT_USAGE;
        if (r > 0)
            continue;
        switch (c) {
        case 'o':
            if (kg_output_opt("merge", optarg, "a file name"))
                return KG_EXIT_USAGE;
            output = optarg;
            break;
        case 'h': fputs(usage_text, stdout); return KG_EXIT_OK;
        default: fputs("try 'kgraph merge --help'\n", stderr); return KG_EXIT_USAGE;
        }
    }
    struct kg_graph g;
    kg_graph_init(&g);
    /* the merged stream carries no metrics: skip them unless a selection
     * needs PageRank or the edges' neighbourhoods */
    g.lean = !kg_select_active(&sel);
    /* (and relations whose entities are in another part of the stream are
     * written as they are: merging parts and then their merges gives the
     * merge of the whole) */
    g.keep_pending = g.lean;
    int rc = KG_EXIT_OK;
    if (kg_read_streams(&g, argc - optind, argv + optind))
        rc = KG_EXIT_DATA;
    if (kg_graph_finish(&g))
        rc = KG_EXIT_DATA;
    if (kg_graph_select(&g, &sel))
        rc = KG_EXIT_DATA; /* (reported; the selection is empty: nothing is written) */
    else if (kg_nothing_read(&g, rc != KG_EXIT_OK, output))
        rc = KG_EXIT_DATA;
    else if (kg_export_to_path(kg_format_find("jsonl"), &g, output, NULL))
        rc = KG_EXIT_DATA;
    kg_graph_release(&g);
    return rc;
}
