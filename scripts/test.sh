#!/usr/bin/env bash
# Full check: lint, host tests, headless-browser tests, release build, e2e.
# Stops at the first failure. Installs (once) what it needs; see scripts/setup.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

START_SECONDS=$SECONDS
CURRENT_STEP="setup"
finish() {
    local rc=$?
    local elapsed=$((SECONDS - START_SECONDS))
    if [[ $rc -eq 0 ]]; then
        printf '\n==== ALL CHECKS PASSED in %dm%02ds ====\n' $((elapsed / 60)) $((elapsed % 60))
    else
        printf '\n==== FAILED at step "%s" (exit %d) after %dm%02ds ====\n' \
            "$CURRENT_STEP" "$rc" $((elapsed / 60)) $((elapsed % 60)) >&2
    fi
}
trap finish EXIT

banner() {
    CURRENT_STEP="$*"
    printf '\n==== %s ====\n' "$*"
}

banner "setup: build tools"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

banner "setup: test tools"
# Debian packages for the browser tests (apt-get, once): Chromium and chromedriver; Firefox ESR;
# WebKitGTK's WebDriver with an X server to run it in (xvfb-run) and the Python bindings that
# tests/e2e/webkit-browser.py uses. Installed when any is missing, all in one apt-get run.
TEST_PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb python3-gi gir1.2-gtk-3.0 gir1.2-webkit2-4.1)
missing_packages=()
for package in "${TEST_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed'; then
        missing_packages+=("$package")
    fi
done
if [[ ${#missing_packages[@]} -eq 0 ]]; then
    echo "[setup] browser test packages: already installed (${TEST_PACKAGES[*]})"
else
    echo "[setup] browser test packages: installing ${missing_packages[*]} with apt-get"
    SUDO=()
    if [[ $(id -u) -ne 0 ]]; then
        SUDO=(sudo)
    fi
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_packages[@]}"
fi
# geckodriver (Firefox's WebDriver) from crates.io, pinned: 0.37.1 builds with rustc 1.95.
GECKODRIVER_VERSION=0.37.1
geckodriver_have="$(geckodriver --version 2>/dev/null | head -n 1 || true)"
if [[ "$geckodriver_have" == "geckodriver $GECKODRIVER_VERSION" ]]; then
    echo "[setup] geckodriver: $GECKODRIVER_VERSION already installed"
else
    echo "[setup] geckodriver: installing $GECKODRIVER_VERSION (found: ${geckodriver_have:-none})"
    # Its own temporary target directory, not the crate's.
    env -u CARGO_TARGET_DIR cargo install geckodriver --version "=$GECKODRIVER_VERSION" --locked
fi

banner "a. format and lint"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

banner "b. host tests (cargo test)"
cargo test

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

banner "d. release build (trunk build --release --offline)"
trunk build --release --offline
shopt -s nullglob
wasm_files=(dist/*.wasm)
shopt -u nullglob
if [[ ${#wasm_files[@]} -ne 1 ]]; then
    echo "expected exactly one .wasm in dist/, found ${#wasm_files[@]}" >&2
    exit 1
fi
wasm_raw=$(wc -c <"${wasm_files[0]}")
wasm_gz=$(gzip -9 -c "${wasm_files[0]}" | wc -c)
printf '%s: %d bytes raw (%d KiB), %d bytes gzip -9 (%d KiB)\n' \
    "${wasm_files[0]}" "$wasm_raw" $((wasm_raw / 1024)) "$wasm_gz" $((wasm_gz / 1024))
# The size budget lives in one place, scripts/wasm-budget: the most the release wasm may weigh
# (bytes, gzip -9). It only ever goes down; a change that grows the wasm past it fails here.
wasm_budget=$(tr -dc '0-9' <scripts/wasm-budget)
if ((wasm_gz > wasm_budget)); then
    printf '%s: the release wasm measured %d bytes gzip -9 (%d raw), over the budget of %d bytes in scripts/wasm-budget by %d bytes\n' \
        "${wasm_files[0]}" "$wasm_gz" "$wasm_raw" "$wasm_budget" $((wasm_gz - wasm_budget)) >&2
    exit 1
fi
printf 'within the size budget: %d of %d bytes gzip -9\n' "$wasm_gz" "$wasm_budget"

banner "e. end-to-end tests (node --test tests/e2e/, release build at a sub-path)"
node --test tests/e2e/
