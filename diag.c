#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

long kg_diag_warnings;
int kg_diag_quiet;

static void vreport(const char *kind, const char *file, long line, const char *fmt, va_list ap)
{
    if (kg_diag_quiet > 1)
        return;
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
    kg_diag_warnings++;
    if (kg_diag_quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    vreport("warning", file, line, fmt, ap);
    va_end(ap);
}
