"""A small valid masto-diary document with one or two of everything, shared by the tests."""

EXPORTED_AT = "2025-01-02T03:04:05+00:00"


def valid_document() -> dict:
    """One child with one or two of everything: the base every bad-input case mutates."""
    return {
        "format": "masto-diary",
        "version": 1,
        "exported_at": EXPORTED_AT,
        "children": [
            {
                "name": "Bea",
                "birth_date": "2017-04-02",
                "sex": "female",
                "diagnosis": "indolent_systemic",
                "condition": "mastocytosis",
                "clinic": "Padova",
                "notes": "",
                "archived": False,
                "weights": [{"date": "2024-01-05", "kg": 24.5}],
                "heights": [{"date": "2024-01-05", "cm": 128.0}],
                "symptoms": [
                    {"key": "itching", "label": "Itching", "position": 0, "active": True,
                     "scale_max": 3},
                    {"key": "flushing", "label": "Flushing", "position": 1, "active": True,
                     "scale_max": 3},
                ],
                "triggers": [{"label": "heat"}, {"label": "friction/rubbing"}],
                "daily_entries": [
                    {"date": "2024-01-05", "wellbeing": 7, "school_missed": False,
                     "sleep_disturbed": True, "reported_by": "parent", "notes": "a calm day",
                     "created_at": "2024-01-05T19:00:00+00:00",
                     "updated_at": "2024-01-05T19:30:00+00:00",
                     "scores": {"itching": 1, "flushing": 0}},
                    {"date": "2024-01-06", "wellbeing": None, "school_missed": True,
                     "sleep_disturbed": False, "reported_by": "child", "notes": "",
                     "created_at": "2024-01-06T19:00:00+00:00",
                     "updated_at": "2024-01-06T19:00:00+00:00",
                     "scores": {"itching": 3}},
                ],
                "episodes": [
                    {"started_at": "2024-01-06T14:00:00+00:00",
                     "ended_at": "2024-01-06T14:45:00+00:00", "kind": "flush",
                     "severity": "moderate", "symptoms": ["flushing"], "triggers": ["heat"],
                     "rescue": {"antihistamine": True, "steroid": False, "epinephrine": False,
                                "emergency_visit": False, "notes": "cetirizine"},
                     "notes": ""},
                ],
                "treatment_plans": [
                    {"id": 1, "drug": "omalizumab", "dose_mg": 150.0, "interval_days": 28,
                     "start_date": "2024-01-01", "end_date": None},
                ],
                "injections": [
                    {"given_at": "2024-01-02T09:30:00+00:00", "plan": 1, "dose_mg": 150.0,
                     "site": "left_upper_arm", "lot": "X12", "expiry": "2025-06-30",
                     "place": "clinic", "given_by": "Nurse Anna", "local_reaction": "none",
                     "notes": ""},
                ],
                "medications": [
                    {"name": "Cetirizine", "drug_class": "h1_antihistamine", "dose": 5.0,
                     "unit": "mg", "frequency": "twice daily", "start_date": "2023-06-01",
                     "end_date": None, "reason": "itch"},
                ],
                "labs": [
                    {"taken_on": "2024-01-02", "analyte": "tryptase", "custom_name": "",
                     "unit": "ng/mL", "value": 18.5, "ref_low": None, "ref_high": 11.4,
                     "notes": ""},
                ],
                "visits": [
                    {"date": "2024-01-02", "clinician": "Dr Bianchi", "questions": "taper?",
                     "outcome": ""},
                ],
            }
        ],
    }  # fmt: skip


def import_file(diary, source, on_conflict=None):
    """Import ``source`` as ``masto-diary import`` does: read_document, then import_document."""
    from masto_diary.exchange.json_format import import_document, read_document

    label = getattr(source, "name", "The file")
    return import_document(diary, read_document(source), on_conflict, label=label)
