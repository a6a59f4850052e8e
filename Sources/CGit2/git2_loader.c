// Loads libgit2 once, on the first call that needs it (why: include/CGit2.h), and wraps the one
// variadic function rulesmith uses.

#include "git2_loader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SONAME "libgit2.so." LIBGIT2_SOVERSION

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static void *library;
static const char *load_failure;
static char failure_text[512];

// dlerror usually starts with the name it could not open; a missing dependency names that instead.
static void *open_library(const char *name, char *failure, size_t size) {
    void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *reason = dlerror();
        if (reason == NULL) reason = "unknown error";
        size_t length = strlen(name);
        int named = strncmp(reason, name, length) == 0 && reason[length] == ':';
        snprintf(failure, size, "libgit2 could not be loaded (%s%s%s); install it (Debian: apt-get install libgit2-%s)",
                 named ? "" : name, named ? "" : ": ", reason, LIBGIT2_SOVERSION);
    }
    return handle;
}

// The stubs and Swift use the struct layouts of the headers rulesmith was built with, so another
// minor version (which the unversioned fallback may be) must not be used.
static int same_version(void *handle) {
    int (*version)(int *, int *, int *) = (int (*)(int *, int *, int *))dlsym(handle, "git_libgit2_version");
    int major = -1, minor = -1, revision = -1;
    if (version != NULL) version(&major, &minor, &revision);
    if (major == LIBGIT2_VER_MAJOR && minor == LIBGIT2_VER_MINOR) return 1;
    snprintf(failure_text, sizeof failure_text,
             "libgit2 %d.%d.%d was found but rulesmith was built against %s; install it (Debian: apt-get install libgit2-%s)",
             major, minor, revision, LIBGIT2_VERSION, LIBGIT2_SOVERSION);
    return 0;
}

static void load(void) {
    load_failure = failure_text;
    void *handle = open_library(SONAME, failure_text, sizeof failure_text);
    // Only libgit2-dev installs the unversioned name; the message keeps the versioned name's failure.
    if (handle == NULL) handle = dlopen("libgit2.so", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) return;
    if (!same_version(handle)) {
        dlclose(handle);
        return;
    }
    library = handle;
    load_failure = NULL;
}

const char *rulesmith_git2_load_error(void) {
    pthread_once(&load_once, load);
    return load_failure;
}

void *rulesmith_git2_symbol(const char *name) {
    const char *failure = rulesmith_git2_load_error();
    void *symbol = failure == NULL ? dlsym(library, name) : NULL;
    if (symbol != NULL) return symbol;
    if (failure != NULL) {
        fprintf(stderr, "rulesmith: %s\n", failure);
    } else {
        fprintf(stderr, "rulesmith: the loaded libgit2 lacks %s (rulesmith was built against %s)\n", name, LIBGIT2_VERSION);
    }
    exit(2);
}

static __typeof__(git_libgit2_opts) *libgit2_opts(void) {
    return (__typeof__(git_libgit2_opts) *)rulesmith_git2_symbol("git_libgit2_opts");
}

int rulesmith_git_set_owner_validation(int enabled) {
    return libgit2_opts()(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

int rulesmith_git_set_search_path(int level, const char *path) {
    return libgit2_opts()(GIT_OPT_SET_SEARCH_PATH, level, path);
}

int rulesmith_git_set_ssl_cert_locations(const char *file, const char *path) {
    return libgit2_opts()(GIT_OPT_SET_SSL_CERT_LOCATIONS, file, path);
}

char *rulesmith_git2_try_load(const char *name) {
    char failure[512];
    void *handle = open_library(name, failure, sizeof failure);
    if (handle != NULL) {
        dlclose(handle);
        return NULL;
    }
    size_t size = strlen(failure) + 1;
    char *copy = malloc(size);
    if (copy != NULL) memcpy(copy, failure, size);
    return copy;
}
