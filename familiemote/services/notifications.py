"""Feedback to the referrer: who must be told of a phase change or closure, and that it was done.

The reports name failed feedback to the referrer as a problem («Trygg oppvekst» 2014);
each :class:`~familiemote.domain.model.Notification` stays open until someone
records that the service was told.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import (
    AlreadyDecidedError,
    ConcurrentChangeError,
    DomainError,
    FollowUpCode,
    NotFoundError,
)
from familiemote.services import refusals
from familiemote.storage import guards, orm
from familiemote.storage.uow import SqlAlchemyUnitOfWork


def mark_done(
    uow: SqlAlchemyUnitOfWork,
    notification_id: int,
    done_by: str,
    today: dt.date | None = None,
    note: str = "",
) -> None:
    """Record that the recipient was told, by whom, today."""
    today = today or dt.date.today()
    done_by = v.clean_name("done_by", done_by)
    note = v.clean_text("note", note, max_len=v.LONG_TEXT_MAX, multiline=True)
    case_ids: list[int | None] = []

    def attempt(store: bool) -> None:
        notification = uow.sql.get(m.Notification, notification_id)
        if notification is None:
            raise NotFoundError("notification", notification_id)
        case_ids.append(notification.case_id)
        if notification.done_on is not None:
            raise AlreadyDecidedError(
                FollowUpCode.ALREADY_DONE, notification.done_by, notification.done_on
            )
        if not store:
            return
        values: dict[str, object] = {"done_on": today, "done_by": done_by}
        if note:
            values["note"] = note
        # only onto a notification still open: two users cannot both mark it done
        t = orm.notifications
        if not guards.claim(uow.sql, notification, t, t.c.done_on.is_(None), **values):
            raise ConcurrentChangeError(f"notification {notification_id} done meanwhile")
        uow.commit()

    def refused(err: DomainError) -> None:
        refusals.record(uow, case_ids[-1], "notifications", notification_id)

    guards.settle(uow, attempt, refused)


def count_open(uow: SqlAlchemyUnitOfWork) -> int:
    n = orm.notifications
    with uow:
        return int(
            uow.sql.scalar(sa.select(sa.func.count()).select_from(n).where(n.c.done_on.is_(None)))
            or 0
        )
