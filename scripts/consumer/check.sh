#!/usr/bin/env bash
# Checks that a separate Maven project can use this repository as a library: installs the
# repository (mvn install -DskipTests) into a TEMPORARY local repository, then builds and tests
# scripts/consumer against it, importing standards-bom with no module version written by hand.
#
# Never touches ~/.m2/repository for writing: every Maven run gets -Dmaven.repo.local=<temp dir>.
# Third-party artifacts come from the user's ~/.m2/repository, read as a plain file repository
# (so nothing needs downloading when it is warm), else from Maven Central.
#   SEED_REPO=<dir>  read third-party artifacts from <dir> instead of ~/.m2/repository ("" for Central only)
#   KEEP=1           keep the temporary directory and print where it is
# Usage: scripts/consumer/check.sh      (from anywhere; exits non-zero on any failure)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seed=${SEED_REPO-$HOME/.m2/repository}

work=$(mktemp -d "${TMPDIR:-/tmp}/standards-consumer.XXXXXX")
if [ "${KEEP:-}" = 1 ]; then
  echo "check.sh: temporary directory kept: $work"
else
  trap 'rm -rf "$work"' EXIT
fi
repo="$work/repository"
mkdir -p "$repo"

# the version the repository builds: standards-parent's own <version>, the first after its artifactId
version=$(sed -n '/<artifactId>standards-parent<\/artifactId>/,/<\/version>/s|.*<version>\(.*\)</version>.*|\1|p' "$root/pom.xml" | head -1)
if [ -z "$version" ]; then
  echo "check.sh: cannot read the version from $root/pom.xml" >&2
  exit 2
fi

# settings: the seed, if any, as a read-only file repository tried before Central
settings="$work/settings.xml"
{
  echo '<settings><profiles><profile><id>seed</id>'
  if [ -n "$seed" ] && [ -d "$seed" ]; then
    echo "<repositories><repository><id>seed</id><url>file://$seed</url></repository></repositories>"
    echo "<pluginRepositories><pluginRepository><id>seed</id><url>file://$seed</url></pluginRepository></pluginRepositories>"
  fi
  echo '</profile></profiles><activeProfiles><activeProfile>seed</activeProfile></activeProfiles></settings>'
} > "$settings"

# what ~/.m2 holds of ours before, to prove afterwards that nothing was installed there
ours="$HOME/.m2/repository/dev/servicestandards"
before=$({ find "$ours" -type f -printf '%p %T@ %s\n' 2>/dev/null || true; } | sort | md5sum)

mvn_tmp() {
  mvn -B -q -s "$settings" -Dmaven.repo.local="$repo" "$@"
}

echo "check.sh: installing $root ($version) into $repo"
mvn_tmp -f "$root/pom.xml" install -DskipTests

# the consumer is built from a copy, so its target/ stays out of the repository
cp -r "$here" "$work/consumer"
rm -rf "$work/consumer/target" "$work/consumer/check.sh"
if grep -n -A2 '<artifactId>standards-\(model\|core\|rules\|test\|draft\|cli\|spring-boot-starter\)</artifactId>' \
    "$work/consumer/pom.xml" | grep -q '<version>'; then
  echo "check.sh: the consumer pins a module version by hand; the BOM should give it" >&2
  exit 1
fi
echo "check.sh: building the consumer against standards-bom $version"
mvn_tmp -f "$work/consumer/pom.xml" -Dstandards.version="$version" verify

after=$({ find "$ours" -type f -printf '%p %T@ %s\n' 2>/dev/null || true; } | sort | md5sum)
if [ "$before" != "$after" ]; then
  echo "check.sh: $ours changed: something was installed into the default local repository" >&2
  exit 1
fi
if ! ls "$repo/dev/servicestandards/standards-bom/$version/standards-bom-$version.pom" >/dev/null 2>&1; then
  echo "check.sh: standards-bom $version is not in the temporary repository" >&2
  exit 1
fi
echo "check.sh: OK: the consumer built and passed its tests against standards-bom $version from a temporary repository"
