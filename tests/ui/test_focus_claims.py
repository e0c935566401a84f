"""Item views hold a current item only while they have the focus (ui/focus_claims.py), so that
a screen reader hears one focused object; code still finds the item through current_row."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QVBoxLayout, QWidget

from masto_diary.ui.focus_claims import QuietFocus, current_index, current_row, install


@pytest.fixture
def quiet(qapp):
    """The application filter the app installs, for this test only."""
    quiet = QuietFocus(qapp)
    qapp.installEventFilter(quiet)
    yield quiet
    qapp.removeEventFilter(quiet)


@pytest.fixture
def window(qtbot, quiet):
    window = QWidget()
    layout = QVBoxLayout(window)
    window.listing = QListWidget(objectName="listing")
    window.listing.addItems(["first", "second", "third"])
    window.edit = QLineEdit(objectName="edit")
    layout.addWidget(window.listing)
    layout.addWidget(window.edit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _claims_focus(listing: QListWidget, row: int) -> bool:
    item = QAccessible.queryAccessibleInterface(listing).child(row)
    return bool(item.state().focused)


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QApplication.processEvents()


def test_a_list_without_the_focus_claims_no_item_but_keeps_it(qtbot, window):
    listing = window.listing
    _focus(qtbot, listing)
    listing.setCurrentRow(1)
    assert _claims_focus(listing, 1)
    with qtbot.assertNotEmitted(listing.currentRowChanged):
        _focus(qtbot, window.edit)
        qtbot.waitUntil(lambda: listing.currentRow() == -1)
    assert not _claims_focus(listing, 1)
    assert current_row(listing) == 1  # what the app asks
    assert listing.item(1).isSelected()  # the highlight stays where the parent put it
    with qtbot.assertNotEmitted(listing.currentRowChanged):
        _focus(qtbot, listing)
    assert listing.currentRow() == 1  # back, before the arrow keys need it
    assert _claims_focus(listing, 1)


def test_an_item_chosen_by_code_while_unfocused_is_set_aside(qtbot, window):
    listing = window.listing
    _focus(qtbot, window.edit)
    with qtbot.waitSignal(listing.currentRowChanged):  # the app's own slots still hear it
        listing.setCurrentRow(2)
    qtbot.waitUntil(lambda: listing.currentRow() == -1)
    assert current_row(listing) == 2
    assert current_index(listing).data() == "third"
    assert not any(_claims_focus(listing, row) for row in range(3))


def test_a_cleared_model_leaves_nothing_set_aside(qtbot, window):
    listing = window.listing
    listing.setCurrentRow(0)
    _focus(qtbot, window.edit)
    qtbot.waitUntil(lambda: listing.currentRow() == -1)
    listing.clear()
    assert current_row(listing) == -1


def test_views_made_before_the_filter_is_installed_are_set_aside_at_once(qtbot, qapp):
    """The window installs the filter after its first frame (ui/app.py): the lists it already
    has must not go on claiming the focus."""
    assert qapp.property("quietFocus") is None
    window = QWidget()
    layout = QVBoxLayout(window)
    listing, edit = QListWidget(), QLineEdit()
    listing.addItems(["first", "second"])
    layout.addWidget(listing)
    layout.addWidget(edit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    _focus(qtbot, edit)
    listing.setCurrentRow(1)
    assert _claims_focus(listing, 1)  # no filter yet: Qt's own way
    try:
        install(qapp)
        qtbot.waitUntil(lambda: listing.currentRow() == -1)
        assert current_row(listing) == 1 and not _claims_focus(listing, 1)
        _focus(qtbot, listing)
        assert listing.currentRow() == 1
    finally:
        qapp.removeEventFilter(qapp.findChild(QuietFocus, "quietFocus"))
        qapp.setProperty("quietFocus", None)
