/* readgraphml.c - read kgraph's own GraphML back: its nodes as entity
 * records and every edge's `evidence_rows` (all its instances, as JSON) as
 * relation records, so a graph kept as graph.graphml merges exactly with
 * new streams.  This is a reader for the file kgraph writes, not for any
 * GraphML: elements are found by their tags, attribute values and text are
 * unescaped, and a file without kgraph's keys is reported with its line. */
#include "kggraph.h"

#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../inputs.h"
#include "../json.h"
#include "../kgbuf.h"
#include "../xalloc.h"
#include "kggraph_private.h"

struct gr {
    struct kg_graph *g;
    const char *file;
    const char *data, *end;
    char **xml_ids, **ids; /* node id in the file -> entity id */
    size_t nids, alloc;
    const char *lpos;       /* line_of's cursor: elements come in order */
    long lline;
    int bad;
};

static long line_of(struct gr *r, const char *p)
{
    if (!r->lpos || p < r->lpos) {
        r->lpos = r->data;
        r->lline = 1;
    }
    for (; r->lpos < p && r->lpos < r->end; r->lpos++)
        r->lline += *r->lpos == '\n';
    return r->lline;
}

static const char *find(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    for (size_t i = 0; i + m <= n; i++)
        if (s[i] == w[0] && !memcmp(s + i, w, m))
            return s + i;
    return NULL;
}

/* XML text to UTF-8: the five entities and numeric references. */
static void unescape(const char *s, size_t n, struct kg_buf *out)
{
    kg_buf_reset(out);
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '&') {
            kg_buf_addc(out, s[i]);
            continue;
        }
        const char *semi = memchr(s + i, ';', n - i < 12 ? n - i : 12);
        if (!semi) {
            kg_buf_addc(out, '&');
            continue;
        }
        size_t k = (size_t)(semi - (s + i));
        const char *e = s + i + 1;
        unsigned long cp = 0;
        if (k == 4 && !strncmp(e, "amp", 3))
            cp = '&';
        else if (k == 3 && !strncmp(e, "lt", 2))
            cp = '<';
        else if (k == 3 && !strncmp(e, "gt", 2))
            cp = '>';
        else if (k == 5 && !strncmp(e, "quot", 4))
            cp = '"';
        else if (k == 5 && !strncmp(e, "apos", 4))
            cp = '\'';
        else if (k > 2 && e[0] == '#')
            cp = e[1] == 'x' ? strtoul(e + 2, NULL, 16) : strtoul(e + 1, NULL, 10);
        if (!cp || cp > 0x10FFFF) {
            kg_buf_addc(out, '&');
            continue;
        }
        char u[4];
        int m = 0;
        if (cp < 0x80)
            u[m++] = (char)cp;
        else if (cp < 0x800)
            u[m++] = (char)(0xC0 | (cp >> 6)), u[m++] = (char)(0x80 | (cp & 0x3F));
        else if (cp < 0x10000)
            u[m++] = (char)(0xE0 | (cp >> 12)), u[m++] = (char)(0x80 | ((cp >> 6) & 0x3F)),
            u[m++] = (char)(0x80 | (cp & 0x3F));
        else
            u[m++] = (char)(0xF0 | (cp >> 18)), u[m++] = (char)(0x80 | ((cp >> 12) & 0x3F)),
            u[m++] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[m++] = (char)(0x80 | (cp & 0x3F));
        kg_buf_add(out, u, (size_t)m);
        i += k;
    }
}

/* The value of attribute `name` in the start tag [p, q), unescaped. */
static int attr(const char *p, const char *q, const char *name, struct kg_buf *out)
{
    size_t n = strlen(name);
    for (const char *s = p; s + n + 2 < q; s++) {
        if ((s == p || s[-1] == ' ' || s[-1] == '\t' || s[-1] == '\n') && !strncmp(s, name, n) && s[n] == '=' &&
            (s[n + 1] == '"' || s[n + 1] == '\'')) {
            const char *v = s + n + 2, *e = memchr(v, s[n + 1], (size_t)(q - v));
            if (!e)
                return 0;
            unescape(v, (size_t)(e - v), out);
            return 1;
        }
    }
    return 0;
}

/* The text of <data key="KEY">...</data> inside [p, q), unescaped. */
static int data_of(const char *p, const char *q, const char *key, struct kg_buf *out)
{
    char pat[64];
    snprintf(pat, sizeof pat, "<data key=\"%s\">", key);
    size_t n = strlen(pat);
    for (const char *s = p; s + n <= q; s++)
        if (*s == '<' && !strncmp(s, pat, n)) {
            const char *v = s + n;
            for (const char *e = v; e + 7 <= q; e++)
                if (!strncmp(e, "</data>", 7)) {
                    unescape(v, (size_t)(e - v), out);
                    return 1;
                }
            return 0;
        }
    kg_buf_reset(out);
    return 0;
}

