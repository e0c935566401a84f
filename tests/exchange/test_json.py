"""The masto-diary JSON format: full-fidelity round trips, and bad files refused with every problem.

Round trip: export → import into an empty diary → export gives the same document (demo diary and
hypothesis-generated diaries).  Bad input: each file of the corpus is refused with its JSON path
and a reason, and the diary it was imported into is exactly as before.
"""

import copy
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from masto_diary.cli import main
from masto_diary.enums import (
    ANALYTE_UNITS,
    Analyte,
    Condition,
    Diagnosis,
    DrugClass,
    EpisodeKind,
    InjectionSite,
    LocalReaction,
    Place,
    Reporter,
    Severity,
    Sex,
)
from masto_diary.errors import DiaryError
from masto_diary.exchange import schema
from masto_diary.exchange.json_format import (
    MAX_IMPORT_BYTES,
    ImportConflictError,
    ImportRefusedError,
    OnConflict,
    dumps,
    export_document,
    import_document,
    import_into_new_diary,
    read_document,
)
from masto_diary.rules import BIDI_CONTROLS
from masto_diary.services import children, entries, growth
from masto_diary.storage import DIARY_FILENAME, Diary, open_diary
from tests.exchange_samples import EXPORTED_AT, import_file, valid_document


def exported(diary: Diary) -> dict:
    document = export_document(diary)
    document.pop("exported_at")
    return document


def same_document(a: dict, b: dict) -> bool:
    return {k: v for k, v in a.items() if k != "exported_at"} == {
        k: v for k, v in b.items() if k != "exported_at"
    }


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty diary file, made once: copying it is much quicker than running migrations."""
    folder = tmp_path_factory.mktemp("empty-template")
    open_diary(folder, auto_backup=False).close()
    return folder / DIARY_FILENAME


def fresh_diary(template: Path, folder: Path) -> Diary:
    folder.mkdir(parents=True, mode=0o700)
    shutil.copyfile(template, folder / DIARY_FILENAME)
    return open_diary(folder, auto_backup=False)


def test_the_base_document_imports_and_exports_unchanged(diary: Diary) -> None:
    import_file(diary, dumps(valid_document()))
    assert same_document(export_document(diary), valid_document())


# --------------------------------------------------------------------------- round trips


def test_demo_diary_round_trip_gives_the_same_document(demo_diary: Diary, tmp_path, empty_template):
    first = export_document(demo_diary)
    target = fresh_diary(empty_template, tmp_path / "copy")
    summary = import_file(target, dumps(first))
    assert [c.action for c in summary.children] == ["added", "added", "added"]
    assert same_document(export_document(target), first)
    target.close()


def test_export_is_readable_json_with_iso_dates_and_utc_offsets(demo_diary: Diary) -> None:
    document = json.loads(dumps(export_document(demo_diary)).decode("utf-8"))
    assert (document["format"], document["version"]) == ("masto-diary", 1)
    entry = document["children"][0]["daily_entries"][0]
    assert dt.date.fromisoformat(entry["date"]).isoformat() == entry["date"]
    assert entry["updated_at"].endswith("+00:00")
    assert all(
        e["started_at"].endswith("+00:00") for c in document["children"] for e in c["episodes"]
    )


def test_moments_with_other_offsets_are_kept_as_the_same_instant(diary: Diary) -> None:
    document = valid_document()
    document["children"][0]["injections"][0]["given_at"] = "2024-01-02T10:30:00+01:00"
    import_file(diary, dumps(document))
    (injection,) = export_document(diary)["children"][0]["injections"]
    assert injection["given_at"] == "2024-01-02T09:30:00+00:00"


def test_missing_optional_keys_take_their_defaults(diary: Diary) -> None:
    minimal = {
        "format": "masto-diary",
        "version": 1,
        "exported_at": EXPORTED_AT,
        "children": [
            {
                "name": "Carla",
                "birth_date": "2019-09-09",
                "symptoms": [{"key": "itching", "label": "Itching"}],
                "daily_entries": [{"date": "2024-02-02", "scores": {"itching": 2}}],
                "labs": [{"taken_on": "2024-02-02", "analyte": "total_ige", "value": 350}],
            }
        ],
    }
    import_file(diary, json.dumps(minimal).encode())
    (child,) = export_document(diary)["children"]
    assert child["diagnosis"] == "unknown" and child["sex"] is None
    assert child["condition"] == "mastocytosis"  # files written before the condition existed
    assert child["daily_entries"][0]["reported_by"] == "parent"
    assert child["labs"][0]["unit"] == "kU/L"  # filled in for a known analyte


# hypothesis-generated diaries ------------------------------------------------------------------

# Text a parent can type: no control characters, no text-direction marks (masto_diary.rules).
CLEAN = st.characters(
    blacklist_categories=("Cs", "Cc"),
    blacklist_characters=sorted(BIDI_CONTROLS) + ["\u2028", "\u2029"],
)
TEXT = st.text(CLEAN, max_size=12)
LABEL = st.text(CLEAN, min_size=1, max_size=12).filter(str.strip)
DAYS = st.dates(dt.date(2016, 1, 1), dt.date(2024, 12, 31))


def _measured(birth: dt.date, sex, day: dt.date, column: str, value: float) -> dict:
    """A weight or height row; one beyond WHO's plausibility limits says it was confirmed."""
    kg, cm = (value, None) if column == "kg" else (None, value)
    problem = growth.measurement_problem(birth, sex, day, kg, cm, dt.date.max)
    row = {"date": day.isoformat(), column: value}
    if isinstance(problem, growth.ImplausibleMeasurementError):
        row["confirmed"] = True
    return row


