"""The PDF read back: page count, page-1 figures, logs, footer, initials, accents, fonts,
vector charts, cancelling, and the headless command (in-process and in a subprocess).

The demo report (Luca, last 90 days) is written once for the module; every figure expected
here is computed afresh from the measures and formatted with the report's own formatters.
"""

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from masto_diary import __version__
from masto_diary.analysis import summarize_period
from masto_diary.report.command import needs_offscreen, run_report
from masto_diary.report.content import gather_report
from masto_diary.report.render import render_steps, write_report
from masto_diary.services import children, entries, injections, records
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.words import report_texts as texts
from tests import reads
from tests.tools import require_tool

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=89)


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of white space (pypdf gives tabs) made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def between(text: str, first: str, last: str) -> str:
    """The part of ``text`` from ``first`` up to ``last``."""
    start = text.index(first)
    return text[start : text.index(last, start)]


@pytest.fixture(scope="module")
def demo_dir(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report-demo")
    shutil.copyfile(demo_template, folder / DIARY_FILENAME)
    return folder


@pytest.fixture(scope="module")
def demo(demo_dir: Path):
    with open_diary(demo_dir, auto_backup=False) as opened:
        yield opened


@pytest.fixture(scope="module")
def luca(demo) -> int:
    return records.find_child_id(demo, "Luca Rossi")


@pytest.fixture(scope="module")
def report_pdf(qapp, demo, luca, tmp_path_factory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("pdf") / "luca.pdf"
    write_report(gather_report(demo, luca, START, TODAY), path, "a4")
    return path, page_texts(path)


@pytest.fixture(scope="module")
def initials_pdf(qapp, demo, luca, tmp_path_factory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("pdf") / "initials.pdf"
    write_report(gather_report(demo, luca, START, TODAY, initials=True), path, "letter")
    return path, page_texts(path)


def test_page_count_and_paper(report_pdf, initials_pdf):
    path, pages = report_pdf
    assert 3 <= len(pages) <= 5
    reader = PdfReader(path)
    assert len(reader.pages) == len(pages)
    a4 = reader.pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter = PdfReader(initials_pdf[0]).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_page_one_figures_are_the_measures_results(report_pdf, demo, luca):
    _, pages = report_pdf
    data = reads.diary_data(demo, luca)
    this = summarize_period(data, START, TODAY)
    previous = summarize_period(data, START - dt.timedelta(days=90), START - dt.timedelta(days=1))

    def recorded(s):
        return f"{s.days_recorded} of {s.days} ({texts.percent(s.coverage_pct)})"

    expected = [
        ("Mean daily symptom score (0–42)", texts.number(this.mean_dss),
         texts.number(previous.mean_dss)),
        ("Symptom-free days", texts.percent(this.symptom_free_pct),
         texts.percent(previous.symptom_free_pct)),
        ("Episodes per 28 days", texts.number(this.episodes_per_28),
         texts.number(previous.episodes_per_28)),
        ("Flushing", texts.number(this.episodes_per_28_by_kind["flush"]),
         texts.number(previous.episodes_per_28_by_kind["flush"])),
        ("Anaphylaxis", str(this.anaphylaxis), str(previous.anaphylaxis)),
        ("Epinephrine uses", str(this.epinephrine_uses), str(previous.epinephrine_uses)),
        ("Emergency visits", str(this.emergency_visits), str(previous.emergency_visits)),
        ("School days missed", str(this.school_days_missed), str(previous.school_days_missed)),
        ("Days with an entry", recorded(this), recorded(previous)),
    ]  # fmt: skip
    for label, mine, theirs in expected:  # the PDF's text has a plain space for "79\u00a0%"
        assert f"{label} {mine} {theirs}".replace("\xa0", " ") in pages[0], label
    assert (
        f"Previous 90 days, on therapy {texts.date(previous.start)} – {texts.date(previous.end)}"
        in pages[0]
    )
    assert texts.period(START, TODAY) in pages[0]


def test_page_one_has_child_therapy_triggers_and_questions(report_pdf):
    page = report_pdf[1][0]
    assert f"Luca Rossi · 9 years on {texts.date(TODAY)} · Boy" in page
    assert "Indolent systemic mastocytosis · Paediatric Allergy Unit" in page
    assert "Now taking Cetirizine 5 mg once daily" in page
    assert "Latest results Serum tryptase" in page and "Weight 31.2 kg" in page
    assert "Omalizumab 150 mg every 28 days" in page
    assert "On time (±3 days): 2 of 3" in page and "Longest delay: 8 days" in page
    assert "Top triggers" in page
    assert "Can cromolyn be stopped now?" in page
    assert "Dose cycle: score by days since the last injection" in page


def test_every_injection_of_the_period_is_in_the_log(report_pdf, demo, luca):
    log = between(" ".join(report_pdf[1][1:]), "Injections Date Dose", "Medications in this")
    given = [
        i for i in injections.list_injections(demo, luca)
        if START <= i.given_at.astimezone().date() <= TODAY
    ]  # fmt: skip
    assert len(given) == 3
    for injection in given:
        row = f"{texts.date(injection.given_at.astimezone().date())} 150 mg"
        assert row in log
        assert injection.lot in log
    assert "36 (8 days late)" in log


def test_detail_sections_in_order(report_pdf):
    rest = " ".join(report_pdf[1][1:])
    headings = [  # the method box early, beside page 1 which it explains
        "Patterns: wear-off and triggers",
        "How these figures are computed",
        "Symptoms one by one",
        "Episodes",
        "Injections",
        "Medications in this period",
        "Lab results",
        "Notes from the diary",
    ]
    at = 0
    for heading in headings:  # each after the one before (the box also says "Episodes")
        at = rest.index(heading, at) + len(heading)
    assert "includes omalizumab-bound IgE" in rest
    assert "Itching already much better." in rest


def test_footer_on_every_page(report_pdf):
    pages = report_pdf[1]
    period = texts.period(START, TODAY)
    for number, text in enumerate(pages, start=1):
        footer = f"page {number}/{len(pages)} · {period} · created {texts.date(TODAY)}"
        assert footer in text
        assert f"masto-diary {__version__}" in text


def test_initials_leave_the_name_out_of_every_page_and_the_metadata(initials_pdf):
    path, pages = initials_pdf
    for text in pages:
        assert "Luca" not in text and "Rossi" not in text
        assert text.count("L. R.") >= 1  # the footer
    reader = PdfReader(path)
    assert reader.metadata.title.startswith("Clinic-visit report – L. R. –")
    raw = path.read_bytes()
    assert b"Luca" not in raw and b"Rossi" not in raw


def test_full_name_in_the_metadata_title(report_pdf):
    assert "Luca Rossi" in PdfReader(report_pdf[0]).metadata.title


def test_fonts_are_embedded_and_charts_are_vectors(report_pdf):
    page = PdfReader(report_pdf[0]).pages[0]
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
    xobjects = page["/Resources"].get("/XObject", {})
    images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    assert images == []


def test_pages_render_with_ink_on_them(report_pdf, tmp_path):
    pdftoppm = require_tool("pdftoppm")
    prefix = tmp_path / "page"
    subprocess.run([pdftoppm, "-r", "20", "-gray", str(report_pdf[0]), str(prefix)], check=True)
    rendered = sorted(tmp_path.glob("page-*.pgm"))
    assert len(rendered) == len(report_pdf[1])
    for image in rendered:
        raw = image.read_bytes()
        pixels = raw[raw.index(b"255\n") + 4 :]
        dark = sum(1 for value in pixels if value < 200) / len(pixels)
        assert 0.005 < dark < 0.5, image.name


def test_accents_and_italian_text_render(qapp, diary, tmp_path):
    child = children.create_child(diary, "Niccolò Ferrè", dt.date(2016, 2, 29))
    symptom = next(s for s in children.symptoms(diary, child.id) if s.key == "fatigue")
    children.rename_symptom(diary, symptom.id, "Stanchezza (più forte la sera)")
    entries.save_entry(diary, child.id, TODAY, {"fatigue": 2}, notes="Perché è così stanco?")
    path = tmp_path / "italiano.pdf"
    write_report(gather_report(diary, child.id, TODAY - dt.timedelta(days=6), TODAY), path)
    text = " ".join(page_texts(path))
    for phrase in ("Perché è così stanco?", "Stanchezza (più forte la sera)", "Niccolò Ferrè"):
        assert phrase in text


def test_only_the_chosen_sections_are_printed(qapp, demo, luca, tmp_path):
    path = tmp_path / "short.pdf"
    content = gather_report(demo, luca, START, TODAY, sections={"method"})
    assert write_report(content, path) == 2
    text = " ".join(page_texts(path))
    assert "How these figures are computed" in text
    assert "Episodes Date" not in text and "Notes from the diary" not in text


def test_a_cancelled_report_leaves_no_file(qapp, demo, luca, tmp_path):
    path = tmp_path / "cancelled.pdf"
    steps = render_steps(gather_report(demo, luca, START, TODAY), path)
    assert next(steps)[0] == 0
    assert next(steps)[0] == 1
    steps.close()
    assert list(tmp_path.iterdir()) == []


def test_written_file_is_private(report_pdf):
    assert report_pdf[0].stat().st_mode & 0o777 == 0o600


# --------------------------------------------------------------------------- command


def test_command_writes_the_report(qapp, demo_dir, tmp_path, capsys):
    target = tmp_path / "report.pdf"
    assert run_report(demo_dir, "luca rossi", START, None, target, initials=True) == 0
    said = capsys.readouterr().out
    assert said.startswith("Report for L. R., ") and str(target) in said
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("child", "start", "end", "paper", "sentence"),
    [
        ("Marco", None, None, None, "There is no child called 'Marco'"),
        ("Luca Rossi", dt.date(2001, 1, 1), dt.date(2001, 3, 1), None, "Nothing was recorded"),
        ("Luca Rossi", TODAY, START, None, "must not end before it starts"),
        ("Luca Rossi", None, None, "a3", "--paper must be a4 or letter"),
    ],
)
def test_command_problems_are_sentences_and_write_nothing(
    qapp, demo_dir, tmp_path, capsys, child, start, end, paper, sentence
):
    target = tmp_path / "report.pdf"
    assert run_report(demo_dir, child, start, end, target, paper=paper) == 1
    assert sentence in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_command_refuses_a_missing_diary_and_folder(qapp, tmp_path, capsys, demo_dir):
    assert run_report(tmp_path / "none", "Luca", None, None, tmp_path / "r.pdf") == 1
    assert "There is no diary" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()
    assert run_report(demo_dir, "Luca Rossi", None, None, tmp_path / "no" / "r.pdf") == 1
    assert "does not exist" in capsys.readouterr().err


def test_offscreen_is_chosen_only_without_a_display():
    assert needs_offscreen({}, "linux")
    assert not needs_offscreen({"DISPLAY": ":0"}, "linux")
    assert not needs_offscreen({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not needs_offscreen({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not needs_offscreen({}, "win32") and not needs_offscreen({}, "darwin")


COMMAND = (
    "import sys, datetime as dt\n"
    "from masto_diary.report.command import run_report\n"
    "day = lambda text: dt.date.fromisoformat(text) if text != '-' else None\n"
    "sys.exit(run_report(sys.argv[1], sys.argv[2], day(sys.argv[3]), day(sys.argv[4]),\n"
    "                    sys.argv[5], initials=False, paper='letter'))\n"
)


def run_command(*args: str) -> subprocess.CompletedProcess:
    """The command in a fresh process without a display (it must pick offscreen itself)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-c", COMMAND, *args], capture_output=True, text=True, env=env,
        timeout=60,
    )  # fmt: skip


def test_headless_command_in_a_subprocess(demo_dir, tmp_path):
    target = tmp_path / "sub.pdf"
    done = run_command(str(demo_dir), "Luca Rossi", START.isoformat(), "-", str(target))
    assert done.returncode == 0, done.stderr
    assert "pages written to" in done.stdout and done.stderr == ""
    reader = PdfReader(target)
    assert f"page 1/{len(reader.pages)}" in " ".join(reader.pages[0].extract_text().split())
    assert round(float(reader.pages[0].mediabox.width)) == 612
