#!/usr/bin/env python3
"""Writes the golden XLSX and ODS files of tst_xlsxreader and tst_odsreader.

Every XML part is written by hand, byte for byte, so that each file shows exactly one quirk of
real exports (see "Survey-export facts" in DESIGN.md). Only the standard library is used.
Run from anywhere: python3 tests/data/make_spreadsheets.py
"""

import os
import random
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
XLSX_DIR = os.path.join(HERE, "xlsx")
ODS_DIR = os.path.join(HERE, "ods")

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FIXED_TIME = (2024, 6, 1, 12, 0, 0)


def write_zip(path, members):
    """members: list of (name, str | bytes[, compression]). Stable bytes: fixed timestamps."""
    with zipfile.ZipFile(path, "w") as z:
        for member in members:
            name, data = member[0], member[1]
            compression = member[2] if len(member) > 2 else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# --- XLSX ----------------------------------------------------------------------------------------


def content_types(sheet_parts=("xl/worksheets/sheet1.xml",)):
    overrides = "".join(
        f'<Override PartName="/{p}" ContentType="application/'
        f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for p in sheet_parts)
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + overrides + '</Types>')


def root_rels(rel_ns=REL):
    return (DECL + f'<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{rel_ns}/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')


def workbook_rels(rels, rel_ns=REL):
    """rels: list of (id, kind, target)."""
    body = "".join(f'<Relationship Id="{i}" Type="{rel_ns}/{k}" Target="{t}"/>'
                   for i, k, t in rels)
    return DECL + f'<Relationships xmlns="{PKG}">{body}</Relationships>'


def workbook(sheets, pr="", main=MAIN, rel_ns=REL):
    """sheets: list of (name, rId)."""
    body = "".join(f'<sheet name="{n}" sheetId="{k + 1}" r:id="{r}"/>'
                   for k, (n, r) in enumerate(sheets))
    return (DECL + f'<workbook xmlns="{main}" xmlns:r="{rel_ns}">{pr}'
            f'<sheets>{body}</sheets></workbook>')


def worksheet(rows_xml, main=MAIN, extra=""):
    return DECL + f'<worksheet xmlns="{main}"><sheetData>{rows_xml}</sheetData>{extra}</worksheet>'


def sst(items, main=MAIN):
    """items: list of raw <si> inner XML strings."""
    body = "".join(f"<si>{i}</si>" for i in items)
    return (DECL + f'<sst xmlns="{main}" count="{len(items)}" uniqueCount="{len(items)}">'
            f'{body}</sst>')


