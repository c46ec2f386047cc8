#!/usr/bin/env python3
"""Writes the legacy Excel (.xls, BIFF8) golden files of tests/data/xls.

Neither xlwt nor LibreOffice is available where the tests are built, so this is a small writer of
its own: an OLE2 compound file (512-byte sectors, one FAT sector, no mini stream) holding a
"Workbook" stream of BIFF8 records. It writes only what the tests need, and some files are broken
on purpose. Run it from any directory; the files are written next to this script.
"""

import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
SECTOR = 512

# BIFF8 record types
BOF, EOF, CODEPAGE, DATEMODE, FILEPASS = 0x0809, 0x000A, 0x0042, 0x0022, 0x002F
FORMAT, XF, BOUNDSHEET, SST, DIMENSION = 0x041E, 0x00E0, 0x0085, 0x00FC, 0x0200
NUMBER, RK, MULRK, LABEL, LABELSST, BOOLERR, BLANK = (
    0x0203, 0x027E, 0x00BD, 0x0204, 0x00FD, 0x0205, 0x0201)

# Cell formats (XF indexes): the 16 style XFs come first, as Excel writes them.
XF_GENERAL, XF_DATE, XF_DATETIME, XF_TIME, XF_CUSTOM_DT, XF_NUMBER = 15, 16, 17, 18, 19, 20
XF_FORMATS = [0] * 15 + [0, 14, 22, 20, 164, 2]


def record(rtype, body=b""):
    return struct.pack("<HH", rtype, len(body)) + body


def unicode_string(text, length_bytes=2):
    """An XLUnicodeString: character count, a flags byte (1: UTF-16LE), the characters."""
    data = text.encode("utf-16-le")
    count = struct.pack("<H" if length_bytes == 2 else "<B", len(data) // 2)
    return count + b"\x01" + data


def rk_value(value):
    """The RK encoding of `value`, or None when it has none."""
    if isinstance(value, int) and -(1 << 29) <= value < (1 << 29):
        return ((value << 2) | 0x02) & 0xFFFFFFFF
    raw = struct.pack("<d", float(value))
    high = struct.unpack("<I", raw[4:])[0]
    # The two lowest bits are the RK flags, so they and the whole low word must be zero.
    if raw[:4] == b"\x00\x00\x00\x00" and high & 0x03 == 0:
        return high
    return None


class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = []  # (row, col, kind, value, xf)
        self.dimension = None  # override: (rows, cols)

    def put(self, row, col, value, xf=XF_GENERAL, kind=None):
        if kind is None:
            kind = "str" if isinstance(value, str) else "num"
        self.cells.append((row, col, kind, value, xf))

    def rows(self, table, first_row=0):
        for r, values in enumerate(table):
            for c, value in enumerate(values):
                if value is not None:
                    self.put(first_row + r, c, value)


def sheet_stream(sheet, sst_index):
    body = record(BOF, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 0x06))
    if sheet.cells:
        rows = max(c[0] for c in sheet.cells) + 1
        cols = max(c[1] for c in sheet.cells) + 1
    else:
        rows = cols = 0
    if sheet.dimension:
        rows, cols = sheet.dimension
    body += record(DIMENSION, struct.pack("<IIHHH", 0, rows, 0, cols, 0))
    for row, col, kind, value, xf in sorted(sheet.cells, key=lambda c: (c[0], c[1])):
        head = struct.pack("<HHH", row, col, xf)
        if kind == "str":
            body += record(LABELSST, head + struct.pack("<I", sst_index[value]))
        elif kind == "label":
            body += record(LABEL, head + unicode_string(value))
        elif kind == "bool":
            body += record(BOOLERR, head + struct.pack("<BB", 1 if value else 0, 0))
        elif kind == "blank":
            body += record(BLANK, head)
        elif kind == "mulrk":
            # value: the numbers of consecutive columns starting at `col`
            cells = b"".join(struct.pack("<HI", xf, rk_value(v)) for v in value)
            body += record(MULRK, struct.pack("<HH", row, col) + cells +
                           struct.pack("<H", col + len(value) - 1))
        elif kind == "num" and rk_value(value) is not None:
            body += record(RK, head + struct.pack("<I", rk_value(value)))
        else:
            body += record(NUMBER, head + struct.pack("<d", float(value)))
    return body + record(EOF)


