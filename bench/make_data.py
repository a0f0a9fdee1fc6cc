"""Fill a database with a municipality's ten years of fictional, reproducible data.

    python bench/make_data.py --db bench.sqlite [--scale 1.0] [--seed 2026]
        [--passphrase TEXT] [--audit-per-case 75] [--heavy-cases 3 --heavy-entries 10000]

A municipality of 20,000 inhabitants over ten years, at --scale 1.0: about
2,000 cases, 10,000 meetings, 40,000 actions, 60,000 participants and 5,000
evaluation forms. Every name is drawn from placeholder lists and every value
from a seeded random generator, so two runs with the same seed give the same
rows. Rows go in with SQLAlchemy Core in large batches (this is test data, so
the services' per-row validation is not needed to make it).

With --passphrase the file is encrypted (SQLCipher), as the app makes it. With
--audit-per-case the audit trail gets that many entries a case (the case, its
meetings and actions as they were written, and the edits of a meeting's notes),
interleaved in time across cases, and --heavy-cases cases carry --heavy-entries
entries each (years of notes saved in the guide). The entries are the app's
own: content encrypted with the case's key, the hash chain and the MAC under the
installation's key (storage/audit.py, audit_check.py), only written in bulk
instead of one transaction each; a full check then stores the checkpoint the app
keeps from daily use.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from typing import Any

import sqlalchemy as sa

from familiemote.domain import model as m
from familiemote.settings import to_url
from familiemote.storage import audit, orm
from familiemote.storage.db import open_database

FIRST_NAMES = [
    "Emma",
    "Nora",
    "Sofie",
    "Ella",
    "Olivia",
    "Ada",
    "Sara",
    "Maja",
    "Ingrid",
    "Frida",
    "Leah",
    "Selma",
    "Astrid",
    "Hedda",
    "Ida",
    "Jakob",
    "Emil",
    "Noah",
    "Oliver",
    "Lucas",
    "Filip",
    "William",
    "Isak",
    "Aksel",
    "Henrik",
    "Theodor",
    "Magnus",
    "Johannes",
    "Ludvig",
    "Tobias",
    "Åse",
    "Øystein",
    "Håkon",
    "Bjørn",
    "Sølvi",
    "Kåre",
    "Mathias",
    "Ylva",
    "Tiril",
    "Mikkel",
]
SURNAMES = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Johnsen",
    "Pettersen",
    "Eriksen",
    "Berg",
    "Haugen",
    "Hagen",
    "Johannessen",
    "Andreassen",
    "Jacobsen",
    "Dahl",
    "Jørgensen",
    "Halvorsen",
    "Henriksen",
    "Lund",
    "Sørensen",
    "Aas",
    "Strøm",
    "Ødegård",
    "Bakke",
    "Moen",
]
PLACES = ("Helsestasjonen", "Skolen, møterom 1", "PPT, Rådhuset", "Barnehagen", "Digitalt")
ACTION_TEXTS = (
    "Samtaler med barnet hver 14. dag",
    "Observasjon i klassen",
    "Tilrettelegging i friminuttene",
    "Foreldreveiledning (ICDP)",
    "Kartlegging av språk",
    "Henvisning til BUP etter sjekklisten",
    "Søvndagbok i fire uker",
    "Oppfølging av fravær",
    "Avklare ansvarsgruppe og individuell plan",
    "Kontakt med fastlege om somatisk undersøkelse",
)
BATCH = 5000


def _insert(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        conn.execute(table.insert(), rows[start : start + BATCH])


def _content(row: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: audit.json_value(row[k]) for k in keys if k in row}


MEETING_NOTE_FIELDS = ("family_description", "child_voice", "services_view", "decision_text")
Entry = tuple[dt.datetime, str, int | None, str, dict[str, Any] | None, dict[str, Any]]


def _case_entries(
    rnd: random.Random,
    case: dict[str, Any],
    meetings: list[dict[str, Any]],
    actions: list[dict[str, Any]],
    wanted: int,
    now: dt.datetime,
) -> list[Entry]:
    """(at, entity, entity_id, action, before, after) as the app's saves write them."""
    opened = dt.datetime.combine(case["opened_on"], dt.time(8, 30))
    out: list[Entry] = [
        (
            opened,
            "cases",
            case["id"],
            "insert",
            None,
            _content(case, ("child_first_name", "child_birth_year", "phase", "status")),
        )
    ]
    for meeting in meetings:
        at = max(opened, meeting["starts_at"] - dt.timedelta(days=14))
        out.append(
            (at, "meetings", meeting["id"], "insert", None, _content(meeting, ("kind", "place")))
        )
    for action in actions:
        at = max(opened, dt.datetime.combine(action["due_date"], dt.time(10)) - dt.timedelta(30))
        after = _content(action, ("description", "due_date", "status"))
        out.append((at, "actions", action["id"], "insert", None, after))
    span = max(1, int((now - opened).total_seconds()))
    while len(out) < wanted and meetings:  # notes typed in the guide, saved as they go
        meeting = rnd.choice(meetings)
        field = rnd.choice(MEETING_NOTE_FIELDS)
        at = opened + dt.timedelta(seconds=rnd.randrange(span))
        text = rnd.choice(ACTION_TEXTS) + " " + "Notat fra møtet. " * rnd.randrange(1, 8)
        out.append(
            (at, "meetings", meeting["id"], "update", {field: ""}, {field: text, "version": 2})
        )
    out.sort(key=lambda e: e[0])
    return out[:wanted]


