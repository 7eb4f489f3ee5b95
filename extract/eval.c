/* eval.c - the scorer of score.py in C (see eval.h). */
#include "eval.h"

#include <dirent.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../inputs.h"
#include "../json.h"
#include "../schema.h"
#include "../xalloc.h"
#include "extract.h"

/* ---- normalisation ---- */

static long decode(const unsigned char *s, size_t *used)
{
    unsigned char c = s[0];
    size_t k = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (!k) {
        *used = 1;
        return -1;
    }
    long cp = k == 1 ? c : k == 2 ? (c & 0x1F) : k == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *used = 1;
            return -1;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    *used = k;
    return cp;
}

static void put(struct kg_buf *b, long cp)
{
    char u[4];
    if (cp < 0x80) {
        kg_buf_addc(b, (int)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        kg_buf_add(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        kg_buf_add(b, u, 3);
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        kg_buf_add(b, u, 4);
    }
}

/* 0: drop, 1: space, 2: keep (after folding *cp) */
static int classify(long *cp)
{
    long c = *cp;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
        (c >= 0x1C && c <= 0x1F) || c == 0x85 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
        c == 0x202F || c == 0x205F || c == 0x3000)
        return 1;
    if (c >= 0xFF01 && c <= 0xFF5E) /* fullwidth ASCII */
        c = *cp = c - 0xFEE0;
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            *cp = c + 32;
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 2 : 0;
    }
    if (c == 0xAA || c == 0xBA || c == 0xB5 || c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0xBC || c == 0xBD ||
        c == 0xBE)
        return 2;
    if (c < 0xC0)
        return 0; /* Latin-1 punctuation and symbols */
    if (c == 0xD7 || c == 0xF7)
        return 0;
    if (c >= 0xC0 && c <= 0xDE) {
        *cp = c + 32;
        return 2;
    }
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
        /* Latin Extended-A pairs: upper even, lower odd (with the 0x139-0x148 and
         * 0x179-0x17E runs shifted by one) */
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) {
            if (c % 2 == 1)
                *cp = c + 1;
        } else if (c % 2 == 0) {
            *cp = c + 1;
        }
        return 2;
    }
    if (c == 0x178) {
        *cp = 0xFF;
        return 2;
    }
    if ((c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2100 && c <= 0x214F) ||
        (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x3001 && c <= 0x3003) || (c >= 0x1F000 && c <= 0x1FAFF) ||
        c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFF) || c == 0x60C || c == 0x61B || c == 0x61F || c == 0x6D4)
        return 0;
    if (c >= 0xFB00 && c <= 0xFB06)
        return 2; /* ligatures are expanded by the caller */
    return 2;
}

void kg_eval_norm(const char *s, struct kg_buf *out)
{
    struct kg_buf t = KG_BUF_INIT;
    const unsigned char *p = (const unsigned char *)s;
    int space = 0;
    while (*p) {
        size_t used;
        long cp = decode(p, &used);
        p += used;
        if (cp < 0)
            continue;
        /* score.py's translation table first */
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2032 || cp == 0x2039 ||
            cp == 0x203A || cp == 0xB4 || cp == 0x60 || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
            cp == 0x201F || cp == 0x2033 || cp == 0xAB || cp == 0xBB || (cp >= 0x2010 && cp <= 0x2015) ||
            cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 || cp == 0xFF0D || cp == 0xAD)
            continue;
        static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
        if (cp >= 0xFB00 && cp <= 0xFB06) {
            if (space && t.len)
                kg_buf_addc(&t, ' ');
            space = 0;
            kg_buf_adds(&t, lig[cp - 0xFB00]);
            continue;
        }
        if (cp == 0xDF) { /* casefold: sharp s */
            if (space && t.len)
                kg_buf_addc(&t, ' ');
            space = 0;
            kg_buf_adds(&t, "ss");
            continue;
        }
        int k = classify(&cp);
        if (k == 1) {
            space = 1;
        } else if (k == 2) {
            if (space && t.len)
                kg_buf_addc(&t, ' ');
            space = 0;
            put(&t, cp);
        }
    }
    kg_buf_reset(out);
    if (t.len >= 4 && !strncmp(t.buf, "the ", 4))
        kg_buf_add(out, t.buf + 4, t.len - 4);
    else
        kg_buf_add(out, t.buf, t.len);
    kg_buf_release(&t);
}

