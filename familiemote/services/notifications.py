"""Feedback to the referrer: who must be told of a phase change or closure, and that it was done.

The reports name failed feedback to the referrer as a problem («Trygg oppvekst» 2014);
each :class:`~familiemote.domain.model.Notification` stays open until someone
records that the service was told.
"""

from __future__ import annotations

import datetime as dt

from familiemote.domain import validation as v
from familiemote.domain.errors import (
    AlreadyDecidedError,
    ConcurrentChangeError,
    DomainError,
    FollowUpCode,
    NotFoundError,
)
from familiemote.services import refusals
from familiemote.storage import guards
from familiemote.storage.uow import UnitOfWork


def mark_done(
    uow: UnitOfWork,
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
        notification = uow.cases.notification(notification_id)
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
        if not uow.guards.claim(notification, ("done_on",), **values):
            raise ConcurrentChangeError(f"notification {notification_id} done meanwhile")
        uow.commit()

    def refused(err: DomainError) -> None:
        refusals.record(uow, case_ids[-1], "notifications", notification_id)

    guards.settle(uow, attempt, refused)


def count_open(uow: UnitOfWork) -> int:
    with uow:
        return uow.case_queries.open_notifications()
