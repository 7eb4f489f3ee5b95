/* parallel.c - extract with worker threads, output in input order and
 * byte-identical to one thread.
 *
 * The work is cut in windows (window.h): a small file is one window, a big
 * one is many, so one big file keeps every thread busy too.  The live
 * windows ("units") sit in one list in output order.  Each worker takes the
 * first queued unit among the first `limit` of the list, so no worker runs
 * far ahead of the writer and memory stays bounded; the calling thread
 * writes units from the head as they are done.
 *
 * Where a file's next window starts is known once a window is segmented:
 * its worker then queues the successor before extracting the articles.  To
 * start the successor sooner, the worker first guesses it from the window's
 * tail (kg_window_predict) and queues the guess; when the real successor
 * turns out different, the guess and everything after it in that file are
 * cancelled (a file guessed wrong too often is not guessed any more).
 *
 * A doc name "path#N" numbers the articles from the start of the file,
 * known only in order: workers note where names go (struct kg_splice) and
 * the writer fills them in.  Warnings and errors are given by the writer,
 * in order, with the words and places one thread gives.
 */
#include "parallel.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../xalloc.h"
#include "window.h"

/* Bytes read from a file at a time, at least. */
#define READ_BLOCK ((size_t)1 << 20)
/* Wrong guesses after which a file's windows are no longer guessed. */
#define MAX_WRONG 4

/* One input file: its bytes [lo, lo + buf.len) are held for the windows
 * that still need them (a pipe cannot be read twice). */
struct file {
    const char *path;
    pthread_mutex_t mu; /* guards the reading state below */
    FILE *fp;
    int opened;         /* fopen was tried */
    int open_err;       /* its errno when it failed */
    int eof;
    int read_err;       /* errno of a read error, 0 none */
    struct kg_buf buf;
    size_t lo;
    /* under the pool lock */
    int units;          /* units of this file not yet freed */
    int finished;       /* the writer is done with it */
    int wrong;          /* wrong guesses */
    /* the writer's */
    size_t artno;             /* articles written */
    int warned_sentence;      /* the long-sentence warning was given */
    struct kg_window expect;  /* the window that must come next */
    struct kg_buf jdoc;       /* the path escaped, for kg_put_docname */
};

enum { QUEUED, RUNNING, DONE };

struct unit {
    struct unit *prev, *next; /* the live list, in output order */
    struct file *f;
    size_t fi;                /* index of f */
    struct kg_window w;
    int state;
    int cancelled;            /* set (atomically) under the pool lock */
    int guess;                /* guess the successor */
    int open_failed;          /* the file could not be opened: w.err */
    size_t narts;
    struct kg_buf out;        /* records, doc names left out */
    struct kg_buf splices;    /* struct kg_splice: where they go */
};

/* Buffers of freed units, for the next ones (fresh ones would be
 * page-faulted in again for every window). */
#define MAX_SPARE 16

struct pool {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct kg_buf spare[MAX_SPARE];
    size_t nspare;
    struct kg_extractor *x0;  /* for the limits */
    struct file *files;
    size_t nfiles, nopened;
    struct unit *head, *tail;
    size_t live, limit;
    int stop;
    int guess;
    int bad_guesses; /* tests: make every guess wrong ($KGRAPH_TEST_BAD_GUESSES) */
};

struct worker {
    struct pool *p;
    struct kg_extractor *x;
    struct kg_buf text;
    pthread_t tid;
};

/* ---- reading (under f->mu) */

