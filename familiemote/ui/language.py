"""The language the app speaks and prints in: bokmål or nynorsk.

The choice is stored in QSettings (``ui/language``); without one, the system
locale decides (nn / nn_NO gives nynorsk, everything else bokmål). Qt installs
the translators once at start (familiemote/app.py), so a new choice takes effect
at the next start: the menu says so. The language in use is kept on the
QApplication, so that printing (which has no Qt) can be told which language to
print in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings

if TYPE_CHECKING:  # the menu's classes: app.py imports this module before the first frame
    from PySide6.QtWidgets import QMenu, QWidget

    from familiemote.printing.texts import Lang

KEY_LANGUAGE = "ui/language"
LANGUAGES: tuple[Lang, ...] = ("nb", "nn")
LANGUAGE_PROPERTY = "familiemoteLanguage"


def system_language(locale: QLocale | None = None) -> Lang:
    """nynorsk for a nynorsk system locale (nn, nn_NO), otherwise bokmål."""
    name = (locale or QLocale.system()).name()
    return "nn" if name == "nn" or name.startswith("nn_") else "nb"


def stored_language(settings: QSettings) -> Lang | None:
    value = settings.value(KEY_LANGUAGE)
    for lang in LANGUAGES:
        if value == lang:
            return lang
    return None


def choose_language(settings: QSettings, locale: QLocale | None = None) -> Lang:
    """The language from the settings, else from the system locale; bokmål by default."""
    return stored_language(settings) or system_language(locale)


def set_ui_language(lang: Lang | None) -> None:
    """Remember the language the translators were installed for (None: forget it)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(LANGUAGE_PROPERTY, lang)


def ui_language() -> Lang:
    """The language the app runs in now (bokmål when nothing was installed)."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return "nn" if value == "nn" else "nb"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LanguageMenu", text)


def add_language_menu(parent: QWidget, settings_menu: QMenu, settings: QSettings) -> QMenu:
    """``Innstillinger > Språk``: Bokmål / Nynorsk, stored; used from the next start."""
    # here, not at the top: app.py imports this module before the first window
    from PySide6.QtWidgets import QMessageBox

    from familiemote.ui.widgets import choice_menu

    def chosen(lang: str) -> None:
        if lang == choose_language(settings) and stored_language(settings) is not None:
            return
        settings.setValue(KEY_LANGUAGE, lang)
        settings.sync()
        if lang == ui_language():
            return
        QMessageBox.information(
            parent,
            _tr("Språk"),
            _tr(
                "Familiemøte bruker det nye språket neste gang programmet startes. "
                "Lukk programmet og start det på nytt for å bytte språk nå."
            ),
        )

    return choice_menu(
        settings_menu,
        _tr("&Språk"),
        [("nb", _tr("&Bokmål")), ("nn", _tr("&Nynorsk"))],
        choose_language(settings),
        chosen,
    )
