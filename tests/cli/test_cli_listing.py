"""`familiemote cases` and `familiemote meetings --case ID`: what the other commands need.

The lists give the numbers the other commands take (--case, --meeting), the
child's first name and the dates, with times written as everywhere else in the
app («kl. 14.00»).
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.test_cli import run


def test_cases_and_meetings_list_what_the_other_commands_take(tmp_path: Path) -> None:
    db = str(tmp_path / "liste.sqlite")
    missing_file = run("cases", "--db", db)  # listing never creates a database
    assert missing_file.returncode != 0 and not Path(db).exists()

    assert run("demo", "--db", db).returncode == 0
    cases = run("cases", "--db", db)
    assert cases.returncode == 0, cases.stderr
    header, row = cases.stdout.splitlines()[:2]
    assert header.split()[:3] == ["Nr", "Barnet", "Født"]
    assert "Siste møte" in header and "Neste møte" in header
    assert re.match(r"\s+1\s+Sofie\s+\d{4}\s+2 Vurdering og henvisning", row), row
    # a time reads as on the screen and the printed plan, not as 08:30
    assert re.search(r"\d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d", row), row
    assert not re.search(r"\d\d:\d\d", cases.stdout)
    # the columns line up: the last meeting's column starts where its header does
    assert row.index(re.search(r"\d\d\.\d\d\.\d{4} kl", row)[0]) == header.index("Siste møte")  # type: ignore[index]

    meetings = run("meetings", "--case", "1", "--db", db)
    assert meetings.returncode == 0, meetings.stderr
    lines = meetings.stdout.splitlines()
    assert lines[0] == "Sak 1 (Sofie):"
    assert len(lines) == 3  # the demo has two meetings
    assert all(
        re.search(r"\d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d\s+familiemøte", line) for line in lines[1:]
    )

    missing = run("meetings", "--case", "99", "--db", db)
    assert missing.returncode != 0
    assert "Fant ikke" in missing.stderr and "Traceback" not in missing.stderr
