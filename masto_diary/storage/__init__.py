"""Where the diary lives and how it is opened: paths, engine, migrations, backups.

Nothing here imports Qt or any UI code; the UI and the CLI call :func:`open_diary`.
"""

from masto_diary.storage.diary import Diary, open_diary
from masto_diary.storage.paths import DIARY_FILENAME, resolve_data_dir

__all__ = ["DIARY_FILENAME", "Diary", "open_diary", "resolve_data_dir"]
