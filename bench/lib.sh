# Shared helpers of the bench/*.sh scripts (sourced, not run).

# run_timed OUT ERR cmd...: runs cmd with stdout to OUT and stderr to ERR.
# Sets WALL (seconds, ms precision, from date +%s%N), ELAPSED (/usr/bin/time %e),
# RSS_KB (/usr/bin/time %M) and RC (exit status). Never exits on failure.
run_timed() {
    local out=$1 err=$2; shift 2
    local tf t0 t1
    tf=$(mktemp)
    t0=$(date +%s%N)
    if /usr/bin/time -f '%e %M' -o "$tf" "$@" >"$out" 2>"$err"; then RC=0; else RC=$?; fi
    t1=$(date +%s%N)
    WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    # On failure /usr/bin/time writes "Command exited with non-zero status N" first.
    ELAPSED=; RSS_KB=
    read -r ELAPSED RSS_KB < <(tail -n 1 "$tf") || true
    [[ "$RSS_KB" =~ ^[0-9]+$ ]] || RSS_KB=0
    ELAPSED=${ELAPSED:-?}
    rm -f "$tf"
}

# ratio A B -> A / B with 4 decimals, or n/a
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b + 0 <= 0) print "n/a"; else printf "%.4f", a / b }'; }
# verdict_le VALUE GOAL -> PASS when VALUE <= GOAL; verdict_ge: when VALUE >= GOAL
verdict_le() { awk -v v="$1" -v g="$2" 'BEGIN { if (v == "n/a" || v == "") print "n/a"; else if (v + 0 <= g + 0) print "PASS"; else print "FAIL" }'; }
verdict_ge() { awk -v v="$1" -v g="$2" 'BEGIN { if (v == "n/a" || v == "") print "n/a"; else if (v + 0 >= g + 0) print "PASS"; else print "FAIL" }'; }
human_size() { awk -v b="$1" 'BEGIN { split("B KiB MiB GiB TiB", u); i = 1; while (b >= 1024 && i < 5) { b /= 1024; i++ } printf (i == 1 ? "%d %s" : "%.1f %s"), b, u[i] }'; }
file_size() { if [ -e "$1" ]; then stat -c %s "$1"; else echo 0; fi; }

# machine_facts: sets CPU, MEM_GIB and OS for the Markdown blocks the scripts print.
machine_facts() {
    CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
    [ -n "$CPU" ] || CPU=$(uname -m)
    MEM_GIB=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo "?")
    OS=$(uname -sr)
    if [ -r /etc/os-release ]; then OS=$(sed -n 's/^PRETTY_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' /etc/os-release); fi
}

# build_commit BUILD_DIR: sets COMMIT to the short commit of the source tree the build was
# configured from (CMAKE_HOME_DIRECTORY), with "+dirty" when tracked files were changed.
build_commit() {
    local src c
    src=$(sed -n 's/^CMAKE_HOME_DIRECTORY:[A-Z]*=//p' "$1/CMakeCache.txt" 2>/dev/null || true)
    COMMIT="unknown (built from ${src:-?}, not a git checkout)"
    if [ -n "$src" ] && c=$(git -C "$src" rev-parse --short HEAD 2>/dev/null); then
        COMMIT=$c
        if [ -n "$(git -C "$src" status --porcelain --untracked-files=no 2>/dev/null)" ]; then COMMIT+=+dirty; fi
    fi
}

# result_head: how every result block starts (after machine_facts and build_commit): the paste
# marker and the table's first rows (date, commit, machine, OS); the script adds its own rows.
result_head() {
    printf '\n---- paste into bench/README.md ----\n\n| | |\n|---|---|\n'
    printf '| Date | %s |\n| Commit | %s |\n| Machine | %s CPUs, %s GiB RAM, %s |\n| OS | %s, kernel %s |\n' \
        "$(date -u +%Y-%m-%d)" "$COMMIT" "$(nproc)" "$MEM_GIB" "$CPU" "$OS" "$(uname -r)"
}

# Median of the numbers on stdin, one per line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# check_release NAME BUILD_DIR: warns on stderr when BUILD_DIR is not a Release build; sets BUILD_TYPE.
check_release() {
    BUILD_TYPE=?
    if [ -f "$2/CMakeCache.txt" ]; then
        BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$2/CMakeCache.txt")
        [ "$BUILD_TYPE" = "Release" ] || echo "$1: warning: $2 has CMAKE_BUILD_TYPE='$BUILD_TYPE', not Release; numbers will not be representative" >&2
    fi
}

# make_work_dir DIR [MORE…]: creates the folders; the first is kept out of git.
make_work_dir() {
    mkdir -p "$@"
    [ -f "$1/.gitignore" ] || printf '*\n' > "$1/.gitignore"
}

# demo_source_case [--location-db]: the benchmark's source case. With $SOURCE set, checks it
# exists; else makes $WORK/source.hlcase from `demo-export --accounts $ACCOUNTS --exchanges
# $EXCHANGES --seed 7`, import and analyze (with a generated location database when asked),
# reused while those parameters stay the same. Sets SOURCE and DATA; uses the script's $HL,
# note, die and fail.
demo_source_case() {
    if [ -n "$SOURCE" ]; then
        [ -e "$SOURCE" ] || die "$SOURCE not found"
        DATA="$(basename "$SOURCE")"
        return
    fi
    local params="accounts=$ACCOUNTS exchanges=$EXCHANGES seed=7" location=()
    [ "${1:-}" = --location-db ] && location=(--location-db "$WORK/location.db")
    SOURCE="$WORK/source.hlcase"
    DATA="demo: $ACCOUNTS accounts, $EXCHANGES exchanges, seed 7"
    note "1. source case $SOURCE ($params)"
    if [ -e "$SOURCE" ] && [ "$(cat "$WORK/source.params" 2>/dev/null)" = "$params" ]; then
        echo "   exists with the same parameters, reusing it"
        return
    fi
    rm -rf "$WORK/export" "$SOURCE" "$SOURCE-wal" "$SOURCE-shm" "$WORK/source.params" "$WORK/location.db"
    "$HL" demo-export "$WORK/export" --accounts "$ACCOUNTS" --exchanges "$EXCHANGES" --seed 7 "${location[@]}" \
        >"$WORK/demo.out" 2>"$WORK/demo.err" || fail "hydralens demo-export" $? "$WORK/demo.err"
    "$HL" import "$WORK/export" --case "$SOURCE" >"$WORK/import.out" 2>"$WORK/import.err" \
        || fail "hydralens import" $? "$WORK/import.err"
    "$HL" analyze --case "$SOURCE" "${location[@]}" >"$WORK/analyze.out" 2>"$WORK/analyze.err" \
        || fail "hydralens analyze" $? "$WORK/analyze.err"
    rm -rf "$WORK/export"
    echo "$params" > "$WORK/source.params"
}
