"""Familiemøte: family meetings along "Samordning av hjelpetilbud for barn og unge"."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("familiemote")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