MOMENTS = st.datetimes(
    dt.datetime(2016, 1, 1), dt.datetime(2024, 12, 31), timezones=st.just(dt.UTC)
).map(lambda m: m.isoformat())
FLOATS = st.floats(0.01, 5000, allow_nan=False, allow_infinity=False)


def _enum(enum_cls) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in enum_cls])


@st.composite
def symptom_lists(draw) -> list[dict]:
    keys = draw(st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True), max_size=4,
                         unique=True))  # fmt: skip
    symptoms = [
        {
            "key": key,
            "label": draw(LABEL),
            "position": draw(st.integers(0, 5)),
            "active": draw(st.booleans()),
            "scale_max": draw(st.integers(1, 10)),
        }
        for key in keys
    ]
    return sorted(symptoms, key=lambda s: s["position"])  # stable: ties keep their order


@st.composite
def entries_for(draw, symptoms: list[dict]) -> list[dict]:
    days = sorted(draw(st.lists(DAYS, max_size=5, unique=True)))
    result = []
    for day in days:
        chosen = [s for s in symptoms if draw(st.booleans())]
        created = draw(MOMENTS)
        result.append(
            {
                "date": day.isoformat(),
                "wellbeing": draw(st.none() | st.integers(0, 10)),
                "school_missed": draw(st.booleans()),
                "sleep_disturbed": draw(st.booleans()),
                "reported_by": draw(_enum(Reporter)),
                "notes": draw(TEXT),
                "created_at": created,
                "updated_at": draw(st.sampled_from([created, draw(MOMENTS)])),
                "scores": {s["key"]: draw(st.integers(0, s["scale_max"])) for s in chosen},
            }
        )
    return result


@st.composite
def episodes_for(draw, symptoms: list[dict], triggers: list[dict]) -> list[dict]:
    result = []
    for _ in range(draw(st.integers(0, 3))):
        start = dt.datetime.fromisoformat(draw(MOMENTS))
        end = draw(
            st.none()
            | st.integers(0, 600).map(lambda m, start=start: start + dt.timedelta(minutes=m))
        )
        result.append(
            {
                "started_at": start.isoformat(),
                "ended_at": None if end is None else end.isoformat(),
                "kind": draw(_enum(EpisodeKind)),
                "severity": draw(_enum(Severity)),
                "symptoms": [s["key"] for s in symptoms if draw(st.booleans())],
                "triggers": [t["label"] for t in triggers if draw(st.booleans())],
                "rescue": {
                    "antihistamine": draw(st.booleans()),
                    "steroid": draw(st.booleans()),
                    "epinephrine": draw(st.booleans()),
                    "emergency_visit": draw(st.booleans()),
                    "notes": draw(TEXT),
                },
                "notes": draw(TEXT),
            }
        )
    return sorted(result, key=lambda e: e["started_at"])