static int fill_file(void *src, struct kg_buf *b, size_t base, size_t want, int *eof, int *err)
{
    struct file *f = src;
    int rc = 0;
    pthread_mutex_lock(&f->mu);
    if (!f->opened) {
        f->opened = 1;
        f->fp = strcmp(f->path, "-") ? fopen(f->path, "rb") : stdin;
        if (!f->fp)
            f->open_err = errno ? errno : EIO;
    }
    size_t from = base + b->len, to = base + want;
    if (!f->fp) {
        *err = f->open_err;
        rc = -1;
    } else if (from < f->lo) {
        /* only a cancelled unit can be behind the writer */
        *err = 0;
        rc = -1;
    } else {
        while (f->lo + f->buf.len < to && !f->eof && !f->read_err) {
            size_t need = to - (f->lo + f->buf.len);
            if (need < READ_BLOCK)
                need = READ_BLOCK;
            kg_buf_grow(&f->buf, need);
            size_t got = fread(f->buf.buf + f->buf.len, 1, need, f->fp);
            f->buf.len += got;
            f->buf.buf[f->buf.len] = '\0';
            if (ferror(f->fp))
                f->read_err = errno ? errno : EIO;
            else if (got < need)
                f->eof = 1;
        }
        size_t have = f->lo + f->buf.len, upto = have < to ? have : to;
        if (upto < to && f->read_err) {
            *err = f->read_err;
            rc = -1;
        } else {
            if (upto > from)
                kg_buf_add(b, f->buf.buf + (from - f->lo), upto - from);
            *eof = upto < to;
        }
    }
    pthread_mutex_unlock(&f->mu);
    return rc;
}

/* The writer is past `pos`: drop the bytes before it, now and then. */
static void release_below(struct file *f, size_t pos)
{
    pthread_mutex_lock(&f->mu);
    if (pos > f->lo) {
        size_t drop = pos - f->lo;
        if (drop > f->buf.len)
            drop = f->buf.len;
        if (drop >= f->buf.len / 2 || drop >= 8 * READ_BLOCK) {
            memmove(f->buf.buf, f->buf.buf + drop, f->buf.len - drop);
            kg_buf_setlen(&f->buf, f->buf.len - drop);
            f->lo += drop;
        }
    }
    pthread_mutex_unlock(&f->mu);
}

/* ---- the unit list (under p->mu) */

static void close_if_done(struct file *f)
{
    if (f->units || !f->finished)
        return;
    pthread_mutex_lock(&f->mu);
    if (f->fp && f->fp != stdin)
        fclose(f->fp);
    f->fp = NULL;
    kg_buf_release(&f->buf);
    pthread_mutex_unlock(&f->mu);
}

static struct unit *new_unit(struct file *f, size_t fi, const struct kg_window *w)
{
    struct unit *u = xcalloc(1, sizeof(*u));
    u->f = f;
    u->fi = fi;
    u->w = *w;
    u->state = QUEUED;
    kg_buf_init(&u->out);
    kg_buf_init(&u->splices);
    f->units++;
    return u;
}

static void keep_buf(struct pool *p, struct kg_buf *b)
{
    if (p->nspare < MAX_SPARE && b->alloc) {
        kg_buf_reset(b);
        p->spare[p->nspare++] = *b;
        kg_buf_init(b);
    } else {
        kg_buf_release(b);
    }
}

static void take_buf(struct pool *p, struct kg_buf *b)
{
    if (p->nspare)
        *b = p->spare[--p->nspare];
}

static void free_unit(struct pool *p, struct unit *u)
{
    struct file *f = u->f;
    keep_buf(p, &u->out);
    keep_buf(p, &u->splices);
    free(u);
    f->units--;
    close_if_done(f);
}

/* Put nu after u (u NULL: at the end). */
static void link_after(struct pool *p, struct unit *u, struct unit *nu)
{
    nu->prev = u;
    nu->next = u ? u->next : NULL;
    if (nu->next)
        nu->next->prev = nu;
    else
        p->tail = nu;
    if (u)
        u->next = nu;
    else
        p->head = nu;
    p->live++;
}

static void unlink_unit(struct pool *p, struct unit *u)
{
    if (u->prev)
        u->prev->next = u->next;
    else
        p->head = u->next;
    if (u->next)
        u->next->prev = u->prev;
    else
        p->tail = u->prev;
    u->prev = u->next = NULL;
    p->live--;
}

/* Cancel u and the units after it in its file (they follow from it). */
static void cancel_from(struct pool *p, struct unit *u)
{
    struct file *f = u->f;
    while (u && u->f == f) {
        struct unit *nx = u->next;
        unlink_unit(p, u);
        __atomic_store_n(&u->cancelled, 1, __ATOMIC_RELAXED);
        if (u->state != RUNNING)
            free_unit(p, u); /* a running one is freed by its worker */
        u = nx;
    }
}

/* The unit after u in its file, NULL. */
static struct unit *successor(const struct unit *u)
{
    return u->next && u->next->f == u->f ? u->next : NULL;
}

