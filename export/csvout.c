/* csvout.c - nodes.csv, edges.csv and evidence.csv through libcsv.
 *
 * RFC 4180: a header row, CRLF line ends, every field quoted by csv_write
 * (inner quotes doubled); embedded newlines stay inside their quotes, so
 * count rows with a CSV reader, not `wc -l`.  Text is valid UTF-8 without
 * control characters.  With opts->csv_safe, a cell that a spreadsheet would
 * run as a formula (leading = + - @, tab or carriage return, OWASP's list)
 * gets a leading apostrophe, unless it is a negative number and nothing
 * else ("-2+3+cmd|..." starts like one); so does a cell that starts with
 * apostrophes and one of those, so that readcsv.c, which takes one
 * apostrophe off again, gives every cell back as it was (kg_csv_formula).
 *
 * opts->csv_flavor KG_CSV_NEO4J: nodes-csv and edges-csv get the headers
 * `neo4j-admin database import` reads (FIELD.md 3.4), written unquoted
 * (they hold no comma or quote): the id as id:ID, the entity type as :LABEL,
 * the relation upper-cased as :TYPE, numbers typed (:int, :double), text
 * left to the default string type.  The rows are the plain rows, quoted,
 * with quotes doubled as neo4j expects; text is cleaned of control
 * characters, so no field spans lines.  evidence-csv has one flavor.
 */
#include <ctype.h>
#include <csv.h>
#include <stdio.h>
#include <string.h>

#include "../kgbuf.h"
#include "export.h"
#include "text.h"

struct row {
    FILE *fp;
    int n;   /* fields written in this row */
    int err;
    int safe;
    struct kg_buf tmp; /* a cell being cleaned */
    struct kg_buf out; /* rows not yet written */
};

/* Printable ASCII, tab and newline: what kg_text_clean leaves as it is. */
static int plain(const char *s, size_t *n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    for (; u[i]; i++)
        if ((u[i] < 0x20 && u[i] != '\t' && u[i] != '\n') || u[i] >= 0x7F)
            return 0;
    *n = i;
    return 1;
}

/* One field: cleaned, quoted by libcsv (csv_write, inner quotes doubled). */
static void field(struct row *r, const char *s, size_t n)
{
    if (r->n++)
        kg_buf_addc(&r->out, ',');
    kg_buf_grow(&r->out, 2 * n + 2);
    r->out.len += csv_write(r->out.buf + r->out.len, 2 * n + 2, s, n);
    r->out.buf[r->out.len] = '\0';
}

/* Is s a negative number as celln and celld write them: -, digits, and
 * maybe a point and digits? */
