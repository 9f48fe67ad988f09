#!/usr/bin/env python3
"""Writes the .xlsx fixtures of Tests/Fixtures/xlsx with writers independent of annual-review.

Provenance: run once by hand, its output committed, so that the tests need no Python:

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install openpyxl==3.1.5
    /tmp/venv/bin/python Tests/Fixtures/xlsx/make_fixtures.py

- openpyxl 3.1.5 writes cells.xlsx, dates-1904.xlsx, sheets.xlsx and small-openpyxl/ (a workbook
  per log of Tests/Fixtures/small, its cells typed: dates as dates, counts and hours as numbers).
  openpyxl writes every text as an inline string, and a formula without a cached value.
- LibreOffice (soffice --headless --convert-to xlsx, 7.4 here) writes small-libreoffice/ from
  Tests/Fixtures/small's CSV files (shared strings; dates and numbers as its CSV import detects
  them) and formulas-libreoffice.xlsx from formulas.xlsx written by openpyxl (LibreOffice computes
  the formulas and saves their results).
- Python's zipfile writes hostile/: small archives that are damaged or made to hurt a reader.
openpyxl writes the current time into docProps/core.xml, so a new run gives other bytes; the
cells, which the tests read, are the same.
"""
import csv
import datetime
import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
SMALL = os.path.join(HERE, "..", "small")
HEADER = ["日期", "单位编码", "会议类型", "实到人数", "应到人数", "主题", "记录编号"]


def cells():
    """Every kind of cell in a meetings log; the rows the tests expect are in XLSXLogTests."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "会议记录"
    ws.append(HEADER)
    # 2: a date (openpyxl's default format yyyy-mm-dd h:mm:ss), a count written as 12.0, rich text.
    ws.append([datetime.datetime(2017, 1, 10), "S001", "支委会", 12.0, 12,
               CellRichText([TextBlock(InlineFont(b=True), "学习"), "党章"]), "X1"])
    # 3: a date under a custom Chinese format; the same texts again.
    ws.append([datetime.datetime(2017, 2, 10), "S001", "支委会", 5, 5, "学习党章", "X2"])
    ws["A3"].number_format = 'yyyy"年"m"月"d"日"'
    # 4: a date under built-in format 14 with a time of day; the id a number under 00000.
    ws.append([datetime.datetime(2017, 3, 10, 14, 30), "S002", "党小组会", 9, 10, None, 7])
    ws["A4"].number_format = "mm-dd-yy"
    ws["G4"].number_format = "00000"
    # 5: an error cell as the date: rejected as a bad date.
    ws.append(["#N/A", "S002", "支委会", 5, 5, None, "X4"])
    # 6: a boolean as a count: a warning, the count taken as empty.
    ws.append([datetime.date(2017, 4, 10), "S001", "主题党日", True, 20, None, "X5"])
    # 7: a formula without a cached value as a count (openpyxl saves none).
    ws.append([datetime.date(2017, 4, 28), "S001", "主题党日", "=3+4", 20, None, "X6"])
    # 8: a time of day where a date belongs: 12:00, rejected.
    ws.append([datetime.time(12, 0), "S001", "支委会", 5, 5, None, "X7"])
    ws["A8"].number_format = "h:mm"
    # 9: left blank. 10: a value right of the header's last column: a long row, rejected.
    ws.append([])
    ws.append([datetime.date(2017, 5, 10), "S001", "支委会", 5, 5, None, "X8", None, "备注"])
    # 11: a record id used in row 2: a repeat, rejected.
    ws.append([datetime.date(2017, 6, 10), "S001", "支委会", 5, 5, None, "X1"])
    wb.save(os.path.join(HERE, "cells.xlsx"))


def dates_1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "会议记录"
    ws.append(HEADER)
    ws.append([datetime.date(2017, 1, 10), "S001", "支委会", 5, 5, None, "A1"])
    ws.append([datetime.date(1904, 1, 1), "S001", "支委会", 5, 5, None, "A2"])
    ws.append([datetime.date(2017, 12, 31), "S002", "党小组会", 9, 10, None, "A3"])
    wb.save(os.path.join(HERE, "dates-1904.xlsx"))


def sheets():
    """A hidden first sheet, a merged title above the header, and a sheet after it."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes.append(["本表由经办人填写"])
    notes.sheet_state = "hidden"
    ws = wb.create_sheet("会议记录")
    ws.append(["临江市教育局2017年会议记录"])
    ws.merge_cells("A1:G1")
    ws.append(HEADER)
    ws.append([datetime.date(2017, 1, 10), "S001", "支委会", 5, 5, "学习党章", "M1"])
    ws.append([datetime.date(2017, 2, 10), "S001", "支委会", 5, 5, "学习党章", "M2"])
    summary = wb.create_sheet("汇总")
    summary.append(["合计", 2])
    wb.save(os.path.join(HERE, "sheets.xlsx"))


