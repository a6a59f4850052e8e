// Developer tool: regenerates committed derived files (the built-in template bundle, rule docs).
print("rulesmith-dev: nothing to generate yet")
