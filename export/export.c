/* export.c - the table of formats and atomic writing of output files. */
#include "export.h"
#include "html.h"

#include <errno.h>
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

int kg_export_to_path(const struct kg_format *f, const struct kg_graph *g, const char *path,
                      const struct kg_export_opts *o)
{
    static const struct kg_export_opts defaults = KG_EXPORT_OPTS_INIT;
    if (!o)
        o = &defaults;
    if (!strcmp(path, "-")) {
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
    /* a temporary file in the same directory, renamed when complete */
    struct kg_buf tmp = KG_BUF_INIT;
    const char *slash = strrchr(path, '/');
    if (slash)
        kg_buf_addf(&tmp, "%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
    else
        kg_buf_addf(&tmp, ".%s.XXXXXX", path);
    int fd = mkstemp(tmp.buf);
    if (fd < 0) {
        kg_error_at(path, 0, "cannot create a temporary file: %s", strerror(errno));
        kg_buf_release(&tmp);
        return -1;
    }
    FILE *fp = fdopen(fd, "wb");
    if (!fp) {
        kg_error_at(path, 0, "%s", strerror(errno));
        close(fd);
        unlink(tmp.buf);
        kg_buf_release(&tmp);
        return -1;
    }
    int rc = f->write(g, fp, o);
    int werr = ferror(fp) ? errno : 0;
    if (fclose(fp) != 0 && !werr)
        werr = errno ? errno : EIO;
    if (rc || werr) {
        kg_error_at(path, 0, "cannot write %s: %s", f->name, werr ? strerror(werr) : "writer failed");
        unlink(tmp.buf);
        kg_buf_release(&tmp);
        return -1;
    }
    /* mkstemp makes 0600 files; outputs are ordinary files */
    mode_t um = umask(0);
    umask(um);
    chmod(tmp.buf, 0666 & ~um);
    if (rename(tmp.buf, path) != 0) {
        kg_error_at(path, 0, "cannot rename the finished file into place: %s", strerror(errno));
        unlink(tmp.buf);
        kg_buf_release(&tmp);
        return -1;
    }
    kg_buf_release(&tmp);
    return 0;
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
