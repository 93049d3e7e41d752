"""A child process for the exception-hook test: the real application, with an edit that fails as nobody foresaw.

    python child_gui_error.py PLAN SETTINGS.ini

Starts the program as ``run_gui`` does (the application object, the exception
hook, the main window on PLAN), then clicks "Add goal" while adding a goal is
made to fail half-way with a RuntimeError. The error dialog is replaced by one
that prints what it would show (a JSON line "dialog ..."); then the failure is
taken away, "Add goal" clicked again, and the goals the window holds printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer

from planner_gui.core.structure import StructureEdits
from planner_gui.ui import app as app_module
from planner_gui.ui import dialogs
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.plan_page import PlanPage
from planner_gui.ui.settings import Settings


def main() -> int:
    plan, ini = Path(sys.argv[1]), sys.argv[2]
    application = app_module.make_application()
    app_module.install_exception_hook()

    def shown(parent: Any, summary: str, details: str) -> None:
        print("dialog " + json.dumps({"summary": summary, "details": details}), flush=True)

    dialogs.show_unexpected_error = shown
    add_goal = StructureEdits.add_goal

    def half_done(self: StructureEdits, *args: Any, **kwargs: Any) -> int:
        with self.store.transaction():
            add_goal(self, *args, **kwargs)  # the goal is in the session...
            raise RuntimeError("the projector cable was pulled")  # ...and then something nobody foresaw

    StructureEdits.add_goal = half_done  # type: ignore[method-assign]
    window = MainWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)))
    window.show()
    if not window.open_path(plan):
        return 3
    page = window.workspace.pages[0]
    assert isinstance(page, PlanPage)

    def again() -> None:
        StructureEdits.add_goal = add_goal  # type: ignore[method-assign]
        page.add_goal_button.click()
        assert window.plan is not None
        print("goals " + " ".join(g.number for g in window.plan.doc.structure.goals()), flush=True)
        window.close()
        application.quit()

    QTimer.singleShot(50, page.add_goal_button.click)
    QTimer.singleShot(300, again)
    return application.exec()


if __name__ == "__main__":
    sys.exit(main())
