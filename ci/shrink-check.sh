#!/usr/bin/env bash
# Shrinks, optimizes and obfuscates the examples together with HubKit and its dependencies as an Android
# release build does, then runs the result against the embedded FakeHub. Rules come only from where R8 takes
# them: the consumer rules the jars ship (META-INF/proguard/*.pro, META-INF/com.android.tools/**/*.pro; HubKit's
# are META-INF/proguard/hubkit.pro in the sdk-core jar) and the app's own (ci/shrink-check.pro). ProGuard
# stands in for R8 (R8 is not on Maven Central); the library is Android 8.0's (API 26) framework jar plus the
# JDK's java.* modules.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/examples/target/shrink
rm -rf "$work" && mkdir -p "$work/rules"

[ -n "${SHRINK_SKIP_BUILD:-}" ] || mvn -B -q -ntp -pl examples -am package -DskipTests \
  dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
mvn -B -q -ntp -f ci/proguard/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/proguard-classpath.txt"
android=org.robolectric:android-all:8.0.0_r4-robolectric-r1
mvn -B -q -ntp dependency:get -Dartifact=$android -Dtransitive=false
android_jar=$HOME/.m2/repository/org/robolectric/android-all/8.0.0_r4-robolectric-r1/android-all-8.0.0_r4-robolectric-r1.jar

java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
jars=("$root/examples/target/examples-0.1.0-SNAPSHOT.jar")
while read -r jar; do jars+=("$jar"); done < <(tr ':' '\n' < "$root/examples/target/runtime-classpath.txt" \
  | grep -v -e '/value-' -e 'annotations-13')
for jar in "${jars[@]}"; do
  name=$(basename "$jar" .jar)
  unzip -Z1 "$jar" | grep -E '^META-INF/(proguard/|com\.android\.tools/(r8|proguard)[^/]*/).+\.pro$' | while read -r rule; do
    unzip -p "$jar" "$rule" > "$work/rules/$name-$(basename "$rule")"
  done || true
done
test -s "$work/rules/sdk-core-0.1.0-SNAPSHOT-hubkit.pro" || { echo "sdk-core jar ships no META-INF/proguard/hubkit.pro"; exit 1; }

{
  for jar in "${jars[@]}"; do
    echo "-injars $jar(!META-INF/versions/**,!module-info.class,!META-INF/*.kotlin_module,!META-INF/MANIFEST.MF)"
  done
  # Android 8.0's framework (android.*, dalvik.*) from android-all; that jar leaves the java.* classes to the
  # JVM it runs on, so those come from the JDK (animal-sniffer holds library code to API 26's java.* in the build).
  echo "-libraryjars $android_jar(android/**.class,dalvik/**.class,com/android/org/conscrypt/**.class)"
  # The examples draw their sample pictures with AWT (java.desktop), which is why they are a JVM app.
  for module in java.base java.desktop java.logging java.management java.naming java.sql java.xml jdk.unsupported; do
    echo "-libraryjars $java_home/jmods/$module.jmod(!**.jar;!module-info.class)"
  done
  echo "-outjars $work/examples-shrunk.jar"
  echo "-printmapping $work/mapping.txt"
  echo "-include $root/ci/shrink-check.pro"
  for rules in "$work"/rules/*.pro; do echo "-include $rules"; done
} > "$work/shrink.pro"

java -cp "$(cat "$work/proguard-classpath.txt")" proguard.ProGuard @"$work/shrink.pro" > "$work/proguard.log" 2>&1 \
  || { grep -E "Warning|Error|Note: there were" "$work/proguard.log" | head -40; exit 1; }
obfuscated=$(grep -c -E '^dev\.hubkit\.(core|chat|media)\.[A-Za-z.$]+ -> [a-z]' "$work/mapping.txt" || true)
java -Dhubkit.examples.fake=true -cp "$work/examples-shrunk.jar" dev.hubkit.examples.RunAllExamples > "$work/run.log" 2>&1 \
  || { tail -30 "$work/run.log"; exit 1; }
for expected in "Streamed reply: Echo:" "Weather: Paris, 18.5 C" "Finished image task " "Finished video " "Answered by " \
    "Transcript: " "PDF answer: Echo:" \
    "Saved image/png image" "Streamed reply: Echo: Say it as a haiku."; do
  grep -q "$expected" "$work/run.log" || { echo "shrunk examples did not print '$expected'"; tail -20 "$work/run.log"; exit 1; }
done
echo "Shrink check: examples + HubKit shrunk, optimized and obfuscated with the jars' consumer rules" \
  "against Android API 26 ran against FakeHub ($(du -k "$work/examples-shrunk.jar" | cut -f1) KB jar," \
  "$obfuscated HubKit classes renamed)"
