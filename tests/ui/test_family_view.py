"""«Vis for familien»: the family's screen on real widgets and a real database.

The demo case has internal notes, a history (earlier meeting, the child's views
recorded before, a phase decision) and, here, an internal action and a second
child in the same database: none of it may reach the family's screen, in
bokmål or nynorsk. The screen rules are tested as plain functions, and the
view's placement on real QScreens in a subprocess with two offscreen screens
(Qt's offscreen platform reads a screen layout from a JSON file).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from familiemote.app import install_translators, uninstall_translators
from familiemote.domain import model as m
from familiemote.services import actions, cases, demo, directory, meetings
from familiemote.services.family_view import family_view_data
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.family_view import VIEW_SCALE, FamilyView, open_family_view
from familiemote.ui.screens import (
    Placement,
    ScreenInfo,
    choose_screen,
    distinct_screens,
    next_screen,
    own_screen,
    rect_from_setting,
    rect_to_setting,
)
from familiemote.ui.theme import apply_text_scale
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
INTERNAL_ACTION = "Vurdere bekymringsmelding til barnevernet"
OTHER_CHILD = "Emmeline"

Uow = Callable[[], SqlAlchemyUnitOfWork]


class Demo:
    def __init__(self, uow: Uow) -> None:
        self.case_id = demo.create_demo_case(uow(), TODAY).case_id
        case = cases.get_case(uow(), self.case_id).case
        ordered = sorted(case.meetings, key=lambda mt: mt.starts_at)
        self.first, self.second = ordered
        assert self.second.id is not None
        self.meeting_id = self.second.id
        self.hs = next(
            s for s in directory.list_services(uow()) if s.kind == m.ServiceKind.HELSESTASJON
        )
        self.nurse = next(
            p for p in directory.list_professionals(uow()) if p.name == "Hanne Eksempel"
        )
        self.internal_action_id = actions.agree_action(
            uow(),
            self.case_id,
            actions.NewAction(
                INTERNAL_ACTION,
                self.hs.id,
                self.nurse.id,
                meeting_id=self.meeting_id,
                due_date=self.second.starts_at.date() + dt.timedelta(days=7),
                internal=True,
            ),
            TODAY,
        )
        # the internal notes of the demo's first meeting, on this meeting too
        meetings.save_text(
            uow(),
            self.meeting_id,
            meetings.GuideField.INTERNAL_NOTES,
            "Far ønsker at det ikke skrives noe om foreldrenes samlivsbrudd.",
        )
        cases.create_case(uow(), cases.NewCase(OTHER_CHILD, 2017), TODAY)
        self.case = cases.get_case(uow(), self.case_id).case


@pytest.fixture
def demo_case(ui_uow: Uow) -> Demo:
    return Demo(ui_uow)


@pytest.fixture
def view_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_view(
    qtbot: QtBot, ui_uow: UowFactory, view_settings: QSettings
) -> Callable[[int], FamilyView]:
    def make(meeting_id: int) -> FamilyView:
        view = FamilyView(ui_uow, meeting_id, settings=view_settings)
        qtbot.addWidget(view)
        view.present()
        qtbot.waitExposed(view)
        return view

    return make


@pytest.fixture
def nynorsk(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "nn")
    yield
    uninstall_translators(qapp, translators)


def forbidden(d: Demo) -> list[str]:
    """Texts of the case the family must never see on the screen."""
    hidden = [
        INTERNAL_ACTION,
        "samlivsbrudd",  # internal notes
        OTHER_CHILD,
        d.second.services_view,  # the services' own assessment stays off the screen
        d.first.family_description,  # an earlier meeting: history
        d.first.decision_text,
        d.case.concern_summary,
        "Tiltakene har hjulpet noe",  # the phase decision's reason
        "Sofie forteller i samtale",  # a child's view recorded before: history
        "Kilde",
        "Møreforsking",
        "004:",
        "kap.",
        "snarest",
        "demo-sofie",
        ".invalid",  # e-mail addresses
        "900 00 00",  # the parents' phone numbers
        "Nordmann",  # the family's surname is on the paper copy, not on the wall
    ]
    return [h for h in hidden if h]


def assert_clean(texts: list[str], d: Demo) -> None:
    joined = "\n".join(texts)
    for h in forbidden(d):
        assert h.lower() not in joined.lower(), h
    ids = {d.case_id, d.meeting_id, d.internal_action_id}
    for text in texts:  # no id on its own, like "#3", "id 3", "sak 3"
        for ident in ids:
            assert not re.search(rf"(#|\bid\b\s*|\bsak\s*|\bnr\.?\s*){ident}\b", text, re.I), text


def test_family_sees_the_meeting_and_nothing_internal(
    make_view: Callable[[int], FamilyView], demo_case: Demo
) -> None:
    view = make_view(demo_case.meeting_id)
    texts = view.visible_texts()
    joined = "\n".join(texts)
    assert "Familiemøte for Sofie" in texts
    assert any(t.startswith("Vi er her for å finne riktig hjelp for Sofie") for t in texts)
    assert "Det familien forteller" in texts
    assert demo_case.second.family_description in texts
    # the child's own view under its own heading, right after it
    heading = texts.index("Slik Sofie ser det")
    assert texts[heading + 1] == demo_case.second.child_voice
    assert "Henvise til BUP" in texts
    assert demo_case.second.decision_text in texts
    # the non-internal actions: what, who (person and service) and a precise date
    assert "1. Henvisning til BUP etter sjekklisten for gode henvisninger" in texts
    assert "Ansvarlig: Dr. Eva Eksempel, Fastlege" in texts
    due = demo_case.second.starts_at.date() + dt.timedelta(days=7)
    assert any(t.startswith("Innen ") and f"{due.day}. " in t and str(due.year) in t for t in texts)
    # carried over from the first meeting, with what this meeting decided
    assert "Det vi avtalte sist, og hvordan det har gått" in texts
    assert any(t.startswith("I dag: Fortsetter. Ny dato:") for t in texts)
    assert "Kontaktperson: Hanne Eksempel" in joined
    assert_clean(texts, demo_case)


def test_the_screen_and_the_family_copy_follow_one_rule(
    ui_uow: UowFactory, demo_case: Demo
) -> None:
    """What the view reads is the family copy's data: internal actions out, the rest in."""
    from familiemote.printing.plan import family_version
    from familiemote.services.printing import plan_data

    view = family_view_data(ui_uow(), demo_case.meeting_id)
    paper = family_version(plan_data(ui_uow(), demo_case.meeting_id))
    assert [a.description for a in view.actions] == [a.description for a in paper.actions]
    assert INTERNAL_ACTION not in [a.description for a in view.actions]
    assert not hasattr(view, "internal_notes")