def workbook_stream(sheets, date1904=False, password=False):
    strings = []
    for sheet in sheets:
        for _, _, kind, value, _ in sheet.cells:
            if kind == "str" and value not in strings:
                strings.append(value)
    sst_index = {s: i for i, s in enumerate(strings)}
    total = sum(1 for sh in sheets for c in sh.cells if c[2] == "str")

    globals_ = record(BOF, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x06))
    if password:
        # RC4 encryption header: what Excel writes before every other record of a protected file.
        globals_ += record(FILEPASS, struct.pack("<HHH", 1, 1, 1) + bytes(48))
    globals_ += record(CODEPAGE, struct.pack("<H", 1200))
    globals_ += record(DATEMODE, struct.pack("<H", 1 if date1904 else 0))
    fmt = "dd.mm.yyyy hh:mm"
    globals_ += record(FORMAT, struct.pack("<H", 164) + unicode_string(fmt))
    for ifmt in XF_FORMATS:
        globals_ += record(XF, struct.pack("<HH", 0, ifmt) + bytes(16))
    sst = struct.pack("<II", total, len(strings)) + b"".join(unicode_string(s) for s in strings)
    tail = record(SST, sst) + record(EOF)

    streams = [sheet_stream(sheet, sst_index) for sheet in sheets]
    bounds_len = sum(len(record(BOUNDSHEET, bytes(6) + unicode_string(sh.name, 1)))
                     for sh in sheets)
    offset = len(globals_) + bounds_len + len(tail)
    bounds = b""
    for sheet, stream in zip(sheets, streams):
        bounds += record(BOUNDSHEET, struct.pack("<IBB", offset, 0, 0) +
                         unicode_string(sheet.name, 1))
        offset += len(stream)
    data = globals_ + bounds + tail + b"".join(streams)
    # Streams under 4096 bytes belong in the mini stream; padding with zeros (which FreeXL and
    # Excel read as the end) keeps this writer to the regular FAT.
    return data + bytes(max(0, 4096 - len(data)))


