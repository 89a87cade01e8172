# Entry points of the README quick start. `make run` installs the Debian 12
# packages that are missing, then configures and builds the perr binary only;
# `make test` also installs what the tests use and builds everything.
BUILD   ?= build
SAN_BUILD ?= build-asan
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
PACKAGES := cmake g++ make pkg-config \
            libcli11-dev libpcre2-dev libxml2-dev libicu-dev libyaml-cpp-dev \
            doctest-dev nlohmann-json3-dev libvalijson-dev libsimdjson-dev libpoppler-private-dev libzip-dev libssl-dev
# Used by the tests only: PyYAML (a second YAML reader), cmark (the README
# renders as CommonMark), zsh and fish (their completions load), git.
TEST_PACKAGES := python3 python3-yaml cmark zsh fish git

.PHONY: deps test-deps configure perr build run test check sanitize fuzz-build fuzz golden tidy clean

# install-missing LIST: apt-get install the packages of LIST not yet installed.
define install-missing
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install-missing,$(PACKAGES))

test-deps: deps
	$(call install-missing,$(TEST_PACKAGES))

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPERR_WERROR=ON

# The binary alone (no test programs): what `make run` needs.
perr: configure
	cmake --build $(BUILD) -j $(JOBS) --target perr

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# The main job: every bundled sample -> out/NAME.yaml
run: perr
	@mkdir -p out
	$(BUILD)/perr ingest samples/* -o out/
	@ls -l out/
	@echo "--- out/004_5b84d36912402381.yaml (start) ---"
	@head -n 40 out/004_5b84d36912402381.yaml

# Everything, twice: the suite on the normal build, then again on an
# AddressSanitizer + UndefinedBehaviorSanitizer build, which catches memory
# errors and undefined behaviour that pass unnoticed in the first run.
test:
	@echo "make test: the whole suite runs twice -- on the normal build ($(BUILD)), then on an"
	@echo "ASan+UBSan build ($(SAN_BUILD)) that catches memory errors and undefined behaviour."
	@echo "For one run only: make check (normal build) or make sanitize."
	$(MAKE) check
	$(MAKE) sanitize

# ajv-cli (npm) is the reference the schema verdicts are cross-checked with.
check: build test-deps
	@command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm >/dev/null || true
	@command -v ajv >/dev/null || npm install -g ajv-cli@5 >/dev/null 2>&1 || echo "ajv-cli could not be installed: its cross-check will be skipped"
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: test-deps
	cmake -S . -B $(SAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPERR_SANITIZE=ON -DPERR_WERROR=ON
	cmake --build $(SAN_BUILD) -j $(JOBS)
	cd $(SAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 ctest --output-on-failure -j $(JOBS)

# libFuzzer targets (clang 14, ASan+UBSan), then `make fuzz`: every target
# in turn for FUZZ_SECONDS (or FUZZ_RUNS executions; FUZZ_TARGETS="a b" for
# some only), its corpus grown in tests/fuzz/corpus/TARGET,
# crash inputs written to tests/fuzz/regressions/TARGET (replayed by ctest).
# -entropic=0: clang 14's libFuzzer spends most of an execution in its
# entropic schedule's bookkeeping (UpdateFeatureFrequency; made fast upstream
# in LLVM 18, commit bede46f), five times the target's own time on fuzz_diff.
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_RUNS    ?=
FUZZ_TARGETS ?= fuzz_ingest_text fuzz_ingest_markdown fuzz_ingest_html_table fuzz_ingest_html \
                fuzz_validate fuzz_schema fuzz_diff fuzz_ingest_pdf fuzz_ingest_docx fuzz_ingest_odt
fuzz-build: deps
	@dpkg -s clang libclang-rt-14-dev >/dev/null 2>&1 || apt-get install -y --no-install-recommends clang libclang-rt-14-dev
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DPERR_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(FUZZ_BUILD) -j $(JOBS)

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p tests/fuzz/corpus/$$t tests/fuzz/regressions/$$t; \
	  echo "== $$t ($(if $(FUZZ_RUNS),$(FUZZ_RUNS) runs,$(FUZZ_SECONDS) s))"; \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  $(FUZZ_BUILD)/tests/fuzz/$$t tests/fuzz/corpus/$$t $$(tests/fuzz/seeds.sh $$t) \
	    -dict=tests/fuzz/perr.dict -max_len=$$(tests/fuzz/max_len.sh $$t) -timeout=10 -rss_limit_mb=2048 -entropic=0 \
	    $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS),-max_total_time=$(FUZZ_SECONDS)) -print_final_stats=1 \
	    -artifact_prefix=tests/fuzz/regressions/$$t/ || exit 1; \
	done

# Rewrite tests/golden/*.yaml and outputs.sha256 from the current build; review with git diff.
golden: build
	cmake --build $(BUILD) --target refresh-golden

clean:
	rm -rf $(BUILD) $(SAN_BUILD) $(FUZZ_BUILD) out

# clang-tidy over the project's sources (configuration in .clang-tidy).
tidy: build
	clang-tidy -p $(BUILD) --quiet cli/*.cpp diff/*.cpp parsers/*.cpp schema/*.cpp utilities/*.cpp
