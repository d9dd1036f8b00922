# signdoctor: make run (serve the web app), make test (everything CI runs).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO       ?= go
ADDR     ?= 127.0.0.1:8080
BUILD    ?= web/build
# BASE is the path the site is served under, for hosting in a sub-folder
# (a GitHub Pages project site: BASE=/signdoctor). Empty serves from /.
BASE     ?=
FUZZTIME ?= 30s
# How long make test fuzzes each target: enough to replay every corpus entry
# and explore a little, short enough for CI.
FUZZTIME_CI ?= 2s
ROBUSTNESS ?= 100000
WASM_EXEC = $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
# Seconds since the epoch, for the timings make test prints.
now = $$(date +%s)

.PHONY: help run build test deps fmt-check vet test-native test-wasm test-browser wasm-budget dist \
        screenshots bench wasm-size fuzz fuzz-ci fuzz-run robustness fixtures clean

help:
	@echo "make run          build the site and serve it on http://$(ADDR)/"
	@echo "make test         everything CI runs: gofmt, vet, native, wasm and browser tests, every Fuzz target for $(FUZZTIME_CI), app.wasm.br within $(WASM_BUDGET) bytes"
	@echo "make build        write the static site (wasm included) to $(BUILD) [BASE=/sub/path]"
	@echo "make bench        benchmarks and the size of app.wasm (raw, gzip, brotli)"
	@echo "make fuzz         every Fuzz target for FUZZTIME ($(FUZZTIME)) each"
	@echo "make screenshots  refresh docs/screenshots from the browser tests"
	@echo "make robustness   mutated corpus through the analyzer (ROBUSTNESS=$(ROBUSTNESS) inputs)"
	@echo "make dist         release binaries of the CLI for darwin, linux, windows (amd64, arm64) and SHA256SUMS in $(DIST)"

run: build
	$(GO) run ./cmd/signdoctor serve --addr $(ADDR) --dir $(BUILD)

# app.wasm is compiled without inlining (-l), except where Go handles bytes
# one by one: SHA-256 and SHA-1 (sealed files, package and image checksums;
# code pages go to SubtleCrypto), the byte-order helpers their blocks call,
# and inflate (zip and xar reading). Inlining everywhere else (pages, go-app,
# the checks, parsers of small structures, JSON, certificates, the runtime)
# cost about 275 KB of brotli'd app.wasm, over its budget. The pasted-text
# catalogue is inlined too: its entries, built by small constructors, then
# become static data instead of 100 KB of init code (8.5 KB less brotli).
WASM_GCFLAGS ?= -gcflags=all=-l \
	-gcflags=internal/byteorder= -gcflags=crypto/internal/fips140deps/byteorder= \
	-gcflags=crypto/internal/fips140/sha256= -gcflags=crypto/sha1= -gcflags=compress/flate= \
	-gcflags=github.com/signdoctor/signdoctor/analyzer/internal/text=

# WebAssembly features beyond the MVP that every browser able to run the
# site has (Chrome 75, Firefox 64, Safari 15): saturating float-to-int
# conversions and sign extension, which shorten the code (about 3.5 KB of
# brotli'd app.wasm).
WASM_FEATURES ?= satconv,signext

# The wasm binary and the prerendered pages are built separately: the same
# main package (./wasm) runs in the browser and, natively, writes the site.
# app.wasm is built without the checks' words (internal/prosestrip's
# overlay); the site serves them as web/prose.json.
# internal/wasmdata then joins the linker's 100,000 data segments into a few
# (the same memory; 125 KB less brotli'd app.wasm).
build:
	rm -rf $(BUILD)
	mkdir -p $(BUILD)/web $(BUILD)/prose
	$(GO) run ./internal/prosestrip -o $(BUILD)/prose
	GOOS=js GOARCH=wasm GOWASM=$(WASM_FEATURES) $(GO) build -trimpath $(WASM_GCFLAGS) -overlay $(BUILD)/prose/overlay.json -ldflags='-s -w' -o $(BUILD)/web/app.wasm ./wasm
	rm -rf $(BUILD)/prose
	$(GO) run ./internal/wasmdata $(BUILD)/web/app.wasm
	$(GO) run ./wasm -out $(BUILD) -base "$(BASE)"
	@node -e '$(PRECOMPRESS_JS)' $(BUILD)/web/app.wasm
	@node -e '$(PRECOMPRESS_JS)' $(BUILD)/web/prose.json
	@echo "site written to $(BUILD) (app.wasm $$(stat -c %s $(BUILD)/web/app.wasm) bytes, .br $$(stat -c %s $(BUILD)/web/app.wasm.br), .gz $$(stat -c %s $(BUILD)/web/app.wasm.gz))"

