#!/bin/sh
# Installs the pinned SARIF Multitool with npm and validates the integration tests' SARIF logs (validate.js).
# Without Node.js the Java tests and the integration tests still count: outside CI the validation is skipped
# with a warning that says so; under CI (CI=true, as CI services set it) Node.js is required.
# Usage: validate.sh <node> <npm> <merged-log.sarif> <directory of the integration tests>
node="$1"
npm="$2"
shift 2
if ! command -v "$node" >/dev/null 2>&1 || ! command -v "$npm" >/dev/null 2>&1; then
    if [ "${CI:-}" = "true" ]; then
        echo "[ERROR] SARIF validation needs Node.js 18+ ('$node' and '$npm' on the PATH), and CI=true requires it." >&2
        exit 1
    fi
    echo "[WARNING] SARIF validation SKIPPED: '$node' and '$npm' are not on the PATH. The unit and integration" \
        "tests ran; install Node.js 18+ to validate the SARIF logs too (CI, where CI=true, requires it)." >&2
    exit 0
fi
"$npm" ci --no-audit --no-fund --prefer-offline && "$node" validate.js "$@"
