"""History written by the server, on a real PostgreSQL server.

Two facilitators' logins (Tina, the demo case's contact person, and Per, a colleague
given access) and the IT owner. A change made with a plain second connection as
Tina's login (what psql does) is recorded by the server's trigger in her name and
shown in Historikk in words; an entry in Per's name written by Tina is refused; the
app's own save gives one entry, not two; the chain and its check stay intact.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from familiemote.domain import model as m
from familiemote.services import access, cases, demo, directory
from familiemote.services import audit as audit_service
from familiemote.storage import audit, audit_server, orm
from familiemote.storage.db import Database, open_database
from familiemote.storage.server import grant_app_rights
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.support.pg import PgServer

pytestmark = pytest.mark.slow

OLD_DUE = dt.date(2026, 12, 13)
NEW_DUE = dt.date(2026, 12, 20)


@dataclass
class Office:
    owner: Database
    tina: Database
    per: Database
    logins: dict[str, str]
    urls: dict[str, str]
    case_id: int
    action_id: int

    def uow(self, db: Database) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(db.session_factory)

    def entries(self, db: Database | None = None) -> list[audit_service.HistoryEntry]:
        page = audit_service.case_history_page(self.uow(db or self.tina), self.case_id)
        return page.entries


@pytest.fixture
def office(pg_server: PgServer) -> Iterator[Office]:
    suffix = uuid.uuid4().hex[:8]
    owner, group = f"fm_it_{suffix}", f"fm_users_{suffix}"
    tina, per = f"tina_{suffix}", f"per_{suffix}"
    db_name = f"historikk_{suffix}"
    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {owner} LOGIN")
        conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
        for login in (tina, per):
            conn.exec_driver_sql(f"CREATE ROLE {login} LOGIN IN ROLE {group}")
        conn.exec_driver_sql(f'CREATE DATABASE "{db_name}" OWNER {owner}')
    base = sa.make_url(pg_server.admin_url).set(database=db_name)
    urls = {
        name: base.set(username=name).render_as_string(hide_password=False)
        for name in (owner, tina, per)
    }
    dbs: dict[str, Database] = {}
    try:
        dbs[owner] = open_database(urls[owner])  # migrates, as `familiemote migrate` does
        grant_app_rights(dbs[owner].engine, group)
        for name in (tina, per):
            dbs[name] = open_database(urls[name])
        it = SqlAlchemyUnitOfWork(dbs[owner].session_factory)
        case_id = demo.create_demo_case(it).case_id
        with it:
            case = it.cases.get(case_id)
            nurse_id = int(case.coordinator_id or 0)
            nurse = it.directory.professional(nurse_id)
            colleague = m.Professional(
                name="Per Hansen", service_id=nurse.service_id, title="Helsesykepleier"
            )
            it.directory.add(colleague)
            action = case.actions[0]
            action.due_date = OLD_DUE
            it.flush()
            per_id, action_id = int(colleague.id or 0), int(action.id or 0)
            it.commit()
        access.set_login(SqlAlchemyUnitOfWork(dbs[owner].session_factory), nurse_id, tina)
        access.set_login(SqlAlchemyUnitOfWork(dbs[owner].session_factory), per_id, per)
        access.grant_access(
            SqlAlchemyUnitOfWork(dbs[tina].session_factory),
            case_id,
            per_id,
            "vikar for kontaktpersonen",
            dt.date.today() + dt.timedelta(days=30),
        )
        yield Office(
            owner=dbs[owner],
            tina=dbs[tina],
            per=dbs[per],
            logins={"owner": owner, "tina": tina, "per": per},
            urls={"owner": urls[owner], "tina": urls[tina], "per": urls[per]},
            case_id=case_id,
            action_id=action_id,
        )
    finally:
        for db in dbs.values():
            db.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
            for role in (tina, per, group, owner):
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        admin.dispose()


def _psql(office: Office, login: str) -> sa.Engine:
    """A connection of the login's own, outside the app: plain SQL, as psql sends it."""
    return sa.create_engine(office.urls[login], poolclass=sa.pool.NullPool)


def _trail(office: Office) -> list[audit.AuditRow]:
    with office.owner.engine.connect() as conn:
        return audit.rows(conn)


