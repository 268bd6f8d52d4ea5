#!/usr/bin/env bash
# Builds the apps in ci/consumers against the HubKit artifacts installed in the local Maven repository (run
# "mvn install -DskipTests" first) and runs each against FakeHub. They prove what a user's build sees: the BOM,
# OkHttp 4 + Retrofit in both declaration orders, a module-info app, -Xlint:all -Werror, Kotlin, and that
# every Java snippet of README.md compiles as written on the Java 8 API and runs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
version=0.1.0-SNAPSHOT

# The published artifacts: a sources and a javadoc jar beside each jar, a module name in each manifest, and no
# Immutables annotation a user's javac would look for.
for module in sdk-core sdk-chat sdk-media sdk-anthropic sdk-gemini sdk-testing; do
  dir=$HOME/.m2/repository/dev/hubkit/$module/$version
  for jar in "$module-$version.jar" "$module-$version-sources.jar" "$module-$version-javadoc.jar"; do
    test -s "$dir/$jar" || { echo "$module: $jar was not installed"; exit 1; }
  done
  unzip -p "$dir/$module-$version.jar" META-INF/MANIFEST.MF | grep -q "^Automatic-Module-Name: dev\.hubkit\." \
    || { echo "$module: no Automatic-Module-Name dev.hubkit.* in its manifest"; exit 1; }
  if unzip -p "$dir/$module-$version.jar" '*.class' | grep -a -q 'org/immutables/value/Generated'; then
    echo "$module: classes carry org.immutables.value.Generated (set allowedClasspathAnnotations in ValueStyle)"
    exit 1
  fi
  if unzip -l "$dir/$module-$version-javadoc.jar" | grep -q '/internal/'; then
    echo "$module: the javadoc jar documents an internal package"; exit 1
  fi
done
bash ci/check-bom.sh

# The README's Java snippets, verbatim, become the sources of ci/consumers/readme.
rm -rf ci/consumers/readme/generated
java ci/consumers/readme/ReadmeSnippets.java README.md ci/consumers/readme/generated

# The README's module-info.java block, verbatim, is the module of ci/consumers/jpms-readme.
awk '/^\*\*Modules\.\*\*/ {found=1} found && /^```/ {if (inside) exit; inside=1; next} inside {print}' README.md \
  > ci/consumers/jpms-readme/src/main/java/module-info.java
grep -q '^module ' ci/consumers/jpms-readme/src/main/java/module-info.java \
  || { echo "README: no module-info block after **Modules.**"; exit 1; }

build() { mvn -B -ntp -q -f ci/consumers/pom.xml "$@"; }
# Offline when everything is in the local repository; a fresh machine first downloads Retrofit and Kotlin.
build -o clean package 2>/dev/null || build clean package

run() { # module, then the java launcher's arguments
  local module=$1; shift
  local cp; cp=$(cat "ci/consumers/$module/target/run-classpath.txt")
  (cd "ci/consumers/$module" && java "${@//@CP@/target/classes:$cp}") | sed "s|^|[$module] |"
}
run okhttp4-hubkit-first -cp @CP@ dev.hubkit.consumer.okhttp4.Okhttp4App
run okhttp4-retrofit-first -cp @CP@ dev.hubkit.consumer.okhttp4.Okhttp4App
run okhttp4-pinned -cp @CP@ dev.hubkit.consumer.pinned.PinnedOkhttp4App
run jpms -p @CP@ -m dev.hubkit.consumer.jpms/dev.hubkit.consumer.jpms.ModularApp
run jpms-readme -p @CP@ -m my.app/my.app.ReadmeModuleApp
run xlint -cp @CP@ dev.hubkit.consumer.xlint.LintCleanApp
run kotlin -cp @CP@ dev.hubkit.consumer.kotlin.KotlinAppKt
run readme -cp @CP@ dev.hubkit.consumer.readme.ReadmeRunner
# Kotlin sees HubKit's nullness: passing null for a HubKit parameter is a compile error, not a platform type.
if mvn -B -ntp -o -q -f ci/consumers/kotlin-nullness/pom.xml clean compile > ci/consumers/kotlin-nullness.log 2>&1; then
  echo "kotlin-nullness: ChatRequest.builder().model(null) compiled: Kotlin does not see HubKit's @NullMarked"; exit 1
fi
grep -q "Misuse.kt:\\[12,40\\] Null cannot be a value of a non-null type" ci/consumers/kotlin-nullness.log || {
  echo "kotlin-nullness: failed for another reason than the null argument:"; cat ci/consumers/kotlin-nullness.log
  exit 1
}
echo "[kotlin-nullness] null for ChatRequest.Builder.model(String) refused by the Kotlin compiler: $(grep -o '[Nn]ull cannot be a value of a non-null type[^.]*' ci/consumers/kotlin-nullness.log | head -1)"
echo "Consumer apps: built against the installed artifacts and ran against FakeHub"
