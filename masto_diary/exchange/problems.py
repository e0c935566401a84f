"""What an import reports: problems with their JSON paths, conflicts, and each child's outcome.

Shared by :mod:`masto_diary.exchange.json_format` (reading and deciding) and
:mod:`masto_diary.exchange.writer` (checking and writing), so neither imports the other's
module for them.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from masto_diary.errors import DiaryError, ValidationError

MAX_PROBLEMS = 1000
SHOWN_PROBLEMS = 30


class OnConflict(StrEnum):
    """What to do with a child whose name is already in the diary."""

    MERGE = "merge"  # add what the diary does not have yet to the existing child
    RENAME = "rename"  # import as a new child, "Anna (imported)"
    SKIP = "skip"  # leave that child out


ConflictChoice = OnConflict | str | Mapping[str, OnConflict | str] | None


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True)
class Problem:
    path: str  # JSONPath-like: $.children[0].daily_entries[3].scores.itching
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class ImportRefusedError(ValidationError):
    """The file was not imported and nothing was changed; ``issues`` lists every problem."""

    def __init__(self, source: str, issues: list[Problem], truncated: bool = False):
        count = f"{len(issues)}{'+' if truncated else ''}"
        noun = "problem" if len(issues) == 1 and not truncated else "problems"
        lines = [str(p) for p in issues[:SHOWN_PROBLEMS]]
        if len(issues) > SHOWN_PROBLEMS or truncated:
            lines.append(f"… and {count} in all")
        message = f"{source} was not imported; nothing was changed. {count} {noun}:\n" + "\n".join(
            f"  {line}" for line in lines
        )
        super().__init__(message, field="file", problems=[str(p) for p in issues])
        self.issues = issues
        self.truncated = truncated


class ImportConflictError(DiaryError):
    """Children of the file have the same names as children of the diary; nobody chose yet."""

    def __init__(self, names: list[str]):
        quoted = [f"'{n}'" for n in names]
        listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
        who = "a child" if len(names) == 1 else "children"
        super().__init__(
            f"The diary already has {who} called {listed}. Choose whether to merge the file's "
            "records into the existing child, import them under another name, or skip them "
            "(--on-conflict merge|rename|skip). Nothing was changed."
        )
        self.names = names


class Problems:
    """Collects problems up to :data:`MAX_PROBLEMS` (a broken 30 MB file has millions)."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self.truncated = False

    def add(self, path: str, reason: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(Problem(path, reason))
        else:
            self.truncated = True

    def __bool__(self) -> bool:
        return bool(self.items)

    def refuse(self, source: str) -> None:
        if self.items:
            raise ImportRefusedError(source, self.items, self.truncated)


@dataclass
class ChildOutcome:
    name: str  # as in the file
    action: str  # "added", "merged", "renamed", "skipped"
    stored_as: str | None = None  # the name in the diary
    added: dict[str, int] = field(default_factory=dict)
    already_there: dict[str, int] = field(default_factory=dict)

    def sentence(self) -> str:
        added = sum(self.added.values())
        kept = sum(self.already_there.values())
        if self.action == "skipped":
            return f"{self.name}: skipped (a child of that name is already in the diary)."
        where = {
            "added": f"added as a new child ({added} records)",
            "renamed": f"added as '{self.stored_as}' ({added} records)",
            "merged": f"merged into the existing child: {added} records added, "
            f"{kept} already in the diary were kept as they are",
        }[self.action]
        return f"{self.name}: {where}."


def renamed(name: str, taken: set[str]) -> str:
    """``Anna (imported)``, then ``Anna (imported 2)`` … : a name the diary does not have yet."""
    base = name[:85]
    candidate, n = f"{base} (imported)", 2
    while candidate.casefold() in taken:
        candidate, n = f"{base} (imported {n})", n + 1
    return candidate
