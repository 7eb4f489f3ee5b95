/* parallel.c - extract with worker threads, output in input order and
 * byte-identical to one thread.
 *
 * The work is cut in windows (window.h): a small file is one window, a big
 * one is many, so one big file keeps every thread busy too.  The live
 * windows ("units") sit in one list in output order.  Each worker takes the
 * first queued unit among the first `limit` of the list, so no worker runs
 * far ahead of the writer and memory stays bounded.  The calling thread is
 * one of the workers; the head of the list, once done, is written by
 * whichever thread sees it first (one at a time).
 *
 * Where a file's next window starts is known once a window is segmented:
 * its worker then queues the successor before extracting the articles.  To
 * start the successor sooner, at -j 3 and more, the worker first guesses it
 * from the window's tail (kg_window_predict) and queues the guess; when the
 * real successor turns out different, the guess and everything after it in
 * that file are cancelled (a file guessed wrong too often is not guessed
 * any more).
 *
 * A doc name "path#N" numbers the articles from the start of the file,
 * known only in order: workers note where names go (struct kg_splice) and
 * the writer fills them in.  Warnings and errors are given by the writer,
 * in order, with the words and places one thread gives.
 *
 * Locks: p->mu (the list, the units' states) may be held when taking a
 * file's f->mu (its reading state), never the other way round.
 */
#include "parallel.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../diag.h"
#include "../schema.h"
#include "../xalloc.h"
#include "extract_private.h"
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
    int cr;             /* -1 not yet read, else kg_cr_lines of its start */
    int sized;          /* a regular file: */
    size_t size;        /* its size when opened */
    struct kg_buf buf;
    size_t lo;
    /* under the pool lock */
    int units;          /* units of this file not yet freed */
    int finished;       /* the writer is done with it */
    int wrong;          /* wrong guesses */
    /* the writer's */
    size_t artno;             /* articles written */
    unsigned said;            /* what kg_window_warn said (KG_SAID_*) */
    long line;                /* the line expect starts on */
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
    struct kg_extract_counts counts; /* what its records hold */
    struct kg_buf out;        /* records, doc names left out */
    struct kg_buf splices;    /* struct kg_splice: where they go */
};

/* Buffers of freed units, for the next ones (fresh ones would be
 * page-faulted in again for every window). */
#define MAX_SPARE 16

struct pool {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct kg_buf spare[2][MAX_SPARE]; /* records, splices */
    size_t nspare[2];
    struct kg_extractor *x0;  /* for the limits */
    struct file *files;
    size_t nfiles, nopened;
    struct unit *head, *tail;
    size_t live, limit;
    int stop;
    int guess;
    int bad_guesses; /* tests: make every guess wrong ($KGRAPH_TEST_BAD_GUESSES) */
    /* the writer: whichever thread finds the head done and nobody writing */
    int writing;
    int stop_errno;     /* errno when emit said stop, for the caller */
    struct kg_buf obuf;
    long failed;
    struct kg_extract_counts counts; /* the written units' */
    int (*emit)(size_t i, struct kg_buf *out, int done, void *arg);
    void *arg;
};

struct worker {
    struct pool *p;
    struct kg_extractor *x;
    struct kg_buf text;
    pthread_t tid;
};

/* A unit was queued: a waiting thread may take it. */
static void wake_for_work(struct pool *p)
{
    pthread_cond_signal(&p->cv);
}

/* ---- reading (under f->mu) */

