/* segment.c - lines, page furniture, articles, dates and sentences.
 *
 * A file may hold several articles.  A new one starts at the headline line
 * just before a date line ("Updated 20 December 2025") once the current
 * article has body text.  Furniture lines (words.csv "furniture") are left
 * out; after a teaser line ("Latest from ...", "Don't Miss") everything up
 * to the next article is left out.  Sentences end at . ! ? (unless the word
 * before is an abbreviation or an initial), at blank lines and at line
 * breaks, except a break before a lower-case word (hard-wrapped text).
 */
#include <stdlib.h>
#include <string.h>

#include "../schema.h"
#include "../xalloc.h"
#include "extract_private.h"

struct line {
    size_t t0, t1;
    int skip;   /* furniture, date line, teaser area */
    int date;   /* a date line */
    int furn;   /* kg_lexicon_furniture of its fold; -1 until asked (a
                 * line above a second date line is asked again: the answer
                 * kept spares folding it again) */
    char ymd[11];
};

/* The month whose name the key w (wl bytes) starts with, 0 if none. */
static int month_of(const char *w, size_t wl)
{
    static const char m[12][4] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
    if (wl < 3)
        return 0;
    for (int i = 0; i < 12; i++)
        if (w[0] == m[i][0] && w[1] == m[i][1] && w[2] == m[i][2])
            return i + 1;
    return 0;
}

/* v as n decimal digits at p (v >= 0). */
static void put_digits(char *p, int v, int n)
{
    while (n--) {
        p[n] = (char)('0' + v % 10);
        v /= 10;
    }
}

static int number(const char *w, int *v)
{
    int n = 0, d = 0;
    for (; *w >= '0' && *w <= '9'; w++, d++)
        if (d < 5) /* longer numbers are no day or year: never overflow */
            n = n * 10 + (*w - '0');
    if (!d || d > 4)
        return 0;
    /* accept ordinals: 1st 2nd 20th */
    if (*w && strcmp(w, "st") && strcmp(w, "nd") && strcmp(w, "rd") && strcmp(w, "th"))
        return 0;
    *v = n;
    return d;
}

/* A date line: a date word (Updated, Published) or nothing but a date,
 * with a month name, a day and a four-digit year. */
static int parse_date_line(struct kg_extractor *x, struct line *ln)
{
    size_t n = ln->t1 - ln->t0;
    /* (the length limits first, before reading the line) */
    if (n > 14)
        return 0;
    int has_dateword = kg_match_class(x, ln->t0, ln->t1, KG_WBIT(KG_W_DATEWORD)) > 0;
    if (!has_dateword && n > 8)
        return 0;
    int month = 0, day = 0, year = 0, words = 0;
    for (size_t i = ln->t0; i < ln->t1; i++) {
        const char *w = tk(x, i);
        size_t wl = x->tok.v[i].klen;
        int v, d;
        if (tcls(x, i, KG_W_MONTH) || (x->tok.v[i].flags & KG_TOK_CAP && (wl == 3 || (wl == 4 && !strcmp(w, "sept"))) &&
                                        month_of(w, wl))) {
            if (!month)
                month = month_of(w, wl);
        } else if ((d = number(w, &v))) {
            if (d == 4 && v > 1900 && !year)
                year = v;
            else if (d <= 2 && v >= 1 && v <= 31 && !day)
                day = v;
        } else if (x->tok.v[i].flags & KG_TOK_WORD) {
            words++;
        }
    }
    if (!month || !year || !day)
        return 0;
    if (!has_dateword && words > 2)
        return 0;
    /* YYYY-MM-DD */
    put_digits(ln->ymd, year % 10000, 4);
    ln->ymd[4] = '-';
    put_digits(ln->ymd + 5, month % 100, 2);
    ln->ymd[7] = '-';
    put_digits(ln->ymd + 8, day % 100, 2);
    ln->ymd[10] = '\0';
    return kg_is_date(ln->ymd); /* (not "31 February 2023") */
}

