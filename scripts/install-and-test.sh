#!/usr/bin/env bash
# Installs everything the tests need (Debian packages included) and runs the
# whole suite: generated forms current, ruff, mypy (the app, then the typed test helpers),
# then pytest. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
install_debian_packages python3 python3-venv python3-pip "${QT_RUNTIME_PACKAGES[@]}" \
    postgresql poppler-utils qpdf xvfb dbus at-spi2-core python3-pyatspi \
    cups cups-bsd cups-client printer-driver-cups-pdf  # a real PDF printer for the print tests
make_venv "[test]"

export QT_QPA_PLATFORM=offscreen
echo "== generated Qt forms are current"
.venv/bin/python scripts/gen_ui.py --check
echo "== ruff"
.venv/bin/ruff check .
echo "== mypy"
.venv/bin/mypy
echo "== mypy: the test helpers and the tests typed whole"
# every function in these is annotated (pyproject: tests.support.* disallows untyped defs)
.venv/bin/mypy tests/support tests/ui/test_modal_helper.py
echo "== pytest"
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
    echo "pytest ran no test: that is a failure here" >&2
    exit 1
fi
exit "$rc"
