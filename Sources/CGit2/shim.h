#ifndef RULESMITH_CGIT2_SHIM_H
#define RULESMITH_CGIT2_SHIM_H

#include <git2.h>
/* git_repository_set_index lives in the sys headers; rulesmith needs it to honour GIT_INDEX_FILE. */
#include <git2/sys/repository.h>

/* Swift cannot call the variadic git_libgit2_opts; these wrap the options rulesmith sets. */
static inline int rulesmith_git_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

static inline int rulesmith_git_set_search_path(int level, const char *path) {
    return git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path);
}

#endif
