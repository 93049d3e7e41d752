"""The Qt-free half: the plan model, the plan file and every computation.

Nothing in this package imports Qt, the ui package or the exchange package.
"""
