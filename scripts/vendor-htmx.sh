#!/usr/bin/env bash
# Re-vendors htmx from its npm package into crates/web/static/vendor/ (the binary embeds it).
set -euo pipefail
version=${1:-2.0.8}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "htmx.org@$version" >/dev/null && tar xzf "htmx.org-$version.tgz")
cp "$tmp/package/dist/htmx.min.js" "$here/crates/web/static/vendor/htmx.min.js"
cp "$tmp/package/LICENSE" "$here/crates/web/static/vendor/htmx.LICENSE"
echo "htmx $version vendored"
