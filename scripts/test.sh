#!/usr/bin/env bash
# Full check: lint, host tests, headless-browser tests, release build, e2e.
# Stops at the first failure. Installs (once) what it needs; see scripts/setup.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

START_SECONDS=$SECONDS
CURRENT_STEP=""
STEP_STARTED=$SECONDS
# Seconds per step, "<seconds> <step>" a line: setup.sh's install steps write theirs here too.
SETUP_TIMINGS_FILE="$(mktemp)"
export SETUP_TIMINGS_FILE

# Ends the current step's clock (setup's own steps are timed by setup.sh).
step_done() {
    if [[ -n "$CURRENT_STEP" && "$CURRENT_STEP" != "setup" ]]; then
        printf '%d %s\n' $((SECONDS - STEP_STARTED)) "$CURRENT_STEP" >>"$SETUP_TIMINGS_FILE"
    fi
}

# Where the minutes went, a line per step.
timing_table() {
    printf '\n==== time by step ====\n'
    local seconds step
    while read -r seconds step; do
        printf '%4dm%02ds  %s\n' $((seconds / 60)) $((seconds % 60)) "$step"
    done <"$SETUP_TIMINGS_FILE"
    rm -f "$SETUP_TIMINGS_FILE"
}

BUILD_TOOLS_PID=""
TEST_PACKAGES_PID=""
finish() {
    local rc=$?
    local elapsed=$((SECONDS - START_SECONDS))
    local pid
    for pid in "$BUILD_TOOLS_PID" "$TEST_PACKAGES_PID"; do
        if [[ -n "$pid" ]]; then
            # A step failed while a background job was still running: stop it.
            pkill -P "$pid" 2>/dev/null || true
            kill "$pid" 2>/dev/null || true
        fi
    done
    step_done
    timing_table
    if [[ $rc -eq 0 ]]; then
        printf '\n==== ALL CHECKS PASSED in %dm%02ds ====\n' $((elapsed / 60)) $((elapsed % 60))
    else
        printf '\n==== FAILED at step "%s" (exit %d) after %dm%02ds ====\n' \
            "$CURRENT_STEP" "$rc" $((elapsed / 60)) $((elapsed % 60)) >&2
    fi
}
trap finish EXIT

banner() {
    step_done
    CURRENT_STEP="$*"
    STEP_STARTED=$SECONDS
    printf '\n==== %s ====\n' "$*"
}

banner "setup"
SETUP_DEFER_BUILD_TOOLS=1
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

# The wasm-bindgen CLI (step c), Trunk and wasm-split-cli (step d) and geckodriver (step e) are
# built in the background while steps a to c run, and the Debian packages of the browser tests
# (steps c and e) are installed beside them; each step waits for what it needs. Their minutes
# are in the table, marked.
BUILD_TOOLS_LOG="$(mktemp)"
WASM_BINDGEN_READY="$(mktemp -u)"
(
    SETUP_TIMING_NOTE=" (in the background, during the steps after it)"
    SETUP_WASM_BINDGEN_READY="$WASM_BINDGEN_READY"
    setup_build_tools
    setup_timed "geckodriver" setup_step_geckodriver
) >"$BUILD_TOOLS_LOG" 2>&1 &
BUILD_TOOLS_PID=$!
echo "[setup] wasm-bindgen-cli, trunk, wasm-split-cli and geckodriver: building in the background"

