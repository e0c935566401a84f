"""The house holds: the import contract in pyproject.toml, pure measures, no import cycle.

docs/architecture.md explains the layers; these tests are what keeps them true.
"""

import re
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("masto_diary", include_external_packages=True, cache_dir=None)


def test_import_contracts_are_kept() -> None:
    """The contract in pyproject.toml, checked in a process of its own: import-linter configures
    logging, which would silence the app's loggers for the rest of the test session."""
    check = (
        "from importlinter.cli import lint_imports; raise SystemExit(lint_imports(no_cache=True))"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_analysis_imports_only_numpy_and_the_standard_library(graph) -> None:
    allowed = set(sys.stdlib_module_names) | {"numpy"}
    found = {
        (module, imported)
        for module in graph.find_descendants("masto_diary.analysis") | {"masto_diary.analysis"}
        for imported in graph.find_modules_directly_imported_by(module)
        if not imported.startswith("masto_diary.analysis") and imported.split(".")[0] not in allowed
    }
    assert not found, f"analysis must stay pure numpy: {sorted(found)}"


def test_no_import_cycle(graph) -> None:
    modules = {m for m in graph.modules if m.startswith("masto_diary")}
    edges = {
        m: {i for i in graph.find_modules_directly_imported_by(m) if i in modules} for m in modules
    }
    cycles = [sorted(group) for group in _strongly_connected(edges) if len(group) > 1]
    assert not cycles, f"import cycles: {cycles}"


def _strongly_connected(edges: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative (the graph is small, but recursion depth is not ours)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.add(member)
                        if member == node:
                            break
                    groups.append(group)
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(edges[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return groups


SQL_HOMES = (
    "storage/read_model/",
    "storage/changes.py",
    "storage/migrate.py",
    "storage/migrations/",
)
# A string that starts a query, or a query's line inside a text block.
SQL_TEXT = re.compile(
    r"""(["']\s*(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b)"""
    r"|(^\s*SELECT\b.*\bFROM\b)|(^\s*(INSERT INTO|DELETE FROM)\b)",
    re.IGNORECASE,
)


def test_sql_text_lives_only_in_the_read_model_the_write_seam_and_the_migrations() -> None:
    """Every query in one place: a page, a service or the report that writes SQL is refused."""
    package = ROOT / "masto_diary"
    found = [
        f"{path.relative_to(package)}:{number}"
        for path in package.rglob("*.py")
        if not str(path.relative_to(package)).startswith(SQL_HOMES)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SQL_TEXT.search(line)
    ]
    assert not found, f"SQL text outside its homes: {found}"


def test_the_documented_tables_are_the_models_tables() -> None:
    """docs/architecture.md lists every table of the diary (first column of "What the app
    keeps"), and no table the models do not have."""
    from sqlmodel import SQLModel

    import masto_diary.models  # noqa: F401  (declares the tables)

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## What the app keeps", 1)[1].split("\n## ", 1)[0]
    first_cells = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    documented = {name for cell in first_cells for name in re.findall(r"`(\w+)`", cell)}
    assert documented == set(SQLModel.metadata.tables), (
        f"missing from the page: {sorted(set(SQLModel.metadata.tables) - documented)}; "
        f"not a table: {sorted(documented - set(SQLModel.metadata.tables))}"
    )