def test_nynorsk(make_view: Callable[[int], FamilyView], demo_case: Demo, nynorsk: None) -> None:
    view = make_view(demo_case.meeting_id)
    view.set_step(5, "Kven gjer kva, når")
    texts = view.visible_texts()
    assert "Familiemøte for Sofie" in texts
    assert "Kven gjer kva, og når" in texts
    assert "Slik Sofie ser det" in texts
    assert "Ansvarleg: Dr. Eva Eksempel, Fastlege" in texts
    assert "No: Kven gjer kva, når" in texts
    assert any(t.startswith("Vi er her for å finne rett hjelp for Sofie") for t in texts)
    assert any(t.startswith("Innan ") for t in texts)
    assert not any(t.startswith(("Innen ", "Ansvarlig")) for t in texts)
    assert_clean(texts, demo_case)


def test_refresh_shows_what_was_committed(
    qtbot: QtBot, make_view: Callable[[int], FamilyView], ui_uow: UowFactory, demo_case: Demo
) -> None:
    view = make_view(demo_case.meeting_id)
    text = "Foreldrene ringer skolen hver fredag"
    assert not any(text in t for t in view.visible_texts())
    day = demo_case.second.starts_at.date()
    actions.agree_action(
        ui_uow(),
        demo_case.case_id,
        actions.NewAction(
            text,
            demo_case.hs.id,
            demo_case.nurse.id,
            meeting_id=demo_case.meeting_id,
            family_part="Mor ringer.",
            due_date=day + dt.timedelta(days=10),
        ),
        TODAY,
    )
    assert not any(text in t for t in view.visible_texts())  # not before refresh()
    view.refresh()
    texts = view.visible_texts()
    assert f"3. {text}" in texts
    assert "Familiens del: Mor ringer." in texts
    # two saves in a row before Qt is idle: the first refresh's cards are gone, no harm
    for extra in ("Fire", "Fem"):
        actions.agree_action(
            ui_uow(),
            demo_case.case_id,
            actions.NewAction(extra, demo_case.hs.id, meeting_id=demo_case.meeting_id),
            TODAY,
        )
        view.refresh()
    qtbot.wait(50)
    assert {"4. Fire", "5. Fem"} <= set(view.visible_texts())
    meetings.record_decision(ui_uow(), demo_case.meeting_id, m.Decision.NEW_MEETING, "Nytt møte.")
    view.refresh()
    assert "Nytt familiemøte" in view.visible_texts()
    assert "Henvise til BUP" not in view.visible_texts()
    assert_clean(view.visible_texts(), demo_case)