def compound_file(stream, stream_name="Workbook"):
    """An OLE2 compound file: header, FAT in sector 0, the stream, the directory last."""
    n = (len(stream) + SECTOR - 1) // SECTOR
    if n + 2 > SECTOR // 4:
        raise ValueError("stream too large for one FAT sector")
    dir_sector = 1 + n
    fat = [FATSECT] + [i + 1 for i in range(1, n)] + [ENDOFCHAIN] + [ENDOFCHAIN]
    fat += [FREESECT] * (SECTOR // 4 - len(fat))

    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16)
    header += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIIIIIII", 0, 1, dir_sector, 0, 4096, ENDOFCHAIN, 0,
                          ENDOFCHAIN, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", FREESECT) * 108
    assert len(header) == SECTOR

    def entry(name, kind, child, start, size):
        raw = name.encode("utf-16-le") + b"\x00\x00" if name else b""
        e = raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1)
        e += struct.pack("<III", NOSTREAM, NOSTREAM, child) + bytes(16) + struct.pack("<I", 0)
        e += bytes(16) + struct.pack("<III", start, size, 0)
        assert len(e) == 128
        return e

    directory = entry("Root Entry", 5, 1, ENDOFCHAIN, 0)
    directory += entry(stream_name, 2, NOSTREAM, 1, len(stream))
    directory += entry("", 0, NOSTREAM, 0, 0) * 2

    body = b"".join(struct.pack("<I", v) for v in fat)
    body += stream.ljust(n * SECTOR, b"\x00") + directory
    return header + body


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def survey_sheets():
    intro = Sheet("Intro")
    intro.put(0, 0, "Read me")
    answers = Sheet("Жауаптар")
    answers.rows([["Уақыт", "Округ", "S1", "S2", "Пікір", "Келісім"]])
    answers.put(1, 0, 45444.4375, XF_CUSTOM_DT)          # 2024-06-01 10:30
    answers.put(1, 1, "Қараауыл а.о.")
    answers.put(1, 2, 4)                                  # RK integer
    answers.put(1, 3, 0.1)                                # NUMBER: 0.1 has no RK form
    answers.put(1, 4, "Жол жөндеу керек", kind="label")   # LABEL, not in the SST
    answers.put(1, 5, True, kind="bool")
    answers.put(2, 0, 45445, XF_DATE)                     # 2024-06-02
    answers.put(2, 1, "Бурабай")
    answers.put(2, 2, [5, 2.5, -3], kind="mulrk")         # C, D, E in one MULRK
    answers.put(2, 5, False, kind="bool")
    answers.put(3, 0, 0.75, XF_TIME)                      # 18:00
    answers.put(3, 1, 45444.5, XF_DATETIME)               # 2024-06-01 12:00
    answers.put(3, 2, 1234567.125, XF_NUMBER)
    answers.put(3, 4, "", kind="blank")                   # a formatted blank cell
    # Row 5 (index 4) is empty; row 6 has one value; two trailing blank rows follow.
    answers.put(5, 1, "соңы")
    answers.put(7, 3, "", kind="blank")
    notes = Sheet("Notes")
    notes.put(0, 0, "notes")
    return [intro, answers, notes]


def main():
    write("basic.xls", compound_file(workbook_stream(survey_sheets())))

    s = Sheet("Sheet1")
    s.put(0, 0, 0.0 + 1, XF_DATE)       # 1904-01-02
    s.put(0, 1, 43982, XF_DATE)          # 2024-06-01 in the 1904 system
    s.put(0, 2, 43982.5, XF_DATETIME)
    s.put(0, 3, 43982)                   # a plain number stays a number
    write("date1904.xls", compound_file(workbook_stream([s], date1904=True)))

    # A survey export with a title above a LimeSurvey-like two-row header, for `inspect`.
    lime = Sheet("Export")
    lime.rows([["Результаты опроса «Үздік ауыл әкімі»"],
               [],
               ["id", "submitdate", "Q1[SQ001]", "Q1[SQ002]"],
               ["ID ответа", "Дата отправки", "Оцените: дороги", "Оцените: школы"],
               [1, None, 5, 4],
               [2, None, 3, None]])
    lime.put(4, 1, 45444.4375, XF_CUSTOM_DT)
    lime.put(5, 1, 45445.5, XF_CUSTOM_DT)
    write("limesurvey.xls", compound_file(workbook_stream([lime])))

    protected = Sheet("Secret")
    protected.put(0, 0, "hidden")
    write("password.xls", compound_file(workbook_stream([protected], password=True)))

    basic = compound_file(workbook_stream(survey_sheets()))
    write("truncated.xls", basic[: len(basic) // 2])

    # The OLE2 magic followed by noise.
    noise = bytes((i * 73 + 41) % 256 for i in range(3000))
    write("garbage.xls", bytes.fromhex("D0CF11E0A1B11AE1") + noise)

    # A valid compound file without a Workbook stream (as a Word document would be).
    write("noworkbook.xls", compound_file(bytes(4096), stream_name="WordDocument"))

    # Every sheet claims 65536 x 200 cells: FreeXL would allocate 200 MB for each of them.
    huge = []
    for i in range(8):
        sheet = Sheet("Huge%d" % (i + 1))
        sheet.put(0, 0, i)
        sheet.dimension = (65536, 200)
        huge.append(sheet)
    write("hugedimension.xls", compound_file(workbook_stream(huge)))


if __name__ == "__main__":
    main()
