"""Only the write seam (storage/changes.py) and the migrations write rows.

A static check over the package's source: no ``session.add/delete/merge``, no
``execute(insert(…)/update(…)/delete(…))``, no SQL text that inserts, updates or deletes, and no
raw DB-API connection anywhere else.  A write that bypassed the seam would be invisible to a
change journal, undo or sync (docs/architecture.md).
"""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "masto_diary"
ALLOWED = {PACKAGE / "storage" / "changes.py"}
MIGRATIONS = PACKAGE / "storage" / "migrations"
WRITE_SQL = re.compile(
    r"\b(INSERT\s+(OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b"
)
SESSION_WRITES = {"add", "add_all", "delete", "merge", "bulk_save_objects", "bulk_insert_mappings"}
STATEMENTS = {"insert", "update", "delete"}


def _statement_call(node: ast.AST) -> bool:
    """``insert(…)``, ``sa.update(…).values(…)``, ``table.delete()`` and the like."""
    while isinstance(node, ast.Call | ast.Attribute):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in STATEMENTS:
                return True
            node = func
        else:
            node = node.value
    return False


def writes_outside_the_seam(source: str) -> list[str]:
    """Every write found in ``source``, as "line: what"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            receiver = ast.unparse(node.func.value)
            if node.func.attr in SESSION_WRITES and "session" in receiver.lower():
                found.append(f"{line}: {receiver}.{node.func.attr}()")
            executes = node.func.attr in {"execute", "executemany", "exec"}
            if executes and node.args and _statement_call(node.args[0]):
                found.append(f"{line}: {node.func.attr}() of a write statement")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in {
            "sqlalchemy",
            "sqlmodel",
        }:
            names = {alias.name for alias in node.names} & STATEMENTS
            if names:
                found.append(f"{line}: imports {', '.join(sorted(names))}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if WRITE_SQL.search(node.value):
                found.append(f"{line}: SQL that writes: {node.value[:40]!r}")
        elif isinstance(node, ast.Attribute) and node.attr == "dbapi_connection":
            found.append(f"{line}: the raw DB-API connection")
    return sorted(found, key=lambda entry: int(entry.split(":")[0]))


def package_modules() -> list[Path]:
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in ALLOWED and MIGRATIONS not in path.parents
    ]


def test_the_checker_finds_each_kind_of_write() -> None:
    source = """
from sqlalchemy import insert, select
def f(session, diary, table, rows):
    session.add(row)
    diary_session.delete(row)
    session.execute(insert(table), rows)
    connection.execute(table.update().values(x=1))
    cursor.execute('UPDATE child SET name = ?', ('x',))
    conn.executemany("INSERT OR REPLACE INTO weight_record VALUES (?)", rows)
    session.connection().connection.dbapi_connection.execute("PRAGMA x")
    session.execute(select(table))
    items.add(3)
    QCoreApplication.translate("Page", "Delete the visit of %1?")
"""
    found = writes_outside_the_seam(source)
    assert [entry.split(":")[0] for entry in found] == ["2", "4", "5", "6", "7", "8", "9", "10"]


def test_no_module_writes_outside_the_seam() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): found
        for path in package_modules()
        if (found := writes_outside_the_seam(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
    assert len(package_modules()) > 100  # the walk found the package
