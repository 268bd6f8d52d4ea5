#!/usr/bin/env bash
# Builds HubKit and its benchmarks, then runs them: a few minutes on 2 cores. Pass --careful for longer runs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -DskipTests package -pl benchmarks -am
exec java -jar benchmarks/target/benchmarks.jar "$@"
