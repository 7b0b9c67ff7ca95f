#!/usr/bin/env bash
# Build and serve the app at http://127.0.0.1:8080 (debug build, rebuilds on
# changes to src/, style/, index.html; reload the page by hand).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
exec trunk serve --offline --address 127.0.0.1 --port 8080 "$@"
