# Two entry points for a fresh machine: `make demo` (bootstrap and lint a sample repository)
# and `make test` (the whole test suite). Both install what the build needs first.
PREFIX ?= /usr/local

.PHONY: setup demo test build release install bench clean

setup:
	@scripts/setup.sh

build: setup
	swift build

release: setup
	swift build -c release --product rulesmith

test: setup
	swift test

demo: release
	scripts/demo.sh .build/release/rulesmith

install: release
	install -d $(PREFIX)/bin
	install -m 755 .build/release/rulesmith $(PREFIX)/bin/rulesmith

bench: release
	bench/lint.sh

clean:
	rm -rf .build
