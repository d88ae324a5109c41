#!/usr/bin/env bash
# Set up everything on a fresh machine and run the whole test suite headless.
# Extra arguments go to pytest (e.g. scripts/test.sh -m "not gui").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_system_packages
ensure_venv
install_python_headers
pip_install -e "$ROOT[test]"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "$ROOT"
echo "Checking the import boundaries (core without Qt, UI above core)"
"$VENV/bin/lint-imports" --no-cache
exec "$VENV/bin/python" -m pytest "$@"
