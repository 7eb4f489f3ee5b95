/* xalloc.h - allocation that never returns NULL.
 *
 * Every allocation in kgraph goes through these wrappers.  On failure they
 * print "kgraph: out of memory (N bytes)" and exit(1), so callers never test
 * for NULL.  xcalloc and xreallocarray check the n*size product for overflow.
 */
#ifndef KG_XALLOC_H
#define KG_XALLOC_H

#include <stddef.h>

/* Ready the C library's heap for a phase that allocates and frees big
 * temporaries, about `expect` bytes of them at once, once the arrays that
 * grow by doubling are made (set before them, their old blocks stayed in
 * the heap: a 100k-entity merge took 45% more memory).  From then on,
 * blocks up to 64 MB past `expect` (256 MB at least, 2 GB at most) come
 * from the heap and are reused when freed, instead of being mapped
 * afresh for each allocation and cleared again by the kernel (glibc maps
 * every block above a threshold that rises to 32 MB at most); and the
 * heap is grown by `expect` bytes at once, with huge pages asked for,
 * like xmalloc's own big blocks.  Untouched, the reserve costs no
 * memory.  Calls after the first only ever raise the figures. */
void kg_alloc_reuse_big(size_t expect);

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grow array `arr` (of element type *arr) so that it can hold at least
 * `need` elements; `alloc` holds the current capacity.  git's ALLOC_GROW. */
#define KG_GROW(arr, need, alloc)                                              \
    do {                                                                       \
        if ((size_t)(need) > (alloc)) {                                        \
            size_t kg_grow_n_ = (alloc) ? (alloc) * 2 : 8;                     \
            if (kg_grow_n_ < (size_t)(need))                                   \
                kg_grow_n_ = (size_t)(need);                                   \
            (arr) = xreallocarray((arr), kg_grow_n_, sizeof(*(arr)));          \
            (alloc) = kg_grow_n_;                                              \
        }                                                                      \
    } while (0)

#endif
