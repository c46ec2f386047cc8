#!/usr/bin/env python3
"""Writes the golden registry files of tst_registryimporter and tst_importregistry_cli.

A registry is the list of applicants an oblast's HR department sends: one row per nominee with
region, district, rural okrug and the akim's full name, sometimes a KATO code and the date the
akim took office. The places are real (Kyzylorda oblast, KATO 2025); the people are invented.
Only the standard library is used. Run from anywhere: python3 tests/data/registry/make_registry.py
"""

import datetime
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FIXED_TIME = (2024, 6, 1, 12, 0, 0)

REGION_RU = "Кызылординская область"
REGION_KK = "Қызылорда облысы"

# district ru, district kk, okrug ru, okrug kk, kato, akim, in office since
APPLICANTS = [
    ("Кызылорда Г.А.", "Қызылорда Қ.Ә.", "Акжарминский с.о.", "Ақжарма а.о.", "431033000",
     "Әбілқасымов Ержан Серікұлы", datetime.date(2019, 3, 1)),
    ("Аральский район", "Арал ауданы", "Аралкумский сельский округ", "Аралқұм а.о.", "433234000",
     "Төлегенова Гүлнар Маратқызы", datetime.date(2020, 6, 15)),
    ("Аральский район", "Арал ауданы", "Куландинский с.о.", "Құланды а.о.", "433247000",
     "Жұмабаев Нұрлан Қайратұлы", datetime.date(2018, 11, 20)),
    ("Жалагашский район", "Жалағаш ауданы", "Аламесекский с.о.", "Аламесек а.о.", "433637000",
     "Оспанова Әйгерім Бауыржанқызы", datetime.date(2021, 1, 10)),
    ("Жанакорганский район", "Жаңақорған ауданы", "с.о.им.Машбека Налибаева",
     "Машбек Нәлібаев атын.а.о.", "434031000", "Сейітқали Дәурен Асқарұлы",
     datetime.date(2017, 9, 4)),
    ("Жанакорганский район", "Жаңақорған ауданы", "Каратобинский с.о.", "Қаратөбе а.о.",
     "434049000", "Ыбырайым Самал Ерланқызы", datetime.date(2022, 2, 28)),
    ("Жанакорганский район", "Жаңақорған ауданы", "Манапский с.о.", "Манап а.о.", "434067000",
     "Құдайбергенов Арман Әлібекұлы", datetime.date(2016, 5, 12)),
    ("Казалинский район", "Қазалы ауданы", "Кызылкумский с.о.", "Қызылқұм а.о.", "434445000",
     "Нұрпейісова Ләззат Өмірзаққызы", datetime.date(2020, 12, 1)),
    ("Кармакшинский район", "Қармақшы ауданы", "Актобинский с.о.", "Ақтөбе а.о.", "434637000",
     "Бекмұхамбетов Ғалым Жеңісұлы", None),
    ("Сырдарьинский район", "Сырдария ауданы", "Айдарлинский с.о.", "Айдарлы а.о.", "434833000",
     "Сәрсенбаева Динара Үсенқызы", datetime.date(2019, 7, 7)),
    ("Сырдарьинский район", "Сырдария ауданы", "Инкардарьинский с.о.", "Іңкәрдәрия а.о.",
     "434857000", "Әмірхан Бақытжан Төлеуұлы", datetime.date(2021, 4, 19)),
    ("Шиелийский район", "Шиелі ауданы", "Жуантобинский с.о.", "Жуантөбе а.о.", "435247000",
     "Хасенова Меруерт Ғабитқызы", datetime.date(2018, 3, 26)),
]

# The second sheet of applicants.xlsx: two more applicants.
RESERVE = [
    ("Казалинский район", "Акжонский с.о.", "Смағұлов Талғат Ерболұлы", "01.02.2020"),
    ("Казалинский район", "Алгинский с.о.", "Ізбасарова Жанар Нұрланқызы", "15.08.2022"),
]


def serial(date):
    return (date - datetime.date(1899, 12, 30)).days


