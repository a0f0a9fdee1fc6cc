"""The pathway's information boxes: local knowledge beside the pathway.

The pathway «Samordning av hjelpetilbud for barn og unge» has, besides its five
phases, information boxes: the pathway itself, the municipal and specialist
services, guides, laws and regulations, useful links, Helsebiblioteket,
collaboration in acute cases, learning and coping services, and conditions
(Skrove mfl., Møreforsking Molde 2016, «Kvalitet i alle ledd», kap. 8.5.1).

The shipped boxes are content (``resources/content/info_boxes_<language>.json``).
A municipality makes a box its own in the app: its text is stored in the
database (table ``info_boxes``, one row per box and language), so everyone on a
shared server reads the same boxes, and every change is in the audit trail (a
Core write through the unit of work's audited session). Deleting the row puts
the shipped text back («tilbake til standardteksten»).

A box is a title, what it covers, and blocks: headings, paragraphs, lists, phone
numbers and links (links are text to copy: the app runs offline).

The box ``akutt`` is the acute route: its phone blocks, in order, are whom to
call; an empty number is one the municipality has yet to fill in.

The content package (:func:`export_package`, :func:`import_package`) is one JSON
file with the municipality's own boxes; docs/informasjonsbokser-pakke.md
describes it. A damaged, foreign or newer file is refused whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError, ContentError, DomainError
from familiemote.resources_path import resource_path
from familiemote.services import help as help_service
from familiemote.services import sources
from familiemote.services.pathway import load_content, read_content_json
from familiemote.storage.queries.info_boxes import StoredBox
from familiemote.storage.uow import UnitOfWork

LANGUAGES: Final = ("nb", "nn")
ACUTE_KEY: Final = "akutt"
BLOCK_KINDS: Final = ("heading", "paragraph", "list", "phone", "link")
PACKAGE_FORMAT: Final = "familiemote-informasjonsbokser"
PACKAGE_VERSION: Final = 1
TITLE_MAX: Final = 120
TEXT_MAX: Final = 4000
BLOCKS_MAX: Final = 80


class PackageError(DomainError):
    """A content package that cannot be read in; nothing was changed.

    ``reason`` is one of ``"unreadable"``, ``"foreign"``, ``"newer"``,
    ``"damaged"``, ``"invalid"``.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"content package {reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Block:
    """One part of a box. ``kind`` is one of :data:`BLOCK_KINDS`.

    heading/paragraph: ``text``; list: ``items``; phone: ``label`` and ``number``;
    link: ``label`` and ``address``.
    """

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    label: str = ""
    number: str = ""
    address: str = ""

    def words(self) -> str:
        return " ".join((self.text, *self.items, self.label, self.number, self.address)).strip()

    def to_json(self) -> dict[str, Any]:
        if self.kind in ("heading", "paragraph"):
            return {"type": self.kind, "text": self.text}
        if self.kind == "list":
            return {"type": "list", "items": list(self.items)}
        if self.kind == "phone":
            return {"type": "phone", "label": self.label, "number": self.number}
        return {"type": "link", "label": self.label, "address": self.address}


@dataclass(frozen=True)
class Box:
    key: str
    title: str
    covers: str
    blocks: tuple[Block, ...]
    contact_kinds: tuple[m.ServiceKind, ...] = ()
    sources: tuple[str, ...] = ()
    is_default: bool = False  # a default the reports are silent on: the municipality adapts it

    def text(self) -> str:
        return " ".join((self.title, self.covers, *(b.words() for b in self.blocks)))

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "covers": self.covers,
            "blocks": [b.to_json() for b in self.blocks],
            "contact_kinds": [k.value for k in self.contact_kinds],
            "sources": list(self.sources),
            "default": self.is_default,
        }


@dataclass(frozen=True)
class ShownBox:
    """A box as the app shows it: the municipality's own text or the shipped one."""

    box: Box
    own: bool  # the municipality's text (stored in the database)
    language: str  # the language the text is in (an own text may exist in one only)
    updated_at: dt.datetime | None = None
    updated_by: str = ""
    version: int = 0


@dataclass(frozen=True)
class LocalContact:
    service: str
    phone: str
    email: str
    people: tuple[str, ...] = field(default_factory=tuple)


# -- parsing -----------------------------------------------------------------------------


