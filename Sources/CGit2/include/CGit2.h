#ifndef RULESMITH_CGIT2_H
#define RULESMITH_CGIT2_H

// libgit2's API for Swift. Its functions are defined in git2_stubs.c, which loads libgit2 with
// dlopen on the first call: commands that never touch git (lint, the pre-commit hook's fast path)
// then skip loading libgit2 and its ~15 dependencies at start-up.

#include <git2.h>
// git_repository_set_index lives in the sys headers; rulesmith needs it to honour GIT_INDEX_FILE.
#include <git2/sys/repository.h>

/// Loads libgit2 unless it is loaded; NULL on success, else one line saying why not and what to install.
/// Call it before any libgit2 function: a stub that cannot load libgit2 exits the process.
const char *rulesmith_git2_load_error(void);

// Swift cannot call the variadic git_libgit2_opts; these wrap the options rulesmith sets.
int rulesmith_git_set_owner_validation(int enabled);
int rulesmith_git_set_search_path(int level, const char *path);
int rulesmith_git_set_ssl_cert_locations(const char *file, const char *path);

/// For tests of the failure message: loads the library `name` and closes it again. NULL when it
/// loads, else the message `rulesmith_git2_load_error` would give (the caller frees it).
char *rulesmith_git2_try_load(const char *name);

#endif