def styles(num_fmts, xf_ids, main=MAIN, extra_before="", extra_after=""):
    fmts = "".join(f'<numFmt numFmtId="{i}" formatCode="{c}"/>' for i, c in num_fmts)
    xfs = "".join(f'<xf numFmtId="{i}" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                  for i in xf_ids)
    return (DECL + f'<styleSheet xmlns="{main}">'
            + (f'<numFmts count="{len(num_fmts)}">{fmts}</numFmts>' if num_fmts else "")
            + extra_before + f'<cellXfs count="{len(xf_ids)}">{xfs}</cellXfs>' + extra_after
            + '</styleSheet>')


def simple_xlsx(path, sheet_xml, shared=None, style_xml=None, pr="", sheet_name="Sheet1"):
    rels = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    if shared is not None:
        rels.append(("rId2", "sharedStrings", "sharedStrings.xml"))
    if style_xml is not None:
        rels.append(("rId3", "styles", "styles.xml"))
    members = [("[Content_Types].xml", content_types()), ("_rels/.rels", root_rels()),
               ("xl/workbook.xml", workbook([(sheet_name, "rId1")], pr)),
               ("xl/_rels/workbook.xml.rels", workbook_rels(rels)),
               ("xl/worksheets/sheet1.xml", sheet_xml)]
    if shared is not None:
        members.append(("xl/sharedStrings.xml", shared))
    if style_xml is not None:
        members.append(("xl/styles.xml", style_xml))
    write_zip(path, members)


def make_types():
    shared = sst([
        "<t>Plain</t>",
        '<r><t xml:space="preserve">Rich </t></r><r><rPr><b/></rPr><t>text</t></r>',
        '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/>',
        "<t>Line_x000D__x000A_Break</t>",
        "<t>_x005F_x000D_</t>",
        "<t>  spaced\n  </t>",
        '<t xml:space="preserve">  kept  </t>',
        "<t>Қызылорда облысы</t>",
        "<t/>",
    ])
    style_xml = styles(
        [(164, "dd.mm.yyyy hh:mm"), (165, '0.00&quot; days&quot;'), (166, "[Red]0.00"),
         (167, "[h]:mm:ss"), (168, "yyyy\\-mm\\-dd"), (169, "[$-409]mmmm d, yyyy;@"),
         (170, '#,##0\\ &quot;сом&quot;'), (171, "mm:ss")],
        [0, 14, 22, 164, 165, 166, 167, 168, 2, 169, 20, 170, 171, 172],
        extra_before='<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>',
        extra_after='<dxfs count="1"><dxf><numFmt numFmtId="172" formatCode="yyyy"/></dxf></dxfs>')
    row1 = "".join(f'<c r="{c}1" t="s"><v>{i}</v></c>' for i, c in enumerate("ABCDEFGHI"))
    row2 = ('<c r="A2"><v>42</v></c>'
            '<c r="B2" t="n"><v>-1.5E-3</v></c>'
            '<c r="C2" t="b"><v>1</v></c>'
            '<c r="D2" t="b"><v>0</v></c>'
            '<c r="E2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>'
            '<c r="F2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
            '<c r="G2"><f>A2*2</f><v>84</v></c>'
            '<c r="H2" t="inlineStr"><is><t>Inline</t></is></c>'
            '<c r="I2" t="inlineStr"><is><r><t xml:space="preserve">Ауыл </t></r>'
            '<r><rPr><b/></rPr><t>әкімі</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>'
            '<c r="J2"><f>K2+1</f></c>'
            '<c r="K2" s="1"/>'
            '<c r="L2"><v>7</v></c>')
    row3_cells = [("A", 1, "45444"), ("B", 2, "45444.4375"), ("C", 3, "45444.541666666664"),
                  ("D", 4, "3"), ("E", 5, "2.5"), ("F", 6, "1.5"), ("G", 7, "45444"),
                  ("H", 8, "45444"), ("I", 9, "1"), ("J", 10, "0.75"), ("K", 11, "100"),
                  ("L", 13, "2024"), ("M", 1, "60"), ("N", 1, "61"), ("O", 1, "59"),
                  ("P", 1, "45444.25")]
    row3 = "".join(f'<c r="{c}3" s="{st}"><v>{v}</v></c>' for c, st, v in row3_cells)
    row3 += ('<c r="Q3" t="d"><v>2024-06-01</v></c>'
             '<c r="R3" t="d"><v>2024-06-01T10:30:00</v></c>'
             '<c r="S3" s="1"><v>-5</v></c>'
             '<c r="T3" s="1" t="s"><v>0</v></c>'
             '<c r="U3" s="12"><v>0.5</v></c>')
    row4 = '<c r="A4" s="99"><v>5</v></c>'
    sheet_xml = worksheet(f'<row r="1">{row1}</row><row r="2">{row2}</row>'
                          f'<row r="3">{row3}</row><row r="4">{row4}</row>')
    simple_xlsx(os.path.join(XLSX_DIR, "types.xlsx"), sheet_xml, shared, style_xml,
                sheet_name="Types")


def make_date1904():
    style_xml = styles([], [0, 14, 22])
    sheet_xml = worksheet('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43982</v></c>'
                          '<c r="C1" s="2"><v>43982.5</v></c><c r="D1"><v>43982</v></c></row>')
    simple_xlsx(os.path.join(XLSX_DIR, "date1904.xlsx"), sheet_xml, None, style_xml,
                pr='<workbookPr date1904="1"/>')


def make_sparse():
    rows = ('<row r="2"><c r="B2"><v>1</v></c><c r="E2"><v>2</v></c></row>'
            '<row><c><v>3</v></c><c><v>4</v></c></row>'
            '<row r="6"><c r="C6" t="inlineStr"><is><t>x</t></is></c><c><v>5</v></c></row>'
            '<row r="7"><c r="A7" s="0"/></row>'
            '<row r="8" spans="1:3"><c r="A8"><v>8</v></c></row>'
            '<row><c r="C9"><v>1</v></c><c><v>2</v></c></row>'
            '<row r="12"/>'
            '<row r="13"><c r="B13" s="0"/></row>')
    simple_xlsx(os.path.join(XLSX_DIR, "sparse.xlsx"), worksheet(rows))


def make_prefixed():
    bom = "\ufeff"
    wb = (bom + DECL + f'<x:workbook xmlns:x="{MAIN}" xmlns:r="{REL}"><x:sheets>'
          '<x:sheet name="Data" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>')
    sheet_xml = (bom + DECL + f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>'
                 '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>'
                 '<x:c r="B1" s="1"><x:v>45444</x:v></x:c></x:row></x:sheetData>'
                 '<x:extLst><x:ext uri="{00000000-0000-0000-0000-000000000000}">'
                 '<y:row xmlns:y="urn:example:other" r="5"><y:c r="A5"><y:v>9</y:v></y:c></y:row>'
                 '</x:ext></x:extLst></x:worksheet>')
    shared = (bom + DECL + f'<x:sst xmlns:x="{MAIN}" count="1" uniqueCount="1">'
              '<x:si><x:t>Prefixed</x:t></x:si></x:sst>')
    style_xml = (bom + DECL + f'<x:styleSheet xmlns:x="{MAIN}"><x:cellXfs count="2">'
                 '<x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>')
    rels = workbook_rels([("rId1", "worksheet", "worksheets/sheet1.xml"),
                          ("rId2", "sharedStrings", "sharedStrings.xml"),
                          ("rId3", "styles", "styles.xml")])
    write_zip(os.path.join(XLSX_DIR, "prefixed.xlsx"),
              [("[Content_Types].xml", content_types()), ("_rels/.rels", bom + root_rels()),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", bom + rels),
               ("xl/worksheets/sheet1.xml", sheet_xml), ("xl/sharedStrings.xml", shared),
               ("xl/styles.xml", style_xml)])


def make_scoped():
    # Namespace declarations below the root: a prefix bound on one row only, and a row that
    # rebinds the default namespace to something else (so it is not a row of the sheet).
    rows = ('<row r="1"><c r="A1"><v>1</v></c></row>'
            f'<row r="2" xmlns:m="{MAIN}"><m:c r="A2"><m:v>2</m:v></m:c></row>'
            '<row r="3" xmlns="urn:example:other"><c r="A3"><v>3</v></c></row>'
            '<row r="4"><c r="A4"><v>4</v></c></row>')
    simple_xlsx(os.path.join(XLSX_DIR, "scoped.xlsx"), worksheet(rows))


def make_wide_rows():
    # 12 rows of 16,384 cells each: more than the reader queues at once, so parsing pauses.
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="XFD{r}"><v>{r}</v></c></row>'
                   for r in range(1, 13))
    simple_xlsx(os.path.join(XLSX_DIR, "widerows.xlsx"), worksheet(rows))


