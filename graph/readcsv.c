/* readcsv.c - read kgraph's own CSV back: nodes.csv gives the entities,
 * evidence.csv every relation instance, so `merge` and `export` can take a
 * graph built earlier (as nodes.csv + evidence.csv) together with new
 * streams.  edges.csv is derived and skipped.  The neo4j flavour's headers
 * ("id:ID", ":LABEL", ":START_ID", ...) are read too.  A CSV that is not
 * kgraph's is reported with its file and line. */
#include "kggraph.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../inputs.h"
#include "../json.h"
#include "../kgbuf.h"
#include "../xalloc.h"
#include "kggraph_private.h"

enum kind { K_UNKNOWN, K_NODES, K_EDGES, K_EVIDENCE };

/* the columns we use, by name */
enum col { C_ID, C_LABEL, C_TYPE, C_MENTIONS, C_DOCS, C_TYPES, C_ALIASES, C_SOURCE, C_TARGET, C_RELATION,
           C_MODALITY, C_DOC, C_DATE, C_START, C_END, C_SENTENCE, C_WEIGHT, NCOLS };
static const char *const colname[NCOLS] = {"id",     "label",    "type",     "mentions", "docs", "types",
                                           "aliases", "source",  "target",   "relation", "modality", "doc",
                                           "date",   "start",    "end",      "sentence", "weight"};

struct rd {
    struct kg_graph *g;
    const char *file;
    char **f;
    size_t n, alloc;
    long line, nl, cur;
    int col[NCOLS];
    size_t ncols; /* the header's fields */
    enum kind kind;
    int bad;
};

size_t kg_csv_formula(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] == '\'')
        k++;
    return k < n && s[k] && strchr("=+-@\t\r", s[k]) ? k + 1 : 0;
}

static void on_field(void *data, size_t len, void *ctx)
{
    struct rd *r = ctx;
    /* a cell --csv-safe kept from running as a formula ('=..., '-12.txt,
     * ''=... for '=...): the apostrophe off again */
    if (data && kg_csv_formula(data, len) >= 2) {
        data = (char *)data + 1;
        len--;
    }
    KG_GROW(r->f, r->n + 1, r->alloc);
    char *f = xmalloc(len + 1);
    if (len)
        memcpy(f, data, len);
    f[len] = '\0';
    for (size_t i = 0; i < len; i++) {
        r->nl += f[i] == '\n';
        if (!f[i]) /* (a NUL would cut the field: a space, as the writers make control characters) */
            f[i] = ' ';
    }
    r->f[r->n++] = f;
}

/* "id:ID" -> "id", ":START_ID" -> "source", ":END_ID" -> "target",
 * ":TYPE" -> "relation", ":LABEL" -> "type" (neo4j-admin import headers) */
static const char *plain(const char *h, char *buf, size_t size)
{
    if (!strcmp(h, ":START_ID"))
        return "source";
    if (!strcmp(h, ":END_ID"))
        return "target";
    if (!strcmp(h, ":TYPE"))
        return "relation";
    if (!strcmp(h, ":LABEL"))
        return "type";
    snprintf(buf, size, "%s", h);
    char *colon = strchr(buf, ':');
    if (colon)
        *colon = '\0';
    return buf;
}

static void header(struct rd *r)
{
    for (int c = 0; c < NCOLS; c++)
        r->col[c] = -1;
    r->ncols = r->n;
    for (size_t i = 0; i < r->n; i++) {
        char buf[64];
        const char *h = plain(r->f[i], buf, sizeof buf);
        for (int c = 0; c < NCOLS; c++)
            if (!strcmp(h, colname[c]) && r->col[c] < 0)
                r->col[c] = (int)i;
    }
    if (r->col[C_SOURCE] >= 0 && r->col[C_TARGET] >= 0 && r->col[C_RELATION] >= 0 && r->col[C_SENTENCE] >= 0)
        r->kind = K_EVIDENCE;
    else if (r->col[C_SOURCE] >= 0 && r->col[C_TARGET] >= 0 && r->col[C_WEIGHT] >= 0)
        r->kind = K_EDGES;
    else if (r->col[C_ID] >= 0 && r->col[C_TYPE] >= 0)
        r->kind = K_NODES;
    else
        r->kind = K_UNKNOWN;
}

static const char *field(const struct rd *r, int c)
{
    int i = r->col[c];
    return i >= 0 && (size_t)i < r->n ? r->f[i] : "";
}

static void add_str(struct kg_buf *b, const char *key, const char *v)
{
    kg_buf_addf(b, ",\"%s\":", key);
    kg_buf_add_json_str(b, v, strlen(v));
}

static void add_num(struct kg_buf *b, const char *key, const char *v)
{
    char *end;
    double d = strtod(v, &end);
    if (*v && !*end)
        kg_buf_addf(b, ",\"%s\":%.0f", key, d);
}