def _str(raw: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise ContentError(f"info box {where}: {key!r} must be text")
    value = value.strip()
    if required and not value:
        raise ContentError(f"info box {where}: missing {key!r}")
    if len(value) > TEXT_MAX:
        raise ContentError(f"info box {where}: {key!r} is too long")
    return value


def parse_block(raw: Any, where: str) -> Block:
    if not isinstance(raw, dict):
        raise ContentError(f"info box {where}: a block must be an object")
    kind = raw.get("type")
    if kind in ("heading", "paragraph"):
        return Block(kind, text=_str(raw, "text", where))
    if kind == "list":
        items = raw.get("items")
        if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
            raise ContentError(f"info box {where}: a list needs items of text")
        cleaned = tuple(i.strip() for i in items if i.strip())
        if not cleaned:
            raise ContentError(f"info box {where}: a list needs items")
        return Block("list", items=cleaned)
    if kind == "phone":
        return Block(
            "phone",
            label=_str(raw, "label", where),
            number=_str(raw, "number", where, required=False),
        )
    if kind == "link":
        return Block("link", label=_str(raw, "label", where), address=_str(raw, "address", where))
    raise ContentError(f"info box {where}: unknown block type {kind!r}")


def parse_box(raw: Any) -> Box:
    """Check and convert one box. Raises :class:`ContentError`."""
    if not isinstance(raw, dict):
        raise ContentError("info box: not an object")
    key = _str(raw, "key", "?")
    title = _str(raw, "title", key)
    if len(title) > TITLE_MAX:
        raise ContentError(f"info box {key}: title too long")
    blocks_raw = raw.get("blocks", [])
    if not isinstance(blocks_raw, list) or len(blocks_raw) > BLOCKS_MAX:
        raise ContentError(f"info box {key}: 'blocks' must be a list")
    kinds_raw = raw.get("contact_kinds", [])
    if not isinstance(kinds_raw, list):
        raise ContentError(f"info box {key}: 'contact_kinds' must be a list")
    try:
        kinds = tuple(m.ServiceKind(k) for k in kinds_raw)
    except ValueError as exc:
        raise ContentError(f"info box {key}: {exc}") from exc
    refs = raw.get("sources", [])
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        raise ContentError(f"info box {key}: 'sources' must be a list of texts")
    for ref in refs:
        sources.parse(ref)  # a line number or a bare report is refused
    return Box(
        key=key,
        title=title,
        covers=_str(raw, "covers", key, required=False),
        blocks=tuple(parse_block(b, f"{key}/{i + 1}") for i, b in enumerate(blocks_raw)),
        contact_kinds=kinds,
        sources=tuple(refs),
        is_default=bool(raw.get("default", False)),
    )


def parse_boxes(data: Mapping[str, Any]) -> tuple[Box, ...]:
    raw = data.get("boxes")
    if not isinstance(raw, list) or not raw:
        raise ContentError("info boxes: 'boxes' must be a non-empty list")
    boxes = tuple(parse_box(b) for b in raw)
    keys = [b.key for b in boxes]
    if len(set(keys)) != len(keys):
        raise ContentError("info boxes: a key is used twice")
    if ACUTE_KEY not in keys:
        raise ContentError("info boxes: the acute route is missing")
    return boxes


def load_box_file(path: Path) -> tuple[Box, ...]:
    return parse_boxes(read_content_json(path))


@lru_cache(maxsize=len(LANGUAGES))
def shipped_boxes(language: str = "nb") -> tuple[Box, ...]:
    """The boxes shipped in ``language`` (bokmål for a language without its own file)."""
    lang = language if language in LANGUAGES else "nb"
    return load_box_file(resource_path("content") / f"info_boxes_{lang}.json")


def shipped_box(key: str, language: str) -> Box:
    for box in shipped_boxes(language):
        if box.key == key:
            return box
    raise ContentError(f"info box {key}: not shipped")


def shipped_keys() -> tuple[str, ...]:
    return tuple(b.key for b in shipped_boxes("nb"))


# -- reading and writing the municipality's boxes ------------------------------------------


def _own_rows(uow: UnitOfWork) -> dict[tuple[str, str], StoredBox]:
    return uow.info_boxes.stored()


def _shown(shipped: Box, language: str, rows: Mapping[tuple[str, str], StoredBox]) -> ShownBox:
    # The municipality's text in this language; else its text in the other language (its
    # own numbers and contacts beat a default without them); else the shipped text.
    order = [language, *(lang for lang in LANGUAGES if lang != language)]
    for lang in order:
        row = rows.get((shipped.key, lang))
        if row is None:
            continue
        try:
            box = parse_box(json.loads(row.content))
        except (ContentError, ValueError):
            continue  # a row that no longer reads: show the shipped text
        return ShownBox(
            box=Box(
                key=shipped.key,
                title=box.title,
                covers=box.covers,
                blocks=box.blocks,
                contact_kinds=box.contact_kinds,
                sources=box.sources,
                is_default=False,
            ),
            own=True,
            language=lang,
            updated_at=row.updated_at,
            updated_by=row.updated_by,
            version=row.version,
        )
    return ShownBox(box=shipped, own=False, language=language)


def list_boxes(uow: UnitOfWork, language: str) -> list[ShownBox]:
    """Every box as shown in ``language``, in the shipped order."""
    with uow:
        rows = _own_rows(uow)
    return [_shown(box, language, rows) for box in shipped_boxes(language)]


def get_box(uow: UnitOfWork, key: str, language: str) -> ShownBox:
    shipped = shipped_box(key, language)
    with uow:
        rows = _own_rows(uow)
    return _shown(shipped, language, rows)


def save_box(
    uow: UnitOfWork,
    box: Box,
    language: str,
    expected_version: int | None = None,
) -> int:
    """Store the municipality's text of ``box`` in ``language``; returns its new version.

    ``expected_version`` (the version that was opened, 0 for the shipped text) guards
    against overwriting what someone else saved meanwhile.
    """
    if language not in LANGUAGES:
        raise ContentError(f"info box {box.key}: unknown language {language!r}")
    shipped_box(box.key, language)  # only the shipped boxes can be made one's own
    clean = parse_box(box.to_json())  # the same checks as the shipped content
    content = json.dumps(clean.to_json(), ensure_ascii=False, sort_keys=True)
    with uow:
        uow.info_boxes.lock()
        current = uow.info_boxes.version(box.key, language)
        found = current or 0
        if expected_version is not None and expected_version != found:
            raise ConcurrentChangeError(f"info box {box.key} ({language})")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        user = uow.audit.user()
        uow.info_boxes.write(box.key, language, content, current=current, user=user, now=now)
        uow.commit()
    return found + 1


def reset_box(uow: UnitOfWork, key: str, language: str) -> bool:
    """Back to the shipped text in ``language``; False when there was no own text."""
    with uow:
        deleted = uow.info_boxes.delete(key, language)
        uow.commit()
    return deleted


def local_contacts(
    services: Iterable[m.Service], professionals: Iterable[m.Professional], box: Box
) -> list[LocalContact]:
    """The directory's active services of the kinds the box names, with their people."""
    people: dict[int | None, list[str]] = {}
    for p in professionals:
        if p.active:
            people.setdefault(p.service_id, []).append(
                p.name + (f", {p.title}" if p.title else "") + (f", {p.phone}" if p.phone else "")
            )
    found = []
    for kind in box.contact_kinds:
        for s in services:
            if s.kind is kind and s.active:
                found.append(LocalContact(s.name, s.phone, s.email, tuple(people.get(s.id, ()))))
    return found


# -- the acute route --------------------------------------------------------------------------


def acute_numbers(shown: ShownBox) -> list[Block]:
    """The acute route's phone blocks, in the order to call."""
    return [b for b in shown.box.blocks if b.kind == "phone"]


def missing_acute_numbers(uow: UnitOfWork, language: str) -> list[str]:
    """The labels of the acute numbers not filled in yet (empty: all are filled in)."""
    return [b.label for b in acute_numbers(get_box(uow, ACUTE_KEY, language)) if not b.number]


# -- search -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "box" or "help"
    key: str  # the box's key, or "phase:<phase>" / "step:<kind>:<step>"
    title: str
    excerpt: str


def _excerpt(text: str, word: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    at = flat.casefold().find(word.casefold())
    if at < 0:
        return flat[: width * 2]
    start = max(0, at - width)
    end = min(len(flat), at + len(word) + width)
    return ("… " if start else "") + flat[start:end] + (" …" if end < len(flat) else "")


def search(boxes: Iterable[ShownBox], language: str, query: str) -> list[SearchHit]:
    """Every box and help text with all the words of ``query`` (case-insensitive)."""
    words = [w for w in query.casefold().split() if w]
    if not words:
        return []

    def matches(text: str) -> bool:
        folded = text.casefold()
        return all(w in folded for w in words)

    hits: list[SearchHit] = []
    for shown in boxes:
        text = shown.box.text()
        if matches(text):
            hits.append(SearchHit("box", shown.box.key, shown.box.title, _excerpt(text, words[0])))
    try:
        helps = help_service.load_help(language)
        pathway = load_content(language if language in LANGUAGES else "nb")
    except ContentError:
        return hits
    for phase, entry in helps.phases.items():
        text = f"{entry.purpose} {entry.found}"
        title = pathway.phase(phase).name
        if matches(f"{title} {text}"):
            hits.append(SearchHit("help", f"phase:{phase.value}", title, _excerpt(text, words[0])))
    for kind in m.MeetingKind:
        for step in pathway.guide(kind):
            found = helps.step(kind, step.key)
            if found is None:
                continue
            text = f"{found.purpose} {found.found}"
            if matches(f"{step.title} {text}"):
                hits.append(
                    SearchHit(
                        "help",
                        f"step:{kind.value}:{step.key}",
                        step.title,
                        _excerpt(text, words[0]),
                    )
                )
    return hits


# -- the content package --------------------------------------------------------------------


def _digest(boxes: list[dict[str, Any]]) -> str:
    data = json.dumps(boxes, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def export_package(uow: UnitOfWork, now: dt.datetime | None = None) -> str:
    """The municipality's own boxes (every language) as one package (JSON text)."""
    with uow:
        rows = sorted(_own_rows(uow).values(), key=lambda r: (r.box_key, r.language))
    boxes = [
        {
            "key": r.box_key,
            "language": r.language,
            "updated_at": r.updated_at.isoformat(timespec="seconds"),
            "updated_by": r.updated_by,
            "box": json.loads(r.content),
        }
        for r in rows
    ]
    moment = now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    package = {
        "format": PACKAGE_FORMAT,
        "format_version": PACKAGE_VERSION,
        "exported_at": moment.isoformat(timespec="seconds"),
        "boxes": boxes,
        "sha256": _digest(boxes),
    }
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class PackageBox:
    box: Box
    language: str


def read_package(text: str) -> list[PackageBox]:
    """Check a package whole; raises :class:`PackageError` on the first fault."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise PackageError("unreadable", str(exc)) from exc
    if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
        raise PackageError("foreign", "not a package of information boxes")
    version = data.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise PackageError("foreign", "no format version")
    if version > PACKAGE_VERSION:
        raise PackageError("newer", str(version))
    boxes = data.get("boxes")
    if not isinstance(boxes, list) or data.get("sha256") != _digest(boxes):
        raise PackageError("damaged", "the checksum does not match")
    known = set(shipped_keys())
    found: list[PackageBox] = []
    seen: set[tuple[str, str]] = set()
    for entry in boxes:
        try:
            if not isinstance(entry, dict):
                raise ContentError("an entry is not an object")
            language = entry.get("language")
            if language not in LANGUAGES:
                raise ContentError(f"unknown language {language!r}")
            box = parse_box(entry.get("box"))
            if box.key != entry.get("key") or box.key not in known:
                raise ContentError(f"unknown box {entry.get('key')!r}")
            if (box.key, language) in seen:
                raise ContentError(f"box {box.key} twice")
            seen.add((box.key, str(language)))
        except ContentError as exc:
            raise PackageError("invalid", str(exc)) from exc
        found.append(PackageBox(box, str(language)))
    return found


def import_package(uow: UnitOfWork, text: str) -> int:
    """Read in a package: its boxes replace the municipality's text of the same boxes,
    all in one transaction. Returns how many boxes were read in."""
    boxes = read_package(text)  # refuses the whole file before anything is written
    with uow:
        uow.info_boxes.lock()
        user = uow.audit.user()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        for item in boxes:
            current = uow.info_boxes.version(item.box.key, item.language)
            content = json.dumps(item.box.to_json(), ensure_ascii=False, sort_keys=True)
            uow.info_boxes.write(
                item.box.key, item.language, content, current=current, user=user, now=now
            )
        uow.commit()
    return len(boxes)
