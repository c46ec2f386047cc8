#!/usr/bin/env python3
"""Writes tests/data/inspect: golden files of the other folders under a wrong extension (the
reader must be chosen from the content), files that only look like spreadsheets, and small
survey exports with headers of several rows. Run from any directory after the other folders'
generators; the files are written next to this script."""

import io
import os
import shutil
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)


def copy(source, name):
    shutil.copyfile(os.path.join(DATA, source), os.path.join(HERE, name))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    # Right content, wrong extension.
    copy("csv/excel-cp1251-semicolon.csv", "csv-named.xlsx")
    copy("ods/basic.ods", "ods-named.xlsx")
    copy("xlsx/multisheet.xlsx", "xlsx-named.ods")
    copy("xls/basic.xls", "xls-named.csv")
    copy("xlsx/minimal.xlsx", "xlsx-named.xls")

    # Not spreadsheets, or not ones that can be read.
    write("empty.xls", b"")
    write("html-export.xls",
          "<html><head><meta charset=\"utf-8\"></head><body><table>"
          "<tr><td>Аудан</td><td>Баға</td></tr><tr><td>Бурабай</td><td>5</td></tr>"
          "</table></body></html>\n".encode("utf-8"))
    write("spreadsheetml-2003.xls",
          b"<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
          b"<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">\n"
          b"<Worksheet ss:Name=\"Sheet1\"><Table><Row><Cell><Data ss:Type=\"String\">a"
          b"</Data></Cell></Row></Table></Worksheet></Workbook>\n")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("readme.txt", "not a spreadsheet\n")
    write("text-in-zip.xlsx", buffer.getvalue())
    with open(os.path.join(DATA, "ods/basic.ods"), "rb") as f:
        ods = f.read()
    write("truncated.ods", ods[: len(ods) // 2])

    # A hand-made sheet: a title and a date above the header, a blank line between.
    write("title-rows.csv",
          "Сауалнама нәтижелері;;;\n"
          "Күні: 01.06.2024;;;\n"
          ";;;\n"
          "Аудан;Округ;S1;S2\n"
          "Бурабай;Қараауыл а.о.;5;4\n"
          ";;;\n"
          "Зеренді;Ақкөл а.о.;3;\n".encode("utf-8"))
    # Qualtrics: names, labels, import ids, then the answers.
    write("qualtrics.csv",
          "StartDate,Finished,Q1,Q2_1\n"
          "Start Date,Finished,Аудан,Бағалаңыз - Жолдар\n"
          "\"{\"\"ImportId\"\":\"\"startDate\"\",\"\"timeZone\"\":\"\"Asia/Almaty\"\"}\","
          "\"{\"\"ImportId\"\":\"\"finished\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\","
          "\"{\"\"ImportId\"\":\"\"QID2_1\"\"}\"\n"
          "2024-06-01 10:30:00,1,Бурабай,5\n"
          "2024-06-02 12:00:00,1,Зеренді,4\n".encode("utf-8"))


if __name__ == "__main__":
    main()