# Debian packages for the browser tests (apt-get, once): Chromium and chromedriver; Firefox ESR;
# WebKitGTK's WebDriver with an X server to run it in (xvfb-run) and the Python bindings that
# tests/e2e/webkit-browser.py uses. Installed when any is missing, all in one apt-get run.
TEST_PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb python3-gi gir1.2-gtk-3.0 gir1.2-webkit2-4.1)
install_test_packages() {
    local package missing_packages=() sudo=()
    for package in "${TEST_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed'; then
            missing_packages+=("$package")
        fi
    done
    if [[ ${#missing_packages[@]} -eq 0 ]]; then
        echo "[setup] browser test packages: already installed (${TEST_PACKAGES[*]})"
        return 0
    fi
    echo "[setup] browser test packages: installing ${missing_packages[*]} with apt-get"
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_packages[@]}"
}
TEST_PACKAGES_LOG="$(mktemp)"
(
    set -euo pipefail
    SETUP_TIMING_NOTE=" (in the background, during the steps after it)"
    setup_timed "browser test packages" install_test_packages
) >"$TEST_PACKAGES_LOG" 2>&1 &
TEST_PACKAGES_PID=$!

# Waits for a background job; prints its log; stops the run if it failed.
wait_for() {
    local what="$1" pid="$2" log="$3" rc=0
    wait "$pid" || rc=$?
    cat "$log"
    if ((rc != 0)); then
        echo "[setup] $what failed (exit $rc): see above" >&2
        exit "$rc"
    fi
}

banner "a. format and lint"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
# The release build's split point (src/ui/later_pages.rs) exists only with the `split` feature.
cargo clippy --target wasm32-unknown-unknown --features split --bin cert-planner -- -D warnings

banner "b. host tests (cargo test)"
cargo test

banner "setup: waiting for the browser test packages and the wasm-bindgen CLI"
wait_for "installing the browser test packages" "$TEST_PACKAGES_PID" "$TEST_PACKAGES_LOG"
TEST_PACKAGES_PID=""
while [[ ! -e "$WASM_BINDGEN_READY" ]] && kill -0 "$BUILD_TOOLS_PID" 2>/dev/null; do
    sleep 2
done
if [[ ! -e "$WASM_BINDGEN_READY" ]]; then
    cat "$BUILD_TOOLS_LOG"
    echo "[setup] building the wasm-bindgen CLI failed: see above" >&2
    exit 1
fi

banner "c. browser tests (wasm-bindgen-test in headless Chromium)"
if [[ ! -f tests/browser.rs ]]; then
    echo "tests/browser.rs is missing (the wasm-bindgen-test suite run in Chromium)" >&2
    exit 1
fi
# webdriver.json in the crate root carries the Chromium flags.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER=/usr/bin/chromedriver \
    WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --target wasm32-unknown-unknown --test browser

banner "d. release build: the wasm compiled while the tools are built"
# Step 1 of scripts/build-wasm.sh, which needs no tool of the background job: Trunk's hook then
# finds it done.
bash scripts/build-wasm.sh --compile-only

banner "setup: waiting for the tools built in the background"
wait_for "building trunk, wasm-split-cli or geckodriver" "$BUILD_TOOLS_PID" "$BUILD_TOOLS_LOG"
BUILD_TOOLS_PID=""
rm -f "$WASM_BINDGEN_READY"

banner "d. release build (trunk build --release --offline)"
trunk build --release --offline
# The wasm is split (scripts/build-wasm.sh): the start module and the module of the later pages,
# in one app-<hash>/ directory. The size budgets live in one place, scripts/wasm-budget.
shopt -s nullglob
app_dirs=(dist/app-*/)
shopt -u nullglob
if [[ ${#app_dirs[@]} -ne 1 || ! -f "${app_dirs[0]}cert-planner_bg.wasm" ]]; then
    echo "expected one dist/app-<hash>/ directory with the start module cert-planner_bg.wasm, found ${#app_dirs[@]} directories" >&2
    exit 1
fi
budget() {
    awk -v name="$1" '$1 == name { print $2 }' scripts/wasm-budget
}
gzip_size() {
    gzip -9 -c "$1" | wc -c
}
start_module="${app_dirs[0]}cert-planner_bg.wasm"
start_gz=$(gzip_size "$start_module")
all_gz=0
for module in "${app_dirs[0]}"*.wasm; do
    module_gz=$(gzip_size "$module")
    all_gz=$((all_gz + module_gz))
    printf '%s: %d bytes raw, %d bytes gzip -9 (%d KiB)\n' "$module" "$(wc -c <"$module")" "$module_gz" $((module_gz / 1024))
done
over=0
for check in "start $start_gz the start module" "all $all_gz all modules together"; do
    read -r name measured what <<<"$check"
    limit=$(budget "$name")
    if [[ -z "$limit" ]]; then
        echo "scripts/wasm-budget has no \"$name\" line" >&2
        exit 1
    fi
    if ((measured > limit)); then
        printf 'over the size budget: %s measured %d bytes gzip -9, over the "%s" budget of %d bytes in scripts/wasm-budget by %d bytes\n' \
            "$what" "$measured" "$name" "$limit" $((measured - limit)) >&2
        over=1
    else
        printf 'within the size budget: %s, %d of %d bytes gzip -9\n' "$what" "$measured" "$limit"
    fi
done
((over == 0))

banner "e. end-to-end tests (node --test tests/e2e/*.test.mjs, release build at a sub-path)"
# The files are listed (the shell expands the pattern): since Node 21, `node --test` reads its
# arguments as file patterns, and a directory name matches nothing there. Two files at a time
# (Node's default on 2 cores is one): each waits on its browser most of the time.
node --test --test-concurrency=2 tests/e2e/*.test.mjs