def make_utf16():
    def utf16le(text):
        return b"\xff\xfe" + text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le")

    def utf16be(text):
        return b"\xfe\xff" + text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-be")

    sheet_xml = worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
                          '<c r="C1"><v>5</v></c></row>')
    write_zip(os.path.join(XLSX_DIR, "utf16.xlsx"),
              [("[Content_Types].xml", content_types()), ("_rels/.rels", utf16be(root_rels())),
               ("xl/workbook.xml", utf16le(workbook([("Сауалнама", "rId1")]))),
               ("xl/_rels/workbook.xml.rels",
                utf16le(workbook_rels([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                       ("rId2", "sharedStrings", "sharedStrings.xml"),
                                       ("rId3", "styles", "styles.xml")]))),
               ("xl/worksheets/sheet1.xml", utf16le(sheet_xml)),
               ("xl/sharedStrings.xml", utf16be(sst(["<t>Әкім</t>", "<t>Ответ</t>"]))),
               ("xl/styles.xml", utf16le(styles([], [0])))])


def make_strict():
    sheet_xml = worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45444</v></c>'
                          '<c r="C1" t="b"><v>1</v></c></row>', main=STRICT_MAIN)
    write_zip(os.path.join(XLSX_DIR, "strict.xlsx"),
              [("[Content_Types].xml", content_types()),
               ("_rels/.rels", root_rels(STRICT_REL)),
               ("xl/workbook.xml", workbook([("Strict", "rId1")], '<workbookPr date1904="false"/>',
                                            STRICT_MAIN, STRICT_REL)),
               ("xl/_rels/workbook.xml.rels",
                workbook_rels([("rId1", "worksheet", "worksheets/sheet1.xml"),
                               ("rId2", "sharedStrings", "sharedStrings.xml"),
                               ("rId3", "styles", "styles.xml")], STRICT_REL)),
               ("xl/worksheets/sheet1.xml", sheet_xml),
               ("xl/sharedStrings.xml", sst(["<t>Strict text</t>"], STRICT_MAIN)),
               ("xl/styles.xml", styles([], [0, 14], STRICT_MAIN))])


