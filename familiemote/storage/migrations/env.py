"""Alembic environment: runs on the connection handed over by storage.db.open_database."""

from __future__ import annotations

from alembic import context

from familiemote.storage.orm import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # `alembic` command line use: connect to the configured URL
    import sqlalchemy as sa

    engine = sa.create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
