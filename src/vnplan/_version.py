"""The version of vnplan."""

__version__ = "0.1.0.dev0"
