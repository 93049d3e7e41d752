"""The printable summary of the revised plan: the seed document's shape, as HTML and as a paginated PDF.

``content`` builds the report as HTML and never loads Qt (the command line and
the tests use it without a display); ``pdf`` lays that HTML out on pages with
Qt's own text engine, with a table of contents and page footers, for a PDF
file, the print preview and the printer alike.
"""

from __future__ import annotations