# app.wasm.br and app.wasm.gz beside app.wasm, for hosts that serve
# precompressed files (signdoctor serve does, by Accept-Encoding): brotli at
# the highest quality and gzip -9, with Node's zlib (which make deps installs).
# Brotli's window is the largest RFC 7932 allows (lgwin 24, 16 MB), which
# every browser decodes: with the default 4 MB window the 16 MB app.wasm
# compressed 20 KB worse, and its size jumped by kilobytes on one-byte edits.
PRECOMPRESS_JS = const fs = require("fs"), z = require("zlib"), f = process.argv[1]; \
	const b = fs.readFileSync(f); \
	fs.writeFileSync(f + ".br", z.brotliCompressSync(b, {params: {[z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_LGWIN]: 24, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length}})); \
	fs.writeFileSync(f + ".gz", z.gzipSync(b, {level: 9}));

test: deps
	@t0=$(now); \
	stage() { local s=$(now); $(MAKE) --no-print-directory "$$@"; echo "==> make $$*: $$(( $(now) - s ))s"; }; \
	stage fmt-check vet; stage test-native; stage fuzz-ci; stage test-wasm; stage wasm-budget; stage test-browser; \
	echo "==> make test: $$(( $(now) - t0 ))s in all"

# What the tests need that a fresh machine may lack: Debian's chromium for the
# browser tests (CI runs as root), Node.js for the wasm tests.
deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
		else \
			echo "chromium is missing: sudo apt-get install chromium (the browser tests skip without it, except with CI=true)"; \
		fi; \
	fi
	@if ! command -v node >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs; \
		else \
			echo "node is missing: sudo apt-get install nodejs (the wasm tests need it)"; exit 1; \
		fi; \
	fi

fmt-check:
	@out="$$(gofmt -l $$(git ls-files -co --exclude-standard '*.go'))"; \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# staticcheck at a fixed version, fetched by the go command on first use (it
# is not a dependency of the module). It is installed into a temporary
# folder for the host, then run for the host and for the browser's wasm.
STATICCHECK_VERSION ?= v0.8.2

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./analyzer/... ./app/... ./wasm/...
	@bin="$$(mktemp -d)"; trap 'rm -rf "$$bin"' EXIT; \
	GOBIN="$$bin" $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION); \
	echo "staticcheck ./..."; "$$bin/staticcheck" ./...; \
	echo "GOOS=js GOARCH=wasm staticcheck ./analyzer/... ./app/... ./wasm/..."; \
	GOOS=js GOARCH=wasm "$$bin/staticcheck" ./analyzer/... ./app/... ./wasm/...

# Every package but e2e, whose tests drive a browser (make test-browser).
NATIVE_PKGS = $$($(GO) list ./... | grep -v '/e2e$$')

test-native:
	$(GO) test $(NATIVE_PKGS)

# The analyzer also runs as WebAssembly in the page: its tests run there too,
# under Node.
test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -timeout 30m -exec="$(WASM_EXEC)" ./analyzer/...

test-browser:
	$(GO) test -count=1 -timeout 15m -v -run '^TestBrowser' ./e2e

screenshots:
	SIGNDOCTOR_SCREENSHOTS=$(CURDIR)/docs/screenshots $(GO) test -count=1 -timeout 15m -run '^TestBrowser' ./e2e

# A large real Mach-O for the benchmarks, fetched from the npm registry at
# bench time into a temporary folder (never committed): bun for macOS on
# Apple silicon, one ~89 MB signed executable.
BENCH_NPM  ?= @oven/bun-darwin-aarch64@1.4.5
BENCH_DIR  ?= /tmp/signdoctor-bench
BENCH_FILE ?= $(BENCH_DIR)/package/bin/bun
# Iterations of each browser benchmark (the figures are medians).
BENCH_LOADS ?= 5

