"""Retreat Planner: run a strategic-plan review retreat on a laptop, offline."""

__version__ = "0.1.0"
APP_NAME = "Retreat Planner"
ORG_NAME = "RetreatPlanner"
PLAN_SUFFIX = ".retreat"  # a plan file's extension (here, so the window can know it without loading the core)
