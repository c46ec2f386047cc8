<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit log: entry %1 is missing (the next one present is %2).</source>
        <translation>Өзгерістер журналы: %1 жазбасы жоқ (келесі бар жазба — %2).</translation>
    </message>
    <message>
        <source>Audit log: entry %1 does not follow entry %2 (chain broken).</source>
        <translation>Өзгерістер журналы: %1 жазбасы %2 жазбасынан кейін келмейді (тізбек үзілген).</translation>
    </message>
    <message>
        <source>Audit log: entry %1 was changed after it was written.</source>
        <translation>Өзгерістер журналы: %1 жазбасы енгізілгеннен кейін өзгертілген.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks a contest file without changing it: SQLite&apos;s integrity check, foreign keys, the audit log&apos;s hash chain and the stored survey totals. Exits with 3 and a list of problems when anything is wrong.</source>
        <translation>Конкурс файлын өзгертпей тексереді: SQLite тұтастығын тексеру, сыртқы кілттер, өзгерістер журналының хеш тізбегі және сақталған сауалнама қорытындылары. Қате табылса, ақаулар тізімін шығарып, 3 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Конкурс файлы.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n ақау табылды:</numerusform>
            <numerusform>%1: %n ақау табылды:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 is intact: integrity, foreign keys, the audit chain of %n entries and the survey totals verified.</source>
        <translation>
            <numerusform>ОК: %1 зақымдалмаған: тұтастық, сыртқы кілттер, %n жазбадан тұратын өзгерістер журналының тізбегі және сауалнама қорытындылары тексерілді.</numerusform>
            <numerusform>ОК: %1 зақымдалмаған: тұтастық, сыртқы кілттер, %n жазбадан тұратын өзгерістер журналының тізбегі және сауалнама қорытындылары тексерілді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Akim Contest %1: the «Үздік ауыл әкімі» / «Лучший сельский аким» contest — nominees, scores, rankings and protocols.</source>
        <translation>«Үздік ауыл әкімі» %1 — «Үздік ауыл әкімі» / «Лучший сельский аким» конкурсын өткізуге арналған бағдарлама: қатысушылар, бағалар, рейтингтер және хаттамалар.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Қолданылуы:</translation>
    </message>
    <message>
        <source>      Open the desktop application, on the contest FILE if one is given.</source>
        <translation>      Бағдарлама терезесін ашады (FILE көрсетілсе, сол конкурс файлымен).</translation>
    </message>
    <message>
        <source>      Run a command; no display is needed.</source>
        <translation>      Команданы орындайды; экран қажет емес.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Командалар:</translation>
    </message>
    <message>
        <source>(Not available in this version yet.)</source>
        <translation>(Бұл нұсқада әлі қолжетімсіз.)</translation>
    </message>
    <message>
        <source>demo accepts --scores and --survey N, but in this version they do not generate ballots or survey responses yet; they are filled in by the rankings and survey import work.</source>
        <translation>demo командасы --scores және --survey N опцияларын қабылдайды, бірақ бұл нұсқада олар әзірге бағалау парақтары мен сауалнама жауаптарын жасамайды: бұл рейтингтер мен сауалнаманы импорттау мүмкіндігімен бірге қосылады.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 usage error; 2 bad input (the message names the file, row and column, and the contest file is left unchanged); 3 integrity problem found.</source>
        <translation>Аяқталу коды: 0 — сәтті; 1 — шақыру қатесі; 2 — кіріс деректері қате (хабарламада файл, жол және баған көрсетіледі, конкурс файлы өзгермейді); 3 — тұтастықтың бұзылғаны анықталды.</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Команда опциялары: «%1 COMMAND --help».</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;.</source>
        <translation>%1: белгісіз команда «%2».</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>Командалар тізімі: «%1 --help».</translation>
    </message>
    <message>
        <source>Create an empty contest with the default methodology (or a named template).</source>
        <translation>Әдепкі әдістемемен (немесе аталған үлгімен) бос конкурс құру.</translation>
    </message>
    <message>
        <source>Create a realistic demo contest (17 regions and 2,287 nominees by default).</source>
        <translation>Шынайыға жақын демо-конкурс құру (әдепкі бойынша 17 облыс және 2 287 қатысушы).</translation>
    </message>
    <message>
        <source>Print what the contest file holds: regions, districts, nominees, criteria, members, scores, survey responses, imports, schema version.</source>
        <translation>Конкурс файлының мазмұнын шығару: облыстар, аудандар, қатысушылар, өлшемдер, комиссия мүшелері, бағалар, сауалнама жауаптары, импорттар, схема нұсқасы.</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity, foreign keys, audit chain and survey totals; exit 3 with a list of problems.</source>
        <translation>Файлдың тұтастығын, сыртқы кілттерді, өзгерістер журналының тізбегін және сауалнама қорытындыларын тексеру; ақау болса — ақаулар тізімі және 3 коды.</translation>
    </message>
    <message>
        <source>Import nominees from a registry spreadsheet.</source>
        <translation>Қатысушыларды тізілім кестесінен импорттау.</translation>
    </message>
    <message>
        <source>Import citizens&apos; or ethics questionnaire responses.</source>
        <translation>Халық сауалнамасының немесе әдеп сауалнамасының жауаптарын импорттау.</translation>
    </message>
    <message>
        <source>Describe a spreadsheet as the import wizard reads it.</source>
        <translation>Импорт шеберінің кестені қалай оқитынын көрсету.</translation>
    </message>
    <message>
        <source>Rank the nominees of a stage.</source>
        <translation>Кезең қатысушыларының рейтингін құру.</translation>
    </message>
    <message>
        <source>Print a commission&apos;s protocol to PDF.</source>
        <translation>Комиссия хаттамасын PDF-ке шығару.</translation>
    </message>
    <message>
        <source>Export a member&apos;s ballot package, or import returned ones.</source>
        <translation>Комиссия мүшесінің бағалау парақтары пакетін экспорттау немесе қайтарылғандарын импорттау.</translation>
    </message>
    <message>
        <source>Finalise a stage: inputs lock and the result is recorded.</source>
        <translation>Кезеңді аяқтау: деректерді енгізу бұғатталады, нәтиже тіркеледі.</translation>
    </message>
    <message>
        <source>Print the audit log, oldest first.</source>
        <translation>Өзгерістер журналын ең ерте жазбалардан бастап шығару.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Осы анықтаманы көрсету және шығу.</translation>
    </message>
    <message>
        <source>Missing argument. Usage: %1 %2</source>
        <translation>Аргумент жетіспейді. Қолданылуы: %1 %2</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Артық аргумент: «%1».</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 опциясына %2 мен %3 аралығындағы бүтін сан керек, «%4» емес.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Қолданылуы: %1 %2</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>Анықтама: «%1 %2 --help».</translation>
    </message>
</context>
<context>
    <name>ContestFiles</name>
    <message>
        <source>%1 already exists. Choose another name: a contest file is never overwritten.</source>
        <translation>%1 бұрыннан бар. Басқа атау таңдаңыз: конкурс файлы ешқашан қайта жазылмайды.</translation>
    </message>
    <message>
        <source>Open Contest</source>
        <translation>Конкурсты ашу</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 ашылмады.</translation>
    </message>
    <message>
        <source>New Contest</source>
        <translation>Жаңа конкурс</translation>
    </message>
    <message>
        <source>The contest could not be created.</source>
        <translation>Конкурс құрылмады.</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-көшірме</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>Көшірме сақталмады.</translation>
    </message>
    <message>
        <source>Methodology template:</source>
        <translation>Әдістеме үлгісі:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>contest-%1</source>
        <translation>конкурс-%1</translation>
    </message>
