/* export.h - one writer per format, all behind one signature.
 *
 * Each writer takes a finished struct kg_graph and a FILE * it does not
 * open or close, and writes deterministic bytes (nodes by id, edges by
 * (source, relation, target), numbers under the C locale, no timestamps).
 * kg_formats[] is the table of formats; adding one means adding a row and a
 * golden test (see kgraph.h).  kg_export_to_path writes through a temporary
 * file in the target directory and renames it, so a failure never leaves
 * half a file.
 *
 * Data formats (dot, graphml, csv, jsonl, node-link, cytoscape, gexf) are
 * written by every `kgraph build`.  Rendered formats (svg, png, pdf) lay the
 * DOT graph out through Graphviz gvc (render.c); `build` writes them only
 * when asked (--render).  Rendering calls gvContext(), which changes what
 * cgraph writes for graphs created afterwards (FIELD.md), so a process
 * renders after it has written its DOT.
 */
#ifndef KG_EXPORT_H
#define KG_EXPORT_H

#include <stdio.h>

#include "../graph/kggraph.h"

enum kg_csv_flavor {
    KG_CSV_PLAIN, /* the README headers */
    KG_CSV_NEO4J, /* nodes-csv, edges-csv: neo4j-admin database import headers */
};

enum kg_dot_cluster {
    KG_CLUSTER_NONE,      /* no subgraphs */
    KG_CLUSTER_TYPE,      /* cluster_<TYPE>, e.g. cluster_PERSON */
    KG_CLUSTER_COMMUNITY, /* cluster_c<N>, N the entity's community */
};

struct kg_export_opts {
    int csv_flavor;      /* enum kg_csv_flavor */
    int csv_safe;        /* 1: neutralise cells starting with = + - @ */
    const char *layout;  /* render: Graphviz layout engine (kg_render_layouts);
                            NULL: kg_render_default_layout() */
    int legend;          /* dot and drawings: 1 adds subgraph cluster_legend,
                            whose nodes and edges are named legend_* */
    int cluster;         /* dot and drawings: enum kg_dot_cluster */
    long top;            /* the selection's --top K, 0 none: a DOT graph then
                            holds as many as the selection left */
};

#define KG_EXPORT_OPTS_INIT {KG_CSV_PLAIN, 0, NULL, 0, KG_CLUSTER_NONE, 0}

/* A picture of more entities than this is no picture (dot takes minutes
 * to hours to lay one out): the drawings, and the DOT graph unless --top
 * says how many, hold the top entities by PageRank instead, with a
 * warning. */
#define KG_PICTURE_MAX 2000

/* g, or when it has more than KG_PICTURE_MAX entities, its top
 * KG_PICTURE_MAX by PageRank, made in *copy (*copied set: the caller
 * releases it), with the warning "N entities are too many for a picture:
 * <doing> the 2000 with the highest PageRank (<choose>)".  NULL when the
 * copy failed. */
const struct kg_graph *kg_picture_graph(const struct kg_graph *g, const char *doing, const char *choose,
                                        struct kg_graph *copy, int *copied);

/* --csv-flavor and --cluster values: the enum value, or -1 if unknown. */
int kg_csv_flavor_parse(const char *name);
int kg_dot_cluster_parse(const char *name);

enum kg_format_kind {
    KG_FORMAT_DATA,   /* a file of the graph's data; `build` writes it */
    KG_FORMAT_RENDER, /* a drawing laid out by gvc; `build` writes it with --render */
};

typedef int (*kg_export_fn)(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);

struct kg_format {
    const char *name;     /* -f NAME */
    kg_export_fn write;   /* the writer */
    const char *file;     /* file name `build` writes in its output dir */
    const char *help;     /* one line for --help */
    int kind;             /* enum kg_format_kind */
    int metrics;          /* 1: the writer reads the igraph metrics (degree,
                             PageRank, components, betweenness, communities);
                             0: kg_graph_finish may skip them (g->lean) */
};

extern const struct kg_format kg_formats[]; /* terminated by a NULL name */

const struct kg_format *kg_format_find(const char *name);

/* Is arg, given to `cmd -o`, a name at all?  0, or -1 with a message (a
 * usage error); what names the directory of `build -o`, a file else. */
int kg_output_opt(const char *cmd, const char *arg, const char *what);

/* Write `g` in format `f` to `path` atomically ("-" is stdout). 0 or -1. */
int kg_export_to_path(const struct kg_format *f, const struct kg_graph *g, const char *path,
                      const struct kg_export_opts *o);

int kg_export_dot(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_graphml(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_nodes_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_edges_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_evidence_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_jsonl(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
/* json.c: node-link JSON (networkx node_link_graph, D3) and Cytoscape.js elements */
int kg_export_node_link(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_cytoscape(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
/* gexf.c: GEXF 1.3, dynamic, edges dated by their evidence (Gephi) */
int kg_export_gexf(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
/* render.c: the DOT graph laid out by gvc and rendered */
int kg_export_svg(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_png(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_pdf(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);

/* Layout engines --layout accepts, NULL-terminated. */
extern const char *const kg_render_layouts[];
/* dot lays out graphs of up to KG_RENDER_DOT_MAX_NODES nodes that have at
 * most KG_RENDER_DOT_MAX_CYCLES more edges than nodes; sfdp the others.
 * dot's time grows with the edges beyond a tree: random graphs of 200
 * nodes took 0.04 s with 200 edges, 1.7 s with 300, 8.7 s with 350 and
 * 87 s with 400; 100 nodes with 300 edges took 41 s.  sfdp takes 0.1 s. */
#define KG_RENDER_DOT_MAX_NODES 200
#define KG_RENDER_DOT_MAX_CYCLES 100
/* The engine used when none is asked for: "dot" or "sfdp", by size. */
const char *kg_render_default_layout(const struct kg_graph *g);
/* 1 if `name` is in kg_render_layouts. */
int kg_render_layout_ok(const char *name);

/* The writer options `export` and `build` share: put KG_EXPORT_OPTIONS in
 * the getopt_long table and pass every option to kg_export_option first. */
#define KG_EXPORT_OPTIONS                                                                          \
    {"csv-safe", no_argument, NULL, 'S'}, {"layout", required_argument, NULL, 'L'},                \
        {"csv-flavor", required_argument, NULL, 'F'}, {"legend", no_argument, NULL, 'G'},          \
        {"cluster", required_argument, NULL, 'C'}

/* 1 when option c was a writer option (stored in *eo), 0 when it is not
 * one, -1 when its value is bad (reported). */
int kg_export_option(struct kg_export_opts *eo, int c, const char *arg);

#endif
