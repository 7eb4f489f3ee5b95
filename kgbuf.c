#include "kgbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

char kg_buf_empty[1];

void kg_buf_init(struct kg_buf *b)
{
    b->len = b->alloc = 0;
    b->buf = kg_buf_empty;
}

void kg_buf_release(struct kg_buf *b)
{
    if (b->alloc)
        free(b->buf);
    kg_buf_init(b);
}

void kg_buf_grow(struct kg_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->alloc)
        return;
    size_t n = b->alloc ? b->alloc : 64;
    while (n < need)
        n *= 2;
    if (b->alloc) {
        b->buf = xrealloc(b->buf, n);
    } else {
        b->buf = xmalloc(n);
        b->buf[0] = '\0';
    }
    b->alloc = n;
}

void kg_buf_reset(struct kg_buf *b)
{
    kg_buf_setlen(b, 0);
}

void kg_buf_setlen(struct kg_buf *b, size_t len)
{
    if (!b->alloc)
        return;
    b->len = len;
    b->buf[len] = '\0';
}

void kg_buf_add(struct kg_buf *b, const void *data, size_t n)
{
    if (!n)
        return;
    kg_buf_grow(b, n);
    memcpy(b->buf + b->len, data, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

void kg_buf_adds(struct kg_buf *b, const char *s)
{
    kg_buf_add(b, s, strlen(s));
}

void kg_buf_addc(struct kg_buf *b, int c)
{
    kg_buf_grow(b, 1);
    b->buf[b->len++] = (char)c;
    b->buf[b->len] = '\0';
}

void kg_buf_vaddf(struct kg_buf *b, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    kg_buf_grow(b, 64);
    int n = vsnprintf(b->buf + b->len, b->alloc - b->len, fmt, cp);
    va_end(cp);
    if (n < 0)
        return;
    if ((size_t)n >= b->alloc - b->len) {
        kg_buf_grow(b, (size_t)n);
        vsnprintf(b->buf + b->len, b->alloc - b->len, fmt, ap);
    }
    b->len += (size_t)n;
}

void kg_buf_addf(struct kg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kg_buf_vaddf(b, fmt, ap);
    va_end(ap);
}

void kg_buf_add_json_str(struct kg_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    kg_buf_grow(b, n + 2);
    kg_buf_addc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        kg_buf_add(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': kg_buf_add(b, "\\\"", 2); break;
        case '\\': kg_buf_add(b, "\\\\", 2); break;
        case '\n': kg_buf_add(b, "\\n", 2); break;
        case '\t': kg_buf_add(b, "\\t", 2); break;
        case '\r': kg_buf_add(b, "\\r", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            kg_buf_add(b, e, 6);
        }
        }
    }
    kg_buf_add(b, s + run, n - run);
    kg_buf_addc(b, '"');
}

char *kg_buf_detach(struct kg_buf *b, size_t *len)
{
    char *p;
    if (len)
        *len = b->len;
    if (b->alloc) {
        p = b->buf;
    } else {
        p = xmalloc(1);
        p[0] = '\0';
    }
    kg_buf_init(b);
    return p;
}
