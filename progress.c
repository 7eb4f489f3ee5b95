#include "progress.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double size_of(const char *path)
{
    struct stat st;
    if (!strcmp(path, "-") || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    return (double)st.st_size;
}

void kg_progress_start(struct kg_progress *p, char *const *paths, size_t n, int quiet)
{
    memset(p, 0, sizeof(*p));
    p->on = !quiet && isatty(STDERR_FILENO);
    if (!p->on)
        return;
    p->nfiles = n;
    for (size_t i = 0; i < n; i++)
        p->nbytes += size_of(paths[i]);
    p->t0 = p->last = now();
}

static void draw(struct kg_progress *p, double t)
{
    double el = t - p->t0, mb = p->bytes / 1e6, rate = el > 0 ? mb / el : 0;
    char eta[32] = "?";
    if (rate > 0 && p->nbytes >= p->bytes) {
        long s = (long)((p->nbytes - p->bytes) / 1e6 / rate + 0.5);
        snprintf(eta, sizeof eta, "%ld:%02ld", s / 60, s % 60);
    }
    fprintf(stderr, "\rkgraph: %zu/%zu files, %.1f/%.1f MB, %.1f MB/s, ETA %s   ", p->files, p->nfiles, mb,
            p->nbytes / 1e6, rate, eta);
    fflush(stderr);
    p->drawn = 1;
    p->last = t;
}

void kg_progress_file(struct kg_progress *p, const char *path)
{
    if (!p->on)
        return;
    p->files++;
    p->bytes += size_of(path);
    double t = now();
    if (t - p->last >= 0.5 || p->files == p->nfiles)
        draw(p, t);
}

void kg_progress_end(struct kg_progress *p)
{
    if (!p->on)
        return;
    draw(p, now());
    fputc('\n', stderr);
    p->drawn = 0;
}
