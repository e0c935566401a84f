"""FHIR R4 export: one ``Bundle`` of type ``collection`` a clinic system can read.

Per child: a ``Patient``; a ``Condition`` for the diagnosis; an ``Observation`` per lab result
(LOINC where one fits); an ``Observation`` per recorded day holding the daily symptom score with
one component per symptom (local code system); a ``MedicationAdministration`` per injection; a
``MedicationStatement`` per medication period; a ``QuestionnaireResponse`` per day a clinic
questionnaire was answered.  Built from the JSON export document, so the two
exports always agree.  Ids are UUIDv5 derived from the records, so exporting the same diary twice
gives the same resource ids (a receiving system can recognise a resource it already has).

Only elements that exist unchanged in FHIR R4 (4.0.1) are used; the tests validate every
resource with the ``fhir.resources`` R4B models (4.3.0, which changed none of these six resource
types: https://hl7.org/fhir/r4b/r4b-explanation.html and https://hl7.org/fhir/r4b/diff.html).

Codes:

* Serum tryptase: LOINC 21582-2 (given in the issue).
* Total IgE: LOINC 19113-0 "IgE [Units/volume] in Serum or Plasma" — the result LOINC that
  ARUP (test 0050345, http://ltd.aruplab.com/tests/pub/0050345) and Mayo Clinic Laboratories
  (test IGE, https://nyuhslab.testcatalog.org/show/IGE) report total IgE under.  Unit kU/L is
  UCUM ``k[IU]/L``, as in the SNOMED CT IG's IgE examples
  (https://build.fhir.org/ig/IHTSDO/snomed-ig/Observation-AllergyObservationExample5.json.html).
* KIT D816V allele burden: no LOINC found for a *quantitative* KIT D816V burden in %.  Mayo's
  KIT Asp816Val test (https://nslijlab.testcatalog.org/show/KITB) orders with 55201-8 and reports
  a qualitative result (34574-4 "Final diagnosis"); the genomics IG's generic 81258-6 "Sample
  variant allelic frequency" is a fraction inside a variant panel
  (https://hl7.org/fhir/uv/genomics-reporting/Observation-variant-with-molec-consequences.html),
  not a stand-alone % value.  So it gets a code of the local system :data:`LAB_SYSTEM`.
* Symptoms, the daily score, the diagnosis subtypes and custom lab tests: local code systems
  (``urn:masto-diary:…``); every coding also carries a display text and the CodeableConcept a
  ``text`` a person can read.
"""

import datetime as dt
import json
import uuid

from masto_diary.analysis.questionnaires import instrument_of
from masto_diary.enums import Analyte

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
MEDICATION_STATEMENT_CATEGORY = (
    "http://terminology.hl7.org/CodeSystem/medication-statement-category"
)
LAB_SYSTEM = "urn:masto-diary:lab"
SYMPTOM_SYSTEM = "urn:masto-diary:symptom"
SCORE_SYSTEM = "urn:masto-diary:observation"
DIAGNOSIS_SYSTEM = "urn:masto-diary:diagnosis"
CONDITION_SYSTEM = "urn:masto-diary:condition"
DRUG_CLASS_SYSTEM = "urn:masto-diary:drug-class"
QUESTIONNAIRE_PREFIX = "urn:masto-diary:questionnaire:"
ID_NAMESPACE = uuid.UUID("6f0c1e55-3b5e-4c55-9d0e-6d6173746f31")

