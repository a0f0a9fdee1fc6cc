"""What the subcommands of the command line share: the exit codes and how a refusal is told.

Imports nothing heavy (no SQLAlchemy, no Qt): building the command line stays fast.
"""

from __future__ import annotations

import sys

from familiemote.domain.errors import DomainError

EXIT_OK = 0
EXIT_USER_ERROR = 1


def fail(err: DomainError) -> int:
    """Tell the user why the command was refused (in their words, on stderr); the exit code."""
    from familiemote.messages import error_text

    print(f"familiemote: {error_text(err)}", file=sys.stderr)
    return EXIT_USER_ERROR