def write_audit_trail(
    conn: sa.Connection,
    rnd: random.Random,
    cases: list[dict[str, Any]],
    meetings: list[dict[str, Any]],
    actions: list[dict[str, Any]],
    per_case: int,
    heavy_cases: int,
    heavy_entries: int,
) -> int:
    """The audit trail of every case, chained and signed as storage/audit.py does it."""
    import base64
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from familiemote.storage import audit_check

    signer = audit_check.mac_key(conn, create=True)
    db_id = audit_check.database_id(conn, create=True)
    case_meetings: dict[int, list[dict[str, Any]]] = {}
    for meeting in meetings:
        case_meetings.setdefault(meeting["case_id"], []).append(meeting)
    case_actions: dict[int, list[dict[str, Any]]] = {}
    for action in actions:
        case_actions.setdefault(action["case_id"], []).append(action)
    # the heavy cases are the newest: at the top of the list, opened first by a user
    newest = sorted(cases, key=lambda c: (c["opened_on"], c["id"]), reverse=True)
    heavy = {c["id"] for c in newest[:heavy_cases]}
    now = dt.datetime(2026, 11, 22, 8, 0)
    prev = audit.GENESIS
    entry_id = 0
    keys: list[dict[str, Any]] = []
    pending: list[dict[str, Any]] = []
    group = 500  # cases opened about the same time: their entries interleave
    ordered = sorted(cases, key=lambda c: (c["opened_on"], c["id"]))
    for start in range(0, len(ordered), group):
        batch = []
        for case in ordered[start : start + group]:
            cid = case["id"]
            key_hex = secrets.token_hex(32)
            keys.append({"case_id": cid, "key": key_hex})
            sealer = AESGCM(bytes.fromhex(key_hex))
            wanted = heavy_entries if cid in heavy else per_case
            entries = _case_entries(
                rnd, case, case_meetings.get(cid, []), case_actions.get(cid, []), wanted, now
            )
            batch += [(e[0], cid, sealer, *e[1:]) for e in entries]
        batch.sort(key=lambda e: (e[0], e[1]))
        for at, cid, sealer, entity, eid, action, before, after in batch:
            sealed = []
            for data in (before, after):
                text = json.dumps(data, sort_keys=True, ensure_ascii=False) if data else ""
                if text:
                    nonce = secrets.token_bytes(12)
                    blob = sealer.encrypt(nonce, text.encode("utf-8"), f"case:{cid}".encode())
                    text = audit.CONTENT_PREFIX + base64.b64encode(nonce + blob).decode("ascii")
                sealed.append(text)
            entry = {
                "at": at,
                "user_name": "bench",
                "case_id": cid,
                "entity": entity,
                "entity_id": eid,
                "action": action,
                "before": sealed[0],
                "after": sealed[1],
            }
            digest = audit.entry_hash(prev, **entry)
            entry_id += 1
            row = {**entry, "id": entry_id, "prev_hash": prev, "hash": digest}
            if signer is not None:
                row["key_id"], row["mac"] = signer.key_id, signer.mac(digest)
            pending.append(row)
            prev = digest
            if len(pending) >= BATCH:
                conn.execute(orm.audit_log.insert(), pending)
                pending = []
    if pending:
        conn.execute(orm.audit_log.insert(), pending)
    _insert(conn, orm.case_keys, keys)
    if entry_id:
        audit_check.note_written(db_id, entry_id, prev)
    return entry_id


