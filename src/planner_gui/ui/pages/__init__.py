"""The retreat steps' pages, one module each; ``ui.steps.STEPS`` lists them in order and imports each when needed."""