def typed(value, header):
    """A CSV value as the cell an office would have typed: dates, counts and hours as such."""
    if value == "":
        return None
    if header in ("日期", "开始日期", "结束日期", "支部成立日期"):
        try:
            return datetime.datetime.strptime(value, "%Y-%m-%d")
        except ValueError:
            return value
    if header in ("实到人数", "应到人数", "学生数", "教师数", "党员数", "党支部数", "听课人数", "参训人数", "学时"):
        try:
            number = float(value)
            return int(number) if number.is_integer() else number
        except ValueError:
            return value
    return value


def small_openpyxl():
    out = os.path.join(HERE, "small-openpyxl")
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(SMALL)):
        with open(os.path.join(SMALL, name), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(rows[0])
        for row in rows[1:]:
            ws.append([typed(v, h) for v, h in zip(row, rows[0])])
        wb.save(os.path.join(out, name.replace(".csv", ".xlsx")))


def libreoffice(sources, out):
    """CSV files are read as UTF-8, comma-separated, with the dates and numbers detected (en-US)."""
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1,,1033,false,true", "--convert-to", "xlsx",
                    "--outdir", out] + sources, check=True, stdout=subprocess.DEVNULL)


def formulas():
    """Formulas whose results LibreOffice computes and saves: a number, a string, an error."""
    work = tempfile.mkdtemp()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "会议记录"
    ws.append(HEADER)
    ws.append(["=DATE(2017,1,10)", "S001", '="支委"&"会"', "=2+3", 5, None, "F1"])
    ws.append(["=DATE(2017,2,10)", "S001", "支委会", "=NA()", 5, None, "F2"])
    ws["A2"].number_format = "yyyy-mm-dd"
    ws["A3"].number_format = "yyyy-mm-dd"
    path = os.path.join(work, "formulas-libreoffice.xlsx")
    wb.save(path)
    out = tempfile.mkdtemp()
    libreoffice([path], out)
    shutil.copy(os.path.join(out, "formulas-libreoffice.xlsx"), os.path.join(HERE, "formulas-libreoffice.xlsx"))


def write_zip(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=(2018, 1, 1, 0, 0, 0)), data, compress_type=compression)


RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '</Relationships>')


def workbook(sheets='<sheet name="会议记录" sheetId="1" r:id="rId1"/>'):
    return ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + sheets + '</sheets></workbook>')


