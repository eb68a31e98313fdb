"""Count the sheets and native charts of mzctl's report workbook with openpyxl.

usage: report_xlsx.py REPORT.xlsx  → JSON {sheet name: [rows, charts]}
"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [ws.max_row, len(ws._charts)] for ws in book.worksheets}, ensure_ascii=False))
