#!/usr/bin/env bash
# hubkit-bom must promise the versions HubKit is built and tested with: the OkHttp of hubkit-parent, and the
# Okio and Kotlin standard library that this OkHttp's okhttp-jvm pom asks for.
set -euo pipefail
cd "$(dirname "$0")/.."
prop() { sed -n "s|.*<$1>\(.*\)</$1>.*|\1|p" "$2" | head -1; }
okhttp=$(prop okhttp.version pom.xml)
okhttp_pom=$HOME/.m2/repository/com/squareup/okhttp3/okhttp-jvm/$okhttp/okhttp-jvm-$okhttp.pom
dep_version() { grep -A1 "<artifactId>$1</artifactId>" "$okhttp_pom" | sed -n 's|.*<version>\(.*\)</version>.*|\1|p'; }
status=0
expect() {
  if [ "$2" != "$3" ]; then echo "hubkit-bom: $1 is $3, HubKit's build uses $2"; status=1; fi
}
expect okhttp.version "$okhttp" "$(prop okhttp.version hubkit-bom/pom.xml)"
expect okio.version "$(dep_version okio-jvm)" "$(prop okio.version hubkit-bom/pom.xml)"
expect kotlin.version "$(dep_version kotlin-stdlib)" "$(prop kotlin.version hubkit-bom/pom.xml)"
project_version=$(sed -n '0,/<version>/s|.*<version>\(.*\)</version>.*|\1|p' pom.xml | tail -1)
grep -q "<version>$project_version</version>" hubkit-bom/pom.xml || { echo "hubkit-bom is not version $project_version"; status=1; }
exit $status
