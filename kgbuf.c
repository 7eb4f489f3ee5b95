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

size_t kg_utf8_len(const unsigned char *p, size_t n)
{
    unsigned char c = p[0];
    size_t k = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if (k == 3) {
        unsigned cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
            return 0;
    } else if (k == 4) {
        unsigned cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
        if (cp < 0x10000 || cp > 0x10FFFF)
            return 0;
    }
    return k;
}

void kg_buf_add_clean(struct kg_buf *b, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    kg_buf_grow(b, n);
    while (p < end) {
        size_t k = kg_utf8_len(p, (size_t)(end - p));
        if (!k) {
            kg_buf_add(b, "\xEF\xBF\xBD", 3);
            p++;
            continue;
        }
        if (k == 1 && ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7F))
            kg_buf_addc(b, ' ');
        else
            kg_buf_add(b, p, k);
        p += k;
    }
}
