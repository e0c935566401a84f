"""FHIR R4 export: a Bundle of type collection whose every resource passes FHIR validation.

Validation uses the ``fhir.resources`` package.  Its pydantic-2 releases (7.x, 8.x) carry R5
and R4B (4.3.0) models but no R4 (4.0.1) package any more; the last R4 release, 6.4.0, needs
pydantic 1, which this app cannot install beside SQLModel.  R4B changed none of the resource
types exported here (https://hl7.org/fhir/r4b/diff.html), so the R4B models check R4 content;
:data:`R4_RESOURCE_TYPES` pins the export to exactly those types.
"""

import copy
import datetime as dt
import json

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from masto_diary.cli import main
from masto_diary.exchange.fhir import LAB_SYSTEM, LOINC, SYMPTOM_SYSTEM, UCUM, bundle
from masto_diary.exchange.json_format import dumps, export_document
from tests.exchange_samples import import_file, valid_document

R4_RESOURCE_TYPES = {
    "Patient",
    "Condition",
    "Observation",
    "MedicationAdministration",
    "MedicationStatement",
}


def variety_document() -> dict:
    """Every branch of the export: all lab kinds, hidden symptoms, lots, open and ended drugs."""
    document = valid_document()
    bea = document["children"][0]
    bea["symptoms"].append(
        {"key": "old", "label": "Old symptom", "position": 2, "active": False, "scale_max": 3}
    )
    bea["daily_entries"].append({"date": "2024-01-07", "scores": {"old": 2}})  # no active score
    bea["labs"] += [
        {"taken_on": "2024-01-02", "analyte": "total_ige", "value": 410.0, "ref_high": 200.0},
        {"taken_on": "2024-01-02", "analyte": "kit_d816v", "value": 0.8},
        {"taken_on": "2024-01-02", "analyte": "custom", "custom_name": "Histamine (urine)",
         "unit": "µg/g", "value": 35.0, "ref_low": 10.0, "ref_high": 40.0},
    ]  # fmt: skip
    bea["injections"].append(
        {"given_at": "2024-01-30T09:00:00+00:00", "plan": None, "dose_mg": 150.0,
         "place": "home", "local_reaction": "mild"}
    )  # fmt: skip
    bea["medications"].append(
        {"name": "Prednisone", "drug_class": "corticosteroid_oral", "dose": 10.0, "unit": "mg",
         "start_date": "2023-01-01", "end_date": "2023-02-01"}
    )  # fmt: skip
    carlo = copy.deepcopy(bea)
    carlo.update(name="Carlo", sex=None, diagnosis="unknown", clinic="")
    document["children"].append(carlo)
    return document


@pytest.fixture
def variety_bundle(diary) -> dict:
    import_file(diary, dumps(variety_document()))
    return bundle(export_document(diary), today=dt.date(2024, 6, 1))


def resources(fhir_bundle: dict, kind: str | None = None) -> list[dict]:
    found = [entry["resource"] for entry in fhir_bundle["entry"]]
    return [r for r in found if kind is None or r["resourceType"] == kind]


def test_the_bundle_and_every_resource_in_it_are_valid_fhir(variety_bundle):
    Bundle.model_validate(variety_bundle)
    assert variety_bundle["type"] == "collection"
    for resource in resources(variety_bundle):
        model = get_fhir_model_class(resource["resourceType"])
        model.model_validate(resource)  # each one on its own too
    assert {r["resourceType"] for r in resources(variety_bundle)} == R4_RESOURCE_TYPES


def test_references_resolve_inside_the_bundle_and_ids_are_unique(variety_bundle):
    urls = [entry["fullUrl"] for entry in variety_bundle["entry"]]
    assert len(urls) == len(set(urls))
    assert all(
        url == f"urn:uuid:{e['resource']['id']}"
        for url, e in zip(urls, variety_bundle["entry"], strict=True)
    )
    text = json.dumps(variety_bundle)
    for reference in {
        r["subject"]["reference"] for r in resources(variety_bundle) if "subject" in r
    }:
        assert reference in urls
    assert '"#batch"' in text  # the contained Medication with lot and expiry


def test_one_resource_per_record(variety_bundle):
    document = variety_document()
    kids = document["children"]
    assert len(resources(variety_bundle, "Patient")) == 2
    assert len(resources(variety_bundle, "Condition")) == 2
    assert len(resources(variety_bundle, "MedicationAdministration")) == sum(
        len(c["injections"]) for c in kids
    )
    assert len(resources(variety_bundle, "MedicationStatement")) == sum(
        len(c["medications"]) for c in kids
    )
    observations = resources(variety_bundle, "Observation")
    labs = [o for o in observations if o["category"][0]["coding"][0]["code"] == "laboratory"]
    days = [o for o in observations if o["category"][0]["coding"][0]["code"] == "survey"]
    assert len(labs) == sum(len(c["labs"]) for c in kids)
    assert len(days) == sum(len(c["daily_entries"]) for c in kids)


def lab(fhir_bundle: dict, text: str) -> dict:
    return next(
        o for o in resources(fhir_bundle, "Observation") if o["code"]["text"].startswith(text)
    )


