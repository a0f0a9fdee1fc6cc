"""The municipality's own boxes: stored in the database, in the audit trail, moved by a
content package, and searched together with the help texts. Both backends."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from familiemote.domain.errors import ConcurrentChangeError
from familiemote.services import info_boxes as ib
from familiemote.storage import orm
from familiemote.storage.db import open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.support.fixture_types import UowFactory


def _edited_acute(uow_factory: UowFactory) -> ib.Box:
    shown = ib.get_box(uow_factory(), ib.ACUTE_KEY, "nb")
    numbers = {"Legevakt": "116 117", "BUP, akuttelefon": "700 00 100"}
    blocks = tuple(
        dataclasses.replace(b, number=numbers.get(b.label, "900 00 000"))
        if b.kind == "phone"
        else b
        for b in shown.box.blocks
    )
    extra = ib.Block("paragraph", text="Vakthavende i Fjordvik har nøkkel til møterommet.")
    return dataclasses.replace(shown.box, blocks=(*blocks, extra))


def test_an_edited_box_is_shown_recorded_and_reset(uow_factory: UowFactory) -> None:
    assert ib.missing_acute_numbers(uow_factory(), "nb") == [
        "Legevakt",
        "BUP, akuttelefon",
        "Barnevernvakt",
        "Politiet",
    ]
    version = ib.save_box(uow_factory(), _edited_acute(uow_factory), "nb", expected_version=0)
    assert version == 1
    shown = ib.get_box(uow_factory(), ib.ACUTE_KEY, "nb")
    assert shown.own and shown.updated_by and shown.updated_at is not None
    assert "Fjordvik" in shown.box.text()
    assert ib.missing_acute_numbers(uow_factory(), "nb") == []
    # a nynorsk user reads the municipality's numbers too, until it writes nynorsk
    assert ib.get_box(uow_factory(), ib.ACUTE_KEY, "nn").language == "nb"
    # the audit trail has the change, with who and when
    with uow_factory() as uow:
        rows = uow.sql.execute(
            sa.select(orm.audit_log).where(orm.audit_log.c.entity == "info_boxes")
        ).all()
    assert rows and all(r.user_name and r.at for r in rows)
    # someone who opened the shipped text cannot overwrite the saved one unseen
    with pytest.raises(ConcurrentChangeError):
        ib.save_box(uow_factory(), _edited_acute(uow_factory), "nb", expected_version=0)
    assert ib.reset_box(uow_factory(), ib.ACUTE_KEY, "nb")
    back = ib.get_box(uow_factory(), ib.ACUTE_KEY, "nb")
    assert not back.own and back.box == ib.shipped_box(ib.ACUTE_KEY, "nb")
    with uow_factory() as uow:
        actions = [
            r.action
            for r in uow.sql.execute(
                sa.select(orm.audit_log.c.action).where(orm.audit_log.c.entity == "info_boxes")
            )
        ]
    assert "delete" in actions


def test_search_finds_a_word_in_a_box_and_in_a_help_text(uow_factory: UowFactory) -> None:
    boxes = ib.list_boxes(uow_factory(), "nb")
    hits = ib.search(boxes, "nb", "epikrise")
    kinds = {h.kind for h in hits}
    assert kinds == {"box", "help"}
    assert any(h.key == "forlopet" for h in hits)
    assert all("epikrise" in h.excerpt.casefold() for h in hits)
    nn_hits = ib.search(ib.list_boxes(uow_factory(), "nn"), "nn", "tilvising")
    assert {h.kind for h in nn_hits} == {"box", "help"}
    assert ib.search(boxes, "nb", "finnesikkeiboksene") == []
    # the municipality's own words are found
    ib.save_box(uow_factory(), _edited_acute(uow_factory), "nb")
    found = ib.search(ib.list_boxes(uow_factory(), "nb"), "nb", "fjordvik nøkkel")
    assert [h.key for h in found] == [ib.ACUTE_KEY]


def test_export_import_into_another_database_shows_the_box_there(
    uow_factory: UowFactory, tmp_path: Path
) -> None:
    ib.save_box(uow_factory(), _edited_acute(uow_factory), "nb")
    package = ib.export_package(uow_factory())
    (tmp_path / "bokser.json").write_text(package, encoding="utf-8")
    other = open_database("sqlite:///" + str(tmp_path / "other.sqlite"))
    try:
        other_uow = lambda: SqlAlchemyUnitOfWork(other.session_factory)  # noqa: E731
        assert not ib.get_box(other_uow(), ib.ACUTE_KEY, "nb").own
        text = (tmp_path / "bokser.json").read_text(encoding="utf-8")
        assert ib.import_package(other_uow(), text) == 1
        shown = ib.get_box(other_uow(), ib.ACUTE_KEY, "nb")
        assert shown.own and "Fjordvik" in shown.box.text()
        assert ib.missing_acute_numbers(other_uow(), "nb") == []
    finally:
        other.dispose()


def _damaged(package: str) -> str:
    return package.replace("Fjordvik", "Fjordbyen")


def _foreign(package: str) -> str:
    data = json.loads(package)
    data["format"] = "familiemote-case"
    return json.dumps(data)


def _newer(package: str) -> str:
    data = json.loads(package)
    data["format_version"] = 99
    return json.dumps(data)


def _unknown_box(package: str) -> str:
    data = json.loads(package)
    data["boxes"][0]["key"] = data["boxes"][0]["box"]["key"] = "ukjent"
    data["sha256"] = ib._digest(data["boxes"])
    return json.dumps(data)


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (_damaged, "damaged"),
        (_foreign, "foreign"),
        (_newer, "newer"),
        (_unknown_box, "invalid"),
        (lambda p: p[: len(p) // 2], "unreadable"),
    ],
)
def test_a_damaged_or_foreign_package_is_refused_and_nothing_changes(
    uow_factory: UowFactory, spoil: Callable[[str], str], reason: str
) -> None:
    ib.save_box(uow_factory(), _edited_acute(uow_factory), "nb")
    package = ib.export_package(uow_factory())
    # another box edited here after the export: the import must not touch it either
    lenker = ib.get_box(uow_factory(), "lenker", "nb").box
    ib.save_box(uow_factory(), dataclasses.replace(lenker, title="Lenker i Fjordvik"), "nb")
    with uow_factory() as uow:
        before = sorted(tuple(r) for r in uow.sql.execute(sa.select(orm.info_boxes)).all())
        trail = uow.sql.scalar(sa.select(sa.func.count()).select_from(orm.audit_log))
    with pytest.raises(ib.PackageError) as caught:
        ib.import_package(uow_factory(), spoil(package))
    assert caught.value.reason == reason
    with uow_factory() as uow:
        after = sorted(tuple(r) for r in uow.sql.execute(sa.select(orm.info_boxes)).all())
        assert uow.sql.scalar(sa.select(sa.func.count()).select_from(orm.audit_log)) == trail
    assert after == before
