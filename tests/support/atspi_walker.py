#!/usr/bin/python3
"""Walk the app as a screen reader meets it: the AT-SPI tree and real key presses.

Runs under the system Python with Debian's python3-pyatspi (the interface Orca
reads), inside a private D-Bus session (``dbus-run-session``), with DISPLAY set to
an X server (Xvfb). It starts the accessibility bus (``at-spi-bus-launcher``) and
its registry (``at-spi2-registryd``), then the app (tests/support/atspi_app.py,
under the project's Python) on the demo database, and checks

- the main window with the demo case open (every tab of the case), the meeting
  guide and every window a button of the case page or a menu item opens:
  every interactive node has a name; every field is labelled (LABELLED_BY, or a
  name of its own that is not just its value);
- with real Tab and Shift+Tab presses: no table keeps Tab (two stops running in
  one table), no stop is empty, and every focusable control is reached;
- that an error message shown on screen (the dialog's fields emptied, then
  saved) reaches the bus: spoken (in the focused control's description, or an
  announcement) and readable (a node whose text holds it).

Writes ``report.json`` (problems, windows seen) and ``focus-tour.txt`` (what a
screen reader announces for the first 40 Tab stops of the main window and of
the meeting guide) into --out. Exit status 0 when it could walk (the problems are
for the test to judge), 2 when it could not.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyatspi
from gi.repository import GLib

# pyatspi has no type hints: an accessible node (and an event) is Any to mypy
Node = Any

INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "page tab",
    "table",
    "tree table",
    "list",
    "tree",
    "slider",
    "link",
    "menu item",
    "check menu item",
    "radio menu item",
    "date editor",
}
FIELDS = {"text", "entry", "password text", "combo box", "spin button", "date editor"}
CONTAINERS_OF_ITEMS = {"table", "tree table", "list", "tree", "menu", "menu bar", "page tab list"}
ITEM_ROLES = {"table cell", "list item", "tree item", "menu item", "page tab"}
TAB = 23  # X keycodes (evdev layout, as Xvfb starts)
SHIFT = 50
ESCAPE = 9
TOUR_LENGTH = 40
# menu items that open a window of their own but, being no dialog, end in no «…»
WINDOWS_WITHOUT_ELLIPSIS = ["Oversikt over oppfølging"]

CONTEXT = GLib.MainContext.default()


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while CONTEXT.pending():
            CONTEXT.iteration(False)
        time.sleep(0.01)


def safe(function: Callable[..., Any], default: Any = None) -> Any:
    """function(), or default if it raises (a node can vanish while it is read)."""
    try:
        return function()
    except Exception:
        return default


def role(node: Node) -> str:
    return safe(node.getRoleName, "?") or "?"


def name(node: Node) -> str:
    return (safe(lambda: node.name, "") or "").strip()


def description(node: Node) -> str:
    return (safe(lambda: node.description, "") or "").strip()


def key(node: Node) -> str:
    return str(safe(lambda: node.path, id(node)))


def states(node: Node) -> set[int]:
    state_set = safe(node.getState)
    return set(state_set.getStates()) if state_set is not None else set()


def text_of(node: Node) -> str:
    iface = safe(node.queryText)
    if iface is None:
        return ""
    return safe(lambda: iface.getText(0, -1), "") or ""


def value_of(node: Node) -> str:
    """What a field holds: its text, or a combo box's chosen item."""
    if role(node) == "combo box":
        # on Linux Qt names a combo box by its current text (its label comes only
        # through LABELLED_BY): the chosen item of its list is its value
        for child in children(node):
            if role(child) in ("menu", "list"):
                for item in children(child):
                    if pyatspi.STATE_SELECTED in states(item):
                        return name(item)
        value = safe(node.queryValue)
        if value is not None:
            return str(safe(lambda: value.text, "") or "")
        return text_of(node)
    return text_of(node)


def dated(node: Node) -> bool:
    """A field Tab moves within (a date's day, month, year) before it moves on."""
    return role(node) in ("spin button", "date editor")


def labelled_by(node: Node) -> list[str]:
    out = []
    for relation in safe(node.getRelationSet, []) or []:
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                out.append(name(relation.getTarget(i)))
    return out


def children(node: Node) -> list[Node]:
    count = safe(lambda: node.childCount, 0) or 0
    out = []
    for i in range(count):
        child = safe(lambda i=i: node.getChildAtIndex(i))
        if child is not None:
            out.append(child)
    return out