/* Queue the first window of more files while the list is short. */
static void open_more(struct pool *p)
{
    while (p->nopened < p->nfiles && p->live < p->limit) {
        struct file *f = &p->files[p->nopened];
        link_after(p, p->tail, new_unit(f, p->nopened, &f->expect));
        p->nopened++;
    }
}

/* ---- workers */

static void run_unit(struct worker *wk, struct unit *u)
{
    struct pool *p = wk->p;
    struct kg_extractor *x = wk->x;
    struct file *f = u->f;
    struct kg_window w = u->w, nx;
    kg_buf_reset(&wk->text);
    if (u->guess) {
        int eof = 0, err = 0;
        if (!fill_file(f, &wk->text, w.base, w.want, &eof, &err) && !eof && kg_window_predict(x, &w, &wk->text, &nx)) {
            if (p->bad_guesses)
                nx.base++;
            pthread_mutex_lock(&p->mu);
            if (!u->cancelled && !successor(u)) {
                link_after(p, u, new_unit(f, u->fi, &nx));
                pthread_cond_broadcast(&p->cv);
            }
            pthread_mutex_unlock(&p->mu);
        }
    }
    kg_window_prepare(x, &w, &wk->text, fill_file, f);
    pthread_mutex_lock(&p->mu);
    if (u->cancelled) {
        pthread_mutex_unlock(&p->mu);
        return;
    }
    u->w = w;
    if (w.failed) {
        pthread_mutex_lock(&f->mu);
        u->open_failed = f->open_err != 0;
        pthread_mutex_unlock(&f->mu);
    }
    struct unit *s = successor(u);
    if (w.failed || w.eof) {
        if (s)
            cancel_from(p, s);
    } else {
        kg_window_next(x, &w, &nx);
        if (!s || !kg_window_same(&s->w, &nx)) {
            if (s) {
                f->wrong++;
                cancel_from(p, s);
            }
            link_after(p, u, new_unit(f, u->fi, &nx));
        }
    }
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    if (!w.failed)
        u->narts = kg_window_write(x, &w, NULL, 0, &u->out, &u->splices, &u->cancelled);
}