def test_a_change_through_psql_is_recorded_by_the_server_in_the_login_s_name(
    office: Office,
) -> None:
    tina = office.logins["tina"]
    before = len(_trail(office))
    engine = _psql(office, "tina")
    try:
        with engine.begin() as conn:
            done = conn.execute(
                sa.text("UPDATE actions SET due_date = :d WHERE id = :a"),
                {"d": NEW_DUE, "a": office.action_id},
            )
            assert done.rowcount == 1
    finally:
        engine.dispose()
    trail = _trail(office)
    assert len(trail) == before + 1
    row = trail[-1]
    assert (row.user_name, row.entity, row.entity_id, row.action, row.key_id) == (
        tina,
        "actions",
        office.action_id,
        "db_update",
        audit_server.SERVER_KEY_ID,
    )
    # the values are encrypted with the case's key, as the app's own entries are
    assert "2026-12-20" not in row.after and row.after.startswith(audit.SERVER_PREFIX)
    # ... and read back as any entry: the field, before and after
    newest = office.entries()[0]
    assert newest.action == "db_update" and newest.user_name == tina and newest.readable
    changes = {c.field: (c.before, c.after) for c in newest.changes}
    assert changes == {"due_date": ("2026-12-13", "2026-12-20")}
    # the chain still holds, also for the check every client runs
    assert audit_service.verify_audit_trail(office.uow(office.tina)) == []
    assert audit_service.verify_audit_trail(office.uow(office.per)) == []
    assert audit_service.check_audit_trail(office.uow(office.tina)).ok


def test_an_insert_and_a_delete_through_psql_are_recorded_too(office: Office) -> None:
    engine = _psql(office, "per")
    try:
        with engine.begin() as conn:
            new_id = conn.execute(
                sa.text(
                    "INSERT INTO family_members (case_id, name, relation, is_guardian) "
                    "VALUES (:c, 'Ola Nordmann', 'father', true) RETURNING id"
                ),
                {"c": office.case_id},
            ).scalar_one()
        with engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM family_members WHERE id = :i"), {"i": new_id})
    finally:
        engine.dispose()
    newest = office.entries()[:2]
    assert [(e.action, e.entity, e.entity_id) for e in newest] == [
        ("db_delete", "family_members", new_id),
        ("db_insert", "family_members", new_id),
    ]
    assert {e.user_name for e in newest} == {office.logins["per"]}
    inserted = {c.field: c.after for c in newest[1].changes}
    assert inserted["name"] == "Ola Nordmann"
    assert audit_service.verify_audit_trail(office.uow(office.tina)) == []


def test_an_entry_in_another_login_s_name_is_refused(office: Office) -> None:
    tina, per = office.logins["tina"], office.logins["per"]
    engine = _psql(office, "tina")
    head = _trail(office)[-1]
    values = {
        "at": dt.datetime(2026, 11, 30, 2, 0),
        "case_id": office.case_id,
        "entity": "actions",
        "entity_id": office.action_id,
        "action": "update",
        "before": "",
        "after": "",
    }
    try:
        for name, key_id in ((per, ""), (per, "abc"), (tina, audit_server.SERVER_KEY_ID)):
            entry = dict(values, user_name=name)
            digest = audit.entry_hash(head.hash, **entry)
            with pytest.raises(sa.exc.DBAPIError) as refused, engine.begin() as conn:
                conn.execute(
                    sa.insert(orm.audit_log).values(
                        **entry, prev_hash=head.hash, hash=digest, key_id=key_id, mac=""
                    )
                )
            assert getattr(refused.value.orig, "sqlstate", None) == "42501"  # no privilege
        # switching to the group role does not help either: the name must be the writer's
        with pytest.raises(sa.exc.DBAPIError), engine.begin() as conn:
            conn.exec_driver_sql(f"SET ROLE fm_users_{tina.split('_', 1)[1]}")
            conn.execute(
                sa.insert(orm.audit_log).values(
                    **dict(values, user_name=per), prev_hash=head.hash, hash="0" * 64
                )
            )
        # in her own name it is an entry like any other of hers
        with engine.begin() as conn:
            conn.execute(
                sa.insert(orm.audit_log).values(
                    **dict(values, user_name=tina),
                    prev_hash=head.hash,
                    hash=audit.entry_hash(head.hash, **dict(values, user_name=tina)),
                )
            )
    finally:
        engine.dispose()
    assert [r.user_name for r in _trail(office)[-1:]] == [tina]
    assert not [r for r in _trail(office) if r.user_name == per and r.at == values["at"]]


