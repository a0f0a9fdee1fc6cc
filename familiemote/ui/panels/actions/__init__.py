"""The actions tab and its dialogs, one module for each thing they hold.

- ``panel``: the tab itself (:class:`ActionsPanel`).
- ``tables`` and ``holders``: its tables and the words for who holds an action.
- ``pickers``: the service and person pickers the dialogs share.
- ``new_action_dialog``, ``status_dialog``, ``handover_dialogs``, ``outcome_dialog``
  and ``notification_dialog``: every change goes through one of these; each stores
  it whole or tells what is wrong at the field.

The public names are re-exported here, so ``from familiemote.ui.panels.actions
import ActionsPanel`` keeps working.
"""

from familiemote.ui.panels.actions.handover_dialogs import (
    AcceptDialog,
    DeclineDialog,
    HandoverDialog,
)
from familiemote.ui.panels.actions.holders import declined_text, holder_lines, holder_text
from familiemote.ui.panels.actions.new_action_dialog import ActionDialog
from familiemote.ui.panels.actions.notification_dialog import NotificationDialog
from familiemote.ui.panels.actions.outcome_dialog import OutcomeDialog
from familiemote.ui.panels.actions.panel import ActionsPanel
from familiemote.ui.panels.actions.status_dialog import StatusDialog
from familiemote.ui.panels.actions.tables import ID_ROLE, selectable_table, selected_id

__all__ = [
    "ID_ROLE",
    "AcceptDialog",
    "ActionDialog",
    "ActionsPanel",
    "DeclineDialog",
    "HandoverDialog",
    "NotificationDialog",
    "OutcomeDialog",
    "StatusDialog",
    "declined_text",
    "holder_lines",
    "holder_text",
    "selectable_table",
    "selected_id",
]