def test_no_deadline_shows_a_date_not_snarest(
    make_view: Callable[[int], FamilyView], ui_uow: UowFactory, demo_case: Demo
) -> None:
    actions.agree_action(
        ui_uow(),
        demo_case.case_id,
        actions.NewAction("Ringe BUP", demo_case.hs.id, None, meeting_id=demo_case.meeting_id),
        TODAY,
    )
    texts = make_view(demo_case.meeting_id).visible_texts()
    card = texts.index("3. Ringe BUP")
    assert texts[card + 1] == f"Ansvarlig: {demo_case.hs.name}"
    # no deadline: the review date (six months by default), as a date
    assert re.fullmatch(r"Vi ser på det igjen \w+ \d{1,2}\. \w+ \d{4}\.", texts[card + 2])
    assert not any("snarest" in t.lower() for t in texts)


def activate(qtbot: QtBot, view: FamilyView) -> None:
    view.windowHandle().requestActivate()
    qtbot.waitUntil(view.isActiveWindow, timeout=30000)


def test_blank_hides_everything_and_brings_it_back(
    qtbot: QtBot, make_view: Callable[[int], FamilyView], demo_case: Demo
) -> None:
    view = make_view(demo_case.meeting_id)
    before = view.visible_texts()
    with qtbot.waitSignal(view.blank_changed) as blocker:
        view.toggle_blank()
    assert blocker.args == [True]
    assert view.is_blank
    assert view.visible_texts() == []
    assert not any(label.isVisible() for label in view.findChildren(QLabel) if label.text())
    view.toggle_blank()
    assert not view.is_blank
    assert view.visible_texts() == before
    # the keys: B, the full stop (presentation remotes) and Ctrl+B
    activate(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert view.is_blank
    qtbot.keyClick(view, Qt.Key.Key_Period)
    assert not view.is_blank
    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert view.is_blank and view.visible_texts() == []


def test_esc_closes(qtbot: QtBot, make_view: Callable[[int], FamilyView], demo_case: Demo) -> None:
    view = make_view(demo_case.meeting_id)
    activate(qtbot, view)
    with qtbot.waitSignal(view.closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_opened_from_a_window_it_goes_when_closed(
    qtbot: QtBot, ui_uow: UowFactory, demo_case: Demo, view_settings: QSettings
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    view = open_family_view(ui_uow, demo_case.meeting_id, owner, settings=view_settings)
    assert view.isWindow() and view.isVisible()
    with qtbot.waitSignal(view.destroyed, timeout=10000):
        view.close()
    assert owner.findChildren(FamilyView) == []


def test_the_step_is_shown(make_view: Callable[[int], FamilyView], demo_case: Demo) -> None:
    view = make_view(demo_case.meeting_id)
    assert not any(t.startswith("Nå:") for t in view.visible_texts())
    view.set_step(2, "Barnets stemme")
    assert "Nå: Barnets stemme" in view.visible_texts()
    view.set_step(5, "Hvem gjør hva, når")
    assert "Nå: Hvem gjør hva, når" in view.visible_texts()
    assert "Nå: Barnets stemme" not in view.visible_texts()


def test_the_page_follows_the_step(
    qtbot: QtBot, make_view: Callable[[int], FamilyView], demo_case: Demo
) -> None:
    view = make_view(demo_case.meeting_id)
    bar = view._scroll.verticalScrollBar()
    assert bar.maximum() > 0  # more than one screenful at this size
    view.set_step(5, "Hvem gjør hva, når")
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=10000)
    heading = next(w for w in view.findChildren(QLabel) if w.text() == "Hvem gjør hva, og når")
    top = heading.mapTo(view._scroll.viewport(), heading.rect().topLeft()).y()
    assert 0 <= top < view._scroll.viewport().height() // 3
    view.set_step(0, "Formål og roller")
    qtbot.waitUntil(lambda: bar.value() == 0, timeout=10000)


def test_type_follows_the_text_size_setting(
    qapp: QApplication, make_view: Callable[[int], FamilyView], demo_case: Demo
) -> None:
    view = make_view(demo_case.meeting_id)
    body = next(w for w in view.findChildren(QLabel) if w.text() == demo_case.second.child_voice)
    app_size = QApplication.font().pointSizeF()
    assert body.font().pointSizeF() == pytest.approx(app_size * VIEW_SCALE)
    try:
        apply_text_scale(150)
        assert QApplication.font().pointSizeF() == pytest.approx(app_size * 1.5)
        assert body.font().pointSizeF() == pytest.approx(app_size * 1.5 * VIEW_SCALE)
    finally:
        apply_text_scale(100)
    assert body.font().pointSizeF() == pytest.approx(app_size * VIEW_SCALE)


def test_a_deleted_meeting_leaves_a_neutral_screen(
    make_view: Callable[[int], FamilyView], ui_uow: UowFactory, demo_case: Demo
) -> None:
    view = make_view(demo_case.meeting_id)
    cases.delete_case(ui_uow(), demo_case.case_id)
    view.refresh()
    texts = view.visible_texts()
    assert "Møtet finnes ikke lenger." in texts
    assert demo_case.second.child_voice not in texts


# -- which screen ----------------------------------------------------------------------------

LAPTOP = ScreenInfo("eDP-1", (0, 0, 1600, 1000), is_primary=True)
PROJECTOR = ScreenInfo("HDMI-1", (1600, 0, 1280, 720))
TV = ScreenInfo("DP-2", (2880, 0, 1920, 1080))


def test_two_screens_full_screen_on_the_one_that_is_not_the_laptop() -> None:
    assert choose_screen([LAPTOP, PROJECTOR]) == Placement(PROJECTOR, full_screen=True)
    assert choose_screen([PROJECTOR, LAPTOP]) == Placement(PROJECTOR, full_screen=True)
    # the first other screen, left to right
    assert choose_screen([TV, LAPTOP, PROJECTOR]) == Placement(PROJECTOR, full_screen=True)


def test_a_projector_made_primary_does_not_fool_it() -> None:
    laptop = ScreenInfo("eDP-1", (0, 0, 1600, 1000), is_primary=False)
    projector = ScreenInfo("HDMI-1", (1600, 0, 1280, 720), is_primary=True)
    assert own_screen([laptop, projector]) == laptop
    assert choose_screen([laptop, projector]) == Placement(projector, full_screen=True)
    # without connector names (Windows, some X servers) the primary is the laptop
    a = ScreenInfo("\\\\.\\DISPLAY1", (0, 0, 1600, 1000), is_primary=True)
    b = ScreenInfo("\\\\.\\DISPLAY2", (-1280, 0, 1280, 720))
    assert choose_screen([a, b]) == Placement(b, full_screen=True)


def test_one_screen_a_window() -> None:
    assert choose_screen([LAPTOP]) == Placement(LAPTOP, full_screen=False)
    assert choose_screen([]) is None


def test_mirrored_and_contained_screens_count_once() -> None:
    mirror = ScreenInfo("HDMI-1", LAPTOP.geometry)
    inside = ScreenInfo("VIRTUAL", (0, 0, 1280, 720))
    assert distinct_screens([mirror, LAPTOP, inside]) == [LAPTOP]
    assert choose_screen([mirror, LAPTOP]) == Placement(LAPTOP, full_screen=False)


def test_separate_x_screens_both_at_0_0_are_two_screens() -> None:
    """Xvfb's ``-screen 0 1600x1000 -screen 1 1280x720``, or a "Zaphod" X setup."""
    first = ScreenInfo("screen", (0, 0, 1600, 1000), is_primary=True, desktop=0)
    second = ScreenInfo("screen", (0, 0, 1280, 720), desktop=1)
    assert distinct_screens([second, first]) == [first, second]
    assert choose_screen([first, second]) == Placement(second, full_screen=True)
    assert next_screen([first, second], second.geometry) == Placement(first, False)


def test_remembered_geometry_wins_while_connected() -> None:
    assert choose_screen([LAPTOP, PROJECTOR, TV], TV.geometry) == Placement(TV, True)
    # chose the laptop on purpose: a window there
    assert choose_screen([LAPTOP, PROJECTOR], LAPTOP.geometry) == Placement(LAPTOP, False)


def test_a_removed_screen_is_forgotten() -> None:
    # the remembered TV is gone: the default guess again
    assert choose_screen([LAPTOP, PROJECTOR], TV.geometry) == Placement(PROJECTOR, True)
    # the projector is unplugged while the view is on it: back to a window on the laptop
    assert choose_screen([LAPTOP], PROJECTOR.geometry) == Placement(LAPTOP, False)


def test_the_swap_key_goes_round_the_screens() -> None:
    screens = [LAPTOP, PROJECTOR, TV]
    assert next_screen(screens, PROJECTOR.geometry) == Placement(TV, True)
    assert next_screen(screens, TV.geometry) == Placement(LAPTOP, False)
    assert next_screen(screens, LAPTOP.geometry) == Placement(PROJECTOR, True)
    # a window somewhere on the projector counts as the projector
    assert next_screen(screens, (1700, 100, 800, 500)) == Placement(TV, True)
    assert next_screen([LAPTOP], LAPTOP.geometry) == Placement(LAPTOP, False)
    assert next_screen([], None) is None


def test_geometry_settings_round_trip() -> None:
    assert rect_from_setting(rect_to_setting((1600, 0, 1280, 720))) == (1600, 0, 1280, 720)
    assert rect_from_setting(["-1280", "0", "1280", "720"]) == (-1280, 0, 1280, 720)
    for bad in (None, "", "1,2,3", "a,b,c,d", "0,0,0,720", 5):
        assert rect_from_setting(bad) is None


# -- real QScreens: two offscreen screens in a subprocess ------------------------------------

SCRIPT = r"""
import datetime as dt, json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from familiemote.services import demo, cases
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.family_view import open_family_view

app = QApplication([])
db = open_database(sqlite_url(sys.argv[1]))
uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)
case_id = demo.create_demo_case(uow(), dt.date(2026, 11, 22)).case_id
meeting_id = cases.get_case(uow(), case_id).case.meetings[0].id
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
out = {"screens": [s.name() for s in app.screens()]}

def where(view):
    app.processEvents()
    return [view.screen().name(), view.isFullScreen()]

view = open_family_view(uow, meeting_id, settings=settings)
out["opened"] = where(view)
if len(app.screens()) > 1:
    view.swap_screen()
    out["swapped"] = where(view)
    view.swap_screen()
    out["swapped_back"] = where(view)
    view.swap_screen()
    view.close()
    settings.sync()
    view = open_family_view(uow, meeting_id, settings=settings)
    out["reopened"] = where(view)
    settings.remove("familyView/screen")
    view.close()
    settings.remove("familyView/screen")
    view = open_family_view(uow, meeting_id, settings=settings)
    out["default_again"] = where(view)
    hdmi = next(s for s in app.screens() if s.name() == "HDMI-1")
    view._screen_removed(hdmi)
    for _ in range(5):
        app.processEvents()
    out["after_unplug"] = where(view)
view.close()
db.dispose()
print(json.dumps(out))
"""


def run_with_screens(tmp_path: Path, screens: list[dict[str, object]]) -> dict[str, object]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"synchronousWindowSystemEvents": True, "screens": screens}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "s.sqlite"), str(tmp_path / "s.ini")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def screen(name: str, x: int, width: int, height: int) -> dict[str, object]:
    return {"name": name, "x": x, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip


def test_real_screens_two(tmp_path: Path) -> None:
    out = run_with_screens(
        tmp_path, [screen("eDP-1", 0, 1600, 1000), screen("HDMI-1", 1600, 1280, 720)]
    )
    assert sorted(out["screens"]) == ["HDMI-1", "eDP-1"]  # type: ignore[arg-type]
    assert out["opened"] == ["HDMI-1", True]  # full screen on the projector
    assert out["swapped"] == ["eDP-1", False]  # one key: a window on the laptop
    assert out["swapped_back"] == ["HDMI-1", True]
    assert out["reopened"] == ["eDP-1", False]  # the last choice, remembered by geometry
    assert out["default_again"] == ["HDMI-1", True]
    assert out["after_unplug"] == ["eDP-1", False]  # follows the projector being unplugged


def test_real_screens_one(tmp_path: Path) -> None:
    out = run_with_screens(tmp_path, [screen("eDP-1", 0, 1600, 1000)])
    assert out["opened"] == ["eDP-1", False]