static int add_record(struct gr *r, struct kg_buf *rec, long line)
{
    struct kg_json v;
    const char *err = NULL;
    if (kg_json_parse(rec->buf, rec->len, &v, &err))
        return r->bad = kg_error_at(r->file, line, "cannot read this element: %s", err ? err : "bad value");
    if (kg_graph_add_record(r->g, &v, r->file, line))
        r->bad = -1;
    kg_json_release(&v);
    return 0;
}

static void node(struct gr *r, const char *p, const char *q)
{
    struct kg_buf xid = KG_BUF_INIT, id = KG_BUF_INIT, t = KG_BUF_INIT, rec = KG_BUF_INIT;
    struct kg_buf type = KG_BUF_INIT;
    long line = line_of(r, p);
    const char *gt = memchr(p, '>', (size_t)(q - p));
    if (!gt || !attr(p, gt, "id", &xid) || !data_of(p, q, "v_name", &id) || !id.len) {
        r->bad = kg_error_at(r->file, line, "a node without kgraph's v_name key: not kgraph's GraphML");
        goto out;
    }
    KG_GROW(r->xml_ids, r->nids + 1, r->alloc);
    r->ids = xrealloc(r->ids, r->alloc * sizeof(char *));
    r->xml_ids[r->nids] = xstrdup(xid.buf);
    r->ids[r->nids++] = xstrdup(id.buf);
    kg_buf_adds(&rec, "{\"kind\":\"entity\",\"id\":");
    kg_buf_add_json_str(&rec, id.buf, id.len);
    data_of(p, q, "v_label", &t);
    kg_buf_adds(&rec, ",\"label\":");
    kg_buf_add_json_str(&rec, t.buf ? t.buf : "", t.len);
    data_of(p, q, "v_type", &type);
    kg_buf_adds(&rec, ",\"type\":");
    kg_buf_add_json_str(&rec, type.buf ? type.buf : "", type.len);
    static const char *const nums[] = {"v_mentions", "mentions", "v_docs", "docs"};
    for (int k = 0; k < 4; k += 2)
        if (data_of(p, q, nums[k], &t) && t.len) {
            char *end;
            double d = strtod(t.buf, &end);
            if (!*end)
                kg_buf_addf(&rec, ",\"%s\":%.0f", nums[k + 1], d);
        }
    if (data_of(p, q, "v_types", &t))
        kg_types_json(&rec, t.buf ? t.buf : "", type.buf ? type.buf : "");
    kg_buf_adds(&rec, ",\"aliases\":[");
    if (data_of(p, q, "v_aliases", &t))
        for (const char *a = t.buf ? t.buf : "", *e; *a; a = *e ? e + 1 : e) {
            e = a + strcspn(a, "|");
            if (a != t.buf)
                kg_buf_addc(&rec, ',');
            kg_buf_add_json_str(&rec, a, (size_t)(e - a));
        }
    kg_buf_adds(&rec, "]}");
    add_record(r, &rec, line);
out:
    kg_buf_release(&xid);
    kg_buf_release(&id);
    kg_buf_release(&t);
    kg_buf_release(&rec);
    kg_buf_release(&type);
}

static const char *entity_of(const struct gr *r, const char *xml_id)
{
    /* kgraph names its nodes n0, n1, ...: try the index first */
    if (xml_id[0] == 'n') {
        char *end;
        unsigned long k = strtoul(xml_id + 1, &end, 10);
        if (!*end && k < r->nids && !strcmp(r->xml_ids[k], xml_id))
            return r->ids[k];
    }
    for (size_t i = 0; i < r->nids; i++)
        if (!strcmp(r->xml_ids[i], xml_id))
            return r->ids[i];
    return NULL;
}

