#!/usr/bin/env bash
# Installs Familiemøte into .venv and opens it on the default database
# (an SQLite file in your data folder). Arguments go to `familiemote`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
install_debian_packages python3 python3-venv python3-pip "${QT_RUNTIME_PACKAGES[@]}"
make_venv ""
exec .venv/bin/familiemote "$@"
