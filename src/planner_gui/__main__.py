"""``python -m planner_gui`` does what the ``planner-gui`` command does."""

from planner_gui.cli import main

raise SystemExit(main())
