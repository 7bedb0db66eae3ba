#!/usr/bin/env bash
# STIX benchmark: `hydralens export stix` of a case with many clusters labelled distillation, and
# `hydralens import-stix` of a partner bundle with 100,000 indicators (docs/stix.md).
#
#   bench/stix.sh [BUILD_DIR] [SOURCE_CASE]     (run from the repo root)
#
# Default BUILD_DIR: build. SOURCE_CASE: an analysed case, copied and never changed; without it
# the script makes one in the work directory: demo-export --accounts $ACCOUNTS (default 24000)
# --exchanges $EXCHANGES (default 3000000) --seed 7 --location-db, import, analyze with that
# location database (reused while the parameters are the same). The copy gets one distillation
# label per cluster, largest first, for $LABELS clusters (default 5000; every 3rd names one of 7
# actors). The bundle holds $INDICATORS indicators (default 100000): IPv4 addresses (60 %, 1 %
# of them IPs of the case), /24 networks (20 %), e-mail domains (15 %), AS numbers (5 %), plus
# $INDICATORS/10 malware and relationship objects to skip. $RUNS (default 5) runs of each step,
# the median counts; each import runs on a fresh copy of the labelled case (the copy is not
# timed). For scale, the same bundle read by python3's json.load. Work directory:
# bench/work-stix, or $BENCH_WORK. Needs a Release build and the Debian packages sqlite3, time
# and python3. See bench/README.md, "STIX benchmark".
set -euo pipefail

BUILD_DIR=${1:-build}
SOURCE=${2:-}
WORK=${BENCH_WORK:-bench/work-stix}
HL="$BUILD_DIR/app/hydralens"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ACCOUNTS=${ACCOUNTS:-24000}
EXCHANGES=${EXCHANGES:-3000000}
LABELS=${LABELS:-5000}
INDICATORS=${INDICATORS:-100000}
RUNS=${RUNS:-5}
CASE="$WORK/labelled.hlcase"
TARGET="$WORK/target.hlcase"
BUNDLE="$WORK/partner.json"
OUT="$WORK/export.json"

die() { echo "stix: error: $*" >&2; exit 1; }
fail() { echo "stix: error: $1 failed (exit $2). Last lines of $3:" >&2; tail -n 20 "$3" >&2; exit 2; }
note() { echo "== $*"; }