static void *work(void *arg)
{
    struct worker *wk = arg;
    struct pool *p = wk->p;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        open_more(p);
        struct unit *u = NULL;
        if (!p->stop) {
            size_t k = 0;
            for (u = p->head; u && k < p->limit; u = u->next, k++)
                if (u->state == QUEUED)
                    break;
            if (k >= p->limit)
                u = NULL;
        }
        if (!u) {
            if (p->stop || (!p->head && p->nopened == p->nfiles))
                break;
            pthread_cond_wait(&p->cv, &p->mu);
            continue;
        }
        u->state = RUNNING;
        take_buf(p, &u->out);
        take_buf(p, &u->splices);
        u->guess = p->guess && u->f->wrong < MAX_WRONG;
        pthread_mutex_unlock(&p->mu);
        run_unit(wk, u);
        pthread_mutex_lock(&p->mu);
        if (u->cancelled)
            free_unit(p, u);
        else
            u->state = DONE;
        pthread_cond_broadcast(&p->cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* ---- the writer */

/* u's records with the doc names filled in. */
static void fill_names(struct kg_buf *dst, const struct unit *u, struct file *f)
{
    struct kg_buf name = KG_BUF_INIT;
    size_t pos = 0, cur = (size_t)-1, ns = u->splices.len / sizeof(struct kg_splice);
    kg_buf_reset(dst);
    kg_buf_grow(dst, u->out.len + u->out.len / 4);
    for (size_t i = 0; i < ns; i++) {
        struct kg_splice sp;
        memcpy(&sp, u->splices.buf + i * sizeof sp, sizeof sp);
        kg_buf_add(dst, u->out.buf + pos, sp.off - pos);
        if (sp.art != cur) {
            kg_buf_reset(&name);
            kg_put_docname(&name, &f->jdoc, f->path, f->artno + sp.art);
            cur = sp.art;
        }
        kg_buf_add(dst, name.buf, name.len);
        pos = sp.off;
    }
    kg_buf_add(dst, u->out.buf + pos, u->out.len - pos);
    kg_buf_release(&name);
}

/* Write unit u (the head, done): its messages, then its records.  Returns
 * non-zero when emit says stop. */
static int write_unit(struct pool *p, struct unit *u, struct kg_buf *obuf, long *failed,
                      int (*emit)(size_t i, struct kg_buf *out, int done, void *arg), void *arg)
{
    struct file *f = u->f;
    const struct kg_window *w = &u->w;
    int last = 1, stop = 0;
    if (!kg_window_same(w, &f->expect)) {
        kg_error("internal error: %s: window at %zu, expected %zu", f->path, w->base, f->expect.base);
        abort();
    }
    kg_buf_reset(obuf);
    if (w->failed && u->open_failed) {
        kg_error_at(f->path, 0, "%s", strerror(w->err));
        (*failed)++;
        stop = emit(u->fi, obuf, 1, arg);
    } else {
        if (w->long_at != KG_NO_OFFSET && !f->warned_sentence) {
            kg_window_warn_sentence(p->x0, f->path, w);
            f->warned_sentence = 1;
        }
        if (w->failed) {
            kg_error_at(strcmp(f->path, "-") ? f->path : "<stdin>", 0, "read error: %s", strerror(w->err));
            (*failed)++;
            stop = emit(u->fi, obuf, 1, arg);
        } else {
            fill_names(obuf, u, f);
            f->artno += u->narts;
            last = w->eof;
            stop = emit(u->fi, obuf, last, arg);
            if (!last && !stop) {
                if (w->art_warn)
                    kg_window_warn_article(p->x0, f->path, w);
                kg_window_next(p->x0, w, &f->expect);
                release_below(f, f->expect.base);
            }
        }
    }
    if (last) {
        pthread_mutex_lock(&p->mu);
        f->finished = 1;
        close_if_done(f);
        pthread_mutex_unlock(&p->mu);
    }
    return stop;
}

/* No thread could start: one file after another here. */
struct seq_ctx {
    size_t i;
    int (*emit)(size_t i, struct kg_buf *out, int done, void *arg);
    void *arg;
};

static int seq_flush(struct kg_buf *out, void *arg)
{
    struct seq_ctx *c = arg;
    int stop = c->emit(c->i, out, 0, c->arg);
    kg_buf_reset(out);
    return stop;
}

static long run_here(struct kg_extractor *x, char *const *paths, size_t n,
                     int (*emit)(size_t i, struct kg_buf *out, int done, void *arg), void *arg)
{
    long failed = 0;
    struct kg_buf out = KG_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        struct seq_ctx c = {i, emit, arg};
        int stop = 0;
        kg_buf_reset(&out);
        /* kg_extract_file stops when a flush says so */
        failed += kg_extract_file(x, paths[i], &out, seq_flush, &c) != 0;
        stop = emit(i, &out, 1, arg);
        if (stop)
            break;
    }
    kg_buf_release(&out);
    return failed;
}

long kg_extract_parallel_stream(struct kg_extractor **xs, int jobs, char *const *paths, size_t n,
                                int (*emit)(size_t i, struct kg_buf *out, int done, void *arg), void *arg)
{
    struct pool p;
    memset(&p, 0, sizeof p);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv, NULL);
    p.x0 = xs[0];
    p.nfiles = n;
    p.files = xcalloc(n ? n : 1, sizeof(*p.files));
    p.limit = (size_t)jobs * 4;
    p.guess = jobs > 1;
    p.bad_guesses = getenv("KGRAPH_TEST_BAD_GUESSES") != NULL;
    for (size_t i = 0; i < n; i++) {
        struct file *f = &p.files[i];
        f->path = paths[i];
        pthread_mutex_init(&f->mu, NULL);
        kg_buf_init(&f->buf);
        kg_buf_init(&f->jdoc);
        kg_window_first(xs[0], &f->expect);
    }
    struct worker *ws = xcalloc((size_t)jobs, sizeof(*ws));
    int started = 0;
    for (int k = 0; k < jobs; k++) {
        ws[k].p = &p;
        ws[k].x = xs[k];
        kg_buf_init(&ws[k].text);
        if (pthread_create(&ws[k].tid, NULL, work, &ws[k]) != 0)
            break;
        started++;
    }
    long failed = 0;
    if (!started) {
        failed = run_here(xs[0], paths, n, emit, arg);
    } else {
        struct kg_buf obuf = KG_BUF_INIT;
        pthread_mutex_lock(&p.mu);
        for (;;) {
            open_more(&p);
            if (!p.head) {
                if (p.nopened == p.nfiles)
                    break;
                continue;
            }
            if (p.head->state != DONE) {
                pthread_cond_wait(&p.cv, &p.mu);
                continue;
            }
            struct unit *u = p.head;
            unlink_unit(&p, u);
            open_more(&p);
            pthread_cond_broadcast(&p.cv);
            pthread_mutex_unlock(&p.mu);
            int stop = write_unit(&p, u, &obuf, &failed, emit, arg);
            pthread_mutex_lock(&p.mu);
            free_unit(&p, u);
            if (stop)
                break;
        }
        p.stop = 1;
        pthread_cond_broadcast(&p.cv);
        pthread_mutex_unlock(&p.mu);
        for (int k = 0; k < started; k++)
            pthread_join(ws[k].tid, NULL);
        while (p.head) {
            struct unit *u = p.head;
            unlink_unit(&p, u);
            free_unit(&p, u);
        }
        kg_buf_release(&obuf);
    }
    for (size_t i = 0; i < n; i++) {
        struct file *f = &p.files[i];
        f->finished = 1;
        close_if_done(f);
        kg_buf_release(&f->jdoc);
        pthread_mutex_destroy(&f->mu);
    }
    for (int k = 0; k < jobs; k++)
        kg_buf_release(&ws[k].text);
    for (size_t i = 0; i < p.nspare; i++)
        kg_buf_release(&p.spare[i]);
    free(ws);
    free(p.files);
    pthread_cond_destroy(&p.cv);
    pthread_mutex_destroy(&p.mu);
    return failed;
}

