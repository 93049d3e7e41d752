"""Workbooks out and in (no QApplication): the revised-plan workbook, plans read from workbooks, ballot workbooks."""