/* The folded line as the furniture patterns see it: its tokens' keys joined
 * by spaces, which is the bytes from its first key to the end of its last
 * with the NULs between keys made spaces (token.h).  A line longer than
 * twice the longest pattern keeps only its first and last K bytes (K the
 * longest pattern) around a byte no pattern holds: a prefix or suffix
 * pattern compares the same bytes, and no whole-line pattern is that long. */
static void fold_line(struct kg_extractor *x, const struct line *ln, struct kg_buf *b)
{
    const struct kg_token *v = x->tok.v;
    size_t k = x->lx.pattern_max;
    size_t k0 = v[ln->t0].key, n = v[ln->t1 - 1].key + v[ln->t1 - 1].klen - k0; /* the line's keys */
    size_t head = n <= 2 * k + 1 ? n : k;                                          /* bytes from the start */
    kg_buf_reset(b);
    kg_buf_grow(b, 2 * k + 1 > n ? 2 * k + 1 : n);
    char *o = b->buf;
    memcpy(o, tk(x, ln->t0), head);
    /* the NULs that end keys within the head */
    for (size_t i = ln->t0; i + 1 < ln->t1 && v[i].key + v[i].klen - k0 < head; i++)
        o[v[i].key + v[i].klen - k0] = ' ';
    if (head == n) {
        kg_buf_setlen(b, n);
        return;
    }
    o[k] = '\x01';
    /* the last k bytes, from tail on, and the NULs before keys there */
    size_t tail = k0 + n - k;
    memcpy(o + k + 1, x->tok.keys.buf + tail, k);
    for (size_t i = ln->t1 - 1; i > ln->t0 && v[i].key - 1 >= tail; i--)
        o[k + 1 + v[i].key - 1 - tail] = ' ';
    kg_buf_setlen(b, 2 * k + 1);
}

/* Does line ln match a furniture or a teaser pattern?  (Asked of its fold,
 * made in f, unless known.) */
static int furniture_line(struct kg_extractor *x, struct line *ln, struct kg_buf *f)
{
    if (ln->furn < 0) {
        fold_line(x, ln, f);
        ln->furn = kg_lexicon_furniture(&x->lx, f->buf, f->len);
    }
    return ln->furn != 0;
}

/* Is token i a . ! ? (one of the tokenizer's stops)? */
static inline int is_term(const struct kg_extractor *x, size_t i)
{
    /* (one length test for the three) */
    if (i >= x->tok.n || x->tok.v[i].klen != 1)
        return 0;
    char c = tk(x, i)[0];
    return c == '.' || c == '!' || c == '?';
}

static inline int is_closer(const struct kg_extractor *x, size_t i)
{
    return tis(x, i, "\"") || tis(x, i, "'") || tis(x, i, ")");
}

static inline void add_sent(struct kg_extractor *x, size_t t0, size_t t1, int dateline, int headline)
{
    if (t1 <= t0)
        return;
    KG_GROW(x->sents, x->nsents + 1, x->sents_alloc);
    struct kg_sent *s = &x->sents[x->nsents++];
    s->t0 = t0;
    s->t1 = t1;
    s->dateline = dateline;
    s->headline = headline;
}

/* Where the dateline at the start of paragraph chunk [t0, t1) ends (the
 * token after it), or 0: a place in capitals and a colon ("ISLAMABAD:"),
 * or a place, then a comma and a date or country, then an agency in
 * brackets, the two optional, then a dash: "BEIRUT -", "MEXICO CITY -",
 * "CARACAS, Sept. 3 -", "KABUL, Oct 14 (Reuters) -", "KABUL, Afghanistan
 * (AP) -" (the dashes of any length).  A place not in capitals needs a
 * digit or an agency to be one ("Kabul, Oct. 14 (AFP) -"): "Pakistan -"
 * starts a sentence. */
