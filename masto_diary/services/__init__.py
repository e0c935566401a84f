"""Use cases the UI and the CLI call: one function, one transaction.

Services take an open :class:`~masto_diary.storage.Diary`, validate what they are given,
and either write everything or nothing.  They never import Qt.
"""
