"""Returned evaluation forms: tallied as the source report reports them (percent with one
decimal and counts, respondents in percent of the valid answers), reported as PDF and CSV
in both languages, combined across municipalities through tally files, and follow-through
of the plans. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from familiemote.domain import model as m
from familiemote.domain.errors import ValidationError
from familiemote.domain.evaluation_tally import TallyFileCode, TallyFileError
from familiemote.printing.evaluation_form import FORM_VERSION, TEXTS, render_evaluation_form
from familiemote.printing.tally import (
    PERCENT_TICKS,
    STATEMENTS,
    bar_chart,
    csv_words,
    group_names,
    render_tally,
    statements,
)
from familiemote.services.evaluations import (
    EvaluationRow,
    NewEvaluation,
    _canonical,
    add_evaluations,
    compute_tally,
    delete_evaluation,
    dump_tally_file,
    evaluation_tally,
    export_tally,
    follow_through,
    import_tally,
    list_evaluations,
    update_evaluation,
    write_csv,
)
from familiemote.storage import orm
from familiemote.storage.db import Database, open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.support.evaluations import (
    HAND_N,
    HAND_PERCENT,
    HAND_RESPONDENTS,
    HAND_VALID_RESPONDENTS,
    PERIOD,
    source_report_forms,
)
from tests.support.fixture_types import UowFactory
from tests.support.pdf import assert_fonts_embedded, pages, qpdf_ok, text

TODAY = dt.date(2026, 11, 22)
AUTUMN = (dt.date(2026, 9, 1), dt.date(2026, 11, 30))
SPRING = (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
P, C, B = m.Respondent.PARENT, m.Respondent.CHILD, m.Respondent.BOTH


def form(
    scores: tuple[int | None, int | None, int | None, int | None],
    respondent: m.Respondent | None = P,
    age: int | None = 9,
    period: tuple[dt.date, dt.date] = AUTUMN,
    municipality: str = "Eksempel",
) -> NewEvaluation:
    return NewEvaluation(period[0], period[1], municipality, respondent, age, *scores)


FORMS = [
    form((5, 5, 4, 5)),
    form((4, None, 4, 5), respondent=C, age=12),
    form((None, None, None, 3), respondent=None, age=None),
    form((0, 5, 5, None), age=14),
    form((5, 4, None, 4), respondent=B, age=8),
]


def test_missing_answers_lower_only_that_items_n(uow_factory) -> None:
    add_evaluations(uow_factory(), FORMS, TODAY)
    tally = evaluation_tally(uow_factory)
    assert tally.forms == 5
    assert [i.n for i in tally.items] == [4, 3, 3, 4]
    assert [i.missing for i in tally.items] == [1, 2, 2, 1]
    q1 = tally.items[0]
    assert q1.counts == (1, 0, 0, 0, 1, 2)
    assert q1.percent(5) == pytest.approx(50.0)
    assert q1.mean == pytest.approx(14 / 4)
    assert tally.items[3].counts == (0, 0, 0, 1, 1, 2)
    respondents = {g.key: g for g in tally.by_respondent}
    assert respondents["parent"].forms == 2 and respondents["child"].forms == 1
    assert respondents["both"].forms == 1 and respondents["missing"].forms == 1
    assert respondents["child"].ns == (1, 0, 1, 1)
    # who answered: in percent of the 4 who said, the blank apart
    assert tally.respondents.valid == 4 and tally.respondents.missing == 1
    assert tally.respondents.percent("parent") == pytest.approx(50.0)
    assert tally.respondents.percent("both") == pytest.approx(25.0)
    assert dict(tally.ages.counts) == {"0-5": 0, "6-9": 2, "10-12": 1, "13-15": 1, "16+": 0}
    assert tally.ages.missing == 1


def test_the_source_reports_79_forms_match_the_hand_count_to_the_decimal(
    uow_factory, tmp_path: Path
) -> None:
    add_evaluations(uow_factory(), source_report_forms(), TODAY)
    tally = evaluation_tally(uow_factory, *PERIOD)
    assert tally.forms == 79
    for item in tally.items:
        assert item.n == HAND_N[item.item]
        for score, expected in HAND_PERCENT[item.item].items():
            assert f"{item.percent(score):.1f}".replace(".", ",") == expected, (item.item, score)
    assert tally.respondents.valid == HAND_VALID_RESPONDENTS and tally.respondents.missing == 1
    for key, expected in HAND_RESPONDENTS.items():
        assert f"{tally.respondents.percent(key):.1f}".replace(".", ",") == expected
    assert tally.ages.valid == 62 and tally.ages.missing == 17
    by_place = {p.municipality: p.counts.forms for p in tally.parts}
    assert by_place == {"Smøla": 12, "Fræna": 18, "Molde": 19, "Averøy": 21, "": 9}

    pdf = tmp_path / "report.pdf"
    render_tally(tally, pdf, printed_on=TODAY)
    qpdf_ok(pdf)
    assert_fonts_embedded(pdf)
    body = " ".join(text(pdf).split())
    assert "Prosent 0,0 % 0,0 % 1,3 % 2,5 % 22,8 % 73,4 % 100 %" in body
    assert "Antall 0 0 1 2 18 58 79" in body
    assert "Prosent 0,0 % 0,0 % 0,0 % 5,2 % 22,1 % 72,7 % 100 %" in body
    assert "Foreldre/foresatt 80,8 % 63" in body
    assert "Barn/ungdom 9,0 % 7" in body
    assert "Foreldre og barn sammen 10,3 % 8" in body
    assert "Gyldige svar (N) 100 % 78" in body
    assert "Averøy 21 26,6 %" in body  # 21 / 79

    buf = io.StringIO()
    write_csv(tally, buf, statements("nb"), group_names("nb"), csv_words("nb"))
    table = list(csv.reader(io.StringIO(buf.getvalue()), delimiter=";"))
    first = dict(zip(table[0], table[1], strict=True))
    assert (first["N"], first["5"], first["5 %"], first["4 %"]) == ("79", "58", "73,4", "22,8")
    rows: dict[str, list[str]] = {}
    for r in table:  # the first table naming each group: who answered, in percent
        if r:
            rows.setdefault(r[0], r)
    assert rows["Foreldre og barn sammen"][1:3] == ["8", "10,3"]
    assert rows["Foreldre/foresatt"][1:3] == ["63", "80,8"]


def test_charts_share_one_0_to_100_percent_scale_with_even_ticks() -> None:
    rows = [
        EvaluationRow(i, *AUTUMN, "", f.respondent, f.child_age, f.scores, "", TODAY)
        for i, f in enumerate(source_report_forms(), start=1)
    ]
    tally = compute_tally(rows)
    for item in tally.items:
        chart = next(c for c in bar_chart(item).contents if hasattr(c, "valueAxis"))
        assert (chart.valueAxis.valueMin, chart.valueAxis.valueMax) == (0, 100)
        assert list(chart.valueAxis.valueSteps) == list(PERCENT_TICKS) == [0, 20, 40, 60, 80, 100]
        assert chart.data == [[item.percent(s) for s in range(6)]]


def test_period_and_municipality_filters(uow_factory) -> None:
    add_evaluations(
        uow_factory(),
        [*FORMS, form((1, 1, 1, 1), period=SPRING), form((2, 2, 2, 2), municipality="Annen")],
        TODAY,
    )
    assert evaluation_tally(uow_factory).forms == 7
    autumn = evaluation_tally(uow_factory, dt.date(2026, 8, 1), dt.date(2026, 12, 31))
    assert autumn.forms == 6
    spring = evaluation_tally(uow_factory, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert spring.forms == 1 and spring.items[0].counts[1] == 1
    assert evaluation_tally(uow_factory, municipality="Annen").forms == 1


def test_one_bad_form_stores_nothing(uow_factory) -> None:
    bad = form((5, 6, None, None))
    with pytest.raises(ValidationError) as info:
        add_evaluations(uow_factory(), [FORMS[0], bad], TODAY)
    assert info.value.field == "evaluations[1].q2"
    assert list_evaluations(uow_factory()) == []
    with pytest.raises(ValidationError):
        add_evaluations(uow_factory(), [form((1, 1, 1, 1), age=40)], TODAY)
    with pytest.raises(ValidationError):
        add_evaluations(uow_factory(), [form((1, 1, 1, 1), period=(AUTUMN[1], AUTUMN[0]))], TODAY)
    assert list_evaluations(uow_factory()) == []


def test_correct_and_delete_are_in_the_trail_without_content(uow_factory) -> None:
    ids = add_evaluations(uow_factory(), FORMS[:2], TODAY)
    rows = list_evaluations(uow_factory())
    assert [r.id for r in rows] == ids
    assert rows[1].scores == (4, None, 4, 5)
    assert not hasattr(rows[0], "case_id")
    update_evaluation(uow_factory(), ids[1], form((4, 3, 4, 5), respondent=B, age=12))
    assert list_evaluations(uow_factory())[1].scores == (4, 3, 4, 5)
    delete_evaluation(uow_factory(), ids[0])
    assert [r.id for r in list_evaluations(uow_factory())] == ids[1:]
    t = orm.audit_log
    with uow_factory() as uow:
        entries = uow.sql.execute(
            sa.select(t.c.action, t.c.entity_id, t.c.before, t.c.after, t.c.case_id).where(
                t.c.entity == "evaluation_forms"
            )
        ).all()
    assert sorted((e.action, e.entity_id) for e in entries) == sorted(
        [("insert", ids[0]), ("insert", ids[1]), ("update", ids[1]), ("delete", ids[0])]
    )
    assert all(e.before == "" and e.after == "" and e.case_id is None for e in entries)


def test_csv_headers_in_the_chosen_language() -> None:
    rows = [
        EvaluationRow(i, *AUTUMN, "", f.respondent, f.child_age, f.scores, "", TODAY)
        for i, f in enumerate(FORMS, start=1)
    ]
    tally = compute_tally(rows)
    for lang, header, group in (
        ("nb", ["Påstand", "Tekst", "N", "Ubesvart"], "Foreldre og barn sammen"),
        ("nn", ["Påstand", "Tekst", "N", "Utan svar"], "Foreldre og barn saman"),
    ):
        buf = io.StringIO()
        write_csv(tally, buf, statements(lang), group_names(lang), csv_words(lang))  # type: ignore[arg-type]
        table = list(csv.reader(io.StringIO(buf.getvalue()), delimiter=";"))
        assert table[0][:4] == header
        first = dict(zip(table[0], table[1], strict=True))
        assert first["Tekst"] == statements(lang)[0]  # type: ignore[arg-type]
        assert (first["5"], first["5 %"]) == ("2", "50,0")
        flat = [cell for row in table for cell in row]
        assert group in flat
        if lang == "nn":
            assert "Ubesvart" not in flat and "Alderen til barnet" in flat
            assert "Svarte som" in flat and "Ikkje oppgitt" in flat


def test_tally_report_pdf(uow_factory, tmp_path: Path) -> None:
    add_evaluations(uow_factory(), FORMS, TODAY)
    tally = evaluation_tally(uow_factory, *AUTUMN)
    pdf = tmp_path / "tally.pdf"
    stamp = render_tally(tally, pdf, printed_on=TODAY)
    qpdf_ok(pdf)
    assert_fonts_embedded(pdf)
    body = text(pdf)
    assert "Periode: 01.09.2026–30.11.2026" in body
    assert "5 utfylte skjemaer" in body
    for i, statement in enumerate(STATEMENTS, start=1):
        assert f"{i}. {statement}" in body
    assert "N = 4 · ubesvart 1" in body and "N = 3 · ubesvart 2" in body
    assert "Antall 1 0 0 0 1 2 4" in body  # item 1 counts 0..5 and N
    assert "Prosent 25,0 % 0,0 % 0,0 % 0,0 % 25,0 % 50,0 % 100 %" in body
    assert "Hvem svarte" in body and "Barnets alder" in body
    assert "Nei, i liten grad" in body and "Ja, i stor grad" in body  # chart axis ends
    for p in range(1, pages(pdf) + 1):
        assert f"Kontrollsum {stamp}" in text(pdf, p, p)


def test_empty_tally_still_prints() -> None:
    buf = io.BytesIO()
    render_tally(compute_tally([]), buf, printed_on=TODAY)
    assert buf.getvalue().startswith(b"%PDF")


# --- follow-through ----------------------------------------------------------------------


def test_follow_through_of_the_demo_case_matches_a_hand_count(uow_factory, tmp_path: Path) -> None:
    """The demo: case opened 84 days ago; family meetings 70 and 14 days ago, both held.
    Meeting 1 agreed 4 actions (friminutt: continued at meeting 2; observasjon: done, no
    review; støttesamtaler: continued; søvndagbok: done at meeting 2); meeting 2 agreed 2,
    not yet reviewed. Hand count: 2 meetings, 1 family, 6 actions, 3,0 per meeting; done
    2 (33,3 %), continued 2 (33,3 %), not reviewed 2 (33,3 %); 14 days from concern to the
    first meeting. The plan of meeting 2 is saved as PDF today: 14 days from meeting to
    written plan; meeting 1 has none."""
    from familiemote.services.audit import record_output
    from familiemote.services.demo import create_demo_case

    today = dt.datetime.now(dt.UTC).date()  # the trail dates the plan's PDF by the clock
    create_demo_case(uow_factory(), today)
    with uow_factory() as uow:
        meetings = uow.sql.execute(
            sa.select(orm.meetings.c.id).order_by(orm.meetings.c.starts_at)
        ).all()
    record_output(uow_factory(), "save_pdf", "plan", meeting_id=meetings[1].id)
    record_output(uow_factory(), "print", "plan", meeting_id=meetings[1].id)  # later: not counted

    f = follow_through(uow_factory(), today - dt.timedelta(days=90), today)
    assert (f.meetings_held, f.families_reached, f.actions_agreed) == (2, 1, 6)
    assert f.actions_per_meeting == pytest.approx(3.0)
    assert dict(f.outcomes) == {
        "done": 2,
        "continued": 2,
        "changed": 0,
        "handed_over": 0,
        "dropped": 0,
        "not_reviewed": 2,
    }
    assert f"{f.outcome_percent('done'):.1f}" == "33.3"
    assert (f.concern_to_meeting.n, f.concern_to_meeting.mean) == (1, 14.0)
    assert f.concern_to_meeting.groups["0-14"] == 1
    assert (f.meeting_to_plan.n, f.meeting_to_plan.mean, f.meetings_without_plan) == (1, 14.0, 1)

    # only the second meeting lies in the last 30 days
    recent = follow_through(uow_factory(), today - dt.timedelta(days=30), today)
    assert (recent.meetings_held, recent.actions_agreed, recent.concern_to_meeting.n) == (1, 2, 0)

    tally = evaluation_tally(
        uow_factory, today - dt.timedelta(days=90), today, with_follow_through=True
    )
    pdf = tmp_path / "follow.pdf"
    render_tally(tally, pdf, printed_on=TODAY)
    body = " ".join(text(pdf).split())
    assert "Ble planene fulgt opp?" in body
    assert "Møter holdt 2" in body and "Familier nådd 1" in body and "Tiltak avtalt 6" in body
    assert "Tiltak per møte 3,0" in body
    assert "Utført innen gjennomgangen 33,3 % (2)" in body
    assert "Ikke gjennomgått ennå 33,3 % (2)" in body
    assert "Fra bekymring til første møte snitt 14,0 dager (n = 1)" in body
    buf = io.StringIO()
    write_csv(tally, buf, statements("nb"), group_names("nb"), csv_words("nb"))
    rows = {r[0]: r for r in csv.reader(io.StringIO(buf.getvalue()), delimiter=";") if r}
    assert rows["Møter holdt"][1] == "2" and rows["Tiltak per møte"][1] == "3,0"
    assert rows["Videreført (%)"][1] == "33,3"


# --- combining municipalities ------------------------------------------------------------


def _other_database(tmp_path: Path, name: str) -> tuple[Database, UowFactory]:
    db = open_database("sqlite:///" + str(tmp_path / f"{name}.sqlite"))
    return db, (lambda: SqlAlchemyUnitOfWork(db.session_factory))


def test_export_import_round_trip_and_combined_report(uow_factory, tmp_path: Path) -> None:
    """Molde exports its tally; it is read into this database (Averøy's) and reported together."""
    molde_db, molde = _other_database(tmp_path, "molde")
    try:
        molde_forms = [
            f for f in source_report_forms() if f.municipality in ("Molde", "")
        ]  # 19 + 9 blank: a database of one municipality leaves it blank
        add_evaluations(molde(), molde_forms, TODAY)
        body = export_tally(molde, *PERIOD, "Molde", TODAY, "test")
        raw = dump_tally_file(body).encode()
        # the file holds counts only: no comment, no single form's answers, no case
        assert body["forms"]["total"] == 28
        assert "comment" not in raw.decode() and "case" not in raw.decode()
        # Molde reading its own export back in would count it twice
        with pytest.raises(TallyFileError) as own:
            import_tally(molde(), raw, TODAY)
        assert own.value.code is TallyFileCode.OWN_MUNICIPALITY
    finally:
        molde_db.dispose()

    averoy = [f for f in source_report_forms() if f.municipality == "Averøy"]
    add_evaluations(uow_factory(), averoy, TODAY)
    result = import_tally(uow_factory(), raw, TODAY)
    assert (result.municipality, result.forms, result.replaced) == ("Molde", 28, False)

    tally = evaluation_tally(uow_factory, *PERIOD)
    assert tally.forms == 21 + 28
    assert {(p.municipality, p.imported, p.counts.forms) for p in tally.parts} == {
        ("Averøy", False, 21),
        ("Molde", True, 28),
    }
    # the combined figures equal those of the same forms typed into one database
    same = compute_tally(
        [
            EvaluationRow(i, *PERIOD, "", f.respondent, f.child_age, f.scores, "", TODAY)
            for i, f in enumerate([*averoy, *molde_forms], start=1)
        ]
    )
    assert [i.counts for i in tally.items] == [i.counts for i in same.items]
    assert tally.respondents == same.respondents and tally.ages == same.ages

    # read in again: refused, nothing counted twice
    with pytest.raises(TallyFileError) as again:
        import_tally(uow_factory(), raw, TODAY)
    assert again.value.code is TallyFileCode.ALREADY_IMPORTED
    assert evaluation_tally(uow_factory, *PERIOD).forms == 49

    pdf = tmp_path / "combined.pdf"
    render_tally(tally, pdf, printed_on=TODAY)
    body_text = " ".join(text(pdf).split())
    assert "Per kommune" in body_text
    assert "Molde (lest inn) 28 57,1 %" in body_text  # 28 / 49
    assert "Averøy 21 42,9 %" in body_text


def test_damaged_or_foreign_tally_files_are_refused_whole(uow_factory, tmp_path: Path) -> None:
    smola_db, smola = _other_database(tmp_path, "smola")
    try:
        rows = [  # a database of one municipality: the forms leave it blank
            NewEvaluation(*PERIOD, "", f.respondent, f.child_age, *f.scores)
            for f in source_report_forms()[:10]
        ]
        add_evaluations(smola(), rows, TODAY)
        good = export_tally(smola, *PERIOD, "Smøla", TODAY)
        add_evaluations(smola(), rows[:1], TODAY)
        newer = export_tally(smola, *PERIOD, "Smøla", TODAY)  # one more form since
    finally:
        smola_db.dispose()

    def refused(raw: bytes) -> TallyFileCode:
        with pytest.raises(TallyFileError) as info:
            import_tally(uow_factory(), raw, TODAY)
        with uow_factory() as uow:
            assert uow.sql.execute(sa.select(orm.evaluation_tallies)).first() is None
        return info.value.code

    text_ = dump_tally_file(good)
    assert refused(b"\x00\x01 not json") is TallyFileCode.NOT_JSON
    assert refused(text_[: len(text_) // 2].encode()) is TallyFileCode.NOT_JSON
    foreign = json.dumps({"format": "familiemote-case", "format_version": 1}).encode()
    assert refused(foreign) is TallyFileCode.WRONG_FORMAT
    changed = json.loads(text_)
    changed["forms"]["total"] += 1  # a count changed by hand: the checksum no longer fits
    assert refused(json.dumps(changed).encode()) is TallyFileCode.WRONG_CHECKSUM
    later = dict(json.loads(text_), format_version=99)
    assert refused(json.dumps(later).encode()) is TallyFileCode.NEWER_VERSION
    broken = json.loads(text_)  # the checksum fits, but the counts do not add up
    broken["forms"]["items_by_respondent"]["parent"][0][5] += 1
    del broken["sha256"]
    broken["sha256"] = hashlib.sha256(_canonical(broken)).hexdigest()
    assert refused(json.dumps(broken).encode()) is TallyFileCode.INVALID
    assert evaluation_tally(uow_factory, *PERIOD).forms == 0

    assert import_tally(uow_factory(), text_.encode(), TODAY).replaced is False
    assert evaluation_tally(uow_factory, *PERIOD).forms == 10
    # a newer export of the same municipality and period replaces the earlier one
    result = import_tally(uow_factory(), dump_tally_file(newer).encode(), TODAY)
    assert (result.replaced, result.forms) == (True, 11)
    assert evaluation_tally(uow_factory, *PERIOD).forms == 11


# --- the printed form --------------------------------------------------------------------


def test_printed_form_stamp_on_every_page_both_boxes_and_nynorsk_statement_4(
    tmp_path: Path,
) -> None:
    for lang, prompt, stamp in (
        ("nb", "sett kryss, begge hvis dere svarer sammen", "skrevet ut 29.11.2026"),
        ("nn", "set kryss, begge om de svarar saman", "skrive ut 29.11.2026"),
    ):
        pdf = tmp_path / f"form-{lang}.pdf"
        render_evaluation_form(pdf, copies=2, lang=lang, printed_on=dt.date(2026, 11, 29))  # type: ignore[arg-type]
        qpdf_ok(pdf)
        assert pages(pdf) == 4
        for p in range(1, 5):
            page = " ".join(text(pdf, p, p).split())
            assert f"Skjemaversjon {FORM_VERSION} · {stamp}" in page
        body = " ".join(text(pdf).split())
        assert prompt in body
        assert "ett kryss):" not in body and "eitt kryss):" not in body
    assert TEXTS["nn"]["statements"][3] == "I det store og heile var samtalen nyttig for meg"
    assert TEXTS["nb"]["statements"][3] == "I det store og hele var samtalen nyttig for meg"


def test_command_line_round_trip_export_import_combined_report(tmp_path: Path) -> None:
    """familiemote evaluations export-tally → import-tally into another database → report."""
    from tests.cli.test_cli import run

    env = {"FAMILIEMOTE_PASSPHRASE": "korrekt hest batteri stift"}
    places = {"molde": ("Molde", ""), "averoy": ("Averøy",)}
    for name, kept in places.items():
        db = open_database(
            "sqlite:///" + str(tmp_path / f"{name}.sqlite"),
            passphrase=env["FAMILIEMOTE_PASSPHRASE"],
        )
        try:
            forms = [f for f in source_report_forms() if f.municipality in kept]
            add_evaluations(SqlAlchemyUnitOfWork(db.session_factory), forms, TODAY)
        finally:
            db.dispose()
    molde, averoy = str(tmp_path / "molde.sqlite"), str(tmp_path / "averoy.sqlite")
    tally_file = tmp_path / "molde.json"
    period = ("--from", "01.01.2015", "--to", "31.12.2015")
    r = run(
        "evaluations", "export-tally", *period, "--kommune", "Molde", "-o", str(tally_file),
        "--db", molde, env=env,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "28 skjemaer" in r.stdout
    assert json.loads(tally_file.read_text(encoding="utf-8"))["format_version"] == 1
    r = run("evaluations", "import-tally", str(tally_file), "--db", averoy, env=env)
    assert r.returncode == 0, r.stderr
    assert "Molde" in r.stdout and "er lest inn" in r.stdout
    r = run("evaluations", "import-tally", str(tally_file), "--db", averoy, env=env)
    assert r.returncode == 1 and "to ganger" in r.stderr and "Traceback" not in r.stderr
    pdf, csv_nn = tmp_path / "samla.pdf", tmp_path / "samla.csv"
    r = run("evaluations", "report", *period, "-o", str(pdf), "--db", averoy, env=env)
    assert r.returncode == 0, r.stderr
    assert "49 skjemaer" in r.stdout  # 21 typed in here + 28 read in, once
    body = " ".join(text(pdf).split())
    assert "Molde (lest inn) 28 57,1 %" in body and "Averøy 21 42,9 %" in body
    r = run(
        "evaluations", "report", *period, "--sprak", "nn", "-o", str(csv_nn), "--db", averoy,
        env=env,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    table = list(csv.reader(io.StringIO(csv_nn.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert table[0][:4] == ["Påstand", "Tekst", "N", "Utan svar"]
    assert table[1][1] == "Eg vart forstått og respektert" and table[1][2] == "49"