def make_minimal():
    # No sharedStrings.xml, no styles.xml, and not even _rels/.rels: the workbook is found where
    # it usually is.
    sheet_xml = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Only inline</t></is></c>'
                          '<c r="B1" s="1"><v>12.5</v></c><c r="C1" t="b"><v>0</v></c></row>')
    write_zip(os.path.join(XLSX_DIR, "minimal.xlsx"),
              [("xl/workbook.xml", workbook([("Minimal", "rId1")])),
               ("xl/_rels/workbook.xml.rels",
                workbook_rels([("rId1", "worksheet", "worksheets/sheet1.xml")])),
               ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_progress():
    # Large enough (tens of KB compressed) that streaming shows in progress(): the first row is
    # available long before the member has been inflated.
    rng = random.Random(7)
    rows = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{c}{r}"><v>{rng.randint(1, 5)}</v></c>' for c in "ABCDEF")
        + f'<c r="G{r}"><v>{rng.randint(0, 9999) / 100}</v></c></row>' for r in range(1, 3001))
    simple_xlsx(os.path.join(XLSX_DIR, "progress.xlsx"), worksheet(rows))


def make_multisheet():
    def inline_row(r, values):
        cells = []
        for k, v in enumerate(values):
            ref = f"{'ABCDEFGH'[k]}{r}"
            if isinstance(v, str):
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}" s="{v[0]}"><v>{v[1]}</v></c>')
        return f'<row r="{r}">{"".join(cells)}</row>'

    intro = worksheet(inline_row(1, ["Read me"]))
    answers = worksheet(inline_row(1, ["Уақыт", "Округ", "S1"])
                        + inline_row(2, [(1, "45444.4375"), "Қараауыл а.о.", (0, "5")]))
    notes = worksheet(inline_row(1, ["notes"]))
    chart = (DECL + f'<chartsheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetViews><sheetView '
             'workbookViewId="0"/></sheetViews></chartsheet>')
    # The first tab is sheet2.xml and the data tab sheet1.xml: names decide, not file names.
    write_zip(os.path.join(XLSX_DIR, "multisheet.xlsx"),
              [("[Content_Types].xml", content_types()), ("_rels/.rels", root_rels()),
               ("xl/workbook.xml",
                workbook([("Intro", "rId3"), ("Жауаптар", "rId1"), ("Chart", "rId4"),
                          ("Notes", "rId2")])),
               ("xl/_rels/workbook.xml.rels",
                workbook_rels([("rId1", "worksheet", "worksheets/sheet1.xml"),
                               ("rId2", "worksheet", "/xl/worksheets/notes.xml"),
                               ("rId3", "worksheet", "./worksheets/../worksheets/sheet2.xml"),
                               ("rId4", "chartsheet", "chartsheets/sheet1.xml"),
                               ("rId5", "styles", "styles.xml")])),
               ("xl/worksheets/sheet1.xml", answers), ("xl/worksheets/sheet2.xml", intro),
               ("xl/worksheets/notes.xml", notes), ("xl/chartsheets/sheet1.xml", chart),
               ("xl/styles.xml", styles([], [0, 22]))])


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          + "".join(f'<!ENTITY lol{k} "' + f"&lol{k - 1};" * 10 + '">' for k in range(2, 10))
          + ']>')


