"""Which screen the family view goes to: pure rules, and a thin adapter over QScreen.

The rules follow what projection programs learnt the hard way:

* OpenLP (``openlp/core/display/screens.py``, ``ScreenList``) orders screens by
  their position on the desktop (left to right, then top to bottom), puts the
  display on the first screen that is not the primary, and remembers the chosen
  screen by its geometry, not by its number: numbers change when a screen is
  plugged in, geometries mostly do not. A remembered screen that is no longer
  there is forgotten and the default guess is made again.
* Pympress (``util.Monitor.lookup_monitors``) drops mirrored screens (the same
  area twice) and screens lying inside another one, and recognises the laptop's
  own panel by its connector name (eDP, LVDS, DSI ...) before trusting "primary",
  since a projector is sometimes made the primary screen.

So: the laptop's own screen is the built-in panel if one is recognised, else the
primary. The family view goes full screen on the first other screen; with only
the laptop's own screen it opens as an ordinary window there. A screen the user
chose (by the swap key, or by moving the window) is remembered by its geometry
and wins next time while it is connected.

Everything but :func:`screen_infos` and :func:`qscreen_for` is plain Python,
so the rules are tested without a display.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QScreen

Rect = tuple[int, int, int, int]  # x, y, width, height on the virtual desktop

# Connector names of a laptop's built-in panel (as X11/Wayland/Windows report them).
BUILTIN_PREFIXES = ("EDP", "LVDS", "DSI", "IDP", "LCD")


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    geometry: Rect
    is_primary: bool = False
    # Screens on one virtual desktop share coordinates; separate X screens (or
    # Xvfb's ``-screen 0 … -screen 1 …``) each start at 0,0 on a desktop of their own.
    desktop: int = 0

    @property
    def is_builtin(self) -> bool:
        """A laptop's own panel, recognised by its connector name."""
        return self.name.upper().startswith(BUILTIN_PREFIXES)


@dataclass(frozen=True)
class Placement:
    """Where the family view goes: a screen, and full screen or a window."""

    screen: ScreenInfo
    full_screen: bool


def _contains(outer: Rect, inner: Rect) -> bool:
    ox, oy, ow, oh = outer
    ix, iy, iw, ih = inner
    return ox <= ix and oy <= iy and ix + iw <= ox + ow and iy + ih <= oy + oh


def distinct_screens(screens: Iterable[ScreenInfo]) -> list[ScreenInfo]:
    """The screens that show something of their own, left to right, top to bottom.

    A mirrored screen (the same area as one before it) and a screen lying inside
    another one are dropped: putting the view "there" would put it on the laptop.
    Of a mirrored pair the primary one is kept, so the laptop is still recognised.
    """
    ordered = sorted(
        screens, key=lambda s: (s.desktop, s.geometry[0], s.geometry[1], not s.is_primary)
    )
    kept: list[ScreenInfo] = []
    for s in ordered:
        if any(k.desktop == s.desktop and k.geometry == s.geometry for k in kept):
            continue
        kept.append(s)
    return [
        s
        for s in kept
        if not any(
            o is not s
            and o.desktop == s.desktop
            and o.geometry != s.geometry
            and _contains(o.geometry, s.geometry)
            for o in kept
        )
    ]


def own_screen(screens: Sequence[ScreenInfo]) -> ScreenInfo | None:
    """The laptop's own screen: its built-in panel, else the primary, else the first."""
    if not screens:
        return None
    return (
        next((s for s in screens if s.is_builtin), None)
        or next((s for s in screens if s.is_primary), None)
        or screens[0]
    )


def _placement(screen: ScreenInfo, screens: Sequence[ScreenInfo]) -> Placement:
    return Placement(screen, full_screen=screen != own_screen(screens))


def choose_screen(
    screens: Iterable[ScreenInfo], remembered: Rect | None = None
) -> Placement | None:
    """Where to open the family view (None when Qt reports no screen at all).

    The remembered screen when it is still connected (same geometry); else the
    first screen that is not the laptop's own, full screen; else the laptop's
    own screen, as a window.
    """
    found = distinct_screens(screens)
    if not found:
        return None
    if remembered is not None:
        match = next((s for s in found if s.geometry == remembered), None)
        if match is not None:
            return _placement(match, found)
    own = own_screen(found)
    other = next((s for s in found if s != own), None)
    if other is not None:
        return Placement(other, full_screen=True)
    assert own is not None
    return Placement(own, full_screen=False)


def next_screen(screens: Iterable[ScreenInfo], current: Rect | None) -> Placement | None:
    """The one-key swap: the screen after ``current`` in desktop order, round again.

    With a single screen it is that screen again (the view then toggles between
    full screen and a window).
    """
    found = distinct_screens(screens)
    if not found:
        return None
    index = next((i for i, s in enumerate(found) if s.geometry == current), -1)
    if index < 0 and current is not None:  # the window's screen by its centre
        cx, cy = current[0] + current[2] // 2, current[1] + current[3] // 2
        index = next((i for i, s in enumerate(found) if _contains(s.geometry, (cx, cy, 0, 0))), -1)
    return _placement(found[(index + 1) % len(found)], found)


def rect_from_setting(value: object) -> Rect | None:
    """A geometry stored as "x,y,w,h" (QSettings), or None for anything else."""
    if isinstance(value, (list, tuple)):
        value = ",".join(str(v) for v in value)
    if not isinstance(value, str):
        return None
    parts = value.split(",")
    if len(parts) != 4:
        return None
    try:
        x, y, w, h = (int(p.strip()) for p in parts)
    except ValueError:
        return None
    if w <= 0 or h <= 0:
        return None
    return (x, y, w, h)


def rect_to_setting(rect: Rect) -> str:
    return ",".join(str(v) for v in rect)


# -- the Qt side --------------------------------------------------------------------


def _desktop(screen: QScreen, screens: list[QScreen]) -> int:
    """Which virtual desktop a screen is on: the position of the first of its siblings."""
    siblings = screen.virtualSiblings() or [screen]
    return min((i for i, s in enumerate(screens) if s in siblings), default=0)


def screen_info(screen: QScreen, primary: QScreen | None) -> ScreenInfo:
    g = screen.geometry()
    desktop = _desktop(screen, QGuiApplication.screens())
    return ScreenInfo(
        screen.name(), (g.x(), g.y(), g.width(), g.height()), screen == primary, desktop
    )


def screen_infos(exclude: QScreen | None = None) -> list[ScreenInfo]:
    """The screens Qt knows now (without ``exclude``, a screen being unplugged)."""
    primary = QGuiApplication.primaryScreen()
    return [screen_info(s, primary) for s in QGuiApplication.screens() if s is not exclude]


def qscreen_for(info: ScreenInfo, exclude: QScreen | None = None) -> QScreen | None:
    """The QScreen a :class:`ScreenInfo` describes (by desktop and geometry, else by name)."""
    screens = [s for s in QGuiApplication.screens() if s is not exclude]
    primary = QGuiApplication.primaryScreen()
    for s in screens:
        found = screen_info(s, primary)
        if (found.desktop, found.geometry) == (info.desktop, info.geometry):
            return s
    for s in screens:
        if screen_info(s, primary).geometry == info.geometry:
            return s
    return next((s for s in screens if s.name() == info.name), None)
