#!/usr/bin/env bash
# Trunk pre_build hook (Trunk.toml): builds the app's wasm in two modules and puts them in the
# build, in a directory named after a hash of its content (app-<hash>/, so a host and the
# browser may cache it for good):
#
#   cert-planner_bg.wasm, cert-planner.js  the start module: the app, its store and the dashboard;
#   split_later_pages.wasm, __wasm_split.js every other page (src/ui/later_pages.rs), fetched on
#                                          the first visit to one of them;
#   chunk_*.wasm                           none today: code that several split-off modules share.
#
# Trunk 0.21 cannot split a wasm, so this hook does what its Rust pipeline would do, plus the split:
#   1. cargo builds the app with the `split` feature, linked with --emit-relocs (the relocations
#      let wasm-split-cli move functions from one module to another) and 16 MiB of memory to
#      start with (a journey of thousands of entries is read without growing it step by step:
#      6 ms of the start at 5,000 SEU entries; untouched memory costs the browser nothing);
#   2. wasm-split-cli (scripts/setup.sh installs it) cuts the wasm at the split points that
#      `wasm_split` marks in the code;
#   3. wasm-bindgen writes the JS glue of the start module (keeping the exports the other
#      module links to);
#   4. release builds: wasm-opt shrinks every module;
#   5. the start module's imports get short names (scripts/short-imports.mjs).
# scripts/post-build.mjs then points index.html's loader at the directory.
#
# Usage (Trunk sets these): TRUNK_PROFILE=release|debug TRUNK_STAGING_DIR=dir scripts/build-wasm.sh
#        scripts/build-wasm.sh --compile-only   # step 1 alone, release (scripts/test.sh runs it
#                                               # while the build tools are still being built)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

compile_only=0
if [[ "${1:-}" == --compile-only ]]; then
    compile_only=1
fi
profile="${TRUNK_PROFILE:-release}"
if ((compile_only == 0)); then
    staging="${TRUNK_STAGING_DIR:?build-wasm: TRUNK_STAGING_DIR is not set (run through trunk build)}"
fi
target_dir="${CARGO_TARGET_DIR:-target}"
work="$target_dir/wasm-split"
# wasm-opt's options: the features the wasm uses, then two size settings. wasm-opt may assume the
# low 1 KB of memory is unused (it folds constant offsets into loads and stores): Rust puts the
# 1 MB stack first and its data above it, so only a stack about to overflow reaches there
# (-2.9 KB gzip). A function with one caller is inlined only when it is small (up to 20 bytes,
# not any size): -4 KB gzip. --converge runs the passes again while they still shrink the module
# (later module -641 B gzip). The producers and target_features sections name the toolchain and
# the wasm features for tools; a browser never reads them (-182 B gzip in all).
WASM_OPT_OPTIONS=(-Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
    --enable-reference-types --enable-mutable-globals --enable-multivalue
    --low-memory-unused --one-caller-inline-max-function-size=20
    --strip-producers --strip-target-features)
# WASM_KEEP_NAMES=1 keeps the functions' names in the release modules, for a browser profile that
# names them (scripts/bench.sh's profile; never for a build that ships).
if [[ -n "${WASM_KEEP_NAMES:-}" ]]; then
    WASM_OPT_OPTIONS+=(-g)
fi

cargo_profile=()
profile_dir=debug
if [[ "$profile" == release ]]; then
    cargo_profile=(--release)
    profile_dir=release
fi

# The source paths of the crates from the registry are kept in the wasm (in the messages of a
# panic, which this app never shows): written from the crate's own directory, not the machine's
# (/root/.cargo/registry/src/index.crates.io-<hash>/serde_json-1.0.145/src/read.rs becomes
# serde_json-1.0.145/src/read.rs): start module -304 B gzip. The flags add to
# .cargo/config.toml's.
remap=()
for source in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
    remap+=("'--remap-path-prefix=$source='")
done
remap_config=""
if ((${#remap[@]})); then
    remap_config="$(IFS=,; echo "target.wasm32-unknown-unknown.rustflags=[${remap[*]}]")"
fi

echo "build-wasm: cargo ($profile, feature split)"
cargo ${remap_config:+--config "$remap_config"} \
    rustc --bin cert-planner --target wasm32-unknown-unknown --features split "${cargo_profile[@]}" \
    -- -C link-arg=--emit-relocs -C link-arg=--initial-memory=16777216
raw="$target_dir/wasm32-unknown-unknown/$profile_dir/cert-planner.wasm"
if ((compile_only)); then
    exit 0
fi

rm -rf "$work"
mkdir -p "$work/split" "$work/app"
echo "build-wasm: wasm-split-cli"
wasm-split-cli "$raw" "$work/split" --out-name cert-planner
echo "build-wasm: wasm-bindgen"
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
    --out-dir "$work/app" "$work/split/cert-planner.wasm"
rm "$work/split/cert-planner.wasm"
cp "$work/split/"* "$work/app/"

if [[ "$profile" == release ]]; then
    for module in "$work/app/"*.wasm; do
        echo "build-wasm: wasm-opt ${module##*/}"
        wasm-opt "${WASM_OPT_OPTIONS[@]}" "$module" -o "$module.opt"
        mv "$module.opt" "$module"
    done
fi

# The start module's imports get short names, in the module and its glue together
# (scripts/short-imports.mjs): start module -3.4 KB gzip, its glue -2.7 KB.
node scripts/short-imports.mjs "$work/app/cert-planner_bg.wasm" "$work/app/cert-planner.js"

hash="$(cd "$work/app" && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)"
cp -r "$work/app" "$staging/app-$hash"
echo "build-wasm: app-$hash/ written: $(cd "$work/app" && find . -type f | LC_ALL=C sort | tr '\n' ' ')"
