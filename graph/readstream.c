/* readstream.c - kg_graph_read_stream: a stream read on two threads.
 *
 * A helper thread reads the stream in blocks of whole lines and parses
 * each line (kg_linejson_parse_inplace, kg_rec_prepare) while the calling
 * thread adds the lines of the block before to the graph, in order: the
 * same records, the same messages in the same order as reading on one
 * thread, and nothing but the blocks is shared.  The helper never reports:
 * a line it could not parse goes to kg_graph_add_unparsed, and a read
 * error is passed on. */

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../xalloc.h"
#include "kggraph.h"
#include "kggraph_private.h"
#include "linejson.h"

#define BLOCK_BYTES (1u << 20)
#define NBLOCKS 3

struct pline {
    const char *s;    /* the JSON text (kg_line_text) */
    size_t n;         /* 0: an empty line */
    long line;
    int ok;           /* parsed and prepared into rec */
    struct kg_rec rec;
};

struct block {
    char *text;
    size_t len, cap;
    struct pline *lines;
    size_t nlines, lines_alloc;
    struct kg_linejson json; /* the trees of the block's lines */
    int full;                /* filled, not yet taken */
    int last;                /* nothing follows */
};

struct reader {
    FILE *fp;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct block blk[NBLOCKS];
    int err;                 /* 0, or a read error's errno (-1: none given) */
};

static void *read_ahead(void *arg)
{
    struct reader *r = arg;
    char *carry = NULL; /* the start of a line the last block cut */
    size_t ncarry = 0, carry_cap = 0;
    long line = 0;
    for (size_t k = 0;; k = (k + 1) % NBLOCKS) {
        struct block *b = &r->blk[k];
        pthread_mutex_lock(&r->mu);
        while (b->full)
            pthread_cond_wait(&r->cv, &r->mu);
        pthread_mutex_unlock(&r->mu);
        kg_linejson_reset(&b->json);
        b->nlines = 0;
        /* the carried part, then as much as the block holds, then more
         * until a newline (a line longer than the block grows it) */
        if (b->cap < ncarry + BLOCK_BYTES) {
            b->cap = ncarry + BLOCK_BYTES;
            b->text = xrealloc(b->text, b->cap);
        }
        if (ncarry)
            memcpy(b->text, carry, ncarry);
        b->len = ncarry;
        int eof = 0;
        char *nl = NULL;
        for (;;) {
            size_t got = fread(b->text + b->len, 1, b->cap - b->len, r->fp);
            size_t from = b->len;
            b->len += got;
            if (got == 0) {
                eof = 1;
                if (ferror(r->fp))
                    r->err = errno ? errno : -1;
                break;
            }
            for (char *q = b->text + b->len; q > b->text + from;)
                if (*--q == '\n') {
                    nl = q;
                    break;
                }
            if (nl)
                break;
            if (b->len == b->cap)
                b->text = xrealloc(b->text, b->cap *= 2);
        }
        size_t used = eof ? b->len : (size_t)(nl - b->text) + 1;
        /* the cut line waits for the next block */
        ncarry = b->len - used;
        if (ncarry > carry_cap) {
            carry_cap = ncarry;
            carry = xrealloc(carry, carry_cap);
        }
        if (ncarry)
            memcpy(carry, b->text + used, ncarry);
        b->len = used;
        for (size_t pos = 0; pos < b->len;) {
            char *e = memchr(b->text + pos, '\n', b->len - pos);
            size_t end = e ? (size_t)(e - b->text) : b->len;
            KG_GROW(b->lines, b->nlines + 1, b->lines_alloc);
            struct pline *pl = &b->lines[b->nlines++];
            pl->line = ++line;
            const char *t = b->text + pos;
            pl->n = kg_line_text(&t, end - pos);
            pl->s = t;
            struct kg_json root;
            pl->ok = pl->n && kg_linejson_parse_inplace(&b->json, b->text + (t - b->text), pl->n, &root) == 0;
            if (pl->ok)
                kg_rec_prepare(&root, &pl->rec);
            pos = end + 1;
        }
        pthread_mutex_lock(&r->mu);
        b->full = 1;
        b->last = eof;
        pthread_cond_broadcast(&r->cv);
        pthread_mutex_unlock(&r->mu);
        if (eof)
            break;
    }
    free(carry);
    return NULL;
}

int kg_graph_read_stream(struct kg_graph *g, FILE *fp, const char *name)
{
    struct reader r;
    memset(&r, 0, sizeof(r));
    r.fp = fp;
    pthread_mutex_init(&r.mu, NULL);
    pthread_cond_init(&r.cv, NULL);
    pthread_t th;
    int e = pthread_create(&th, NULL, read_ahead, &r);
    if (e) {
        pthread_mutex_destroy(&r.mu);
        pthread_cond_destroy(&r.cv);
        return kg_error_at(name, 0, "cannot start a thread: %s", strerror(e));
    }
    int rc = 0;
    long bad = 0;
    for (size_t k = 0;; k = (k + 1) % NBLOCKS) {
        struct block *b = &r.blk[k];
        pthread_mutex_lock(&r.mu);
        while (!b->full)
            pthread_cond_wait(&r.cv, &r.mu);
        pthread_mutex_unlock(&r.mu);
        for (size_t i = 0; i < b->nlines; i++) {
            struct pline *pl = &b->lines[i];
            if (!pl->n)
                continue;
            if (pl->ok ? kg_graph_add_rec(g, &pl->rec, name, pl->line)
                       : kg_graph_add_unparsed(g, pl->s, pl->n, name, pl->line, &bad))
                rc = -1;
        }
        int last = b->last;
        pthread_mutex_lock(&r.mu);
        b->full = 0;
        pthread_cond_broadcast(&r.cv);
        pthread_mutex_unlock(&r.mu);
        if (last)
            break;
    }
    pthread_join(th, NULL);
    for (int k = 0; k < NBLOCKS; k++) {
        free(r.blk[k].text);
        free(r.blk[k].lines);
        kg_linejson_release(&r.blk[k].json);
    }
    pthread_mutex_destroy(&r.mu);
    pthread_cond_destroy(&r.cv);
    kg_graph_bad_lines(name, bad);
    if (r.err)
        rc = kg_error_at(name, 0, "read error%s%s", r.err > 0 ? ": " : "", r.err > 0 ? strerror(r.err) : "");
    g->nstreams++;
    return rc;
}