static int fill_file(void *src, struct kg_buf *b, size_t base, size_t want, int *eof, int *err)
{
    struct file *f = src;
    int rc = 0;
    pthread_mutex_lock(&f->mu);
    if (!f->opened) {
        f->opened = 1;
        f->fp = strcmp(f->path, "-") ? fopen(f->path, "rb") : stdin;
        if (!f->fp) {
            f->open_err = errno ? errno : EIO;
        } else {
            struct stat st;
            if (!fstat(fileno(f->fp), &st) && S_ISREG(st.st_mode)) {
                f->sized = 1;
                f->size = (size_t)st.st_size;
            }
        }
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
            size_t have = f->lo + f->buf.len, need = to - have;
            if (need < READ_BLOCK)
                need = READ_BLOCK;
            /* a small file is not given a megabyte: its size and one byte
             * more, to see the end (the size only sets how much is asked) */
            if (f->sized && have <= f->size && need > f->size - have + 1)
                need = f->size - have + 1;
            kg_buf_grow(&f->buf, need);
            size_t got = fread(f->buf.buf + f->buf.len, 1, need, f->fp);
            /* (the first read holds KG_CR_PROBE bytes or the whole file) */
            if (f->cr < 0)
                f->cr = kg_cr_lines(f->buf.buf, got);
            if (f->cr)
                kg_cr_to_lf(f->buf.buf + f->buf.len, got);
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

static void keep_buf(struct pool *p, int k, struct kg_buf *b)
{
    if (p->nspare[k] < MAX_SPARE && b->alloc) {
        kg_buf_reset(b);
        p->spare[k][p->nspare[k]++] = *b;
        kg_buf_init(b);
    } else {
        kg_buf_release(b);
    }
}

static void take_buf(struct pool *p, int k, struct kg_buf *b)
{
    if (p->nspare[k])
        *b = p->spare[k][--p->nspare[k]];
}

static void free_unit(struct pool *p, struct unit *u)
{
    struct file *f = u->f;
    keep_buf(p, 0, &u->out);
    keep_buf(p, 1, &u->splices);
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
    int added = 0;
    while (p->nopened < p->nfiles && p->live < p->limit) {
        struct file *f = &p->files[p->nopened];
        link_after(p, p->tail, new_unit(f, p->nopened, &f->expect));
        p->nopened++;
        added = 1;
    }
    if (added)
        wake_for_work(p);
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
                wake_for_work(p);
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
            wake_for_work(p);
        }
    }
    pthread_mutex_unlock(&p->mu);
    if (!w.failed)
        u->narts = kg_window_write(x, &w, NULL, 0, &u->out, &u->splices, &u->cancelled, &u->counts);
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
        if (w->failed) {
            kg_error_at(strcmp(f->path, "-") ? f->path : "<stdin>", 0, "read error: %s", strerror(w->err));
            (*failed)++;
            stop = emit(u->fi, obuf, 1, arg);
        } else {
            kg_window_warn(p->x0, f->path, w, f->line, &f->said);
            fill_names(obuf, u, f);
            f->artno += u->narts;
            kg_extract_counts_add(&p->counts, &u->counts);
            last = w->eof;
            stop = emit(u->fi, obuf, last, arg);
            if (!last && !stop) {
                if (w->art_warn)
                    kg_window_warn_article(p->x0, f->path, f->line);
                f->line += w->nl_used;
                kg_window_next(p->x0, w, &f->expect);
                release_below(f, f->expect.base);
            }
        }
    }
    if (stop)
        p->stop_errno = errno; /* nothing since emit could change it */
    if (last) {
        pthread_mutex_lock(&p->mu);
        f->finished = 1;
        close_if_done(f);
        pthread_mutex_unlock(&p->mu);
    }
    return stop;
}

/* Every thread, the calling one too: write the head when it is done and
 * nobody is writing, else extract the first queued unit, else wait.  A
 * thread that finishes a unit loops back and writes it if it is the head,
 * so waiting threads are woken only for new units and when the head moves
 * (small files cost little more than with one thread). */
