#!/usr/bin/env python3
"""Writes the golden files of tst_csvreader. The bytes matter (encodings, BOMs, line ends), so
they are made here rather than typed in an editor. Run from this folder: python3 make_golden.py"""


def win1251_like_windows(data):
    """Decodes as Windows does: the one undefined byte, 0x98, becomes U+0098."""
    return ''.join(bytes([b]).decode('cp1251', errors='ignore') or chr(b) for b in data)


def write(name, data):
    with open(name, 'wb') as f:
        f.write(data)


kaz1 = 'Әлібек Қайратұлы Жұмабаев'
kaz2 = 'Гүлнар Сейітқызы Өмірзақова'

# LimeSurvey: UTF-8 with BOM, ';', everything quoted, an unanswered question as "".
write('limesurvey-utf8-bom-semicolon.csv', ('\ufeff'
      '"id";"submitdate";"Q1[SQ001]";"Q1[SQ002]";"Әкімнің аты-жөні"\r\n'
      f'"1";"2020-06-15 10:21:05";"5";"";"{kaz1}"\r\n'
      f'"2";"2020-06-15 11:02:44";"4";"3";"{kaz2}"\r\n').encode('utf-8'))

# Google Forms: UTF-8 without BOM, ',', LF, a timestamp first, a multi-select joined with ", ".
write('googleforms-utf8-comma.csv', (
      'Timestamp,Аудан,Қай салалар?,Баға\n'
      '2020/06/15 10:21:05 AM GMT+6,Бурабай,"Білім, Денсаулық",5\n'
      '2020/06/15 10:25:11 AM GMT+6,Зеренді,Жолдар,"4,5"\n').encode('utf-8'))

# Excel in a Russian locale: windows-1251, ';', CRLF; Kazakh letters already lost as '?'.
write('excel-cp1251-semicolon.csv', (
      'Область;Район;ФИО акима;Оценка\r\n'
      'Акмолинская;Бурабайский;Ж?мабаев ?лібек;4,5\r\n'
      'Костанайская;Житикаринский;Ёлкин Пётр Сергеевич;5\r\n').encode('cp1251'))

# DOS: IBM866.
write('dos-cp866.csv', (
      'Регион;Аким;Баллы\r\n'
      'Северо-Казахстанская область;Петров Иван Николаевич;8\r\n'
      'Павлодарская область;Смирнова Ольга Юрьевна;7\r\n').encode('cp866'))

# Old Mac Excel: x-mac-cyrillic, CR-only line ends.
write('mac-cyrillic-cr.csv', (
      'Область;Сельский округ;ФИО\r'
      'Карагандинская;Ботакаринский;Ярославцева Юлия Яковлевна\r'
      'Жамбылская;Кордайский;Яковлев Эдуард Семёнович\r').encode('mac_cyrillic'))

# UTF-16LE with BOM and TAB (Excel's "Unicode text").
write('utf16le-bom-tab.txt', ('\ufeff'
      'Облыс\tӘкім\tБаға\r\n'
      f'Алматы\t{kaz1}\t5\r\n'
      f'Түркістан\t{kaz2}\t4\r\n').encode('utf-16-le'))

# UTF-16BE without a BOM: found by where the zero bytes are.
write('utf16be.csv', (
      'Облыс,Әкім,Баға\n'
      f'Маңғыстау,{kaz1},3\n').encode('utf-16-be'))

# A "sep=" line names the delimiter and is not a row.
write('sep-line.csv', b'sep=,\r\na,b;c\r\n1,2;3\r\n')

# Quotes: line breaks (LF, CRLF, CR) and "" inside, a delimiter inside, text after the closing
# quote, a quote inside an unquoted cell.
write('embedded.csv', (
      'id,comment,score\r\n'
      '1,"Line one\nline two",5\r\n'
      '2,"He said ""hello""",4\r\n'
      '3,"a,b",3\r\n'
      '4,"crlf\r\ninside and cr\rtoo",2\r\n'
      '5,"a"b,1\r\n'
      '6,"",\r\n'
      '7,ab"c,x\r\n').encode('utf-8'))

# A blank row inside is kept, blank rows (and rows of empty cells) at the end are not.
write('trailing-blank.csv', b'a;b\n1;2\n\n3;4\n\n;\n\n\n')

write('header-only.csv', 'Имя;Фамилия;Балл\r\n'.encode('utf-8'))
write('empty.csv', b'')
write('bom-only.csv', b'\xef\xbb\xbf')

# Binary: the start of a ZIP (an .xlsx renamed to .csv) and bytes that are mostly control codes.
write('binary.csv', b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00b\xee\x9dh^\x01\x00\x00'
      + bytes(range(256)))
write('controls.csv', bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15]) * 20 + b'a,b\n')

# A quote left open: row 3 (line 3) column B.
write('unterminated.csv', b'id;comment\n1;ok\n2;"never\nclosed\n3;x\n')

# Seven cells in row 2, for a limit of five.
write('wide.csv', b'a,b\n1,2,3,4,5,6,7\n')

# UTF-8 read as windows-1251 and saved again as UTF-8 ("Р°" for "а").
write('double-encoded.csv', win1251_like_windows((
      'Область;ФИО акима\r\n'
      'Акмолинская;Жұмабаев Әлібек\r\n').encode('utf-8')).encode('utf-8'))

# A Western file: windows-1252.
write('western-cp1252.csv', (
      'Name;Town;Comment\r\n'
      'Müller;Zürich;Très bien, café crème\r\n'
      'Søren;Århus;Señor José\r\n').encode('cp1252'))
