/* cmd_export.c - kgraph export: streams in, one graph file out. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "../diag.h"
#include "../kgraph.h"
#include "export.h"

static void usage(FILE *fp)
{
    fputs("usage: kgraph export -f FORMAT [-o FILE] [--csv-safe] [STREAM...]\n"
          "\n"
          "Read extract or merged streams (JSON Lines; - or none for standard input),\n"
          "build the graph and write it in one format to FILE (atomically) or to\n"
          "standard output.\n"
          "\n"
          "  -f, --format FORMAT  one of:\n",
          fp);
    for (const struct kg_format *f = kg_formats; f->name; f++)
        fprintf(fp, "                         %-13s %s\n", f->name, f->help);
    fputs("  -o, --output FILE    output file (default: standard output)\n"
          "      --csv-safe       prefix CSV cells starting with = + - @ with ' so that\n"
          "                       spreadsheets do not run them as formulas\n"
          "  -h, --help           show this help\n"
          "\n"
          "exit status: 0 ok, 1 some input or the output failed, 2 usage\n",
          fp);
}

int cmd_export(int argc, char **argv)
{
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"csv-safe", no_argument, NULL, 'S'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *format = NULL, *output = "-";
    struct kg_export_opts eo = {0, 0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 'S': eo.csv_safe = 1; break;
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
        kg_error("unknown format '%s'; formats: dot, graphml, nodes-csv, edges-csv, evidence-csv, jsonl", format);
        return KG_EXIT_USAGE;
    }
    struct kg_graph g;
    kg_graph_init(&g);
    int rc = KG_EXIT_OK;
    if (kg_read_streams(&g, argc - optind, argv + optind))
        rc = KG_EXIT_DATA;
    if (kg_graph_finish(&g))
        rc = KG_EXIT_DATA;
    if (kg_export_to_path(f, &g, output, &eo))
        rc = KG_EXIT_DATA;
    kg_graph_release(&g);
    return rc;
}
