"""Find every translatable string in the code, with the context Qt looks it up in.

pyside6-lupdate does not follow this codebase's module-level helpers
(``def tr(text): return QCoreApplication.translate("Messages", text)``): it files
their strings under an empty context, so Qt never finds the translation. This
reads the code with ``ast`` instead and knows:

- ``self.tr("…")`` inside ``class C`` -> context ``C`` (PySide looks up the
  class where the method is defined, then its bases);
- ``QCoreApplication.translate("Ctx", "…")`` / ``QApplication.translate`` and
  ``QT_TRANSLATE_NOOP("Ctx", "…")`` -> context ``Ctx``;
- ``QT_TR_NOOP("…")`` inside ``class C`` -> context ``C``;
- a call of a module-level helper whose body is ``return
  QCoreApplication.translate(CTX, text)`` -> that helper's context.

A count is translated with Qt's plural forms: ``self.tr("%n saker slettes", "", n)``
or ``QCoreApplication.translate("Ctx", "%n saker slettes", None, n)`` (or ``n=n``),
or a module-level helper ``def tr(text, n=-1)`` that passes its second parameter
on as ``n``, called with a count (``tr("%n møter", len(meetings))``). Such a
message is *numerus*: its source is the bokmål plural with ``%n`` where the
number goes, and both familiemote_nb.ts and familiemote_nn.ts give it a
singular and a plural form. Without a translation Qt shows the source (the
plural) with the number put in.

A call whose text is not a literal (a variable, an f-string) cannot be
extracted; it is reported as a problem unless the line carries the comment
``# i18n: marked`` (its strings are marked with QT_TRANSLATE_NOOP where they
are defined, in the same context).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
MARKED = "# i18n: marked"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, "" if none
    path: str
    line: int
    numerus: bool = False  # a count: translated with singular and plural forms


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def _literal(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    out: dict[str, str] = {}
    for stmt in tree.body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(stmt, ast.Assign):
            targets, value = stmt.targets, stmt.value
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            targets, value = [stmt.target], stmt.value
        for t in targets:
            if (
                isinstance(t, ast.Name)
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
            ):
                out[t.id] = value.value
    return out


def _is_translate(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in TRANSLATE_OWNERS
    )


def _count_arg(call: ast.Call, position: int) -> ast.expr | None:
    """The ``n`` of a translate call (a count), positional or keyword, or None."""
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == "n"), None)


def _wrappers(
    tree: ast.Module, constants: dict[str, str]
) -> dict[str, tuple[str, str | None]]:
    """Module-level helpers that translate their first argument in a fixed context:
    name -> (context, the name of the parameter passed on as the count, or None)."""
    out: dict[str, tuple[str, str | None]] = {}
    for stmt in tree.body:
        if not isinstance(stmt, ast.FunctionDef) or not stmt.args.args:
            continue
        param = stmt.args.args[0].arg
        count_param = stmt.args.args[1].arg if len(stmt.args.args) > 1 else None
        for node in ast.walk(stmt):
            if (
                isinstance(node, ast.Return)
                and isinstance(node.value, ast.Call)
                and _is_translate(node.value.func)
                and len(node.value.args) >= 2
                and isinstance(node.value.args[1], ast.Name)
                and node.value.args[1].id == param
            ):
                ctx = _literal(node.value.args[0], constants)
                count = _count_arg(node.value, 3)
                passes_count = isinstance(count, ast.Name) and count.id == count_param
                if ctx is not None:
                    out[stmt.name] = (ctx, count_param if passes_count else None)
    return out


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, lines: list[str],
                 wrappers: dict[str, tuple[str, str | None]],
                 constants: dict[str, str]) -> None:
        self.path = path
        self.lines = lines
        self.wrappers = wrappers
        self.constants = constants
        self.classes: list[str] = []
        self.messages: list[Message] = []
        self.problems: list[Problem] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _marked(self, node: ast.Call) -> bool:
        end = getattr(node, "end_lineno", node.lineno) or node.lineno
        return any(MARKED in self.lines[i - 1] for i in range(node.lineno, end + 1))

    def _add(self, node: ast.Call, context: str | None, text_node: ast.AST | None,
             comment_node: ast.AST | None, kind: str, numerus: bool = False) -> None:
        if context is None:
            self.problems.append(Problem(self.path, node.lineno, f"{kind} outside a class"))
            return
        text = _literal(text_node, self.constants)
        if text is None:
            if not self._marked(node):
                self.problems.append(Problem(
                    self.path, node.lineno,
                    f"{kind} of a non-literal text: mark its strings with QT_TRANSLATE_NOOP"
                    f"({context!r}, …) and add '{MARKED}' to this line",
                ))
            return
        if not text.strip():
            return  # tr("") has nothing to translate
        comment = _literal(comment_node, self.constants) or ""
        if numerus and "%n" not in text:
            self.problems.append(Problem(
                self.path, node.lineno,
                f"{kind} with a count but no %n in {text!r}: write the bokmål plural with "
                "%n where the number goes",
            ))
        elif not numerus and "%n" in text:
            self.problems.append(Problem(
                self.path, node.lineno,
                f"{kind} of {text!r} has %n but no count: pass the number as n",
            ))
        self.messages.append(Message(context, text, comment, self.path, node.lineno, numerus))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        cls = self.classes[-1] if self.classes else None
        args = node.args
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id in ("self", "cls")
            and args
        ):
            self._add(node, cls, args[0], args[1] if len(args) > 1 else None, "self.tr()",
                      _count_arg(node, 2) is not None)
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and args:
            # window.tr("…"), self.window.tr("…"): Qt looks the string up under the class
            # of that object at run time, which the extractor cannot know, so the string
            # never reaches the .ts and stays bokmål in nynorsk.
            self.problems.append(Problem(
                self.path, node.lineno,
                "tr() on another object: use self.tr() in a QObject, or a module-level "
                "QCoreApplication.translate('Context', text) wrapper",
            ))
        elif _is_translate(func) and len(args) >= 2:
            ctx = _literal(args[0], self.constants)
            if ctx is None:
                self.problems.append(Problem(self.path, node.lineno, "translate() context is "
                                             "not a literal"))
            else:
                self._add(node, ctx, args[1], args[2] if len(args) > 2 else None, "translate()",
                          _count_arg(node, 3) is not None)
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(args) >= 2:
            self._add(node, _literal(args[0], self.constants), args[1],
                      args[2] if len(args) > 2 else None, "QT_TRANSLATE_NOOP()")
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP" and args:
            self._add(node, cls, args[0], None, "QT_TR_NOOP()")
        elif isinstance(func, ast.Name) and func.id in self.wrappers and args:
            ctx, count_param = self.wrappers[func.id]
            numerus = count_param is not None and (
                len(args) > 1 or any(k.arg == count_param for k in node.keywords)
            )
            self._add(node, ctx, args[0], None, f"{func.id}()", numerus)
        self.generic_visit(node)


def source_files() -> list[Path]:
    return sorted((ROOT / "familiemote").rglob("*.py"))


def extract(files: list[Path] | None = None) -> tuple[list[Message], list[Problem]]:
    messages: list[Message] = []
    problems: list[Problem] = []
    for path in files if files is not None else source_files():
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        constants = _module_constants(tree)
        rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
        visitor = _Visitor(rel, text.splitlines(), _wrappers(tree, constants), constants)
        visitor.visit(tree)
        # the helper definitions themselves translate a parameter: not a problem
        wrapper_lines = {
            n.lineno
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef) and n.name in visitor.wrappers
            for n in ast.walk(n)
            if isinstance(n, ast.Call)
        }
        problems += [p for p in visitor.problems if p.line not in wrapper_lines]
        messages += visitor.messages
    return messages, problems


def numerus_keys(messages: list[Message]) -> set[tuple[str, str, str]]:
    """The (context, source, comment) of every count message."""
    return {(m.context, m.source, m.comment) for m in messages if m.numerus}


def unique(messages: list[Message]) -> dict[tuple[str, str, str], list[Message]]:
    out: dict[tuple[str, str, str], list[Message]] = {}
    for msg in messages:
        out.setdefault((msg.context, msg.source, msg.comment), []).append(msg)
    return out


if __name__ == "__main__":
    msgs, probs = extract()
    for p in probs:
        print(p)
    print(f"{len(unique(msgs))} strings in {len({m.context for m in msgs})} contexts, "
          f"{len(probs)} problems")


# --- user-visible text that is not translated at all -------------------------------------

# Qt calls whose text arguments the user sees: name -> positions of those arguments
# (None: every positional argument). Keyword arguments named "text"/"title" count too.
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setPlaceholderText": (0,),
    "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setStatusTip": (0,),
    "setWhatsThis": (0,), "showMessage": (0,), "setTitle": (0,), "setLabelText": (0,),
    "setInformativeText": (0,), "setDetailedText": (0,), "setSpecialValueText": (0,),
    "setSuffix": (0,), "setPrefix": (0,), "setTabText": (1,), "setTabToolTip": (1,),
    "setItemText": (1,), "setButtonText": (1,), "setHtml": (0,), "setPlainText": (0,),
    "addTab": (1,), "insertTab": (2,), "addItem": (0,), "insertItem": (1,), "addItems": (0,),
    "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,), "addAction": (0,), "addMenu": (0,), "addSection": (0,),
    "addButton": (0,), "addRow": (0,), "setNameFilter": (0,), "setNameFilters": (0,),
    "setOkButtonText": (0,), "setCancelButtonText": (0,),
}
TEXT_CLASSES: dict[str, tuple[int, ...] | None] = {
    "QLabel": (0,), "QPushButton": (0,), "QToolButton": (0,), "QAction": (0, 1),
    "QGroupBox": (0,), "QCheckBox": (0,), "QRadioButton": (0,), "QMenu": (0,),
    "QTableWidgetItem": (0,), "QListWidgetItem": (0,), "QTreeWidgetItem": (0,),
    "QStandardItem": (0,), "QCommandLinkButton": (0, 1), "QMessageBox": (1, 2),
    "QShortcut": (), "QProgressDialog": (0, 1),
}
STATIC_DIALOGS: dict[str, dict[str, tuple[int, ...]]] = {
    "QMessageBox": {name: (1, 2) for name in
                    ("information", "warning", "critical", "question", "about")},
    "QInputDialog": {name: (1, 2) for name in
                     ("getInt", "getDouble", "getText", "getItem", "getMultiLineText")},
    "QFileDialog": {"getSaveFileName": (1, 3), "getOpenFileName": (1, 3),
                    "getOpenFileNames": (1, 3), "getExistingDirectory": (1,)},
}
TEXT_KEYWORDS = {"text", "title", "caption", "filter", "label", "toolTip", "statusTip"}
NOT_TEXT = "# i18n: not text"  # a literal that is not language (a product name, a format)
NEVER_TRANSLATED = {"Familiemøte"}  # the product's name is the same in nynorsk
_TAG = re.compile(r"<[^>]*>|&\w+;")  # markup is not language
_WORD = re.compile(r"[A-Za-zÆØÅæøåÉé]{2,}")  # a word: two letters or more ("F1", "N" are not)


def _literal_texts(node: ast.AST, constants: dict[str, str] | None = None) -> list[str]:
    """Text literals in ``node`` that reach the screen as they are (not via a call);
    a module-level text constant counts as a literal."""
    constants = constants or {}
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and node.id in constants:
        return [constants[node.id]]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    if isinstance(node, ast.BinOp):
        return _literal_texts(node.left, constants) + _literal_texts(node.right, constants)
    if isinstance(node, ast.List | ast.Tuple):
        return [t for elt in node.elts for t in _literal_texts(elt, constants)]
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body, constants) + _literal_texts(node.orelse, constants)
    return []  # a call (tr, translate, format, ...) or a name: not a bare literal


def _wordy(text: str) -> bool:
    return text.strip() not in NEVER_TRANSLATED and bool(_WORD.search(_TAG.sub(" ", text)))


def _text_positions(func: ast.expr) -> tuple[str, tuple[int, ...] | None] | None:
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        if owner in STATIC_DIALOGS and func.attr in STATIC_DIALOGS[owner]:
            return f"{owner}.{func.attr}", STATIC_DIALOGS[owner][func.attr]
        if func.attr in TEXT_METHODS:
            return func.attr, TEXT_METHODS[func.attr]
        if func.attr in TEXT_CLASSES:
            return func.attr, TEXT_CLASSES[func.attr]
    if isinstance(func, ast.Name) and func.id in TEXT_CLASSES:
        return func.id, TEXT_CLASSES[func.id]
    return None


def untranslated(files: list[Path] | None = None) -> list[Problem]:
    """Literal text passed straight to a Qt text setter or widget: the user would see it
    in bokmål whatever the language. Wrap it in self.tr() / QCoreApplication.translate()."""
    out: list[Problem] = []
    for path in files if files is not None else source_files():
        text = path.read_text(encoding="utf-8")
        if "PySide6" not in text:
            continue
        lines = text.splitlines()
        rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
        tree = ast.parse(text, filename=str(path))
        constants = _module_constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            found = _text_positions(node.func)
            if found is None:
                continue
            name, positions = found
            args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
            args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
            end = node.end_lineno or node.lineno
            if any(NOT_TEXT in lines[i - 1] for i in range(node.lineno, end + 1)):
                continue
            for arg in args:
                for literal in _literal_texts(arg, constants):
                    if _wordy(literal):
                        out.append(Problem(rel, arg.lineno,
                                           f"{name}() shows untranslated text {literal!r}"))
    return out