@st.composite
def plans_and_injections(draw) -> tuple[list[dict], list[dict]]:
    plans = []
    for _ in range(draw(st.integers(0, 2))):
        start = draw(DAYS)
        end = draw(
            st.none() | st.integers(0, 400).map(lambda n, start=start: start + dt.timedelta(days=n))
        )
        plans.append(
            {
                "drug": draw(st.sampled_from(["omalizumab", "ligelizumab"])),
                "dose_mg": draw(FLOATS),
                "interval_days": draw(st.integers(1, 365)),
                "start_date": start.isoformat(),
                "end_date": None if end is None else end.isoformat(),
            }
        )
    plans.sort(key=lambda p: p["start_date"])
    plans = [{"id": n, **p} for n, p in enumerate(plans, start=1)]
    injections = [
        {
            "given_at": draw(MOMENTS),
            "plan": draw(st.none() | st.sampled_from([p["id"] for p in plans] or [None])),
            "dose_mg": draw(FLOATS),
            "site": draw(st.none() | _enum(InjectionSite)),
            "lot": draw(TEXT),
            "expiry": draw(st.none() | DAYS.map(dt.date.isoformat)),
            "place": draw(_enum(Place)),
            "given_by": draw(TEXT),
            "local_reaction": draw(_enum(LocalReaction)),
            "notes": draw(TEXT),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    return plans, sorted(injections, key=lambda i: i["given_at"])


@st.composite
def labs(draw) -> list[dict]:
    result = []
    for _ in range(draw(st.integers(0, 3))):
        analyte = Analyte(draw(_enum(Analyte)))
        custom = analyte is Analyte.CUSTOM
        high = 100 if analyte is Analyte.KIT_D816V else 10_000
        low_ref = draw(st.none() | st.floats(0, 50))
        result.append(
            {
                "taken_on": draw(DAYS).isoformat(),
                "analyte": analyte.value,
                "custom_name": draw(LABEL) if custom else "",
                "unit": draw(st.sampled_from(["mg/L", "%"])) if custom else ANALYTE_UNITS[analyte],
                "value": draw(st.floats(0, high)),
                "ref_low": low_ref,
                "ref_high": draw(st.none() | st.floats(50, 100)),
                "notes": draw(TEXT),
            }
        )
    return sorted(result, key=lambda x: x["taken_on"])


@st.composite
def children_docs(draw, name: str) -> dict:
    symptoms = draw(symptom_lists())
    trigger_labels = draw(st.lists(LABEL, max_size=3, unique_by=str.casefold))
    triggers = [{"label": label} for label in trigger_labels]
    plans, injections = draw(plans_and_injections())
    medications = [
        {
            "name": draw(LABEL),
            "drug_class": draw(_enum(DrugClass)),
            "dose": draw(st.floats(0, 1000)),
            "unit": draw(st.sampled_from(["mg", "puffs", "drops"])),
            "frequency": draw(TEXT),
            "start_date": (start := draw(DAYS)).isoformat(),
            "end_date": draw(st.none() | st.just((start + dt.timedelta(days=30)).isoformat())),
            "reason": draw(TEXT),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    weights = sorted(draw(st.lists(DAYS, max_size=3, unique=True)))
    visits = [
        {"date": draw(DAYS).isoformat(), "clinician": draw(TEXT), "questions": draw(TEXT),
         "outcome": draw(TEXT)}
        for _ in range(draw(st.integers(0, 2)))
    ]  # fmt: skip
    birth = draw(st.dates(dt.date(2005, 1, 1), dt.date(2015, 12, 31)))  # before every DAYS
    sex = draw(st.none() | _enum(Sex))
    return {
        "name": name,
        "birth_date": birth.isoformat(),
        "sex": sex,
        "diagnosis": draw(_enum(Diagnosis)),
        "condition": draw(_enum(Condition)),
        "clinic": draw(TEXT),
        "notes": draw(TEXT),
        "archived": draw(st.booleans()),
        "weights": [_measured(birth, sex, d, "kg", draw(st.floats(0.5, 300))) for d in weights],
        "heights": [_measured(birth, sex, d, "cm", draw(st.floats(40, 250))) for d in weights],
        "symptoms": symptoms,
        "triggers": triggers,
        "daily_entries": draw(entries_for(symptoms)),
        "episodes": draw(episodes_for(symptoms, triggers)),
        "treatment_plans": plans,
        "injections": injections,
        "medications": sorted(medications, key=lambda m: m["start_date"]),
        "labs": draw(labs()),
        "visits": sorted(visits, key=lambda v: v["date"]),
    }


@st.composite
def documents(draw) -> dict:
    names = draw(st.lists(LABEL, min_size=0, max_size=2, unique_by=str.casefold))
    kids = [draw(children_docs(name)) for name in sorted(names)]
    return {"format": "masto-diary", "version": 1, "exported_at": EXPORTED_AT, "children": kids}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=documents())
def test_generated_diaries_survive_export_import_export(document, empty_template, tmp_path):
    run = tmp_path / f"run-{len(list(tmp_path.iterdir()))}"
    first = fresh_diary(empty_template, run / "a")
    try:
        import_file(first, dumps(document))
        once = export_document(first)
    finally:
        first.close()
    once["children"].sort(key=lambda c: c["name"])  # the file's order is by name (SQLite's)
    assert same_document(
        once, {**document, "children": sorted(document["children"], key=lambda c: c["name"])}
    )
    second = fresh_diary(empty_template, run / "b")
    try:
        import_file(second, dumps(once))
        assert same_document(export_document(second), once)
    finally:
        second.close()


# --------------------------------------------------------------------------- the bad-input corpus


def child(doc: dict) -> dict:
    return doc["children"][0]


def _set(path: tuple, value):
    def mutate(doc: dict) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(path: tuple):
    def mutate(doc: dict) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


def _duplicate_day(doc: dict) -> None:
    entries_ = child(doc)["daily_entries"]
    entries_.append(copy.deepcopy(entries_[0]))


C = ("children", 0)
E0 = (*C, "daily_entries", 0)
BAD_DOCUMENTS = {
    # wrong types
    "birth date as a number": (
        _set((*C, "birth_date"), 20170402),
        "$.children[0].birth_date",
        "YYYY-MM-DD",
    ),
    "wellbeing as text": (
        _set((*E0, "wellbeing"), "7"),
        "$.children[0].daily_entries[0].wellbeing",
        "whole number",
    ),
    "flag as text": (
        _set((*E0, "school_missed"), "yes"),
        "$.children[0].daily_entries[0].school_missed",
        "true or false",
    ),
    "weight as text": (
        _set((*C, "weights", 0, "kg"), "24.5"),
        "$.children[0].weights[0].kg",
        "must be a number",
    ),
    "children not a list": (_set(("children",), {"name": "Bea"}), "$.children", "must be a list"),
    "scores not an object": (
        _set((*E0, "scores"), [1, 0]),
        "$.children[0].daily_entries[0].scores",
        "object",
    ),
    "moment without offset": (
        _set((*E0, "created_at"), "2024-01-05T19:00:00"),
        "$.children[0].daily_entries[0].created_at",
        "offset",
    ),
    "date not in the calendar": (
        _set((*E0, "date"), "2024-02-30"),
        "$.children[0].daily_entries[0].date",
        "not a date in the calendar",
    ),
    # missing keys
    "child without a name": (_delete((*C, "name")), "$.children[0].name", "is required"),
    "entry without a date": (
        _delete((*E0, "date")),
        "$.children[0].daily_entries[0].date",
        "is required",
    ),
    "episode without a kind": (
        _delete((*C, "episodes", 0, "kind")),
        "$.children[0].episodes[0].kind",
        "is required",
    ),
    "no exported_at": (_delete(("exported_at",)), "$.exported_at", "is required"),
    "misspelt key": (
        _set((*E0, "wellbeeing"), 5),
        "$.children[0].daily_entries[0].wellbeeing",
        "not a key",
    ),
    # unknown enum values
    "unknown diagnosis": (
        _set((*C, "diagnosis"), "aggressive"),
        "$.children[0].diagnosis",
        "must be one of",
    ),
    "unknown condition": (
        _set((*C, "condition"), "eczema"),
        "$.children[0].condition",
        "must be one of",
    ),
    "unknown episode kind": (
        _set((*C, "episodes", 0, "kind"), "sneeze"),
        "$.children[0].episodes[0].kind",
        "'flush'",
    ),
    "unknown injection site": (
        _set((*C, "injections", 0, "site"), "nose"),
        "$.children[0].injections[0].site",
        "must be one of",
    ),
    "unknown reporter": (
        _set((*E0, "reported_by"), "grandma"),
        "$.children[0].daily_entries[0].reported_by",
        "must be one of",
    ),
    # out-of-range values
    "score above its scale": (
        _set((*E0, "scores", "itching"), 7),
        "$.children[0].daily_entries[0].scores.itching",
        "must be 0–3, got 7",
    ),
    "negative score": (
        _set((*E0, "scores", "itching"), -1),
        "$.children[0].daily_entries[0].scores.itching",
        "at least 0",
    ),
    "wellbeing 11": (
        _set((*E0, "wellbeing"), 11),
        "$.children[0].daily_entries[0].wellbeing",
        "at most 10",
    ),
    "KIT above 100 %": (
        _set((*C, "labs", 0), {"taken_on": "2024-01-02", "analyte": "kit_d816v", "value": 140}),
        "$.children[0].labs[0].value",
        "0–100",
    ),
    "birth date in the future": (
        _set((*C, "birth_date"), "2999-01-01"),
        "$.children[0].birth_date",
        "future",
    ),
    "episode ends before it starts": (
        _set((*C, "episodes", 0, "ended_at"), "2024-01-06T13:00:00+00:00"),
        "$.children[0].episodes[0].ended_at",
        "before the start",
    ),
    "plan interval 0": (
        _set((*C, "treatment_plans", 0, "interval_days"), 0),
        "$.children[0].treatment_plans[0].interval_days",
        "at least 1",
    ),
    "wrong unit for tryptase": (
        _set((*C, "labs", 0, "unit"), "µg/L"),
        "$.children[0].labs[0].unit",
        "ng/mL",
    ),
    # duplicates
    "duplicate day": (_duplicate_day, "$.children[0].daily_entries[2].date", "listed twice"),
    "duplicate symptom key": (
        lambda d: child(d)["symptoms"].append(dict(child(d)["symptoms"][0])),
        "$.children[0].symptoms[2].key",
        "listed twice",
    ),
    "duplicate trigger": (
        lambda d: child(d)["triggers"].append({"label": "HEAT"}),
        "$.children[0].triggers[2].label",
        "listed twice",
    ),
    "duplicate child": (
        lambda d: d["children"].append(copy.deepcopy(child(d))),
        "$.children[1].name",
        "listed twice",
    ),
    # dangling references
    "score of an unknown symptom": (
        _set((*E0, "scores", "sneezing"), 1),
        "$.children[0].daily_entries[0].scores.sneezing",
        "not one of this child's symptoms",
    ),
    "episode names an unknown symptom": (
        _set((*C, "episodes", 0, "symptoms"), ["sneezing"]),
        "$.children[0].episodes[0].symptoms[0]",
        "not one of this child's symptoms",
    ),
    "episode names an unknown trigger": (
        _set((*C, "episodes", 0, "triggers"), ["pollen"]),
        "$.children[0].episodes[0].triggers[0]",
        "not one of this child's triggers",
    ),
    "injection of an unknown plan": (
        _set((*C, "injections", 0, "plan"), 9),
        "$.children[0].injections[0].plan",
        "not the id of one",
    ),
    # whole-file problems found before the shape
    "another format": (_set(("format",), "other-app"), "$.format", "not a masto-diary file"),
    "future version": (_set(("version",), 2), "$.version", "newer version of masto-diary"),
}


@pytest.fixture
def lived_in_diary(empty_template: Path, tmp_path: Path):
    """A diary with a child and a day already in it: the import must leave both alone."""
    diary = fresh_diary(empty_template, tmp_path / "lived-in")
    kid = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
    entries.save_entry(diary, kid.id, dt.date(2024, 1, 5), {"itching": 2})
    yield diary
    diary.close()


@pytest.mark.parametrize("case", list(BAD_DOCUMENTS))
def test_bad_document_is_refused_with_its_path_and_nothing_changes(lived_in_diary, case):
    mutate, path, phrase = BAD_DOCUMENTS[case]
    document = valid_document()
    mutate(document)
    before = exported(lived_in_diary)
    with pytest.raises(ImportRefusedError) as refused:
        import_file(lived_in_diary, json.dumps(document, ensure_ascii=False).encode("utf-8"))
    found = {p.path: p.reason for p in refused.value.issues}
    assert path in found, refused.value.issues
    assert phrase in found[path]
    assert "nothing was changed" in str(refused.value)
    assert exported(lived_in_diary) == before


def nested(depth: int) -> bytes:
    return (
        b'{"format": "masto-diary", "version": 1, "children": ' + b"[" * depth + b"]" * depth + b"}"
    )


BAD_FILES = {
    "not JSON": (b"Dear diary, today was good.", "not valid JSON"),
    "truncated JSON": (json.dumps(valid_document()).encode()[:-40], "not valid JSON"),
    "invalid UTF-8": (
        json.dumps(valid_document()).encode().replace(b"a calm day", b"a \xff\xfe day"),
        "not UTF-8 text: byte 0xff",
    ),
    "Latin-1 text": ('{"format": "masto-diary", "x": "caffè"}'.encode("latin-1"), "not UTF-8"),
    "nesting bomb": (nested(100_000), "nests lists or objects too deeply"),
    "nesting bomb in a note": (
        json.dumps(valid_document()).encode().replace(b'"a calm day"', b"[" * 5000 + b"]" * 5000),
        "too deeply",
    ),
    "NaN": (
        json.dumps(valid_document()).encode().replace(b"18.5", b"NaN"),
        "not a number JSON allows",
    ),
    "integer with 5000 digits": (
        json.dumps(valid_document()).encode().replace(b"18.5", b"9" * 5000),
        "value JSON does not allow",
    ),
    "a JSON list": (b"[1, 2, 3]", "not a masto-diary file"),
    "empty file": (b"", "the file is empty. Only masto-diary's JSON export can be imported"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_refused_with_a_sentence_and_nothing_changes(lived_in_diary, tmp_path, case):
    data, phrase = BAD_FILES[case]
    source = tmp_path / "import.json"
    source.write_bytes(data)
    before = exported(lived_in_diary)
    with pytest.raises(ImportRefusedError) as refused:
        import_file(lived_in_diary, source)
    assert phrase in str(refused.value)
    assert str(refused.value).startswith("import.json was not imported; nothing was changed.")
    assert exported(lived_in_diary) == before


def test_a_50_mb_file_is_refused_without_being_parsed(lived_in_diary, tmp_path):
    source = tmp_path / "huge.json"
    with source.open("wb") as handle:
        handle.write(dumps(valid_document())[:-3])
        handle.write(b" " * (50 * 1024 * 1024))
        handle.write(b"}\n")
    assert source.stat().st_size > MAX_IMPORT_BYTES
    before = exported(lived_in_diary)
    with pytest.raises(ImportRefusedError, match="larger than 32 MB"):
        import_file(lived_in_diary, source)
    assert exported(lived_in_diary) == before


def test_every_problem_of_a_file_is_listed_not_only_the_first(lived_in_diary):
    document = valid_document()
    entry = child(document)["daily_entries"][0]
    entry["scores"]["itching"] = 9
    entry["scores"]["sneezing"] = 1
    child(document)["injections"][0]["plan"] = 4
    child(document)["weights"].append({"date": "2024-01-05", "kg": 25})
    with pytest.raises(ImportRefusedError) as refused:
        import_file(lived_in_diary, dumps(document))
    paths = [p.path for p in refused.value.issues]
    assert paths == [
        "$.children[0].weights[1].date",
        "$.children[0].daily_entries[0].scores.itching",
        "$.children[0].daily_entries[0].scores.sneezing",
        "$.children[0].injections[0].plan",
    ]
    assert refused.value.problems == [str(p) for p in refused.value.issues]


def test_every_shape_problem_is_listed_together(lived_in_diary):
    document = valid_document()
    child(document)["weights"][0]["kg"] = 0
    child(document)["daily_entries"][1]["wellbeing"] = "good"
    child(document)["labs"][0]["analyte"] = "histamine"
    with pytest.raises(ImportRefusedError) as refused:
        import_file(lived_in_diary, dumps(document))
    assert [p.path for p in refused.value.issues] == [
        "$.children[0].weights[0].kg",
        "$.children[0].daily_entries[1].wellbeing",
        "$.children[0].labs[0].analyte",
    ]
    assert refused.value.issues[0].reason == "must be above 0, got 0"


def test_a_thousand_problems_are_counted_without_listing_millions(lived_in_diary):
    document = valid_document()
    day = child(document)["daily_entries"][0]
    child(document)["daily_entries"] = [
        {**day, "date": (dt.date(2000, 1, 1) + dt.timedelta(days=n)).isoformat(),
         "scores": {"itching": 9}}
        for n in range(3000)
    ]  # fmt: skip
    with pytest.raises(ImportRefusedError) as refused:
        import_file(lived_in_diary, dumps(document))
    assert len(refused.value.issues) == 1000 and refused.value.truncated
    assert "1000+ problems" in str(refused.value)


def test_one_bad_child_stops_the_good_one_too(lived_in_diary):
    document = valid_document()
    good = copy.deepcopy(child(document))
    good["name"] = "Carlo"
    child(document)["labs"][0]["value"] = -3
    document["children"].append(good)
    before = exported(lived_in_diary)
    with pytest.raises(ImportRefusedError):
        import_file(lived_in_diary, dumps(document))
    assert exported(lived_in_diary) == before


# --------------------------------------------------------------------------- same-name children


def anna_document(day: str = "2024-01-06", score: int = 3) -> dict:
    document = valid_document()
    child(document)["name"] = "Anna"
    child(document)["daily_entries"] = [
        {"date": "2024-01-05", "scores": {"itching": 0}},  # the diary already has this day
        {"date": day, "scores": {"itching": score}},
    ]
    return document


def test_a_same_name_child_needs_a_choice_and_nothing_changes_without(lived_in_diary):
    before = exported(lived_in_diary)
    with pytest.raises(ImportConflictError, match="already has a child called 'Anna'"):
        import_file(lived_in_diary, dumps(anna_document()))
    assert exported(lived_in_diary) == before


def test_merge_adds_what_is_missing_and_keeps_what_is_there(lived_in_diary):
    summary = import_file(lived_in_diary, dumps(anna_document()), OnConflict.MERGE)
    (outcome,) = summary.children
    assert outcome.action == "merged"
    assert outcome.added["daily_entries"] == 1 and outcome.already_there["daily_entries"] == 1
    (anna,) = export_document(lived_in_diary)["children"]
    by_day = {e["date"]: e["scores"] for e in anna["daily_entries"]}
    assert by_day == {"2024-01-05": {"itching": 2}, "2024-01-06": {"itching": 3}}
    assert len(anna["injections"]) == 1 and anna["treatment_plans"][0]["id"] == 1
    assert [t["label"] for t in anna["triggers"]].count("heat") == 1
    once = exported(lived_in_diary)
    import_file(lived_in_diary, dumps(anna_document()), "merge")  # merging twice adds nothing
    assert exported(lived_in_diary) == once


def test_merge_checks_scores_against_the_diarys_own_scale(lived_in_diary):
    document = anna_document(score=3)
    child(document)["symptoms"][0]["scale_max"] = 5
    child(document)["daily_entries"][1]["scores"]["itching"] = 5
    with pytest.raises(
        ImportRefusedError, match=r"scores\.itching: the score for 'Itching' must be 0–3"
    ):
        import_file(lived_in_diary, dumps(document), OnConflict.MERGE)


def test_rename_imports_a_separate_child(lived_in_diary):
    import_file(lived_in_diary, dumps(anna_document()), OnConflict.RENAME)
    import_file(lived_in_diary, dumps(anna_document()), OnConflict.RENAME)
    names = [c["name"] for c in export_document(lived_in_diary)["children"]]
    assert names == ["Anna", "Anna (imported 2)", "Anna (imported)"]


def test_skip_leaves_that_child_out_and_imports_the_others(lived_in_diary):
    document = anna_document()
    other = copy.deepcopy(child(document))
    other["name"] = "Carlo"
    document["children"].append(other)
    summary = import_file(lived_in_diary, dumps(document), {"anna": "skip"})
    assert [o.action for o in summary.children] == ["skipped", "added"]
    names = [c["name"] for c in export_document(lived_in_diary)["children"]]
    assert names == ["Anna", "Carlo"]


# --------------------------------------------------------------------------- into a new diary


def test_import_into_a_new_diary_makes_a_private_diary(tmp_path):
    folder = tmp_path / "new"
    target, summary = import_into_new_diary(folder, dumps(valid_document()))
    assert target.stat().st_mode & 0o777 == 0o600
    assert summary.children[0].action == "added"
    with open_diary(folder) as diary:
        assert same_document(export_document(diary), valid_document())


def test_a_refused_import_into_a_new_diary_leaves_no_diary_behind(tmp_path):
    document = valid_document()
    child(document)["weights"][0]["kg"] = 900
    folder = tmp_path / "new"
    with pytest.raises(ImportRefusedError):
        import_into_new_diary(folder, dumps(document))
    assert not (folder / DIARY_FILENAME).exists()
    assert not (folder / "backups").exists()


def test_a_new_diary_is_never_written_over_an_existing_one(demo_diary, tmp_path):
    with pytest.raises(DiaryError, match="already holds a diary"):
        import_into_new_diary(demo_diary.data_dir, dumps(valid_document()))


# --------------------------------------------------------------------------- schema and CLI


def test_the_schema_in_docs_is_the_one_the_import_models_give():
    assert schema.SCHEMA_PATH.read_text(encoding="utf-8") == schema.schema_text(), (
        "docs/exchange-schema.json is stale: run python -m masto_diary.exchange.schema"
    )
    generated = schema.exchange_schema()
    assert generated["properties"]["version"]["const"] == 1
    child_schema = generated["$defs"]["ChildIn"]
    assert set(child_schema["required"]) == {"name", "birth_date"}
    assert child_schema["additionalProperties"] is False


def test_a_parsed_document_and_the_raw_export_agree(demo_diary):
    raw = dumps(export_document(demo_diary))
    parsed = read_document(raw)
    assert len(parsed.children) == 3
    summary = import_document(demo_diary, parsed, OnConflict.MERGE)
    assert all(sum(o.added.values()) == 0 for o in summary.children)


def test_cli_export_then_import_into_a_new_diary(demo_diary, tmp_path, capsys):
    demo_diary.close()
    out = tmp_path / "out" / "diary.json"
    out.parent.mkdir()
    assert main(["export", "--data-dir", str(demo_diary.data_dir), "-o", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert "health data" in capsys.readouterr().out
    new = tmp_path / "new"
    assert main(["import", str(out), "--new-diary", str(new)]) == 0
    assert "added as a new child" in capsys.readouterr().out
    assert main(["import", str(out), "--data-dir", str(new)]) == 1
    assert "--on-conflict" in capsys.readouterr().err
    assert main(["import", str(out), "--data-dir", str(new), "--on-conflict", "merge"]) == 0


def test_cli_import_of_a_bad_file_lists_its_problems_and_exits_1(diary, tmp_path, capsys):
    document = valid_document()
    child(document)["daily_entries"][0]["scores"]["itching"] = 7
    source = tmp_path / "bad.json"
    source.write_bytes(dumps(document))
    diary.close()
    assert main(["import", str(source), "--data-dir", str(diary.data_dir)]) == 1
    err = capsys.readouterr().err
    assert "bad.json was not imported; nothing was changed" in err
    assert "$.children[0].daily_entries[0].scores.itching" in err


def test_cli_export_of_an_unknown_child_says_so(demo_diary, tmp_path, capsys):
    demo_diary.close()
    out = tmp_path / "x.json"
    args = ["export", "--data-dir", str(demo_diary.data_dir), "-o", str(out), "--child", "Zed"]
    assert main(args) == 1
    assert "no child called 'Zed'" in capsys.readouterr().err
    assert not out.exists()
