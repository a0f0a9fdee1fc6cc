"""PySide6's check of each imported module keeps no source text (familiemote/qt_sources.py)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from typing import Any

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)
import pytest


@pytest.fixture
def feature(monkeypatch: pytest.MonkeyPatch) -> Any:
    """PySide6's feature module with its own source check in place, put back after."""
    from shibokensupport import feature  # type: ignore[import-not-found]

    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    # in a whole run the app's start (another test) has installed ours already: start afresh
    feature._mod_uses_pyside = getattr(
        feature._mod_uses_pyside, "original", feature._mod_uses_pyside
    )
    return feature


def test_modules_imported_after_install_leave_no_source_and_get_the_same_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, feature: Any
) -> None:
    from familiemote import qt_sources

    original = feature._mod_uses_pyside
    (tmp_path / "h16c_with_qt.py").write_text("from PySide6 import QtCore\nX = 1\n", "utf-8")
    (tmp_path / "h16c_without_qt.py").write_text("Y = 2\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert qt_sources.install()
    assert not qt_sources.install()  # once
    # an import statement, as the app's: PySide6's hook sits in builtins.__import__
    with_qt = __import__("h16c_with_qt")
    without_qt = __import__("h16c_without_qt")
    try:
        for module in (with_qt, without_qt):
            assert module.__file__ not in linecache.cache
        # the same answers as PySide6's own check (which reads through linecache)
        assert feature._mod_uses_pyside(with_qt) is original(with_qt) is True
        assert feature._mod_uses_pyside(without_qt) is original(without_qt) is False
        assert feature.pyside_feature_dict["h16c_with_qt"] == 0
        assert feature.pyside_feature_dict["h16c_without_qt"] == -1
        assert feature._mod_uses_pyside(sys) is original(sys) is False  # built-in
    finally:
        for name in ("h16c_with_qt", "h16c_without_qt"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)


def test_install_drops_the_texts_pyside6_read_before_it_but_keeps_what_has_no_file(
    tmp_path: Path, feature: Any
) -> None:
    from familiemote import qt_sources

    read_before = tmp_path / "loaded_before_install.py"
    read_before.write_text("from PySide6 import QtCore\n", "utf-8")
    # what PySide6's own check leaves behind: the text of a file, read through linecache
    assert linecache.getlines(str(read_before)) == ["from PySide6 import QtCore\n"]
    # and a text with no file behind it (as an interactive session registers one)
    no_file = "<familiemote test input>"
    linecache.cache[no_file] = (6, None, ["X = 1\n"], no_file)
    try:
        assert str(read_before) in linecache.cache
        assert qt_sources.install()
        assert str(read_before) not in linecache.cache
        assert linecache.cache[no_file][2] == ["X = 1\n"]
        # a traceback can still show the line: it is read again from the file
        assert linecache.getline(str(read_before), 1) == "from PySide6 import QtCore\n"
    finally:
        linecache.cache.pop(no_file, None)
        linecache.cache.pop(str(read_before), None)