def walk(node: Node, depth: int = 0) -> Iterator[tuple[Node, int]]:
    yield node, depth
    if depth > 40:
        return
    if role(node) in CONTAINERS_OF_ITEMS:
        return  # a table's cells and a menu's items are checked through their container
    for child in children(node):
        yield from walk(child, depth + 1)


def path_of(node: Node) -> str:
    """Where a node is, for a message: its named ancestors."""
    parts = []
    current = node
    for _ in range(12):
        current = safe(lambda current=current: current.parent)
        if current is None or role(current) in ("application", "desktop frame"):
            break
        if name(current):
            parts.append(f"{role(current)} «{name(current)}»")
    return " < ".join(parts[:3])


def describe(node: Node) -> str:
    return f"{role(node)} «{name(node)}» in {path_of(node)}"


def announce(node: Node) -> str:
    """About what a screen reader says when focus lands on the node."""
    parent = safe(lambda: node.parent)
    words = []
    if role(node) in ITEM_ROLES and parent is not None and role(parent) in CONTAINERS_OF_ITEMS:
        words.append(f"{role(parent)} «{name(parent)}»,")
    words.append(f"{role(node)} «{name(node)}»")
    if role(node) in FIELDS:
        labels = [label for label in labelled_by(node) if label]
        if labels and name(node) not in labels:
            words.append(f"(label «{labels[0]}»)")
        value = value_of(node)
        if value and value != name(node):
            words.append(f"value «{value}»")
    if description(node):
        words.append(f"— {description(node)}")
    return " ".join(words)