LAB_CODES: dict[Analyte, tuple[str, str, str, str, str]] = {
    # analyte: (system, code, display, UCUM unit code, unit shown)
    Analyte.TRYPTASE: (
        LOINC,
        "21582-2",
        "Tryptase [Mass/volume] in Serum or Plasma",
        "ng/mL",
        "ng/mL",
    ),
    Analyte.TOTAL_IGE: (
        LOINC,
        "19113-0",
        "IgE [Units/volume] in Serum or Plasma",
        "k[IU]/L",
        "kU/L",
    ),
    Analyte.KIT_D816V: (LAB_SYSTEM, "kit-d816v-allele-burden", "KIT D816V allele burden", "%", "%"),
}
DIAGNOSIS_NAMES = {
    "cutaneous": "Cutaneous mastocytosis",
    "indolent_systemic": "Indolent systemic mastocytosis",
    "smouldering_systemic": "Smouldering systemic mastocytosis",
    "other": "Mastocytosis (other form)",
    "unknown": "Mastocytosis (form not yet known)",
}
OTHER_CONDITION_NAMES = {
    "chronic_spontaneous_urticaria": "Chronic spontaneous urticaria",
    "other": "Other condition followed with the diary",
}
SITE_NAMES = {
    "left_upper_arm": "Left upper arm",
    "right_upper_arm": "Right upper arm",
    "left_thigh": "Left thigh",
    "right_thigh": "Right thigh",
    "left_abdomen": "Left side of the abdomen",
    "right_abdomen": "Right side of the abdomen",
}


def resource_id(*parts: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "\x1f".join(parts)))


def _ref(rid: str) -> dict:
    return {"reference": f"urn:uuid:{rid}"}


def _concept(system: str, code: str, display: str, text: str | None = None) -> dict:
    return {
        "coding": [{"system": system, "code": code, "display": display}],
        "text": text or display,
    }


def _category(code: str, display: str) -> list[dict]:
    return [_concept(OBSERVATION_CATEGORY, code, display)]


def _quantity(value: float, unit: str, ucum: str | None) -> dict:
    quantity = {"value": value, "unit": unit}
    if ucum:
        quantity |= {"system": UCUM, "code": ucum}
    return quantity


def _clean(resource: dict) -> dict:
    """Drop empty values: FHIR forbids empty strings, lists and objects."""
    if isinstance(resource, dict):
        cleaned = {k: _clean(v) for k, v in resource.items()}
        return {k: v for k, v in cleaned.items() if v not in (None, "", [], {})}
    if isinstance(resource, list):
        return [c for c in (_clean(v) for v in resource) if c not in (None, "", [], {})]
    return resource


def patient(child: dict, pid: str) -> dict:
    gender = {"female": "female", "male": "male", "other": "other"}.get(child["sex"], "unknown")
    return {
        "resourceType": "Patient",
        "id": pid,
        "name": [{"text": child["name"]}],
        "gender": gender,
        "birthDate": child["birth_date"],
    }


def condition(child: dict, pid: str) -> dict:
    """The condition the diary follows; for mastocytosis coded with its form (the diagnosis)."""
    followed = child.get("condition") or "mastocytosis"
    diagnosis = child["diagnosis"]
    if followed == "mastocytosis":
        code = _concept(DIAGNOSIS_SYSTEM, diagnosis, DIAGNOSIS_NAMES[diagnosis])
    else:
        code = _concept(CONDITION_SYSTEM, followed, OTHER_CONDITION_NAMES[followed])
    verification = "provisional" if code["coding"][0]["code"] == "unknown" else "confirmed"
    return {
        "resourceType": "Condition",
        "id": resource_id(pid, "condition"),
        "clinicalStatus": _concept(CONDITION_CLINICAL, "active", "Active"),
        "verificationStatus": _concept(
            CONDITION_VERIFICATION, verification, verification.capitalize()
        ),
        "category": [_concept(CONDITION_CATEGORY, "problem-list-item", "Problem List Item")],
        "code": code,
        "subject": _ref(pid),
        "note": [{"text": f"Clinic: {child['clinic']}"}] if child["clinic"] else [],
    }


def lab_observation(lab: dict, pid: str, index: int) -> dict:
    analyte = Analyte(lab["analyte"])
    if analyte in LAB_CODES:
        system, code, display, ucum, unit = LAB_CODES[analyte]
        text = display
    else:
        system, code = LAB_SYSTEM, "custom:" + lab["custom_name"].strip().casefold()
        display = text = lab["custom_name"]
        ucum, unit = None, lab["unit"]
    reference = {}
    if lab["ref_low"] is not None:
        reference["low"] = _quantity(lab["ref_low"], unit, ucum)
    if lab["ref_high"] is not None:
        reference["high"] = _quantity(lab["ref_high"], unit, ucum)
    return {
        "resourceType": "Observation",
        "id": resource_id(pid, "lab", lab["taken_on"], lab["analyte"], code, str(index)),
        "status": "final",
        "category": _category("laboratory", "Laboratory"),
        "code": _concept(system, code, display, text),
        "subject": _ref(pid),
        "effectiveDateTime": lab["taken_on"],
        "valueQuantity": _quantity(lab["value"], unit, ucum),
        "referenceRange": [reference] if reference else [],
        "note": [{"text": lab["notes"]}] if lab["notes"] else [],
    }


