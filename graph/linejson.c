/* linejson.c - kg_json_parse's grammar and tree, in a reusable scratch
 * (see linejson.h).  Each rule here mirrors the one in ../json.c; where a
 * rule fails, this one just returns -1 and ../json.c names the error. */
#include "linejson.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../xalloc.h"

struct parser {
    const char *p, *end;
    struct kg_linejson *s;
    char *inplace; /* the text, writable: strings without escapes stay there */
};

static void skip_ws(struct parser *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
        ps->p++;
}

/* Bytes a string copies as they are: all but ", \\ and control
 * characters, eight at a time while they last. */
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

static inline uint64_t any_below(uint64_t w, unsigned n)
{
    return (w - ONES * n) & ~w & HIGHS;
}

static const char *plain_run(const char *p, const char *end)
{
    while (end - p >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        if (any_below(w, 0x20) | any_below(w ^ (ONES * '"'), 1) | any_below(w ^ (ONES * '\\'), 1))
            break;
        p += 8;
    }
    while (p < end && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20)
        p++;
    return p;
}

static int parse_string(struct parser *ps, char **out, size_t *outlen)
{
    const char *q = ps->p + 1; /* after the opening quote */
    const char *r = plain_run(q, ps->end);
    if (r < ps->end && *r == '"') { /* no escape: the usual case */
        if (ps->inplace) {
            struct kg_linejson *s = ps->s;
            char *w = ps->inplace + (r - (const char *)ps->inplace);
            KG_GROW(s->nuls, s->nnuls + 1, s->nuls_alloc);
            s->nuls[s->nnuls++] = w;
            *w = '\0';
            *out = w - (r - q);
            *outlen = (size_t)(r - q);
            ps->p = r + 1;
            return 0;
        }
        *out = kg_arena_strndup(&ps->s->arena, q, (size_t)(r - q));
        *outlen = (size_t)(r - q);
        ps->p = r + 1;
        return 0;
    }
    /* the closing quote bounds the decoded length: every escape decodes
     * to no more bytes than it takes */
    const char *t = r;
    while (t < ps->end && *t != '"') {
        if (*t == '\\' && ps->end - t < 2)
            return -1;
        t += *t == '\\' ? 2 : 1;
    }
    if (t >= ps->end)
        return -1;
    char *d0 = kg_arena_alloc(&ps->s->arena, (size_t)(t - q) + 1), *d = d0;
    memcpy(d, q, (size_t)(r - q));
    d += r - q;
    const char *p = r;
    for (;;) {
        if (p >= ps->end)
            return -1;
        char c = *p++;
        if (c == '"')
            break;
        if (c != '\\' || p >= ps->end)
            return -1;
        c = *p++;
        switch (c) {
        case '"': *d++ = '"'; break;
        case '\\': *d++ = '\\'; break;
        case '/': *d++ = '/'; break;
        case 'b': *d++ = '\b'; break;
        case 'f': *d++ = '\f'; break;
        case 'n': *d++ = '\n'; break;
        case 'r': *d++ = '\r'; break;
        case 't': *d++ = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            if (ps->end - p < 4 || kg_json_hex4(p, &cp))
                return -1;
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && ps->end - p >= 6 && p[0] == '\\' && p[1] == 'u' && !kg_json_hex4(p + 2, &lo) &&
                lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            } else if (cp >= 0xD800 && cp < 0xE000) {
                cp = 0xFFFD; /* lone surrogate */
            }
            d = kg_json_put_utf8(d, cp);
            break;
        }
        default: return -1;
        }
        const char *run = p;
        p = plain_run(p, ps->end);
        memcpy(d, run, (size_t)(p - run));
        d += p - run;
    }
    *d = '\0';
    *out = d0;
    *outlen = (size_t)(d - d0);
    ps->p = p;
    return 0;
}

static int parse_number(struct parser *ps, struct kg_json *v)
{
    const char *stop = ps->p;
    int r = kg_json_number(ps->p, ps->end, &stop, &v->num);
    ps->p = stop;
    if (r)
        return -1;
    v->type = KG_JSON_NUM;
    return 0;
}

static int parse_literal(struct parser *ps, const char *word, size_t n, struct kg_json *v, enum kg_json_type t,
                         double num)
{
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n))
        return -1;
    ps->p += n;
    v->type = t;
    v->num = num;
    return 0;
}

static int parse_value(struct parser *ps, struct kg_json *v, int depth);

