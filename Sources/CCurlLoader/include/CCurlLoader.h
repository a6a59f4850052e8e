#ifndef CCURLLOADER_H
#define CCURLLOADER_H

// HTTP GET through libcurl loaded with dlopen on first use, so that only `llms ctx --fetch`
// needs libcurl and no other command pays for loading it (and its ~20 dependencies) at start-up.

#include <stddef.h>
#include <stdint.h>

/// How a GET ended.
typedef enum {
    RS_HTTP_ANSWERED = 0,   ///< A complete answer (any status).
    RS_HTTP_TIMEOUT,        ///< No complete answer within the time limit.
    RS_HTTP_TOO_LARGE,      ///< The body is over the byte cap (announced or received).
    RS_HTTP_REDIRECT_LOOP,  ///< More redirects than allowed.
    RS_HTTP_TRANSPORT,      ///< Anything else: `curl_code` and `error` say what.
} rs_http_outcome;

/// One GET's answer; release with `rs_http_response_free`.
typedef struct {
    long status;
    unsigned char *body;
    size_t body_length;
    char *final_url;           ///< The URL answered after redirects (NULL when unknown).
    char *content_type;        ///< NULL when absent.
    int64_t announced_length;  ///< Content-Length, or -1.
    int curl_code;
    char error[256];
} rs_http_response;

/// Loads libcurl once; NULL on success, else a static message saying why not.
const char *rs_http_load(void);

/// A reusable handle (keeps connections alive between GETs); NULL when libcurl is not loaded.
void *rs_http_handle_new(void);
void rs_http_handle_free(void *handle);

/// GETs `url` with `handle` (one thread at a time per handle). Only http and https, for the URL
/// and for redirects.
rs_http_outcome rs_http_get(
    void *handle, const char *url, long timeout_ms, int64_t max_bytes, long max_redirects,
    const char *user_agent, const char *accept, rs_http_response *response);

void rs_http_response_free(rs_http_response *response);

#endif
