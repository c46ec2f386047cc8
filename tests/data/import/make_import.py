#!/usr/bin/env python3
"""Writes the golden survey exports of the survey-import tests (tst_surveyimporter,
tst_importsurvey_cli, tst_importmapping). Standard library only; stable bytes.
Run from anywhere: python3 tests/data/import/make_import.py

The contest they are imported into (see tests/surveyfixture.h) has, in Kyzylorda oblast:
Кармакшинский район: Жосалы, Торетам, Акжарма; Шиелийский район: Бестам, Акжарма;
Сырдарьинский район: Қызылжарма; and in Akmola oblast, Целиноградский район: Косшы.
"""

import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

LIKERT = ["Совершенно не удовлетворен", "Скорее не удовлетворен", "Частично удовлетворен",
          "Скорее удовлетворен", "Полностью удовлетворен"]
HARD = "Затрудняюсь ответить"
QUESTIONS = [
    "Оцените, насколько аким защищает права и законные интересы граждан",
    "Качество оказания государственных услуг в сельском округе",
    "Поддержка многодетных, малообеспеченных и социально уязвимых семей",
    "Содействие занятости населения",
    "Развитие социальной инфраструктуры",
    "Взаимодействие акима с населением",
]


def csv_line(fields, sep=","):
    out = []
    for f in fields:
        f = str(f)
        if sep in f or '"' in f or "\n" in f:
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return sep.join(out)


def likert(values):
    return [HARD if v is None else (v if isinstance(v, str) else LIKERT[v - 1]) for v in values]