static int parse_container(struct parser *ps, struct kg_json *v, int depth, int is_obj)
{
    char close = is_obj ? '}' : ']';
    v->type = is_obj ? KG_JSON_OBJ : KG_JSON_ARR;
    ps->p++;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        return 0;
    }
    /* members gather at this depth's stack, then move to the arena */
    struct kg_linejson_stack *st = &ps->s->stack[depth];
    st->n = 0;
    for (;;) {
        skip_ws(ps);
        if (st->n == st->alloc) {
            st->alloc = st->alloc ? 2 * st->alloc : 16;
            st->items = xreallocarray(st->items, st->alloc, sizeof(*st->items));
            st->keys = xreallocarray(st->keys, st->alloc, sizeof(*st->keys));
        }
        struct kg_json item;
        memset(&item, 0, sizeof(item));
        char *key = NULL;
        if (is_obj) {
            size_t klen;
            if (ps->p >= ps->end || *ps->p != '"' || parse_string(ps, &key, &klen))
                return -1;
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != ':')
                return -1;
            ps->p++;
        }
        if (parse_value(ps, &item, depth + 1))
            return -1;
        st->items[st->n] = item;
        st->keys[st->n] = key;
        st->n++;
        skip_ws(ps);
        if (ps->p >= ps->end)
            return -1;
        if (*ps->p == ',') {
            ps->p++;
            continue;
        }
        if (*ps->p != close)
            return -1;
        ps->p++;
        v->n = st->n;
        if (depth == 0) { /* the root: no other container uses this stack */
            v->items = st->items;
            v->keys = is_obj ? st->keys : NULL;
            return 0;
        }
        v->items = kg_arena_alloc(&ps->s->arena, st->n * sizeof(*v->items));
        memcpy(v->items, st->items, st->n * sizeof(*v->items));
        if (is_obj) {
            v->keys = kg_arena_alloc(&ps->s->arena, st->n * sizeof(*v->keys));
            memcpy(v->keys, st->keys, st->n * sizeof(*v->keys));
        }
        return 0;
    }
}

static int parse_value(struct parser *ps, struct kg_json *v, int depth)
{
    if (depth > KG_JSON_MAX_DEPTH)
        return -1;
    skip_ws(ps);
    if (ps->p >= ps->end)
        return -1;
    switch (*ps->p) {
    case '{': return parse_container(ps, v, depth, 1);
    case '[': return parse_container(ps, v, depth, 0);
    case '"': v->type = KG_JSON_STR; return parse_string(ps, &v->str, &v->len);
    case 't': return parse_literal(ps, "true", 4, v, KG_JSON_BOOL, 1);
    case 'f': return parse_literal(ps, "false", 5, v, KG_JSON_BOOL, 0);
    case 'n': return parse_literal(ps, "null", 4, v, KG_JSON_NULL, 0);
    default: return parse_number(ps, v);
    }
}

static int parse(struct kg_linejson *s, const char *text, size_t n, struct kg_json *out, char *inplace)
{
    struct parser ps = {text, text + n, s, inplace};
    if (!s->arena.block_size)
        s->arena.block_size = inplace ? 1u << 20 : 1u << 16;
    memset(out, 0, sizeof(*out));
    s->nnuls = 0;
    int rc = parse_value(&ps, out, 0);
    if (!rc) {
        skip_ws(&ps);
        rc = ps.p == ps.end ? 0 : -1;
    }
    if (rc)
        while (s->nnuls) /* the line as it was, for kg_json_parse */
            *s->nuls[--s->nnuls] = '"';
    return rc;
}

int kg_linejson_parse(struct kg_linejson *s, const char *text, size_t n, struct kg_json *out)
{
    kg_arena_reset(&s->arena);
    return parse(s, text, n, out, NULL);
}

int kg_linejson_parse_inplace(struct kg_linejson *s, char *text, size_t n, struct kg_json *out)
{
    return parse(s, text, n, out, text);
}

void kg_linejson_reset(struct kg_linejson *s)
{
    kg_arena_reset(&s->arena);
}

void kg_linejson_release(struct kg_linejson *s)
{
    kg_arena_release(&s->arena);
    free(s->nuls);
    for (int d = 0; d <= KG_JSON_MAX_DEPTH; d++) {
        free(s->stack[d].items);
        free(s->stack[d].keys);
    }
    memset(s, 0, sizeof(*s));
}
