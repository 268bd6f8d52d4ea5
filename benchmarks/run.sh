#!/usr/bin/env bash
# Builds HubKit and its benchmarks, then runs them against nginx (the reference) and the built-in fixture server:
# a few minutes on 2 cores. Options: --server nginx|builtin|both (default both, or builtin without nginx),
# --only REGEX (benchmark names, coldStart, jars), --careful (longer runs). See benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

have_nginx() {
  PATH="$PATH:/usr/sbin:/usr/local/sbin:/usr/local/nginx/sbin" command -v nginx >/dev/null 2>&1
}

server=both
args=("$@")
for ((i = 0; i < ${#args[@]} - 1; i++)); do
  if [ "${args[i]}" = --server ]; then server="${args[i + 1]}"; fi
done

if [ "$server" != builtin ] && ! have_nginx; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing nginx-light for the reference server..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq nginx-light >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq nginx-light >/dev/null 2>&1; } || true
  fi
  if ! have_nginx; then
    echo "nginx not found: install it (Debian/Ubuntu: sudo apt-get install nginx-light) for the reference table." >&2
    if [ "$server" = nginx ]; then exit 1; fi
    echo "Running against the built-in server only." >&2
  fi
fi

mvn -B -q -ntp -DskipTests package -pl benchmarks -am
exec java -jar benchmarks/target/benchmarks.jar "$@"