static void row(struct rd *r, long line)
{
    struct kg_buf b = KG_BUF_INIT;
    if (r->kind == K_NODES) {
        kg_buf_adds(&b, "{\"kind\":\"entity\"");
        add_str(&b, "id", field(r, C_ID));
        add_str(&b, "label", field(r, C_LABEL));
        add_str(&b, "type", field(r, C_TYPE));
        add_num(&b, "mentions", field(r, C_MENTIONS));
        add_num(&b, "docs", field(r, C_DOCS));
        kg_types_json(&b, field(r, C_TYPES), field(r, C_TYPE));
        kg_buf_adds(&b, ",\"aliases\":[");
        const char *a = field(r, C_ALIASES);
        for (int k = 0; *a; k++) {
            size_t n = strcspn(a, "|");
            if (k)
                kg_buf_addc(&b, ',');
            kg_buf_add_json_str(&b, a, n);
            a += n + (a[n] == '|');
        }
        kg_buf_adds(&b, "]}");
    } else {
        kg_buf_adds(&b, "{\"kind\":\"relation\"");
        add_str(&b, "doc", field(r, C_DOC));
        add_str(&b, "source", field(r, C_SOURCE));
        /* neo4j writes relation types in capitals */
        char rel[32];
        snprintf(rel, sizeof rel, "%s", field(r, C_RELATION));
        for (char *p = rel; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
        add_str(&b, "relation", rel);
        add_str(&b, "target", field(r, C_TARGET));
        if (field(r, C_MODALITY)[0])
            add_str(&b, "modality", field(r, C_MODALITY));
        add_str(&b, "sentence", field(r, C_SENTENCE));
        add_num(&b, "start", field(r, C_START));
        add_num(&b, "end", field(r, C_END));
        if (field(r, C_DATE)[0])
            add_str(&b, "date", field(r, C_DATE));
        kg_buf_addc(&b, '}');
    }
    struct kg_json v;
    const char *err = NULL;
    if (kg_json_parse(b.buf, b.len, &v, &err)) {
        r->bad = kg_error_at(r->file, line, "cannot read this row: %s", err ? err : "bad value");
    } else {
        if (kg_graph_add_record(r->g, &v, r->file, line))
            r->bad = -1;
        kg_json_release(&v);
    }
    kg_buf_release(&b);
}

static void on_row(int c, void *ctx)
{
    (void)c;
    struct rd *r = ctx;
    long line = r->cur - r->nl;
    for (size_t i = 0; i < r->n; i++) {
        size_t l = strlen(r->f[i]);
        while (l && r->f[i][l - 1] == '\r')
            r->f[i][--l] = '\0';
    }
    int blank = r->n == 0 || (r->n == 1 && !r->f[0][0]);
    if (!blank) {
        if (r->kind == K_UNKNOWN && r->line == 0) {
            header(r);
            r->line = line;
            if (r->kind == K_UNKNOWN)
                r->bad = kg_error_at(r->file, line,
                                     "not one of kgraph's CSV files (nodes.csv, edges.csv, evidence.csv): "
                                     "no id/type or source/target/relation/sentence columns");
        } else if ((r->kind == K_NODES || r->kind == K_EVIDENCE) && r->n != r->ncols) {
            /* (a row cut short, or one with a field too many: its fields
             * may be any columns') */
            r->bad = kg_error_at(r->file, line, "a row of %zu fields under a header of %zu: skipped", r->n, r->ncols);
        } else if (r->kind == K_NODES || r->kind == K_EVIDENCE) {
            row(r, line);
        }
    }
    for (size_t i = 0; i < r->n; i++)
        free(r->f[i]);
    r->n = 0;
    r->nl = 0;
}

int kg_graph_read_csv(struct kg_graph *g, const char *path)
{
    char *data;
    size_t len;
    if (kg_read_file(path, &data, &len))
        return -1;
    struct rd r;
    memset(&r, 0, sizeof r);
    r.g = g;
    r.file = path;
    struct csv_parser p;
    csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    /* (a byte order mark, as spreadsheets save "CSV UTF-8", is no part of
     * the first column's name) */
    size_t pos = len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3) ? 3 : 0;
    /* line by line, so that a malformed row costs only itself */
    while (pos < len && r.kind != K_EDGES && !(r.line && r.kind == K_UNKNOWN)) {
        size_t e = pos;
        while (e < len && data[e] != '\n')
            e++;
        r.cur++;
        size_t n = e - pos + (e < len);
        if (csv_parse(&p, data + pos, n, on_field, on_row, &r) != n) {
            r.bad = kg_error_at(path, r.cur, "malformed CSV row: %s", csv_strerror(csv_error(&p)));
            csv_free(&p);
            csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
            for (size_t i = 0; i < r.n; i++)
                free(r.f[i]);
            r.n = 0;
            r.nl = 0;
        }
        pos += n;
    }
    if (csv_fini(&p, on_field, on_row, &r) != 0)
        r.bad = kg_error_at(path, r.cur, "malformed CSV at end of file: %s", csv_strerror(csv_error(&p)));
    csv_free(&p);
    for (size_t i = 0; i < r.n; i++)
        free(r.f[i]);
    free(r.f);
    free(data);
    if (!r.line)
        r.bad = kg_error_at(path, 0, "empty CSV file");
    else if (r.kind == K_EDGES)
        kg_warn_at(path, 0, "edges are derived from the evidence: give nodes.csv and evidence.csv; skipped");
    g->nstreams++;
    return r.bad ? -1 : 0;
}
