/* arena.c - bump allocation in large blocks (see arena.h). */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../xalloc.h"

struct kg_arena_block {
    struct kg_arena_block *next;
    size_t size;  /* bytes after the header */
    max_align_t data[];
};

static char *new_block(struct kg_arena *a, size_t size, int make_current)
{
    struct kg_arena_block *b;
    if (make_current && a->spare && a->spare->size >= size) {
        b = a->spare;
        a->spare = b->next;
    } else {
        b = xmalloc(sizeof(*b) + size);
        b->size = size;
    }
    char *data = (char *)b->data;
    if (make_current || !a->blocks) {
        b->next = a->blocks;
        a->blocks = b;
        a->cur = data;
        a->end = data + size;
    } else {
        /* an oversized piece: behind the current block, which stays current */
        b->next = a->blocks->next;
        a->blocks->next = b;
    }
    return data;
}

/* The size of the arena's next block. */
static size_t block_size(const struct kg_arena *a)
{
    return a->block_size ? a->block_size : a->next_size ? a->next_size : KG_ARENA_BLOCK;
}

void *kg_arena_alloc(struct kg_arena *a, size_t n)
{
    size_t bs = block_size(a);
    n = (n + 7) & ~(size_t)7;
    if (!n)
        n = 8;
    if (a->cur && (size_t)(a->end - a->cur) >= n) {
        char *p = a->cur;
        a->cur += n;
        return p;
    }
    if (n > bs / 4) {
        char *p = new_block(a, n, 0);
        if (a->cur == p) /* the first block: current, and used up */
            a->cur = a->end;
        return p;
    }
    char *p = new_block(a, bs, 1);
    a->cur = p + n;
    if (!a->block_size)
        a->next_size = bs < KG_ARENA_BLOCK_MOST ? 2 * bs : bs;
    return p;
}

char *kg_arena_strndup(struct kg_arena *a, const char *s, size_t n)
{
    char *p = kg_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void kg_arena_reset(struct kg_arena *a)
{
    size_t bs = block_size(a);
    struct kg_arena_block *b = a->blocks;
    a->blocks = NULL;
    a->cur = a->end = NULL;
    while (b) {
        struct kg_arena_block *n = b->next;
        if (b->size == bs) {
            b->next = a->spare;
            a->spare = b;
        } else {
            free(b);
        }
        b = n;
    }
}

static void free_blocks(struct kg_arena_block *b)
{
    while (b) {
        struct kg_arena_block *n = b->next;
        free(b);
        b = n;
    }
}

void kg_arena_release(struct kg_arena *a)
{
    free_blocks(a->blocks);
    free_blocks(a->spare);
    a->blocks = a->spare = NULL;
    a->cur = a->end = NULL;
}