def test_the_app_s_own_save_gives_one_entry_not_two(office: Office) -> None:
    # the set-up made a whole case, a directory entry and an access grant through the
    # app (many rows in single transactions): the server added nothing of its own
    assert _trail(office)
    assert not [r for r in _trail(office) if r.key_id == audit_server.SERVER_KEY_ID]
    before = len(_trail(office))
    uow = office.uow(office.tina)
    with uow:
        case = uow.cases.get(office.case_id)
        action = next(a for a in case.actions if a.id == office.action_id)
        action.due_date = NEW_DUE
        uow.commit()
    added = _trail(office)[before:]
    assert [(r.action, r.entity, r.user_name, r.key_id != "server") for r in added] == [
        ("update", "actions", office.logins["tina"], True)
    ]
    # an event that changes nothing (a print) is one entry as before
    before = len(_trail(office))
    audit_service.record_event(
        office.uow(office.tina), office.case_id, "print", {"document": "plan"}
    )
    assert [r.action for r in _trail(office)[before:]] == ["print"]


def test_a_flag_set_by_psql_does_not_switch_the_server_s_history_off(office: Office) -> None:
    """Nothing a user can set hides a change: the server looks at the trail itself."""
    engine = _psql(office, "tina")
    before = len(_trail(office))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("SELECT set_config('familiemote.app', 'on', true)")
            conn.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
            conn.execute(
                sa.text("UPDATE actions SET due_date = :d WHERE id = :a"),
                {"d": NEW_DUE, "a": office.action_id},
            )
        with pytest.raises(sa.exc.DBAPIError), engine.begin() as conn:
            conn.exec_driver_sql(f"ALTER TABLE actions DISABLE TRIGGER {audit_server.TRIGGER_NAME}")
        with pytest.raises(sa.exc.DBAPIError), engine.begin() as conn:
            conn.exec_driver_sql("SET session_replication_role = replica")
    finally:
        engine.dispose()
    added = _trail(office)[before:]
    assert [(r.action, r.user_name) for r in added] == [("db_update", office.logins["tina"])]


def test_deleting_a_case_through_psql_keeps_one_entry_and_shreds_the_rest(office: Office) -> None:
    case_id = office.case_id
    before = len(_trail(office))
    engine = _psql(office, "owner")
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM cases WHERE id = :c"), {"c": case_id})
    finally:
        engine.dispose()
    added = _trail(office)[before:]
    assert [(r.action, r.entity, r.entity_id, r.before, r.after) for r in added] == [
        ("db_delete", "cases", case_id, "", "")
    ]
    # the case's key went with it: what was recorded about the case cannot be read
    history = audit_service.case_history_page(office.uow(office.owner), case_id).entries
    assert history[0].action == "db_delete"
    assert not [e for e in history if e.action == "update" and e.readable]
    assert audit_service.verify_audit_trail(office.uow(office.tina)) == []


def test_the_history_of_an_older_release_s_entries_and_the_listing_still_work(
    office: Office,
) -> None:
    assert [c.id for c in cases.list_cases(office.uow(office.tina))] == [office.case_id]
    assert office.entries()  # every entry readable as before
    assert all(e.readable for e in office.entries())


def test_on_a_file_an_entry_claiming_to_be_the_server_s_is_forged(tmp_path: Path) -> None:
    """SQLite has no server: an entry marked as the server's was written outside the app."""
    db = open_database("sqlite:///" + str(tmp_path / "fil.sqlite"))
    try:
        case_id = demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory)).case_id
        with db.engine.begin() as conn:
            head = audit.rows(conn)[-1]
            entry = {
                "at": dt.datetime(2026, 11, 30, 2, 0),
                "user_name": "mallory",
                "case_id": case_id,
                "entity": "actions",
                "entity_id": 1,
                "action": "db_update",
                "before": "",
                "after": "",
            }
            conn.execute(
                sa.insert(orm.audit_log).values(
                    **entry,
                    prev_hash=head.hash,
                    hash=audit.entry_hash(head.hash, **entry),
                    key_id=audit_server.SERVER_KEY_ID,
                    mac="",
                )
            )
            forged = audit.rows(conn)[-1].id
        problems = audit_service.verify_audit_trail(SqlAlchemyUnitOfWork(db.session_factory))
        assert [(p.entry_id, p.code) for p in problems] == [(forged, audit.AuditProblemCode.FORGED)]
    finally:
        db.dispose()