static char *normdup(const char *s)
{
    struct kg_buf b = KG_BUF_INIT;
    kg_eval_norm(s, &b);
    return kg_buf_detach(&b, NULL);
}

/* ---- gold ---- */

struct gent {
    char *label, *norm;
    int type;          /* enum kg_etype or -1 */
    char **aliases;    /* normalised, without the label itself */
    size_t naliases, aalloc;
};

struct grel {
    char *key;         /* "src\037rel\037tgt" of normalised keys */
    unsigned mods;     /* bit per modality; bit KG_NMODS = unstated */
};

struct gdoc {
    char *name;
    struct gent *ents;
    size_t nents, ealloc;
    struct grel *rels;
    size_t nrels, ralloc;
    /* system side */
    char **sys_label;  /* entity labels, with types */
    int *sys_type;
    size_t nsys, salloc;
    char **sr_src, **sr_rel, **sr_tgt; /* relations as labels */
    int *sr_mod;       /* -1 unstated */
    size_t nsr, sralloc;
    int seen;          /* mentioned by the system */
};

static int etype_of(const char *s)
{
    char u[16];
    size_t i;
    for (i = 0; s[i] && i < sizeof u - 1; i++)
        u[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
    u[i] = '\0';
    return kg_etype_from_name(u);
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static long find_ent(const struct gdoc *d, const char *norm, int etype, int *ambiguous)
{
    long best = -1;
    int best_rank = 99, n = 0;
    for (size_t i = 0; i < d->nents; i++) {
        const struct gent *e = &d->ents[i];
        int canon = !strcmp(e->norm, norm);
        int alias = 0;
        for (size_t a = 0; !canon && a < e->naliases; a++)
            if (!strcmp(e->aliases[a], norm))
                alias = 1;
        if (!canon && !alias)
            continue;
        n++;
        int rank = (canon ? 0 : 2) + (etype >= 0 && e->type == etype ? 0 : 1);
        if (rank < best_rank) {
            best_rank = rank;
            best = (long)i;
        }
    }
    if (ambiguous)
        *ambiguous = n > 1;
    return best;
}

static const char *map_key(const struct gdoc *d, const char *label, int etype, long *idx, char **tmp, int *amb)
{
    *tmp = normdup(label);
    *idx = find_ent(d, *tmp, etype, amb);
    return *idx >= 0 ? d->ents[*idx].norm : *tmp;
}

static char *rel_key(const char *s, const char *rel, const char *t)
{
    int r = kg_rel_from_name(rel);
    struct kg_buf b = KG_BUF_INIT;
    if (r >= 0 && kg_relations[r].symmetric && strcmp(t, s) < 0) {
        const char *x = s;
        s = t;
        t = x;
    }
    kg_buf_addf(&b, "%s\037%s\037%s", s, rel, t);
    return kg_buf_detach(&b, NULL);
}

static int load_gold(struct gdoc *d, const char *path)
{
    char *data;
    size_t len;
    if (kg_read_file(path, &data, &len))
        return -1;
    char **pr = NULL; /* pending relation lines */
    long *prl = NULL;
    size_t npr = 0, pralloc = 0;
    long line = 0;
    for (char *s = data, *e; s < data + len; s = e + 1) {
        e = memchr(s, '\n', (size_t)(data + len - s));
        if (!e)
            e = data + len;
        *e = '\0';
        line++;
        char *l = trim(s);
        if (!*l || *l == '#')
            continue;
        char *f[6] = {0};
        int nf = 0;
        for (char *p = s; nf < 6;) {
            f[nf++] = p;
            char *tab = strchr(p, '\t');
            if (!tab)
                break;
            *tab = '\0';
            p = tab + 1;
        }
        char *tag = trim(f[0]);
        if (!strcmp(tag, "E")) {
            if (nf < 3) {
                kg_warn_at(path, line, "E line needs label and type");
                continue;
            }
            KG_GROW(d->ents, d->nents + 1, d->ealloc);
            struct gent *ge = &d->ents[d->nents++];
            memset(ge, 0, sizeof(*ge));
            ge->label = xstrdup(trim(f[1]));
            ge->norm = normdup(ge->label);
            for (size_t k = 0; k + 1 < d->nents; k++)
                if (!strcmp(d->ents[k].norm, ge->norm)) {
                    kg_warn_at(path, line, "entity '%s' listed twice", ge->label);
                    break;
                }
            ge->type = etype_of(trim(f[2]));
            if (nf > 3) {
                for (char *a = f[3], *bar; a; a = bar ? bar + 1 : NULL) {
                    bar = strchr(a, '|');
                    if (bar)
                        *bar = '\0';
                    char *na = normdup(a);
                    int dup = !*na || !strcmp(na, ge->norm);
                    for (size_t k = 0; !dup && k < ge->naliases; k++)
                        dup = !strcmp(ge->aliases[k], na);
                    if (dup) {
                        free(na);
                        continue;
                    }
                    KG_GROW(ge->aliases, ge->naliases + 1, ge->aalloc);
                    ge->aliases[ge->naliases++] = na;
                }
            }
        } else if (!strcmp(tag, "R")) {
            if (nf < 4) {
                kg_warn_at(path, line, "R line needs source, relation, target");
                continue;
            }
            /* resolved after all E lines; the modality in lower case, as
             * score.py reads it */
            char *mod = nf > 4 ? trim(f[4]) : (char *)"";
            for (char *q = mod; *q; q++)
                if (*q >= 'A' && *q <= 'Z')
                    *q = (char)(*q - 'A' + 'a');
            if (*mod && kg_modality_from_name(mod) < 0)
                kg_warn_at(path, line, "unknown modality '%s'", mod);
            KG_GROW(pr, npr + 1, pralloc);
            prl = xreallocarray(prl, pralloc, sizeof(*prl));
            struct kg_buf b = KG_BUF_INIT;
            kg_buf_addf(&b, "%s\t%s\t%s\t%s", trim(f[1]), trim(f[2]), trim(f[3]), mod);
            pr[npr] = kg_buf_detach(&b, NULL);
            prl[npr++] = line;
        } else {
            kg_warn_at(path, line, "unknown line tag '%s'", tag);
        }
    }
    for (size_t i = 0; i < npr; i++) {
        char *f[4];
        char *p = pr[i];
        for (int k = 0; k < 4; k++) {
            f[k] = p;
            p = strchr(p, '\t');
            if (p)
                *p++ = '\0';
            else
                p = f[k] + strlen(f[k]);
        }
        long si, ti;
        char *t1, *t2;
        const char *sk = map_key(d, f[0], -1, &si, &t1, NULL);
        const char *tk = map_key(d, f[2], -1, &ti, &t2, NULL);
        if (si < 0)
            kg_warn_at(path, prl[i], "relation source '%s' is not a gold entity", f[0]);
        if (ti < 0)
            kg_warn_at(path, prl[i], "relation target '%s' is not a gold entity", f[2]);
        char rel[64];
        size_t rn = 0;
        for (const char *q = f[1]; *q && rn < sizeof rel - 1; q++)
            rel[rn++] = (char)(*q >= 'A' && *q <= 'Z' ? *q + 32 : *q);
        rel[rn] = '\0';
        char *key = rel_key(sk, rel, tk);
        int mod = f[3][0] ? kg_modality_from_name(f[3]) : -1;
        size_t k;
        for (k = 0; k < d->nrels; k++)
            if (!strcmp(d->rels[k].key, key))
                break;
        if (k == d->nrels) {
            KG_GROW(d->rels, d->nrels + 1, d->ralloc);
            d->rels[k].key = key;
            d->rels[k].mods = 0;
            d->nrels++;
        } else {
            free(key);
        }
        d->rels[k].mods |= 1u << (mod >= 0 ? mod : KG_NMODS);
        free(t1);
        free(t2);
        free(pr[i]);
    }
    free(pr);
    free(prl);
    free(data);
    return 0;
}

static void free_doc(struct gdoc *d)
{
    for (size_t i = 0; i < d->nents; i++) {
        free(d->ents[i].label);
        free(d->ents[i].norm);
        for (size_t a = 0; a < d->ents[i].naliases; a++)
            free(d->ents[i].aliases[a]);
        free(d->ents[i].aliases);
    }
    free(d->ents);
    for (size_t i = 0; i < d->nrels; i++)
        free(d->rels[i].key);
    free(d->rels);
    for (size_t i = 0; i < d->nsys; i++)
        free(d->sys_label[i]);
    free(d->sys_label);
    free(d->sys_type);
    for (size_t i = 0; i < d->nsr; i++) {
        free(d->sr_src[i]);
        free(d->sr_rel[i]);
        free(d->sr_tgt[i]);
    }
    free(d->sr_src);
    free(d->sr_rel);
    free(d->sr_tgt);
    free(d->sr_mod);
    free(d->name);
}

/* ---- system stream ---- */

struct idmap {
    char *doc, *id, *label;
};

static struct gdoc *doc_for(struct gdoc *docs, size_t n, const char *raw)
{
    const char *base = strrchr(raw, '/');
    base = base ? base + 1 : raw;
    size_t len = kg_docname_file(base);
    if (len >= 4 && !strncmp(base + len - 4, ".txt", 4))
        len -= 4;
    /* (a gold file's name as extract writes it: valid UTF-8) */
    struct kg_buf nb = KG_BUF_INIT;
    struct gdoc *found = NULL;
    for (size_t i = 0; i < n && !found; i++) {
        const char *slash = strrchr(docs[i].name, '/');
        kg_buf_reset(&nb);
        kg_docname_of_path(slash ? slash + 1 : docs[i].name, &nb);
        if (nb.len == len && !strncmp(nb.buf, base, len))
            found = &docs[i];
    }
    kg_buf_release(&nb);
    return found;
}

/* The system stream; sysname names it in messages (NULL: extracted here).
 * -1 when some line of it was not JSON. */
static int load_system(struct gdoc *docs, size_t ndocs, const char *stream, size_t len, const char *sysname)
{
    struct idmap *ids = NULL;
    size_t nids = 0, idalloc = 0;
    long line = 0, bad = 0, unknown = 0;
    for (size_t pos = 0; pos < len;) {
        const char *nl = memchr(stream + pos, '\n', len - pos);
        size_t e = nl ? (size_t)(nl - stream) : len;
        line++;
        struct kg_json v;
        const char *err;
        size_t s = pos;
        pos = e + 1;
        while (s < e && (stream[s] == ' ' || stream[s] == '\r'))
            s++;
        if (s >= e)
            continue;
        if (kg_json_parse(stream + s, e - s, &v, &err)) {
            if (++bad <= 5) {
                if (sysname)
                    kg_error_at(sysname, line, "not a JSON line: %s", err ? err : "syntax error");
                else
                    kg_warn_at(NULL, 0, "system line %ld is not JSON", line);
            }
            continue;
        }
        const char *kind = kg_json_get_str(&v, "kind");
        const char *raw = kg_json_get_str(&v, "doc");
        struct gdoc *d = raw ? doc_for(docs, ndocs, raw) : NULL;
        if (!d || !kind) {
            unknown++;
            kg_json_release(&v);
            continue;
        }
        d->seen = 1;
        if (!strcmp(kind, "entity")) {
            const char *id = kg_json_get_str(&v, "id");
            const char *label = kg_json_get_str(&v, "label");
            if (!label)
                label = id ? id : "";
            const char *type = kg_json_get_str(&v, "type");
            KG_GROW(ids, nids + 1, idalloc);
            ids[nids].doc = xstrdup(raw);
            ids[nids].id = xstrdup(id ? id : "");
            ids[nids].label = xstrdup(label);
            nids++;
            KG_GROW(d->sys_label, d->nsys + 1, d->salloc);
            d->sys_type = xreallocarray(d->sys_type, d->salloc, sizeof(int));
            d->sys_label[d->nsys] = xstrdup(label);
            d->sys_type[d->nsys++] = type ? etype_of(type) : -1;
        } else if (!strcmp(kind, "relation")) {
            const char *ends[2] = {kg_json_get_str(&v, "source"), kg_json_get_str(&v, "target")};
            const char *labels[2];
            for (int k = 0; k < 2; k++) {
                labels[k] = ends[k] ? ends[k] : "";
                size_t i;
                for (i = nids; i-- > 0;)
                    if (!strcmp(ids[i].doc, raw) && !strcmp(ids[i].id, labels[k]))
                        break;
                if (i != (size_t)-1)
                    labels[k] = ids[i].label;
                else
                    kg_warn_at(NULL, 0, "system line %ld: %s '%s' has no entity record before it in %s", line,
                               k ? "target" : "source", labels[k], raw);
            }
            const char *rel = kg_json_get_str(&v, "relation");
            const char *mod = kg_json_get_str(&v, "modality");
            KG_GROW(d->sr_src, d->nsr + 1, d->sralloc);
            d->sr_rel = xreallocarray(d->sr_rel, d->sralloc, sizeof(char *));
            d->sr_tgt = xreallocarray(d->sr_tgt, d->sralloc, sizeof(char *));
            d->sr_mod = xreallocarray(d->sr_mod, d->sralloc, sizeof(int));
            d->sr_src[d->nsr] = xstrdup(labels[0]);
            d->sr_rel[d->nsr] = xstrdup(rel ? rel : "");
            d->sr_tgt[d->nsr] = xstrdup(labels[1]);
            d->sr_mod[d->nsr] = mod && *mod ? kg_modality_from_name(mod) : -1;
            d->nsr++;
        }
        kg_json_release(&v);
    }
    if (bad)
        kg_warn_at(sysname, 0, "%ld system line(s) were not JSON", bad);
    if (unknown)
        kg_warn_at(NULL, 0, "%ld system record(s) belong to documents without a gold file", unknown);
    for (size_t i = 0; i < nids; i++) {
        free(ids[i].doc);
        free(ids[i].id);
        free(ids[i].label);
    }
    free(ids);
    return bad ? -1 : 0;
}

/* ---- scoring ---- */

struct counts {
    long tp, fp, fn;
};

static void prf(const struct counts *c, double *p, double *r, double *f)
{
    *p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0.0;
    *r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0.0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collect NAME for every NAME.gold.tsv under dir (recursively, relative
 * paths, sorted), so that "kgraph eval fixtures/" scores every subset. */
static int gold_walk(const char *dir, const char *rel, int depth, char ***names, size_t *n, size_t *alloc)
{
    struct kg_buf path = KG_BUF_INIT;
    kg_buf_addf(&path, "%s%s%s", dir, *rel ? "/" : "", rel);
    DIR *d = opendir(path.buf);
    if (!d) {
        int rc = kg_error_at(path.buf, 0, "cannot open directory");
        kg_buf_release(&path);
        return rc;
    }
    struct dirent *de;
    while ((de = readdir(d))) {
        const char *nm = de->d_name;
        size_t l = strlen(nm);
        if (nm[0] == '.')
            continue;
        struct kg_buf r = KG_BUF_INIT;
        kg_buf_addf(&r, "%s%s%s", rel, *rel ? "/" : "", nm);
        if (l > 9 && !strcmp(nm + l - 9, ".gold.tsv")) {
            KG_GROW(*names, *n + 1, *alloc);
            (*names)[(*n)++] = xstrndup(r.buf, r.len - 9);
        } else if (depth < 16) {
            struct stat st;
            struct kg_buf full = KG_BUF_INIT;
            kg_buf_addf(&full, "%s/%s", path.buf, nm);
            if (!stat(full.buf, &st) && S_ISDIR(st.st_mode))
                gold_walk(dir, r.buf, depth + 1, names, n, alloc);
            kg_buf_release(&full);
        }
        kg_buf_release(&r);
    }
    closedir(d);
    kg_buf_release(&path);
    return 0;
}

int kg_eval_gold_names(const char *dir, char ***names, size_t *n)
{
    size_t alloc = 0;
    size_t l = strlen(dir);
    char *root = xstrndup(dir, l > 1 && dir[l - 1] == '/' ? l - 1 : l);
    int rc = gold_walk(root, "", 0, names, n, &alloc);
    free(root);
    if (*n > 1)
        qsort(*names, *n, sizeof(char *), cmp_str);
    return rc;
}

int kg_eval_score(const char *dir, const char *stream, size_t len, const char *sysname, int verbose, FILE *fp)
{
    char **names = NULL;
    size_t nnames = 0;
    int rc = 0;
    if (kg_eval_gold_names(dir, &names, &nnames))
        return -1;
    struct gdoc *docs = xcalloc(nnames ? nnames : 1, sizeof(*docs));
    for (size_t i = 0; i < nnames; i++) {
        docs[i].name = names[i];
        struct kg_buf p = KG_BUF_INIT;
        kg_buf_addf(&p, "%s/%s.gold.tsv", dir, names[i]);
        if (load_gold(&docs[i], p.buf))
            rc = -1;
        kg_buf_release(&p);
    }
    free(names);
    if (!nnames)
        kg_warn_at(dir, 0, "no *.gold.tsv files");
    if (load_system(docs, nnames, stream, len, sysname))
        rc = -1;
    /* (a stream extracted elsewhere names its documents by the paths it
     * was given: none of them here, and every figure would be 0) */
    size_t seen = 0;
    for (size_t i = 0; i < nnames; i++)
        seen += docs[i].seen;
    if (sysname && nnames && !seen)
        kg_warn_at(sysname, 0, "no record of it is of a document with a gold file in %s (its docs are the paths "
                   "extract was given, matched by their file names): every figure is 0", dir);

    struct counts te = {0, 0, 0}, tr = {0, 0, 0};
    struct counts per_type[KG_NTYPES + 1];
    struct counts per_rel[KG_NRELS + 1];
    memset(per_type, 0, sizeof per_type);
    memset(per_rel, 0, sizeof per_rel);
    long mod_ok = 0, mod_n = 0;
    struct kg_buf details = KG_BUF_INIT;
    size_t w = 8;
    for (size_t i = 0; i < nnames; i++)
        if (strlen(docs[i].name) > w)
            w = strlen(docs[i].name);
    fprintf(fp, "%-*s  %5s %5s %5s %6s %6s %6s | %5s %5s %5s %6s %6s %6s\n", (int)w, "document", "E.tp", "E.fp", "E.fn",
            "E.P", "E.R", "E.F1", "R.tp", "R.fp", "R.fn", "R.P", "R.R", "R.F1");
    for (size_t di = 0; di < nnames; di++) {
        struct gdoc *d = &docs[di];
        /* entities */
        char *tp = xcalloc(d->nents + 1, 1);
        char **fpk = NULL;
        size_t nfp = 0, fpalloc = 0;
        for (size_t i = 0; i < d->nsys; i++) {
            long idx;
            char *tmp;
            const char *key = map_key(d, d->sys_label[i], d->sys_type[i], &idx, &tmp, NULL);
            struct kg_buf k = KG_BUF_INIT;
            if (idx >= 0 && d->ents[idx].type == d->sys_type[i]) {
                tp[idx] = 1;
            } else {
                if (idx < 0)
                    kg_buf_addf(&k, "u\037%s\037%d", key, d->sys_type[i]);
                else
                    kg_buf_addf(&k, "w\037%ld\037%d", idx, d->sys_type[i]);
                int dup = 0;
                for (size_t j = 0; j < nfp && !dup; j++)
                    dup = !strcmp(fpk[j], k.buf);
                if (!dup) {
                    KG_GROW(fpk, nfp + 1, fpalloc);
                    fpk[nfp++] = xstrdup(k.buf);
                    int t = d->sys_type[i];
                    per_type[t >= 0 ? t : KG_NTYPES].fp++;
                    if (verbose)
                        kg_buf_addf(&details, "E-FP\t%s\t%s\t%s\n", d->name, d->sys_label[i],
                                    t >= 0 ? kg_etype_names[t] : "?");
                }
            }
            kg_buf_release(&k);
            free(tmp);
        }
        struct counts ce = {0, (long)nfp, 0};
        for (size_t i = 0; i < d->nents; i++) {
            int t = d->ents[i].type;
            if (tp[i]) {
                ce.tp++;
                per_type[t >= 0 ? t : KG_NTYPES].tp++;
            } else {
                ce.fn++;
                per_type[t >= 0 ? t : KG_NTYPES].fn++;
                if (verbose)
                    kg_buf_addf(&details, "E-FN\t%s\t%s\t%s\n", d->name, d->ents[i].label,
                                t >= 0 ? kg_etype_names[t] : "?");
            }
        }
        for (size_t j = 0; j < nfp; j++)
            free(fpk[j]);
        free(fpk);
        free(tp);
        /* relations: system keys with their modalities in order */
        char **sk = NULL;
        int **smods = NULL;
        size_t *nsm = NULL, nsk = 0, skalloc = 0;
        for (size_t i = 0; i < d->nsr; i++) {
            long a, b;
            char *t1, *t2;
            const char *s = map_key(d, d->sr_src[i], -1, &a, &t1, NULL);
            const char *t = map_key(d, d->sr_tgt[i], -1, &b, &t2, NULL);
            char rel[64];
            size_t rn = 0;
            for (const char *q = d->sr_rel[i]; *q && rn < sizeof rel - 1; q++)
                rel[rn++] = (char)(*q >= 'A' && *q <= 'Z' ? *q + 32 : *q);
            rel[rn] = '\0';
            char *key = rel_key(s, trim(rel), t);
            size_t k;
            for (k = 0; k < nsk; k++)
                if (!strcmp(sk[k], key))
                    break;
            if (k == nsk) {
                KG_GROW(sk, nsk + 1, skalloc);
                smods = xreallocarray(smods, skalloc, sizeof(*smods));
                nsm = xreallocarray(nsm, skalloc, sizeof(*nsm));
                sk[k] = key;
                smods[k] = NULL;
                nsm[k] = 0;
                nsk++;
            } else {
                free(key);
            }
            smods[k] = xreallocarray(smods[k], nsm[k] + 1, sizeof(int));
            smods[k][nsm[k]++] = d->sr_mod[i];
            free(t1);
            free(t2);
        }
        struct counts cr = {0, 0, 0};
        for (size_t k = 0; k < nsk; k++) {
            const char *rel = strchr(sk[k], '\037') + 1;
            char rn[64];
            snprintf(rn, sizeof rn, "%.*s", (int)strcspn(rel, "\037"), rel);
            int r = kg_rel_from_name(rn);
            size_t g;
            for (g = 0; g < d->nrels; g++)
                if (!strcmp(d->rels[g].key, sk[k]))
                    break;
            if (g < d->nrels) {
                cr.tp++;
                per_rel[r >= 0 ? r : KG_NRELS].tp++;
                unsigned gm = d->rels[g].mods & ((1u << KG_NMODS) - 1);
                int stated = 0;
                for (size_t j = 0; j < nsm[k]; j++)
                    stated |= smods[k][j] >= 0;
                if (gm || stated) {
                    int sm = KG_MOD_ASSERTED;
                    if (stated) {
                        long best = 0;
                        for (size_t j = 0; j < nsm[k]; j++) {
                            if (smods[k][j] < 0)
                                continue;
                            long c = 0;
                            for (size_t q = 0; q < nsm[k]; q++)
                                c += smods[k][q] == smods[k][j];
                            if (c > best) {
                                best = c;
                                sm = smods[k][j];
                            }
                        }
                    }
                    if (!gm)
                        gm = 1u << KG_MOD_ASSERTED;
                    mod_n++;
                    mod_ok += (gm >> sm) & 1;
                }
            } else {
                cr.fp++;
                per_rel[r >= 0 ? r : KG_NRELS].fp++;
                if (verbose)
                    kg_buf_addf(&details, "R-FP\t%s\t%s\n", d->name, sk[k]);
            }
        }
        for (size_t g = 0; g < d->nrels; g++) {
            size_t k;
            for (k = 0; k < nsk; k++)
                if (!strcmp(d->rels[g].key, sk[k]))
                    break;
            if (k == nsk) {
                cr.fn++;
                const char *rel = strchr(d->rels[g].key, '\037') + 1;
                char rn[64];
                snprintf(rn, sizeof rn, "%.*s", (int)strcspn(rel, "\037"), rel);
                int r = kg_rel_from_name(rn);
                per_rel[r >= 0 ? r : KG_NRELS].fn++;
                if (verbose)
                    kg_buf_addf(&details, "R-FN\t%s\t%s\n", d->name, d->rels[g].key);
            }
        }
        for (size_t k = 0; k < nsk; k++) {
            free(sk[k]);
            free(smods[k]);
        }
        free(sk);
        free(smods);
        free(nsm);
        double ep, er, ef, rp, rr, rf;
        prf(&ce, &ep, &er, &ef);
        prf(&cr, &rp, &rr, &rf);
        fprintf(fp, "%-*s  %5ld %5ld %5ld %6.3f %6.3f %6.3f | %5ld %5ld %5ld %6.3f %6.3f %6.3f%s\n", (int)w, d->name,
                ce.tp, ce.fp, ce.fn, ep, er, ef, cr.tp, cr.fp, cr.fn, rp, rr, rf,
                d->seen ? "" : "  (not in system output)");
        te.tp += ce.tp;
        te.fp += ce.fp;
        te.fn += ce.fn;
        tr.tp += cr.tp;
        tr.fp += cr.fp;
        tr.fn += cr.fn;
    }
    double ep, er, ef, rp, rr, rf;
    prf(&te, &ep, &er, &ef);
    prf(&tr, &rp, &rr, &rf);
    fprintf(fp, "%-*s  %5ld %5ld %5ld %6.3f %6.3f %6.3f | %5ld %5ld %5ld %6.3f %6.3f %6.3f\n\n", (int)w, "MICRO", te.tp,
            te.fp, te.fn, ep, er, ef, tr.tp, tr.fp, tr.fn, rp, rr, rf);
    fprintf(fp, "%-12s %5s %5s %5s %6s %6s %6s\n", "entity type", "tp", "fp", "fn", "P", "R", "F1");
    for (int t = 0; t <= KG_NTYPES; t++) {
        const struct counts *c = &per_type[t];
        if (!c->tp && !c->fp && !c->fn)
            continue;
        double p, r, f;
        prf(c, &p, &r, &f);
        fprintf(fp, "%-12s %5ld %5ld %5ld %6.3f %6.3f %6.3f\n", t < KG_NTYPES ? kg_etype_names[t] : "?", c->tp, c->fp,
                c->fn, p, r, f);
    }
    fprintf(fp, "(tp/fn by gold type, fp by system type)\n\n");
    fprintf(fp, "%-12s %5s %5s %5s %6s %6s %6s\n", "relation", "tp", "fp", "fn", "P", "R", "F1");
    /* alphabetical, as score.py prints them */
    int order[KG_NRELS];
    for (int r = 0; r < KG_NRELS; r++)
        order[r] = r;
    for (int a = 0; a < KG_NRELS; a++)
        for (int b = a + 1; b < KG_NRELS; b++)
            if (strcmp(kg_relations[order[b]].name, kg_relations[order[a]].name) < 0) {
                int tmp = order[a];
                order[a] = order[b];
                order[b] = tmp;
            }
    for (int i = 0; i <= KG_NRELS; i++) {
        int r = i < KG_NRELS ? order[i] : KG_NRELS;
        const struct counts *c = &per_rel[r];
        if (!c->tp && !c->fp && !c->fn)
            continue;
        double p, q, f;
        prf(c, &p, &q, &f);
        fprintf(fp, "%-12s %5ld %5ld %5ld %6.3f %6.3f %6.3f\n", r < KG_NRELS ? kg_relations[r].name : "(other)", c->tp,
                c->fp, c->fn, p, q, f);
    }
    fputc('\n', fp);
    if (mod_n)
        fprintf(fp, "modality accuracy: %.3f (%ld/%ld matched relations with a stated modality)\n",
                (double)mod_ok / (double)mod_n, mod_ok, mod_n);
    else
        fprintf(fp, "modality accuracy: n/a (0 matched relations with a stated modality)\n");
    if (verbose && details.len) {
        for (size_t i = 0; i < details.len; i++)
            if (details.buf[i] == '\037')
                details.buf[i] = ' ';
        fprintf(fp, "\n%s", details.buf);
    }
    fprintf(fp, "entity_p=%.3f entity_r=%.3f entity_f1=%.3f relation_p=%.3f relation_r=%.3f relation_f1=%.3f\n", ep,
            er, ef, rp, rr, rf);
    kg_buf_release(&details);
    for (size_t i = 0; i < nnames; i++)
        free_doc(&docs[i]);
    free(docs);
    return rc;
}
