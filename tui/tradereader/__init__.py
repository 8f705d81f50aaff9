"""tradereader: a terminal reader for trade-policy news with notes and tags.

This module stays light: importing it must not import Textual, Rich or TinyDB.
"""

__version__ = "0.1.0"
