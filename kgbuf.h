/* kgbuf.h - the growable byte string used everywhere (git's strbuf).
 *
 * Invariants: `buf` is never NULL and always NUL-terminated (an empty
 * buffer points at a shared static ""), `len` excludes the terminator.
 * KG_BUF_INIT or kg_buf_init gives an empty buffer; kg_buf_release frees
 * it and leaves it empty again, so releasing twice is harmless.
 * kg_buf_detach is the only way to take ownership of the bytes.
 */
#ifndef KG_KGBUF_H
#define KG_KGBUF_H

#include <stdarg.h>
#include <stddef.h>

#include "diag.h"

extern char kg_buf_empty[];

struct kg_buf {
    size_t len;   /* bytes used, not counting the NUL */
    size_t alloc; /* bytes allocated; 0 while buf is kg_buf_empty */
    char *buf;    /* the bytes, NUL-terminated, never NULL */
};

#define KG_BUF_INIT {0, 0, kg_buf_empty}

void kg_buf_init(struct kg_buf *b);
void kg_buf_release(struct kg_buf *b);
/* Ensure room for `extra` more bytes (plus the NUL). */
void kg_buf_grow_slow(struct kg_buf *b, size_t extra);
static inline void kg_buf_grow(struct kg_buf *b, size_t extra)
{
    if (b->len + extra + 1 > b->alloc)
        kg_buf_grow_slow(b, extra);
}

static inline void kg_buf_setlen(struct kg_buf *b, size_t len)
{
    if (!b->alloc)
        return;
    b->len = len;
    b->buf[len] = '\0';
}

/* len = 0, keeps the allocation */
static inline void kg_buf_reset(struct kg_buf *b)
{
    kg_buf_setlen(b, 0);
}

/* kg_buf_add and kg_buf_addc are inline: the writers call them for every
 * few bytes of output. */
static inline void kg_buf_add(struct kg_buf *b, const void *data, size_t n)
{
    if (!n)
        return;
    kg_buf_grow(b, n);
    __builtin_memcpy(b->buf + b->len, data, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

static inline void kg_buf_addc(struct kg_buf *b, int c)
{
    kg_buf_grow(b, 1);
    b->buf[b->len++] = (char)c;
    b->buf[b->len] = '\0';
}

void kg_buf_adds(struct kg_buf *b, const char *s);
void kg_buf_addf(struct kg_buf *b, const char *fmt, ...) KG_PRINTF(2, 3);
void kg_buf_vaddf(struct kg_buf *b, const char *fmt, va_list ap);
/* Append `s` (n bytes) as a JSON string literal, quotes included
 * (RFC 8259: ", \ and control characters escaped; other bytes copied). */
void kg_buf_add_json_str(struct kg_buf *b, const char *s, size_t n);
/* The same literal written at p, which has room for KG_JSON_ROOM(n) bytes
 * (every byte \u00XX and both quotes; no NUL is written); returns the end.
 * For writers that make the room of a whole record with one grow. */
#define KG_JSON_ROOM(n) (6 * (n) + 2)
char *kg_json_put(char *p, const char *s, size_t n);
/* The strings of s[0, n), each ended by a NUL (the last may end at n), as
 * kg_json_put's literals joined by commas ("a","b"), written at p, which
 * has room for KG_JSON_ROOM(n) bytes; nothing for n = 0.  Returns the end.
 * (An entity record's aliases: no strlen or call for each string.) */
char *kg_json_put_list(char *p, const char *s, size_t n);
/* Append n bytes of s made valid UTF-8 (each invalid byte becomes U+FFFD)
 * with control characters (NUL included) other than tab and newline
 * replaced by a space. */
void kg_buf_add_clean(struct kg_buf *b, const char *s, size_t n);
/* Append n bytes of s as the JSON string literal of kg_buf_add_clean's
 * result with tabs and newlines also made spaces (one line of text: the
 * extract stream's evidence sentences).  One pass, no copy in between. */
void kg_buf_add_json_line(struct kg_buf *b, const char *s, size_t n);
/* Decimal digits of v at p (no NUL); returns the end.  At most 20 bytes. */
char *kg_fmt_u64(char *p, unsigned long long v);
/* Length of the valid UTF-8 sequence at s (n bytes left), 0 if invalid. */
size_t kg_utf8_len(const unsigned char *s, size_t n);
/* Give the caller the malloc'd bytes (never NULL); the buffer is empty after. */
char *kg_buf_detach(struct kg_buf *b, size_t *len);

#endif
