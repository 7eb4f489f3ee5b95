#include "text.h"

#include <string.h>

/* What each byte becomes: copied as it is, an XML entity, a control
 * character (a space; tab and newline kept, or as &#9; &#10; in XML), or
 * the start of a UTF-8 sequence to check. */
enum { COPY, ENTITY, CONTROL, HIGH };

static inline unsigned char byte_class(unsigned char c, int xml)
{
    if (c >= 0x80)
        return HIGH;
    if (c < 0x20 || c == 0x7F)
        return CONTROL;
    if (xml && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\''))
        return ENTITY;
    return COPY;
}

static const char *entity(unsigned char c)
{
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    default: return "&apos;";
    }
}

/* Long strings go in pieces of this many bytes, each after one grow for
 * its worst case (6 bytes out for 1 in: &quot;). */
#define PIECE 8192

static void emit(struct kg_buf *b, const char *s, int xml)
{
    const unsigned char *p = (const unsigned char *)s;
    const unsigned char *end = p + strlen(s);
    while (p < end) {
        const unsigned char *lim = end - p > PIECE ? p + PIECE : end;
        kg_buf_grow(b, 6 * (size_t)(lim - p) + 6);
        char *d = b->buf + b->len;
        while (p < lim) {
            unsigned char c = *p;
            switch (byte_class(c, xml)) {
            case COPY: *d++ = (char)c; p++; break;
            case ENTITY: {
                const char *e = entity(c);
                size_t n = strlen(e);
                memcpy(d, e, n);
                d += n;
                p++;
                break;
            }
            case CONTROL:
                if (c == '\t' || c == '\n') {
                    if (xml) {
                        memcpy(d, c == '\t' ? "&#9;" : "&#10;", c == '\t' ? 4 : 5);
                        d += c == '\t' ? 4 : 5;
                    } else {
                        *d++ = (char)c;
                    }
                } else {
                    *d++ = ' ';
                }
                p++;
                break;
            default: { /* a UTF-8 sequence, or U+FFFD for a bad byte */
                size_t n = kg_utf8_len(p, (size_t)(end - p));
                if (!n) {
                    memcpy(d, "\xEF\xBF\xBD", 3);
                    d += 3;
                    p++;
                } else {
                    memcpy(d, p, n); /* may run up to 3 bytes past lim: grown for */
                    d += n;
                    p += n;
                }
            }
            }
        }
        b->len = (size_t)(d - b->buf);
        b->buf[b->len] = '\0';
    }
}

void kg_text_clean(struct kg_buf *b, const char *s)
{
    emit(b, s, 0);
}

void kg_text_xml(struct kg_buf *b, const char *s)
{
    emit(b, s, 1);
}