def make(
    url: str,
    scale: float = 1.0,
    seed: int = 2026,
    today: dt.date | None = None,
    *,
    passphrase: str | None = None,
    audit_per_case: int = 0,
    heavy_cases: int = 0,
    heavy_entries: int = 10_000,
) -> dict[str, int]:
    """Fill the (empty, migrated) database at ``url``; return the row counts."""
    rnd = random.Random(seed)
    today = today or dt.date(2026, 11, 22)
    db = open_database(url, passphrase=passphrase)
    counts: dict[str, int] = {}
    try:
        with db.engine.begin() as conn:
            if conn.scalar(sa.select(sa.func.count()).select_from(orm.cases)):
                raise SystemExit("the database already holds cases; use a new file")
            services = conn.execute(sa.select(orm.services.c.id, orm.services.c.kind)).all()
            service_ids = [s.id for s in services]
            bup = [s.id for s in services if s.kind in (m.ServiceKind.BUP, m.ServiceKind.HABU)]
            # about 60 professionals across the services
            pros = [
                {
                    "id": i + 1,
                    "name": f"{rnd.choice(FIRST_NAMES)} {rnd.choice(SURNAMES)}",
                    "service_id": service_ids[i % len(service_ids)],
                    "title": "",
                    "phone": f"4{rnd.randrange(10_000_000, 99_999_999)}",
                    "email": f"ansatt{i + 1}@kommune.invalid",
                    "active": True,
                }
                for i in range(60)
            ]
            _insert(conn, orm.professionals, pros)
            pro_service = {p["id"]: p["service_id"] for p in pros}

            n_cases = int(2000 * scale)
            cases, family, meetings, participants, actions, reviews = [], [], [], [], [], []
            family_id = meeting_id = action_id = 0
            for case_id in range(1, n_cases + 1):
                opened = today - dt.timedelta(days=rnd.randrange(0, 3650))
                age = rnd.randrange(3, 17)
                birth = opened - dt.timedelta(days=age * 365 + rnd.randrange(0, 365))
                closed = rnd.random() < 0.7 and (today - opened).days > 200
                child = rnd.choice(FIRST_NAMES)
                surname = rnd.choice(SURNAMES)
                parents = [f"{rnd.choice(FIRST_NAMES)} {surname}" for _ in range(2)]
                coordinator = rnd.randrange(1, 61)
                cases.append(
                    {
                        "id": case_id,
                        "child_first_name": child,
                        "child_birth_year": birth.year,
                        "child_birth_date": birth,
                        "phase": rnd.choice(list(m.Phase)),
                        "status": m.CaseStatus.CLOSED if closed else m.CaseStatus.OPEN,
                        "concern_by_family": rnd.random() < 0.3,
                        "concern_service_id": rnd.choice(service_ids),
                        "initiating_service_id": rnd.choice(service_ids),
                        "coordinator_id": coordinator,
                        "concern_summary": "Fiktiv bekymring til ytelsestest. " * 4,
                        "opened_on": opened,
                        "closed_on": opened + dt.timedelta(days=rnd.randrange(60, 200))
                        if closed
                        else None,
                        "demo_key": None,
                        "anonymous": False,
                        "search_text": m.normalise_search(" ".join([child, *parents])),
                        "version": 1,
                    }
                )
                members = []
                for j, name in enumerate(parents):
                    family_id += 1
                    members.append(family_id)
                    family.append(
                        {
                            "id": family_id,
                            "case_id": case_id,
                            "name": name,
                            "relation": m.Relation.MOTHER if j == 0 else m.Relation.FATHER,
                            "is_guardian": True,
                            "phone": "",
                            "email": "",
                        }
                    )
                for k in range(5):  # five meetings a case: 10,000 in all
                    meeting_id += 1
                    start = dt.datetime.combine(
                        opened + dt.timedelta(days=40 * k), dt.time(9 + k % 6, 0)
                    )
                    held = start.date() < today
                    meetings.append(
                        {
                            "id": meeting_id,
                            "case_id": case_id,
                            "kind": m.MeetingKind.SUMMARY if k == 4 else m.MeetingKind.FAMILY,
                            "starts_at": start,
                            "place": rnd.choice(PLACES),
                            "status": m.MeetingStatus.HELD if held else m.MeetingStatus.PLANNED,
                            # most notes are short, a few run to a page
                            "family_description": "Familiens beskrivelse. "
                            * rnd.choice((5, 10, 10, 20, 40, 120)),
                            "child_voice": "Barnets stemme. " * rnd.choice((5, 5, 10, 40)),
                            "services_view": "Tjenestenes vurdering. " * rnd.choice((5, 5, 10, 60)),
                            "decision": rnd.choice(list(m.Decision))
                            if held and rnd.random() < 0.9
                            else None,
                            "decision_text": "",
                            "next_meeting_note": "",
                            "internal_notes": "",
                            "bup_override_reason": "",
                            "epikrise_sent_on": None,
                            "version": 1,
                        }
                    )
                    # six participants a meeting: 60,000 in all
                    people = [("family", members[0]), ("family", members[1])]
                    people += [("pro", rnd.randrange(1, 61)) for _ in range(3)]
                    people.append(("bup", rnd.choice(bup)))
                    for kind, ident in people:
                        participants.append(
                            {
                                "meeting_id": meeting_id,
                                "kind": m.ParticipantKind.FAMILY
                                if kind == "family"
                                else m.ParticipantKind.PROFESSIONAL,
                                "family_member_id": ident if kind == "family" else None,
                                "professional_id": ident if kind == "pro" else None,
                                "service_id": pro_service[ident]
                                if kind == "pro"
                                else (ident if kind == "bup" else None),
                                "roles": frozenset(),
                                "attendance": m.Attendance.PRESENT,
                                "receives_information": True,
                            }
                        )
                    if k and held:
                        # the previous meeting's actions are on this one's agenda
                        for previous in range(action_id - 3, action_id + 1):
                            reviews.append(
                                {
                                    "action_id": previous,
                                    "meeting_id": meeting_id,
                                    "outcome": rnd.choice(list(m.ReviewOutcome)),
                                    "new_date": None,
                                    "note": "Gjennomgått i møtet. " * rnd.choice((1, 2, 6)),
                                }
                            )
                    for _ in range(4):  # four actions a meeting: 40,000 in all
                        action_id += 1
                        agreed = start.date()
                        due = agreed + dt.timedelta(days=rnd.randrange(7, 120))
                        status = rnd.choices(list(m.ActionStatus), weights=(25, 20, 40, 5, 5, 5))[0]
                        person = rnd.randrange(1, 61)
                        actions.append(
                            {
                                "id": action_id,
                                "case_id": case_id,
                                "meeting_id": meeting_id,
                                "description": rnd.choice(ACTION_TEXTS),
                                "responsible_service_id": pro_service[person],
                                "responsible_professional_id": person,
                                "others_involved": "",
                                "family_part": "",
                                "due_date": due,
                                "review_date": agreed + dt.timedelta(days=182),
                                "status": status,
                                "status_reason": "",
                                "internal": False,
                                "version": 1,
                            }
                        )
            _insert(conn, orm.cases, cases)
            _insert(conn, orm.family_members, family)
            _insert(conn, orm.meetings, meetings)
            _insert(conn, orm.participants, participants)
            _insert(conn, orm.actions, actions)
            _insert(conn, orm.action_reviews, reviews)
            forms = []
            for _ in range(int(5000 * scale)):
                day = today - dt.timedelta(days=rnd.randrange(0, 3650))

                def score() -> int | None:
                    return None if rnd.random() < 0.05 else rnd.choice((2, 3, 4, 4, 5, 5))

                forms.append(
                    {
                        "period_start": day.replace(day=1),
                        "period_end": day,
                        "municipality": "Eksempel kommune",
                        "respondent": rnd.choice(list(m.Respondent)),
                        "child_age": rnd.randrange(3, 17),
                        "q1": score(),
                        "q2": score(),
                        "q3": score(),
                        "q4": score(),
                        "comment": "",
                        "entered_on": day,
                    }
                )
            _insert(conn, orm.evaluation_forms, forms)
            if audit_per_case or heavy_cases:
                write_audit_trail(
                    conn, rnd, cases, meetings, actions, audit_per_case, heavy_cases, heavy_entries
                )
            for name, table in (
                ("cases", orm.cases),
                ("meetings", orm.meetings),
                ("actions", orm.actions),
                ("participants", orm.participants),
                ("action_reviews", orm.action_reviews),
                ("evaluation_forms", orm.evaluation_forms),
                ("audit_entries", orm.audit_log),
            ):
                counts[name] = int(conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0)
        with db.engine.connect() as conn:
            if db.url.get_backend_name() == "postgresql":
                # explicit ids were inserted: move the sequences past them
                for table in orm.metadata.sorted_tables:
                    if "id" in table.c and table.c.id.primary_key:
                        conn.exec_driver_sql(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"(SELECT COALESCE(MAX(id), 1) FROM {table.name}))"
                        )
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        if audit_per_case or heavy_cases:
            from familiemote.storage import audit_check

            with db.engine.begin() as conn:  # the checkpoint a user's daily checks keep
                report = audit_check.full_check(conn)
                if report.problems:
                    raise SystemExit(f"the audit trail made does not check: {report.problems[:3]}")
    finally:
        db.dispose()
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLite file or SQLAlchemy URL (a new database)")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--passphrase", help="encrypt the file (SQLCipher), as the app does")
    ap.add_argument("--audit-per-case", type=int, default=0)
    ap.add_argument("--heavy-cases", type=int, default=0)
    ap.add_argument("--heavy-entries", type=int, default=10_000)
    args = ap.parse_args()
    url = to_url(args.db)
    if "://" not in args.db and os.path.exists(args.db):
        print(f"{args.db} exists; give a new file", file=sys.stderr)
        return 1
    started = time.perf_counter()
    counts = make(
        url,
        args.scale,
        args.seed,
        passphrase=args.passphrase,
        audit_per_case=args.audit_per_case,
        heavy_cases=args.heavy_cases,
        heavy_entries=args.heavy_entries,
    )
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    print(f"made in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