class Walker:
    def __init__(self, app_command: list[str], out: Path) -> None:
        self.out = out
        self.problems: list[str] = []
        self.log: list[str] = []
        self.tours: dict[str, list[str]] = {}
        self.seen_windows: list[str] = []
        self.visited_classes: set[str] = set()
        self.focus_events: list[Node] = []
        self.announcements: list[str] = []
        self.answers: queue.Queue[dict[str, Any]] = queue.Queue()
        self.last_command = ""
        self.app = subprocess.Popen(
            app_command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        threading.Thread(target=self._read_answers, daemon=True).start()
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")
        pyatspi.Registry.registerEventListener(self._on_announcement, "object:announcement")

    # -- the app ---------------------------------------------------------------

    def _read_answers(self) -> None:
        assert self.app.stdout is not None
        for line in self.app.stdout:
            line = line.strip()
            if line.startswith("{"):
                self.answers.put(json.loads(line))
            elif line:
                sys.stderr.write(f"app: {line}\n")

    def ask(self, command: str, timeout: float = 20) -> dict[str, Any]:
        assert self.app.stdin is not None
        try:
            self.app.stdin.write(command + "\n")
            self.app.stdin.flush()
        except BrokenPipeError:
            code = self.app.wait(timeout=10)
            raise RuntimeError(
                f"the app exited ({code}) before {command!r}; last asked: {self.last_command!r}"
            ) from None
        self.last_command = command
        return self.wait_answer(timeout)

    def wait_answer(self, timeout: float = 30) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                answer = self.answers.get(timeout=0.05)
            except queue.Empty:
                if self.app.poll() is not None:
                    raise RuntimeError(f"the app exited ({self.app.returncode})") from None
                pump(0.01)
                continue
            if "error" in answer:
                raise RuntimeError(answer["error"])
            return answer
        raise TimeoutError("the app did not answer")

    # -- events ----------------------------------------------------------------

    def _on_focus(self, event: Any) -> None:
        if event.detail1 == 1:
            self.focus_events.append(event.source)

    def _on_announcement(self, event: Any) -> None:
        data = safe(lambda: event.any_data, "")
        self.announcements.append(str(data or ""))

    # -- the tree --------------------------------------------------------------

    def application(self) -> Node | None:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            if safe(lambda app=app: app.get_process_id()) == self.app.pid:
                return app
        return None

    def windows(self) -> list[Node]:
        app = self.application()
        if app is None:
            return []
        return [w for w in children(app) if pyatspi.STATE_SHOWING in states(w)]

    def wait_window(self, title: str, timeout: float = 10) -> Node | None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for window in self.windows():
                # a dialog's accessible name is its title, then « — Familiemøte»
                if name(window) == title or name(window).startswith(title + " — "):
                    return window
            pump(0.05)
        return None

    def check_tree(self, window: Node, where: str) -> int:
        """Names and labels of every interactive node; returns how many it checked."""
        checked = 0
        for node, _depth in walk(window):
            node_role = role(node)
            node_states = states(node)
            if node_role not in INTERACTIVE or pyatspi.STATE_SHOWING not in node_states:
                continue
            if node_role in ("menu item", "check menu item", "radio menu item", "page tab"):
                continue  # inside menus and tab bars: checked below with their container
            checked += 1
            if not name(node):
                self.problems.append(f"{where}: no name: {describe(node)}")
            elif node_role in FIELDS and not labelled_by(node):
                value = value_of(node)
                if value and name(node) == value.strip():
                    self.problems.append(
                        f"{where}: field without a label (its name is its value): {describe(node)}"
                    )
            if node_role == "page tab list" or node_role in ("menu bar",):
                pass
        for node, _depth in walk(window):
            if role(node) in ("page tab list", "menu bar"):
                for item in children(node):
                    checked += 1
                    if not name(item):
                        self.problems.append(f"{where}: no name: {describe(item)}")
        return checked

    def focusables(self, window: Node) -> dict[str, Node]:
        found: dict[str, Node] = {}
        for node, _depth in walk(window):
            node_states = states(node)
            if role(node) not in INTERACTIVE or role(node) in ITEM_ROLES:
                continue
            if {pyatspi.STATE_FOCUSABLE, pyatspi.STATE_SHOWING, pyatspi.STATE_SENSITIVE} <= (
                node_states
            ):
                found[key(node)] = node
        return found

    # -- keys ------------------------------------------------------------------

    def press(self, keycode: int, shift: bool = False) -> None:
        if shift:
            pyatspi.Registry.generateKeyboardEvent(SHIFT, None, pyatspi.KEY_PRESS)
        pyatspi.Registry.generateKeyboardEvent(keycode, None, pyatspi.KEY_PRESSRELEASE)
        if shift:
            pyatspi.Registry.generateKeyboardEvent(SHIFT, None, pyatspi.KEY_RELEASE)

    def tab(self, shift: bool = False, sections: bool = False) -> Node | None:
        """Press Tab; the node that has focus afterwards (None if focus did not move).

        A date field (``sections``) takes Tab for its day, month, year, hour and
        minute before it lets go, focus staying in the field: up to five presses
        more. Each press waits for its focus event long enough for a loaded machine
        (pressing again too early would skip a stop).
        """
        self.focus_events.clear()
        for attempt in range(6 if sections else 1):
            self.press(TAB, shift)
            # a loaded machine can take seconds over the first key in a new window
            end = time.monotonic() + (5.0 if attempt == 0 else 1.0)
            while not self.focus_events and time.monotonic() < end:
                pump(0.01)
            if self.focus_events:
                break
        pump(0.03)  # a table sends its own focus, then its current cell's
        return self.focus_events[-1] if self.focus_events else None

    @staticmethod
    def stop_owner(node: Node) -> Node:
        """The control a stop belongs to: a table for its cell, else the node itself."""
        parent = safe(lambda: node.parent)
        if role(node) in ITEM_ROLES and parent is not None and role(parent) in CONTAINERS_OF_ITEMS:
            return parent
        return node

    def tab_tour(
        self, window: Node, where: str, limit: int = 160, whole_way_back: bool = True
    ) -> list[str]:
        """Tab round the window until focus comes back; check traps, empty and missed stops.

        Then Shift+Tab: the whole way back (the main window, the guide), or one step
        back from the first stop, which must land on the last (the dialogs).
        """
        started = time.monotonic()
        expected = self.focusables(window)
        stops: list[Node] = []
        owners: list[str] = []
        announced: list[str] = []
        first = self.focus_events[-1] if self.focus_events else None
        if len(expected) <= 1:  # one button (a message box): nowhere for Tab to go
            self.log.append(f"{where}: one control, {announce(first) if first else 'no focus'}")
            if first is not None and not name(first):
                self.problems.append(f"{where}: an empty Tab stop: {describe(first)}")
            return [announce(first)] if first is not None else []
        for step in range(limit):
            in_date = bool(stops) and dated(stops[-1])
            node = first if step == 0 and first is not None else self.tab(sections=in_date)
            if node is None:
                if stops and len(expected) > 1:
                    announced.append("(focus did not move)")
                    self.problems.append(
                        f"{where}: Tab did not move focus from {describe(stops[-1])}"
                    )
                break
            owner = self.stop_owner(node)
            owner_key = key(owner)
            if owners and owners[-1] == owner_key and role(owner) in CONTAINERS_OF_ITEMS:
                self.problems.append(f"{where}: the {role(owner)} keeps Tab: {describe(owner)}")
                announced.append(announce(node))
                break
            if owner_key in owners:
                break  # round the window and back
            if not name(node) and not name(owner):
                self.problems.append(f"{where}: an empty Tab stop: {describe(node)}")
            stops.append(node)
            owners.append(owner_key)
            announced.append(announce(node))
        reached = set(owners)
        for node_key, node in expected.items():
            if node_key not in reached:
                self.problems.append(f"{where}: not reached by Tab: {describe(node)}")
        if not whole_way_back and owners:
            node = self.tab(shift=True, sections=dated(stops[0]))  # from the first stop
            if node is None or key(self.stop_owner(node)) != owners[-1]:
                self.problems.append(
                    f"{where}: Shift+Tab from the first stop does not go to the last "
                    f"({describe(stops[-1])}) but to {describe(node) if node else 'nowhere'}"
                )
            owners_back = 0
        else:
            owners_back = len(owners)
        # back again with Shift+Tab: the same stops in the opposite order
        back: list[str] = []
        previous = stops[0] if stops else None
        for _ in range(min(owners_back, limit)):
            node = self.tab(shift=True, sections=previous is not None and dated(previous))
            if node is None:
                break
            previous = node
            owner_key = key(self.stop_owner(node))
            if back and back[-1] == owner_key:
                self.problems.append(
                    f"{where}: Shift+Tab stays in {describe(self.stop_owner(node))}"
                )
                break
            back.append(owner_key)
        missed = [k for k in owners if k not in set(back)]
        if owners and len(back) == len(owners) and missed:
            self.problems.append(
                f"{where}: Shift+Tab does not reach {len(missed)} stop(s) Tab reaches"
            )
        self.log.append(
            f"{where}: {len(owners)} Tab stops, {len(expected)} focusable controls "
            f"({time.monotonic() - started:.1f} s)"
        )
        return announced

    # -- errors ----------------------------------------------------------------

    def check_errors(self, title: str) -> None:
        self.focus_events.clear()
        self.announcements.clear()
        answer = self.ask("submit-empty")
        if answer.get("skipped") or not answer.get("open"):
            self.log.append(f"{title}: saving with empty fields showed no message")
            return
        pump(0.3)
        window = self.wait_window(answer["title"], 2)
        self.log.append(f"{title}: announcements {self.announcements}")
        for shown in answer["messages"]:
            message = shown.lstrip("⚠✓ ").strip()  # the sign is for the eye
            spoken = any(message in a for a in self.announcements) or any(
                message in description(node) or message in name(node) for node in self.focus_events
            )
            readable = window is not None and any(
                message in name(node) or message in text_of(node) or message in description(node)
                for node, _ in walk(window)
            )
            self.log.append(f"{title}: error «{message}» spoken={spoken} readable={readable}")
            if not spoken:
                self.problems.append(
                    f"{title}: the error «{message}» is not spoken (not in the focused "
                    "control's description, nor announced)"
                )
            if not readable:
                self.problems.append(f"{title}: the error «{message}» is not readable as text")

    # -- the run ---------------------------------------------------------------

    def main_window(self) -> Node | None:
        for window in self.windows():
            if role(window) == "frame" and name(window) == "Familiemøte":
                return window
        return None

    def visit_window(self, title: str, where: str, tour_name: str | None = None) -> None:
        window = self.wait_window(title, 5)
        if window is None:
            shown = [f"{role(w)} «{name(w)}»" for w in self.windows()]
            self.problems.append(f"{where}: the window «{title}» is not on the bus: {shown}")
            return
        self.seen_windows.append(f"{role(window)} «{title}» ({where})")
        if role(window) not in ("dialog", "frame", "alert", "file chooser", "window"):
            self.problems.append(f"{where}: the window «{title}» has the role {role(window)}")
        pump(0.15)
        self.check_tree(window, title)
        self.focus_events.clear()
        self.ask("focus-first")
        pump(0.15)
        tour = self.tab_tour(window, title, whole_way_back=tour_name is not None)
        if tour_name is not None:
            self.tours[tour_name] = tour[:TOUR_LENGTH]
        self.check_errors(title)
        if tour_name == "meeting guide":  # the guide's second window, for the family
            self.open_and_visit("click", "Vis for familien", close=False)

    def close_dialogs(self) -> None:
        for _ in range(6):
            answer = self.ask("windows")
            if len(answer["windows"]) <= 1:
                return
            self.ask("close-top")
            pump(0.1)

    def open_and_visit(
        self, command: str, label: str, tour_name: str | None = None, close: bool = True
    ) -> None:
        before = {w["title"] for w in self.ask("windows")["windows"]}
        if not self.ask(f"{command} {label}").get("ok"):
            self.log.append(f"{label}: not found")
            return
        end = time.monotonic() + 5
        opened = None
        while time.monotonic() < end and opened is None:
            pump(0.05)
            for window in self.ask("windows")["windows"]:
                if window["title"] not in before:
                    opened = window
        if opened is None:
            self.log.append(f"{label}: opened no window")
        elif opened["class"] == "QMenu":  # a button's drop-down menu: not a window
            self.log.append(f"{label}: opened a menu")
        elif opened["class"] in self.visited_classes:
            self.log.append(f"{label}: {opened['class']} again (walked once)")
        else:
            self.visited_classes.add(opened["class"])
            self.visit_window(opened["title"], f"{label} → {opened['class']}", tour_name)
        if close:
            self.close_dialogs()

    def run(self) -> None:
        ready = self.wait_answer(60)
        assert ready.get("ready")
        window = None
        end = time.monotonic() + 20
        while window is None and time.monotonic() < end:
            pump(0.1)
            window = self.main_window()
        if window is None:
            raise RuntimeError("the main window never reached the accessibility bus")
        self.seen_windows.append("frame «Familiemøte» (main window)")
        tabs = self.ask("tabs")["tabs"]
        buttons: list[str] = []
        for index, tab_name in enumerate(tabs):
            self.ask(f"tab {index}")
            pump(0.3)
            where = f"main window, tab «{tab_name}»"
            self.check_tree(window, where)
            self.focus_events.clear()
            self.ask("focus-first")
            pump(0.3)
            tour = self.tab_tour(window, where, whole_way_back=index == 0)
            self.tours[f"main window (tab «{tab_name}»)"] = tour[:TOUR_LENGTH]
            buttons += [b for b in self.ask("buttons")["buttons"] if b not in buttons]
        # the guide first, then every window a button of the case page opens
        guide = [b for b in buttons if b.startswith("Åpne møteguiden")]
        seen_kinds: set[str] = set()
        for index in range(len(tabs)):
            self.ask(f"tab {index}")
            for label in self.ask("buttons")["buttons"]:
                kind = label.split(" for ")[0]
                if kind in seen_kinds or label not in buttons:
                    continue
                seen_kinds.add(kind)
                tour_name = "meeting guide" if guide and label == guide[0] else None
                self.open_and_visit("click", label, tour_name)
        for label in self.ask("actions")["actions"] + WINDOWS_WITHOUT_ELLIPSIS:
            self.open_and_visit("trigger", label)
        # the self-test: a window with every fault on purpose (the test expects them all)
        self.open_and_visit("open-faulty", "")

    def finish(self) -> None:
        report: dict[str, object] = {
            "problems": self.problems,
            "windows": self.seen_windows,
            "log": self.log,
            "tours": self.tours,
        }
        (self.out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
        lines = []
        for title, tour in self.tours.items():
            lines.append(f"== {title}: {len(tour)} Tab stops, then round to the first")
            lines += [f"{i:2}. {text}" for i, text in enumerate(tour, 1)]
            lines.append("")
        (self.out / "focus-tour.txt").write_text("\n".join(lines))
        safe(lambda: self.ask("quit", 2))
        try:
            self.app.wait(30)
        except subprocess.TimeoutExpired:
            self.app.kill()
            self.app.wait(10)
        report["app_exit"] = self.app.returncode  # a crash on the way out shows here
        (self.out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))


def start_bus() -> list[subprocess.Popen[bytes]]:
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    address = ""
    end = time.monotonic() + 15
    while not address and time.monotonic() < end:
        result = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply=literal",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            capture_output=True,
            text=True,
        )
        address = result.stdout.strip() if result.returncode == 0 else ""
        if not address:
            time.sleep(0.1)
    if not address:
        raise RuntimeError("at-spi-bus-launcher gave no accessibility bus")
    registry = subprocess.Popen(
        ["/usr/libexec/at-spi2-registryd"],
        env={**os.environ, "AT_SPI_BUS_ADDRESS": address},
    )
    return [registry, launcher]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("app", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    helpers = start_bus()
    os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    walker = Walker(args.app, args.out)
    try:
        walker.run()
    finally:
        walker.finish()
        for helper in helpers:
            helper.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