# Benchmarks of every package (BenchmarkVerifyFile on BENCH_FILE), native
# verification against `openssl dgst -sha256` of the same file, the browser
# (cold load split into steps; drop to report for a profile and for
# BENCH_FILE, with the longest main-thread task), then the size a browser
# downloads.
bench: build bench-file
	SIGNDOCTOR_BENCH_FILE=$(BENCH_FILE) $(GO) test -run=NONE -bench=. $(NATIVE_PKGS) | tee $(BENCH_DIR)/go-bench.txt
	@$(MAKE) --no-print-directory bench-openssl
	SIGNDOCTOR_BENCH_SITE=$(CURDIR)/$(BUILD) SIGNDOCTOR_BENCH_FILE=$(BENCH_FILE) \
		$(GO) test -count=1 -timeout 30m -run=NONE -bench='^BenchmarkBrowser(ColdLoad|ColdLoadPhases|Verify|Workers)$$' -benchtime=$(BENCH_LOADS)x ./e2e
	@$(MAKE) --no-print-directory wasm-size

bench-file: $(BENCH_FILE)
$(BENCH_FILE):
	mkdir -p $(BENCH_DIR)
	cd $(BENCH_DIR) && rm -rf package ./*.tgz && npm pack --silent $(BENCH_NPM) >/dev/null && tar xzf ./*.tgz
	@test -f $@ || { echo "$(BENCH_NPM) has no $@"; exit 1; }

# Native full verification (BenchmarkVerifyFile's ns/op, from the run above)
# against hashing the same file with openssl (best of 5 runs, process start
# included): the issue's bound is 1.5x.
bench-openssl: bench-file
	@verify=$$(awk '/^BenchmarkVerifyFile/ {print $$3/1e6}' $(BENCH_DIR)/go-bench.txt | tail -1); \
	best=; for i in 1 2 3 4 5; do \
		s=$$(date +%s%N); openssl dgst -sha256 $(BENCH_FILE) >/dev/null; e=$$(date +%s%N); \
		ms=$$(( (e - s) / 1000000 )); if [ -z "$$best" ] || [ $$ms -lt $$best ]; then best=$$ms; fi; \
	done; \
	size=$$(stat -c %s $(BENCH_FILE)); \
	echo "$(BENCH_NPM) bin/bun, $$size bytes: signdoctor verifies it in $${verify:-?} ms, openssl dgst -sha256 hashes it in $$best ms (ratio $$(awk -v v="$${verify:-0}" -v o=$$best 'BEGIN {printf "%.2f", v/o}'))"
	@# Whole processes, interleaved, 7 rounds: signdoctor check on all cores,
	@# on one (GOMAXPROCS=1), and openssl dgst -sha256; medians.
	@bin="$$(mktemp -d)"; trap 'rm -rf "$$bin"' EXIT; $(GO) build -o "$$bin/signdoctor" ./cmd/signdoctor; \
	ms() { local s=$$(date +%s%N); "$$@" >/dev/null 2>&1; local e=$$(date +%s%N); echo $$(( (e - s) / 1000000 )); }; \
	all=(); one=(); ssl=(); for i in 1 2 3 4 5 6 7; do \
		all+=($$(ms "$$bin/signdoctor" check $(BENCH_FILE))); \
		one+=($$(GOMAXPROCS=1 ms "$$bin/signdoctor" check $(BENCH_FILE))); \
		ssl+=($$(ms openssl dgst -sha256 $(BENCH_FILE))); \
	done; \
	med() { printf '%s\n' "$$@" | sort -n | sed -n 4p; }; \
	a=$$(med "$${all[@]}"); o=$$(med "$${one[@]}"); s=$$(med "$${ssl[@]}"); \
	echo "whole process, median of 7 interleaved: signdoctor check $$a ms on $$(nproc) cores, $$o ms on one; openssl dgst -sha256 $$s ms (ratio $$(awk -v v=$$a -v o=$$s 'BEGIN {printf "%.2f", v/o}'))"

wasm-size:
	@node -e '$(WASM_SIZE_JS)' $(BUILD)/web/app.wasm
	@# Where the bytes go: the same build (the same WASM_GCFLAGS) with its
	@# name section kept; each listed package's code also brotli'd alone.
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	$(GO) run ./internal/prosestrip -o "$$tmp" >/dev/null && \
	GOOS=js GOARCH=wasm GOWASM=$(WASM_FEATURES) $(GO) build -trimpath $(WASM_GCFLAGS) -overlay "$$tmp/overlay.json" -o "$$tmp/app.wasm" ./wasm && \
	$(GO) run ./internal/wasmsize -top 25 -brotli "$$tmp/app.wasm"

# The most a visitor downloads: app.wasm.br as make build writes it (brotli
# at the highest quality) must stay within WASM_BUDGET bytes.
WASM_BUDGET ?= 2500000

wasm-budget: build
	@br=$$(stat -c %s $(BUILD)/web/app.wasm.br); \
	if [ $$br -gt $(WASM_BUDGET) ]; then \
		echo "app.wasm.br is $$br bytes, over the budget of $(WASM_BUDGET) by $$(( br - $(WASM_BUDGET) )): make wasm-size shows where the bytes go"; exit 1; \
	fi; \
	echo "app.wasm.br is $$br bytes, within the budget of $(WASM_BUDGET) ($$(( $(WASM_BUDGET) - br )) to spare)"

# What a browser downloads: app.wasm raw and compressed as static hosts serve
# it (brotli at the highest quality, gzip -9), measured with Node's zlib.
WASM_SIZE_JS = const fs = require("fs"), z = require("zlib"); \
	const b = fs.readFileSync(process.argv[1]); \
	const br = z.brotliCompressSync(b, {params: {[z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_LGWIN]: 24, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length}}).length; \
	const gz = z.gzipSync(b, {level: 9}).length; \
	const mb = n => (n / 1e6).toFixed(2) + " MB"; \
	console.log("app.wasm: raw " + mb(b.length) + ", gzip " + mb(gz) + ", brotli " + mb(br) + " (" + br + " bytes)");

# Every Fuzz target of every package, FUZZTIME each (make fuzz), or
# FUZZTIME_CI each (make fuzz-ci, part of make test). Each package's test
# binary is compiled once, with the fuzzing instrumentation, and run once per
# target from the package's folder, so a crasher lands in that package's
# testdata/fuzz/<Target>/ and from then on runs as a regression test in
# every go test. The corpus grows in the go command's own cache, as with
# go test -fuzz. A failing target does not stop the others; the run fails at
# the end, naming them. Go 1.26's fuzz coordinator can fail a target with a
# bare "context deadline exceeded" as -fuzztime ends, having found nothing
# (go.dev/issue/75804, fixed in Go 1.27); that alone, with no failing input
# written, is not a failure.
fuzz:
	@$(MAKE) --no-print-directory fuzz-run FUZZ_FOR=$(FUZZTIME)

fuzz-ci:
	@$(MAKE) --no-print-directory fuzz-run FUZZ_FOR=$(FUZZTIME_CI)

fuzz-run:
	@bin="$$(mktemp -d)"; trap 'rm -rf "$$bin"' EXIT; \
	cache="$$($(GO) env GOCACHE)/fuzz"; failed=(); n=0; \
	for dir in $$(git ls-files -co --exclude-standard '*_test.go' | xargs grep -l '^func Fuzz' | xargs -n1 dirname | sort -u); do \
		pkg="$$(cd "$$dir" && $(GO) list .)"; \
		$(GO) test -c -fuzz=. -o "$$bin/fuzz.test" "./$$dir"; \
		for target in $$(cd "$$dir" && "$$bin/fuzz.test" -test.list '^Fuzz'); do \
			n=$$((n + 1)); s=$(now); \
			before="$$(ls "$$dir/testdata/fuzz/$$target" 2>/dev/null || true)"; \
			if out="$$(cd "$$dir" && "$$bin/fuzz.test" -test.run='^$$' -test.fuzz="^$$target$$" \
					-test.fuzztime=$(FUZZ_FOR) -test.fuzzcachedir="$$cache/$$pkg" 2>&1)"; then \
				echo "ok   $$pkg $$target ($$(( $(now) - s ))s, $$(grep -o 'execs: [0-9]*' <<<"$$out" | tail -1))"; \
			elif [ "$$(ls "$$dir/testdata/fuzz/$$target" 2>/dev/null || true)" = "$$before" ] && \
					grep -q '^    context deadline exceeded$$' <<<"$$out" && ! grep -q 'Failing input written' <<<"$$out"; then \
				echo "ok   $$pkg $$target (stopped with Go's fuzztime race, go.dev/issue/75804: no failing input)"; \
			else \
				echo "FAIL $$pkg $$target"; echo "$$out" | tail -40; failed+=("$$pkg $$target"); \
			fi; \
		done; \
	done; \
	if [ $${#failed[@]} -gt 0 ]; then \
		echo "fuzzing found failures in: $${failed[*]}"; \
		echo "the failing inputs are in each package's testdata/fuzz/<Target>/: commit them with the fix, they become regression tests"; \
		exit 1; \
	fi; \
	echo "$$n fuzz targets, $(FUZZ_FOR) each: no failures"

robustness:
	$(GO) test -count=1 -timeout 0 -v -run '^TestRobustness$$' ./analyzer -robustness=$(ROBUSTNESS)

# Every generated case input written again by its generator, then every want
# file rewritten from what the analyzer says now: review the diff. The test
# CA is read from testdata, so signatures chain as before; keys, serial
# numbers, signatures and signing times come from a seeded source, so
# running it again writes the same bytes.
fixtures:
	$(GO) test -count=1 -run 'TestWrite.*Cases' ./analyzer/internal/testsign -write-cases
	$(GO) test -count=1 -run 'TestWrite.*Cases' ./analyzer/internal/entitlements -write-cases
	$(GO) test -count=1 -run 'TestWrite.*Cases' ./analyzer/internal/requirement -write-cases
	$(GO) test -count=1 -run 'TestGenerate' ./analyzer/internal/profile -gencases -gencases-signer
	$(GO) test -count=1 -run 'TestGenerate(Bundle|Linkage|Pkg|DMG|Identity)Cases' ./analyzer \
		-gen-bundle-cases -gen-linkage-cases -gen-pkg-cases -gen-dmg-cases -gen-identity-cases
	$(GO) test -count=1 -run TestCases ./analyzer -update
	$(GO) test -count=1 ./analyzer/report/reportschema -update

clean:
	rm -rf $(BUILD)

# Release binaries of the CLI for a release page: darwin, linux and windows on
# amd64 and arm64, static (no cgo), with SHA-256 sums in the form
# `sha256sum -c` reads. The version and commit come from git (the go command
# stamps none in a worktree or with -buildvcs=false).
DIST          ?= dist
DIST_TARGETS  ?= darwin/amd64 darwin/arm64 linux/amd64 linux/arm64 windows/amd64 windows/arm64
DIST_VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
DIST_COMMIT   ?= $(shell git rev-parse HEAD 2>/dev/null)

dist:
	rm -rf $(DIST)
	mkdir -p $(DIST)
	@for t in $(DIST_TARGETS); do \
		os=$${t%/*}; arch=$${t#*/}; ext=; [ "$$os" = windows ] && ext=.exe; \
		out=$(DIST)/signdoctor-$(DIST_VERSION)-$$os-$$arch$$ext; \
		echo "build $$out"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath \
			-ldflags="-s -w -X main.releaseVersion=$(DIST_VERSION) -X main.releaseCommit=$(DIST_COMMIT)" \
			-o "$$out" ./cmd/signdoctor; \
	done
	cd $(DIST) && sha256sum signdoctor-* > SHA256SUMS && cat SHA256SUMS

# The official SARIF 2.1.0 schema the tests validate SARIF output against,
# as Microsoft's SARIF SDK ships it in its npm package (the file is the only
# thing kept of the package).
SARIF_NPM ?= @microsoft/sarif-multitool-linux@5.7.0

.PHONY: sarif-schema
sarif-schema:
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	cd "$$tmp" && npm pack --silent $(SARIF_NPM) >/dev/null && tar xzf ./*.tgz package/sarif-2.1.0.json; \
	cp "$$tmp/package/sarif-2.1.0.json" $(CURDIR)/testdata/schema/sarif-2.1.0.json; \
	sha256sum $(CURDIR)/testdata/schema/sarif-2.1.0.json