def score_observation(entry: dict, symptoms: list[dict], pid: str) -> dict:
    """The day's score: value = sum of the active symptoms recorded; one component each."""
    by_key = {s["key"]: s for s in symptoms}
    active = [v for k, v in entry["scores"].items() if by_key[k]["active"]]
    components = [
        {
            "code": _concept(SYMPTOM_SYSTEM, key, by_key[key]["label"]),
            "valueInteger": value,
            "referenceRange": [{"low": {"value": 0}, "high": {"value": by_key[key]["scale_max"]}}],
        }
        for key, value in entry["scores"].items()
    ]
    if entry["wellbeing"] is not None:
        components.append(
            {
                "code": _concept(SCORE_SYSTEM, "wellbeing", "Wellbeing (0 worst – 10 best)"),
                "valueInteger": entry["wellbeing"],
            }
        )
    resource = {
        "resourceType": "Observation",
        "id": resource_id(pid, "day", entry["date"]),
        "status": "final",
        "category": _category("survey", "Survey"),
        "code": _concept(
            SCORE_SYSTEM,
            "daily-symptom-score",
            "Daily symptom score (sum of the recorded 0–3 scores of active symptoms)",
        ),
        "subject": _ref(pid),
        "effectiveDateTime": entry["date"],
        "component": components,
        "note": [{"text": entry["notes"]}] if entry["notes"] else [],
    }
    if active:
        resource["valueInteger"] = sum(active)
    else:
        resource["dataAbsentReason"] = _concept(
            "http://terminology.hl7.org/CodeSystem/data-absent-reason",
            "not-asked",
            "Not Asked",
            "no active symptom was scored that day",
        )
    return resource


def administration(injection: dict, plans: dict[int, dict], pid: str, index: int) -> dict:
    drug = plans[injection["plan"]]["drug"] if injection["plan"] in plans else "omalizumab"
    rid = resource_id(pid, "injection", injection["given_at"], str(index))
    notes = []
    if injection["local_reaction"] != "none":
        notes.append(f"Local reaction: {injection['local_reaction']}.")
    notes.append(f"Given at: {injection['place']}.")
    if injection["notes"]:
        notes.append(injection["notes"])
    resource = {
        "resourceType": "MedicationAdministration",
        "id": rid,
        "status": "completed",
        "subject": _ref(pid),
        "effectiveDateTime": injection["given_at"],
        "performer": [{"actor": {"display": injection["given_by"]}}]
        if injection["given_by"]
        else [],
        "dosage": {
            "site": {"text": SITE_NAMES[injection["site"]]} if injection["site"] else None,
            "route": {"text": "Subcutaneous"},
            "dose": _quantity(injection["dose_mg"], "mg", "mg"),
        },
        "note": [{"text": " ".join(notes)}],
    }
    if injection["lot"] or injection["expiry"]:
        resource["contained"] = [
            {
                "resourceType": "Medication",
                "id": "batch",
                "code": {"text": drug},
                "batch": {"lotNumber": injection["lot"], "expirationDate": injection["expiry"]},
            }
        ]
        resource["medicationReference"] = {"reference": "#batch", "display": drug}
    else:
        resource["medicationCodeableConcept"] = {"text": drug}
    return resource


