"""The Qt half: windows, pages, item models, undo commands and dialogs."""
