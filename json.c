#include "json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kgbuf.h"
#include "xalloc.h"

struct parser {
    const char *p, *end;
    const char *err;
};

static void skip_ws(struct parser *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
        ps->p++;
}

static int fail(struct parser *ps, const char *msg)
{
    if (!ps->err)
        ps->err = msg;
    return -1;
}

int kg_json_hex4(const char *s, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

char *kg_json_put_utf8(char *d, unsigned cp)
{
    if (cp < 0x80) {
        *d++ = (char)cp;
    } else if (cp < 0x800) {
        *d++ = (char)(0xC0 | (cp >> 6));
        *d++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *d++ = (char)(0xE0 | (cp >> 12));
        *d++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *d++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *d++ = (char)(0xF0 | (cp >> 18));
        *d++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *d++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *d++ = (char)(0x80 | (cp & 0x3F));
    }
    return d;
}

static void put_utf8(struct kg_buf *b, unsigned cp)
{
    char u[4];
    kg_buf_add(b, u, (size_t)(kg_json_put_utf8(u, cp) - u));
}

static int parse_string(struct parser *ps, char **out, size_t *outlen)
{
    struct kg_buf b = KG_BUF_INIT;
    ps->p++; /* opening quote */
    for (;;) {
        const char *run = ps->p;
        while (ps->p < ps->end && *ps->p != '"' && *ps->p != '\\' && (unsigned char)*ps->p >= 0x20)
            ps->p++;
        kg_buf_add(&b, run, (size_t)(ps->p - run));
        if (ps->p >= ps->end) {
            kg_buf_release(&b);
            return fail(ps, "unterminated string");
        }
        char c = *ps->p++;
        if (c == '"')
            break;
        if (c != '\\') {
            kg_buf_release(&b);
            return fail(ps, "control character in string");
        }
        if (ps->p >= ps->end) {
            kg_buf_release(&b);
            return fail(ps, "unterminated string");
        }
        c = *ps->p++;
        switch (c) {
        case '"': kg_buf_addc(&b, '"'); break;
        case '\\': kg_buf_addc(&b, '\\'); break;
        case '/': kg_buf_addc(&b, '/'); break;
        case 'b': kg_buf_addc(&b, '\b'); break;
        case 'f': kg_buf_addc(&b, '\f'); break;
        case 'n': kg_buf_addc(&b, '\n'); break;
        case 'r': kg_buf_addc(&b, '\r'); break;
        case 't': kg_buf_addc(&b, '\t'); break;
        case 'u': {
            unsigned cp, lo;
            if (ps->end - ps->p < 4 || kg_json_hex4(ps->p, &cp)) {
                kg_buf_release(&b);
                return fail(ps, "bad \\u escape");
            }
            ps->p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && ps->end - ps->p >= 6 && ps->p[0] == '\\' &&
                ps->p[1] == 'u' && !kg_json_hex4(ps->p + 2, &lo) && lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                ps->p += 6;
            } else if (cp >= 0xD800 && cp < 0xE000) {
                cp = 0xFFFD; /* lone surrogate */
            }
            put_utf8(&b, cp);
            break;
        }
        default:
            kg_buf_release(&b);
            return fail(ps, "bad escape in string");
        }
    }
    *out = kg_buf_detach(&b, outlen);
    return 0;
}

static int parse_value(struct parser *ps, struct kg_json *v, int depth);

static int parse_container(struct parser *ps, struct kg_json *v, int depth, int is_obj)
{
    size_t alloc = 0;
    char close = is_obj ? '}' : ']';
    v->type = is_obj ? KG_JSON_OBJ : KG_JSON_ARR;
    ps->p++;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        return 0;
    }
    for (;;) {
        skip_ws(ps);
        KG_GROW(v->items, v->n + 1, alloc);
        if (is_obj) {
            v->keys = xreallocarray(v->keys, alloc, sizeof(*v->keys));
            size_t klen;
            if (ps->p >= ps->end || *ps->p != '"')
                return fail(ps, "expected a member name");
            if (parse_string(ps, &v->keys[v->n], &klen))
                return -1;
            memset(&v->items[v->n], 0, sizeof(v->items[v->n]));
            v->n++;
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != ':')
                return fail(ps, "expected ':'");
            ps->p++;
            if (parse_value(ps, &v->items[v->n - 1], depth + 1))
                return -1;
        } else {
            memset(&v->items[v->n], 0, sizeof(v->items[v->n]));
            v->n++;
            if (parse_value(ps, &v->items[v->n - 1], depth + 1))
                return -1;
        }
        skip_ws(ps);
        if (ps->p >= ps->end)
            return fail(ps, "unterminated array or object");
        if (*ps->p == ',') {
            ps->p++;
            continue;
        }
        if (*ps->p == close) {
            ps->p++;
            return 0;
        }
        return fail(ps, "expected ',' or end of array or object");
    }
}