/* kg_extract_parallel: each file's records gathered, then emitted. */
struct whole {
    int (*emit)(size_t i, struct kg_buf *out, void *arg);
    void *arg;
    struct kg_buf buf;
};

static int whole_emit(size_t i, struct kg_buf *out, int done, void *arg)
{
    struct whole *wh = arg;
    kg_buf_add(&wh->buf, out->buf, out->len);
    if (!done)
        return 0;
    int stop = wh->emit(i, &wh->buf, wh->arg);
    kg_buf_reset(&wh->buf);
    return stop;
}

long kg_extract_parallel(struct kg_extractor **xs, int jobs, char *const *paths, size_t n,
                         int (*emit)(size_t i, struct kg_buf *out, void *arg), void *arg)
{
    struct whole wh = {emit, arg, KG_BUF_INIT};
    long failed = kg_extract_parallel_stream(xs, jobs, paths, n, whole_emit, &wh);
    kg_buf_release(&wh.buf);
    return failed;
}

struct kg_extractor **kg_extractors_new(int jobs, const char *lexdir, int *bad_rows)
{
    struct kg_extractor **xs = xcalloc((size_t)jobs, sizeof(*xs));
    *bad_rows = 0;
    for (int k = 0; k < jobs; k++) {
        if (k == 1)
            kg_diag_quiet = 2; /* the copies would repeat the first one's messages */
        if (kg_extractor_new(&xs[k], lexdir)) {
            kg_diag_quiet = 0;
            kg_extractors_free(xs, k);
            return NULL;
        }
        if (k == 0 && kg_extractor_bad_rows(xs[k]))
            *bad_rows = 1;
    }
    kg_diag_quiet = 0;
    return xs;
}

void kg_extractors_free(struct kg_extractor **xs, int jobs)
{
    for (int k = 0; xs && k < jobs; k++)
        kg_extractor_free(xs[k]);
    free(xs);
}

int kg_parse_jobs(const char *cmd, const char *arg, int *jobs)
{
    char *end;
    long v = strtol(arg, &end, 10);
    if (!*arg || *end || v < 1 || v > KG_MAX_JOBS)
        return kg_error("%s: -j wants a number of threads from 1 to %d, got '%s'", cmd, KG_MAX_JOBS, arg);
    *jobs = (int)v;
    return 0;
}