def sheet(rows, dimension="A1:C2", prolog=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>' + prolog +
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<dimension ref="' + dimension + '"/><sheetData>' + rows + '</sheetData></worksheet>')


def inline_row(r, values):
    return '<row r="%d">' % r + "".join(
        '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % ("ABCDEFG"[i], r, v) for i, v in enumerate(values)) + "</row>"


def hostile():
    out = os.path.join(HERE, "hostile")
    os.makedirs(out, exist_ok=True)
    rows = inline_row(1, HEADER) + inline_row(2, ["2017-01-10", "S001", "支委会", "5", "5", "", "H1"])
    good = [("_rels/.rels", RELS), ("xl/workbook.xml", workbook()), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)]
    # A whole workbook, then the same cut short (its table of contents lost).
    buffer = io.BytesIO()
    write_zip(buffer, good + [("xl/worksheets/sheet1.xml", sheet(rows, "A1:G2"))])
    whole = buffer.getvalue()
    with open(os.path.join(out, "truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) * 2 // 3])
    # The sheet the workbook names is not in the archive.
    write_zip(os.path.join(out, "missing-sheet.xlsx"), good)
    # A sheet that inflates 1,000 times over (8 MB of spaces): refused before it is inflated.
    write_zip(os.path.join(out, "bomb.xlsx"), good + [("xl/worksheets/sheet1.xml", sheet(rows, "A1:G2") + " " * 8_000_000)])
    # External entities: a DTD declares one that reads a local file, and a cell uses it.
    xxe = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>', "A1",
                '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    write_zip(os.path.join(out, "xxe.xlsx"), good + [("xl/worksheets/sheet1.xml", xxe)])
    # A dimension as large as a sheet can be (read as usual) and a cell past the last row.
    write_zip(os.path.join(out, "dimension.xlsx"), good + [("xl/worksheets/sheet1.xml", sheet(rows, "A1:XFD1048576"))])
    beyond = inline_row(1, HEADER) + '<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>'
    write_zip(os.path.join(out, "beyond.xlsx"), good + [("xl/worksheets/sheet1.xml", sheet(beyond, "A1:G1"))])
    # Every sheet hidden.
    write_zip(os.path.join(out, "hidden.xlsx"), [("_rels/.rels", RELS), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                                                ("xl/workbook.xml", workbook('<sheet name="会议记录" sheetId="1" state="hidden" r:id="rId1"/>')),
                                                ("xl/worksheets/sheet1.xml", sheet(rows, "A1:G2"))])
    # 5,000 rows, then the sheet's XML simply stops (no closing tags): its rows must count nothing.
    many = inline_row(1, HEADER) + "".join(
        inline_row(r, ["2017-01-10", "S001", "支委会", "5", "5", "", "U%d" % (r - 1)]) for r in range(2, 5002))
    unfinished = sheet(many, "A1:G5001").replace("</sheetData></worksheet>", "")
    write_zip(os.path.join(out, "unfinished.xlsx"), good + [("xl/worksheets/sheet1.xml", unfinished)])
    # A sheet whose entry states 100 bytes where it inflates to more: refused once past them.
    buffer = io.BytesIO()
    xml = sheet(rows, "A1:G2")
    write_zip(buffer, good + [("xl/worksheets/sheet1.xml", xml)])
    size = struct.pack("<I", len(xml.encode()))
    assert buffer.getvalue().count(size) == 2  # the local header's and the central directory's
    with open(os.path.join(out, "lying-size.xlsx"), "wb") as f:
        f.write(buffer.getvalue().replace(size, struct.pack("<I", 100)))
    # A stored (uncompressed) sheet with one byte changed after its checksum was taken.
    buffer = io.BytesIO()
    write_zip(buffer, good + [("xl/worksheets/sheet1.xml", sheet(rows, "A1:G2"))], zipfile.ZIP_STORED)
    damaged = buffer.getvalue().replace("H1".encode(), "H2".encode(), 1)
    with open(os.path.join(out, "checksum.xlsx"), "wb") as f:
        f.write(damaged)


if __name__ == "__main__":
    cells()
    dates_1904()
    sheets()
    small_openpyxl()
    libreoffice(sorted(os.path.join(SMALL, n) for n in os.listdir(SMALL)), os.path.join(HERE, "small-libreoffice"))
    formulas()
    hostile()
    print("written", file=sys.stderr)