# ---------------------------------------------------------------- prerequisites
command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 not found; install the Debian package: apt-get install sqlite3"
command -v python3 >/dev/null 2>&1 || die "python3 not found; install the Debian package: apt-get install python3"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (the shell keyword 'time' is not enough); install the Debian package: apt-get install time"
date +%s%N | grep -qE '^[0-9]+$' || die "date +%s%N does not give nanoseconds (GNU coreutils date needed)"
[ -x "$HL" ] || die "hydralens binary not found at $HL; build first, e.g.: cmake -S . -B $BUILD_DIR -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR"
for v in ACCOUNTS EXCHANGES LABELS INDICATORS RUNS; do
    [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive whole number (got '${!v}')"
done
# run_timed, ratio, verdicts, sizes, machine facts, median, check_release, make_work_dir
source "$HERE/lib.sh"
check_release stix "$BUILD_DIR"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
make_work_dir "$WORK"


# ---------------------------------------------------------------- 1. the source case
demo_source_case --location-db

# ---------------------------------------------------------------- 2. copy and label
note "2. copy to $CASE, label $LABELS clusters distillation"
rm -f "$CASE" "$CASE-wal" "$CASE-shm"
cp "$SOURCE" "$CASE"
"$HL" labels --case "$CASE" >"$WORK/labels.out" 2>"$WORK/labels.err" || fail "hydralens labels (schema upgrade)" $? "$WORK/labels.err"
[ "$(sqlite3 "$CASE" 'SELECT count(*) FROM analysis_runs')" -gt 0 ] || die "$SOURCE has not been analysed; run: $HL analyze --case $SOURCE"
sqlite3 "$CASE" "INSERT INTO label_events(target_kind, target_id, verdict, actor, confidence, analyst, created_at, origin)
  SELECT 1, id, 'distillation', CASE WHEN id % 3 = 0 THEN 'Actor ' || (id % 7) END,
         CASE id % 4 WHEN 1 THEN 'low' WHEN 2 THEN 'medium' WHEN 3 THEN 'high' END, 'bench', 1767225600 + id, 'bulk'
  FROM clusters ORDER BY size DESC, id LIMIT $LABELS"
LABELLED=$(sqlite3 "$CASE" "SELECT count(DISTINCT target_id) FROM label_events WHERE target_kind = 1")
CLUSTERS=$(sqlite3 "$CASE" "SELECT count(*) FROM clusters")
echo "   $LABELLED of $CLUSTERS clusters labelled"

# ---------------------------------------------------------------- 3. export
note "3. hydralens export stix --case CASE --out $OUT, $RUNS runs (and once with --redact)"
EX_TIMES=()
SUMS=()
for _ in $(seq "$RUNS"); do
    run_timed "$WORK/export.out" "$WORK/export.err" "$HL" export stix --case "$CASE" --out "$OUT"
    [ "$RC" -eq 0 ] || fail "hydralens export stix" "$RC" "$WORK/export.err"
    EX_TIMES+=("$WALL")
    SUMS+=("$(sha256sum "$OUT" | cut -c1-16)")
done
EX_S=$(printf '%s\n' "${EX_TIMES[@]}" | median)
EX_RSS_MB=$((RSS_KB / 1024))
OBJECTS=$(sed -n 's/^\([0-9]*\) objects.*/\1/p' "$WORK/export.out")
SAME=$(printf '%s\n' "${SUMS[@]}" | sort -u | wc -l)
echo "   ${EX_TIMES[*]} s; median $EX_S s; $(cat "$WORK/export.out")"
run_timed "$WORK/redact.out" "$WORK/redact.err" "$HL" export stix --case "$CASE" --out "$WORK/redacted.json" --redact
[ "$RC" -eq 0 ] || fail "hydralens export stix --redact" "$RC" "$WORK/redact.err"
RED_S=$WALL
echo "   --redact: $RED_S s; $(cat "$WORK/redact.out")"

# ---------------------------------------------------------------- 4. the partner bundle
note "4. partner bundle $BUNDLE with $INDICATORS indicators"
sqlite3 "$CASE" "SELECT value FROM infra WHERE kind = 1 AND value NOT LIKE '%:%' ORDER BY id" > "$WORK/case_ips.txt"
python3 - "$BUNDLE" "$INDICATORS" "$WORK/case_ips.txt" <<'PY'
import json, random, sys, uuid
out, n, ips_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
case_ips = [l.strip() for l in open(ips_file) if l.strip()]
rng = random.Random(7)
ns = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
def oid(t, k): return f"{t}--{uuid.uuid5(ns, f'{t}|{k}')}"
ident = oid("identity", "partner")
objs = [{"type": "identity", "spec_version": "2.1", "id": ident, "created": "2026-03-01T00:00:00.000Z",
         "modified": "2026-03-01T00:00:00.000Z", "name": "Bench Partner", "identity_class": "organization"}]
for i in range(n):
    r = rng.random()
    if r < 0.6:
        ip = rng.choice(case_ips) if case_ips and rng.random() < 0.01 else \
            f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        pattern = f"[ipv4-addr:value = '{ip}']"
    elif r < 0.8:
        pattern = f"[ipv4-addr:value ISSUBSET '{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.0/24']"
    elif r < 0.95:
        pattern = f"[email-addr:value LIKE '%@mail{i}.partner-{rng.randrange(1000)}.example']"
    else:
        pattern = f"[autonomous-system:number = {rng.randrange(1, 400000)}]"
    objs.append({"type": "indicator", "spec_version": "2.1", "id": oid("indicator", i),
                 "created": "2026-03-01T00:00:00.000Z", "modified": "2026-03-01T00:00:00.000Z",
                 "created_by_ref": ident, "name": f"partner indicator {i}", "pattern": pattern,
                 "pattern_type": "stix", "valid_from": "2026-03-01T00:00:00Z",
                 "object_marking_refs": ["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"]})
for i in range(n // 20):
    m = oid("malware", i)
    objs.append({"type": "malware", "spec_version": "2.1", "id": m, "created": "2026-03-01T00:00:00.000Z",
                 "modified": "2026-03-01T00:00:00.000Z", "name": f"tool {i}", "is_family": False})
    objs.append({"type": "relationship", "spec_version": "2.1", "id": oid("relationship", i),
                 "created": "2026-03-01T00:00:00.000Z", "modified": "2026-03-01T00:00:00.000Z",
                 "relationship_type": "indicates", "source_ref": oid("indicator", i), "target_ref": m})
json.dump({"type": "bundle", "id": oid("bundle", n), "objects": objs}, open(out, "w"), indent=2)
PY
BUNDLE_OBJECTS=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['objects']))" "$BUNDLE")
echo "   $BUNDLE_OBJECTS objects, $(human_size "$(file_size "$BUNDLE")")"

