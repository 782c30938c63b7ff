#!/usr/bin/env bash
# Measures the time from `java -jar` to the first HTTP 200 of the login page: once on an empty data
# directory (cold: initdb, migrations, demo region) and then three times on the same data (warm).
# Usage: mvn -q -DskipTests package && tools/measure-startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18080}"
jar=$(ls target/rodnik-*.jar | head -1)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

measure() {
    local start end pid
    start=$(date +%s%N)
    SERVER_PORT="$port" RODNIK_DATA_DIR="$data" java -jar "$jar" >"$data/app.log" 2>&1 &
    pid=$!
    until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" | grep -q 200; do
        if ! kill -0 "$pid" 2>/dev/null; then echo "application exited; see $data/app.log" >&2; tail -20 "$data/app.log" >&2; exit 1; fi
        sleep 0.1
    done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" || true
    echo "$(( (end - start) / 1000000 ))"
}

echo "cold_ms=$(measure)"
for run in 1 2 3; do echo "warm_ms=$(measure)"; done
