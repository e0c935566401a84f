"""masto_diary: an offline diary for children with mastocytosis on omalizumab."""

__version__ = "0.1.0"
APP_NAME = "masto-diary"