def dotted(date):
    return date.strftime("%d.%m.%Y") if date else ""


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def write_csv(name, rows, delimiter=";", bom=True):
    text = "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"
    write(name, (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def write_zip(name, members):
    with zipfile.ZipFile(os.path.join(HERE, name), "w") as z:
        for member, data in members:
            info = zipfile.ZipInfo(member, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, digit = divmod(index - 1, 26)
        letters = chr(ord("A") + digit) + letters
    return letters


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Sheet:
    """Rows of cells: str (shared string), int (number), ("date", serial) or None (no cell)."""

    def __init__(self, name, rows, merges=()):
        self.name = name
        self.rows = rows
        self.merges = merges

    def xml(self, strings):
        out = []
        for r, row in enumerate(self.rows, start=1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{column_letter(c)}{r}"
                if value is None:
                    continue
                if isinstance(value, tuple):
                    cells.append(f'<c r="{ref}" s="1"><v>{value[1]}</v></c>')
                elif isinstance(value, int):
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                else:
                    if value not in strings:
                        strings.append(value)
                    cells.append(f'<c r="{ref}" t="s"><v>{strings.index(value)}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        merges = ""
        if self.merges:
            merges = (f'<mergeCells count="{len(self.merges)}">'
                      + "".join(f'<mergeCell ref="{m}"/>' for m in self.merges) + "</mergeCells>")
        return (DECL + f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(out)}</sheetData>'
                + merges + "</worksheet>")


def write_xlsx(name, sheets):
    strings = []
    sheet_xml = [sheet.xml(strings) for sheet in sheets]
    sst = (DECL + f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    styles = (DECL + f'<styleSheet xmlns="{MAIN}"><cellXfs count="2">'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>'
              "</cellXfs></styleSheet>")
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(len(sheets)))
    types = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/'
             'vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             + overrides + "</Types>")
    root_rels = (DECL + f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                 f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" '
                   f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
    n = len(sheets)
    rels += (f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" '
             'Target="sharedStrings.xml"/>'
             f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="styles.xml"/>')
    workbook_rels = DECL + f'<Relationships xmlns="{PKG}">{rels}</Relationships>'
    body = "".join(f'<sheet name="{escape(s.name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                   for i, s in enumerate(sheets))
    workbook = (DECL + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{body}</sheets>'
                "</workbook>")
    members = [("[Content_Types].xml", types), ("_rels/.rels", root_rels),
               ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbook_rels),
               ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)]
    members += [(f"xl/worksheets/sheet{i + 1}.xml", xml) for i, xml in enumerate(sheet_xml)]
    write_zip(name, members)


def make_applicants():
    """Journey 1, step 3: a title above the header, the region in one merged cell, a district
    written once for its rows, dates as date cells, one typed as text and one missing."""
    header = ["№", "Область", "Район", "Сельский округ", "ФИО акима", "В должности с"]
    rows = [["Список претендентов на участие в конкурсе «Үздік ауыл әкімі»"],
            ["по состоянию на 01.06.2024"], [], header]
    previous = None
    for n, (district, _, okrug, _, _, akim, since) in enumerate(APPLICANTS, start=1):
        if since is None:
            when = None
        elif n == 4:
            when = dotted(since)  # typed as text
        else:
            when = ("date", serial(since))
        rows.append([n, REGION_RU if n == 1 else None,
                     None if district == previous else district, okrug, akim, when])
        previous = district
    last = 4 + len(APPLICANTS)
    reserve = [header] + [[n, REGION_RU, d, o, a, w]
                          for n, (d, o, a, w) in enumerate(RESERVE, start=1)]
    write_xlsx("applicants.xlsx", [Sheet("Претенденты", rows, merges=(f"B5:B{last}",)),
                                   Sheet("Резерв", reserve)])


def make_kazakh():
    """The same applicants from a Kazakh-language HR department: Kazakh headers and place
    names, KATO codes, dates as text; UTF-8 with a BOM and semicolons, as Excel saves it."""
    rows = [["Облыс", "Аудан", "Ауылдық округ", "Әкімнің аты-жөні", "КАТО", "Лауазымда"]]
    for _, district, _, okrug, kato, akim, since in APPLICANTS:
        rows.append([REGION_KK, district, okrug, akim, kato, dotted(since)])
    write_csv("kazakh.csv", rows)


def make_english():
    """English headers, comma-separated, no BOM; Russian names and KATO codes."""
    rows = [["Region", "District", "Rural okrug", "Full name", "KATO", "In office since"],
            ["Акмолинская область", "Кокшетау Г.А.", "Красноярский с.о.", "Иванов Пётр Сергеевич",
             "111033000", "2020-05-04"],
            ["Акмолинская область", "Кокшетау Г.А.", "Станционная п.а.", "Ким Ольга Викторовна",
             "111037000", ""],
            ["Акмолинская область", "Косшы Г.А.", "с.а.Тайтобе", "Сәрсенов Бауыржан Ерланұлы",
             "111633000", "44000"]]
    write_csv("english.csv", rows, delimiter=",", bom=False)


def make_problem_files():
    header = ["Область", "Район", "Сельский округ", "Аким", "КАТО", "В должности с"]
    write_csv("unknown-region.csv", [
        header,
        [REGION_RU, "Аральский район", "Куландинский с.о.", "Жұмабаев Нұрлан Қайратұлы", "", ""],
        ["Семипалатинская область", "Бородулихинский район", "Бель-Агачский с.о.",
         "Петров Иван Ильич", "", ""],
        [REGION_RU, "Шиелийский район", "Жуантобинский с.о.", "Хасенова Меруерт Ғабитқызы", "",
         ""]])
    # Row 4 names the okrug of row 2 again, in Kazakh, with another akim.
    write_csv("duplicate-okrug.csv", [
        header,
        [REGION_RU, "Кызылорда Г.А.", "Акжарминский с.о.", "Әбілқасымов Ержан Серікұлы", "", ""],
        [REGION_RU, "Аральский район", "Аралкумский с.о.", "Төлегенова Гүлнар Маратқызы", "", ""],
        [REGION_RU, "Кызылорда Г.А.", "Ақжарма ауылдық округі", "Иманбаев Серік Болатұлы", "",
         ""]])
    # One problem per row, each in its own column.
    write_csv("problems.csv", [
        header,
        [REGION_RU, "Аральский район", "Куландинский с.о.", "", "", ""],                # D2
        [REGION_RU, "Аральский район", "Аралкумский с.о.", "Төлегенова Г.М.", "", "31.02.2020"],  # F3
        [REGION_RU, "Аральский район", "Бекбауылский с.о.", "Омаров Б.", "4332", ""],   # E4
        [REGION_RU, "Шиелийский район", "Жуантобинский с.о.", "Хасенова М.", "", "01.01.2099"],  # F5
        [REGION_RU, "Шиелі ауданы", "?ызылкумский с.о.", "Нұрпейісова Л.", "", ""],     # C6
        [REGION_RU, "Аральский район", "", "Сейітов А.", "", ""],                       # C7
        [REGION_RU, "Сырдарьинский район", "Айдарлинский с.о.", "Сәрсенбаева Д.", "111033000",
         ""],                                                                            # E8
        [REGION_RU, "Сырдарьинский район", "Инкардарьинский с.о.", "Әмірхан Б.", "",
         "2019"]])                                                                       # F9
    # Two columns that both look like the akim's name: the mapping says which one it is.
    write_csv("ambiguous.csv", [
        ["Область", "Район", "Сельский округ", "ФИО", "Аким (прежний)"],
        [REGION_RU, "Аральский район", "Куландинский с.о.", "Жұмабаев Нұрлан Қайратұлы",
         "Сапаров Қанат"]])
    write("ambiguous.json",
          '{\n  "columns": [\n    {"header": "ФИО", "role": "full_name"}\n  ]\n}\n'.encode())
    # No region column: the mapping gives it, and names the okrug column by its letter.
    write_csv("no-region.csv", [
        ["Аудан", "Округ атауы", "Аты-жөні"],
        ["Қармақшы ауданы", "Ақтөбе а.о.", "Бекмұхамбетов Ғалым Жеңісұлы"]])
    write("no-region.json",
          ('{\n  "region": "Қызылорда облысы",\n'
           '  "columns": [{"letter": "B", "role": "okrug"}]\n}\n').encode())
    write_csv("header-only.csv", [header])
    write("bad-role.json",
          '{"columns": [{"header": "ФИО", "role": "mayor"}]}\n'.encode())


def main():
    make_applicants()
    make_kazakh()
    make_english()
    make_problem_files()


if __name__ == "__main__":
    main()
