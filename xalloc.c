/* (madvise and MADV_HUGEPAGE, which _POSIX_C_SOURCE alone leaves out) */
#define _DEFAULT_SOURCE
#include "xalloc.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <malloc.h>
#include <sys/mman.h>

static void oom(size_t n)
{
    fflush(stdout);
    fprintf(stderr, "kgraph: out of memory (%zu bytes)\n", n);
    exit(1);
}

/* A block of HUGE_MIN bytes or more is asked to be backed by huge pages
 * (2 MB), where the system gives them on request (Linux's transparent
 * huge pages in "madvise" mode, Debian's default): the whole 2 MB spans
 * inside it, before it is touched.  Only graphs reach this size (the
 * extractor's windows stay far below it): merging a stream of 1M entities
 * took 456K page faults of 4 KB, a quarter of its time, and 94K with the
 * advice (34K with the string arena's growing blocks, graph/arena.h),
 * 5.9-6.2 s instead of 9.6-11.1 s on the build machine.  The advice is
 * no promise: memory stays memory either way. */
#define HUGE_PAGE ((size_t)2 << 20)
#define HUGE_MIN ((size_t)8 << 20)

static void *advise_huge(void *p, size_t size)
{
#ifdef MADV_HUGEPAGE
    if (size >= HUGE_MIN) {
        uintptr_t a = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
        uintptr_t b = ((uintptr_t)p + size) & ~(uintptr_t)(HUGE_PAGE - 1);
        if (b > a)
            madvise((void *)a, b - a, MADV_HUGEPAGE);
    }
#endif
    return p;
}

void kg_alloc_reuse_big(size_t expect)
{
    /* (an export of 1M entities to nodes.csv, whose igraph graph, PageRank
     * and betweenness make temporaries of 40 MB and more, 370 MB at once:
     * 208K page faults in all with none of this, 145K with the thresholds
     * alone, 112K of them in the analysis, and 34K with the reserve in huge
     * pages, 0.5K in the analysis; the analysis and the writing 5.0-5.7 s
     * then 2.9-3.1 s, for 17 MB more peak RSS) */
    static size_t done;
    if (expect <= done)
        return;
    done = expect;
    size_t most = (size_t)INT_MAX - ((size_t)64 << 20);
    size_t limit = (expect < most ? expect : most) + ((size_t)64 << 20);
    if (limit < ((size_t)256 << 20))
        limit = (size_t)256 << 20;
    mallopt(M_MMAP_THRESHOLD, (int)limit);
    mallopt(M_TRIM_THRESHOLD, (int)limit);
    if (expect >= HUGE_MIN && expect < limit) {
        /* the reserve: carved from the heap's top (below the threshold),
         * advised, and given back to the heap, which keeps it (below the
         * trim threshold) */
        void *p = malloc(expect);
        free(advise_huge(p, p ? expect : 0));
    }
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        oom(size);
    return advise_huge(p, size);
}

void *xcalloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        oom(SIZE_MAX);
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom(n * size);
    return advise_huge(p, n * size);
}

void *xrealloc(void *p, size_t size)
{
    /* (a block growing to HUGE_MIN or more is moved by hand, advised
     * before the copy touches it: realloc copies into memory it does not
     * advise, a page fault of 4 KB for each page copied) */
    if (p && size >= HUGE_MIN) {
        size_t old = malloc_usable_size(p);
        if (old < size) {
            void *q = xmalloc(size); /* (advised) */
            memcpy(q, p, old);
            free(p);
            return q;
        }
    }
    void *q = realloc(p, size ? size : 1);
    if (!q)
        oom(size);
    return advise_huge(q, size);
}

void *xreallocarray(void *p, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        oom(SIZE_MAX);
    return xrealloc(p, n * size);
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}