def google_forms():
    """Google Forms in Russian: comma, timestamp first, text answers, e-mail, free text."""
    header = ["Отметка времени", "Район", "Сельский округ"] + QUESTIONS + [
        "Адрес электронной почты", "Ваши предложения"]
    rows = [
        # 2: matched, every kind of answer, S6 not counted
        ["15.06.2020 10:21:05", "Кармакшинский район", "Жосалы"] + likert([5, 4, 3, 2, 1, None])
        + ["a@example.kz", "Спасибо"],
        # 3: designator before the name
        ["15.06.2020 10:25:00", "Кармакшинский район", "с.о. Жосалы"] + likert([5] * 6)
        + ["b@example.kz", ""],
        # 4: Russian adjective form, no district
        ["15.06.2020 11:00:00", "", "Жосалинский с/о"] + likert([4] * 6) + ["c@example.kz", ""],
        # 5
        ["16.06.2020 09:00:00", "Шиелийский район", "Бестам"] + likert([3, 3, 4, 4, 5, 5])
        + ["d@example.kz", "Дорогу бы"],
        # 6, 7: two okrugs of that name, no district: ambiguous
        ["16.06.2020 09:10:00", "", "Акжарма"] + likert([5] * 6) + ["e@example.kz", ""],
        ["16.06.2020 09:11:00", "", "Акжарма"] + likert([4] * 6) + ["f@example.kz", ""],
        # 8: no such okrug
        ["16.06.2020 09:12:00", "Кармакшинский район", "Неизвестное"] + likert([5] * 6)
        + ["g@example.kz", ""],
        # 9: no okrug at all
        ["16.06.2020 09:13:00", "Шиелийский район", ""] + likert([5] * 6) + ["h@example.kz", ""],
        # 10: an answer that is not on the scale (column D)
        ["16.06.2020 09:14:00", "Кармакшинский район", "Торетам"] + ["Может быть"]
        + likert([5] * 5) + ["i@example.kz", ""],
        # 11: nothing counted
        ["16.06.2020 09:15:00", "Кармакшинский район", "Торетам"] + likert([None] * 6)
        + ["j@example.kz", ""],
    ]
    rows.append(list(rows[0]))  # 12: the same submission twice
    # 13: the respondent of row 5 again, about the same akim, with other answers
    rows.append(["16.06.2020 18:00:00", "Шиелийский район", "Бестам"] + likert([1] * 6)
                + ["d@example.kz", ""])
    # 14: feminine form, a number among the phrases, trailing spaces
    rows.append(["17.06.2020 08:00:00", "Кармакшинский район", "Торетам "]
                + ["Полностью удовлетворена", "4", "Скорее удовлетворена", "3", "2", "1"]
                + ["k@example.kz", ""])
    # 15: with the district the name is unique
    rows.append(["17.06.2020 08:30:00", "Кармакшинский район", "Акжарма"] + likert([2] * 6)
                + ["l@example.kz", ""])
    text = "\r\n".join(csv_line(r) for r in [header] + rows) + "\r\n"
    with open(os.path.join(HERE, "googleforms.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def excel_cp1251():
    """Excel's CSV in a Russian locale: cp1251, ';', Kazakh letters lost to '?'."""
    header = ["Облыс", "Аудан", "Ауылдық округ", "S1", "S2", "S3", "S4", "S5", "S6"]
    rows = [
        ["Қызылорда облысы", "Сырдария ауданы", "Қызылжарма", 5, 5, 4, 4, 3, 3],
        ["Қызылорда облысы", "Сырдария ауданы", "Қызылжарма ауылдық округі", 4, "4,0", 4, "", 4, 4],
        ["Қызылорда облысы", "Қармақшы ауданы", "Жосалы", 1, 2, 3, 4, 5, 5],
        ["Ақмола облысы", "Целиноград ауданы", "Қосшы", 3, 3, 3, 3, 3, 3],
        ["Қызылорда облысы", "Қармақшы ауданы", "Төретам", 6, 5, 5, 5, 5, 5],  # 6 is off the scale
        ["", "", "", "", "", "", "", "", ""],  # blank line between batches
        ["Қызылорда облысы", "Қармақшы ауданы", "Төретам", 2, 2, 2, 2, 2, 2],
    ]
    text = "\r\n".join(csv_line(r, ";") for r in [header] + rows) + "\r\n"
    with open(os.path.join(HERE, "excel-cp1251.csv"), "wb") as f:
        f.write(text.encode("cp1251", errors="replace"))


def ethics():
    """The Ethics Commissioner's questionnaire: yes/no, one question without a code."""
    header = ["Отметка времени", "Район", "Сельский округ",
              "E1. Соблюдение норм служебной этики", "Аким вежлив и доступен для жителей?",
              "Ваш телефон"]
    rows = [
        ["01.07.2020 10:00:00", "Кармакшинский район", "Жосалы", "Да", "Да", "+77001112233"],
        ["01.07.2020 11:00:00", "Кармакшинский район", "Жосалы", "Да", "Нет", "+77001112234"],
        ["01.07.2020 12:00:00", "Кармакшинский район", "Жосалы", "Нет", "Затрудняюсь ответить",
         "+77001112235"],
        ["02.07.2020 09:30:00", "Шиелийский район", "Бестам", "Иә", "Иә", ""],
    ]
    text = "\r\n".join(csv_line(r) for r in [header] + rows) + "\r\n"
    with open(os.path.join(HERE, "ethics.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def xlsx():
    """An XLSX whose responses are on the second sheet, timestamps as date-styled serials."""
    header = ["Отметка времени", "Район", "Сельский округ"] + [
        "S%d" % i for i in range(1, 7)] + ["Комментарий"]
    data = [
        [43997.4375, "Кармакшинский район", "Жосалы", 5, 5, 5, 5, 5, 5, "хорошо"],
        [43997.5, "Кармакшинский район", "Торетам", 4, 4, 4, 4, 4, 4, ""],
        [43998.25, "Шиелийский район", "Бестам", 3, 2, 1, 2, 3, 4, ""],
        [43998.3, "Целиноградский район", "Косшы", 2, 2, 2, 2, 2, 9, ""],  # 9 off the scale
        [43998.35, "Шиелийский район", "Жаңа ауыл", 5, 5, 5, 5, 5, 5, ""],  # unmatched
    ]
    strings = []

    def sst(s):
        if s not in strings:
            strings.append(s)
        return strings.index(s)

    def col(i):
        return chr(ord("A") + i)

    def row_xml(r, cells, date_first):
        out = ['<row r="%d">' % r]
        for i, v in enumerate(cells):
            ref = "%s%d" % (col(i), r)
            if v == "":
                continue
            if isinstance(v, str):
                out.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sst(v)))
            elif i == 0 and date_first:
                out.append('<c r="%s" s="1"><v>%s</v></c>' % (ref, repr(v)))
            else:
                out.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
        out.append("</row>")
        return "".join(out)

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    sheet2_rows = [row_xml(1, header, False)] + [
        row_xml(i + 2, d, True) for i, d in enumerate(data)]
    sheet2 = decl + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (
        main, "".join(sheet2_rows))
    sheet1 = decl + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (
        main, row_xml(1, ["Сводка по району", "см. лист 2"], False))
    sst_xml = decl + '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
        main, len(strings), len(strings),
        "".join("<si><t>%s</t></si>" % s.replace("&", "&amp;").replace("<", "&lt;")
                for s in strings))
    styles = decl + ('<styleSheet xmlns="%s"><cellXfs count="2"><xf numFmtId="0"/>'
                     '<xf numFmtId="22" applyNumberFormat="1"/></cellXfs></styleSheet>' % main)
    workbook = decl + (
        '<workbook xmlns="%s" xmlns:r="%s"><sheets>'
        '<sheet name="Сводка" sheetId="1" r:id="rId1"/>'
        '<sheet name="Ответы на форму (1)" sheetId="2" r:id="rId2"/>'
        '</sheets></workbook>' % (main, rel))
    wb_rels = decl + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="%s/worksheet" Target="worksheets/sheet2.xml"/>'
        '<Relationship Id="rId3" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId4" Type="%s/styles" Target="styles.xml"/>'
        '</Relationships>' % (rel, rel, rel, rel))
    rels = decl + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>' % rel)
    ct = decl + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>')
    path = os.path.join(HERE, "survey.xlsx")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/worksheets/sheet1.xml", sheet1),
               ("xl/worksheets/sheet2.xml", sheet2), ("xl/sharedStrings.xml", sst_xml),
               ("xl/styles.xml", styles)]
    with zipfile.ZipFile(path, "w") as z:
        for name, content in members:
            info = zipfile.ZipInfo(name, (2024, 6, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content.encode("utf-8"))
    # The same file cut short: a hostile input.
    with open(path, "rb") as f:
        whole = f.read()
    with open(os.path.join(HERE, "survey-truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) * 2 // 3])


def mappings():
    with open(os.path.join(HERE, "ethics-mapping.json"), "w", encoding="utf-8") as f:
        f.write("""{
  "kind": "ethics",
  "header_rows": [0],
  "columns": [
    {"index": 0, "role": "timestamp"},
    {"header": "Район", "role": "district"},
    {"header": "Сельский округ", "role": "okrug"},
    {"letter": "D", "role": "question", "criterion": "E1"},
    {"letter": "E", "role": "question", "criterion": "E1"},
    {"header": "Ваш телефон", "role": "respondent_id"}
  ],
  "scale": {"kind": "yes_no"}
}
""")
    with open(os.path.join(HERE, "googleforms-resolved.json"), "w", encoding="utf-8") as f:
        f.write("""{
  "kind": "population",
  "columns": [
    {"index": 0, "role": "timestamp"},
    {"index": 1, "role": "district"},
    {"index": 2, "role": "okrug"},
    {"index": 3, "role": "question", "criterion": "S1"},
    {"index": 4, "role": "question", "criterion": "S2"},
    {"index": 5, "role": "question", "criterion": "S3"},
    {"index": 6, "role": "question", "criterion": "S4"},
    {"index": 7, "role": "question", "criterion": "S5"},
    {"index": 8, "role": "question", "criterion": "S6"},
    {"index": 9, "role": "respondent_id"},
    {"index": 10, "role": "free_text"}
  ],
  "resolutions": [
    {"region": "", "district": "", "okrug": "Акжарма", "nominee_uuid": "@AKZHARMA_KARMAKSHY@"}
  ]
}
""")


if __name__ == "__main__":
    google_forms()
    excel_cp1251()
    ethics()
    xlsx()
    mappings()
