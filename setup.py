"""The package build: setuptools (configured in pyproject.toml) plus the compiled translations.

The ``.qm`` files are build products, not in git, so the build itself compiles them: without
this step a wheel (``pip wheel .``, ``pip install .``, ``pipx install``) carries no ``.qm`` and
the app shows English to an Italian family.  ``build_py`` writes them into the wheel's tree; an
editable install (``pip install -e .``, as installer/dev.sh does) gets them in the source tree.
The compiler is pure Python (resources/i18n/ts_to_qm.py), so the isolated build environment
needs nothing beyond ``[build-system] requires``.  tests/test_wheel.py builds a wheel and loads
Italian from it.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = ROOT / "resources" / "i18n" / "build_translations.py"


def compile_translations(out_dir: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("build_translations", TRANSLATIONS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(out_dir)


class BuildPyWithTranslations(build_py):
    """``build_py`` that also compiles resources/i18n/*.ts into masto_diary/i18n/*.qm."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            out_dir = ROOT / "masto_diary" / "i18n"
        else:
            out_dir = Path(self.build_lib) / "masto_diary" / "i18n"
        for qm in compile_translations(out_dir):
            self.announce(f"compiled {qm.name}", level=2)


setup(cmdclass={"build_py": BuildPyWithTranslations})
