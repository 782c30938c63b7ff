#!/usr/bin/env bash
# Runs only the signal crash test (SignalCrashIT): packages the application, starts it, reports signals from
# retrying clients, kills the JVM with SIGKILL mid-stream, restarts it and checks that every acknowledged signal
# is stored exactly once. `mvn verify` runs the same test with all the others.
# Usage: tools/crash-test.sh [more Maven options, e.g. -o for offline]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SignalCrashIT -Dspotless.check.skip=true "$@" verify
echo "SignalCrashIT passed; the application's log is under target/process-logs/, the test's under target/failsafe-reports/"
