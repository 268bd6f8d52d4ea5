#!/usr/bin/env bash
# Shrinks the examples together with HubKit using ProGuard and HubKit's shipped consumer rules
# (META-INF/proguard/hubkit.pro in the sdk-core jar), then runs the shrunk jar against the embedded FakeHub.
# Without those rules the shrunk jar fails to read the first chat reply.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/examples/target/shrink
rm -rf "$work" && mkdir -p "$work"

mvn -B -q -ntp -pl examples -am package -DskipTests \
  dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
mvn -B -q -ntp -f ci/proguard/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/proguard-classpath.txt"

(cd "$work" && jar xf "$root/sdk-core/target/sdk-core-0.1.0-SNAPSHOT.jar" META-INF/proguard/hubkit.pro)
test -s "$work/META-INF/proguard/hubkit.pro" || { echo "sdk-core jar ships no META-INF/proguard/hubkit.pro"; exit 1; }

java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
{
  echo "-injars $root/examples/target/examples-0.1.0-SNAPSHOT.jar"
  tr ':' '\n' < "$root/examples/target/runtime-classpath.txt" | grep -v -e junit -e opentest4j -e apiguardian \
    -e '/value-' -e 'annotations-13' | while read -r jar; do
    echo "-injars $jar(!META-INF/versions/**,!module-info.class,!META-INF/*.kotlin_module)"
  done
  for module in java.base java.desktop java.logging java.management java.naming java.sql java.xml jdk.unsupported; do
    echo "-libraryjars $java_home/jmods/$module.jmod(!**.jar;!module-info.class)"
  done
  echo "-outjars $work/examples-shrunk.jar"
  echo "-include $root/ci/shrink-check.pro"
  echo "-include $work/META-INF/proguard/hubkit.pro"
} > "$work/shrink.pro"

java -cp "$(cat "$work/proguard-classpath.txt")" proguard.ProGuard @"$work/shrink.pro" > "$work/proguard.log" 2>&1 \
  || { tail -20 "$work/proguard.log"; exit 1; }
java -Dhubkit.examples.fake=true -cp "$work/examples-shrunk.jar" dev.hubkit.examples.RunAllExamples > "$work/run.log" 2>&1 \
  || { tail -20 "$work/run.log"; exit 1; }
for expected in "Streamed reply: Echo:" "Weather: Paris, 18.5 C" "Finished image task " "Finished video " "Answered by " \
    "Transcript: " "PDF answer: Echo:" \
    "Saved image/png image" "Streamed reply: Echo: Say it as a haiku."; do
  grep -q "$expected" "$work/run.log" || { echo "shrunk examples did not print '$expected'"; tail -20 "$work/run.log"; exit 1; }
done
echo "Shrink check: examples + HubKit shrunk by ProGuard with HubKit's consumer rules ran against FakeHub" \
  "($(du -k "$work/examples-shrunk.jar" | cut -f1) KB jar)"