def make_hostile():
    # Truncated: the first 60 % of a good file, so the central directory is gone.
    with open(os.path.join(XLSX_DIR, "types.xlsx"), "rb") as fh:
        good = fh.read()
    with open(os.path.join(XLSX_DIR, "truncated.xlsx"), "wb") as fh:
        fh.write(good[: len(good) * 6 // 10])

    # A zip bomb: the sheet inflates to 5 MB (of '0' characters inside a comment) from a few KB.
    padding = "<!--" + "0" * (5 * 1024 * 1024) + "-->"
    bomb_sheet = worksheet('<row r="1"><c r="A1"><v>1</v></c></row>' + padding)
    simple_xlsx(os.path.join(XLSX_DIR, "zipbomb.xlsx"), bomb_sheet)

    # The same bomb whose zip directory understates the inflated size.
    path = os.path.join(XLSX_DIR, "zipbomb_lying.xlsx")
    simple_xlsx(path, bomb_sheet)
    with open(path, "rb") as fh:
        data = bytearray(fh.read())
    name = b"xl/worksheets/sheet1.xml"
    real = len(bomb_sheet.encode("utf-8"))
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while True:
            at = data.find(signature, start)
            if at < 0:
                break
            start = at + 4
            name_offset = 30 if signature == b"PK\x03\x04" else 46
            if data[at + name_offset: at + name_offset + len(name)] == name:
                assert struct.unpack_from("<I", data, at + size_offset)[0] == real
                struct.pack_into("<I", data, at + size_offset, 1000)
    with open(path, "wb") as fh:
        fh.write(data)

    # Billion laughs in the sheet and in the shared strings; a harmless DTD in the workbook.
    simple_xlsx(os.path.join(XLSX_DIR, "laughs_sheet.xlsx"),
                DECL + LAUGHS + f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" '
                't="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    simple_xlsx(os.path.join(XLSX_DIR, "laughs_sst.xlsx"),
                worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                DECL + LAUGHS + f'<sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>')
    path = os.path.join(XLSX_DIR, "doctype_workbook.xlsx")
    simple_xlsx(path, worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'))
    with zipfile.ZipFile(path) as z:
        parts = [(n, z.read(n)) for n in z.namelist()]
    parts = [(n, d if n != "xl/workbook.xml" else d.replace(
        b"<workbook ", b'<!DOCTYPE workbook [<!ENTITY x "y">]><workbook ', 1)) for n, d in parts]
    write_zip(path, parts)

    rng = random.Random(42)
    with open(os.path.join(XLSX_DIR, "garbage.xlsx"), "wb") as fh:
        fh.write(bytes(rng.getrandbits(8) for _ in range(4096)))
    write_zip(os.path.join(XLSX_DIR, "empty.xlsx"), [])

    simple_xlsx(os.path.join(XLSX_DIR, "wide.xlsx"),
                worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'
                          '<row r="2"><c r="XFD2"><v>2</v></c></row>'
                          '<row r="3"><c r="A3"><v>3</v></c><c r="XFE3"><v>4</v></c></row>'))
    simple_xlsx(os.path.join(XLSX_DIR, "farrow.xlsx"),
                worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'
                          '<row r="20000000"><c r="A20000000"><v>2</v></c></row>'))
    simple_xlsx(os.path.join(XLSX_DIR, "badsst.xlsx"),
                worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                          '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>5</v></c></row>'),
                sst(["<t>only one</t>"]))