# -- a login is a person ---------------------------------------------------------------


def test_meg_is_filled_from_the_login_and_the_history_shows_the_person_s_name(
    office: Office, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QTableWidget

    from familiemote.services import me as me_service
    from familiemote.ui.me_dialog import MeDialog
    from familiemote.ui.panels.history import HistoryPanel

    tina = office.logins["tina"]
    # «Meg» is the directory entry IT tied to the login, without asking
    me = me_service.get_me(office.uow(office.tina))
    assert me is not None
    assert (me.name, me.title, me.login) == ("Hanne Eksempel", "Helsesykepleier", tina)
    dialog = MeDialog(lambda: office.uow(office.tina))
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Hanne Eksempel"
    assert not dialog.service_combo.isEnabled()  # only IT moves her to another service
    # saving «Meg» keeps the same entry (and its service), only the title changed
    saved = me_service.save_me(
        office.uow(office.tina), "Hanne Eksempel", None, "Helsesykepleier, 80 %"
    )
    assert saved.professional_id == me.professional_id and saved.login == tina
    assert me_service.get_me(office.uow(office.tina)).title == "Helsesykepleier, 80 %"  # type: ignore[union-attr]
    # a change through psql as Tina, read by her colleague Per in Historikk
    engine = _psql(office, "tina")
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE actions SET due_date = :d WHERE id = :a"),
                {"d": NEW_DUE, "a": office.action_id},
            )
    finally:
        engine.dispose()
    names = me_service.user_names(office.uow(office.per))
    assert names[tina] == "Hanne Eksempel" and names[office.logins["per"]] == "Per Hansen"
    panel = HistoryPanel(lambda: office.uow(office.per))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_case(cases.get_case(office.uow(office.per), office.case_id), dt.date.today())
    qtbot.waitUntil(lambda: panel.findChild(QTableWidget, "historyTable") is not None)
    table = panel.findChild(QTableWidget, "historyTable")
    assert table is not None
    row = table.item(0, 1).text() + " " + table.item(0, 2).text()
    assert row.startswith("Endret direkte i databasen, utenfor programmet: ")
    assert f"Hanne Eksempel ({tina})" in row
    assert "13.12.2026" in row and "20.12.2026" in row
    assert "db_" not in row and "due_date" not in row


def test_only_it_ties_a_login_to_a_person(office: Office, qtbot: Any) -> None:
    from familiemote.ui.directory_dialog import DirectoryDialog

    tina = office.logins["tina"]
    engine = _psql(office, "tina")
    try:
        for statement in (
            # an entry of her own with her login and another service: that service's cases
            "INSERT INTO professionals (name, service_id, title, phone, email, active, login) "
            "SELECT 'Hanne 2', id, '', '', '', true, current_user FROM services LIMIT 1",
            # her login on an entry that has none (the teacher: the school's cases)
            "UPDATE professionals SET login = current_user WHERE login IS NULL",
        ):
            with pytest.raises(sa.exc.DBAPIError) as refused, engine.begin() as conn:
                conn.exec_driver_sql(statement)
            assert getattr(refused.value.orig, "sqlstate", None) == "42501"
        # what a user may do is unchanged: keep her own phone number up to date
        with engine.begin() as conn:
            done = conn.exec_driver_sql(
                "UPDATE professionals SET phone = '400 00 009' WHERE login = current_user"
            )
            assert done.rowcount == 1
    finally:
        engine.dispose()
    # IT ties a login in the directory dialog
    dialog = DirectoryDialog(lambda: office.uow(office.owner))
    qtbot.addWidget(dialog)
    people = dialog.people
    assert people.on_server and people.login_edit.isVisibleTo(dialog)
    teacher = next(i for i, p in enumerate(people.people) if p.name == "Lise Eksempel")
    people.table.setCurrentCell(teacher, 0)
    assert people.login_edit.text() == ""
    people.login_edit.setText("lise_" + tina.split("_", 1)[1])
    people.save()
    assert people.error_label.isHidden()
    ident = people.people[teacher].id
    assert me_service_logins(office)[int(ident or 0)] == "lise_" + tina.split("_", 1)[1]
    # Tina, in the same dialog, may not: told so, the rest of her change kept
    dialog = DirectoryDialog(lambda: office.uow(office.tina))
    qtbot.addWidget(dialog)
    people = dialog.people
    per = next(i for i, p in enumerate(people.people) if p.name == "Per Hansen")
    people.table.setCurrentCell(per, 0)
    assert people.login_edit.text() == office.logins["per"]
    people.login_edit.setText(tina + "_2")
    people.phone_edit.setText("400 00 010")
    people.save()
    assert not people.error_label.isHidden()
    assert "bare IT kan knytte en pålogging" in people.error_label.text()
    assert me_service_logins(office)[int(people.people[per].id or 0)] == office.logins["per"]
    phones = {p.name: p.phone for p in directory.list_all_professionals(office.uow(office.owner))}
    assert phones["Per Hansen"] == "400 00 010"