static int negative_number(const char *s)
{
    size_t i = 1, d = 0;
    if (s[0] != '-')
        return 0;
    while (s[i] >= '0' && s[i] <= '9')
        i++, d++;
    if (d && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9')
        for (i++; s[i] >= '0' && s[i] <= '9'; i++)
            ;
    return d && !s[i];
}

static void cell(struct row *r, const char *s)
{
    size_t f = r->safe ? kg_csv_formula(s, strlen(s)) : 0;
    int prefix = f > 1 || (f == 1 && !negative_number(s));
    size_t n;
    if (!prefix && plain(s, &n)) {
        field(r, s, n);
        return;
    }
    kg_buf_reset(&r->tmp);
    if (prefix)
        kg_buf_addc(&r->tmp, '\'');
    kg_text_clean(&r->tmp, s);
    field(r, r->tmp.buf, r->tmp.len);
}

static void celln(struct row *r, long v)
{
    char num[32];
    if (v >= 0) {
        field(r, num, (size_t)(kg_fmt_u64(num, (unsigned long long)v) - num));
        return;
    }
    snprintf(num, sizeof num, "%ld", v);
    cell(r, num);
}

static void celld(struct row *r, double v, int prec)
{
    char num[64];
    snprintf(num, sizeof num, "%.*f", prec, v);
    cell(r, num);
}

/* Rows go out 64 KB at a time. */
static void flush(struct row *r, size_t min)
{
    if (r->out.len < min)
        return;
    if (fwrite(r->out.buf, 1, r->out.len, r->fp) != r->out.len)
        r->err = 1;
    kg_buf_reset(&r->out);
}

static void endrow(struct row *r)
{
    kg_buf_add(&r->out, "\r\n", 2);
    r->n = 0;
    flush(r, 65536);
}

static void header(struct row *r, const char *const *names)
{
    for (; *names; names++)
        cell(r, *names);
    endrow(r);
}

/* The header unquoted (neo4j: "id:ID" is read as a name and a type). */
static void header_raw(struct row *r, const char *const *names)
{
    for (int k = 0; names[k]; k++) {
        if (k)
            kg_buf_addc(&r->out, ',');
        kg_buf_adds(&r->out, names[k]);
    }
    endrow(r);
}

int kg_csv_flavor_parse(const char *name)
{
    if (!strcmp(name, "plain"))
        return KG_CSV_PLAIN;
    if (!strcmp(name, "neo4j"))
        return KG_CSV_NEO4J;
    return -1;
}

static int finish(struct row *r)
{
    flush(r, 0);
    kg_buf_release(&r->tmp);
    kg_buf_release(&r->out);
    return r->err || ferror(r->fp) ? -1 : 0;
}

int kg_export_nodes_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    static const char *const h[] = {"id", "label", "type", "mentions", "docs", "types", "aliases", "indegree",
                                    "outdegree", "wdegree", "pagerank", "component", "betweenness",
                                    "community", NULL};
    /* the same columns, typed for neo4j; the type is the node's label */
    static const char *const neo4j[] = {"id:ID", "label", ":LABEL", "mentions:int", "docs:int", "types", "aliases",
                                        "indegree:int", "outdegree:int", "wdegree:double", "pagerank:double",
                                        "component:int", "betweenness:double", "community:int", NULL};
    struct row r = {fp, 0, 0, o && o->csv_safe, KG_BUF_INIT, KG_BUF_INIT};
    struct kg_buf al = KG_BUF_INIT;
    if (o && o->csv_flavor == KG_CSV_NEO4J)
        header_raw(&r, neo4j);
    else
        header(&r, h);
    for (size_t i = 0; i < g->nents && !r.err; i++) {
        const struct kg_entity *e = &g->ents[i];
        cell(&r, e->id);
        cell(&r, e->label);
        cell(&r, kg_etype_names[e->type]);
        celln(&r, e->mentions);
        celln(&r, e->docs);
        kg_buf_reset(&al);
        kg_entity_types_text(e, &al);
        cell(&r, al.buf);
        kg_buf_reset(&al);
        kg_entity_aliases_text(e, &al);
        cell(&r, al.buf);
        celln(&r, e->indegree);
        celln(&r, e->outdegree);
        celld(&r, e->wdegree, 1);
        celld(&r, e->pagerank, 9);
        celln(&r, e->component);
        celld(&r, e->betweenness, 9);
        celln(&r, e->community);
        endrow(&r);
    }
    kg_buf_release(&al);
    return finish(&r);
}

int kg_export_edges_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    static const char *const h[] = {"source", "target", "relation", "weight", "instances", "docs", "modality",
                                    "first", "last", NULL};
    static const char *const neo4j[] = {":START_ID", ":END_ID", ":TYPE", "weight:int", "instances:int",
                                        "docs:int", "modality", "first", "last", NULL};
    struct row r = {fp, 0, 0, o && o->csv_safe, KG_BUF_INIT, KG_BUF_INIT};
    int n4j = o && o->csv_flavor == KG_CSV_NEO4J;
    char type[64];
    if (n4j)
        header_raw(&r, neo4j);
    else
        header(&r, h);
    for (size_t i = 0; i < g->nedges && !r.err; i++) {
        const struct kg_edge *e = &g->edges[i];
        cell(&r, g->ents[e->source].id);
        cell(&r, g->ents[e->target].id);
        if (n4j) { /* relationship types are upper case by convention: ACCUSES */
            const char *rel = kg_relations[e->relation].name;
            size_t k = 0;
            for (; rel[k] && k + 1 < sizeof type; k++)
                type[k] = (char)toupper((unsigned char)rel[k]);
            type[k] = '\0';
            cell(&r, type);
        } else {
            cell(&r, kg_relations[e->relation].name);
        }
        celln(&r, e->weight);
        celln(&r, e->instances);
        celln(&r, e->ndocs);
        cell(&r, kg_modality_names[e->modality]);
        cell(&r, e->first_date);
        cell(&r, e->last_date);
        endrow(&r);
    }
    return finish(&r);
}

int kg_export_evidence_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    static const char *const h[] = {"source", "target", "relation", "modality", "doc", "date", "start",
                                    "end", "sentence", NULL};
    struct row r = {fp, 0, 0, o && o->csv_safe, KG_BUF_INIT, KG_BUF_INIT};
    header(&r, h);
    for (size_t i = 0; i < g->nev && !r.err; i++) {
        const struct kg_evidence *v = &g->ev[i];
        cell(&r, g->ents[v->source].id);
        cell(&r, g->ents[v->target].id);
        cell(&r, kg_relations[v->relation].name);
        cell(&r, kg_modality_names[v->modality]);
        cell(&r, v->doc);
        cell(&r, v->date);
        celln(&r, v->start);
        celln(&r, v->end);
        cell(&r, v->sentence);
        endrow(&r);
    }
    return finish(&r);
}
