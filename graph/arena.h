/* arena.h - bump allocation in large blocks, freed all at once.
 *
 * The graph keeps millions of short strings (ids, documents, dates,
 * sentences) that live exactly as long as the graph: one malloc each cost
 * time and a 16-byte header apiece, and freeing them one by one cost as
 * much again.  An arena hands out pieces of blocks of KG_ARENA_BLOCK bytes
 * (a piece bigger than a quarter block gets a block of its own) and frees
 * every block in kg_arena_release.  Without a block_size of its own, each
 * block is twice the last, up to KG_ARENA_BLOCK_MOST: a big graph's
 * strings then lie in blocks that xalloc asks huge pages for (in 1 MB
 * blocks, a 1M-entity graph's took 60K more page faults of 4 KB).
 * kg_arena_reset keeps the blocks for reuse (the line parser's scratch,
 * reset for every line or block of lines, so that no memory goes back and
 * forth to the system).
 */
#ifndef KG_ARENA_H
#define KG_ARENA_H

#include <stddef.h>

#define KG_ARENA_BLOCK (1u << 20)
#define KG_ARENA_BLOCK_MOST (1u << 24)

struct kg_arena_block;

struct kg_arena {
    char *cur;                     /* next free byte in the current block */
    char *end;                     /* end of the current block */
    struct kg_arena_block *blocks; /* newest first */
    struct kg_arena_block *spare;  /* blocks kg_arena_reset kept for reuse */
    size_t block_size;             /* 0: KG_ARENA_BLOCK, doubling */
    size_t next_size;              /* block_size 0: the next block's, 0 at first */
};

#define KG_ARENA_INIT {NULL, NULL, NULL, NULL, 0, 0}

/* n bytes aligned to 8, never NULL (xalloc on failure). */
void *kg_arena_alloc(struct kg_arena *a, size_t n);
/* A NUL-terminated copy of n bytes of s. */
char *kg_arena_strndup(struct kg_arena *a, const char *s, size_t n);
/* Forget every piece; keep the blocks of the normal size for reuse. */
void kg_arena_reset(struct kg_arena *a);
/* Free every block; the arena is empty and usable again. */
void kg_arena_release(struct kg_arena *a);

#endif