static void *work(void *arg)
{
    struct worker *wk = arg;
    struct pool *p = wk->p;
    pthread_mutex_lock(&p->mu);
    while (!p->stop) {
        open_more(p);
        if (!p->writing && p->head && p->head->state == DONE) {
            struct unit *u = p->head;
            unlink_unit(p, u);
            p->writing = 1;
            open_more(p);
            pthread_cond_signal(&p->cv); /* the limit moved on */
            pthread_mutex_unlock(&p->mu);
            int stop = write_unit(p, u, &p->obuf, &p->failed, p->emit, p->arg);
            pthread_mutex_lock(&p->mu);
            free_unit(p, u);
            p->writing = 0;
            if (stop)
                p->stop = 1;
            continue;
        }
        if (!p->head && p->nopened == p->nfiles)
            break; /* all written */
        struct unit *u = NULL, *v = p->head;
        for (size_t k = 0; v && k < p->limit && !u; v = v->next, k++)
            if (v->state == QUEUED)
                u = v;
        if (!u) {
            pthread_cond_wait(&p->cv, &p->mu);
            continue;
        }
        u->state = RUNNING;
        take_buf(p, 0, &u->out);
        take_buf(p, 1, &u->splices);
        u->guess = p->guess && u->f->wrong < MAX_WRONG;
        pthread_mutex_unlock(&p->mu);
        run_unit(wk, u);
        pthread_mutex_lock(&p->mu);
        if (u->cancelled)
            free_unit(p, u);
        else
            u->state = DONE;
    }
    /* the others may be waiting for work that will not come */
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

long kg_extract_parallel_stream(struct kg_extractor **xs, int jobs, char *const *paths, size_t n,
                                int (*emit)(size_t i, struct kg_buf *out, int done, void *arg), void *arg,
                                struct kg_extract_counts *counts)
{
    struct pool p;
    memset(&p, 0, sizeof p);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv, NULL);
    p.x0 = xs[0];
    p.nfiles = n;
    p.files = xcalloc(n ? n : 1, sizeof(*p.files));
    p.limit = (size_t)jobs * 4;
    p.bad_guesses = getenv("KGRAPH_TEST_BAD_GUESSES") != NULL;
    /* (a guess costs a segmentation of the window's last 16 KB or more,
     * a quarter of a 64 KB window's preparing, and pays only when workers
     * would wait: a window's successor is known once it is prepared, about
     * a third of its time, so with two workers one is ready whenever the
     * other is done.  -j 2 on 200 MB: 2.24-2.40 s without guesses, 2.43-2.53
     * s with them.  The test of wrong guesses asks for them at any -j.) */
    p.guess = jobs > 2 || (jobs > 1 && p.bad_guesses);
    for (size_t i = 0; i < n; i++) {
        struct file *f = &p.files[i];
        f->path = paths[i];
        f->cr = -1;
        pthread_mutex_init(&f->mu, NULL);
        kg_buf_init(&f->buf);
        kg_buf_init(&f->jdoc);
        kg_window_first(xs[0], &f->expect);
        f->line = 1;
    }
    kg_buf_init(&p.obuf);
    p.emit = emit;
    p.arg = arg;
    /* jobs - 1 threads and this one */
    struct worker *ws = xcalloc((size_t)jobs, sizeof(*ws));
    int started = 1;
    for (int k = 0; k < jobs; k++) {
        ws[k].p = &p;
        ws[k].x = xs[k];
        kg_buf_init(&ws[k].text);
    }
    for (int k = 1; k < jobs; k++) {
        if (pthread_create(&ws[k].tid, NULL, work, &ws[k]) != 0)
            break;
        started = k + 1;
    }
    work(&ws[0]);
    for (int k = 1; k < started; k++)
        pthread_join(ws[k].tid, NULL);
    while (p.head) {
        struct unit *u = p.head;
        unlink_unit(&p, u);
        free_unit(&p, u);
    }
    kg_buf_release(&p.obuf);
    for (size_t i = 0; i < n; i++) {
        struct file *f = &p.files[i];
        f->finished = 1;
        close_if_done(f);
        kg_buf_release(&f->jdoc);
        pthread_mutex_destroy(&f->mu);
    }
    for (int k = 0; k < jobs; k++)
        kg_buf_release(&ws[k].text);
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < p.nspare[k]; i++)
            kg_buf_release(&p.spare[k][i]);
    free(ws);
    free(p.files);
    pthread_cond_destroy(&p.cv);
    pthread_mutex_destroy(&p.mu);
    /* emit may have run on another thread: its errno (a closed pipe) is
     * the caller's to see */
    if (counts)
        kg_extract_counts_add(counts, &p.counts);
    if (p.stop)
        errno = p.stop_errno;
    return p.failed;
}

struct kg_extractor **kg_extractors_new(int jobs, const char *lexdir, int *bad_rows)
{
    struct kg_extractor **xs = xcalloc((size_t)jobs, sizeof(*xs));
    *bad_rows = 0;
    if (kg_extractor_new(&xs[0], lexdir)) {
        free(xs);
        return NULL;
    }
    if (kg_extractor_bad_rows(xs[0]))
        *bad_rows = 1;
    /* the lexicon is loaded once: it is read only from then on, and the
     * other threads read the first one's */
    for (int k = 1; k < jobs; k++)
        xs[k] = kg_extractor_new_sharing(xs[0]);
    return xs;
}

void kg_extractors_free(struct kg_extractor **xs, int jobs)
{
    /* (the first last: the others read its lexicon) */
    for (int k = jobs; xs && k-- > 0;)
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

int kg_useful_jobs(char *const *paths, size_t n, int jobs)
{
    size_t windows = 0;
    for (size_t i = 0; i < n && windows < (size_t)jobs; i++) {
        struct stat st;
        if (strcmp(paths[i], "-") && !stat(paths[i], &st) && S_ISREG(st.st_mode))
            windows += (size_t)st.st_size / ((size_t)1 << 20) + 1;
        else
            windows += (size_t)jobs;
    }
    if (!windows)
        windows = 1;
    return windows < (size_t)jobs ? (int)windows : jobs;
}
