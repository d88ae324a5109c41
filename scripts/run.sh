#!/usr/bin/env bash
# Set up everything on a fresh machine and start the app on the demo project.
#   scripts/run.sh                 # the demo project (built on first run)
#   scripts/run.sh my.claims       # any project file
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_system_packages
ensure_venv
install_python_headers
pip_install -e "$ROOT"
if [ $# -eq 0 ]; then
  exec "$VENV/bin/claim-annotator" gui --demo
fi
exec "$VENV/bin/claim-annotator" gui "$@"
