"""the preset child welfare service spelt as the current law spells it

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 00:00:00

The Child Welfare Act of 2021 (barnevernsloven) writes «barnevernstjenesten». The
preset service was created as «Barneverntjenesten»; it is renamed where a
municipality has kept the preset name, and left alone where it chose its own.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OLD, NEW = "Barneverntjenesten", "Barnevernstjenesten"


def _rename(old: str, new: str) -> None:
    services = sa.table("services", sa.column("name", sa.String), sa.column("kind", sa.String))
    op.execute(
        services.update()
        .where(services.c.name == old, services.c.kind == "barnevern")
        .values(name=new)
    )


def upgrade() -> None:
    _rename(OLD, NEW)


def downgrade() -> None:
    _rename(NEW, OLD)
