/* export.h - one writer per format, all behind one signature.
 *
 * Each writer takes a finished struct kg_graph and a FILE * it does not
 * open or close, and writes deterministic bytes (nodes by id, edges by
 * (source, relation, target), numbers under the C locale, no timestamps).
 * kg_formats[] is the table of formats; adding one means adding a row and a
 * golden test (see kgraph.h).  kg_export_to_path writes through a temporary
 * file in the target directory and renames it, so a failure never leaves
 * half a file.
 */
#ifndef KG_EXPORT_H
#define KG_EXPORT_H

#include <stdio.h>

#include "../graph/kggraph.h"

struct kg_export_opts {
    int csv_flavor;      /* 0 plain, 1 neo4j (later) */
    int csv_safe;        /* 1: neutralise cells starting with = + - @ */
};

typedef int (*kg_export_fn)(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);

struct kg_format {
    const char *name;     /* -f NAME */
    kg_export_fn write;   /* the writer */
    const char *file;     /* file name `build` writes in its output dir */
    const char *help;     /* one line for --help */
};

extern const struct kg_format kg_formats[]; /* terminated by a NULL name */

const struct kg_format *kg_format_find(const char *name);

/* Write `g` in format `f` to `path` atomically ("-" is stdout). 0 or -1. */
int kg_export_to_path(const struct kg_format *f, const struct kg_graph *g, const char *path,
                      const struct kg_export_opts *o);

int kg_export_dot(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_graphml(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_nodes_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_edges_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_evidence_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);
int kg_export_jsonl(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o);

#endif
