#!/usr/bin/env bash
# Installs the Debian packages a task needs when they are missing. Arguments name the needs:
#   neo4j    a JDK 17 and Maven, for the project's local Neo4j (npm start, npm test)
#   browser  Chromium, for the browser tests (npm test) and the explorer part of the bench
#   bench    poppler-utils' pdftotext, the benchmark's reference, and GNU time (npm run bench)
# Without root or apt-get it only says what is missing (Neo4j then needs NEO4J_URI; the browser test
# is skipped; the bench leaves out the pdftotext comparison).
set -uo pipefail

missing=()
for need in "$@"; do
  case "$need" in
    neo4j)
      command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
      command -v mvn >/dev/null 2>&1 || missing+=(maven)
      ;;
    browser) [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    bench)
      command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
      [ -x /usr/bin/time ] || missing+=(time)
      ;;
    *) echo "ensure-system-packages: unknown need '$need'" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing missing system packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/dev/null \
    || echo "Could not install ${missing[*]}: install them by hand (apt-get install ${missing[*]})" >&2
else
  echo "Missing system packages: ${missing[*]} (install with: sudo apt-get install ${missing[*]})" >&2
fi
exit 0
