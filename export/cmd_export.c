/* cmd_export.c - kgraph export: streams in, one graph file out. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "../diag.h"
#include "../kgbuf.h"
#include "../graph/select.h"
#include "../kgraph.h"
#include "export.h"

static void usage(FILE *fp)
{
    fputs("usage: kgraph export -f FORMAT [-o FILE] [--csv-safe] [--csv-flavor FLAVOR]\n"
          "                     [--layout ENGINE] [--legend] [--cluster BY]\n"
          "                     [SELECTION] [STREAM...]\n"
          "\n"
          "Read extract or merged streams (JSON Lines; - or none for standard input)\n"
          "or a graph written earlier as graph.graphml or nodes.csv + evidence.csv,\n"
          "build the graph and write it in one format to FILE (atomically) or to\n"
          "standard output.\n"
          "\n"
          "  -f, --format FORMAT  one of:\n",
          fp);
    for (const struct kg_format *f = kg_formats; f->name; f++)
        fprintf(fp, "                         %-13s %s\n", f->name, f->help);
    fputs("  -o, --output FILE    output file (default: standard output)\n"
          "      --csv-safe       prefix CSV cells starting with = + - @, tab or CR\n"
          "                       with ' so that spreadsheets do not run them as\n"
          "                       formulas (not a cell that is a negative number;\n"
          "                       one more ' before quotes and one of those);\n"
          "                       merge and export take it off when they read the\n"
          "                       file back\n"
          "      --csv-flavor FLAVOR  for nodes-csv and edges-csv: plain (default) or\n"
          "                       neo4j (headers for neo4j-admin database import:\n"
          "                       id:ID,label,:LABEL,... and :START_ID,:END_ID,:TYPE,...)\n"
          "      --legend         for dot, svg, png, pdf and html: add a legend subgraph\n"
          "                       (cluster_legend; its nodes and edges are named legend_*)\n"
          "      --cluster BY     for dot, svg, png, pdf and html: group the nodes in\n"
          "                       subgraphs by type (cluster_TYPE) or community\n"
          "                       (cluster_cN); none (default)\n"
          "      --layout ENGINE  for svg, png, pdf and html: the Graphviz layout, one of\n"
          "                       dot, sfdp, neato, circo (default: dot for up to\n"
          "                       200 nodes and at most 100 more edges than nodes,\n"
          "                       sfdp for bigger graphs)\n"
          "  -h, --help           show this help\n"
          "\n" KG_SELECT_HELP
          "\n"
          "exit status: 0 ok, 1 some input or the output failed, 2 usage\n",
          fp);
}

int cmd_export(int argc, char **argv)
{
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"output", required_argument, NULL, 'o'},
                                         KG_EXPORT_OPTIONS,
                                         {"help", no_argument, NULL, 'h'},
                                         KG_SELECT_OPTIONS,
                                         {NULL, 0, NULL, 0}};
    const char *format = NULL, *output = "-";
    struct kg_select sel = KG_SELECT_INIT;
    struct kg_export_opts eo = KG_EXPORT_OPTS_INIT;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:h", opts, NULL)) != -1) {
        int r = kg_select_option(&sel, c, optarg);
        if (!r)
            r = kg_export_option(&eo, c, optarg);
        if (r < 0)
            return KG_EXIT_USAGE;
        if (r > 0)
            continue;
        switch (c) {
        case 'f': format = optarg; break;
        case 'o':
            if (kg_output_opt("export", optarg, "a file name"))
                return KG_EXIT_USAGE;
            output = optarg;
            break;
        case 'h': usage(stdout); return KG_EXIT_OK;
        default: fputs("try 'kgraph export --help'\n", stderr); return KG_EXIT_USAGE;
        }
    }
    if (!format) {
        kg_error("export needs -f FORMAT; try 'kgraph export --help'");
        return KG_EXIT_USAGE;
    }
    const struct kg_format *f = kg_format_find(format);
    if (!f) {
        struct kg_buf names = KG_BUF_INIT;
        for (const struct kg_format *k = kg_formats; k->name; k++)
            kg_buf_addf(&names, "%s%s", k == kg_formats ? "" : ", ", k->name);
        kg_error("unknown format '%s'; formats: %s", format, names.buf);
        kg_buf_release(&names);
        return KG_EXIT_USAGE;
    }
    if (eo.layout && !kg_render_layout_ok(eo.layout)) {
        struct kg_buf names = KG_BUF_INIT;
        for (const char *const *l = kg_render_layouts; *l; l++)
            kg_buf_addf(&names, "%s%s", l == kg_render_layouts ? "" : ", ", *l);
        kg_error("unknown layout '%s'; layouts: %s", eo.layout, names.buf);
        kg_buf_release(&names);
        return KG_EXIT_USAGE;
    }
    if (eo.layout && f->kind != KG_FORMAT_RENDER) {
        kg_error("--layout is for svg, png, pdf and html, not %s", f->name);
        return KG_EXIT_USAGE;
    }
    int drawn = f->write == kg_export_dot || f->kind == KG_FORMAT_RENDER;
    if ((eo.legend || eo.cluster != KG_CLUSTER_NONE) && !drawn) {
        kg_error("--legend and --cluster are for dot, svg, png, pdf and html, not %s", f->name);
        return KG_EXIT_USAGE;
    }
    if (eo.csv_flavor != KG_CSV_PLAIN && f->write != kg_export_nodes_csv && f->write != kg_export_edges_csv) {
        kg_error("--csv-flavor neo4j is for nodes-csv and edges-csv, not %s", f->name);
        return KG_EXIT_USAGE;
    }
    struct kg_graph g;
    kg_graph_init(&g);
    /* skip the metrics when the format does not write them (the stream,
     * edges, evidence, drawings without community clusters) and no
     * selection needs them */
    g.lean = !f->metrics && !(drawn && eo.cluster == KG_CLUSTER_COMMUNITY) && !kg_select_active(&sel);
    int rc = KG_EXIT_OK;
    if (kg_read_streams(&g, argc - optind, argv + optind))
        rc = KG_EXIT_DATA;
    if (kg_graph_finish(&g))
        rc = KG_EXIT_DATA;
    eo.top = sel.top;
    if (kg_graph_select(&g, &sel))
        rc = KG_EXIT_DATA; /* (reported; the selection is empty: nothing is written) */
    else if (kg_nothing_read(&g, rc != KG_EXIT_OK, output))
        rc = KG_EXIT_DATA;
    else if (kg_export_to_path(f, &g, output, &eo))
        rc = KG_EXIT_DATA;
    kg_graph_release(&g);
    return rc;
}
