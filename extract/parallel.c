/* parallel.c - extract many files with worker threads, output in input
 * order (byte-identical to one thread). */
#include "parallel.h"

#include <pthread.h>
#include <stdlib.h>

#include "../diag.h"
#include "../xalloc.h"

struct slot {
    struct kg_buf out;
    int done;
    int failed;
};

struct pool {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    char *const *paths;
    size_t n, next, written, window;
    struct slot *slots;
    int stop;
};

struct worker {
    struct pool *p;
    struct kg_extractor *x;
    pthread_t tid;
};

static void *work(void *arg)
{
    struct worker *w = arg;
    struct pool *p = w->p;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        /* never run more than `window` files ahead of the writer: memory
         * stays bounded however slow one file is */
        while (!p->stop && p->next < p->n && p->next >= p->written + p->window)
            pthread_cond_wait(&p->cv, &p->mu);
        if (p->stop || p->next >= p->n)
            break;
        size_t i = p->next++;
        pthread_mutex_unlock(&p->mu);
        struct kg_buf out = KG_BUF_INIT;
        int failed = kg_extract_file(w->x, p->paths[i], &out, NULL, NULL) != 0;
        pthread_mutex_lock(&p->mu);
        p->slots[i].out = out;
        p->slots[i].failed = failed;
        p->slots[i].done = 1;
        pthread_cond_broadcast(&p->cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

long kg_extract_parallel(struct kg_extractor **xs, int jobs, char *const *paths, size_t n,
                         int (*emit)(size_t i, struct kg_buf *out, void *arg), void *arg)
{
    struct pool p;
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv, NULL);
    p.paths = paths;
    p.n = n;
    p.next = p.written = 0;
    p.window = (size_t)jobs * 4;
    p.slots = xcalloc(n ? n : 1, sizeof(*p.slots));
    p.stop = 0;
    struct worker *ws = xcalloc((size_t)jobs, sizeof(*ws));
    int started = 0;
    for (int k = 0; k < jobs; k++) {
        ws[k].p = &p;
        ws[k].x = xs[k];
        if (pthread_create(&ws[k].tid, NULL, work, &ws[k]) != 0)
            break;
        started++;
    }
    long failed = 0;
    if (!started) {
        /* no thread could start: do the work here */
        for (size_t i = 0; i < n; i++) {
            struct kg_buf out = KG_BUF_INIT;
            failed += kg_extract_file(xs[0], paths[i], &out, NULL, NULL) != 0;
            int stop = emit(i, &out, arg);
            kg_buf_release(&out);
            if (stop)
                break;
        }
    } else {
        for (size_t i = 0; i < n; i++) {
            pthread_mutex_lock(&p.mu);
            while (!p.slots[i].done)
                pthread_cond_wait(&p.cv, &p.mu);
            pthread_mutex_unlock(&p.mu);
            failed += p.slots[i].failed;
            int stop = emit(i, &p.slots[i].out, arg);
            kg_buf_release(&p.slots[i].out);
            pthread_mutex_lock(&p.mu);
            p.written = i + 1;
            if (stop)
                p.stop = 1;
            pthread_cond_broadcast(&p.cv);
            pthread_mutex_unlock(&p.mu);
            if (stop)
                break;
        }
        pthread_mutex_lock(&p.mu);
        p.stop = 1;
        pthread_cond_broadcast(&p.cv);
        pthread_mutex_unlock(&p.mu);
        for (int k = 0; k < started; k++)
            pthread_join(ws[k].tid, NULL);
        for (size_t i = 0; i < n; i++)
            kg_buf_release(&p.slots[i].out);
    }
    free(ws);
    free(p.slots);
    pthread_cond_destroy(&p.cv);
    pthread_mutex_destroy(&p.mu);
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
