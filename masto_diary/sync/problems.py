"""What a sync found wrong in the shared folder, as data: a kind, whose file, and a sentence.

A sync never stops for a file it cannot use and never applies one in silence: it goes on with
everything else and returns each finding as a :class:`Problem` (``SyncResult.problems``, and
the last sync's in :func:`masto_diary.sync.share.problems`).  The command line prints the
English sentences below; the window says the same in the family's language
(``ui/sharing.py``, one ``tr`` per kind).  docs/sync.md, "What a sync may say", lists them.
"""

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

# A laptop's history in the folder was changed: something was held back or is missing.
TAMPERING = frozenset(
    {"rollback", "cut", "gap", "order", "fork", "missing", "damaged", "twin", "copied"}
)
# Said once, nothing held back: odd files left aside, an older laptop, a file written again.
NOTICES = frozenset({"ignored", "unchecked", "republished"})
KINDS = TAMPERING | NOTICES


@dataclass(frozen=True)
class Problem:
    """One finding.  ``numbers`` are change numbers (a device's ``seq``), per kind:
    rollback/cut: (where the file ends, what this laptop has); gap/order: (expected, found);
    fork/twin: (the first change that differs,)."""

    kind: str
    device: str | None = None  # the laptop whose file it is
    file: str | None = None  # the file's name as shown (odd bytes replaced)
    name: str | None = None  # the laptop's name as its carers gave it, if known
    numbers: tuple[int, ...] = ()

    @property
    def tampering(self) -> bool:
        return self.kind in TAMPERING

    @property
    def laptop(self) -> str:
        """How the sentence names the laptop: its name, else the start of its id."""
        if self.name:
            return f"“{self.name}”"
        return f"the laptop {self.device[:8]}" if self.device else "a laptop"

    @property
    def sentence(self) -> str:
        return english(self)

    def to_json(self) -> dict:
        return {**asdict(self), "numbers": list(self.numbers)}

    @classmethod
    def from_json(cls, value: Mapping) -> "Problem":
        return cls(
            str(value["kind"]),
            value.get("device"),
            value.get("file"),
            value.get("name"),
            tuple(int(n) for n in value.get("numbers", ())),
        )


def dumps(problems: Iterable[Problem]) -> str:
    return json.dumps([p.to_json() for p in problems], sort_keys=True)


def loads(text: str | None) -> list[Problem]:
    try:
        return [Problem.from_json(value) for value in json.loads(text or "[]")]
    except (ValueError, KeyError, TypeError):
        return []


def shown_name(name: str) -> str:
    """A file name as a sentence may show it: undecodable bytes and control characters
    become "?" (a name is never a traceback, nor a trick on the terminal)."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join(c if c.isprintable() else "?" for c in text)[:120]


def numbered(problem: Problem, index: int) -> str:
    return str(problem.numbers[index]) if len(problem.numbers) > index else "?"


def english(problem: Problem) -> str:
    """The sentence of one problem, in English (the command line's)."""
    who, first, second = problem.laptop, numbered(problem, 0), numbered(problem, 1)
    texts = {
        "ignored": f"Left aside in the shared folder: {problem.file} (not a change file of "
        "masto-diary: a sync app's copy, a temporary file or something else). Nothing was "
        "read from it.",
        "rollback": f"{who}'s change file ends at change {first}, but this laptop already has "
        f"its changes up to {second}: it was replaced by an older copy. Nothing was undone "
        "here; that laptop writes it again at its next sync.",
        "cut": f"{who}'s change file is cut short (it ends at change {first}; this laptop has "
        f"its changes up to {second}): a copy in progress or a damaged one. Nothing was undone "
        "here; that laptop writes it again at its next sync.",
        "gap": f"Changes {first} to {_before(second)} of {who} are missing from the middle of "
        "its change file; the changes after them were not applied. That laptop writes its "
        "file again at its next sync.",
        "order": f"{who}'s change file holds change {second} where change {first} should be "
        "(lines moved or repeated); the changes from there on were not applied.",
        "fork": f"{who}'s change file holds a different history from the one this laptop "
        f"received (from change {first} on): was its data folder copied to a second laptop? "
        "Nothing more from it was applied.",
        "missing": f"{who}'s change file is gone from the shared folder. Nothing was undone "
        "here; that laptop writes it again at its next sync.",
        "damaged": f"A line of {who}'s change file does not open with the family passphrase: "
        "it was damaged, or changed by someone without the passphrase. The changes from "
        "there on were not applied.",
        "unchecked": f"{who} runs an older masto-diary: its changes cannot be checked for cuts "
        "and rollbacks until it is updated.",
        "republished": "This laptop's change file in the shared folder was cut short, replaced "
        "or deleted; it was written again from this diary.",
        "twin": "Another copy of this diary writes as this laptop in the shared folder "
        f"(changes this laptop never made, from change {first} on): its data folder was "
        "copied. This laptop sends nothing until that is sorted out: on the copy, move the "
        "data folder aside and join (masto-diary join --folder DIR).",
        "copied": f"This diary's data folder was copied or moved here ({problem.file}). If the "
        "laptop it came from still uses it, do not sync this copy: start with an empty data "
        "folder and join instead (masto-diary join --folder DIR). If it was moved, run "
        "masto-diary sync --moved once. Nothing was sent or applied.",
    }
    return texts.get(problem.kind, f"{problem.kind}: {problem.file or who}")


def _before(number: str) -> str:
    return str(int(number) - 1) if number.isdigit() else number


def sentences(problems: Iterable[Problem]) -> list[str]:
    """One sentence each, the files left aside together in one."""
    found = list(problems)
    ignored = [p.file or "?" for p in found if p.kind == "ignored"]
    said = [english(p) for p in found if p.kind != "ignored"]
    if ignored:
        said.append(english(Problem("ignored", file=", ".join(ignored))))
    return said
