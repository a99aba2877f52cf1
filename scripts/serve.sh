#!/usr/bin/env bash
# Installs what is missing, builds the widget and serves the help page.
#   scripts/serve.sh [--port N]      (or PORT=N scripts/serve.sh); default 8080
source "$(dirname "$0")/lib.sh"
port=${PORT:-8080}
if [ "${1:-}" = "--port" ]; then port=${2:?"--port needs a number"}; fi
scripts/setup.sh
scripts/build.sh
step "Serving dist/"
exec node scripts/serve.mjs dist "$port"
