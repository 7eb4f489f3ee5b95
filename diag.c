#include "diag.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>

long kg_diag_warnings;
int kg_diag_quiet;

/* extraction threads report too: one message at a time */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void vreport(const char *kind, const char *file, long line, const char *fmt, va_list ap)
{
    if (kg_diag_quiet > 1)
        return;
    pthread_mutex_lock(&lock);
    fflush(stdout);
    fputs("kgraph: ", stderr);
    if (kind)
        fprintf(stderr, "%s: ", kind);
    if (file) {
        if (line > 0)
            fprintf(stderr, "%s:%ld: ", file, line);
        else
            fprintf(stderr, "%s: ", file);
    }
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    pthread_mutex_unlock(&lock);
}

int kg_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(NULL, NULL, 0, fmt, ap);
    va_end(ap);
    return -1;
}

int kg_error_at(const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(NULL, file, line, fmt, ap);
    va_end(ap);
    return -1;
}

void kg_warn_at(const char *file, long line, const char *fmt, ...)
{
    pthread_mutex_lock(&lock);
    kg_diag_warnings++;
    pthread_mutex_unlock(&lock);
    if (kg_diag_quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    vreport("warning", file, line, fmt, ap);
    va_end(ap);
}
