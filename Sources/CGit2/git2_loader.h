#ifndef RULESMITH_GIT2_LOADER_H
#define RULESMITH_GIT2_LOADER_H

// Between the loader and the generated stubs; Swift sees only include/CGit2.h.

#include "CGit2.h"

/// libgit2's symbol `name`, loading libgit2 first. Never NULL: when libgit2 cannot be loaded or
/// lacks the symbol, it prints one line and exits with 2 (callers ran rulesmith_git2_load_error
/// first, so this is a backstop, not an error path).
void *rulesmith_git2_symbol(const char *name);

#endif