def test_labs_carry_loinc_where_one_fits_and_ucum_units(variety_bundle):
    tryptase = lab(variety_bundle, "Tryptase")
    assert tryptase["code"]["coding"][0] == {
        "system": LOINC,
        "code": "21582-2",
        "display": "Tryptase [Mass/volume] in Serum or Plasma",
    }
    assert tryptase["valueQuantity"] == {
        "value": 18.5,
        "unit": "ng/mL",
        "system": UCUM,
        "code": "ng/mL",
    }
    assert tryptase["referenceRange"] == [
        {"high": {"value": 11.4, "unit": "ng/mL", "system": UCUM, "code": "ng/mL"}}
    ]
    ige = lab(variety_bundle, "IgE")
    assert (ige["code"]["coding"][0]["system"], ige["code"]["coding"][0]["code"]) == (
        LOINC,
        "19113-0",
    )
    assert ige["valueQuantity"]["code"] == "k[IU]/L" and ige["valueQuantity"]["unit"] == "kU/L"
    kit = lab(variety_bundle, "KIT D816V")
    assert kit["code"]["coding"][0]["system"] == LAB_SYSTEM
    assert kit["valueQuantity"]["code"] == "%"
    custom = lab(variety_bundle, "Histamine")
    assert custom["code"]["coding"][0]["system"] == LAB_SYSTEM
    assert custom["valueQuantity"] == {"value": 35.0, "unit": "µg/g"}  # no UCUM guess
    assert tryptase["effectiveDateTime"] == "2024-01-02"


def test_each_day_is_an_observation_with_a_component_per_symptom(variety_bundle):
    first_patient = resources(variety_bundle, "Patient")[0]
    days = {
        o["effectiveDateTime"]: o
        for o in resources(variety_bundle, "Observation")
        if o["code"]["coding"][0]["code"] == "daily-symptom-score"
        and o["subject"]["reference"] == f"urn:uuid:{first_patient['id']}"
    }
    first = days["2024-01-05"]
    assert first["valueInteger"] == 1
    symptoms = {
        c["code"]["coding"][0]["code"]: c
        for c in first["component"]
        if c["code"]["coding"][0]["system"] == SYMPTOM_SYSTEM
    }
    assert {k: c["valueInteger"] for k, c in symptoms.items()} == {"itching": 1, "flushing": 0}
    assert symptoms["itching"]["referenceRange"] == [{"low": {"value": 0}, "high": {"value": 3}}]
    wellbeing = [c for c in first["component"] if c["code"]["coding"][0]["code"] == "wellbeing"]
    assert wellbeing[0]["valueInteger"] == 7
    hidden_only = days["2024-01-07"]
    assert "valueInteger" not in hidden_only
    assert hidden_only["dataAbsentReason"]["coding"][0]["code"] == "not-asked"


def test_patient_condition_and_medicines(variety_bundle):
    bea, carlo = resources(variety_bundle, "Patient")
    assert (bea["name"], bea["gender"], bea["birthDate"]) == (
        [{"text": "Bea"}],
        "female",
        "2017-04-02",
    )
    assert carlo["gender"] == "unknown"
    conditions = resources(variety_bundle, "Condition")
    assert conditions[0]["code"]["text"] == "Indolent systemic mastocytosis"
    assert conditions[0]["verificationStatus"]["coding"][0]["code"] == "confirmed"
    assert conditions[1]["verificationStatus"]["coding"][0]["code"] == "provisional"
    given = resources(variety_bundle, "MedicationAdministration")[0]
    assert given["dosage"]["dose"] == {"value": 150.0, "unit": "mg", "system": UCUM, "code": "mg"}
    assert given["dosage"]["site"] == {"text": "Left upper arm"}
    assert given["contained"][0]["batch"] == {"lotNumber": "X12", "expirationDate": "2025-06-30"}
    assert given["effectiveDateTime"] == "2024-01-02T09:30:00+00:00"
    statements = {
        s["medicationCodeableConcept"]["text"]: s
        for s in resources(variety_bundle, "MedicationStatement")
    }
    assert statements["Cetirizine"]["status"] == "active"
    assert statements["Prednisone"]["status"] == "completed"
    assert statements["Prednisone"]["effectivePeriod"] == {
        "start": "2023-01-01",
        "end": "2023-02-01",
    }


def test_exporting_twice_gives_the_same_resource_ids(diary):
    import_file(diary, dumps(variety_document()))
    first = bundle(export_document(diary))
    second = bundle(export_document(diary))
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in second["entry"]]


def test_the_demo_diary_bundle_validates(demo_diary):
    """Every resource of the demo but the daily ones, and a month of those (time budget)."""
    fhir_bundle = bundle(export_document(demo_diary))
    days = [
        r
        for r in resources(fhir_bundle, "Observation")
        if r["category"][0]["coding"][0]["code"] == "survey"
    ]
    others = [r for r in resources(fhir_bundle) if r not in days]
    for resource in others + days[:30]:
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    assert len(days) == sum(
        len(c["daily_entries"]) for c in export_document(demo_diary)["children"]
    )


def test_cli_writes_a_private_bundle(demo_diary, tmp_path):
    demo_diary.close()
    target = tmp_path / "clinic.fhir.json"
    args = ["export", "--format", "fhir", "-o", str(target), "--data-dir", str(demo_diary.data_dir)]
    assert main([*args, "--child", "Luca Rossi"]) == 0
    assert target.stat().st_mode & 0o777 == 0o600
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["resourceType"] == "Bundle"
    assert [r["name"][0]["text"] for r in resources(written, "Patient")] == ["Luca Rossi"]


def test_an_urticaria_child_is_a_condition_of_urticaria_not_of_mastocytosis():
    from masto_diary.exchange import fhir

    child = {"diagnosis": "unknown", "condition": "chronic_spontaneous_urticaria", "clinic": ""}
    resource = fhir.condition(child, "p1")
    (coding,) = resource["code"]["coding"]
    assert (coding["system"], coding["code"]) == (
        fhir.CONDITION_SYSTEM, "chronic_spontaneous_urticaria"
    )  # fmt: skip
    assert resource["verificationStatus"]["coding"][0]["code"] == "confirmed"
    masto = fhir.condition({**child, "condition": "mastocytosis"}, "p1")
    assert masto["code"]["coding"][0]["system"] == fhir.DIAGNOSIS_SYSTEM
