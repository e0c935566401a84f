"""The part every table of the app shares: plain rows under a fixed set of columns.

Subclasses name their record type (``RowTableModel[Episode]``), set ``COLUMNS``, keep their
records in ``_rows``, name the columns in ``_headers`` (or override :meth:`header`) and answer
:meth:`data`.  Being models, not widgets, they are tested without any view.
"""

from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
ROOT = QModelIndex()


class RowTableModel(QAbstractTableModel, Generic[R]):
    COLUMNS: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs) -> None:
        """Every table's empty cell gets a spoken text ("empty"): a screen reader otherwise
        meets a focusable cell without a name."""
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("data")
        if own is None:
            return

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            value = own(self, index, role)
            if role == Qt.ItemDataRole.AccessibleTextRole and value is None:
                shown = own(self, index, Qt.ItemDataRole.DisplayRole)
                return shown if shown else QCoreApplication.translate("RowTableModel", "empty")
            return value

        data.__doc__ = own.__doc__
        cls.data = data

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[R] = []
        self._headers: tuple[str, ...] = ()

    def set_rows(self, rows) -> None:
        """Show ``rows`` (any sequence of records) instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        """The row showing the record with this id, or -1: a page selects it again after a
        refresh or a save."""
        return next((row for row, r in enumerate(self._rows) if self.record_id(r) == record_id), -1)

    def record_id(self, record: R) -> int | None:
        return record.id

    def header(self, section: int) -> str:
        return self._headers[section]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None