# --- ODS -----------------------------------------------------------------------------------------

ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')
SPREADSHEET_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def manifest(mime=SPREADSHEET_MIME):
    return (DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0" manifest:version="1.3">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def content(tables_xml, body="spreadsheet", prolog=""):
    return (DECL + prolog + f'<office:document-content {ODS_NS} office:version="1.3">'
            '<office:automatic-styles><style:style style:name="ce1" style:family="table-cell"/>'
            f'</office:automatic-styles><office:body><office:{body}>{tables_xml}'
            f'</office:{body}></office:body></office:document-content>')


def table(name, rows_xml):
    return (f'<table:table table:name="{name}"><table:table-column '
            f'table:number-columns-repeated="5"/>{rows_xml}</table:table>')


def s(text):
    return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def f(value, display=None):
    return (f'<table:table-cell office:value-type="float" office:value="{value}">'
            f'<text:p>{display if display is not None else value}</text:p></table:table-cell>')


def row(cells, attrs=""):
    return f'<table:table-row{attrs}>{cells}</table:table-row>'


TRAILING_ROWS = ('<table:table-row table:number-rows-repeated="1048000">'
                 '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')


def ods(path, content_xml, mime=SPREADSHEET_MIME, with_mimetype=True):
    members = [("mimetype", mime, zipfile.ZIP_STORED)] if with_mimetype else []
    members += [("META-INF/manifest.xml", manifest(mime)), ("content.xml", content_xml)]
    write_zip(path, members)


def make_ods():
    answers = (
        '<table:table-header-rows>'
        + row(s("Уақыт") + s("Округ") + s("S1") + s("S2") + s("Пікір"))
        + '</table:table-header-rows>'
        + row('<table:table-cell office:value-type="date" office:date-value="2024-06-01T10:30:00">'
              '<text:p>01.06.2024 10:30</text:p></table:table-cell>'
              + s("Қараауыл а.о.")
              + '<table:table-cell office:value-type="float" office:value="4">'
              '<office:annotation><dc:creator>Secretary</dc:creator><text:p>checked</text:p>'
              '</office:annotation><text:p>4</text:p></table:table-cell>'
              + '<table:table-cell office:value-type="percentage" office:value="0.25">'
              '<text:p>25%</text:p></table:table-cell>'
              + '<table:table-cell office:value-type="string"><text:p>Жол <text:span '
              'text:style-name="T1">жөндеу</text:span><text:s text:c="2"/>керек</text:p>'
              '<text:p>a<text:tab/>b<text:line-break/>c</text:p></table:table-cell>')
        + row('<table:table-cell office:value-type="date" office:date-value="2024-06-02">'
              '<text:p>02.06.2024</text:p></table:table-cell>'
              + '<table:table-cell office:value-type="currency" office:currency="KZT" '
              'office:value="1500.5"><text:p>1 500,50 ₸</text:p></table:table-cell>'
              + '<table:table-cell office:value-type="boolean" office:boolean-value="true">'
              '<text:p>TRUE</text:p></table:table-cell>'
              + '<table:table-cell table:number-columns-spanned="2" office:value-type="string">'
              '<text:p>merged</text:p></table:table-cell><table:covered-table-cell/>'
              + f("3"))
        + row(s("same") + '<table:table-cell table:number-columns-repeated="2" '
              'office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>',
              ' table:number-rows-repeated="3"')
        + row('<table:table-cell table:number-columns-repeated="5"/>',
              ' table:number-rows-repeated="2"')
        + row('<table:table-cell table:number-columns-repeated="3"/>' + f("9")
              + '<table:table-cell table:number-columns-repeated="16380"/>')
        + row('<table:table-cell office:value-type="string"><text:p>  many   spaces\n here '
              '</text:p></table:table-cell>'
              + '<table:table-cell office:value-type="string" office:string-value="attr wins">'
              '<text:p>display</text:p></table:table-cell>'
              + '<table:table-cell office:value-type="time" office:time-value="PT10H30M00S">'
              '<text:p>10:30</text:p></table:table-cell>'
              + '<table:table-cell office:value-type="boolean" office:boolean-value="false">'
              '<text:p>FALSE</text:p></table:table-cell>'
              + '<table:table-cell office:value-type="float" office:value="-2.5E-1" '
              'calcext:value-type="float"><text:p>-0,25</text:p></table:table-cell>'
              + '<table:table-cell table:style-name="ce1"/>'
              + '<table:table-cell><text:p>untyped</text:p></table:table-cell>')
        + TRAILING_ROWS)
    tables = (table("Intro", row(s("Read me")))
              + table("Жауаптар", answers)
              + table("Notes", row(s("x"))))
    ods(os.path.join(ODS_DIR, "basic.ods"), content(tables))
    ods(os.path.join(ODS_DIR, "nomimetype.ods"), content(table("Only", row(s("fine")))),
        with_mimetype=False)

    trailing = row(s("data") + f("1") + '<table:table-cell table:number-columns-repeated="16382"/>')
    ods(os.path.join(ODS_DIR, "trailing.ods"), content(table("Sheet1", trailing + TRAILING_ROWS)))

    huge_rows = row(s("header")) + row(s("same"), ' table:number-rows-repeated="1000000"')
    ods(os.path.join(ODS_DIR, "hugerepeat.ods"), content(table("Sheet1", huge_rows)))

    huge_cols = row(s("header")) + row(
        '<table:table-cell table:number-columns-repeated="100000" office:value-type="float" '
        'office:value="1"><text:p>1</text:p></table:table-cell>')
    ods(os.path.join(ODS_DIR, "hugecols.ods"), content(table("Sheet1", huge_cols)))

    laughs = content(table("Sheet1", row(s("&lol9;"))), prolog=LAUGHS.replace("lolz", "x"))
    ods(os.path.join(ODS_DIR, "laughs.ods"), laughs)

    # Unusual prefixes, markup inside a comment, a CDATA section and a processing instruction
    # that the sheet listing must not mistake for tables, and an entity in a sheet name.
    unusual = (DECL + '<o:document-content '
               'xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:x="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1.0" o:version="1.3">'
               '<o:body><o:spreadsheet>'
               '<!-- <t:table t:name="in a comment"> -->'
               '<?app <t:table t:name="in an instruction">?>'
               '<t:table t:name="A &amp; B"><t:table-row>'
               '<t:table-cell o:value-type="string"><x:p><![CDATA[<t:table t:name="fake">]]></x:p>'
               '</t:table-cell><t:table-cell o:value-type="float" o:value="2"><x:p>2</x:p>'
               '</t:table-cell></t:table-row></t:table>'
               "<t:table t:name='Second'><t:table-row><t:table-cell o:value-type=\"string\">"
               '<x:p>second</x:p></t:table-cell></t:table-row></t:table>'
               '</o:spreadsheet></o:body></o:document-content>')
    ods(os.path.join(ODS_DIR, "prefixes.ods"), unusual)

    # A table whose prefix is declared below the root: the quick listing cannot see it, and the
    # reader must say so instead of reading the wrong table.
    rebound = content(table("First", row(s("first")))
                      + '<q:table xmlns:q="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                      'q:name="Hidden"><q:table-row><q:table-cell office:value-type="string">'
                      '<text:p>hidden</text:p></q:table-cell></q:table-row></q:table>'
                      + table("Last", row(s("last"))))
    ods(os.path.join(ODS_DIR, "rebound.ods"), rebound)

    # content.xml in UTF-16: listed by expat instead of the byte scanner.
    utf16 = content(table("Сауалнама", row(s("Әкім") + f("5"))))
    utf16 = b"\xff\xfe" + utf16.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le")
    ods(os.path.join(ODS_DIR, "utf16.ods"), utf16)

    # Rows of 16,384 cells (a repeated value up to the last column): more than the reader
    # queues at once, so parsing pauses between rows.
    wide = "".join(row(s(f"row {r}") + '<table:table-cell table:number-columns-repeated="16383" '
                       f'office:value-type="float" office:value="{r}"><text:p>{r}</text:p>'
                       '</table:table-cell>') for r in range(1, 9))
    ods(os.path.join(ODS_DIR, "widerows.ods"), content(table("Wide", wide)))

    text_doc = content("<text:p>Not a table</text:p>", body="text")
    ods(os.path.join(ODS_DIR, "wrongmime.ods"), text_doc,
        mime="application/vnd.oasis.opendocument.text")


def main():
    os.makedirs(XLSX_DIR, exist_ok=True)
    os.makedirs(ODS_DIR, exist_ok=True)
    make_types()
    make_date1904()
    make_sparse()
    make_prefixed()
    make_utf16()
    make_strict()
    make_minimal()
    make_multisheet()
    make_progress()
    make_scoped()
    make_wide_rows()
    make_hostile()
    make_ods()


if __name__ == "__main__":
    main()