# ---------------------------------------------------------------- 5. import
note "5. hydralens import-stix BUNDLE --case (fresh copy), $RUNS runs; python3 json.load for scale"
IM_TIMES=()
PY_TIMES=()
for _ in $(seq "$RUNS"); do
    rm -f "$TARGET" "$TARGET-wal" "$TARGET-shm"
    cp "$CASE" "$TARGET"
    run_timed "$WORK/importstix.out" "$WORK/importstix.err" "$HL" import-stix "$BUNDLE" --case "$TARGET"
    [ "$RC" -eq 0 ] || fail "hydralens import-stix" "$RC" "$WORK/importstix.err"
    IM_TIMES+=("$WALL")
    IM_RSS_MB=$((RSS_KB / 1024))
    run_timed /dev/null "$WORK/py.err" python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$BUNDLE"
    [ "$RC" -eq 0 ] || { cat "$WORK/py.err" >&2; die "python3 json.load failed"; }
    PY_TIMES+=("$WALL")
done
IM_S=$(printf '%s\n' "${IM_TIMES[@]}" | median)
PY_S=$(printf '%s\n' "${PY_TIMES[@]}" | median)
VALUES=$(sed -n 's/.*objects; \([0-9]*\) partner indicator values.*/\1/p' "$WORK/importstix.out")
HITS=$(sed -n 's/^Clusters hitting partner indicators: \([0-9]*\).*/\1/p' "$WORK/importstix.out")
echo "   ${IM_TIMES[*]} s; median $IM_S s; $VALUES values; $HITS clusters hit; python3 json.load median $PY_S s"

# ---------------------------------------------------------------- 6. result
machine_facts
build_commit "$BUILD_DIR"
result_head
printf '| sqlite3 | %s |\n| Data | %s; %s of %s clusters labelled distillation |\n' \
    "$(sqlite3 --version | cut -d' ' -f1)" "$DATA" "$LABELLED" "$CLUSTERS"
printf '| Export | %s objects, %s |\n' "$OBJECTS" "$(human_size "$(file_size "$OUT")")"
printf '| Partner bundle | %s objects (%s indicators), %s |\n\n' "$BUNDLE_OBJECTS" "$INDICATORS" \
    "$(human_size "$(file_size "$BUNDLE")")"
printf '| Measure | HydraLens | For scale |\n|---|---|---|\n'
printf '| export stix (wall s, median of %s) | %s | |\n' "$RUNS" "$EX_S"
printf '| export stix --redact (wall s, one run) | %s | |\n' "$RED_S"
printf '| Export peak RSS (MB) | %s | |\n' "$EX_RSS_MB"
printf '| Identical export over %s runs | %s | |\n' "$RUNS" "$([ "$SAME" -eq 1 ] && echo yes || echo no)"
printf '| import-stix, %s indicators → %s values, %s clusters hit (wall s, median of %s) | %s | python3 json.load of the bundle: %s |\n' \
    "$INDICATORS" "$VALUES" "$HITS" "$RUNS" "$IM_S" "$PY_S"
printf '| Import peak RSS (MB) | %s | |\n' "$IM_RSS_MB"
