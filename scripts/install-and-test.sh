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
# Every function in these is annotated; a new untyped one fails the run. A failure here
# is reported after pytest (so the suite still runs), and the run's status says it.
TYPED_TESTS=(
    tests/support
    tests/bench/test_screenshot_scripts.py
    tests/integration/test_consent.py
    tests/integration/test_consent_everywhere.py
    tests/integration/test_info_boxes.py
    tests/integration/test_meetings.py
    tests/integration/test_read_log_and_innsyn.py
    tests/integration/test_transfer.py
    tests/printing/test_cups_print.py
    tests/printing/test_nynorsk.py
    tests/ui/test_button_alt_keys.py
    tests/ui/test_cancel_window.py
    tests/ui/test_conflict_dialog.py
    tests/ui/test_error_names_whole.py
    tests/ui/test_gui_thread_collector.py
    tests/ui/test_gui_thread_deletes.py
    tests/ui/test_language.py
    tests/ui/test_list_in_two_parts.py
    tests/ui/test_main_window.py
    tests/ui/test_main_window_alt_keys.py
    tests/ui/test_modal_helper.py
    tests/ui/test_preset_names_nynorsk.py
    tests/ui/test_qt_file_dialog_norwegian.py
    tests/ui/test_reading_at_large_text.py
    tests/ui/test_refresh_parts.py
    tests/ui/test_responsive.py
    tests/ui/test_search_narrowing.py
    tests/ui/test_security.py
    tests/ui/test_server_lock.py
    tests/ui/test_server_responsive.py
    tests/ui/test_server_start_gaps.py
    tests/ui/test_server_wording.py
    tests/ui/test_tables_fit.py
    tests/ui/test_typed_dates.py
    tests/unit/test_gen_ui.py
)
typed_rc=0
.venv/bin/mypy --disallow-untyped-defs --disallow-incomplete-defs "${TYPED_TESTS[@]}" || typed_rc=$?
echo "== pytest"
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
    echo "pytest ran no test: that is a failure here" >&2
    exit 1
fi
if [ "$typed_rc" -ne 0 ]; then
    echo "mypy found untyped or wrongly typed test code (see «mypy: the test helpers» above)" >&2
    exit 1
fi
exit "$rc"