def me_service_logins(office: Office) -> dict[int, str]:
    from familiemote.services import me as me_service

    return me_service.logins(office.uow(office.owner))


def test_on_a_file_the_directory_has_no_login_field(tmp_path: Path, qtbot: Any) -> None:
    from familiemote.ui.directory_dialog import DirectoryDialog

    db = open_database("sqlite:///" + str(tmp_path / "fil.sqlite"))
    try:
        dialog = DirectoryDialog(lambda: SqlAlchemyUnitOfWork(db.session_factory))
        qtbot.addWidget(dialog)
        assert not dialog.people.on_server
        assert not dialog.people.login_edit.isVisibleTo(dialog)
    finally:
        db.dispose()


def test_without_pgcrypto_the_server_records_which_fields_changed_never_their_values(
    office: Office,
) -> None:
    """A server without PostgreSQL's contrib: the entry names the fields, no plain values."""
    with office.owner.engine.begin() as conn:
        conn.exec_driver_sql(
            audit_server._history_fn(False, "public").replace("%", "%%")  # as install() does
        )
    engine = _psql(office, "tina")
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE actions SET due_date = :d WHERE id = :a"),
                {"d": NEW_DUE, "a": office.action_id},
            )
    finally:
        engine.dispose()
    row = _trail(office)[-1]
    assert (row.action, row.key_id) == ("db_update", audit_server.SERVER_KEY_ID)
    assert "2026-12-" not in row.before + row.after
    newest = office.entries()[0]
    assert [(c.field, c.after) for c in newest.changes] == [(audit_server.NAMES_ONLY, ["due_date"])]
    from familiemote.ui import history_words

    worded = history_words.describe(newest, history_words.Names())
    assert worded.sentence.startswith("Endret direkte i databasen, utenfor programmet: ")
    assert worded.details == "Endret: Frist (verdiene ble ikke lagret)"
    assert audit_service.verify_audit_trail(office.uow(office.tina)) == []


def test_a_history_trigger_the_owner_dropped_is_told_to_users_and_put_back(
    office: Office,
) -> None:
    from familiemote.storage import audit_check

    with office.owner.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP TRIGGER {audit_server.TRIGGER_NAME} ON actions")
        conn.exec_driver_sql(f"ALTER TABLE audit_log DISABLE TRIGGER {audit_server.GUARD_NAME}")
        assert audit_server.missing(conn) == [
            f"{audit_server.GUARD_NAME} ON audit_log",
            f"{audit_server.TRIGGER_NAME} ON actions",
        ]
    # a user may not put them back: told (Historikk's banner says so)
    tina = open_database(office.urls["tina"])
    try:
        with tina.engine.begin() as conn:
            codes = [p.code for p in audit_check.ensure_protection(conn)]
        assert audit.AuditProblemCode.PROTECTION_MISSING in codes
    finally:
        tina.dispose()
    # IT's next `migrate --grant-to` (or the owner opening the database) puts them back
    owner = open_database(office.urls["owner"])
    try:
        with owner.engine.begin() as conn:
            assert audit_server.missing(conn) == []
    finally:
        owner.dispose()
    engine = _psql(office, "tina")
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE actions SET due_date = :d WHERE id = :a"),
                {"d": NEW_DUE, "a": office.action_id},
            )
    finally:
        engine.dispose()
    assert _trail(office)[-1].action == "db_update"
