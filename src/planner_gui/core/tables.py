"""Every table of the plan, gathered: what needs the whole schema (a deletion's cascade, a schema check) reads it here.

Each model module maps its own tables on ``Base``; importing them all here puts
every table in ``METADATA``, whichever of them a caller imported first.
"""

from __future__ import annotations

from planner_gui.core import model, model_baseline, model_ranking, model_review, model_strategy
from planner_gui.core.model_base import Base

METADATA = Base.metadata
MODULES = (model, model_baseline, model_ranking, model_review, model_strategy)
