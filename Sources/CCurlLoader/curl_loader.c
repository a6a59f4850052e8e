#include "CCurlLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// libcurl's ABI (stable since 7.x): option, info and error numbers from curl/curl.h, so that
// building needs no curl headers.
enum {
    OPT_WRITEDATA = 10001, OPT_URL = 10002, OPT_USERAGENT = 10018, OPT_HTTPHEADER = 10023,
    OPT_ACCEPT_ENCODING = 10102, OPT_WRITEFUNCTION = 20011, OPT_FOLLOWLOCATION = 52,
    OPT_MAXREDIRS = 68, OPT_NOSIGNAL = 99, OPT_TIMEOUT_MS = 155, OPT_CONNECTTIMEOUT_MS = 156,
    OPT_PROTOCOLS = 181, OPT_REDIR_PROTOCOLS = 182, OPT_MAXFILESIZE_LARGE = 30117,
};
enum { INFO_EFFECTIVE_URL = 0x100001, INFO_CONTENT_TYPE = 0x100012, INFO_RESPONSE_CODE = 0x200002, INFO_CONTENT_LENGTH_T = 0x60000F };
enum { E_OK = 0, E_OPERATION_TIMEDOUT = 28, E_TOO_MANY_REDIRECTS = 47, E_FILESIZE_EXCEEDED = 63 };
enum { PROTO_HTTP_HTTPS = 1 | 2, GLOBAL_DEFAULT = 3 };

struct slist;
static struct {
    int (*global_init)(long);
    void *(*easy_init)(void);
    void (*easy_cleanup)(void *);
    void (*easy_reset)(void *);
    int (*easy_setopt)(void *, int, ...);
    int (*easy_perform)(void *);
    int (*easy_getinfo)(void *, int, ...);
    const char *(*easy_strerror)(int);
    struct slist *(*slist_append)(struct slist *, const char *);
    void (*slist_free_all)(struct slist *);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static const char *load_failure = "libcurl was not loaded";

static void load(void) {
    static const char *const names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl-nss.so.4", "libcurl.so"};
    void *library = NULL;
    for (size_t index = 0; index < sizeof names / sizeof names[0] && library == NULL; index++) {
        library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        load_failure = "libcurl is not installed (libcurl.so.4); install it (Debian: apt-get install libcurl4) to fetch http(s) links";
        return;
    }
#define RESOLVE(field, symbol) \
    if ((*(void **)&curl.field = dlsym(library, symbol)) == NULL) { load_failure = "libcurl lacks " symbol; return; }
    RESOLVE(global_init, "curl_global_init")
    RESOLVE(easy_init, "curl_easy_init")
    RESOLVE(easy_cleanup, "curl_easy_cleanup")
    RESOLVE(easy_reset, "curl_easy_reset")
    RESOLVE(easy_setopt, "curl_easy_setopt")
    RESOLVE(easy_perform, "curl_easy_perform")
    RESOLVE(easy_getinfo, "curl_easy_getinfo")
    RESOLVE(easy_strerror, "curl_easy_strerror")
    RESOLVE(slist_append, "curl_slist_append")
    RESOLVE(slist_free_all, "curl_slist_free_all")
#undef RESOLVE
    if (curl.global_init(GLOBAL_DEFAULT) != E_OK) {
        load_failure = "libcurl failed to initialise";
        return;
    }
    load_failure = NULL;
}

const char *rs_http_load(void) {
    pthread_once(&load_once, load);
    return load_failure;
}

void *rs_http_handle_new(void) {
    return rs_http_load() == NULL ? curl.easy_init() : NULL;
}

void rs_http_handle_free(void *handle) {
    if (handle != NULL) curl.easy_cleanup(handle);
}

struct sink {
    rs_http_response *response;
    size_t capacity;
    int64_t max_bytes;
    int over;
};

static size_t receive(char *data, size_t size, size_t count, void *context) {
    struct sink *sink = context;
    size_t length = size * count;
    rs_http_response *response = sink->response;
    if ((int64_t)(response->body_length + length) > sink->max_bytes) {
        sink->over = 1;
        return 0;  // aborts the transfer with CURLE_WRITE_ERROR
    }
    if (response->body_length + length > sink->capacity) {
        size_t capacity = sink->capacity ? sink->capacity : 16384;
        while (capacity < response->body_length + length) capacity *= 2;
        unsigned char *grown = realloc(response->body, capacity);
        if (grown == NULL) return 0;
        response->body = grown;
        sink->capacity = capacity;
    }
    memcpy(response->body + response->body_length, data, length);
    response->body_length += length;
    return length;
}

static char *copy(const char *text) {
    return text == NULL ? NULL : strdup(text);
}

rs_http_outcome rs_http_get(
    void *handle, const char *url, long timeout_ms, int64_t max_bytes, long max_redirects,
    const char *user_agent, const char *accept, rs_http_response *response) {
    memset(response, 0, sizeof *response);
    response->announced_length = -1;
    struct sink sink = {response, 0, max_bytes, 0};
    struct slist *headers = curl.slist_append(NULL, accept);

    curl.easy_reset(handle);
    curl.easy_setopt(handle, OPT_URL, url);
    curl.easy_setopt(handle, OPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, OPT_PROTOCOLS, (long)PROTO_HTTP_HTTPS);
    curl.easy_setopt(handle, OPT_REDIR_PROTOCOLS, (long)PROTO_HTTP_HTTPS);
    curl.easy_setopt(handle, OPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(handle, OPT_MAXREDIRS, max_redirects);
    curl.easy_setopt(handle, OPT_TIMEOUT_MS, timeout_ms);
    curl.easy_setopt(handle, OPT_CONNECTTIMEOUT_MS, timeout_ms);
    curl.easy_setopt(handle, OPT_MAXFILESIZE_LARGE, (int64_t)max_bytes);
    curl.easy_setopt(handle, OPT_USERAGENT, user_agent);
    curl.easy_setopt(handle, OPT_HTTPHEADER, headers);
    curl.easy_setopt(handle, OPT_ACCEPT_ENCODING, "");
    curl.easy_setopt(handle, OPT_WRITEFUNCTION, receive);
    curl.easy_setopt(handle, OPT_WRITEDATA, &sink);

    int code = curl.easy_perform(handle);
    curl.slist_free_all(headers);
    response->curl_code = code;

    char *text = NULL;
    if (curl.easy_getinfo(handle, INFO_EFFECTIVE_URL, &text) == E_OK) response->final_url = copy(text);
    text = NULL;
    if (curl.easy_getinfo(handle, INFO_CONTENT_TYPE, &text) == E_OK) response->content_type = copy(text);
    curl.easy_getinfo(handle, INFO_RESPONSE_CODE, &response->status);
    int64_t announced = -1;
    if (curl.easy_getinfo(handle, INFO_CONTENT_LENGTH_T, &announced) == E_OK) response->announced_length = announced;

    if (code == E_OK) return RS_HTTP_ANSWERED;
    strncpy(response->error, curl.easy_strerror(code), sizeof response->error - 1);
    if (sink.over || code == E_FILESIZE_EXCEEDED) return RS_HTTP_TOO_LARGE;
    if (code == E_OPERATION_TIMEDOUT) return RS_HTTP_TIMEOUT;
    if (code == E_TOO_MANY_REDIRECTS) return RS_HTTP_REDIRECT_LOOP;
    return RS_HTTP_TRANSPORT;
}

void rs_http_response_free(rs_http_response *response) {
    free(response->body);
    free(response->final_url);
    free(response->content_type);
    response->body = NULL;
    response->final_url = NULL;
    response->content_type = NULL;
}