def statement(medication: dict, pid: str, index: int, today: dt.date) -> dict:
    end = medication["end_date"]
    status = "completed" if end is not None and dt.date.fromisoformat(end) < today else "active"
    dose = f"{medication['dose']:g} {medication['unit']}"
    return {
        "resourceType": "MedicationStatement",
        "id": resource_id(
            pid, "medication", medication["name"], medication["start_date"], str(index)
        ),
        "status": status,
        "category": _concept(
            MEDICATION_STATEMENT_CATEGORY, "patientspecified", "Patient Specified"
        ),
        "medicationCodeableConcept": {
            "coding": [
                {
                    "system": DRUG_CLASS_SYSTEM,
                    "code": medication["drug_class"],
                    "display": medication["drug_class"].replace("_", " "),
                }
            ],
            "text": medication["name"],
        },
        "subject": _ref(pid),
        "effectivePeriod": {"start": medication["start_date"], "end": end},
        "reasonCode": [{"text": medication["reason"]}] if medication["reason"] else [],
        "dosage": [
            {
                "text": f"{dose} {medication['frequency']}".strip(),
                "doseAndRate": [
                    {"doseQuantity": {"value": medication["dose"], "unit": medication["unit"]}}
                ],
            }
        ],
    }


def questionnaire_responses(kept: dict, pid: str) -> list[dict]:
    """A ``QuestionnaireResponse`` per day a clinic questionnaire was answered.

    Each item answered carries its value (``valueInteger``) and, as the item's text, the
    questionnaire's own words; an item left unanswered has no answer, and the day's total (as
    the questionnaire scores it, docs/questionnaires.md) is an item ``total`` only when it is
    known: every item answered, or enough of them where the questionnaire prorates.
    """
    q = kept["questionnaire"]
    items = q["items"]
    instrument = instrument_of(q)
    responses = []
    for given in kept["answers"]:
        answers = given["answers"]
        listed = [
            {
                "linkId": item["id"],
                "text": item["text"],
                "answer": []
                if answers.get(item["id"]) is None
                else [{"valueInteger": answers[item["id"]]}],
            }
            for item in items
        ]
        values = [answers.get(item["id"]) for item in items]
        score = instrument.total(answers)
        if score is not None:
            value = (
                {"valueInteger": int(score)}
                if instrument.rules.decimals == 0
                else {"valueDecimal": float(score)}
            )
            listed.append({"linkId": "total", "text": "Total", "answer": [value]})
        responses.append(
            {
                "resourceType": "QuestionnaireResponse",
                "id": resource_id(pid, "questionnaire", q["id"], given["date"]),
                "questionnaire": QUESTIONNAIRE_PREFIX + q["id"],
                "status": "completed" if None not in values else "in-progress",
                "subject": _ref(pid),
                "authored": given["date"],
                "item": listed,
            }
        )
    return responses


def child_resources(child: dict, today: dt.date) -> list[dict]:
    pid = resource_id("patient", child["name"], child["birth_date"])
    plans = {p["id"]: p for p in child["treatment_plans"]}
    resources = [patient(child, pid), condition(child, pid)]
    resources += [lab_observation(lab, pid, i) for i, lab in enumerate(child["labs"])]
    resources += [score_observation(e, child["symptoms"], pid) for e in child["daily_entries"]]
    resources += [administration(inj, plans, pid, i) for i, inj in enumerate(child["injections"])]
    resources += [statement(m, pid, i, today) for i, m in enumerate(child["medications"])]
    for kept in child.get("questionnaires", []):
        resources += questionnaire_responses(kept, pid)
    return [_clean(r) for r in resources]


def bundle(document: dict, today: dt.date | None = None) -> dict:
    """The FHIR R4 Bundle (type collection) of every child in the export document."""
    today = today or dt.date.today()
    entries = [
        {"fullUrl": f"urn:uuid:{r['id']}", "resource": r}
        for child in document["children"]
        for r in child_resources(child, today)
    ]
    return {
        "resourceType": "Bundle",
        "id": resource_id("bundle", document["exported_at"]),
        "meta": {"lastUpdated": document["exported_at"]},
        "type": "collection",
        "timestamp": document["exported_at"],
        "entry": entries,
    }


def bundle_bytes(document: dict) -> bytes:
    """Compact JSON: a bundle is read by programs, and ten years are thousands of resources."""
    text = json.dumps(bundle(document), ensure_ascii=False, separators=(",", ":"))
    return (text + "\n").encode("utf-8")
