#!/usr/bin/env bash
# Runs the govmeta Spark job in Spark's local mode on this machine, as
#   spark-submit --master 'local[*]' --class io.github.govmeta.spark.GovmetaSparkJob spark/target/govmeta-spark.jar ARGS
# would, without a Spark installation:
#   1. builds the job's shaded jar, spark/target/govmeta-spark.jar (./mvnw package, tests skipped);
#   2. resolves Spark's own classpath (spark-sql 3.5.9, Scala 2.12, at Spark's versions) from Maven
#      Central through spark/local/pom.xml, once, into spark/target/spark.classpath;
#   3. runs the job's main class on a JVM with that classpath, the jar, and the --add-opens flags Spark 3.5
#      passes to Java 17, with spark.master=local[*] and Spark's logging at warnings (spark/local/log4j2.properties).
# Usage: spark/run-local.sh [JOB OPTIONS] [PATH...]    (default: --output spark/target/run-local examples/)
# Prints the summary; the exit status is the job's: 0 clean, 1 findings at or above the fail level, 2 error.
# Paths are taken from the current directory, like spark-submit's.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/spark/target/govmeta-spark.jar
if [ ! -f "$jar" ] || [ -n "$(cd "$root" && find validator-core/src spark/src schemas shapes pom.xml spark/pom.xml -newer "$jar" -type f -print -quit)" ]; then
  (cd "$root" && ./mvnw -B -q -DskipTests package -pl spark -am) >&2
fi
classpath=$root/spark/target/spark.classpath
if [ ! -s "$classpath" ]; then
  (cd "$root" && ./mvnw -B -q -f spark/local/pom.xml dependency:build-classpath -Dmdep.outputFile="$classpath") >&2
fi
if [ $# -eq 0 ]; then
  set -- --output "$(realpath --relative-to=. "$root/spark/target/run-local")" "$(realpath --relative-to=. "$root/examples")/"
fi
opens=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false)
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
exec java ${GOVMETA_SPARK_JAVA_OPTS:--Xmx2g} "${opens[@]}" \
  -Dspark.master="${SPARK_MASTER:-local[*]}" -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 \
  -Dlog4j2.configurationFile="$root/spark/local/log4j2.properties" \
  -cp "$jar:$(cat "$classpath")" io.github.govmeta.spark.GovmetaSparkJob "$@"
