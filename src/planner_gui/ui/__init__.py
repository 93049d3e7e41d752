"""The Qt half: windows, pages, item models, undo commands and dialogs.

Imported before any of them, it makes PySide6's import hook skip the libraries
that never use Qt (``import_tax``).
"""

from planner_gui.ui.import_tax import spare_qt_free_modules

spare_qt_free_modules()