static size_t dateline_end(const struct kg_extractor *x, size_t t0, size_t t1)
{
    const struct kg_token *v = x->tok.v;
    size_t i = t0;
    int caps = 1, dated = 0, agency = 0;
    while (i < t1 && i < t0 + 4 && (v[i].flags & KG_TOK_WORD) && (v[i].flags & KG_TOK_CAP)) {
        caps &= (v[i].flags & KG_TOK_ALLCAPS) != 0;
        i++;
    }
    if (i == t0 || i >= t1)
        return 0;
    if (tis(x, i, ":"))
        return caps ? i + 1 : 0;
    if (tis(x, i, ",")) {
        /* (a date or a country: "Sept. 3", "Oct 14, 2025", "Afghanistan") */
        size_t lim = i + 9;
        for (i++; i < t1 && i < lim && !tis(x, i, "-") && !tis(x, i, "("); i++) {
            if (v[i].flags & KG_TOK_DIGIT)
                dated = 1;
            else if (!(v[i].flags & KG_TOK_CAP) && !tis(x, i, ",") && !tis(x, i, "."))
                return 0;
        }
    }
    if (i < t1 && tis(x, i, "(")) {
        size_t j = i + 1;
        while (j < t1 && j < i + 5 && !tis(x, j, ")"))
            j++;
        if (j >= t1 || !tis(x, j, ")"))
            return 0;
        agency = 1;
        i = j + 1;
    }
    if (i >= t1 || !tis(x, i, "-") || (!caps && !dated && !agency))
        return 0;
    /* ("KABUL -- ": a dash typed as two hyphens is two tokens) */
    while (i + 1 < t1 && tis(x, i + 1, "-"))
        i++;
    return i + 1;
}

/* Split the token run [t0, t1) of one paragraph chunk into sentences;
 * *sc is a cursor into the tokenizer's list of . ! ? tokens, which the
 * chunks, coming in order, move along. */
static void split_chunk(struct kg_extractor *x, size_t t0, size_t t1, int para_start, size_t *sc)
{
    const struct kg_token *v = x->tok.v;
    if (para_start) {
        size_t e = dateline_end(x, t0, t1);
        if (e) {
            add_sent(x, t0, e, 1, 0);
            t0 = e;
        }
    }
    size_t start = t0;
    int saw_term = 0;
    const size_t *stops = x->tok.stops;
    size_t q = *sc, ns = x->tok.nstops;
    while (q > 0 && stops[q - 1] >= t0)
        q--;
    while (q < ns && stops[q] < t0)
        q++;
    for (; q < ns && stops[q] < t1; q++) {
        size_t i = stops[q]; /* (is_term) */
        size_t e = i + 1;
        while (e < t1 && is_closer(x, e))
            e++;
        if (e >= t1)
            break;
        /* abbreviation or initial before the full stop */
        if (tis(x, i, ".") && i > start) {
            const char *w = tk(x, i - 1);
            if (tcls(x, i - 1, KG_W_ABBREV) || (v[i - 1].klen == 1 && (v[i - 1].flags & KG_TOK_CAP)) ||
                memchr(w, '.', v[i - 1].klen))
                continue;
        }
        const struct kg_token *n = &v[e];
        if (!(n->flags & (KG_TOK_CAP | KG_TOK_DIGIT)) && !tis(x, e, "\"") && !tis(x, e, "'") &&
            !tis(x, e, "(") && !(n->flags & KG_TOK_PUNCT))
            continue;
        add_sent(x, start, e, 0, 0);
        saw_term = 1;
        start = e;
    }
    *sc = q;
    if (start < t1)
        add_sent(x, start, t1, 0, !saw_term && !is_term(x, t1 - 1) && !is_closer(x, t1 - 1));
}

