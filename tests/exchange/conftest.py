"""Workbooks out and in: the revised-plan workbook's sheets, charts and print setup (no QApplication)."""