</context>
<context>
    <name>ContestTemplate</name>
    <message>
        <source>There is no template named &quot;%1&quot;. Templates: %2.</source>
        <translation>«%1» атты үлгі жоқ. Бар үлгілер: %2.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be read: %2</source>
        <translation>«%1» үлгісін оқу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a contest file.</source>
        <translation>%1 — бос файл, конкурс файлы емес.</translation>
    </message>
    <message>
        <source>%1 is not a contest file: it is not an SQLite database.</source>
        <translation>%1 конкурс файлы емес: бұл SQLite дерекқоры емес.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 бұрыннан бар.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 табылмады.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder where you may write, or ask for write access.</source>
        <translation>%1 тек оқуға арналған. Оны жазуға рұқсатыңыз бар қалтаға көшіріңіз немесе жазу құқығын сұраңыз.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 файлын ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a contest file: %2</source>
        <translation>%1 файлын конкурс файлы ретінде оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a contest file of this program.</source>
        <translation>%1 — SQLite дерекқоры, бірақ осы бағдарламаның конкурс файлы емес.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Akim Contest (file format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>%1 бағдарламаның жаңарақ нұсқасымен жазылған (файл форматы %2; бұл нұсқа %3 форматқа дейін оқиды). Оны ашу үшін жаңа нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <source>%1 uses an older file format and must be upgraded, which needs write access.</source>
        <translation>%1 ескі файл форматында, оны жаңарту керек, ол үшін жазу құқығы қажет.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 файлын дайындау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Бағдарламада %1 миграциясы жоқ.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 файлын жаңарту мүмкін емес: %2</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself.</source>
        <translation>Көшірме ашық файлдың өзін алмастыра алмайды.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 файлын алмастыру мүмкін емес.</translation>
    </message>
    <message>
        <source>Integrity check failed: %1</source>
        <translation>Тұтастықты тексеру орындалмады: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Тұтастық: %1</translation>
    </message>
    <message>
        <source>Foreign key check failed: %1</source>
        <translation>Сыртқы кілттерді тексеру орындалмады: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>%1 кестесінің %2-жолы %3 кестесіндегі жоқ жолға сілтеме жасайды.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates a realistic demo contest with synthetic names: districts and rural okrugs, one nominee per okrug, the members of every commission and a few declared conflicts of interest.</source>
        <translation>Ойдан шығарылған аттармен шынайыға жақын демо-конкурс құрады: аудандар мен ауылдық округтер, әр округтен бір қатысушы, барлық комиссиялардың мүшелері және бірнеше мәлімделген мүдделер қақтығысы.</translation>
    </message>
    <message>
        <source>The first N regions of the template (default %1).</source>
        <translation>Үлгідегі алғашқы N облыс (әдепкі %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>N nominees in each region (default: the real number of rural okrugs, 2,287 in all).</source>
        <translation>Әр облыста N қатысушы (әдепкі — ауылдық округтердің нақты саны, барлығы 2 287).</translation>
    </message>
    <message>
        <source>Fill every member&apos;s ballot. Accepted, but this version does not generate ballots yet.</source>
        <translation>Барлық комиссия мүшелерінің бағалау парақтарын толтыру. Опция қабылданады, бірақ бұл нұсқа әзірге бағалау парақтарын жасамайды.</translation>
    </message>
    <message>
        <source>Add N citizens&apos; responses and an ethics questionnaire. Accepted, but this version does not generate responses yet.</source>
        <translation>Халық сауалнамасының N жауабын және әдеп сауалнамасын қосу. Опция қабылданады, бірақ бұл нұсқа әзірге жауаптарды жасамайды.</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same names (default 2020).</source>
        <translation>Кездейсоқ сандар генераторының бастапқы мәні; бірдей мән бірдей аттар береді (әдепкі 2020).</translation>
    </message>
    <message>
        <source>The contest file to create. It must not exist yet, or be empty.</source>
        <translation>Құрылатын конкурс файлы. Ол әлі болмауы немесе бос болуы тиіс.</translation>
    </message>
    <message>
        <source>%1 already exists; a demo is always written to a new file.</source>
        <translation>%1 бұрыннан бар; демо-конкурс әрқашан жаңа файлға жазылады.</translation>
    </message>
    <message>
        <source>The demo was not written: %1</source>
        <translation>Демо-конкурс жазылмады: %1</translation>
    </message>
    <message>
        <source>Created the demo contest %1 in %2 ms: %3 regions, %4 districts, %5 nominees, %6 commission members.</source>
        <translation>Демо-конкурс %1 %2 мс ішінде құрылды: облыстар — %3, аудандар — %4, қатысушылар — %5, комиссия мүшелері — %6.</translation>
    </message>
    <message>
        <source>Note: --scores is accepted, but this version does not generate ballots yet.</source>
        <translation>Ескерту: --scores опциясы қабылданады, бірақ бұл нұсқа әзірге бағалау парақтарын жасамайды.</translation>
    </message>
    <message>
        <source>Note: --survey is accepted, but this version does not generate survey responses yet.</source>
        <translation>Ескерту: --survey опциясы қабылданады, бірақ бұл нұсқа әзірге сауалнама жауаптарын жасамайды.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>No contest file is open.</source>
        <translation>Конкурс файлы ашылмаған.</translation>
    </message>
    <message>
        <source>The number of nominees per region must be between 1 and %1 (or 0 for the real number of rural okrugs).</source>
        <translation>Бір облыстағы қатысушылар саны 1 мен %1 аралығында болуы тиіс (немесе ауылдық округтердің нақты саны үшін 0).</translation>
    </message>
    <message>
        <source>The number of survey responses cannot be negative.</source>
        <translation>Сауалнама жауаптарының саны теріс бола алмайды.</translation>
    </message>
    <message>
        <source>The number of regions must be between 1 and %1.</source>
        <translation>Облыстар саны 1 мен %1 аралығында болуы тиіс.</translation>
    </message>
    <message>
        <source>A demo can only fill a new, empty contest; this one already has districts or nominees.</source>
        <translation>Демо-деректерді тек жаңа, бос конкурсқа толтыруға болады; бұл конкурста аудандар немесе қатысушылар бар.</translation>
    </message>
    <message>
        <source>The region %1 has no commission.</source>
        <translation>%1 облысының комиссиясы жоқ.</translation>
    </message>
    <message>
        <source>The contest has no republican commission.</source>
        <translation>Конкурста республикалық комиссия жоқ.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>redo</source>
        <translation>әрекетті қайталау</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>«%1» әрекетін қайталау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>әрекетті болдырмау</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>«%1» әрекетін болдырмау мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Akim Contest files (*.akc)</source>
        <translation>Конкурс файлдары (*.akc)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Open Contest</source>
        <translation>Конкурсты ашу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Prints what a contest file holds. The file is opened read-only.</source>
        <translation>Конкурс файлының мазмұнын шығарады. Файл тек оқу үшін ашылады.</translation>
    </message>
    <message>
        <source>Print one JSON object (the keys of the command-line contract).</source>
        <translation>Бір JSON нысанын шығару (кілттері — командалық жол келісімі бойынша).</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Конкурс файлы.</translation>
    </message>
    <message>
        <source>Contest: %1 (%2)</source>
        <translation>Конкурс: %1 (%2)</translation>
    </message>
    <message>
        <source>File: %1 (format %2)</source>
        <translation>Файл: %1 (формат %2)</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Облыстар: %1</translation>
    </message>
    <message>
        <source>Districts: %1</source>
        <translation>Аудандар: %1</translation>
    </message>
    <message>
        <source>Rural okrugs: %1</source>
        <translation>Ауылдық округтер: %1</translation>
    </message>
    <message>
        <source>Nominees: %1</source>
        <translation>Қатысушылар: %1</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Өлшемдер: %1</translation>
    </message>
    <message>
        <source>Commissions: %1, members: %2</source>
        <translation>Комиссиялар: %1, мүшелер: %2</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>Бағалар: %1</translation>
    </message>
    <message>
        <source>Survey responses: %1, ethics responses: %2, imports: %3</source>
        <translation>Халық сауалнамасының жауаптары: %1, әдеп жауаптары: %2, импорттар: %3</translation>
    </message>
    <message>
        <source>Audit log entries: %1</source>
        <translation>Өзгерістер журналындағы жазбалар: %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Describes a spreadsheet (CSV, XLSX, ODS or XLS; the format is recognised from the content, not the extension) as the import wizard reads it, without a contest file: its format, encoding and delimiter (CSV), sheets, the header rows it guesses (0-based), the column names, the number of data rows below the header and the first five of them. Blank rows are neither counted nor shown. Numbers and dates in XLSX, ODS and XLS cells are JSON numbers and ISO 8601 text; CSV cells are the text of the file, since the import mapping decides what a CSV column holds.
Only JSON output is defined, so --json is required (without it the command stops with exit status 1). Warnings, such as an encoding without Kazakh letters, go to standard error. Exit status 2 when the file cannot be read.</source>
        <translation>Кестені (CSV, XLSX, ODS немесе XLS; формат кеңейтім бойынша емес, мазмұны бойынша анықталады) импорт шебері оқитындай, конкурс файлынсыз сипаттайды: форматын, кодтауын және бөлгішін (CSV), парақтарын, болжанған тақырып жолдарын (нөмірлеу 0-ден басталады), баған атауларын, тақырыптан төменгі деректер жолдарының санын және олардың алғашқы бесеуін. Бос жолдар саналмайды және көрсетілмейді. XLSX, ODS және XLS ұяшықтарындағы сандар мен күндер JSON сандары және ISO 8601 мәтіні ретінде беріледі; CSV ұяшықтары файлдағы мәтін күйінде беріледі, себебі CSV бағанында не барын импорттағы сәйкестендіру анықтайды.
Тек JSON шығысы анықталған, сондықтан --json міндетті (онсыз команда 1 кодымен тоқтайды). Ескертулер, мысалы, қазақ әріптері жоқ кодтау туралы, стандартты қателер ағынына шығады. Файлды оқу мүмкін болмаса, аяқталу коды — 2.</translation>
    </message>
    <message>
        <source>The sheet to describe (default: the first).</source>
        <translation>Сипатталатын парақ (әдепкі — бірінші).</translation>
    </message>
    <message>
        <source>CSV: read the file in this encoding (e.g. UTF-8, windows-1251, IBM866) instead of detecting it.</source>
        <translation>CSV: файлды кодтауын анықтамай, осы кодтаумен оқу (мысалы, UTF-8, windows-1251, IBM866).</translation>
    </message>
    <message>
        <source>CSV: the field delimiter, one character or &quot;tab&quot;, instead of detecting it.</source>
        <translation>CSV: өріс бөлгіші (бір таңба немесе «tab») автоматты анықтаудың орнына.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Бір JSON нысанын шығару.</translation>
    </message>
    <message>
        <source>The spreadsheet file.</source>
        <translation>Кесте файлы.</translation>
    </message>
    <message>
        <source>only JSON output is defined; add --json.</source>
        <translation>тек JSON шығысы анықталған; --json қосыңыз.</translation>
    </message>
    <message>
        <source>--delimiter needs one character or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter опциясына бір таңба немесе «tab» керек, «%1» емес.</translation>
    </message>
    <message>
        <source>Sheets: %1.</source>
        <translation>Парақтар: %1.</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>The contest file is not open.</source>
        <translation>Конкурс файлы ашылмаған.</translation>
    </message>
    <message>
        <source>Audit log cannot be read: %1</source>
        <translation>Өзгерістер журналын оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Survey totals cannot be checked: %1</source>
        <translation>Сауалнама қорытындыларын тексеру мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Survey totals (table survey_aggregate) for nominee %1, criterion %2: stored n = %3, sum = %4; the answers give n = %5, sum = %6.</source>
        <translation>Сауалнама қорытындылары (survey_aggregate кестесі), қатысушы %1, өлшем %2: сақталғаны n = %3, қосынды = %4; жауаптар бойынша n = %5, қосынды = %6.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more survey total(s) that do not match the answers.</source>
        <translation>
            <numerusform>… және жауаптарға сәйкес келмейтін тағы %n сауалнама қорытындысы.</numerusform>
            <numerusform>… және жауаптарға сәйкес келмейтін тағы %n сауалнама қорытындысы.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Contest…</source>
        <translation>&amp;Жаңа конкурс…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы файлдар</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Жа&amp;бу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Add Nominee…</source>
        <translation>Қатысушыны қ&amp;осу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ті&amp;л</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Akim Contest</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Creates an empty contest file: the regions, one commission per region and the republican one, and the criteria and methodology of a template.</source>
        <translation>Бос конкурс файлын құрады: облыстар, әр облысқа бір комиссия және республикалық комиссия, сондай-ақ үлгідегі өлшемдер мен әдістеме.</translation>
    </message>
    <message>
        <source>The methodology template (default %1). Templates: %2.</source>
        <translation>Әдістеме үлгісі (әдепкі %1). Үлгілер: %2.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The contest file to create (suggested extension .akc). It must not exist yet, or be empty.</source>
        <translation>Құрылатын конкурс файлы (ұсынылатын кеңейтім .akc). Ол әлі болмауы немесе бос болуы тиіс.</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;. Templates: %2.</source>
        <translation>«%1» атты үлгі жоқ. Бар үлгілер: %2.</translation>
    </message>
    <message>
        <source>Created %1 from the template %2: %3 regions, %4 commissions, %5 criteria.</source>
        <translation>%1 файлы %2 үлгісі бойынша құрылды: облыстар — %3, комиссиялар — %4, өлшемдер — %5.</translation>
    </message>
</context>
<context>
    <name>UnavailableCommand</name>
    <message>
        <source>%1 %2: not available in this version yet.</source>
        <translation>%1 %2: бұл нұсқада әлі қолжетімсіз.</translation>
    </message>
    <message>
        <source>Planned usage:</source>
        <translation>Жоспарланған қолданылуы:</translation>
    </message>
</context>
<context>
    <name>akim::CommissionListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n мүше</numerusform>
            <numerusform>%n мүше</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::CommissionsPage</name>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Мүшені қо&amp;су…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>Edit the selected member</source>
        <translation>Таңдалған мүшені өңдеу</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Delete the selected member</source>
        <translation>Таңдалған мүшені жою</translation>
    </message>
    <message>
        <source>No members yet. A commission usually has a chair, a deputy, a secretary and members: 5 to 11 people.</source>
        <translation>Комиссия мүшелері әлі жоқ. Комиссия құрамына әдетте төраға, төрағаның орынбасары, хатшы және мүшелер кіреді — 5-тен 11 адамға дейін.</translation>
    </message>
    <message>
        <source>Delete Member</source>
        <translation>Мүшені жою</translation>
    </message>
    <message>
        <source>Remove %1 from the commission?</source>
        <translation>%1 комиссия құрамынан шығарылсын ба?</translation>
    </message>
</context>
<context>
    <name>akim::ContestDocument</name>
    <message>
        <source>No contest file is open.</source>
        <translation>Конкурс файлы ашылмаған.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>Конкурс файлы тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Өзгеріс сақталмады: %1</translation>
    </message>
    <message>
        <source>Enter the akim&apos;s full name.</source>
        <translation>Әкімнің аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The full name is longer than 200 characters.</source>
        <translation>Аты-жөні 200 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>&quot;In office since&quot; cannot be in the future.</source>
        <translation>«Лауазымда (бастап)» күні болашақта бола алмайды.</translation>
    </message>
    <message>
        <source>The chosen okrug no longer exists.</source>
        <translation>Таңдалған ауылдық округ енді жоқ.</translation>
    </message>
    <message>
        <source>%1 already has a nominee: %2. A rural okrug has one nominee.</source>
        <translation>«%1» округінде қатысушы бар: %2. Әр ауылдық округтен тек бір қатысушы болады.</translation>
    </message>
    <message>
        <source>Choose the rural okrug, or type the name of a new one.</source>
        <translation>Ауылдық округті таңдаңыз немесе жаңасының атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>A KATO code has 9 digits.</source>
        <translation>ҚАТО коды 9 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>Choose the region.</source>
        <translation>Облысты таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the district, or type the name of a new one.</source>
        <translation>Ауданды таңдаңыз немесе жаңасының атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>The district already has an okrug named %1; choose it from the list.</source>
        <translation>Ауданда «%1» атты округ бар; оны тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Add nominee %1</source>
        <translation>Қатысушыны қосу: %1</translation>
    </message>
    <message>
        <source>The nominee no longer exists.</source>
        <translation>Бұл қатысушы енді жоқ.</translation>
    </message>
    <message>
        <source>Edit nominee %1</source>
        <translation>Қатысушыны өңдеу: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n score(s), survey response(s) or declared conflict(s) refer to this nominee. Set the status to &quot;withdrawn&quot; instead.</source>
        <translation>
            <numerusform>%1 қатысушысын жою мүмкін емес: оған %n жазба (бағалар, сауалнама жауаптары немесе мәлімделген мүдделер қақтығыстары) сілтеме жасайды. Оның орнына «конкурстан шықты» мәртебесін қойыңыз.</numerusform>
            <numerusform>%1 қатысушысын жою мүмкін емес: оған %n жазба (бағалар, сауалнама жауаптары немесе мәлімделген мүдделер қақтығыстары) сілтеме жасайды. Оның орнына «конкурстан шықты» мәртебесін қойыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete nominee %1</source>
        <translation>Қатысушыны жою: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n nominee(s)</source>
        <translation>
            <numerusform>%n қатысушыны жою</numerusform>
            <numerusform>%n қатысушыны жою</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a code for the criterion, e.g. K6.</source>
        <translation>Өлшем кодын енгізіңіз, мысалы, K6.</translation>
    </message>
    <message>
        <source>Enter the Russian title of the criterion.</source>
        <translation>Өлшемнің орыс тіліндегі атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Maximum points must be above 0 and at most 1000.</source>
        <translation>Ең жоғары балл 0-ден көп және 1000-нан аспауы тиіс.</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 100.</source>
        <translation>Салмағы 0 мен 100 аралығында болуы тиіс.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another criterion.</source>
        <translation>%1 коды басқа өлшемде қолданылып тұр.</translation>
    </message>
    <message>
        <source>The stage is finalised; its criteria cannot change.</source>
        <translation>Кезең аяқталған; оның өлшемдерін өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Add criterion %1</source>
        <translation>Өлшемді қосу: %1</translation>
    </message>
    <message>
        <source>The criterion no longer exists.</source>
        <translation>Бұл өлшем енді жоқ.</translation>
    </message>
    <message>
        <source>Scores or answers already use %1; its stage and source cannot change.</source>
        <translation>%1 өлшемі бағаларда немесе жауаптарда қолданылып қойған; оның кезеңі мен дереккөзін өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Edit criterion %1</source>
        <translation>Өлшемді өңдеу: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n score(s) or survey answer(s) use it.</source>
        <translation>
            <numerusform>%1 өлшемін жою мүмкін емес: оны %n жазба (бағалар немесе сауалнама жауаптары) пайдаланады.</numerusform>
            <numerusform>%1 өлшемін жою мүмкін емес: оны %n жазба (бағалар немесе сауалнама жауаптары) пайдаланады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete criterion %1</source>
        <translation>Өлшемді жою: %1</translation>
    </message>
    <message>
        <source>Move criterion %1</source>
        <translation>Өлшемді жылжыту: %1</translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Комиссия мүшесінің аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the commission.</source>
        <translation>Комиссияны таңдаңыз.</translation>
    </message>
    <message>
        <source>The commission already has a chair: %1.</source>
        <translation>Комиссияның төрағасы бар: %1.</translation>
    </message>
    <message>
        <source>The commission already has a secretary: %1.</source>
        <translation>Комиссияның хатшысы бар: %1.</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Комиссия мүшесін қосу: %1</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>Бұл комиссия мүшесі енді жоқ.</translation>
    </message>
    <message>
        <source>%1 has already scored; the member cannot move to another commission.</source>
        <translation>%1 баға қойып үлгерген; мүшені басқа комиссияға ауыстыруға болмайды.</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>Комиссия мүшесін өңдеу: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: the member has %n score(s).</source>
        <translation>
            <numerusform>%1 мүшесін жою мүмкін емес: ол %n баға қойған.</numerusform>
            <numerusform>%1 мүшесін жою мүмкін емес: ол %n баға қойған.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete member %1</source>
        <translation>Комиссия мүшесін жою: %1</translation>
    </message>
    <message>
        <source>A declared conflict names a nominee that no longer exists.</source>
        <translation>Мәлімделген мүдделер қақтығысы енді жоқ қатысушыға қатысты.</translation>
    </message>
    <message>
        <source>Conflicts of interest of %1</source>
        <translation>Мүдделер қақтығысы: %1</translation>
    </message>
</context>
<context>
    <name>akim::CriteriaPage</name>
    <message>
        <source>Move Criterion</source>
        <translation>Өлшемді жылжыту</translation>
    </message>
    <message>
        <source>The recommended default methodology; every value can be changed until scores exist. Drag a row to change the order within its stage.</source>
        <translation>Ұсынылған әдепкі әдістеме; бағалар қойылғанға дейін кез келген мәнді өзгертуге болады. Кезең ішіндегі ретті өзгерту үшін жолды сүйреңіз.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Қо&amp;су…</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Өлшем қосу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>Edit the selected criterion</source>
        <translation>Таңдалған өлшемді өңдеу</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Delete the selected criterion</source>
        <translation>Таңдалған өлшемді жою</translation>
    </message>
    <message>
        <source>Delete the criterion %1 (%2)?</source>
        <translation>%1 (%2) өлшемі жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete Criterion</source>
        <translation>Өлшемді жою</translation>
    </message>
</context>
<context>
    <name>akim::CriterionDialog</name>
    <message>
        <source>Edit Criterion</source>
        <translation>Өлшемді өңдеу</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Өлшем қосу</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>e.g. K6</source>
        <translation>мысалы, K6</translation>
    </message>
    <message>
        <source>Title in &amp;Russian:</source>
        <translation>Атауы &amp;орыс тілінде:</translation>
    </message>
    <message>
        <source>Title in &amp;Kazakh:</source>
        <translation>Атауы қа&amp;зақ тілінде:</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>Атауы ағ&amp;ылшын тілінде:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>К&amp;езеңі:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Дереккөзі:</translation>
    </message>
    <message>
        <source>&amp;Maximum points:</source>
        <translation>Ең жоғары &amp;балл:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Салмағы:</translation>
    </message>
</context>
<context>
    <name>akim::CriterionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Title (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>Max points</source>
        <translation>Ең жоғары балл</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмағы</translation>
    </message>
    <message>
        <source>Only criteria of this contest can be dropped here.</source>
        <translation>Мұнда тек осы конкурстың өлшемдерін сүйреп әкелуге болады.</translation>
    </message>
    <message>
        <source>A criterion can only be moved within its own stage.</source>
        <translation>Өлшемді тек өз кезеңі ішінде жылжытуға болады.</translation>
    </message>
</context>
<context>
    <name>akim::GeographyTreeModel</name>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n қатысушы</numerusform>
            <numerusform>%n қатысушы</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::MainWindow</name>
    <message>
        <source>Akim Contest</source>
        <translation>Үздік ауыл әкімі</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Өлшемдер</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Комиссиялар</translation>
    </message>
    <message>
        <source>%1 — Akim Contest</source>
        <translation>%1 — Үздік ауыл әкімі</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Қ&amp;айталау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айталау</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n қатысушы</numerusform>
            <numerusform>%n қатысушы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n өлшем</numerusform>
            <numerusform>%n өлшем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commission member(s)</source>
        <translation>
            <numerusform>%n комиссия мүшесі</numerusform>
            <numerusform>%n комиссия мүшесі</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Тізімді тазарту</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Соңғы файлдар</translation>
    </message>
    <message>
        <source>%1 no longer exists; it has been removed from the recent contests.</source>
        <translation>%1 енді жоқ; ол соңғы конкурстар тізімінен алынып тасталды.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ашылды</translation>
    </message>
    <message>
        <source>New Contest</source>
        <translation>Жаңа конкурс</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Көшірме сақталды: %1</translation>
    </message>
    <message>
        <source>About Akim Contest</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>Akim Contest %1

Nominees, commissions, scores, rankings and protocols for the republican contest «Best Rural Akim» («Үздік ауыл әкімі»).

The default methodology is a recommendation that each contest can change.</source>
        <translation>«Үздік ауыл әкімі», %1 нұсқасы

«Үздік ауыл әкімі» («Лучший сельский аким») республикалық конкурсының қатысушылары, комиссиялары, бағалары, рейтингтері және хаттамалары.

Әдепкі әдістеме ұсыным ретінде берілген: әр конкурс оны өзгерте алады.</translation>
    </message>
    <message>
        <source>Demo contest</source>
        <translation>Демо-конкурс</translation>
    </message>
    <message>
        <source>The demo contest could not be created: %1</source>
        <translation>Демо-конкурс құрылмады: %1</translation>
    </message>
</context>
<context>
    <name>akim::MemberDialog</name>
    <message>
        <source>Edit Member</source>
        <translation>Комиссия мүшесін өңдеу</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Комиссия мүшесін қосу</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>e.g. chair of a public council, journalist</source>
        <translation>мысалы, қоғамдық кеңес төрағасы, журналист</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest: tick the nominees of the region this member must not score (a relative, a subordinate…).</source>
        <translation>&amp;Мүдделер қақтығысы: осы мүше бағаламауы тиіс облыс қатысушыларын белгілеңіз (туысы, бағыныштысы…).</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest: tick the nominees this member must not score (a relative, a subordinate…).</source>
        <translation>&amp;Мүдделер қақтығысы: осы мүше бағаламауы тиіс қатысушыларды белгілеңіз (туысы, бағыныштысы…).</translation>
    </message>
    <message>
        <source>Search: name, okrug…</source>
        <translation>Іздеу: аты-жөні, округ…</translation>
    </message>
    <message>
        <source>R&amp;eason for the selected nominee:</source>
        <translation>Таңдалған қатысушы бойынша &amp;себебі:</translation>
    </message>
    <message>
        <source>e.g. brother-in-law</source>
        <translation>мысалы, жезде</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>akim::MemberTableModel</name>
    <message numerus="yes">
        <source>Declared conflicts of interest: %n nominee(s)</source>
        <translation>
            <numerusform>Мәлімделген мүдделер қақтығысы: %n қатысушы</numerusform>
            <numerusform>Мәлімделген мүдделер қақтығысы: %n қатысушы</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Мүдделер қақтығысы</translation>
    </message>
</context>
<context>
    <name>akim::NomineeDialog</name>
    <message>
        <source>Edit Nominee</source>
        <translation>Қатысушыны өңдеу</translation>
    </message>
    <message>
        <source>Add Nominee</source>
        <translation>Қатысушыны қосу</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Облыс:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Аудан:</translation>
    </message>
    <message>
        <source>Choose or type a new district</source>
        <translation>Таңдаңыз немесе жаңа аудан енгізіңіз</translation>
    </message>
    <message>
        <source>District in Kazakh:</source>
        <translation>Ауданның қазақша атауы:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <source>Rural &amp;okrug:</source>
        <translation>Ауылдық о&amp;круг:</translation>
    </message>
    <message>
        <source>Choose or type a new okrug</source>
        <translation>Таңдаңыз немесе жаңа округ енгізіңіз</translation>
    </message>
    <message>
        <source>Okrug in Kazakh:</source>
        <translation>Округтің қазақша атауы:</translation>
    </message>
    <message>
        <source>KATO code:</source>
        <translation>ҚАТО коды:</translation>
    </message>
    <message>
        <source>Akim&apos;s &amp;full name:</source>
        <translation>Әкімнің аты-&amp;жөні:</translation>
    </message>
    <message>
        <source>In office &amp;since:</source>
        <translation>Лауазымда (&amp;бастап):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>A new district and a new okrug will be created; the names typed above are their Russian names.</source>
        <translation>Жаңа аудан мен жаңа округ құрылады; жоғарыда енгізілген атаулар олардың орысша атаулары болады.</translation>
    </message>
    <message>
        <source>A new district will be created; the name typed above is its Russian name.</source>
        <translation>Жаңа аудан құрылады; жоғарыда енгізілген атау оның орысша атауы болады.</translation>
    </message>
    <message>
        <source>A new okrug will be created; the name typed above is its Russian name.</source>
        <translation>Жаңа округ құрылады; жоғарыда енгізілген атау оның орысша атауы болады.</translation>
    </message>
</context>
<context>
    <name>akim::NomineeTableModel</name>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Ауылдық округ</translation>
    </message>
    <message>
        <source>KATO</source>
        <translation>ҚАТО</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Әкім</translation>
    </message>
    <message>
        <source>In office since</source>
        <translation>Лауазымда (бастап)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>akim::NomineesPage</name>
    <message>
        <source>Search: name, okrug, district, region…</source>
        <translation>Іздеу: аты-жөні, округ, аудан, облыс…</translation>
    </message>
    <message>
        <source>No nominees yet. Add one, or import the registry of applicants from a spreadsheet.</source>
        <translation>Қатысушылар әлі жоқ. Қатысушы қосыңыз немесе өтінім берушілер тізілімін кестеден импорттаңыз.</translation>
    </message>
    <message>
        <source>Add the first nominee…</source>
        <translation>Алғашқы қатысушыны қосу…</translation>
    </message>
    <message>
        <source>No nominee matches the search in the chosen place. Clear the search, or choose “All regions” on the left.</source>
        <translation>Таңдалған жерде іздеуге сәйкес қатысушы жоқ. Іздеуді тазартыңыз немесе сол жақтан «Барлық облыстар» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Қо&amp;су…</translation>
    </message>
    <message>
        <source>Add a nominee</source>
        <translation>Қатысушы қосу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>Edit the selected nominee</source>
        <translation>Таңдалған қатысушыны өңдеу</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Delete the selected nominees</source>
        <translation>Таңдалған қатысушыларды жою</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n қатысушы</numerusform>
            <numerusform>%n қатысушы</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 ішінен %1 көрсетілген</translation>
    </message>
    <message>
        <source>Delete the nominee %1 (%2)?</source>
        <translation>%1 (%2) қатысушысы жойылсын ба?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected nominee(s)?</source>
        <translation>
            <numerusform>Таңдалған %n қатысушы жойылсын ба?</numerusform>
            <numerusform>Таңдалған %n қатысушы жойылсын ба?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Жоюды «Түзету ▸ Болдырмау» арқылы болдырмауға болады.</translation>
    </message>
    <message>
        <source>Delete Nominees</source>
        <translation>Қатысушыларды жою</translation>
    </message>
</context>
<context>
    <name>akim::WelcomePage</name>
    <message>
        <source>Akim Contest</source>
        <translation>Үздік ауыл әкімі</translation>
    </message>
    <message>
        <source>The republican contest «Best Rural Akim»: nominees, commissions, criteria, scores and protocols, kept in one contest file.</source>
        <translation>«Үздік ауыл әкімі» республикалық конкурсы: қатысушылар, комиссиялар, өлшемдер, бағалар және хаттамалар бір конкурс файлында.</translation>
    </message>
    <message>
        <source>&amp;New contest…</source>
        <translation>&amp;Жаңа конкурс…</translation>
    </message>
    <message>
        <source>&amp;Open contest…</source>
        <translation>Конкурсты &amp;ашу…</translation>
    </message>
    <message>
        <source>Open &amp;demo contest</source>
        <translation>&amp;Демо-конкурсты ашу</translation>
    </message>
    <message>
        <source>&amp;Recent contests:</source>
        <translation>&amp;Соңғы конкурстар:</translation>
    </message>
    <message>
        <source>No recent contests.</source>
        <translation>Соңғы конкурстар жоқ.</translation>
    </message>
    <message>
        <source>The demo contest is made-up data for trying the program: 17 regions, 2,287 nominees and their commissions. It is created on first use in your data folder.</source>
        <translation>Демо-конкурс бағдарламамен танысуға арналған ойдан шығарылған деректерден тұрады: 17 облыс, 2 287 қатысушы және олардың комиссиялары. Ол алғаш ашылғанда бағдарламаның деректер қалтасында құрылады.</translation>
    </message>
</context>
<context>
    <name>akim::labels</name>
    <message>
        <source>Active</source>
        <translation>Қатысады</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Конкурстан шықты</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Шеттетілді</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Төрағаның орынбасары</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Citizens&apos; survey</source>
        <translation>Халық сауалнамасы</translation>
    </message>
    <message>
        <source>Ethics questionnaire</source>
        <translation>Әдеп сауалнамасы</translation>
    </message>
    <message>
        <source>Stage I (regional)</source>
        <translation>I кезең (облыстық)</translation>
    </message>
    <message>
        <source>Stage II (republican)</source>
        <translation>II кезең (республикалық)</translation>
    </message>
</context>
<context>
    <name>akim::survey::CsvReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Файлды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Файл бос</translation>
    </message>
    <message>
        <source>This is not a text spreadsheet: the file holds binary data</source>
        <translation>Бұл мәтіндік кесте емес: файлда екілік деректер бар</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”</source>
        <translation>Белгісіз кодтау: «%1»</translation>
    </message>
    <message>
        <source>A quote or a line break cannot be the delimiter</source>
        <translation>Тырнақша немесе жол ауысуы бөлгіш бола алмайды</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Файлды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The file has no sheet “%1”</source>
        <translation>Файлда «%1» парағы жоқ</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1; they are shown as �</source>
        <translation>Кейбір байттар %1 кодтауында жарамсыз; олар � түрінде көрсетілген</translation>
    </message>
    <message>
        <source>The cell holds more than %1 characters, the most a cell may hold</source>
        <translation>Ұяшықта %1 таңбадан көп — бұл ұяшыққа рұқсат етілген шектен асады</translation>
    </message>
    <message>
        <source>The row has more than %1 cells</source>
        <translation>Жолда %1 ұяшықтан көп</translation>
    </message>
    <message>
        <source>The quoted cell that begins on line %1 is never closed</source>
        <translation>%1-жолда басталатын тырнақшадағы ұяшық жабылмаған</translation>
    </message>
    <message>
        <source>The row is longer than %1 characters</source>
        <translation>Жол %1 таңбадан ұзын</translation>
    </message>
</context>
<context>
    <name>akim::survey::EncodingDetector</name>
    <message>
        <source>The file has bytes that are not valid UTF-8; they are shown as �</source>
        <translation>Файлда UTF-8 үшін жарамсыз байттар бар; олар � түрінде көрсетілген</translation>
    </message>
    <message>
        <source>The encoding could not be recognised with confidence: check the preview and choose another encoding if the text looks wrong</source>
        <translation>Кодтауды сенімді анықтау мүмкін болмады: алдын ала қарауды тексеріңіз және мәтін дұрыс көрінбесе, басқа кодтауды таңдаңыз</translation>
    </message>
    <message>
        <source>The file is in %1, which has no letters ә ғ қ ң ө ұ ү һ: names may arrive damaged</source>
        <translation>Файл %1 кодтауында, онда ә ғ қ ң ө ұ ү һ әріптері жоқ: аттар бұрмалануы мүмкін</translation>
    </message>
    <message>
        <source>The file is in windows-1252, which has no Cyrillic letters: if names look wrong, choose another encoding</source>
        <translation>Файл windows-1252 кодтауында, онда кирилл әріптері жоқ: аттар дұрыс көрінбесе, басқа кодтауды таңдаңыз</translation>
    </message>
    <message>
        <source>The file is UTF-8 text that was once read in a wrong encoding and saved again (“Р°” instead of “а”); it is repaired while reading. Choose UTF-8 if the preview looks wrong</source>
        <translation>Файл — бір кезде қате кодтаумен оқылып, қайта сақталған UTF-8 мәтіні («а» орнына «Р°»); ол оқу кезінде түзетіледі. Алдын ала қарау дұрыс көрінбесе, UTF-8 таңдаңыз</translation>
    </message>
</context>
<context>
    <name>akim::survey::ExpatStream</name>
    <message>
        <source>%1: out of memory while parsing</source>
        <translation>%1: талдау кезінде жад жетпеді</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4)</source>
        <translation>%1 — дұрыс пішімделмеген XML (%2-жол, %3-баған: %4)</translation>
    </message>
    <message>
        <source>%1: the file contains a DTD, which spreadsheets never need</source>
        <translation>%1: файлда DTD бар, ал кестелерге ол ешқашан қажет емес</translation>
    </message>
    <message>
        <source>%1: the file declares XML entities, which spreadsheets never need</source>
        <translation>%1: файлда XML нысандары жарияланған, ал кестелерге олар ешқашан қажет емес</translation>
    </message>
</context>
<context>
    <name>akim::survey::HeaderGuess</name>
    <message>
        <source>Column %1</source>
        <translation>%1 бағаны</translation>
    </message>
</context>
<context>
    <name>akim::survey::NomineeMatcher</name>
    <message>
        <source>KATO code</source>
        <translation>ҚАТО коды</translation>
    </message>
    <message>
        <source>Remembered spelling</source>
        <translation>Есте сақталған жазылуы</translation>
    </message>
    <message>
        <source>Exact name</source>
        <translation>Атауы дәл сәйкес</translation>
    </message>
    <message>
        <source>Name in another form</source>
        <translation>Атауы басқа түрде</translation>
    </message>
    <message>
        <source>Name with lost Kazakh letters</source>
        <translation>Атауында қазақ әріптері жоғалған</translation>
    </message>
    <message>
        <source>Name with a typo</source>
        <translation>Атауы қате терілген</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Екіұшты</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Табылмады</translation>
    </message>
</context>
<context>
    <name>akim::survey::OdsContentParser</name>
    <message>
        <source>the cell is longer than the limit of %1 bytes</source>
        <translation>ұяшық %1 байт шегінен ұзын</translation>
    </message>
    <message>
        <source>row %1 has values up to column %2, beyond the limit of %3 columns</source>
        <translation>%1-жолда %2-бағанға дейін мәндер бар, бұл %3 баған шегінен асады</translation>
    </message>
    <message>
        <source>row %1 repeats %2 times, more than the limit of %3 repeated rows</source>
        <translation>%1-жол %2 рет қайталанады, бұл %3 қайталанатын жол шегінен көп</translation>
    </message>
    <message>
        <source>row %1 is outside the sheet (1 to %2)</source>
        <translation>%1-жол парақ шегінен тыс (1…%2)</translation>
    </message>
    <message>
        <source>content.xml names sheet %1 &quot;%2&quot; on a second reading, not &quot;%3&quot;</source>
        <translation>content.xml қайта оқылғанда %1 парағы «%3» емес, «%2» деп аталады</translation>
    </message>
</context>
<context>
    <name>akim::survey::OdsReader</name>
    <message>
        <source>the file is an OpenDocument file of type %1, not a spreadsheet</source>
        <translation>файл — %1 түріндегі OpenDocument файлы, кесте емес</translation>
    </message>
    <message>
        <source>the spreadsheet is protected by a password</source>
        <translation>кесте құпиясөзбен қорғалған</translation>
    </message>
    <message>
        <source>the archive has no content.xml, so it is not an ODS spreadsheet</source>
        <translation>архивте content.xml жоқ, сондықтан бұл ODS кестесі емес</translation>
    </message>
    <message>
        <source>the zip archive is empty, so it is not an ODS spreadsheet</source>
        <translation>zip архиві бос, сондықтан бұл ODS кестесі емес</translation>
    </message>
    <message>
        <source>the document is not a spreadsheet</source>
        <translation>құжат кесте емес</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>кестеде парақтар жоқ</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet named &quot;%1&quot;</source>
        <translation>кестеде «%1» атты парақ жоқ</translation>
    </message>
    <message>
        <source>content.xml ends before sheet &quot;%1&quot;</source>
        <translation>content.xml «%1» парағына жетпей аяқталады</translation>
    </message>
</context>
<context>
    <name>akim::survey::OdsTableScanner</name>
    <message>
        <source>%1 has a tag longer than %2 bytes</source>
        <translation>%1 ішінде %2 байттан ұзын тег бар</translation>
    </message>
    <message>
        <source>%1: the file contains a DTD, which spreadsheets never need</source>
        <translation>%1: файлда DTD бар, ал кестелерге ол ешқашан қажет емес</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a tag</source>
        <translation>%1 тегтің ортасында үзіледі</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a comment or CDATA section</source>
        <translation>%1 түсініктеменің немесе CDATA бөлімінің ортасында үзіледі</translation>
    </message>
    <message>
        <source>%1 has more than %2 sheets</source>
        <translation>%1 ішінде %2 парақтан көп</translation>
    </message>
</context>
<context>
    <name>akim::survey::ReadError</name>
    <message>
        <source>row %1</source>
        <translation>%1-жол</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 бағаны</translation>
    </message>
</context>
<context>
    <name>akim::survey::SheetReaderFactory</name>
    <message>
        <source>the zip archive is empty, so it is not a spreadsheet</source>
        <translation>zip архиві бос, сондықтан бұл кесте емес</translation>
    </message>
    <message>
        <source>an OpenDocument file of type &quot;%1&quot;, not a spreadsheet</source>
        <translation>«%1» түріндегі OpenDocument файлы, кесте емес</translation>
    </message>
    <message>
        <source>a zip archive that is not a spreadsheet (neither XLSX nor ODS)</source>
        <translation>кесте емес zip архиві (XLSX те, ODS те емес)</translation>
    </message>
    <message>
        <source>an Excel 2003 XML spreadsheet, which cannot be read; open it in Excel or LibreOffice and save it as XLSX</source>
        <translation>Excel 2003 XML кестесі, оны оқу мүмкін емес; оны Excel немесе LibreOffice бағдарламасында ашып, XLSX ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>a web page (HTML) saved as a spreadsheet, which cannot be read; open it in Excel or LibreOffice and save it as XLSX</source>
        <translation>кесте ретінде сақталған веб-бет (HTML), оны оқу мүмкін емес; оны Excel немесе LibreOffice бағдарламасында ашып, XLSX ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>файлды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsReader</name>
    <message>
        <source>the file is too short</source>
        <translation>файл тым қысқа</translation>
    </message>
    <message>
        <source>bad compound file header</source>
        <translation>құрама файлдың тақырыбы бұзылған</translation>
    </message>
    <message>
        <source>bad sector allocation table</source>
        <translation>секторларды орналастыру кестесі бұзылған</translation>
    </message>
    <message>
        <source>the directory cannot be read</source>
        <translation>файл каталогын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the file holds no Excel workbook (it may be a Word document or another Office file)</source>
        <translation>файлда Excel жұмыс кітабы жоқ (бұл Word құжаты немесе басқа Office файлы болуы мүмкін)</translation>
    </message>
    <message>
        <source>a broken sector chain; the file may be truncated</source>
        <translation>секторлар тізбегі үзілген; файл толық болмауы мүмкін</translation>
    </message>
    <message>
        <source>the workbook stream is cut short</source>
        <translation>жұмыс кітабының ағыны үзілген</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>файл зақымдалған (%1)</translation>
    </message>
    <message>
        <source>not an Excel 97–2003 workbook (the stream does not start with a BIFF5 or BIFF8 header)</source>
        <translation>бұл Excel 97–2003 жұмыс кітабы емес (ағын BIFF5 немесе BIFF8 тақырыбынан басталмайды)</translation>
    </message>
    <message>
        <source>the file is damaged (a record runs past the end of the workbook stream)</source>
        <translation>файл зақымдалған (жазба жұмыс кітабы ағынының соңынан асып кетеді)</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; open it in Excel, remove the password and save it again</source>
        <translation>жұмыс кітабы құпиясөзбен қорғалған; оны Excel-де ашып, құпиясөзді алып тастап, қайта сақтаңыз</translation>
    </message>
    <message>
        <source>the sheets claim more than %1 cells, more than can be read safely; open the file in Excel and save it as XLSX</source>
        <translation>парақтарда %1 ұяшықтан көп деп көрсетілген — бұл қауіпсіз оқуға болатын мөлшерден көп; файлды Excel-де ашып, XLSX ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>файлды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>the workbook is too large to read</source>
        <translation>жұмыс кітабы оқу үшін тым үлкен</translation>
    </message>
    <message>
        <source>the file holds no Excel workbook</source>
        <translation>файлда Excel жұмыс кітабы жоқ</translation>
    </message>
    <message>
        <source>the workbook holds text in an unknown encoding</source>
        <translation>жұмыс кітабындағы мәтін белгісіз кодтауда</translation>
    </message>
    <message>
        <source>the file is damaged or not an Excel 97–2003 workbook (FreeXL error %1)</source>
        <translation>файл зақымдалған немесе Excel 97–2003 жұмыс кітабы емес (FreeXL қатесі %1)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>файлды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <source>not an Excel 97–2003 workbook</source>
        <translation>бұл Excel 97–2003 жұмыс кітабы емес</translation>
    </message>
    <message>
        <source>the workbook is protected with a password</source>
        <translation>жұмыс кітабы құпиясөзбен қорғалған</translation>
    </message>
    <message>
        <source>the name of sheet %1 cannot be read</source>
        <translation>%1 парағының атауын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>жұмыс кітабында парақтар жоқ</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;</source>
        <translation>жұмыс кітабында «%1» атты парақ жоқ</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; cannot be read</source>
        <translation>«%1» парағын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has %2 columns, more than the %3 allowed</source>
        <translation>«%1» парағында %2 баған бар, бұл рұқсат етілген %3 бағаннан көп</translation>
    </message>
    <message>
        <source>the cell holds more than %1 bytes</source>
        <translation>ұяшықта %1 байттан көп</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxReader</name>
    <message>
        <source>the zip archive is empty, so it is not an XLSX spreadsheet</source>
        <translation>zip архиві бос, сондықтан бұл XLSX кестесі емес</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;</source>
        <translation>жұмыс кітабында «%1» атты парақ жоқ</translation>
    </message>
    <message>
        <source>the part %1 of sheet &quot;%2&quot; is missing from the archive</source>
        <translation>архивте «%2» парағының %1 бөлігі жоқ</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxSharedStrings</name>
    <message>
        <source>shared string %1 is longer than the limit of %2 bytes</source>
        <translation>%1 ортақ жолы %2 байт шегінен ұзын</translation>
    </message>
    <message>
        <source>the workbook has more than %1 shared strings</source>
        <translation>жұмыс кітабында %1 ортақ жолдан көп</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxSheetParser</name>
    <message>
        <source>the cell is longer than the limit of %1 bytes</source>
        <translation>ұяшық %1 байт шегінен ұзын</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not a number</source>
        <translation>«%1» жол нөмірі сан емес</translation>
    </message>
    <message>
        <source>the row number %1 is outside the sheet (1 to %2)</source>
        <translation>%1 жол нөмірі парақ шегінен тыс (1…%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell reference</source>
        <translation>«%1» ұяшық сілтемесі емес</translation>
    </message>
    <message>
        <source>row %1 has a cell in column %2, beyond the limit of %3 columns</source>
        <translation>%1-жолда %2 бағанында ұяшық бар, бұл %3 баған шегінен асады</translation>
    </message>
    <message>
        <source>the cell refers to shared string %1, which does not exist</source>
        <translation>ұяшық жоқ %1 ортақ жолына сілтеме жасайды</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxWorkbook</name>
    <message>
        <source>%1: the file contains a DTD, which spreadsheets never need</source>
        <translation>%1: файлда DTD бар, ал кестелерге ол ешқашан қажет емес</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4)</source>
        <translation>%1 — дұрыс пішімделмеген XML (%2-жол, %3-баған: %4)</translation>
    </message>
    <message>
        <source>the archive contains no workbook, so it is not an XLSX spreadsheet</source>
        <translation>архивте жұмыс кітабы жоқ, сондықтан бұл XLSX кестесі емес</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>жұмыс кітабында жұмыс парақтары жоқ</translation>
    </message>
</context>
<context>
    <name>akim::survey::ZipArchive</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>файлды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <source>the file is not a zip archive, or it is damaged or truncated (zip error %1)</source>
        <translation>файл zip архиві емес, не зақымдалған немесе толық емес (zip қатесі %1)</translation>
    </message>
    <message>
        <source>the zip archive lists %1 members, more than the %2 a spreadsheet can have</source>
        <translation>zip архивінде %1 элемент бар, ал кестеде %2 элементтен артық болмайды</translation>
    </message>
    <message>
        <source>the zip archive&apos;s directory is damaged (zip error %1)</source>
        <translation>zip архивінің каталогы зақымдалған (zip қатесі %1)</translation>
    </message>
    <message>
        <source>the archive has no member %1</source>
        <translation>архивте %1 элементі жоқ</translation>
    </message>
    <message>
        <source>%1 inflates to %2 bytes, more than the limit of %3 bytes</source>
        <translation>%1 ашылғанда %2 байт болады, бұл %3 байт шегінен көп</translation>
    </message>
    <message>
        <source>cannot open %1 while %2 is open</source>
        <translation>%2 ашық тұрғанда %1 ашу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>akim::survey::ZipMemberStream</name>
    <message>
        <source>cannot find %1 in the archive (zip error %2)</source>
        <translation>архивтен %1 табылмады (zip қатесі %2)</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 шифрланған</translation>
    </message>
    <message>
        <source>%1 uses compression method %2, which is not supported</source>
        <translation>%1 қолдау көрсетілмейтін %2 сығу әдісін пайдаланады</translation>
    </message>
    <message>
        <source>cannot open %1 in the archive (zip error %2)</source>
        <translation>архивтегі %1 ашылмады (zip қатесі %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its compressed data cannot be inflated (zip error %2)</source>
        <translation>%1 зақымдалған: сығылған деректерді ашу мүмкін емес (zip қатесі %2)</translation>
    </message>
    <message>
        <source>%1 inflates to more than the limit of %2 bytes</source>
        <translation>%1 ашылғанда %2 байт шегінен асады</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match</source>
        <translation>%1 зақымдалған: бақылау сомасы сәйкес келмейді</translation>
    </message>
    <message>
        <source>%1 is damaged (zip error %2)</source>
        <translation>%1 зақымдалған (zip қатесі %2)</translation>
    </message>
</context>
</TS>
