"""Spreadsheets in and out: ballot workbooks (and, later, the revised-plan workbook). Qt-free.

openpyxl is imported inside the functions that use it, so that starting the
program does not pay for it.
"""
