#!/usr/bin/env bash
# Contract test of the bridges JSON API against its own OpenAPI document, with Schemathesis 4.x.
#
#   run.sh [DATA_DIR] [PORT]
#
# Starts `bridges serve --demo` on 127.0.0.1:PORT with a throwaway DATA_DIR, logs in as the demo
# owner and makes an API token (get_token.py), runs Schemathesis on every operation with a bounded
# number of examples (authenticated, then a short anonymous pass), stops the server, and exits
# non-zero if anything was found (or if the server, the login or Schemathesis itself failed).
#
# DATA_DIR  default: a new temporary folder, removed at the end. An existing folder is used as it
#           is (the demo organisation is refreshed, other data stays): give a fresh one in CI.
# PORT      default: 18080
#
# Environment (all optional):
#   BRIDGES_BIN         the bridges binary (default: ./bridges beside this script, else `bridges` on PATH)
#   ST_MAX_EXAMPLES     examples per operation and phase, authenticated pass (default 25)
#   ST_ANON_EXAMPLES    the same for the anonymous pass; 0 skips it (default 10)
#   ST_SEED             Hypothesis seed, for reproducible runs (default 1)
#   ST_WORKERS          concurrent workers (default 1)
#   ST_TIME_LIMIT       hard limit in seconds for each Schemathesis pass (default 150)
#   ST_REPORT_DIR       where JUnit/NDJSON reports and logs go (default ./schemathesis-report)
# Needs: python3 with schemathesis==4.32.5 (it brings requests), curl.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA_DIR="${1:-}"
PORT="${2:-18080}"
MAX_EXAMPLES="${ST_MAX_EXAMPLES:-25}"
ANON_EXAMPLES="${ST_ANON_EXAMPLES:-10}"
SEED="${ST_SEED:-1}"
WORKERS="${ST_WORKERS:-1}"
TIME_LIMIT="${ST_TIME_LIMIT:-150}"
REPORT_DIR="${ST_REPORT_DIR:-$PWD/schemathesis-report}"
BASE="http://127.0.0.1:${PORT}"
SPEC="${BASE}/api/openapi.json"
CHECKS="not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance,negative_data_rejection,positive_data_acceptance,missing_required_header,unsupported_method,use_after_free,ensure_resource_availability,ignored_auth"

die() { echo "run.sh: $*" >&2; exit 2; }

if [[ -n "${BRIDGES_BIN:-}" ]]; then BIN="$BRIDGES_BIN"
elif [[ -x "$HERE/bridges" ]]; then BIN="$HERE/bridges"
else BIN="$(command -v bridges || true)"; fi
[[ -n "$BIN" && -x "$BIN" ]] || die "no bridges binary (set BRIDGES_BIN)"
ST="$(command -v schemathesis || true)"
[[ -n "$ST" ]] || ST="$(python3 -c 'import os, sys; print(os.path.join(os.path.dirname(sys.executable), "schemathesis"))')"
[[ -x "$ST" ]] || die "schemathesis not found: pip install schemathesis==4.32.5"
command -v curl >/dev/null || die "curl not found"
[[ -f "$HERE/schemathesis.toml" && -f "$HERE/get_token.py" ]] || die "schemathesis.toml and get_token.py must sit beside run.sh"

TMP_DATA=""
if [[ -z "$DATA_DIR" ]]; then
    TMP_DATA="$(mktemp -d)"
    DATA_DIR="$TMP_DATA/data"
fi
mkdir -p "$REPORT_DIR"
SERVER_LOG="$REPORT_DIR/server.log"
SERVER_PID=""

cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    [[ -n "$TMP_DATA" ]] && rm -rf "$TMP_DATA"
    [[ -n "${CONFIG:-}" ]] && rm -f "$CONFIG"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The demo publishes its service directory: its key lets the HSDS read API's paths reach real
# records (random keys still probe the 404s).
DEMO_ORG="Riverside Welcome Network (demo, fictional)"
BRIDGES_DATA="$DATA_DIR" "$BIN" demo >/dev/null || die "bridges demo failed"
HSDS_KEY="$(BRIDGES_DATA="$DATA_DIR" "$BIN" directory publish --org "$DEMO_ORG" --as demo-coordinator@example.org \
    | sed -n 's|.*/api/hsds/\([0-9a-f]*\).*|\1|p')"