static int parse_literal(struct parser *ps, const char *word, struct kg_json *v, enum kg_json_type t,
                         double num)
{
    size_t n = strlen(word);
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n))
        return fail(ps, "unexpected character");
    ps->p += n;
    v->type = t;
    v->num = num;
    return 0;
}

int kg_json_number(const char *s, const char *end, const char **stop, double *out)
{
    const char *p = s;
    if (p < end && *p == '-')
        p++;
    if (p >= end || *p < '0' || *p > '9') {
        *stop = p;
        return 1;
    }
    int digits_only = *s != '-';
    while (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' || *p == '+' || *p == '-')) {
        if (*p < '0' || *p > '9')
            digits_only = 0;
        p++;
    }
    *stop = p;
    size_t n = (size_t)(p - s);
    if (digits_only && n <= 15) { /* exact in a double, as strtod would give */
        double x = 0;
        for (size_t i = 0; i < n; i++)
            x = x * 10 + (s[i] - '0');
        *out = x;
        return 0;
    }
    char tmp[64];
    if (n >= sizeof tmp)
        return 2;
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    char *e;
    *out = strtod(tmp, &e);
    return *e || !isfinite(*out) ? 1 : 0;
}

static int parse_number(struct parser *ps, struct kg_json *v)
{
    const char *stop = ps->p;
    int r = kg_json_number(ps->p, ps->end, &stop, &v->num);
    ps->p = stop;
    if (r)
        return fail(ps, r == 2 ? "number too long" : "bad number");
    v->type = KG_JSON_NUM;
    return 0;
}

static int parse_value(struct parser *ps, struct kg_json *v, int depth)
{
    if (depth > KG_JSON_MAX_DEPTH)
        return fail(ps, "nesting too deep");
    skip_ws(ps);
    if (ps->p >= ps->end)
        return fail(ps, "unexpected end of line");
    switch (*ps->p) {
    case '{': return parse_container(ps, v, depth, 1);
    case '[': return parse_container(ps, v, depth, 0);
    case '"':
        v->type = KG_JSON_STR;
        return parse_string(ps, &v->str, &v->len);
    case 't': return parse_literal(ps, "true", v, KG_JSON_BOOL, 1);
    case 'f': return parse_literal(ps, "false", v, KG_JSON_BOOL, 0);
    case 'n': return parse_literal(ps, "null", v, KG_JSON_NULL, 0);
    default: return parse_number(ps, v);
    }
}

int kg_json_parse(const char *s, size_t n, struct kg_json *out, const char **err)
{
    struct parser ps = {s, s + n, NULL};
    memset(out, 0, sizeof(*out));
    if (parse_value(&ps, out, 0) == 0) {
        skip_ws(&ps);
        if (ps.p == ps.end)
            return 0;
        fail(&ps, "trailing characters after the value");
    }
    kg_json_release(out);
    if (err)
        *err = ps.err;
    return -1;
}

void kg_json_release(struct kg_json *v)
{
    for (size_t i = 0; i < v->n; i++) {
        kg_json_release(&v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->str);
    memset(v, 0, sizeof(*v));
}

const struct kg_json *kg_json_get(const struct kg_json *obj, const char *key)
{
    if (!obj || obj->type != KG_JSON_OBJ)
        return NULL;
    for (size_t i = 0; i < obj->n; i++)
        if (obj->keys[i] && !strcmp(obj->keys[i], key))
            return &obj->items[i];
    return NULL;
}

const char *kg_json_get_str(const struct kg_json *obj, const char *key)
{
    const struct kg_json *v = kg_json_get(obj, key);
    return v && v->type == KG_JSON_STR ? v->str : NULL;
}

double kg_json_get_num(const struct kg_json *obj, const char *key, double def)
{
    const struct kg_json *v = kg_json_get(obj, key);
    return v && v->type == KG_JSON_NUM ? v->num : def;
}
