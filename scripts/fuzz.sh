#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz preset, Clang) and runs each for a while, one after another.
#   scripts/fuzz.sh [seconds-per-target] [target…]      e.g. scripts/fuzz.sh 60 fuzz_money fuzz_phone
# FUZZ_PRESET=asan uses the fuzzers of the asan preset instead (Debug; CI builds that tree anyway, so it compiles
# nothing twice); the fuzz preset (RelWithDebInfo) runs several times more executions per second.
# FUZZ_RUNS=N runs each target for N executions instead (no time limit unless seconds are given too).
# Each target starts from a fresh temporary corpus seeded from tests/data/ (nothing generated is kept in the tree).
# A finding (crash, sanitizer report, failed check) is copied to build/<preset>/findings/<target>/ and the script exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
preset=${FUZZ_PRESET:-fuzz}
case "$preset" in fuzz | asan) ;; *) echo "FUZZ_PRESET must be fuzz or asan" >&2; exit 2 ;; esac

seconds_given=${1:+yes}
seconds=${1:-60}
shift || true
all_targets=(fuzz_invoice fuzz_invoice_page fuzz_status_check fuzz_refunds fuzz_subscriptions fuzz_catalog
             fuzz_error_mapper fuzz_antom fuzz_money fuzz_phone fuzz_counter_draft fuzz_static_qr)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# Seeds of each target: folders of tests/data/ (plus the broken documents for every JSON reader).
seeds_of() {
    case "$1" in
        fuzz_invoice)        echo invoice_create invoice_detail cancel health broken ;;
        fuzz_invoice_page)   echo invoices_list broken ;;
        fuzz_status_check)   echo status_check broken ;;
        fuzz_refunds)        echo refund_create invoice_refunds refunds_list broken ;;
        fuzz_subscriptions)  echo subscription subscriptions_list subscription_invoices broken ;;
        fuzz_catalog)        echo catalog_units catalog_list catalog_upload catalog_create catalog_write broken ;;
        fuzz_error_mapper)   echo errors ;;
        fuzz_static_qr)      echo static_qr broken ;;
        fuzz_antom)          echo antom ;;
        fuzz_money | fuzz_phone) echo ;;
        fuzz_counter_draft)  echo ;;
        *) echo "unknown fuzz target: $1" >&2; exit 2 ;;
    esac
}

# Small hand-written seeds for the scalar parsers and the draft reader.
extra_seeds() {
    local dir=$2
    case "$1" in
        fuzz_money)
            printf '%s' '15000' > "$dir/s1"; printf '%s' '15 000,50' > "$dir/s2"; printf '%s' '-3.10' > "$dir/s3"
            printf '%s' '1,000,000.5' > "$dir/s4"; printf '15\xc2\xa0000.00' > "$dir/s5"; printf '%s' '99999999999.99' > "$dir/s6" ;;
        fuzz_phone)
            printf '%s' '+7 700 123 45 67' > "$dir/s1"; printf '%s' '8 (700) 123-45-67' > "$dir/s2"
            printf '%s' '7001234567' > "$dir/s3"; printf '%s' '77001234567' > "$dir/s4" ;;
        fuzz_counter_draft)
            cat > "$dir/s1" <<'JSON'
{"version": 1, "cart_mode": true, "amount_text": "15 000", "phone_text": "+7 700 123 45 67", "description": "Coffee",
 "external_order_id": "desk-1", "discount_percent": 10, "submission_started": true,
 "lines": [{"catalog_item_id": 7, "name": "Latte", "unit_name": "pc", "image_url": "", "barcode": "4870001",
            "catalog_price": "1500.00", "custom_price": null, "count": 2, "unit_id": 1}]}
JSON
            printf '%s' '{"version": 1, "amount_text": "100"}' > "$dir/s2" ;;
        fuzz_error_mapper)
            # Flags, network error, status 429 / 500 / 422, then reason phrase, headers, body.
            printf '\x00\x00\x01\xadToo Many Requests\nretry-after: 30\n\n{"message": "slow down", "retry_after": 12}' > "$dir/s1"
            printf '\x00\x00\x01\xf4Internal Server Error\n\n<html>oops</html>' > "$dir/s2"
            printf '\x00\x00\x01\xa6Unprocessable\n\n{"message": "bad", "errors": {"phone_number": ["apk_Fz7Qx9LmKEY"]}}' > "$dir/s3" ;;
    esac
}

echo "fuzz: building the fuzzers of the $preset preset"
cmake --preset "$preset" >/dev/null
nice cmake --build --preset "$preset" -j2 --target fuzzers

findings_dir="$root/build/$preset/findings"
mkdir -p "$findings_dir"
failed=0
printf '\n%-20s %12s %8s  %s\n' target executions seconds result
summary=()
for t in "${targets[@]}"; do
    bin="$root/build/$preset/tests/fuzz/$t"
    [ -x "$bin" ] || { echo "no such fuzz target: $t" >&2; exit 2; }
    work=$(mktemp -d)
    mkdir -p "$work/corpus" "$work/artifacts"
    for d in $(seeds_of "$t"); do
        for f in "$root/tests/data/$d"/*; do
            [ -f "$f" ] && cp "$f" "$work/corpus/$d-$(basename "$f")"
        done
    done
    if [ "$t" = fuzz_error_mapper ]; then
        # The mapper reads four bytes of outcome first: seed its bodies as 422/429/500 answers.
        for f in "$work"/corpus/errors-*; do
            [ -f "$f" ] || continue
            for status in '\x01\xa6' '\x01\xad' '\x01\xf4'; do
                { printf "\\x00\\x00$status"'Error\n\n'; cat "$f"; } > "$f.$RANDOM"
            done
            rm -f "$f"
        done
    fi
    extra_seeds "$t" "$work/corpus"
    args=(-dict="$root/tests/fuzz/apipay.dict" -artifact_prefix="$work/artifacts/" -print_final_stats=1
          -timeout=10 -rss_limit_mb=2048 -max_len=65536)
    if [ -n "${FUZZ_RUNS:-}" ]; then
        args+=(-runs="$FUZZ_RUNS")
        [ -n "$seconds_given" ] && args+=(-max_total_time="$seconds")
    else
        args+=(-max_total_time="$seconds")
    fi
    began=$(date +%s)
    set +e
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
        nice "$bin" "${args[@]}" "$work/corpus" > "$work/log" 2>&1
    rc=$?
    set -e
    took=$(( $(date +%s) - began ))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o "[0-9]*$" | tail -n1 || true)
    crashes=$(ls "$work/artifacts" 2>/dev/null | wc -l)
    if [ $rc -ne 0 ] || [ "$crashes" -gt 0 ]; then
        result="FINDING (exit $rc)"
        mkdir -p "$findings_dir/$t"
        cp "$work/artifacts/"* "$findings_dir/$t/" 2>/dev/null || true
        cp "$work/log" "$findings_dir/$t/log.txt"
        result="$result — see build/$preset/findings/$t/"
        failed=1
        tail -n 40 "$work/log"
    else
        result="no finding"
    fi
    line=$(printf '%-20s %12s %8s  %s' "$t" "${execs:-?}" "$took" "$result")
    echo "$line"
    summary+=("$line")
    rm -rf "$work"
done
printf '\n%-20s %12s %8s  %s\n' target executions seconds result
printf '%s\n' "${summary[@]}"
exit $failed