static void edge(struct gr *r, const char *p, const char *q)
{
    struct kg_buf src = KG_BUF_INIT, dst = KG_BUF_INIT, rel = KG_BUF_INIT, rows = KG_BUF_INIT, rec = KG_BUF_INIT;
    long line = line_of(r, p);
    const char *gt = memchr(p, '>', (size_t)(q - p));
    const char *s = NULL, *t = NULL;
    if (!gt || !attr(p, gt, "source", &src) || !attr(p, gt, "target", &dst) || !(s = entity_of(r, src.buf)) ||
        !(t = entity_of(r, dst.buf)) || !data_of(p, q, "e_relation", &rel) || !rel.len) {
        r->bad = kg_error_at(r->file, line, "an edge without kgraph's nodes or relation");
        goto out;
    }
    if (!data_of(p, q, "e_evidence_rows", &rows) || !rows.len) {
        r->bad = kg_error_at(r->file, line, "an edge without evidence_rows (written by an older kgraph?)");
        goto out;
    }
    struct kg_json arr;
    const char *err = NULL;
    if (kg_json_parse(rows.buf, rows.len, &arr, &err)) {
        r->bad = kg_error_at(r->file, line, "evidence_rows is not JSON: %s", err ? err : "syntax error");
        goto out;
    }
    if (arr.type != KG_JSON_ARR) {
        kg_json_release(&arr);
        r->bad = kg_error_at(r->file, line, "evidence_rows is not a JSON array");
        goto out;
    }
    for (size_t i = 0; i < arr.n; i++) {
        const struct kg_json *v = &arr.items[i];
        const char *doc = kg_json_get_str(v, "doc"), *date = kg_json_get_str(v, "date");
        const char *mod = kg_json_get_str(v, "modality"), *sent = kg_json_get_str(v, "sentence");
        kg_buf_reset(&rec);
        kg_buf_adds(&rec, "{\"kind\":\"relation\",\"doc\":");
        kg_buf_add_json_str(&rec, doc ? doc : "", doc ? strlen(doc) : 0);
        kg_buf_adds(&rec, ",\"source\":");
        kg_buf_add_json_str(&rec, s, strlen(s));
        kg_buf_adds(&rec, ",\"relation\":");
        kg_buf_add_json_str(&rec, rel.buf, rel.len);
        kg_buf_adds(&rec, ",\"target\":");
        kg_buf_add_json_str(&rec, t, strlen(t));
        if (mod) {
            kg_buf_adds(&rec, ",\"modality\":");
            kg_buf_add_json_str(&rec, mod, strlen(mod));
        }
        kg_buf_adds(&rec, ",\"sentence\":");
        kg_buf_add_json_str(&rec, sent ? sent : "", sent ? strlen(sent) : 0);
        kg_buf_addf(&rec, ",\"start\":%.0f,\"end\":%.0f", kg_json_get_num(v, "start", 0), kg_json_get_num(v, "end", 0));
        if (date && *date) {
            kg_buf_adds(&rec, ",\"date\":");
            kg_buf_add_json_str(&rec, date, strlen(date));
        }
        kg_buf_addc(&rec, '}');
        add_record(r, &rec, line);
    }
    kg_json_release(&arr);
out:
    kg_buf_release(&src);
    kg_buf_release(&dst);
    kg_buf_release(&rel);
    kg_buf_release(&rows);
    kg_buf_release(&rec);
}

/* The element [p, q) that starts at "<TAG" and ends at "</TAG>" or "/>". */
static const char *element_end(const char *p, const char *end, const char *tag)
{
    char close[16];
    snprintf(close, sizeof close, "</%s>", tag);
    size_t n = strlen(close);
    for (const char *s = p; s < end; s++) {
        if (*s == '>' && s > p && s[-1] == '/')
            return s + 1;
        if (*s == '<' && s + n <= end && !strncmp(s, close, n))
            return s + n;
    }
    return NULL;
}

int kg_graph_read_graphml(struct kg_graph *g, const char *path)
{
    char *data;
    size_t len;
    if (kg_read_file(path, &data, &len))
        return -1;
    struct gr r;
    memset(&r, 0, sizeof r);
    r.g = g;
    r.file = path;
    r.data = data;
    r.end = data + len;
    if (!find(data, len, "<graphml") || !find(data, len, "id=\"v_name\"")) {
        r.bad = kg_error_at(path, 1, "not kgraph's GraphML (no <graphml> with the v_name key)");
    } else {
        for (const char *p = data; p < r.end;) {
            const char *lt = memchr(p, '<', (size_t)(r.end - p));
            if (!lt)
                break;
            const char *tag = NULL;
            if ((size_t)(r.end - lt) > 6 && !strncmp(lt, "<node", 5) && (lt[5] == ' ' || lt[5] == '>'))
                tag = "node";
            else if ((size_t)(r.end - lt) > 6 && !strncmp(lt, "<edge", 5) && (lt[5] == ' ' || lt[5] == '>'))
                tag = "edge";
            if (!tag) {
                p = lt + 1;
                continue;
            }
            const char *q = element_end(lt, r.end, tag);
            if (!q) {
                r.bad = kg_error_at(path, line_of(&r, lt), "an unterminated <%s>", tag);
                break;
            }
            if (tag[0] == 'n')
                node(&r, lt, q);
            else
                edge(&r, lt, q);
            p = q;
        }
        /* a file cut short between elements: what was read is kept, as
         * with a stream's lines, and said */
        size_t tail = len > 4096 ? len - 4096 : 0;
        if (!r.bad && !find(data + tail, len - tail, "</graphml>"))
            r.bad = kg_error_at(path, line_of(&r, len ? r.end - 1 : r.end),
                                "cut short: no </graphml> at the end; read as far as it goes");
    }
    for (size_t i = 0; i < r.nids; i++) {
        free(r.xml_ids[i]);
        free(r.ids[i]);
    }
    free(r.xml_ids);
    free(r.ids);
    free(data);
    g->nstreams++;
    return r.bad ? -1 : 0;
}
