# Sourced by ./stockpile-spark and scripts/spark-standalone.sh, after scripts/jdk.sh: spark_jars
# ROOT JDK prints the path of spark/target/spark-classpath.txt, the classpath of Spark's own jars
# in Maven's cache (chosen by spark/spark-jars.pom), resolving them first when the file is missing
# or older than the poms that choose them. Nothing of this project need be installed for it.
spark_jars() {
  local root="$1" jdk="$2"
  local file="$root/spark/target/spark-classpath.txt"
  if [ ! -s "$file" ] || [ "$root/spark/spark-jars.pom" -nt "$file" ] || [ "$root/pom.xml" -nt "$file" ]; then
    (cd "$root" && with_jdk "$jdk" mvn -q -B -f spark/spark-jars.pom dependency:build-classpath) >&2
  fi
  echo "$file"
}
