#!/usr/bin/env bash
# Benchmarks `bridges match solve` against SciPy, OR-Tools (min-cost flow) and lap on the same
# synthetic instances with n seekers, K candidate providers per seeker and capacities 1-3, in two
# shapes: "plentiful" (n providers: about two places per seeker) and "scarce" (n/4 providers: about
# two seekers per place, so half of them wait, the normal case of a buddy programme).
#
#   bench/pairing.sh                      # sizes 1000 10000 100000, both shapes, 30 candidates
#   bench/pairing.sh --sizes "1000 10000" --shapes scarce --candidates 30 --seed 7 --timeout 120
#   bench/pairing.sh --tools "ortools-mincostflow scipy-sparse"   # bridges always runs; these pick the others
#
# Needs Python 3 and PyPI; the venv lives in ${BENCH_VENV:-$HOME/.cache/bridges-bench-venv}.
# Instances are written under ${BENCH_DIR:-target/bench-pairing} (kept, so reruns skip generating).
set -euo pipefail

sizes="1000 10000 100000"
shapes="plentiful scarce"
candidates=30
seed=42
timeout=300
tools=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --shapes) shapes="$2"; shift 2 ;;
        --candidates) candidates="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --timeout) timeout="$2"; shift 2 ;;
        --tools)
            read -r -a tools <<<"$2"; shift 2
            for tool in "${tools[@]}"; do
                if [[ $tool == bridges ]]; then
                    echo "--tools picks the solvers bridges is compared with (ortools-mincostflow scipy-sparse" \
                        "scipy-dense lap-lapjv lap-lapmod); bridges always runs" >&2
                    exit 2
                fi
            done ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${BENCH_VENV:-$HOME/.cache/bridges-bench-venv}"
target="${CARGO_TARGET_DIR:-$root/target}"
work="${BENCH_DIR:-$target/bench-pairing}"

if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import scipy, ortools, lap, numpy" 2>/dev/null; then
    "$venv/bin/pip" install --quiet scipy ortools lap numpy
fi

echo "building bridges (release)..." >&2
cargo build --release --quiet -p bridges-cli --manifest-path "$root/Cargo.toml"
bridges="$target/release/bridges"

dirs=()
for shape in $shapes; do
    for n in $sizes; do
        case "$shape" in
            plentiful) providers="$n"; dir="$work/n${n}-k${candidates}-s${seed}" ;;
            scarce) providers=$((n / 4)); dir="$work/scarce-n${n}-p${providers}-k${candidates}-s${seed}" ;;
            *) echo "unknown shape $shape (plentiful or scarce)" >&2; exit 2 ;;
        esac
        if [[ ! -s "$dir/EDGES.csv" || ! -s "$dir/CAPS.csv" ]]; then
            "$bridges" match generate --seekers "$n" --providers "$providers" --candidates "$candidates" --seed "$seed" --out-dir "$dir" >&2
            rm -f "$dir/instance.npz"
        fi
        dirs+=("$dir")
    done
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
tool_args=()
if [[ ${#tools[@]} -gt 0 ]]; then
    tool_args=(--tools "${tools[@]}")
fi
"$venv/bin/python" "$root/bench/pairing_compare.py" --bridges "$bridges" --timeout "$timeout" "${tool_args[@]}" -- "${dirs[@]}"
