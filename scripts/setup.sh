#!/usr/bin/env bash
# Install everything needed to BUILD the app (idempotent; every step skips what
# is already installed at the right version and prints one line).
#
#   ./scripts/setup.sh          # run it
#   source scripts/setup.sh     # or source it: also puts the tools on PATH
#
# Needs: rustup (it installs the Rust in rust-toolchain.toml, 1.95.0, on first use), and
# Node 20, 22 or 24 with its npm.
# Installs: the wasm32-unknown-unknown target, Trunk 0.21.x, the wasm-bindgen
# CLI at exactly the version in Cargo.lock, and the npm devDependencies from
# package-lock.json (binaryen 132 => wasm-opt, playwright-core, axe-core).
# Puts <repo>/node_modules/.bin and ~/.cargo/bin in front of PATH so Trunk
# (which runs with offline = true) finds wasm-bindgen and wasm-opt there.

# Safe to source: no shell options are changed in the caller's shell; the
# install steps run in a subshell with `set -euo pipefail`.

CERT_PLANNER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CERT_PLANNER_ROOT

setup_log() { printf '[setup] %s\n' "$*"; }

# Prepend a directory to PATH unless it is already the first entry.
setup_path_prepend() {
    case ":${PATH}:" in
        ":$1:"*) ;;
        *) PATH="$1:${PATH}" ;;
    esac
}

setup_export_path() {
    setup_path_prepend "${CARGO_HOME:-$HOME/.cargo}/bin"
    setup_path_prepend "${CERT_PLANNER_ROOT}/node_modules/.bin"
    export PATH
}

