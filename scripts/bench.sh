#!/usr/bin/env bash
# Benchmark: sizes (raw / gzip -9 / brotli), Lighthouse scores and LCP, side by side with a bare
# Leptos page (bench/bare: the start module's size and the cold start to the page heading, with
# and without Lighthouse's mobile throttling, and their ratios), and timings at an empty log,
# 5,000 and 20,000 SEU entries (the next frame after adding an entry, a filter and opening each page). Prints figures; asserts nothing (the size budget is checked
# by scripts/test.sh).
#
#   ./scripts/bench.sh                # builds the release (trunk build --release --offline)
#   ./scripts/bench.sh path/to/dist   # takes a release build that is already there
#   RUNS=10 ./scripts/bench.sh        # medians of 10 runs (default 5)
#   NO_LIGHTHOUSE=1 ./scripts/bench.sh
#
# Lighthouse 13 is installed on first use into node_modules/.bench/ (not a dependency of the
# project, so ./scripts/test.sh stays quick to set up).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh >/dev/null

dist=${1:-}
if [[ -z $dist ]]; then
    trunk build --release --offline >/dev/null
    dist=dist
fi

# The bare Leptos page, built once into target/bare-dist (about 3 minutes on 2 cores).
bare=target/bare-dist
if [[ ! -f $bare/index.html ]]; then
    echo "[bench] building the bare Leptos page (bench/bare) once" >&2
    (cd bench/bare && CARGO_TARGET_DIR=../../target/bare trunk build --release --offline \
        --dist ../../target/bare-dist >/dev/null)
fi

lighthouse_args=()
if [[ -z ${NO_LIGHTHOUSE:-} ]]; then
    tools=node_modules/.bench
    cli=$tools/node_modules/lighthouse/cli/index.js
    if [[ ! -f $cli ]]; then
        echo "[bench] installing lighthouse 13 into $tools (once)" >&2
        mkdir -p "$tools"
        [[ -f $tools/package.json ]] || echo '{"private": true}' >"$tools/package.json"
        npm install --prefix "$tools" --no-audit --no-fund --loglevel=error lighthouse@13 >&2
    fi
    export LIGHTHOUSE_CLI=$PWD/$cli
    export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
else
    lighthouse_args=(--no-lighthouse)
fi

node scripts/bench.mjs "$dist" --bare "$bare" --runs "${RUNS:-5}" "${lighthouse_args[@]}"
