"""``familiemote migrate --grant-to ROLE``: the checks before granting, and what was granted.

A GRANT by a role that does not own the tables grants nothing (PostgreSQL only
warns), and a misspelled group is an error deep in the SQL: both are found first
and told in words; afterwards the rights the group really holds are read back
from the server and listed.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine


class GrantStop(Exception):
    """Why nothing was granted, in Norwegian, for the person running the command."""


def check_grant(engine: Engine, role: str) -> None:
    """Refuse (GrantStop) unless this login owns the database and ``role`` exists."""
    if engine.dialect.name != "postgresql":
        raise GrantStop(
            "--grant-to gjelder bare en PostgreSQL-server; en SQLite-fil har ingen roller "
            "(filens rettigheter bestemmer hvem som kan åpne den)."
        )
    with engine.connect() as conn:
        me, owner = conn.execute(
            sa.text(
                "SELECT current_user, pg_catalog.pg_get_userbyid(d.datdba) FROM pg_database d "
                "WHERE d.datname = current_database()"
            )
        ).one()
        exists = conn.execute(
            sa.text("SELECT count(*) FROM pg_roles WHERE rolname = :r"), {"r": role}
        ).scalar()
    if me != owner:
        raise GrantStop(
            f"Du er logget på som «{me}», men databasen eies av «{owner}». Bare eieren kan gi "
            f"rettigheter: kjør kommandoen med --db der brukeren er «{owner}». Ingenting er gitt."
        )
    if not exists:
        raise GrantStop(
            f"Rollen «{role}» finnes ikke på serveren. Kontroller navnet (små bokstaver), eller "
            f"opprett gruppen først (CREATE ROLE {role} NOLOGIN). Ingenting er gitt."
        )


def granted(engine: Engine, role: str) -> list[str]:
    """What ``role`` now holds, as lines: the rights and the tables they are on."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT table_name, string_agg(privilege_type, ', ' ORDER BY privilege_type) "
                "FROM information_schema.role_table_grants WHERE grantee = :r "
                "AND table_schema = 'public' GROUP BY table_name"
            ),
            {"r": role},
        ).all()
        policies = conn.execute(
            sa.text("SELECT count(*) FROM pg_policies WHERE schemaname = 'public'")
        ).scalar()
    by_rights: dict[str, list[str]] = {}
    for table, rights in rows:
        by_rights.setdefault(str(rights), []).append(str(table))
    lines = [
        f"  {rights} på {len(tables)} tabell(er): {', '.join(sorted(tables))}"
        for rights, tables in sorted(by_rights.items())
    ]
    lines.append("  bruk av skjemaet public og sekvensene (nye nummer)")
    lines.append(f"  {policies} regler for radtilgang (hvem som ser hvilken sak) er på plass")
    return lines