# Version of the `wasm-bindgen` package recorded in Cargo.lock.
setup_lock_wasm_bindgen_version() {
    awk '
        /^\[\[package\]\]/ { in_pkg = 0 }
        /^name = "wasm-bindgen"$/ { in_pkg = 1; next }
        in_pkg && /^version = / { gsub(/"/, "", $3); print $3; exit }
    ' "${CERT_PLANNER_ROOT}/Cargo.lock"
}

# `cargo install` for the tools. Their own release profiles (Trunk's: fat LTO, one codegen unit)
# spend minutes of a fresh machine's set-up optimising tools that run for seconds. Here they are
# built at opt-level 0 in 256 codegen units, without LTO or debug info (Trunk: 3m17s instead of
# 8m22s at opt-level 1, and its build of the app takes as long). Only the crates that read and
# rewrite the wasm, the work wasm-bindgen and wasm-split-cli do, keep opt-level 1: at opt-level 0
# the browser tests' wasm-bindgen-test-runner took 16 s instead of 5 s (7 s with these at 1).
SETUP_TOOLS_HOT_CRATES=(walrus wasmparser wasm-encoder wasm-bindgen-cli-support wasm_split_cli_support)
setup_cargo_install() {
    local config=() crate
    for crate in "${SETUP_TOOLS_HOT_CRATES[@]}"; do
        config+=(--config "profile.release.package.$crate.opt-level=1")
    done
    CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 \
        CARGO_PROFILE_RELEASE_DEBUG=0 env -u CARGO_TARGET_DIR cargo "${config[@]}" install "$@"
}

setup_require() {
    local cmd
    for cmd in "$@"; do
        if ! command -v "$cmd" >/dev/null 2>&1; then
            echo "[setup] ERROR: '$cmd' not found on PATH (need rustup/cargo and node/npm)" >&2
            return 1
        fi
    done
}

# The oldest Node the project supports, and the lines it is tested on (package.json "engines").
SETUP_NODE_OLDEST=20
SETUP_NODE_TESTED="20 22 24"
setup_step_node() {
    local version major
    version="$(node -p 'process.versions.node')"
    major="${version%%.*}"
    if ((major < SETUP_NODE_OLDEST)); then
        echo "[setup] ERROR: Node $version is older than Node $SETUP_NODE_OLDEST, the oldest this project" \
            "supports; install Node 20, 22 or 24 (https://nodejs.org) and run this again" >&2
        return 1
    fi
    if [[ " $SETUP_NODE_TESTED " == *" $major "* ]]; then
        setup_log "node: $version (a supported line)"
    else
        setup_log "node: $version (not one of the tested lines $SETUP_NODE_TESTED; going on)"
    fi
}

setup_step_rust_target() {
    local installed
    installed="$(rustup target list --installed)"
    if grep -qx 'wasm32-unknown-unknown' <<<"$installed"; then
        setup_log "rust target wasm32-unknown-unknown: already installed"
    else
        setup_log "rust target wasm32-unknown-unknown: installing"
        rustup target add wasm32-unknown-unknown
    fi
}

setup_step_trunk() {
    local have=""
    have="$(trunk --version 2>/dev/null || true)"
    if [[ "$have" =~ ^trunk\ 0\.21\.[0-9]+ ]]; then
        setup_log "trunk: ${have#trunk } already installed"
    else
        setup_log "trunk: installing 0.21.x (found: ${have:-none})"
        # 0.22 needs a newer rustc than 1.95 at the time of writing. No default features: no TLS
        # and no update check, which a build with offline = true never uses.
        setup_cargo_install trunk --locked --version '~0.21' --no-default-features
    fi
}

setup_step_wasm_bindgen() {
    local want have="" pinned
    want="$(setup_lock_wasm_bindgen_version)"
    if [[ -z "$want" ]]; then
        echo "[setup] ERROR: could not find the wasm-bindgen version in Cargo.lock" >&2
        return 1
    fi
    # Trunk.toml pins [tools] wasm_bindgen; with offline = true a mismatch with
    # the installed CLI fails the build, so keep the two in sync.
    pinned="$(sed -n 's/^[[:space:]]*wasm_bindgen[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' \
        "${CERT_PLANNER_ROOT}/Trunk.toml" 2>/dev/null || true)"
    pinned="${pinned%%$'\n'*}"
    if [[ -n "$pinned" && "$pinned" != "$want" ]]; then
        echo "[setup] ERROR: Trunk.toml pins wasm_bindgen = \"$pinned\" but Cargo.lock has wasm-bindgen $want;" \
            "update [tools] wasm_bindgen in Trunk.toml" >&2
        return 1
    fi
    have="$(wasm-bindgen --version 2>/dev/null || true)"
    if [[ "$have" =~ ^wasm-bindgen\ ([^ ]+) && "${BASH_REMATCH[1]}" == "$want" ]] \
        && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
        setup_log "wasm-bindgen-cli: $want already installed"
    else
        setup_log "wasm-bindgen-cli: installing $want (found: ${have:-none})"
        # Not --locked, the one install here without it: the lockfile published with
        # wasm-bindgen-cli 0.2.130 pins webpki-roots 1.0.11, which is gone from the registry, so a
        # locked install fails; unlocked, its dependencies resolve afresh within their semver ranges.
        # No default features: no TLS (the test runner speaks plain HTTP to the local chromedriver).
        setup_cargo_install wasm-bindgen-cli --version "=$want" --no-default-features
    fi
}

# wasm-split-cli splits the release wasm into the start module and the module of the later pages
# (scripts/build-wasm.sh). Pinned: it must read the split points that Leptos's wasm_split_helpers
# (Cargo.lock) writes into the wasm.
WASM_SPLIT_CLI_VERSION=0.2.4
setup_step_wasm_split() {
    if [[ -x "${CARGO_HOME:-$HOME/.cargo}/bin/wasm-split-cli" ]] \
        && grep -q "\"wasm_split_cli_support $WASM_SPLIT_CLI_VERSION " "${CARGO_HOME:-$HOME/.cargo}/.crates.toml" 2>/dev/null; then
        setup_log "wasm-split-cli: $WASM_SPLIT_CLI_VERSION already installed"
    else
        setup_log "wasm-split-cli: installing $WASM_SPLIT_CLI_VERSION"
        setup_cargo_install wasm_split_cli_support --version "=$WASM_SPLIT_CLI_VERSION" --features build-binary --locked
    fi
}

setup_npm_stamp() {
    cat "${CERT_PLANNER_ROOT}/package.json" "${CERT_PLANNER_ROOT}/package-lock.json" \
        | sha256sum | cut -d' ' -f1
}

setup_step_npm() {
    local stamp_file="${CERT_PLANNER_ROOT}/node_modules/.setup-stamp" want have=""
    want="$(setup_npm_stamp)"
    [[ -f "$stamp_file" ]] && have="$(cat "$stamp_file")"
    if [[ "$have" == "$want" && -x "${CERT_PLANNER_ROOT}/node_modules/.bin/wasm-opt" ]]; then
        setup_log "npm packages: up to date with package-lock.json"
    else
        setup_log "npm packages: npm ci"
        (cd "${CERT_PLANNER_ROOT}" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
        printf '%s\n' "$want" >"$stamp_file"
    fi
}

setup_step_report() {
    local opt
    opt="$(command -v wasm-opt)"
    case "$opt" in
        "${CERT_PLANNER_ROOT}/node_modules/.bin/"*) ;;
        *)
            echo "[setup] ERROR: wasm-opt resolves to '$opt', expected node_modules/.bin/wasm-opt" >&2
            return 1
            ;;
    esac
    setup_log "tools on PATH: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
}

# Runs one step and, when SETUP_TIMINGS_FILE names a file (scripts/test.sh sets it), appends
# "<seconds> <step>" to it, for the table of minutes by step that test.sh prints at the end.
setup_timed() {
    local name="$1" started=$SECONDS
    shift
    "$@"
    if [[ -n "${SETUP_TIMINGS_FILE:-}" ]]; then
        printf '%d   setup: %s%s\n' $((SECONDS - started)) "$name" "${SETUP_TIMING_NOTE:-}" >>"$SETUP_TIMINGS_FILE"
    fi
}

# geckodriver (Firefox's WebDriver, for the end-to-end tests only: scripts/test.sh installs it)
# from crates.io, pinned: 0.37.1 builds with rustc 1.95.
GECKODRIVER_VERSION=0.37.1
setup_step_geckodriver() {
    local have
    have="$(geckodriver --version 2>/dev/null | head -n 1 || true)"
    if [[ "$have" == "geckodriver $GECKODRIVER_VERSION" ]]; then
        setup_log "geckodriver: $GECKODRIVER_VERSION already installed"
    else
        setup_log "geckodriver: installing $GECKODRIVER_VERSION (found: ${have:-none})"
        setup_cargo_install geckodriver --version "=$GECKODRIVER_VERSION" --locked
    fi
}

# The wasm-bindgen CLI, Trunk and wasm-split-cli: needed to test the app in a browser and to build
# it, not to lint it or test it on the host. With SETUP_WASM_BINDGEN_READY naming a file, that
# file is made as soon as the wasm-bindgen CLI is in place (scripts/test.sh's browser tests need
# it before the others).
setup_build_tools() {
    (
        set -euo pipefail
        cd "${CERT_PLANNER_ROOT}"
        setup_timed "wasm-bindgen-cli" setup_step_wasm_bindgen
        if [[ -n "${SETUP_WASM_BINDGEN_READY:-}" ]]; then
            touch "$SETUP_WASM_BINDGEN_READY"
        fi
        setup_timed "trunk" setup_step_trunk
        setup_timed "wasm-split-cli" setup_step_wasm_split
        setup_step_report
    )
}

# Everything; with SETUP_DEFER_BUILD_TOOLS=1 all but `setup_build_tools`, which the caller runs
# when it likes (scripts/test.sh: in the background while the lint and the host tests run).
setup_main() {
    (
        set -euo pipefail
        cd "${CERT_PLANNER_ROOT}"
        setup_require rustup cargo node npm awk sha256sum
        setup_timed "node" setup_step_node
        setup_timed "rust toolchain and wasm32 target" setup_step_rust_target
        setup_timed "npm packages" setup_step_npm
    )
    # Not `( ... ) || return`: in a `||` context bash would ignore `set -e` inside the subshell.
    local rc=$?
    if [[ $rc -ne 0 ]]; then
        return "$rc"
    fi
    if [[ "${SETUP_DEFER_BUILD_TOOLS:-0}" != 1 ]]; then
        setup_build_tools
    fi
}

setup_export_path
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    setup_main
else
    # Sourced. Not `setup_main || return`: in a `||` context bash would ignore
    # `set -e` inside the install subshell. A caller running with `set -e`
    # (scripts/serve.sh, scripts/test.sh) stops here if setup fails.
    setup_main
    _setup_rc=$?
    if [[ $_setup_rc -ne 0 ]]; then
        return "$_setup_rc"
    fi
    unset _setup_rc
fi