[[ -n "$HSDS_KEY" ]] || die "could not publish the directory"
CONFIG="$(mktemp)"
sed -e "s|^languages = .*|&\nhsds_keys = { values = [\"$HSDS_KEY\"] }|" \
    -e "s|^\"query.lang\" = .*|&\n\"path.key\" = { dictionary = \"hsds_keys\", probability = 0.8 }|" \
    "$HERE/schemathesis.toml" >"$CONFIG"

echo "== starting $BIN on $BASE (data: $DATA_DIR)"
BRIDGES_DATA="$DATA_DIR" "$BIN" serve --listen "127.0.0.1:${PORT}" --demo >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$SERVER_LOG" >&2; die "server exited during start"; }
    curl -sf -o /dev/null "$SPEC" && break
    sleep 0.5
done
curl -sf -o "$REPORT_DIR/openapi.json" "$SPEC" || { cat "$SERVER_LOG" >&2; die "server not answering on $SPEC"; }

PASSWORD="$(sed -n 's/.*with the password \([^ ]*\).*/\1/p' "$SERVER_LOG" | head -n1)"
[[ -n "$PASSWORD" ]] || { cat "$SERVER_LOG" >&2; die "no demo password in the server output"; }
BRIDGES_TOKEN="$(python3 "$HERE/get_token.py" --base "$BASE" --email demo-owner@example.org --password "$PASSWORD")" \
    || die "could not get an API token"
export BRIDGES_TOKEN

status=0
started=$SECONDS

# 1. Authenticated: the token goes to the operations whose spec requires `bearer`; the public ones
#    (search, guidance, frameworks, practices) are called without it, as the spec says they may be.
echo "== schemathesis, authenticated (max $MAX_EXAMPLES examples per operation and phase)"
timeout "$TIME_LIMIT" "$ST" --config-file "$CONFIG" run "$SPEC" \
    --checks "$CHECKS" --max-examples "$MAX_EXAMPLES" --seed "$SEED" --workers "$WORKERS" \
    --continue-on-failure --request-timeout 10 --no-color \
    --report junit,ndjson --report-dir "$REPORT_DIR" \
    --report-junit-path "$REPORT_DIR/junit-auth.xml" --report-ndjson-path "$REPORT_DIR/auth.ndjson" \
    | tee "$REPORT_DIR/auth.txt"
rc=${PIPESTATUS[0]}
[[ $rc -eq 124 ]] && echo "run.sh: authenticated pass hit the ${TIME_LIMIT}s limit" >&2
[[ $rc -ne 0 ]] && status=1

# 2. Anonymous: every operation with no Authorization header at all (protected ones must answer
#    401). The authenticated pass already sends missing and malformed credentials as probes.
if [[ "$ANON_EXAMPLES" -gt 0 ]]; then
    echo "== schemathesis, anonymous (max $ANON_EXAMPLES examples per operation and phase)"
    ANON_CONFIG="$(mktemp)"
    printf "[dictionaries]\nhsds_keys = { values = [\"$HSDS_KEY\"] }\n[parameters]\n\"path.key\" = { dictionary = \"hsds_keys\", probability = 0.8 }\n[checks.response_schema_conformance]\nvalidate-formats = true\n[checks.positive_data_acceptance]\nexpected-statuses = [\"2XX\", \"401\", \"404\", \"409\", \"422\"]\n" >"$ANON_CONFIG"
    timeout "$TIME_LIMIT" env -u BRIDGES_TOKEN "$ST" --config-file "$ANON_CONFIG" run "$SPEC" \
        --checks "$CHECKS" --max-examples "$ANON_EXAMPLES" --seed "$SEED" --workers "$WORKERS" \
        --phases coverage,fuzzing --generation-with-security-parameters false --continue-on-failure --request-timeout 10 --no-color \
        --report junit,ndjson --report-dir "$REPORT_DIR" \
        --report-junit-path "$REPORT_DIR/junit-anon.xml" --report-ndjson-path "$REPORT_DIR/anon.ndjson" \
        | tee "$REPORT_DIR/anon.txt"
    rc=${PIPESTATUS[0]}
    rm -f "$ANON_CONFIG"
    [[ $rc -eq 124 ]] && echo "run.sh: anonymous pass hit the ${TIME_LIMIT}s limit" >&2
    [[ $rc -ne 0 ]] && status=1
fi

echo "== done in $((SECONDS - started)) s; reports in $REPORT_DIR"
if [[ $status -ne 0 ]]; then
    echo "run.sh: the API breaks its OpenAPI contract (see above and $REPORT_DIR)" >&2
else
    echo "run.sh: no findings"
fi
exit $status