void kg_segment(struct kg_extractor *x)
{
    const struct kg_token *v = x->tok.v;
    x->nsents = x->narts = 0;
    /* a line starts at token 0 and at each token the tokenizer noted after
     * a line break; it ends where the next one starts, the last at the end */
    size_t nlines = x->tok.n ? x->tok.nlines + 1 : 0;
    /* (not zeroed by calloc: each line is filled here; ymd is read only
     * after parse_date_line fills it) */
    struct line *lines = xreallocarray(NULL, nlines ? nlines : 1, sizeof(*lines));
    for (size_t l = 0; l < nlines; l++) {
        lines[l].t0 = l ? x->tok.lines[l - 1] : 0;
        lines[l].t1 = l + 1 < nlines ? x->tok.lines[l] : x->tok.n;
        lines[l].skip = lines[l].date = 0;
        lines[l].furn = -1;
    }
    /* classify lines */
    int teaser = 0, body = 0, art_dated = 0;
    size_t cur_art_first_line = 0;
    struct kg_buf f = KG_BUF_INIT;
    size_t *art_line = NULL; /* first line of each article */
    size_t nart = 0, art_alloc = 0;
    KG_GROW(art_line, 1, art_alloc);
    art_line[nart++] = 0;
    for (size_t l = 0; l < nlines; l++) {
        struct line *ln = &lines[l];
        if (parse_date_line(x, ln)) {
            ln->date = ln->skip = 1;
            /* a second date line after body text opens a new article; text
             * before the first date line (headline, caption) belongs to it */
            if (body && art_dated) {
                /* a new article starts at its headline: the nearest line above
                 * the date line that is not furniture */
                size_t h = l;
                while (h > cur_art_first_line + 1 && h + 4 > l) {
                    h--;
                    if (!furniture_line(x, &lines[h], &f))
                        break;
                }
                for (size_t k = h; k < l; k++)
                    lines[k].skip = lines[k].date || furniture_line(x, &lines[k], &f);
                KG_GROW(art_line, nart + 1, art_alloc);
                art_line[nart++] = h;
                cur_art_first_line = h;
                teaser = 0;
            }
            body = 0;
            art_dated = 1;
            continue;
        }
        /* (a date line is not folded: its answers are asked only if a
         * second date line below makes it one above) */
        fold_line(x, ln, &f);
        ln->furn = kg_lexicon_furniture(&x->lx, f.buf, f.len);
        if (ln->furn & KG_TEASER) {
            ln->skip = 1;
            if (body)
                teaser = 1;
            continue;
        }
        if (teaser || (ln->furn & KG_FURNITURE)) {
            ln->skip = 1;
            continue;
        }
        /* a line that is only a parenthesis: a photo credit */
        if (tis(x, ln->t0, "(") && tis(x, ln->t1 - 1, ")") && ln->t1 - ln->t0 <= 8) {
            ln->skip = 1;
            continue;
        }
        if (ln->t1 - ln->t0 >= 12)
            body = 1;
    }
    kg_buf_release(&f);
    /* sentences per article */
    size_t sc = 0;
    for (size_t a = 0; a < nart; a++) {
        size_t lend = a + 1 < nart ? art_line[a + 1] : nlines;
        KG_GROW(x->arts, x->narts + 1, x->arts_alloc);
        struct kg_article *art = &x->arts[x->narts++];
        art->s0 = x->nsents;
        art->tstart = art_line[a] < nlines ? lines[art_line[a]].t0 : x->tok.n;
        art->date[0] = '\0';
        for (size_t l = art_line[a]; l < lend; l++) {
            if (lines[l].date && !art->date[0])
                memcpy(art->date, lines[l].ymd, sizeof art->date);
            if (lines[l].skip)
                continue;
            /* join hard-wrapped lines: the next line starts with a lower-case word */
            size_t t0 = lines[l].t0, t1 = lines[l].t1;
            int para = (v[t0].flags & KG_TOK_PARA) != 0;
            while (l + 1 < lend && !lines[l + 1].skip && !(v[lines[l + 1].t0].flags & KG_TOK_PARA) &&
                   (v[lines[l + 1].t0].flags & KG_TOK_WORD) && !(v[lines[l + 1].t0].flags & KG_TOK_CAP) &&
                   !(v[lines[l + 1].t0].flags & KG_TOK_DIGIT)) {
                l++;
                t1 = lines[l].t1;
            }
            split_chunk(x, t0, t1, para, &sc);
        }
        art->s1 = x->nsents;
    }
    /* a file whose articles are empty still has one (empty) article */
    free(art_line);
    free(lines);
}
