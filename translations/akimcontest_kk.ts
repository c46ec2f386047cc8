<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>A result can only be finalised by a chair: the secretary creates the chair&apos;s account first.</source>
        <translation>Қорытындыларды тек төраға аяқтай алады: алдымен хатшы төрағаның есептік жазбасын жасайды.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>%1 үшін жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>The account you signed in with no longer exists.</source>
        <translation>Кірген есептік жазба енді жоқ.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated.</source>
        <translation>%1 есептік жазбасы өшірілген.</translation>
    </message>
    <message>
        <source>%1 may not %2 (signed in as %3).</source>
        <translation>«%1» рөлі %2 мүмкіндік бермейді (%3 ретінде кірдіңіз).</translation>
    </message>
    <message>
        <source>The account %1 is not bound to a commission member, so it has no ballot.</source>
        <translation>%1 есептік жазбасы комиссия мүшесіне байланбаған, сондықтан оның бағалау парағы жоқ.</translation>
    </message>
    <message>
        <source>The account %1 belongs to another commission.</source>
        <translation>%1 есептік жазбасы басқа комиссияға тиесілі.</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>change the contest&apos;s set-up</source>
        <translation>конкурс баптауларын өзгертуге</translation>
    </message>
    <message>
        <source>manage the accounts</source>
        <translation>есептік жазбаларды басқаруға</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>деректерді жүктеуге</translation>
    </message>
    <message>
        <source>finalise a result</source>
        <translation>қорытындыларды аяқтауға</translation>
    </message>
    <message>
        <source>score a ballot</source>
        <translation>баға қоюға</translation>
    </message>
    <message>
        <source>manage the commission&apos;s ballots</source>
        <translation>комиссияның бағалау парақтарымен жұмыс істеуге</translation>
    </message>
    <message>
        <source>print the protocols</source>
        <translation>хаттамаларды басып шығаруға</translation>
    </message>
    <message>
        <source>record the particulars of a commission meeting</source>
        <translation>комиссия отырысының деректемелерін енгізуге</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>Құпиясөз кемінде %n таңба.</numerusform>
            <numerusform>Құпиясөз кемінде %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password has at most 256 characters.</source>
        <translation>Құпиясөз 256 таңбадан аспайды.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>A user name has at most 64 characters.</source>
        <translation>Пайдаланушы аты 64 таңбадан аспайды.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>Пайдаланушы атында бос орын болмауы керек.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>%1 пайдаланушы аты бос емес.</translation>
    </message>
    <message>
        <source>The first account of a contest is its secretary&apos;s.</source>
        <translation>Конкурстың алғашқы есептік жазбасы — хатшының есептік жазбасы.</translation>
    </message>
    <message>
        <source>A secretary&apos;s account is not bound to a commission member.</source>
        <translation>Хатшының есептік жазбасы комиссия мүшесіне байланбайды.</translation>
    </message>
    <message>
        <source>Choose the commission member this account scores as.</source>
        <translation>Осы есептік жазба кімнің атынан баға қоятынын — комиссия мүшесін таңдаңыз.</translation>
    </message>
    <message>
        <source>The chosen commission member no longer exists.</source>
        <translation>Таңдалған комиссия мүшесі енді жоқ.</translation>
    </message>
    <message>
        <source>%1 is the commission&apos;s secretary, who does not score.</source>
        <translation>%1 — комиссия хатшысы, ол баға қоймайды.</translation>
    </message>
    <message>
        <source>%1 is neither the chair nor the deputy chair of the commission.</source>
        <translation>%1 комиссия төрағасы да, төраға орынбасары да емес.</translation>
    </message>
    <message>
        <source>%1 already has the account %2.</source>
        <translation>%1 үшін %2 есептік жазбасы бар.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Есептік жазба енді жоқ.</translation>
    </message>
    <message>
        <source>Password of %1 reset by the secretary</source>
        <translation>%1 құпиясөзін хатшы қалпына келтірді</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Алдымен жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Ағымдағы құпиясөз қате.</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>%1 өзгертті</translation>
    </message>
    <message>
        <source>You cannot deactivate the account you are signed in with.</source>
        <translation>Өзіңіз кірген есептік жазбаны өшіруге болмайды.</translation>
    </message>
    <message>
        <source>%1 is the last active secretary; a contest always keeps one.</source>
        <translation>%1 — соңғы белсенді хатшы; конкурста әрқашан кемінде біреуі қалады.</translation>
    </message>
    <message>
        <source>A password cannot be changed in a ballot package; the secretary changes it in the contest file.</source>
        <translation>Бағалау парағының пакетінде құпиясөзді өзгертуге болмайды; оны хатшы конкурс файлында өзгертеді.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>reason: %1</source>
        <translation>себебі: %1</translation>
    </message>
    <message>
        <source>Prints the audit log, oldest first: one line per entry with its number, time (UTC), user, action, object, old → new value and reason. The file is opened read-only. The hash chain is verified as well: when it is broken, the log is still printed, the first broken entry is named on stderr and the exit status is 3.</source>
        <translation>Аудит журналын ескісінен жаңасына қарай шығарады: әр жазбаға бір жол — нөмірі, уақыты (UTC), пайдаланушы, әрекет, нысан, ескі → жаңа мән және себебі. Файл тек оқу үшін ашылады. Хеш тізбегі де тексеріледі: ол бұзылса да журнал шығарылады, бірінші бұзылған жазба stderr-де аталады, аяқталу коды — 3.</translation>
    </message>
    <message>
        <source>Print one JSON object: &quot;entries&quot; with every field of each entry (hashes included), &quot;chain_intact&quot; and &quot;problems&quot;.</source>
        <translation>Бір JSON нысанын шығару: әр жазбаның барлық өрістерімен (хештерді қоса) «entries», «chain_intact» және «problems».</translation>
    </message>
    <message>
        <source>Only the entries whose action starts with PREFIX (&quot;nominee&quot;, &quot;survey.import&quot;).</source>
        <translation>Әрекеті PREFIX-тен басталатын жазбалар ғана («nominee», «survey.import»).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>Only the entries made by this user (any case).</source>
        <translation>Осы пайдаланушының жазбалары ғана (әріп регистрі маңызды емес).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТЫ</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Конкурс файлы.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Аудит журналы оқылмайды: %1</translation>
    </message>
    <message>
        <source>The audit log was changed outside the program; &quot;%1 check&quot; lists every problem of the file.</source>
        <translation>Аудит журналы бағдарламаны айналып өзгертілген; «%1 check» файлдың барлық ақауларын атап шығады.</translation>
    </message>
</context>
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
    <message>
        <source>Audit log: an entry numbered %1 stands before entry %2; the program never writes such a number (inserted behind its back).</source>
        <translation>Аудит журналы: %1 нөмірлі жазба %2-жазбаның алдында тұр; бағдарлама мұндай нөмір ешқашан бермейді (бағдарламаны айналып өтіп енгізілген).</translation>
    </message>
</context>
<context>
    <name>BallotsCommand</name>
    <message>
        <source>The secretary&apos;s user name; the password is read from AKIMCONTEST_PASSWORD or asked for.</source>
        <translation>Хатшының пайдаланушы аты; құпиясөз AKIMCONTEST_PASSWORD айнымалысынан алынады немесе сұралады.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТЫ</translation>
    </message>
    <message>
        <source>Exports a commission member&apos;s ballot package, to be scored offline with this program on any PC, or imports the packages the members send back.</source>
        <translation>Комиссия мүшесінің бағалау парағының пакетін кез келген компьютерде осы бағдарламамен желісіз бағалау үшін экспорттайды немесе мүшелер қайтарған пакеттерді импорттайды.</translation>
    </message>
    <message>
        <source>Say what to do: export or import.</source>
        <translation>Әрекетті көрсетіңіз: export немесе import.</translation>
    </message>
    <message>
        <source>Unknown action %1: use export or import.</source>
        <translation>Белгісіз әрекет %1: export немесе import қолданыңыз.</translation>
    </message>
    <message>
        <source>No commission member who scores matches &quot;%1&quot;. The members are:
%2</source>
        <translation>«%1» сәйкес келетін бағалаушы комиссия мүшесі жоқ. Комиссия мүшелері:
%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several members; give the id:
%2</source>
        <translation>«%1» бірнеше комиссия мүшесіне сәйкес келеді; id көрсетіңіз:
%2</translation>
    </message>
    <message>
        <source>Writes a member&apos;s ballot package: the nominees and criteria the member scores, sealed with the member&apos;s password. The member opens it with this program, scores, submits and sends the file back.</source>
        <translation>Комиссия мүшесінің бағалау парағының пакетін жазады: ол бағалайтын қатысушылар мен өлшемдер мүшенің құпиясөзімен мөрленеді. Мүше пакетті осы бағдарламада ашып, бағалайды, тапсырады және файлды қайтарады.</translation>
    </message>
    <message>
        <source>The member: the full name, or the id.</source>
        <translation>Комиссия мүшесі: толық аты-жөні немесе id.</translation>
    </message>
    <message>
        <source>NAME|ID</source>
        <translation>АТЫ|ID</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>Жазылатын пакет файлы.</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>ПАКЕТ</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Конкурс файлы.</translation>
    </message>
    <message>
        <source>Name the member with --member.</source>
        <translation>Комиссия мүшесін --member арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the package file with --out.</source>
        <translation>Пакет файлын --out арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>Wrote the ballot package of %1 to %2.</source>
        <translation>%1 бағалау парағының пакеті %2 файлына жазылды.</translation>
    </message>
    <message>
        <source>Imports ballot packages the members scored and submitted. Every package is checked first; if any is refused, none is imported and the file is left unchanged.</source>
        <translation>Комиссия мүшелері толтырып тапсырған бағалау парақтарының пакеттерін импорттайды. Алдымен әр пакет тексеріледі; біреуі қабылданбаса, ешқайсысы импортталмайды және файл өзгермейді.</translation>
    </message>
    <message>
        <source>The package files.</source>
        <translation>Пакет файлдары.</translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation>Ештеңе импортталған жоқ.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported the ballot of %1 (%2) from %3: %n cell(s); changed against the contest file: %4.</source>
        <translation>
            <numerusform>%1 бағалау парағы (%2) %3 файлынан импортталды: %n ұяшық; конкурс файлымен салыстырғанда өзгергені: %4.</numerusform>
            <numerusform>%1 бағалау парағы (%2) %3 файлынан импортталды: %n ұяшық; конкурс файлымен салыстырғанда өзгергені: %4.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n finalised result(s) recomputed from the file, each matching the SHA-256 and methodology it was finalised with.</source>
        <translation>
            <numerusform>Аяқталған %n нәтиже файл бойынша қайта есептелді; әрқайсысы аяқталған кездегі SHA-256 пен әдістемеге сәйкес.</numerusform>
            <numerusform>Аяқталған %n нәтиже файл бойынша қайта есептелді; әрқайсысы аяқталған кездегі SHA-256 пен әдістемеге сәйкес.</numerusform>
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
    <message>
        <source>No region &quot;%1&quot; in this contest. Its regions: %2.</source>
        <translation>Бұл конкурста «%1» облысы жоқ. Конкурс облыстары: %2.</translation>
    </message>
    <message>
        <source>Give the user name with --user; the password is read from AKIMCONTEST_PASSWORD or asked for.</source>
        <translation>Пайдаланушы атын --user арқылы беріңіз; құпиясөз AKIMCONTEST_PASSWORD-тен алынады немесе сұралады.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 құпиясөзі: </translation>
    </message>
    <message>
        <source>No password: set AKIMCONTEST_PASSWORD or run the command on a terminal.</source>
        <translation>Құпиясөз жоқ: AKIMCONTEST_PASSWORD орнатыңыз немесе команданы терминалда іске қосыңыз.</translation>
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
        <source>Import N citizens&apos; survey responses and an ethics questionnaire (8 to 24 respondents per nominee), made up the way real exports look.</source>
        <translation>Халық сауалнамасының N жауабын және әдеп сауалнамасын (әр қатысушыға 8-ден 24-ке дейін респондент) нақты экспорттар үлгісімен жасап, импорттау.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n citizens&apos; response(s)</source>
        <translation>
            <numerusform>Импортталды: халық сауалнамасының %n жауабы</numerusform>
            <numerusform>Импортталды: халық сауалнамасының %n жауабы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n ethics questionnaire response(s).</source>
        <translation>
            <numerusform> және әдеп сауалнамасының %n жауабы.</numerusform>
            <numerusform> және әдеп сауалнамасының %n жауабы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the ballot of every voting member: stage I in every region, then stage II for the nominees who would advance, with a few abstentions and the recusals of declared conflicts of interest.</source>
        <translation>Барлық дауыс беретін мүшелердің бағалау парақтарын толтыру: барлық облыстарда I кезең, содан кейін келесі кезеңге өтетін қатысушылар үшін II кезең, бірнеше қалыс қалумен және мәлімделген мүдделер қақтығысы бойынша өздігінен бас тартумен.</translation>
    </message>
    <message>
        <source>Ballots: %1 stage I scores and %2 stage II scores.</source>
        <translation>Бағалау парақтары: I кезеңнің %1 бағасы және II кезеңнің %2 бағасы.</translation>
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
    <message>
        <source>Nominees and commissions of %1</source>
        <translation>Қатысушылар мен комиссиялар: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Бағалау парақтары</translation>
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
    <message>
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
</context>
<context>
    <name>FinaliseCommand</name>
    <message>
        <source>Finalises a result: stage I of one region, or stage II. The ranking is computed, recorded with its methodology and SHA-256, and the inputs it depends on are locked. Nothing undoes it.</source>
        <translation>Кезеңді аяқтап, оның нәтижесін тіркейді: бір облыстың I кезеңі немесе II кезең. Рейтинг есептеліп, әдістемесімен және SHA-256 хешімен бірге жазылады, ал ол тәуелді бастапқы деректер бұғатталады. Мұны болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>regional (stage I, with --region) or national (stage II).</source>
        <translation>regional (I кезең, --region опциясымен бірге) немесе national (II кезең).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>The region whose stage I is finalised: its name in Russian or Kazakh, or its KATO code.</source>
        <translation>I кезеңі аяқталатын облыс: оның орыс немесе қазақ тіліндегі атауы не ҚАТО коды.</translation>
    </message>
    <message>
        <source>NAME|CODE</source>
        <translation>NAME|CODE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The chair&apos;s decision when nominees are tied at the advancement cut: the ids of the nominees who advance, separated by commas (`rank --format json` lists the ids).</source>
        <translation>Өту шегінде ұпай теңдігі болғандағы төрағаның шешімі: II кезеңге өтетін қатысушылардың идентификаторлары үтір арқылы (оларды `rank --format json` шығарады).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Конкурс файлы.</translation>
    </message>
    <message>
        <source>--stage must be regional or national.</source>
        <translation>--stage мәні regional немесе national болуы керек.</translation>
    </message>
    <message>
        <source>Stage I is finalised region by region: give --region.</source>
        <translation>I кезең әр облыс бойынша жеке аяқталады: --region көрсетіңіз.</translation>
    </message>
    <message>
        <source>--region applies to the regional stage only.</source>
        <translation>--region опциясы тек облыстық кезеңге қолданылады.</translation>
    </message>
    <message>
        <source>--advance takes nominee ids, e.g. 12,40.</source>
        <translation>--advance опциясына қатысушылардың идентификаторлары керек, мысалы, 12,40.</translation>
    </message>
    <message>
        <source>stage II</source>
        <translation>II кезең</translation>
    </message>
    <message>
        <source>stage I of %1</source>
        <translation>I кезең (%1)</translation>
    </message>
    <message>
        <source>%1 was not finalised: %2</source>
        <translation>%1 аяқталмады: %2</translation>
    </message>
    <message numerus="yes">
        <source>Finalised %1: %n nominee(s) ranked.</source>
        <translation>
            <numerusform>%1 аяқталды: рейтингте %n қатысушы.</numerusform>
            <numerusform>%1 аяқталды: рейтингте %n қатысушы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Advancing (nominee ids): %1</source>
        <translation>Іріктелгендер (қатысушылардың идентификаторлары): %1</translation>
    </message>
    <message>
        <source>Ranking SHA-256: %1</source>
        <translation>Рейтингтің SHA-256 хеші: %1</translation>
    </message>
    <message>
        <source>Places 1 to 3 (nominee ids): %1</source>
        <translation>1–3 орындар (қатысушылардың идентификаторлары): %1</translation>
    </message>
    <message>
        <source>The chair&apos;s user name; the password is read from AKIMCONTEST_PASSWORD or asked for.</source>
        <translation>Төрағаның пайдаланушы аты; құпиясөз AKIMCONTEST_PASSWORD-тен алынады немесе сұралады.</translation>
    </message>
</context>
<context>
    <name>ImportRegistryCommand</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>жарамсыз JSON (%2 позициясында %1)</translation>
    </message>
    <message>
        <source>the mapping must be a JSON object</source>
        <translation>бағандарды сәйкестендіру JSON нысаны болуы керек</translation>
    </message>
    <message>
        <source>Imports the list of applicants from a registry spreadsheet (CSV, XLSX, ODS or XLS) into the contest FILE: one row per nominee with the region, district, rural okrug and the akim&apos;s full name, and optionally the okrug&apos;s KATO code and the date the akim took office. The header row and its columns are recognised by their labels in Russian, Kazakh or English (&quot;Область&quot;, &quot;Аудан&quot;, &quot;Rural okrug&quot;, &quot;ФИО акима&quot;, &quot;КАТО&quot;, &quot;В должности с&quot;, …); a mapping file names the others. Districts and okrugs that the contest does not have yet are created; a nominee already in the okrug is left as it is, so importing the same file again adds nothing.
Any problem row (a blank name, an unknown region, a bad date, an okrug that already has another nominee, …) is listed with its row and column, and nothing is written: exit status 2, as for a file that cannot be read.</source>
        <translation>Өтініш берушілер тізімін тізілім кестесінен (CSV, XLSX, ODS немесе XLS) FILE конкурс файлына импорттайды: әр қатысушыға бір жол — облыс, аудан, ауылдық округ және әкімнің аты-жөні, сондай-ақ қажет болса округтің ҚАТО коды мен әкімнің лауазымға кіріскен күні. Тақырып жолы мен оның бағандары орыс, қазақ немесе ағылшын тіліндегі атаулары бойынша танылады («Область», «Аудан», «Rural okrug», «ФИО акима», «КАТО», «В должности с», …); қалғандары сәйкестендіру файлында көрсетіледі. Конкурста әлі жоқ аудандар мен округтер құрылады; округте бұрыннан бар қатысушы өзгеріссіз қалады, сондықтан сол файлды қайта импорттау ештеңе қоспайды.
Ақауы бар әр жол (бос аты-жөні, белгісіз облыс, қате күн, басқа қатысушысы бар округ, …) жол нөмірі мен бағанымен көрсетіледі және ештеңе жазылмайды: оқу мүмкін емес файлдағыдай, аяқталу коды 2.</translation>
    </message>
    <message>
        <source>A JSON file naming the sheet, the header row or the role of columns the labels do not make clear.</source>
        <translation>Парақты, тақырып жолын немесе атауларынан анық емес бағандардың мазмұнын көрсететін JSON файлы.</translation>
    </message>
    <message>
        <source>The sheet to import (default: the first).</source>
        <translation>Импортталатын парақ (әдепкі — бірінші).</translation>
    </message>
    <message>
        <source>Show what would be imported, and write nothing.</source>
        <translation>Нелер импортталатынын көрсету (ештеңе жазылмайды).</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Конкурс файлы.</translation>
    </message>
    <message>
        <source>The registry spreadsheet.</source>
        <translation>Тізілім кестесі.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: header in row %3; columns: %4.</source>
        <translation>%1, «%2» парағы: тақырып %3-жолда; бағандар: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems; nothing was imported.</source>
        <translation>
            <numerusform>Ақауы бар %n жол; ештеңе импортталмады.</numerusform>
            <numerusform>Ақауы бар %n жол; ештеңе импортталмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Сынақ тексеру: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>%1 added, %2 already present</source>
        <translation>қосылды: %1, бұрыннан бар: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n district(s)</source>
        <translation>
            <numerusform>Құрылды: %n аудан</numerusform>
            <numerusform>Құрылды: %n аудан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n okrug(s).</source>
        <translation>
            <numerusform>, %n ауылдық округ.</numerusform>
            <numerusform>, %n ауылдық округ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSurveyCommand</name>
    <message>
        <source>%1: cannot read the mapping: %2</source>
        <translation>%1: бағандарды сәйкестендіруді оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3).</source>
        <translation>%1: бұл JSON нысаны емес (%3 позициясында %2).</translation>
    </message>
    <message>
        <source>sheets: %1</source>
        <translation>парақтар: %1</translation>
    </message>
    <message>
        <source>%1: no header row with data below it was found.</source>
        <translation>%1: астында деректері бар тақырып жолы табылмады.</translation>
    </message>
    <message>
        <source>Using the saved mapping &quot;%1&quot;.</source>
        <translation>Сақталған «%1» сәйкестендіруі қолданылады.</translation>
    </message>
    <message>
        <source>%1: the columns cannot all be recognised; give a mapping with --mapping M.json.</source>
        <translation>%1: барлық бағандарды тану мүмкін емес; сәйкестендіруді көрсетіңіз: --mapping M.json.</translation>
    </message>
    <message>
        <source>  column %1 could be: %2</source>
        <translation>  %1 бағаны мынау болуы мүмкін: %2</translation>
    </message>
    <message>
        <source>  column %1 holds answers but names no criterion</source>
        <translation>  %1 бағанында жауаптар бар, бірақ өлшем көрсетілмеген</translation>
    </message>
    <message>
        <source>%1: read %2, imported %3, rejected %4, duplicates %5, unmatched %6.</source>
        <translation>%1: оқылды %2, импортталды %3, қабылданбады %4, қайталанатын %5, сәйкестендірілмеген %6.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Сынақ тексеру: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Nothing new to import: the contest file is unchanged.</source>
        <translation>Импорттайтын жаңа дерек жоқ: конкурс файлы өзгермеді.</translation>
    </message>
    <message numerus="yes">
        <source>Places that match no nominee (%n spelling(s)):</source>
        <translation>
            <numerusform>Ешбір қатысушыға сәйкес келмейтін елді мекендер (%n жазылуы):</numerusform>
            <numerusform>Ешбір қатысушыға сәйкес келмейтін елді мекендер (%n жазылуы):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 × &quot;%2&quot;</source>
        <translation>  %1 × «%2»</translation>
    </message>
    <message>
        <source>fits several: %1</source>
        <translation>бірнешеуіне сәйкес келеді: %1</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more spelling(s).</source>
        <translation>
            <numerusform>  … және тағы %n жазылуы.</numerusform>
            <numerusform>  … және тағы %n жазылуы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Қабылданбаған жолдар:</translation>
    </message>
    <message>
        <source>  row %1, column %2: %3</source>
        <translation>  %1-жол, %2 бағаны: %3</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  %1-жол: %2</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … және тағы %n.</numerusform>
            <numerusform>  … және тағы %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 imported, %3 duplicates</source>
        <translation>  %1: импортталды %2, қайталанатын %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <source>Imports the citizens&apos; questionnaire (population) or the Ethics Commissioner&apos;s anonymous questionnaire (ethics) from a CSV, XLSX, ODS or XLS export into the contest FILE, in one transaction. Without --mapping the columns are recognised by their headers (or by a mapping saved for this layout) where that is unambiguous; otherwise the command stops and names the columns that need a mapping. Rows whose place matches no nominee are rejected; a mapping file may carry &quot;resolutions&quot; for such spellings, which are then remembered. Repeated rows are skipped. Prints rows read, imported, rejected, duplicates and unmatched.</source>
        <translation>Халық сауалнамасын (population) немесе әдеп жөніндегі уәкілдің жасырын сауалнамасын (ethics) CSV, XLSX, ODS немесе XLS экспортынан FILE конкурс файлына бір транзакциямен импорттайды. --mapping болмаса, бағандар тақырыптары бойынша (немесе осы құрылым үшін сақталған сәйкестендіру бойынша) бір мәнді болған жағдайда танылады; әйтпесе команда тоқтап, сәйкестендіру қажет бағандарды атайды. Елді мекені ешбір қатысушыға сәйкес келмейтін жолдар қабылданбайды; сәйкестендіру файлында мұндай жазылулар үшін «resolutions» (шешімдер) болуы мүмкін, олар кейін есте сақталады. Қайталанатын жолдар өткізіп жіберіледі. Оқылған, импортталған, қабылданбаған, қайталанатын және сәйкестендірілмеген жолдар санын шығарады.</translation>
    </message>
    <message>
        <source>population (default) or ethics.</source>
        <translation>population (әдепкі) немесе ethics.</translation>
    </message>
    <message>
        <source>A JSON column mapping (see the documentation).</source>
        <translation>JSON пішіміндегі бағандарды сәйкестендіру (құжаттаманы қараңыз).</translation>
    </message>
    <message>
        <source>Do everything but write to the contest file.</source>
        <translation>Конкурс файлына жазудан басқасының бәрін орындау.</translation>
    </message>
    <message>
        <source>Write the rejected rows, with a reason column, to this CSV file.</source>
        <translation>Қабылданбаған жолдарды себеп бағанымен осы CSV файлына жазу.</translation>
    </message>
    <message>
        <source>The sheet to import (default: the first).</source>
        <translation>Импортталатын парақ (әдепкі — бірінші).</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Конкурс файлы.</translation>
    </message>
    <message>
        <source>The spreadsheet with the responses.</source>
        <translation>Жауаптар кестесі.</translation>
    </message>
    <message>
        <source>--kind must be population or ethics, not &quot;%1&quot;.</source>
        <translation>--kind мәні «%1» емес, population немесе ethics болуы керек.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>--kind %1 contradicts the mapping&apos;s kind %2.</source>
        <translation>--kind %1 сәйкестендіруде көрсетілген %2 түріне қайшы.</translation>
    </message>
    <message>
        <source>%1 is the contest file itself, not a survey export.</source>
        <translation>%1 — сауалнама экспорты емес, конкурс файлының өзі.</translation>
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
        <source>unknown encoding &quot;%1&quot;; known: %2.</source>
        <translation>белгісіз кодтау: «%1»; белгілі кодтаулар: %2.</translation>
    </message>
    <message>
        <source>sheets: %1</source>
        <translation>парақтар: %1</translation>
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
    <message>
        <source>Import &amp;Registry…</source>
        <translation>&amp;Тізілімді импорттау…</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>&amp;Халық сауалнамасын импорттау…</translation>
    </message>
    <message>
        <source>Import &amp;Ethics Questionnaire…</source>
        <translation>Ә&amp;деп сауалнамасын импорттау…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Есептік жазба</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Кіру…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Change My Password…</source>
        <translation>Құпиясөзімді ө&amp;згерту…</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation>Есептік &amp;жазбалар…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Е&amp;септер</translation>
    </message>
    <message>
        <source>&amp;Protocols and Reports…</source>
        <translation>&amp;Хаттамалар мен есептер…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF a protocol, a score card, the import report or blank ballots</source>
        <translation>Хаттаманы, бағалау картасын, импорт туралы есепті немесе бағалау парақтарының бланкілерін алдын ала қарау, басып шығару немесе PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Барлығын &amp;таңдау</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Бір қадам &amp;жоғары</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Бір қадам тө&amp;мен</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Қарау орны:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файл &amp;атауы:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрлері:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Қалтаны табу</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алға өту</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жоғарғы қалта</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жоғарғы қалтаға өту</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа қалта жасау</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тізім көрінісі</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тізім түрінде көрсету</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толық көрініс</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толық түрде көрсету</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бүйірлік панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Орындар мен бетбелгілер</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Соңғы орындар</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңа қалта</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Жаңа &amp;қалта</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атауын өзгерту</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Жасырын файлдарды &amp;көрсету</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 бұрыннан бар.
Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылмады.
Файл атауының дұрыс берілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Қалта табылмады.
Қалта атауының дұрыс берілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» шынымен жойылсын ба?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазудан қорғалған.
Бәрібір жойылсын ба?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Қалтаны жою мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Сипаты</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Жарайды</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Қ&amp;ою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Толық мәліметті көрсету...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толық мәліметті жасыру...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Барлығына иә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ба&amp;рлығына жоқ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тоқтату</translation>
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
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ысыру</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Әдепкі бойынша</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Файлға басып шығару (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Жергілікті файл</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF файлын жазу</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Барлық беттер</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Тақ беттер</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Жұп беттер</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 бұрыннан бар.
Оның үстінен жазу керек пе?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — қалта.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 файлына жазу мүмкін емес.
Басқа файл атауын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша сыйдыру</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Бетті сыйдыру</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Бірінші бет</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Соңғы бет</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Бір бетті көрсету</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Қатар беттерді көрсету</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Барлық беттерді шолу</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Бет параметрлері</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Көшірмелер</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Көшірмелер саны:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Көшірмелер бойынша бөлу</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Кері ретпен</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Басып шығару ауқымы</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Шығыс параметрлері</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Түс режимі</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Сұр реңктер</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Екі жақты басып шығару</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Ұзын жағынан түптеу</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Қысқа жағынан түптеу</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Беттер жиыны:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Қасиеттері</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Орналасуы:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Шығыс &amp;файлы:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Қ&amp;ою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Сілтеме мекенжайын көшіру</translation>
    </message>
</context>
<context>
    <name>RankCommand</name>
    <message>
        <source>regional (stage I) or national (stage II).</source>
        <translation>regional (I кезең) немесе national (II кезең).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>Only this region (stage I): its name in Russian or Kazakh, or its KATO code.</source>
        <translation>Тек осы облыс (I кезең): оның орыс немесе қазақ тіліндегі атауы не ҚАТО коды.</translation>
    </message>
    <message>
        <source>NAME|CODE</source>
        <translation>NAME|CODE</translation>
    </message>
    <message>
        <source>csv (default: one row per nominee) or json (everything needed to recompute every total and place).</source>
        <translation>csv (әдепкі: әр қатысушыға бір жол) немесе json (әрбір қорытынды балл мен орынды қайта есептеуге қажетті барлық деректер).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Конкурс файлы.</translation>
    </message>
    <message>
        <source>--stage must be regional or national.</source>
        <translation>--stage мәні regional немесе national болуы керек.</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format мәні csv немесе json болуы керек.</translation>
    </message>
    <message>
        <source>--region applies to the regional stage only.</source>
        <translation>--region опциясы тек облыстық кезеңге қолданылады.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Конкурс әдістемесін қолдану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <source>Ranks the nominees of a stage under the contest&apos;s methodology. The file is opened read-only; the ranking is always computed, never typed in by hand.</source>
        <translation>Конкурс әдістемесі бойынша кезең қатысушыларының рейтингін құрады. Файл тек оқу үшін ашылады; рейтинг әрдайым бағдарламамен есептеледі, ешқашан қолмен енгізілмейді.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Prints the protocol of a commission&apos;s meeting to PDF: stage I of one region, or stage II. With --stage regional and no --region, --out names a folder and every region&apos;s protocol is written into it. The file is opened read-only.</source>
        <translation>Комиссия отырысының хаттамасын PDF-ке басады: бір облыстың I кезеңі немесе II кезең. --stage regional --region-сыз берілсе, --out қалтаны көрсетеді және оған барлық облыстардың хаттамалары жазылады. Файл тек оқу үшін ашылады.</translation>
    </message>
    <message>
        <source>regional (stage I) or national (stage II).</source>
        <translation>regional (I кезең) немесе national (II кезең).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>The region (stage I): its name in Russian or Kazakh, or its KATO code.</source>
        <translation>Облыс (I кезең): оның орысша не қазақша атауы немесе ӘАОЖ коды.</translation>
    </message>
    <message>
        <source>NAME|CODE</source>
        <translation>NAME|CODE</translation>
    </message>
    <message>
        <source>The protocol&apos;s language: ru (default) or kk; en for a preview.</source>
        <translation>Хаттама тілі: ru (әдепкі) немесе kk; en — алдын ала қарау үшін.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ТІЛ</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Жазылатын PDF файлы.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Конкурс файлы.</translation>
    </message>
    <message>
        <source>--stage must be regional or national.</source>
        <translation>--stage мәні regional немесе national болуы керек.</translation>
    </message>
    <message>
        <source>--region applies to the regional stage only.</source>
        <translation>--region опциясы тек облыстық кезеңге қолданылады.</translation>
    </message>
    <message>
        <source>--lang must be ru, kk or en.</source>
        <translation>--lang мәні ru, kk немесе en болуы тиіс.</translation>
    </message>
    <message>
        <source>--out is required: the PDF to write.</source>
        <translation>--out параметрі қажет: жазылатын PDF файлы.</translation>
    </message>
    <message>
        <source>--stage regional needs --region, or --out naming an existing folder for every region&apos;s protocol.</source>
        <translation>--stage regional үшін --region немесе барлық облыстардың хаттамаларына арналған бар қалтаны көрсететін --out қажет.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 жазылды</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>%1 жазылды: %n бет.</numerusform>
            <numerusform>%1 жазылды: %n бет.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::AccountActions</name>
    <message>
        <source>Demo contest: sign in as “secretary” or “chair”, or as a member (“member1”, …), with the password “demo”.</source>
        <translation>Демо-конкурс: «secretary» немесе «chair» ретінде, не комиссия мүшесі ретінде («member1», …) «demo» құпиясөзімен кіріңіз.</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>The new password of %1.</source>
        <translation>%1 үшін жаңа құпиясөз.</translation>
    </message>
    <message>
        <source>The password is changed.</source>
        <translation>Құпиясөз өзгертілді.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Кірген: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in: viewing only</source>
        <translation>Жүйеге кірмеген: тек қарау</translation>
    </message>
    <message>
        <source>Account → Sign In to make changes.</source>
        <translation>Өзгерту үшін: Есептік жазба → Кіру.</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Қорғалмаған</translation>
    </message>
    <message>
        <source>The contest has no accounts yet: anyone who opens the file can change it. Account → Manage Accounts creates the secretary&apos;s account.</source>
        <translation>Конкурста әлі есептік жазба жоқ: файлды ашқан кез келген адам оны өзгерте алады. Есептік жазба → Есептік жазбалар хатшының есептік жазбасын жасайды.</translation>
    </message>
</context>
<context>
    <name>akim::AccountDialog</name>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>The Secretary&apos;s Account</source>
        <translation>Хатшының есептік жазбасы</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
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
        <source>&amp;Scores as:</source>
        <translation>&amp;Кім ретінде бағалайды:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Қайталау:</translation>
    </message>
    <message>
        <source>Any commission (not a member)</source>
        <translation>Кез келген комиссия (мүше емес)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес емес.</translation>
    </message>
    <message>
        <source>Protect the contest: create the secretary&apos;s account. From now on the contest asks who is working on it; the secretary then creates the chair&apos;s and the members&apos; accounts (Account → Manage Accounts).</source>
        <translation>Конкурсты қорғаңыз: хатшының есептік жазбасын жасаңыз. Бұдан кейін бағдарлама конкурспен кім жұмыс істеп жатқанын сұрайды; содан соң хатшы төрағаның және комиссия мүшелерінің есептік жазбаларын жасайды (Есептік жазба → Есептік жазбалар).</translation>
    </message>
</context>
<context>
    <name>akim::AccountTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
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
        <source>Scores as</source>
        <translation>Кім ретінде бағалайды</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>akim::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>Құпиясөзді &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>Қ&amp;осу</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Құпиясөзді қалпына келтіру</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to its owner, who can change it under Account → Change My Password.</source>
        <translation>%1 үшін жаңа құпиясөз. Оны иесіне хабарлаңыз — ол оны өзгерте алады: Есептік жазба → Құпиясөзімді өзгерту.</translation>
    </message>
    <message>
        <source>No accounts yet, so anyone who opens this file may change it. Add the secretary&apos;s account first with Add…: from then on everyone signs in.</source>
        <translation>Есептік жазбалар әзірге жоқ, сондықтан бұл файлды ашқан кез келген адам оны өзгерте алады. Алдымен «Қосу…» түймесімен хатшының есептік жазбасын қосыңыз: содан кейін бәрі өз атымен кіреді.</translation>
    </message>
</context>
<context>
    <name>akim::AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Қатыспады</translation>
    </message>
    <message>
        <source>Only an absent member has a reason to record.</source>
        <translation>Себеп тек қатыспаған мүше үшін көрсетіледі.</translation>
    </message>
    <message>
        <source>Why %1 was absent, as the protocol is to print it (e.g. on leave, ill).</source>
        <translation>Қатыспау себебі (%1), хаттамада басылатын түрде (мысалы: еңбек демалысында, науқас).</translation>
    </message>
    <message>
        <source>Untick if %1 did not attend the meeting.</source>
        <translation>%1 отырысқа қатыспаса, белгіні алып тастаңыз.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
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
        <source>Attendance</source>
        <translation>Қатысуы</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Қатыспау себебі</translation>
    </message>
</context>
<context>
    <name>akim::AuditPage</name>
    <message>
        <source>Every change to this contest as it was saved: who, when, what, the old and the new value. Entries cannot be edited; each one&apos;s hash covers the one before it, so a change made outside the program breaks the chain.</source>
        <translation>Конкурстың әр өзгерісі сақталған сәтте: кім, қашан, не, ескі және жаңа мән. Жазбаларды өзгертуге болмайды; әрқайсысының хеші алдыңғысын қамтиды, сондықтан бағдарламаны айналып жасалған өзгеріс тізбекті бұзады.</translation>
    </message>
    <message>
        <source>Search user, action, object, values, reason…</source>
        <translation>Пайдаланушы, әрекет, нысан, мәндер, себеп бойынша іздеу…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Ә&amp;рекет:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Әрекет:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Нысан:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Хеш:</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>Алдыңғы хеш:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Тізбек:</translation>
    </message>
    <message>
        <source>Select an entry to see its old and new values in full, and its hashes.</source>
        <translation>Ескі және жаңа мәндерін толық әрі хештерін көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ескі мән</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Жаңа мән</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Барлық пайдаланушылар</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s) shown</source>
        <translation>
            <numerusform>%n жазбаның %1 көрсетілген</numerusform>
            <numerusform>%n жазбаның %1 көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Аудит журналы оқылмайды: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), chain verified</source>
        <translation>
            <numerusform>%n жазба, тізбек тексерілді</numerusform>
            <numerusform>%n жазба, тізбек тексерілді</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry&apos;s SHA-256 hash covers its fields and the hash of the entry before it; none was changed, removed or inserted outside the program.</source>
        <translation>Әр жазбаның SHA-256 хеші оның өрістерін және алдыңғы жазбаның хешін қамтиды; бағдарламаны айналып ешқайсысы өзгертілмеген, жойылмаған, қосылмаған.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), chain broken at entry #%1</source>
        <translation>
            <numerusform>%n жазба, тізбек №%1 жазбада бұзылған</numerusform>
            <numerusform>%n жазба, тізбек №%1 жазбада бұзылған</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) where the chain breaks are marked in red.</source>
        <translation>
            <numerusform>Тізбек бұзылған %n жазба қызылмен белгіленген.</numerusform>
            <numerusform>Тізбек бұзылған %n жазба қызылмен белгіленген.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1, %2 (%3 UTC)</source>
        <translation>№%1, %2 (%3 UTC)</translation>
    </message>
    <message>
        <source>Holds here: the hash matches the entry and the one before it.</source>
        <translation>Мұнда бұзылмаған: хеш жазбаға және алдыңғы жазбаға сәйкес.</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Аудит журналынан іздеу</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>No entries yet. Every change to the contest is recorded here as it is saved: adding a nominee, an import, a score.</source>
        <translation>Жазбалар әзірге жоқ. Конкурстағы әрбір өзгеріс сақталған сәтте осында жазылады: қатысушыны қосу, импорт, баға.</translation>
    </message>
    <message>
        <source>No entry matches the search and the filters above. Clear them to see the whole log.</source>
        <translation>Жоғарыдағы іздеу мен сүзгілерге сәйкес жазба жоқ. Бүкіл журналды көру үшін оларды тазартыңыз.</translation>
    </message>
    <message>
        <source>Clear &amp;the Filters</source>
        <translation>Сүзгілерді та&amp;зарту</translation>
    </message>
</context>
<context>
    <name>akim::AuditTableModel</name>
    <message>
        <source>%1: %2</source>
        <comment>audit object: type and name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entry %1, written %2 (UTC)</source>
        <translation>%1 жазба, %2 жазылған (UTC)</translation>
    </message>
    <message>
        <source>… (the whole value is in the details below the table)</source>
        <translation>… (толық мән кесте астындағы мәліметтерде)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ескі мән</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Жаңа мән</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>When the change was saved, in this computer&apos;s time zone</source>
        <translation>Өзгеріс қашан сақталды, осы компьютердің уақыт белдеуі бойынша</translation>
    </message>
    <message>
        <source>Before the change: for an edit, only the fields that changed</source>
        <translation>Өзгеріске дейін: түзетуде — тек өзгерген өрістер</translation>
    </message>
    <message>
        <source>After the change: for an edit, only the fields that changed</source>
        <translation>Өзгерістен кейін: түзетуде — тек өзгерген өрістер</translation>
    </message>
    <message>
        <source>The hash chain is broken at entry %1: entries %2 to %3 before it are missing.</source>
        <translation>Хеш тізбегі %1 жазбада бұзылған: оның алдындағы %2–%3 жазбалар жоқ.</translation>
    </message>
    <message>
        <source>The hash chain is broken at entry %1: it does not follow the entry before it (an entry was inserted, removed or replaced).</source>
        <translation>Хеш тізбегі %1 жазбада бұзылған: ол алдыңғы жазбаның жалғасы емес (жазба қосылған, жойылған немесе ауыстырылған).</translation>
    </message>
    <message>
        <source>The hash chain is broken at entry %1: it was changed after it was written.</source>
        <translation>Хеш тізбегі %1 жазбада бұзылған: жазба сақталғаннан кейін өзгертілген.</translation>
    </message>
</context>
<context>
    <name>akim::BallotModel</name>
    <message>
        <source>%1: from %2 points, up to two decimals</source>
        <translation>%1: %2 балл аралығында, үтірден кейін екі таңбадан аспайды</translation>
    </message>
    <message>
        <source>The sum of the points entered for %1</source>
        <translation>%1 үшін қойылған балдардың қосындысы</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>өздігінен бас тартты</translation>
    </message>
    <message>
        <source>Conflict of interest declared: the cell is locked as recused.</source>
        <translation>Мүдделер қақтығысы мәлімделген: ұяшық өздігінен бас тарту ретінде жабылған.</translation>
    </message>
    <message>
        <source>Abstained: not counted, never a zero.</source>
        <translation>Қалыс қалды: есепке алынбайды, ешқашан нөл саналмайды.</translation>
    </message>
    <message>
        <source>Recused (conflict of interest): not counted, never a zero.</source>
        <translation>Өздігінен бас тарту (мүдделер қақтығысы): есепке алынбайды, ешқашан нөл саналмайды.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Түсініктеме: %1</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Ауылдық округ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Қорытынды балл</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a number; type %4 points.</source>
        <translation>%1, %2: «%3» сан емес; %4 балл енгізіңіз.</translation>
    </message>
    <message>
        <source>Score the cell first: a comment goes with points, an abstention or a recusal.</source>
        <translation>Алдымен ұяшықты толтырыңыз: түсініктеме балға, қалыс қалуға немесе өздігінен бас тартуға қатысты.</translation>
    </message>
</context>
<context>
    <name>akim::BallotPackage</name>
    <message>
        <source>The file is not a ballot package.</source>
        <translation>Файл бағалау парағының пакеті емес.</translation>
    </message>
</context>
<context>
    <name>akim::BallotPage</name>
    <message>
        <source>&amp;Ballot of:</source>
        <translation>&amp;Бағалау парағы:</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>Та&amp;псыру…</translation>
    </message>
    <message>
        <source>Lock the ballot once every cell is scored; only the secretary can reopen it.</source>
        <translation>Барлық ұяшық толтырылғанда бағалау парағын жабу; оны қайта тек хатшы аша алады.</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Қайта а&amp;шу…</translation>
    </message>
    <message>
        <source>Open a submitted ballot again, giving the reason.</source>
        <translation>Тапсырылған бағалау парағын себебін көрсетіп қайта ашу.</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Қалыс қалу</translation>
    </message>
    <message>
        <source>Recused (conflict of interest)</source>
        <translation>Өздігінен бас тарту (мүдделер қақтығысы)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Clear the cell</source>
        <translation>Ұяшықты тазарту</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Түсі&amp;ніктеме:</translation>
    </message>
    <message>
        <source>Why this score (optional); Enter saves it</source>
        <translation>Неге осындай баға (міндетті емес); Enter сақтайды</translation>
    </message>
    <message>
        <source>Type the points and press Enter or Tab to go to the next cell; Esc reverts the cell being typed. %1 abstains, %2 marks a conflict of interest, %3 clears the cell, %4 edits the comment. Every cell is saved as soon as it is entered.</source>
        <translation>Балды енгізіп, келесі ұяшыққа өту үшін Enter немесе Tab басыңыз; Esc ұяшыққа енгізуді болдырмайды. %1 — қалыс қалу, %2 — мүдделер қақтығысы, %3 — ұяшықты тазарту, %4 — түсініктеме. Әр ұяшық енгізілген бойда сақталады.</translation>
    </message>
    <message>
        <source>conflict of interest declared: recused</source>
        <translation>мүдделер қақтығысы мәлімделген: өздігінен бас тарту</translation>
    </message>
    <message>
        <source>Submit the Ballot</source>
        <translation>Бағалау парағын тапсыру</translation>
    </message>
    <message>
        <source>Submit the ballot of %1 (%2 of %3 cells scored)?</source>
        <translation>%1 бағалау парағын тапсыру керек пе (%3 ұяшықтың %2 толтырылған)?</translation>
    </message>
    <message>
        <source>A submitted ballot is locked; only the secretary can reopen it.</source>
        <translation>Тапсырылған бағалау парағы жабылады; оны қайта тек хатшы аша алады.</translation>
    </message>
    <message>
        <source>Reopen the Ballot</source>
        <translation>Бағалау парағын қайта ашу</translation>
    </message>
    <message>
        <source>Why is the ballot of %1 reopened? The reason is kept in the audit log.</source>
        <translation>%1 бағалау парағы неге қайта ашылады? Себебі аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>%2 ішінен %1 толтырылды</translation>
    </message>
    <message>
        <source>Sign in as a commission member to score your ballot, or as the secretary to type a paper ballot.</source>
        <translation>Өз бағалау парағыңызды толтыру үшін комиссия мүшесі ретінде, ал қағаз парақты енгізу үшін хатшы ретінде кіріңіз.</translation>
    </message>
    <message>
        <source>Submitted %1 by %2.</source>
        <translation>%1 тапсырылды, %2.</translation>
    </message>
    <message>
        <source>Open: every cell is saved as soon as it is entered.</source>
        <translation>Ашық: әр ұяшық енгізілген бойда сақталады.</translation>
    </message>
    <message>
        <source>Paper ballot, %1: every cell is saved in the entry as soon as it is entered. Compare the entries once both are typed.</source>
        <translation>Қағаз бағалау парағы, %1: әр ұяшық енгізілген бойда осы енгізуде сақталады. Екі енгізу де терілгенде, оларды салыстырыңыз.</translation>
    </message>
    <message>
        <source>entry 1</source>
        <translation>1-енгізу</translation>
    </message>
    <message>
        <source>entry 2</source>
        <translation>2-енгізу</translation>
    </message>
    <message>
        <source>Ballot: nominees by criteria</source>
        <translation>Бағалау парағы: қатысушылар өлшемдер бойынша</translation>
    </message>
    <message>
        <source>No nominees in this commission&apos;s region yet, so there is nothing to score. Import the registry of applicants with File ▸ Import Registry…, or add nominees on the Nominees tab.</source>
        <translation>Бұл комиссияның облысында әзірге қатысушы жоқ, бағалайтын ешкім жоқ. Өтініш берушілер тізілімін импорттаңыз: Файл ▸ Тізілімді импорттау…, немесе қатысушыларды «Қатысушылар» қойындысында қосыңыз.</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Тізілімді &amp;импорттау…</translation>
    </message>
    <message>
        <source>No ballot to show. Sign in as a member or the secretary (Account ▸ Sign In…), or add the commission&apos;s members on the Commissions tab: each member has a ballot.</source>
        <translation>Көрсететін бағалау парағы жоқ. Комиссия мүшесі не хатшы ретінде кіріңіз (Есептік жазба ▸ Кіру…) немесе комиссия мүшелерін «Комиссиялар» қойындысында қосыңыз: әр мүшенің өз бағалау парағы бар.</translation>
    </message>
</context>
<context>
    <name>akim::BallotService</name>
    <message>
        <source>No contest file is open.</source>
        <translation>Конкурс файлы ашылмаған.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>Конкурс файлы тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>The commission member no longer exists.</source>
        <translation>Комиссия мүшесі енді жоқ.</translation>
    </message>
    <message>
        <source>%1 is the commission&apos;s secretary, who keeps the minutes and does not score.</source>
        <translation>%1 — комиссия хатшысы: хаттама жүргізеді, баға қоймайды.</translation>
    </message>
    <message>
        <source>%1 may score only their own ballot, not the ballot of %2.</source>
        <translation>%1 тек өз бағалау парағын толтыра алады, %2 парағын емес.</translation>
    </message>
    <message>
        <source>The result of %1 is finalised; its ballots can no longer change.</source>
        <translation>%1 қорытындылары аяқталған; бағалау парақтары енді өзгермейді.</translation>
    </message>
    <message>
        <source>The ballot of %1 is submitted; only the secretary can reopen it.</source>
        <translation>%1 бағалау парағы тапсырылған; оны қайта тек хатшы аша алады.</translation>
    </message>
    <message>
        <source>The criterion is not on the ballot of %1: it scores the commission criteria of %2.</source>
        <translation>Бұл өлшем %1 бағалау парағында жоқ: онда комиссия өлшемдері бар: %2.</translation>
    </message>
    <message>
        <source>The nominee is not on the ballot of %1: a regional commission scores the active nominees of its region, the republican one those advancing to stage II.</source>
        <translation>Бұл қатысушы %1 бағалау парағында жоқ: облыстық комиссия өз облысының белсенді қатысушыларын, республикалық комиссия II кезеңге өткендерді бағалайды.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2: the cell can only be &quot;recused&quot;.</source>
        <translation>%1 %2 қатысушымен мүдделер қақтығысын мәлімдеген: ұяшықта тек «өздігінен бас тарту» болуы мүмкін.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>Түсініктеме %1 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>%1, %2: enter the points as a number, %3.</source>
        <translation>%1, %2: балды санмен енгізіңіз, %3.</translation>
    </message>
    <message>
        <source>%1, %2: %3 is outside the allowed range %4 points.</source>
        <translation>%1, %2: %3 рұқсат етілген %4 балл аралығынан тыс.</translation>
    </message>
    <message>
        <source>%1, %2: points have at most two decimals (%3 was typed); the range is %4.</source>
        <translation>%1, %2: балда үтірден кейін екі таңбадан аспайды (%3 енгізілді); аралығы %4.</translation>
    </message>
    <message>
        <source>The score was not saved: %1</source>
        <translation>Баға сақталмады: %1</translation>
    </message>
    <message>
        <source>The score was not cleared: %1</source>
        <translation>Баға тазартылмады: %1</translation>
    </message>
    <message>
        <source>The ballot of %1 has nothing to score yet: no nominees or no criteria.</source>
        <translation>%1 бағалау парағында әзірге бағалайтын ештеңе жоқ: қатысушылар немесе өлшемдер жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 cell(s) of the ballot of %2 are not scored yet. Enter the points, abstain or recuse in each before submitting.</source>
        <translation>
            <numerusform>%2 бағалау парағының %1 ұяшығының %n әлі толтырылмаған. Тапсырар алдында әрқайсысына балл қойыңыз, қалыс қалыңыз немесе өздігінен бас тартыңыз.</numerusform>
            <numerusform>%2 бағалау парағының %1 ұяшығының %n әлі толтырылмаған. Тапсырар алдында әрқайсысына балл қойыңыз, қалыс қалыңыз немесе өздігінен бас тартыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ballot was not submitted: %1</source>
        <translation>Бағалау парағы тапсырылмады: %1</translation>
    </message>
    <message>
        <source>Give the reason for reopening the ballot; it is kept in the audit log.</source>
        <translation>Бағалау парағын қайта ашу себебін көрсетіңіз; ол аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>The ballot of %1 is not submitted; there is nothing to reopen.</source>
        <translation>%1 бағалау парағы тапсырылмаған; қайта ашатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The ballot was not reopened: %1</source>
        <translation>Бағалау парағы қайта ашылмады: %1</translation>
    </message>
    <message>
        <source>Paper ballots need double entry in this contest: type the ballot of %1 as entry 1 or entry 2, and accept it once both entries agree.</source>
        <translation>Бұл конкурста қағаз бағалау парақтары екі рет енгізіледі: %1 бағалау парағын 1-енгізу немесе 2-енгізу ретінде теріп, екі енгізу сәйкес келгенде оны қабылдаңыз.</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>қалыс қалды</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>өздігінен бас тартты</translation>
    </message>
</context>
<context>
    <name>akim::BlankBallotsDialog</name>
    <message>
        <source>Blank Ballots</source>
        <translation>Бағалау парақтарының бланкілері</translation>
    </message>
    <message numerus="yes">
        <source>%1: one paper ballot for each voting member (%n ballot(s)), with the nominees and criteria filled in, as one PDF.</source>
        <translation>
            <numerusform>%1: дауыс беретін әр комиссия мүшесіне бір қағаз бағалау парағы (%n парақ), қатысушылар мен өлшемдер енгізілген, бір PDF файлында.</numerusform>
            <numerusform>%1: дауыс беретін әр комиссия мүшесіне бір қағаз бағалау парағы (%n парақ), қатысушылар мен өлшемдер енгізілген, бір PDF файлында.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language of the ballots:</source>
        <translation>Бағалау парақтарының &amp;тілі:</translation>
    </message>
</context>
<context>
    <name>akim::CellChangeModel</name>
    <message>
        <source>Nominee</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Өлшем</translation>
    </message>
    <message>
        <source>In the contest file</source>
        <translation>Конкурс файлында</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Пакетте</translation>
    </message>
</context>
<context>
    <name>akim::ChairDecisionDialog</name>
    <message>
        <source>Chair&apos;s decision</source>
        <translation>Төрағаның шешімі</translation>
    </message>
    <message numerus="yes">
        <source>These nominees are tied at the advancement cut. Tick the %n who advance, as the chair decided; the decision is recorded with the result and printed in the protocol.</source>
        <translation>
            <numerusform>Бұл қатысушылардың өту шегінде ұпайлары тең. Төрағаның шешімі бойынша II кезеңге өтетін %n қатысушыны белгілеңіз; шешім нәтижемен бірге тіркеліп, хаттамада басылады.</numerusform>
            <numerusform>Бұл қатысушылардың өту шегінде ұпайлары тең. Төрағаның шешімі бойынша II кезеңге өтетін %n қатысушыны белгілеңіз; шешім нәтижемен бірге тіркеліп, хаттамада басылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tied nominees</source>
        <translation>Нәтижесі тең қатысушылар</translation>
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
        <source>Edit the selected member</source>
        <translation>Таңдалған мүшені өңдеу</translation>
    </message>
    <message>
        <source>Delete the selected member</source>
        <translation>Таңдалған мүшені жою</translation>
    </message>
    <message>
        <source>Delete Member</source>
        <translation>Мүшені жою</translation>
    </message>
    <message>
        <source>Remove %1 from the commission?</source>
        <translation>%1 комиссия құрамынан шығарылсын ба?</translation>
    </message>
    <message>
        <source>&amp;Blank Ballots…</source>
        <translation>Бағалау парақтарының &amp;бланкілері…</translation>
    </message>
    <message>
        <source>Print a paper ballot for each voting member of this commission (PDF)</source>
        <translation>Осы комиссияның дауыс беретін әр мүшесіне қағаз бағалау парағын басып шығару (PDF)</translation>
    </message>
    <message>
        <source>Save Blank Ballots</source>
        <translation>Бағалау парақтарының бланкілерін сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the blank ballots</source>
        <translation>Бағалау парақтарының бланкілерін жазу</translation>
    </message>
    <message>
        <source>Blank Ballots</source>
        <translation>Бағалау парақтарының бланкілері</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) saved to %1. Open the file now?</source>
        <translation>
            <numerusform>%n бағалау парағы %1 файлына сақталды. Файлды қазір ашу керек пе?</numerusform>
            <numerusform>%n бағалау парағы %1 файлына сақталды. Файлды қазір ашу керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <translation>&amp;Мүшені қосу…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Комиссиялар</translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation>Комиссия мүшелері</translation>
    </message>
    <message>
        <source>No members yet. Add the chair, the deputy, the secretary and the members one by one with Add Member…: a commission usually has 5 to 11 people.</source>
        <translation>Комиссия мүшелері әлі жоқ. Төрағаны, орынбасарды, хатшыны және мүшелерді «Мүшені қосу…» түймесімен бір-бірлеп қосыңыз: комиссияда әдетте 5-тен 11 адамға дейін болады.</translation>
    </message>
    <message>
        <source>A&amp;dd the First Member…</source>
        <translation>Бірінші мүшені &amp;қосу…</translation>
    </message>
    <message>
        <source>Choose a commission in the list on the left to see and add its members.</source>
        <translation>Мүшелерін көру және қосу үшін сол жақтағы тізімнен комиссияны таңдаңыз.</translation>
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
    <message>
        <source>%1 cannot be deleted: the region&apos;s result is finalised.</source>
        <translation>%1 қатысушысын жою мүмкін емес: облыс бойынша I кезең аяқталған.</translation>
    </message>
    <message>
        <source>The region&apos;s result is finalised; its nominees can no longer be added or changed.</source>
        <translation>Бұл облыс бойынша I кезең аяқталған: оның қатысушыларын енді қосуға да, өзгертуге де болмайды.</translation>
    </message>
    <message>
        <source>A result is finalised: the methodology it was computed with is frozen.</source>
        <translation>Кезең қорытындылары аяқталған: олар есептелген әдістеме бекітілген.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated; the secretary can activate it again.</source>
        <translation>%1 есептік жазбасы өшірілген; хатшы оны қайта қоса алады.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: an account signs in as this member. Deactivate the account instead.</source>
        <translation>%1 жою мүмкін емес: осы комиссия мүшесі ретінде есептік жазба кіреді. Оның орнына есептік жазбаны өшіріңіз.</translation>
    </message>
</context>
<context>
    <name>akim::CriteriaPage</name>
    <message>
        <source>Move Criterion</source>
        <translation>Өлшемді жылжыту</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Өлшем қосу</translation>
    </message>
    <message>
        <source>Edit the selected criterion</source>
        <translation>Таңдалған өлшемді өңдеу</translation>
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
    <message>
        <source>The recommended default methodology; every value can be changed until scores exist. Drag a row, or use Move Up and Move Down, to change the order within its stage.</source>
        <translation>Ұсынылған әдепкі әдістеме; бағалар қойылғанға дейін кез келген мәнді өзгертуге болады. Кезең ішіндегі ретті өзгерту үшін жолды сүйреңіз немесе «Жоғары жылжыту» / «Төмен жылжыту» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Өлшемдер</translation>
    </message>
    <message>
        <source>No criteria yet. Add the criteria of stage I and stage II with Add…: a code, the titles, the source of the points (commission, survey or ethics), the maximum and the weight.</source>
        <translation>Өлшемдер әзірге жоқ. I және II кезеңдердің өлшемдерін «Қосу…» түймесімен қосыңыз: коды, атаулары, балл дереккөзі (комиссия, сауалнама немесе әдеп), ең жоғары балы және салмағы.</translation>
    </message>
    <message>
        <source>Add the First &amp;Criterion…</source>
        <translation>Бірінші &amp;өлшемді қосу…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Жо&amp;ғары жылжыту</translation>
    </message>
    <message>
        <source>Move the selected criterion one place up within its stage (Ctrl+Up)</source>
        <translation>Таңдалған өлшемді кезең ішінде бір орын жоғары жылжыту (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Тө&amp;мен жылжыту</translation>
    </message>
    <message>
        <source>Move the selected criterion one place down within its stage (Ctrl+Down)</source>
        <translation>Таңдалған өлшемді кезең ішінде бір орын төмен жылжыту (Ctrl+Down)</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Жою</translation>
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
    <name>akim::DoubleEntryService</name>
    <message>
        <source>A result of this contest is finalised, and how its paper ballots were entered is part of it: double entry can no longer be switched on or off.</source>
        <translation>Бұл конкурстың бір нәтижесі аяқталған, ал қағаз бағалау парақтарының қалай енгізілгені оның бөлігі: екі рет енгізуді енді қосуға немесе өшіруге болмайды.</translation>
    </message>
    <message>
        <source>Double entry was not switched: %1</source>
        <translation>Екі рет енгізу режимі ауыстырылмады: %1</translation>
    </message>
    <message>
        <source>not typed</source>
        <translation>терілмеген</translation>
    </message>
    <message>
        <source>entry 1</source>
        <translation>1-енгізу</translation>
    </message>
    <message>
        <source>entry 2</source>
        <translation>2-енгізу</translation>
    </message>
    <message>
        <source>No contest file is open.</source>
        <translation>Конкурс файлы ашылмаған.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>Конкурс файлы тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>Sign in as a secretary to type paper ballots.</source>
        <translation>Қағаз бағалау парақтарын енгізу үшін хатшы ретінде кіріңіз.</translation>
    </message>
    <message>
        <source>You typed %1 of the ballot of %2 (as %3); %4 must be typed by another secretary, so that the two entries are independent.</source>
        <translation>Сіз %2 бағалау парағын тердіңіз: %1 (%3 ретінде); екі енгізу бір-біріне тәуелсіз болуы үшін %4 басқа хатшы теруі керек.</translation>
    </message>
    <message>
        <source>Entry %1 of the ballot of %2 is typed by %3, and only they correct it. To settle a disagreement, compare the entries and take one entry&apos;s value, giving the reason.</source>
        <translation>%2 бағалау парағының %1-енгізуін %3 терген, оны тек сол түзете алады. Алшақтықты шешу үшін енгізулерді салыстырып, себебін көрсете отырып, бір енгізудің мәнін алыңыз.</translation>
    </message>
    <message>
        <source>The cell was not saved: %1</source>
        <translation>Ұяшық сақталмады: %1</translation>
    </message>
    <message>
        <source>The cell was not cleared: %1</source>
        <translation>Ұяшық тазартылмады: %1</translation>
    </message>
    <message>
        <source>Give the reason for taking the value of %1; it is kept in the audit log.</source>
        <translation>%1 мәнін алу себебін көрсетіңіз; ол аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>%1: only a cell typed in both entries can take one entry&apos;s value. Type the cell in %2 instead.</source>
        <translation>%1: бір енгізудің мәнін екі енгізуде де терілген ұяшық қана ала алады. Оның орнына ұяшықты теріңіз (%2).</translation>
    </message>
    <message>
        <source>%1: both entries already agree.</source>
        <translation>%1: екі енгізу де әлдеқашан сәйкес.</translation>
    </message>
    <message>
        <source>The disagreement was not resolved: %1</source>
        <translation>Алшақтық шешілмеді: %1</translation>
    </message>
    <message>
        <source>Give the reason for discarding %1; it is kept in the audit log.</source>
        <translation>%1 күшін жою себебін көрсетіңіз; ол аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Entry %1 of the ballot of %2 has not been typed; there is nothing to discard.</source>
        <translation>%2 бағалау парағының %1-енгізуі терілмеген; күшін жоятын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The entry was not discarded: %1</source>
        <translation>Енгізудің күші жойылмады: %1</translation>
    </message>
    <message>
        <source>The paper ballot was not accepted: %1</source>
        <translation>Қағаз бағалау парағы қабылданбады: %1</translation>
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
    <name>akim::GuideWindow</name>
    <message>
        <source>User Guide — Akim Contest</source>
        <translation>Пайдаланушы нұсқаулығы — Үздік ауыл әкімі</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>The page shown before (%1)</source>
        <translation>Алдыңғы бет (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>The next page (%1)</source>
        <translation>Келесі бет (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>The first page of the guide</source>
        <translation>Нұсқаулықтың бірінші беті</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Нұсқаулықтың мазмұны</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Нұсқаулық беті</translation>
    </message>
</context>
<context>
    <name>akim::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Файлды таңдау</translation>
    </message>
    <message>
        <source>The export of the questionnaire as it came from the website or the form: CSV, Excel (xlsx, xls) or OpenDocument (ods).</source>
        <translation>Сауалнаманың сайттан немесе формадан алынған күйіндегі экспорты: CSV, Excel (xlsx, xls) немесе OpenDocument (ods).</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Файлдағы деректер:</translation>
    </message>
    <message>
        <source>the citizens&apos; survey (criteria of source “survey”)</source>
        <translation>халық сауалнамасы (дереккөзі «survey» өлшемдер)</translation>
    </message>
    <message>
        <source>the Ethics Commissioner&apos;s anonymous questionnaire (criteria of source “ethics”)</source>
        <translation>әдеп жөніндегі уәкілдің жасырын сауалнамасы (дереккөзі «ethics» өлшемдер)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Path of the spreadsheet</source>
        <translation>Кестенің жолы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Or drop a spreadsheet here.</source>
        <translation>Немесе кестені осында сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Бұл файл емес, қалта.</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission).</source>
        <translation>Файлды оқу мүмкін емес (рұқсат жоқ).</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Кестелер (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose the Export</source>
        <translation>Экспорт файлын таңдау</translation>
    </message>
</context>
<context>
    <name>akim::ImportJobPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop; nothing is written to the contest</source>
        <translation>Тоқтату; конкурсқа ештеңе жазылмайды</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Файлды оқу</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Бас тартылуда…</translation>
    </message>
</context>
<context>
    <name>akim::ImportListModel</name>
    <message>
        <source>Ethics questionnaire</source>
        <translation>Әдеп сауалнамасы</translation>
    </message>
    <message>
        <source>Citizens&apos; survey</source>
        <translation>Халық сауалнамасы</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Undone: its responses no longer count</source>
        <translation>Болдырылмаған: оның жауаптары енді есептелмейді</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Импорт күні</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Оқылған жолдар</translation>
    </message>
    <message>
        <source>Responses imported</source>
        <translation>Импортталған жауаптар</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Қабылданбаған жолдар</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Өткізіп жіберілген қайталанатындар</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Кім импорттады</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Болдырмау күні</translation>
    </message>
    <message>
        <source>Rows of the sheet that were not blank</source>
        <translation>Парақтың бос емес жолдары</translation>
    </message>
    <message>
        <source>Rows that became responses and count in the survey index</source>
        <translation>Жауапқа айналып, сауалнама индексінде есептелетін жолдар</translation>
    </message>
    <message>
        <source>Rows not imported: no matching nominee, or an answer outside the scale</source>
        <translation>Импортталмаған жолдар: сәйкес қатысушы жоқ немесе жауап шкаладан тыс</translation>
    </message>
    <message>
        <source>Rows identical to a row already imported (same time and answers)</source>
        <translation>Бұрын импортталған жолмен бірдей жолдар (уақыты мен жауаптары бірдей)</translation>
    </message>
    <message>
        <source>An undone import keeps its record, but its responses no longer count</source>
        <translation>Болдырылмаған импорт туралы жазба сақталады, бірақ оның жауаптары енді есептелмейді</translation>
    </message>
</context>
<context>
    <name>akim::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <source>Say what each column holds. Respondent ids and free text are only read, never stored.</source>
        <translation>Әр бағанда не бар екенін көрсетіңіз. Респонденттердің идентификаторлары мен еркін мәтін тек оқылады, сақталмайды.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Мысалдар</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation>&amp;Профиль ретінде сақтау:</translation>
    </message>
    <message>
        <source>a name, to recognise files of this layout next time (optional)</source>
        <translation>келесі жолы осындай құрылымды файлдарды тану үшін атау (міндетті емес)</translation>
    </message>
    <message>
        <source>Question %1 — %2</source>
        <translation>%1 сұрағы — %2</translation>
    </message>
    <message>
        <source>The columns were set from the saved profile “%1”, which has the same headings.</source>
        <translation>Бағандар тақырыптары бірдей сақталған «%1» профилі бойынша белгіленді.</translation>
    </message>
    <message>
        <source>Could be: %1</source>
        <translation>Мүмкін: %1</translation>
    </message>
    <message>
        <source>Its values look like answers: is it a question?</source>
        <translation>Мәндері жауаптарға ұқсайды: бұл сұрақ па?</translation>
    </message>
    <message>
        <source>The columns were recognised from their headings. Check them before going on.</source>
        <translation>Бағандар тақырыптары бойынша танылды. Жалғастырмас бұрын оларды тексеріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>The columns were recognised from their headings; %n column(s) marked need your choice.</source>
        <translation>
            <numerusform>Бағандар тақырыптары бойынша танылды; белгіленген %n баған үшін сіздің таңдауыңыз қажет.</numerusform>
            <numerusform>Бағандар тақырыптары бойынша танылды; белгіленген %n баған үшін сіздің таңдауыңыз қажет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Файлдың бағандары</translation>
    </message>
</context>
<context>
    <name>akim::ImportMatchPage</name>
    <message>
        <source>Places</source>
        <translation>Елді мекендер</translation>
    </message>
    <message>
        <source>Spellings of places that match no nominee, or several. Resolve each once: it is remembered for the next files.</source>
        <translation>Ешбір қатысушыға сәйкес келмейтін немесе бірнеше қатысушыға сәйкес келетін елді мекен жазылулары. Әрқайсысын бір рет шешіңіз: шешім келесі файлдар үшін есте сақталады.</translation>
    </message>
    <message>
        <source>Spelling in the file</source>
        <translation>Файлдағы жазылуы</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ақау</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>&amp;Nominee:</source>
        <translation>&amp;Қатысушы:</translation>
    </message>
    <message>
        <source>type to filter: okrug, district, name</source>
        <translation>сүзу үшін теріңіз: округ, аудан, аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Use for this spelling</source>
        <translation>Осы жазылу үшін &amp;пайдалану</translation>
    </message>
    <message>
        <source>&amp;Reject these rows</source>
        <translation>&amp;Жолдарды қабылдамау</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Шешілмеген</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Қайта &amp;тексеру</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Checking every row against the nominees (nothing is written)…</source>
        <translation>Әр жол қатысушылар тізімі бойынша тексерілуде (ештеңе жазылмайды)…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Тексеруден бас тартылды.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Файлды импорттау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>First seen in row %1</source>
        <translation>Алғаш рет %1-жолда кездеседі</translation>
    </message>
    <message>
        <source>nominee %1 (no longer in the contest)</source>
        <translation>%1 қатысушы (енді конкурсқа қатыспайды)</translation>
    </message>
    <message>
        <source>undecided: rows rejected</source>
        <translation>шешілмеген: жолдар қабылданбайды</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>жолдар қабылданбайды</translation>
    </message>
    <message>
        <source>%1 rows read; every place spelling matches one nominee: nothing to resolve.</source>
        <translation>Оқылған жолдар: %1; елді мекеннің әр жазылуы бір қатысушыға сәйкес келеді — шешетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1 rows read; %2 name a place that matches no nominee, or several.</source>
        <translation>Оқылған жолдар: %1; олардың %2 жолында ешбір қатысушыға сәйкес келмейтін немесе бірнеше қатысушыға сәйкес келетін елді мекен көрсетілген.</translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s) undecided: their %1 rows will be rejected.</source>
        <translation>
            <numerusform>%n жазылуы шешілмеген: олардың жолдары (%1) қабылданбайды.</numerusform>
            <numerusform>%n жазылуы шешілмеген: олардың жолдары (%1) қабылданбайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every spelling is decided.</source>
        <translation>Барлық жазылулар бойынша шешім қабылданды.</translation>
    </message>
    <message>
        <source>Places that match no nominee, or several</source>
        <translation>Ешбір қатысушыға немесе бірнеше қатысушыға сәйкес келетін орындар</translation>
    </message>
</context>
<context>
    <name>akim::ImportScalePage</name>
    <message>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>What each answer written as text counts as. Blank answers and “hard to say” are not counted: they are not zeros.</source>
        <translation>Мәтінмен жазылған әр жауап неге тең. Бос жауаптар мен «жауап беруге қиналамын» есептелмейді: олар нөл емес.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Неше рет</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Қалай есептеледі</translation>
    </message>
    <message>
        <source>Reading the answers…</source>
        <translation>Жауаптар оқылуда…</translation>
    </message>
    <message>
        <source>Not a phrase of the scale: choose what it counts as, or its rows are rejected.</source>
        <translation>Шкалада мұндай тұжырым жоқ: оның неге тең екенін таңдаңыз, әйтпесе оның жолдары қабылданбайды.</translation>
    </message>
    <message>
        <source>Not an answer: reject the row</source>
        <translation>Жауап емес: жолды қабылдамау</translation>
    </message>
    <message>
        <source>Yes (1)</source>
        <translation>Иә (1)</translation>
    </message>
    <message>
        <source>No (0)</source>
        <translation>Жоқ (0)</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Есептелмейді</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Файлды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1 answers given as numbers 0 or 1.</source>
        <translation>0 немесе 1 сандарымен берілген жауаптар: %1.</translation>
    </message>
    <message>
        <source>%1 answers given as numbers %2–%3.</source>
        <translation>%2–%3 сандарымен берілген жауаптар: %1.</translation>
    </message>
    <message>
        <source>%1 numbers outside the scale: their rows will be rejected.</source>
        <translation>Шкаладан тыс сандар: %1; олардың жолдары қабылданбайды.</translation>
    </message>
    <message>
        <source>%1 blank answers (not counted).</source>
        <translation>Бос жауаптар: %1 (есептелмейді).</translation>
    </message>
    <message>
        <source>No answer is written as text: nothing to decide here.</source>
        <translation>Бірде-бір жауап мәтінмен жазылмаған: мұнда шешетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1 more distinct texts are not listed; they count as the scale reads them, or reject their rows.</source>
        <translation>Тағы %1 әртүрлі мәтін көрсетілмеген; олар шкала оқығандай есептеледі, әйтпесе олардың жолдары қабылданбайды.</translation>
    </message>
    <message>
        <source>Answers written as text</source>
        <translation>Мәтінмен жазылған жауаптар</translation>
    </message>
    <message>
        <source>Every answer in the file is a number on the scale: there is no text to map. Go on with Next.</source>
        <translation>Файлдағы әр жауап — шкала бойынша сан: сәйкестендіретін мәтін жоқ. «Келесі» түймесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>akim::ImportSheetPage</name>
    <message>
        <source>CSV text file</source>
        <translation>CSV мәтіндік файлы</translation>
    </message>
    <message>
        <source>Excel workbook (xlsx)</source>
        <translation>Excel жұмыс кітабы (xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (ods)</source>
        <translation>OpenDocument кестесі (ods)</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook (xls)</source>
        <translation>Excel 97–2003 жұмыс кітабы (xls)</translation>
    </message>
    <message>
        <source>Sheet and header</source>
        <translation>Парақ және тақырып</translation>
    </message>
    <message>
        <source>Check that the text reads right and that the highlighted rows are the column headings.</source>
        <translation>Мәтіннің дұрыс оқылатынын және белгіленген жолдар баған тақырыптары екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <source>How the text file is read</source>
        <translation>Мәтіндік файл қалай оқылады</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Ко&amp;дтау:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Бөлгіш:</translation>
    </message>
    <message>
        <source>&amp;Header starts at row:</source>
        <translation>&amp;Тақырып басталатын жол:</translation>
    </message>
    <message>
        <source>Header &amp;rows:</source>
        <translation>Тақырып жолдарының &amp;саны:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Алғашқы жолдар оқылуда…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Файлды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Парақ бос.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (анықталды)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Үтір ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Нүктелі үтір ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Тік сызық |</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Парақты алдын ала қарау</translation>
    </message>
    <message>
        <source>No rows to show: this sheet is empty. Choose another sheet above, or go Back and choose another file.</source>
        <translation>Көрсететін жол жоқ: бұл парақ бос. Жоғарыдан басқа парақты таңдаңыз немесе «Артқа» түймесін басып, басқа файлды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>akim::ImportSummaryPage</name>
    <message>
        <source>Check and import</source>
        <translation>Тексеру және импорттау</translation>
    </message>
    <message>
        <source>A dry run of the whole file: nothing has been written yet. Import writes everything in one step, or nothing.</source>
        <translation>Бүкіл файлды сынақ тексеру: әзірге ештеңе жазылған жоқ. Импорт бәрін бір қадаммен жазады немесе ештеңе жазбайды.</translation>
    </message>
    <message>
        <source>Responses per region:</source>
        <translation>Облыстар бойынша жауаптар:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>Импортталады</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Қайталанатындар</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV…</source>
        <translation>Қабылданбаған жолдарды CSV ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Checking the whole file (nothing is written)…</source>
        <translation>Бүкіл файл тексерілуде (ештеңе жазылмайды)…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорттаудан бас тартылды; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. %1</source>
        <translation>Импорттау сәтсіз аяқталды; ештеңе жазылған жоқ. %1</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forward again to repeat it.</source>
        <translation>Тексеруден бас тартылды. Оны қайталау үшін артқа оралып, қайта алға өтіңіз.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Файлды импорттау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Ready: press Import to add %1 responses to the contest.</source>
        <translation>Дайын: конкурсқа жауаптарды (%1) қосу үшін «Импорттау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is rejected or already imported.</source>
        <translation>Импорттайтын ештеңе жоқ: барлық жолдар қабылданбады немесе бұрын импортталған.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Оқылған жолдар:</translation>
    </message>
    <message>
        <source>To import:</source>
        <translation>Импортталады:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Қабылданбады:</translation>
    </message>
    <message>
        <source>Duplicates (skipped):</source>
        <translation>Қайталанатындар (өткізіп жіберілді):</translation>
    </message>
    <message>
        <source>Place not recognised:</source>
        <translation>Елді мекен танылмады:</translation>
    </message>
    <message>
        <source>No row is rejected.</source>
        <translation>Қабылданбаған жолдар жоқ.</translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Қабылданбаған жолдар (%2 жолдың алғашқы %1):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Қабылданбаған жолдар:</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-қабылданбаған</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Қабылданбаған жолдарды сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Responses per region</source>
        <translation>Облыстар бойынша жауаптар</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Қабылданбаған жолдар</translation>
    </message>
    <message>
        <source>No row is rejected: every response of the file can be imported.</source>
        <translation>Қабылданбаған жол жоқ: файлдың барлық жауаптарын импорттауға болады.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Файл тексерілуде…</translation>
    </message>
</context>
<context>
    <name>akim::ImportWizard</name>
    <message>
        <source>Import Ethics Questionnaire</source>
        <translation>Әдеп сауалнамасын импорттау</translation>
    </message>
    <message>
        <source>Import Survey</source>
        <translation>Халық сауалнамасын импорттау</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>The mapping could not be saved as the profile “%1”: %2</source>
        <translation>Бағандарды сәйкестендіруді «%1» профилі ретінде сақтау мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>akim::ImportsPage</name>
    <message>
        <source>Every survey and ethics questionnaire import of this contest. Undoing one removes all its responses; it stays listed.</source>
        <translation>Осы конкурстағы халық сауалнамалары мен әдеп сауалнамаларының барлық импорттары. Импортты болдырмау оның барлық жауаптарын жояды, бірақ импорт тізімде қалады.</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Импортты &amp;болдырмау…</translation>
    </message>
    <message>
        <source>Remove every response of the selected import</source>
        <translation>Таңдалған импорттың барлық жауаптарын жою</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? Its %3 responses are removed from the contest; the import stays listed as undone.</source>
        <translation>%1 (%2) импортын болдырмау керек пе? Оның жауаптары (%3) конкурстан жойылады; импорт тізімде болдырылмаған ретінде қалады.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Импортты болдырмау</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Болдырмау орындалуда…</translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>Импортты болдырмау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Импорт болдырылмады.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорттар</translation>
    </message>
    <message>
        <source>Nothing imported yet. Import the citizens&apos; questionnaire export (File ▸ Import Survey…) and the Ethics Commissioner&apos;s questionnaire (File ▸ Import Ethics Questionnaire…).</source>
        <translation>Әзірге ештеңе импортталмаған. Халық сауалнамасының экспортын (Файл ▸ Халық сауалнамасын импорттау…) және әдеп жөніндегі уәкілдің сауалнамасын (Файл ▸ Әдеп сауалнамасын импорттау…) импорттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>&amp;Халық сауалнамасын импорттау…</translation>
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
    <message>
        <source>Survey</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорттар</translation>
    </message>
    <message>
        <source>Imported %1 responses from %2 (%3 rejected, %4 duplicates).</source>
        <translation>%2 файлынан импортталған жауаптар: %1 (қабылданбады: %3, қайталанатын: %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s) added from the registry.</source>
        <translation>
            <numerusform>Тізілімнен %n қатысушы қосылды.</numerusform>
            <numerusform>Тізілімнен %n қатысушы қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Рейтингтер</translation>
    </message>
    <message>
        <source>Creating the demo contest</source>
        <translation>Демо-конкурс құрылуда</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Бағалау парағы</translation>
    </message>
</context>
<context>
    <name>akim::MeetingDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protocol Details</source>
        <translation>Хаттама деректемелері</translation>
    </message>
    <message>
        <source>The meeting recorded in the protocol of: %1</source>
        <translation>Хаттамамен рәсімделетін отырыс: %1</translation>
    </message>
    <message>
        <source>Protocol &amp;number:</source>
        <translation>Хаттама &amp;нөмірі:</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>мысалы, 3</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Өткізілген күні:</translation>
    </message>
    <message>
        <source>Untick to leave the date blank in the protocol.</source>
        <translation>Хаттамада күнін бос қалдыру үшін белгіні алып тастаңыз.</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Отырыс күні</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>Бас&amp;талуы:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Аяқталуы:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Аяқталу уақыты</translation>
    </message>
    <message>
        <source>Place (&amp;Russian):</source>
        <translation>Орны (&amp;орыс тілінде):</translation>
    </message>
    <message>
        <source>the city, e.g. Кызылорда</source>
        <translation>қала, мысалы Кызылорда</translation>
    </message>
    <message>
        <source>Place (&amp;Kazakh):</source>
        <translation>Орны (&amp;қазақ тілінде):</translation>
    </message>
    <message>
        <source>the city, e.g. Қызылорда</source>
        <translation>қала, мысалы Қызылорда</translation>
    </message>
    <message>
        <source>Organisation (R&amp;ussian):</source>
        <translation>&amp;Ұйым (орыс тілінде):</translation>
    </message>
    <message>
        <source>Organisation (Ka&amp;zakh):</source>
        <translation>Ұйым (қа&amp;зақ тілінде):</translation>
    </message>
    <message>
        <source>printed centred above the title</source>
        <translation>тақырыптың үстінде ортаға басылады</translation>
    </message>
    <message>
        <source>&amp;Invited and observers:</source>
        <translation>&amp;Шақырылғандар мен байқаушылар:</translation>
    </message>
    <message>
        <source>One person a line, as it is to be printed</source>
        <translation>Әр жолға бір адам, басылатын түрде</translation>
    </message>
    <message>
        <source>A&amp;ttendance of the voting members (untick who was absent and give the reason):</source>
        <translation>&amp;Дауыс беретін мүшелердің қатысуы (қатыспағандардың белгісін алып, себебін көрсетіңіз):</translation>
    </message>
    <message>
        <source>Attendance of the voting members</source>
        <translation>Дауыс беретін мүшелердің қатысуы</translation>
    </message>
    <message>
        <source>&amp;Quorum rule (for the whole contest):</source>
        <translation>&amp;Кворум ережесі (бүкіл конкурс үшін):</translation>
    </message>
    <message>
        <source>&amp;Vote unanimous (every present member voted for)</source>
        <translation>&amp;Бірауыздан (қатысқан барлық мүше «жақтап» дауыс берді)</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;Жақтап:</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>«Жақтап» дауыстар</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>Қа&amp;рсы:</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>«Қарсы» дауыстар</translation>
    </message>
    <message>
        <source>A&amp;bstained:</source>
        <translation>Қа&amp;лыс қалды:</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Қалыс қалғандар</translation>
    </message>
    <message>
        <source>Special nominations</source>
        <translation>Арнайы номинациялар</translation>
    </message>
    <message>
        <source>The stage II nominees cannot be listed: %1</source>
        <translation>II кезең қатысушыларының тізімін алу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The methodology lists no special nominations.</source>
        <translation>Әдістемеде арнайы номинациялар жоқ.</translation>
    </message>
    <message>
        <source>Each nomination goes to one stage II nominee by the commission&apos;s decision.</source>
        <translation>Әр номинация комиссияның шешімімен II кезеңнің бір қатысушысына беріледі.</translation>
    </message>
    <message>
        <source>— not awarded —</source>
        <translation>— берілмеді —</translation>
    </message>
</context>
<context>
    <name>akim::MeetingService</name>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Конкурс әдістемесін қолдану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>No contest file is open.</source>
        <translation>Конкурс файлы ашылмаған.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>Конкурс файлы тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>The quorum rule applies to every commission of the contest: the secretary changes it, not the chair of one commission (signed in as %1).</source>
        <translation>Кворум ережесі конкурстың барлық комиссияларына қолданылады: оны бір комиссияның төрағасы емес, хатшы өзгертеді (%1 ретінде кірдіңіз).</translation>
    </message>
    <message>
        <source>The region of this protocol no longer exists.</source>
        <translation>Бұл хаттаманың облысы енді жоқ.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit the protocol.</source>
        <translation>%1: %2 таңба, ал хаттамаға ең көбі %3 таңба сыяды.</translation>
    </message>
    <message>
        <source>The protocol number</source>
        <translation>Хаттама нөмірі</translation>
    </message>
    <message>
        <source>The place (Russian)</source>
        <translation>Орны (орыс тілінде)</translation>
    </message>
    <message>
        <source>The place (Kazakh)</source>
        <translation>Орны (қазақ тілінде)</translation>
    </message>
    <message>
        <source>The organisation (Russian)</source>
        <translation>Ұйым (орыс тілінде)</translation>
    </message>
    <message>
        <source>The organisation (Kazakh)</source>
        <translation>Ұйым (қазақ тілінде)</translation>
    </message>
    <message>
        <source>The list of invited persons</source>
        <translation>Шақырылғандар тізімі</translation>
    </message>
    <message>
        <source>The protocol number and the place are one line each.</source>
        <translation>Хаттама нөмірі мен өткізілген орны бір жолдан аспауы тиіс.</translation>
    </message>
    <message>
        <source>The meeting ends at %1, which is not after it starts (%2).</source>
        <translation>Отырыстың аяқталу уақыты (%1) басталу уақытынан (%2) кейін емес.</translation>
    </message>
    <message>
        <source>%1 is not a voting member of this meeting&apos;s commission, so cannot be recorded as absent from it.</source>
        <translation>%1 осы отырыс комиссиясының дауыс беретін мүшесі емес, сондықтан қатыспаған деп белгілене алмайды.</translation>
    </message>
    <message>
        <source>%1 is recorded as absent twice.</source>
        <translation>%1 қатыспаған деп екі рет белгіленген.</translation>
    </message>
    <message>
        <source>The reason for the absence of %1 is %2 characters long; at most %3 fit the protocol.</source>
        <translation>Қатыспау себебі (%1): %2 таңба, ал хаттамаға ең көбі %3 таңба сыяды.</translation>
    </message>
    <message>
        <source>A vote count cannot be negative.</source>
        <translation>Дауыс саны теріс бола алмайды.</translation>
    </message>
    <message>
        <source>Give the number of votes for as well: without it the protocol would say that every present member voted for.</source>
        <translation>«Жақтап» дауыстар санын да көрсетіңіз: онсыз хаттамада қатысқан барлық мүше «жақтап» дауыс берді деп жазылады.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) are recorded, but only %1 of the voting members are present.</source>
        <translation>
            <numerusform>%n дауыс жазылған, бірақ дауыс беретін мүшелерден тек %1 адам қатысып отыр.</numerusform>
            <numerusform>%n дауыс жазылған, бірақ дауыс беретін мүшелерден тек %1 адам қатысып отыр.</numerusform>
        </translation>
    </message>
    <message>
        <source>Special nominations are awarded by the republican commission, in the protocol of stage II only.</source>
        <translation>Арнайы номинацияларды республикалық комиссия береді — тек II кезең хаттамасында.</translation>
    </message>
    <message numerus="yes">
        <source>There is no nomination number %1: the methodology lists %n nomination(s).</source>
        <translation>
            <numerusform>№ %1 номинация жоқ: әдістемеде %n номинация бар.</numerusform>
            <numerusform>№ %1 номинация жоқ: әдістемеде %n номинация бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>The nomination «%1» is awarded twice.</source>
        <translation>«%1» номинациясы екі рет берілген.</translation>
    </message>
    <message>
        <source>The nominee awarded «%1» no longer exists.</source>
        <translation>«%1» номинациясы берілген қатысушы енді жоқ.</translation>
    </message>
    <message>
        <source>%1 is not ranked in stage II, so cannot be awarded «%2».</source>
        <translation>%1 II кезең рейтингіне кірмейді, сондықтан оған «%2» номинациясы берілмейді.</translation>
    </message>
    <message>
        <source>The protocol details were not saved: %1</source>
        <translation>Хаттама деректемелері сақталмады: %1</translation>
    </message>
    <message>
        <source>The quorum rule was not changed: %1</source>
        <translation>Кворум ережесі өзгертілмеді: %1</translation>
    </message>
    <message>
        <source>more than half</source>
        <translation>жартысынан көбі</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>үштен екісі</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n voting member(s) present; quorum (%2): %3 — %4</source>
        <translation>
            <numerusform>Дауыс беретін %n мүшенің %1 мүшесі қатысып отыр; кворум (%2): %3 — %4</numerusform>
            <numerusform>Дауыс беретін %n мүшенің %1 мүшесі қатысып отыр; кворум (%2): %3 — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>бар</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>жоқ</translation>
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
    <message>
        <source>Search the nominees</source>
        <translation>Қатысушыларды іздеу</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Мүдделер қақтығысы</translation>
    </message>
    <message>
        <source>No nominees to list yet, so there is no conflict of interest to declare. Once the registry is imported, come back with Edit….</source>
        <translation>Қатысушылар әзірге жоқ, сондықтан мүдделер қақтығысын жариялайтын ешкім жоқ. Тізілім импортталғаннан кейін «Өңдеу…» түймесімен осында қайта оралыңыз.</translation>
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
    <name>akim::MethodologyDialog</name>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Файлдан жүктеу…</translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation>Файлға &amp;сақтау…</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Әдістеме</translation>
    </message>
    <message>
        <source>A result is finalised: this methodology is frozen with it and can only be viewed and exported.</source>
        <translation>Қорытындылар аяқталған: әдістеме олармен бірге бекітілген, оны тек қарауға және файлға сақтауға болады.</translation>
    </message>
    <message>
        <source>The recommended default of the 2020 methodological recommendations, not an official rule: every value can be changed for this contest. Criteria and their weights are edited in the Criteria tab.</source>
        <translation>2020 жылғы әдістемелік ұсынымдар бойынша ұсынылған мәндер, ресми ереже емес: әр мәнді осы конкурс үшін өзгертуге болады. Өлшемдер мен олардың салмақтары «Өлшемдер» қойындысында өзгертіледі.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Қысқартылған орташа</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>counts, and the nominee is flagged</source>
        <translation>есепке алынады, қатысушы белгіленеді</translation>
    </message>
    <message>
        <source>is left out of the total</source>
        <translation>қорытынды балға кірмейді</translation>
    </message>
    <message>
        <source>A &quot;not compliant&quot; conclusion of the Ethics Commissioner stops advancement</source>
        <translation>Әдеп жөніндегі уәкілдің «сәйкес емес» қорытындысы II кезеңге өтуге жол бермейді</translation>
    </message>
    <message>
        <source>1, 1, 3 (standard)</source>
        <translation>1, 1, 3 (стандартты)</translation>
    </message>
    <message>
        <source>1, 1, 2 (dense)</source>
        <translation>1, 1, 2 (тығыз)</translation>
    </message>
    <message>
        <source>Commission scores</source>
        <translation>Комиссия бағалары</translation>
    </message>
    <message>
        <source>&amp;Aggregation per criterion:</source>
        <translation>Өлшем бойынша бағаларды &amp;біріктіру:</translation>
    </message>
    <message>
        <source>Scores &amp;dropped at each end:</source>
        <translation>Әр шеттен алынып &amp;тасталатын бағалар:</translation>
    </message>
    <message>
        <source>…when at least this many &amp;valid scores:</source>
        <translation>…жарамды бағалар саны &amp;кемінде:</translation>
    </message>
    <message>
        <source>Flag a criterion with fewer valid scores &amp;than:</source>
        <translation>Жарамды бағалар осыдан аз болса, өлшемді бел&amp;гілеу:</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Сауалнамалар</translation>
    </message>
    <message>
        <source>&amp;Minimum sample (citizens&apos; responses):</source>
        <translation>Ең аз &amp;іріктеме (халық жауаптары):</translation>
    </message>
    <message>
        <source>Below it the survey index:</source>
        <translation>Одан төмен болса, сауалнама индексі:</translation>
    </message>
    <message>
        <source>Ethics index &amp;gate (0–100):</source>
        <translation>Әдеп индексінің &amp;шегі (0–100):</translation>
    </message>
    <message>
        <source>Weights of the totals</source>
        <translation>Қорытынды балдардың салмақтары</translation>
    </message>
    <message>
        <source>Stage I: citizens&apos; &amp;survey:</source>
        <translation>I кезең: &amp;халық сауалнамасы:</translation>
    </message>
    <message>
        <source>Stage I: &amp;ethics:</source>
        <translation>I кезең: &amp;әдеп:</translation>
    </message>
    <message>
        <source>Stage I: &amp;commission:</source>
        <translation>I кезең: к&amp;омиссия:</translation>
    </message>
    <message>
        <source>Stage II: &amp;republican commission:</source>
        <translation>II кезең: &amp;республикалық комиссия:</translation>
    </message>
    <message>
        <source>Stage II: stage I total carried &amp;over:</source>
        <translation>II кезең: I кезең қорытындысының &amp;ауысуы:</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Елді мекендер</translation>
    </message>
    <message>
        <source>Advance to stage II &amp;per region:</source>
        <translation>II кезеңге әр облыстан &amp;өтетіндер:</translation>
    </message>
    <message>
        <source>Shared places are &amp;numbered:</source>
        <translation>Тең орындарды &amp;нөмірлеу:</translation>
    </message>
    <message>
        <source>The stage I weights add up to 1.</source>
        <translation>I кезең салмақтарының қосындысы 1-ге тең.</translation>
    </message>
    <message>
        <source>The stage I weights add up to %1; they must add up to 1.</source>
        <translation>I кезең салмақтарының қосындысы — %1, ал ол 1-ге тең болуы керек.</translation>
    </message>
    <message>
        <source>Import Methodology</source>
        <translation>Әдістемені жүктеу</translation>
    </message>
    <message>
        <source>Methodology (*.json)</source>
        <translation>Әдістеме (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable methodology: %2</source>
        <translation>%1 — жарамды әдістеме емес: %2</translation>
    </message>
    <message>
        <source>Export Methodology</source>
        <translation>Әдістемені сақтау</translation>
    </message>
    <message>
        <source>methodology.json</source>
        <translation>әдістеме.json</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Ties on the total are broken in this order, the larger value first; if all are equal the nominees share the place.</source>
        <translation>Қорытынды балдар тең болса, осы ретпен салыстырылады, үлкен мән жоғары; бәрі тең болса, қатысушылар орынды бөліседі.</translation>
    </message>
    <message>
        <source>Stage I (&amp;regional)</source>
        <translation>I кезең (&amp;облыстық)</translation>
    </message>
    <message>
        <source>Stage II (rep&amp;ublican)</source>
        <translation>II кезең (&amp;республикалық)</translation>
    </message>
    <message>
        <source>Tie-breaks after the total</source>
        <translation>Қорытынды балдан кейінгі теңдікті шешу</translation>
    </message>
    <message>
        <source>Scores and &amp;weights</source>
        <translation>Бағалар мен &amp;салмақтар</translation>
    </message>
    <message>
        <source>P&amp;laces and ties</source>
        <translation>&amp;Орындар мен теңдік</translation>
    </message>
    <message>
        <source>%1 and %2 move the selected component, %3 removes it, %4 adds the one chosen below.</source>
        <translation>%1 және %2 таңдалған көрсеткішті жылжытады, %3 оны жояды, %4 төменде таңдалғанын қосады.</translation>
    </message>
    <message>
        <source>every component is in use</source>
        <translation>барлық көрсеткіштер қолданылуда</translation>
    </message>
    <message>
        <source>Components of this stage not yet in the order</source>
        <translation>Ретке әлі енгізілмеген кезең көрсеткіштері</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Add the chosen component at the end</source>
        <translation>Таңдалған көрсеткішті соңына қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the selected component</source>
        <translation>Таңдалған көрсеткішті жою</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Compare the selected component earlier</source>
        <translation>Таңдалған көрсеткішті ертерек салыстыру</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Compare the selected component later</source>
        <translation>Таңдалған көрсеткішті кейінірек салыстыру</translation>
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
        <source>Add a nominee</source>
        <translation>Қатысушы қосу</translation>
    </message>
    <message>
        <source>Edit the selected nominee</source>
        <translation>Таңдалған қатысушыны өңдеу</translation>
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
    <message>
        <source>Search nominees</source>
        <translation>Қатысушыларды іздеу</translation>
    </message>
    <message>
        <source>Regions and districts</source>
        <translation>Облыстар мен аудандар</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>No nominees yet. Import the registry of applicants from a spreadsheet (File ▸ Import Registry…), or add nominees one by one (Add…).</source>
        <translation>Қатысушылар әзірге жоқ. Өтініш берушілер тізілімін кестеден импорттаңыз (Файл ▸ Тізілімді импорттау…) немесе қатысушыларды бір-бірлеп қосыңыз (Қосу…).</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Тізілімді &amp;импорттау…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Жою</translation>
    </message>
    <message numerus="yes">
        <source>No nominees in the chosen place. Choose “All regions” on the left to see all %n nominee(s).</source>
        <translation>
            <numerusform>Таңдалған жерде қатысушы жоқ. Барлық %n қатысушыны көру үшін сол жақтан «Барлық облыстар» тармағын таңдаңыз.</numerusform>
            <numerusform>Таңдалған жерде қатысушы жоқ. Барлық %n қатысушыны көру үшін сол жақтан «Барлық облыстар» тармағын таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No nominee matches “%1”. Check the spelling, or search for a part of the name.</source>
        <translation>«%1» сұрауына сәйкес қатысушы жоқ. Жазылуын тексеріңіз немесе атының бір бөлігі бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>No nominee in the chosen place matches “%1”. Check the spelling, or search all regions.</source>
        <translation>Таңдалған жерде «%1» сұрауына сәйкес қатысушы жоқ. Жазылуын тексеріңіз немесе барлық облыстар бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>Sho&amp;w All Regions</source>
        <translation>Барлық облыстарды кө&amp;рсету</translation>
    </message>
    <message>
        <source>&amp;Clear the Search</source>
        <translation>Іздеуді та&amp;зарту</translation>
    </message>
</context>
<context>
    <name>akim::PackageActions</name>
    <message>
        <source>Open Ballot &amp;Package…</source>
        <translation>Бағалау парағының &amp;пакетін ашу…</translation>
    </message>
    <message>
        <source>Open a ballot package the secretary sent you, to score it</source>
        <translation>Хатшы жіберген бағалау парағының пакетін бағалау үшін ашу</translation>
    </message>
    <message>
        <source>Write each member&apos;s ballot to a file, to be scored on another PC</source>
        <translation>Әр мүшенің бағалау парағын басқа компьютерде бағалау үшін файлға жазу</translation>
    </message>
    <message>
        <source>I&amp;mport Ballot Packages…</source>
        <translation>Бағалау парақтарының пакеттерін и&amp;мпорттау…</translation>
    </message>
    <message>
        <source>Take back the ballot packages the members scored and submitted</source>
        <translation>Мүшелер толтырып тапсырған бағалау парақтарының пакеттерін қабылдау</translation>
    </message>
    <message>
        <source>Ballot Package</source>
        <translation>Бағалау парағының пакеті</translation>
    </message>
    <message>
        <source>Ballot package of %1, %2.</source>
        <translation>Бағалау парағының пакеті: %1, %2.</translation>
    </message>
    <message>
        <source>Sign in with your password to score.</source>
        <translation>Бағалау үшін өз құпиясөзіңізбен кіріңіз.</translation>
    </message>
    <message>
        <source>Submitted. Send this file back to the secretary: %1</source>
        <translation>Тапсырылды. Осы файлды хатшыға қайтарыңыз: %1</translation>
    </message>
    <message>
        <source>Every cell is saved as you type. When all are scored, press Submit and send this file back to the secretary.</source>
        <translation>Әр ұяшық енгізген кезде сақталады. Барлығы толтырылғанда «Тапсыру» батырмасын басып, осы файлды хатшыға қайтарыңыз.</translation>
    </message>
    <message>
        <source>Open Ballot Package</source>
        <translation>Бағалау парағының пакетін ашу</translation>
    </message>
    <message>
        <source>Ballot packages (*.%1)</source>
        <translation>Бағалау парақтарының пакеттері (*.%1)</translation>
    </message>
    <message>
        <source>Import Ballot Packages</source>
        <translation>Бағалау парақтарының пакеттерін импорттау</translation>
    </message>
    <message>
        <source>Checking ballot packages…</source>
        <translation>Бағалау парақтарының пакеттерін тексеру…</translation>
    </message>
    <message>
        <source>Imported and submitted the ballots of %1.</source>
        <translation>Бағалау парақтары импортталып, тапсырылды: %1.</translation>
    </message>
    <message>
        <source>E&amp;xport Ballot Packages…</source>
        <translation>Бағалау парақтарының пакеттерін &amp;экспорттау…</translation>
    </message>
</context>
<context>
    <name>akim::PackageExportDialog</name>
    <message>
        <source>Export Ballot Packages</source>
        <translation>Бағалау парақтарының пакеттерін экспорттау</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Мүшелер:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Folder for the Ballot Packages</source>
        <translation>Бағалау парақтары пакеттеріне арналған қалта</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Exporting ballot packages…</source>
        <translation>Бағалау парақтарының пакеттерін экспорттау…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to %1.</source>
        <translation>
            <numerusform>%n пакет %1 қалтасына жазылды.</numerusform>
            <numerusform>%n пакет %1 қалтасына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each member their file; the member opens it with Akim Contest and signs in with their own password.</source>
        <translation>Әр мүшеге өз файлын жіберіңіз; мүше оны Akim Contest бағдарламасында ашып, өз құпиясөзімен кіреді.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Комиссия мүшелері</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>This commission has no voting members yet. Add them on the Commissions tab with Add Member….</source>
        <translation>Бұл комиссияда әзірге дауыс беру құқығы бар мүше жоқ. Оларды «Комиссиялар» қойындысында «Мүшені қосу…» түймесімен қосыңыз.</translation>
    </message>
</context>
<context>
    <name>akim::PackageExporter</name>
    <message>
        <source>%1 has no active account. A package is sealed with the member&apos;s password: create the member&apos;s account (Account &gt; Manage Accounts) first.</source>
        <translation>%1 белсенді есептік жазбасы жоқ. Пакет мүшенің құпиясөзімен мөрленеді: алдымен оның есептік жазбасын жасаңыз (Есептік жазба &gt; Есептік жазбалар).</translation>
    </message>
    <message>
        <source>The ballot of %1 has nothing to score yet: no nominees or no criteria.</source>
        <translation>%1 бағалау парағында әзірге бағалайтын ештеңе жоқ: қатысушылар немесе өлшемдер жоқ.</translation>
    </message>
    <message>
        <source>The package was not written to %1: %2</source>
        <translation>Пакет %1 файлына жазылмады: %2</translation>
    </message>
    <message>
        <source>The package was not recorded in the contest file: %1</source>
        <translation>Пакет конкурс файлында тіркелмеді: %1</translation>
    </message>
    <message>
        <source>%1 is a contest file; a ballot package never replaces one. Choose another name.</source>
        <translation>%1 — конкурс файлы; бағалау парағының пакеті оны ешқашан алмастырмайды. Басқа атау таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>akim::PackageImportDialog</name>
    <message>
        <source>Import Ballot Packages</source>
        <translation>Бағалау парақтарының пакеттерін импорттау</translation>
    </message>
    <message>
        <source>Check the differences against the contest file, then import. Nothing is written before you press Import.</source>
        <translation>Конкурс файлынан айырмашылықтарын тексеріп, содан кейін импорттаңыз. «Импорттау» басылмайынша ештеңе жазылмайды.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are refused, as the Result column says; they are not imported. Nothing is written before you press Import.</source>
        <translation>
            <numerusform>%n пакет қабылданбады («Нәтиже» бағанын қараңыз), олар импортталмайды. «Импорттау» басылмайынша ештеңе жазылмайды.</numerusform>
            <numerusform>%n пакет қабылданбады («Нәтиже» бағанын қараңыз), олар импортталмайды. «Импорттау» басылмайынша ештеңе жазылмайды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Package(s)</source>
        <translation>
            <numerusform>%n пакетті импорттау</numerusform>
            <numerusform>%n пакетті импорттау</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Қабылданбады: %1</translation>
    </message>
    <message>
        <source>The ballot of %1 in this package is the same as in the contest file.</source>
        <translation>Осы пакеттегі %1 бағалау парағы конкурс файлындағымен бірдей.</translation>
    </message>
    <message numerus="yes">
        <source>The ballot of %1: %n cell(s) will change in the contest file.</source>
        <translation>
            <numerusform>%1 бағалау парағы: конкурс файлында %n ұяшық өзгереді.</numerusform>
            <numerusform>%1 бағалау парағы: конкурс файлында %n ұяшық өзгереді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакеттер</translation>
    </message>
    <message>
        <source>Cells the selected package changes</source>
        <translation>Таңдалған пакет өзгертетін ұяшықтар</translation>
    </message>
    <message>
        <source>No cell to show. Select a package above; a package whose ballot equals the contest file&apos;s changes no cell.</source>
        <translation>Көрсететін ұяшық жоқ. Жоғарыдан пакетті таңдаңыз; бағалау парағы конкурс файлымен бірдей пакет ешбір ұяшықты өзгертпейді.</translation>
    </message>
</context>
<context>
    <name>akim::PackageImportModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
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
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n cell(s); differing from the contest file: %1.</source>
        <translation>
            <numerusform>Дайын: %n ұяшық; конкурс файлынан өзгешесі: %1.</numerusform>
            <numerusform>Дайын: %n ұяшық; конкурс файлынан өзгешесі: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::PackageImporter</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 оқылмайды.</translation>
    </message>
    <message>
        <source>%1 is not a ballot package: %2</source>
        <translation>%1 бағалау парағының пакеті емес: %2</translation>
    </message>
    <message>
        <source>%1 is a contest file, not a ballot package.</source>
        <translation>%1 — конкурс файлы, бағалау парағының пакеті емес.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is a ballot package of another contest (%2, %3), not of this one (%4, %5).</source>
        <translation>%1 — басқа конкурстың (%2, %3) бағалау парағының пакеті, бұл конкурстікі (%4, %5) емес.</translation>
    </message>
    <message>
        <source>%1 was not exported from this contest file. Import it into the file it was exported from, or export a new package.</source>
        <translation>%1 осы конкурс файлынан экспортталмаған. Оны экспортталған файлға импорттаңыз немесе жаңа пакет экспорттаңыз.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 by %3.</source>
        <translation>%1 %2 күні импортталып қойған, импорттаған: %3.</translation>
    </message>
    <message>
        <source>%1 was sealed for an account this contest file does not have (wrong member).</source>
        <translation>%1 осы конкурс файлында жоқ есептік жазба үшін мөрленген (басқа комиссия мүшесі).</translation>
    </message>
    <message>
        <source>The password of %2 was reset after %1 was exported, so its seal can no longer be checked. Export a new package for the member.</source>
        <translation>%1 экспортталғаннан кейін %2 құпиясөзі қайта орнатылды, сондықтан пакет мөрін енді тексеру мүмкін емес. Мүшеге жаңа пакет экспорттаңыз.</translation>
    </message>
    <message>
        <source>%1 was changed outside Akim Contest after it was sealed (an edited file). Ask the member for the file exactly as the program saved it, or export a new package.</source>
        <translation>%1 мөрленгеннен кейін Akim Contest бағдарламасынан тыс өзгертілген (файл түзетілген). Мүшеден бағдарлама сақтаған күйіндегі файлды сұраңыз немесе жаңа пакет экспорттаңыз.</translation>
    </message>
    <message>
        <source>%1 is the ballot of %2, who is no longer a commission member in this contest (wrong member).</source>
        <translation>%1 — %2 бағалау парағы, ол енді бұл конкурстың комиссия мүшесі емес (басқа комиссия мүшесі).</translation>
    </message>
    <message>
        <source>%1 is the ballot of %2, but the member&apos;s commission or account changed in this contest file after the export (wrong member). Export a new package.</source>
        <translation>%1 — %2 бағалау парағы, бірақ экспорттан кейін осы конкурс файлында мүшенің комиссиясы немесе есептік жазбасы өзгерген (басқа комиссия мүшесі). Жаңа пакет экспорттаңыз.</translation>
    </message>
    <message>
        <source>%2 has not submitted the ballot in %1 yet: the member presses Submit in the package and sends the file again.</source>
        <translation>%2 %1 ішіндегі бағалау парағын әлі тапсырған жоқ: мүше пакетте «Тапсыру» батырмасын басып, файлды қайта жібереді.</translation>
    </message>
    <message>
        <source>%1 is stale: the ballot of %2 was submitted in the contest file on %3 by %4, after the package was exported. The secretary reopens that ballot first to import the package instead.</source>
        <translation>%1 ескірген: %2 бағалау парағы пакет экспортталғаннан кейін конкурс файлында %3 күні тапсырылды (%4). Оның орнына пакетті импорттау үшін хатшы алдымен сол бағалау парағын қайта ашады.</translation>
    </message>
    <message>
        <source>%1 is stale: the ballot of %2 was submitted or reopened in the contest file after the package was exported (version %3 then, %4 now). Export a new package.</source>
        <translation>%1 ескірген: %2 бағалау парағы пакет экспортталғаннан кейін конкурс файлында тапсырылды немесе қайта ашылды (ол кезде %3-нұсқа, қазір %4). Жаңа пакет экспорттаңыз.</translation>
    </message>
    <message>
        <source>%1 is stale: the methodology changed after the package was exported (version %2 then, %3 now). Export a new package.</source>
        <translation>%1 ескірген: пакет экспортталғаннан кейін әдістеме өзгерді (ол кезде %2-нұсқа, қазір %3). Жаңа пакет экспорттаңыз.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 импорттауға болмайды: %2</translation>
    </message>
    <message>
        <source>new on the ballot: %1</source>
        <translation>бағалау парағында жаңадан пайда болғандар: %1</translation>
    </message>
    <message>
        <source>no longer on it: %1</source>
        <translation>енді онда жоқтар: %1</translation>
    </message>
    <message>
        <source>The nominee list changed after %1 was exported (%2). Export a new package.</source>
        <translation>%1 экспортталғаннан кейін қатысушылар тізімі өзгерді (%2). Жаңа пакет экспорттаңыз.</translation>
    </message>
    <message>
        <source>The criteria changed after %1 was exported (%2). Export a new package.</source>
        <translation>%1 экспортталғаннан кейін өлшемдер өзгерді (%2). Жаңа пакет экспорттаңыз.</translation>
    </message>
    <message>
        <source>The conflicts of interest %2 declared changed after %1 was exported. Export a new package.</source>
        <translation>%1 экспортталғаннан кейін %2 мәлімдеген мүдделер қақтығыстары өзгерді. Жаңа пакет экспорттаңыз.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a cell has no valid state.</source>
        <translation>ұяшықтың күйі жарамсыз.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is incomplete: %n cell(s) are not scored, although the ballot is submitted.</source>
        <translation>
            <numerusform>%1 толық емес: бағалау парағы тапсырылса да, %n ұяшық толтырылмаған.</numerusform>
            <numerusform>%1 толық емес: бағалау парағы тапсырылса да, %n ұяшық толтырылмаған.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталмады: %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Ask the member to send it again.</source>
        <translation>%1 зақымдалған (%2). Мүшеден оны қайта жіберуін сұраңыз.</translation>
    </message>
</context>
<context>
    <name>akim::PackageSession</name>
    <message>
        <source>The file is not a ballot package.</source>
        <translation>Файл бағалау парағының пакеті емес.</translation>
    </message>
    <message>
        <source>This ballot package was changed outside Akim Contest after it was sealed. Do not score it: ask the secretary for a new package.</source>
        <translation>Бұл бағалау парағының пакеті мөрленгеннен кейін Akim Contest бағдарламасынан тыс өзгертілген. Оны толтырмаңыз: хатшыдан жаңа пакет сұраңыз.</translation>
    </message>
    <message>
        <source>Sign in to change the ballot package.</source>
        <translation>Бағалау парағының пакетін өзгерту үшін кіріңіз.</translation>
    </message>
</context>
<context>
    <name>akim::PaperComparePanel</name>
    <message>
        <source>&amp;Use Entry 1…</source>
        <translation>1-ен&amp;гізуден алу…</translation>
    </message>
    <message>
        <source>Entry 2 takes entry 1&apos;s value for the selected cell; you give the reason.</source>
        <translation>Таңдалған ұяшықта 2-енгізу 1-енгізудің мәнін алады; себебін сіз көрсетесіз.</translation>
    </message>
    <message>
        <source>Use En&amp;try 2…</source>
        <translation>2-енгі&amp;зуден алу…</translation>
    </message>
    <message>
        <source>Entry 1 takes entry 2&apos;s value for the selected cell; you give the reason.</source>
        <translation>Таңдалған ұяшықта 1-енгізу 2-енгізудің мәнін алады; себебін сіз көрсетесіз.</translation>
    </message>
    <message>
        <source>Save the agreed cells as the member&apos;s ballot and submit it.</source>
        <translation>Сәйкес келген ұяшықтарды комиссия мүшесінің бағалау парағы ретінде сақтап, тапсыру.</translation>
    </message>
    <message>
        <source>Settle a Disagreement</source>
        <translation>Алшақтықты шешу</translation>
    </message>
    <message>
        <source>%1, %2: %3 takes the value of %4 (%5 instead of %6). Why? The reason is kept in the audit log.</source>
        <translation>%1, %2: %3 %4 мәнін алады (%6 орнына %5). Неге? Себебі аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Алу</translation>
    </message>
    <message>
        <source>Accept the Paper Ballot</source>
        <translation>Қағаз бағалау парағын қабылдау</translation>
    </message>
    <message>
        <source>Both entries of the ballot of %1 agree. Save them as the member&apos;s ballot and submit it?</source>
        <translation>%1 бағалау парағының екі енгізуі де сәйкес. Оларды комиссия мүшесінің бағалау парағы ретінде сақтап, тапсыру керек пе?</translation>
    </message>
    <message>
        <source>A submitted ballot is locked; only the secretary can reopen it.</source>
        <translation>Тапсырылған бағалау парағы жабылады; оны қайта тек хатшы аша алады.</translation>
    </message>
    <message>
        <source>Acce&amp;pt and Submit…</source>
        <translation>&amp;Қабылдау және тапсыру…</translation>
    </message>
    <message>
        <source>Cells where the two entries differ</source>
        <translation>Екі енгізу сәйкес келмейтін ұяшықтар</translation>
    </message>
    <message>
        <source>No difference between the two entries: every cell typed in one is typed the same in the other. Once both are complete, save them as the member&apos;s ballot with Accept and Submit….</source>
        <translation>Екі енгізудің арасында айырмашылық жоқ: біреуінде енгізілген әр ұяшық екіншісінде де солай енгізілген. Екеуі де толық болғанда, оларды «Қабылдау және тапсыру…» түймесімен мүшенің бағалау парағы ретінде сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>akim::PaperComparison</name>
    <message>
        <source>The ballot of %1 has nothing to score yet: no nominees or no criteria.</source>
        <translation>%1 бағалау парағында әзірге бағалайтын ештеңе жоқ: қатысушылар немесе өлшемдер жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 of the ballot of %2 is not complete: %n cell(s) not typed yet.</source>
        <translation>
            <numerusform>%2 бағалау парағының %1-енгізуі аяқталмаған: %n ұяшық әлі терілмеген.</numerusform>
            <numerusform>%2 бағалау парағының %1-енгізуі аяқталмаған: %n ұяшық әлі терілмеген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both entries of the ballot of %1 were typed by %2; the second entry must be typed by another secretary.</source>
        <translation>%1 бағалау парағының екі енгізуін де %2 терген; екінші енгізуді басқа хатшы теруі керек.</translation>
    </message>
    <message numerus="yes">
        <source>The entries of the ballot of %1 disagree on %n cell(s). Correct the entries or take one entry&apos;s value for each, then accept.</source>
        <translation>
            <numerusform>%1 бағалау парағының енгізулері %n ұяшықта алшақ. Енгізулерді түзетіңіз немесе әр ұяшық үшін бір енгізудің мәнін алыңыз, содан кейін парақты қабылдаңыз.</numerusform>
            <numerusform>%1 бағалау парағының енгізулері %n ұяшықта алшақ. Енгізулерді түзетіңіз немесе әр ұяшық үшін бір енгізудің мәнін алыңыз, содан кейін парақты қабылдаңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::PaperDisagreementModel</name>
    <message>
        <source>Neither entry of the paper ballot of %1 has been typed yet.</source>
        <translation>%1 қағаз бағалау парағының бірде-бір енгізуі әлі терілмеген.</translation>
    </message>
    <message>
        <source>Entry %1 has not been typed yet.</source>
        <translation>%1-енгізу әлі терілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 (typed by %2): %n cell(s) not typed yet.</source>
        <translation>
            <numerusform>%1-енгізу (терген: %2): %n ұяшық әлі терілмеген.</numerusform>
            <numerusform>%1-енгізу (терген: %2): %n ұяшық әлі терілмеген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The entries disagree on %n cell(s), listed below.</source>
        <translation>
            <numerusform>Енгізулер төменде көрсетілген %n ұяшықта алшақ.</numerusform>
            <numerusform>Енгізулер төменде көрсетілген %n ұяшықта алшақ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both entries are complete and agree on every cell: the ballot can be accepted.</source>
        <translation>Екі енгізу де аяқталған және барлық ұяшықта сәйкес: бағалау парағын қабылдауға болады.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Түсініктеме: %1</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Ауылдық округ</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Өлшем</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>1-енгізу</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>2-енгізу</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>akim::PaperEntryBar</name>
    <message>
        <source>Paper ballots need &amp;double entry</source>
        <translation>Қағаз бағалау парақтарын екі &amp;рет енгізу</translation>
    </message>
    <message>
        <source>Two secretaries type each paper ballot independently; only a ballot whose two entries agree is saved and counts.</source>
        <translation>Әр қағаз бағалау парағын екі хатшы бір-бірінен тәуелсіз тереді; екі енгізуі сәйкес келген парақ қана сақталып, есепке алынады.</translation>
    </message>
    <message>
        <source>Sa&amp;ved ballot</source>
        <translation>Сақтал&amp;ған парақ</translation>
    </message>
    <message>
        <source>The member&apos;s ballot as it counts, read-only for the secretary.</source>
        <translation>Комиссия мүшесінің есепке алынатын бағалау парағы; хатшы үшін тек оқуға арналған.</translation>
    </message>
    <message>
        <source>Entry &amp;1</source>
        <translation>&amp;1-енгізу</translation>
    </message>
    <message>
        <source>Entry &amp;2</source>
        <translation>&amp;2-енгізу</translation>
    </message>
    <message>
        <source>The cells where the two entries disagree; accept the ballot once they agree.</source>
        <translation>Екі енгізу алшақ болған ұяшықтар; олар сәйкес келгенде бағалау парағын қабылдаңыз.</translation>
    </message>
    <message>
        <source>Discard Entry…</source>
        <translation>Енгізудің күшін жою…</translation>
    </message>
    <message>
        <source>Drop the entry shown, giving the reason, so that it can be typed anew.</source>
        <translation>Көрсетілген енгізуді қайта теру үшін оның күшін себебін көрсетіп жою.</translation>
    </message>
    <message>
        <source>Entry %1: not typed</source>
        <translation>%1-енгізу: терілмеген</translation>
    </message>
    <message>
        <source>Entry %1: %2, %3 of %4 cells</source>
        <translation>%1-енгізу: %2, %4 ішінен %3 ұяшық</translation>
    </message>
    <message>
        <source>Discard the Entry</source>
        <translation>Енгізудің күшін жою</translation>
    </message>
    <message>
        <source>Why is %1 of the ballot of %2 discarded? The reason is kept in the audit log.</source>
        <translation>%2 бағалау парағының %1 күші неге жойылады? Себебі аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Сал&amp;ыстыру</translation>
    </message>
</context>
<context>
    <name>akim::PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Қайталау:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>akim::PrintDialogs</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Алдын ала қарау — %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Басып шығару — %1</translation>
    </message>
</context>
<context>
    <name>akim::RankingCharts</name>
    <message>
        <source>Nominees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Totals of the nominees shown</source>
        <translation>Көрсетілген қатысушылардың қорытынды баллы</translation>
    </message>
    <message>
        <source>total, in steps of %1 points</source>
        <translation>қорытынды балл, қадамы — %1</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Region average</source>
        <translation>Облыс бойынша орташа</translation>
    </message>
    <message>
        <source>Survey index by criterion</source>
        <translation>Өлшемдер бойынша сауалнама индексі</translation>
    </message>
    <message>
        <source>Select a nominee</source>
        <translation>Қатысушыны таңдаңыз</translation>
    </message>
</context>
<context>
    <name>akim::RankingExportAction</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel жұмыс кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Ranking</source>
        <translation>Рейтингті экспорттау</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n nominee(s) to %1…</source>
        <translation>
            <numerusform>%n қатысушы %1 файлына экспортталуда…</numerusform>
            <numerusform>%n қатысушы %1 файлына экспортталуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Экспорттау тоқтатылды; %1 жазылмады.</translation>
    </message>
    <message>
        <source>The ranking is saved to %1.</source>
        <translation>Рейтинг %1 файлына сақталды.</translation>
    </message>
</context>
<context>
    <name>akim::RankingTableModel</name>
    <message>
        <source>survey index</source>
        <translation>сауалнама индексі</translation>
    </message>
    <message>
        <source>ethics index</source>
        <translation>әдеп индексі</translation>
    </message>
    <message>
        <source>commission index</source>
        <translation>комиссия индексі</translation>
    </message>
    <message>
        <source>stage I total</source>
        <translation>I кезеңнің қорытынды баллы</translation>
    </message>
    <message>
        <source>number of survey responses</source>
        <translation>сауалнама жауаптарының саны</translation>
    </message>
    <message>
        <source>tie broken by the %1</source>
        <translation>ұпай теңдігі %1 бойынша шешілді</translation>
    </message>
    <message>
        <source>insufficient survey sample</source>
        <translation>сауалнама іріктемесі жеткіліксіз</translation>
    </message>
    <message>
        <source>survey left out (sample too small)</source>
        <translation>сауалнама ескерілмеді (іріктеме тым аз)</translation>
    </message>
    <message>
        <source>no survey responses</source>
        <translation>сауалнама жауаптары жоқ</translation>
    </message>
    <message>
        <source>no ethics questionnaire</source>
        <translation>әдеп сауалнамасы жоқ</translation>
    </message>
    <message>
        <source>no commission scores</source>
        <translation>комиссия бағалары жоқ</translation>
    </message>
    <message>
        <source>no stage I total</source>
        <translation>I кезеңнің қорытынды баллы жоқ</translation>
    </message>
    <message>
        <source>cannot advance (ethics)</source>
        <translation>II кезеңге өте алмайды (әдеп)</translation>
    </message>
    <message>
        <source>ethics index below the gate</source>
        <translation>әдеп индексі шекті мәннен төмен</translation>
    </message>
    <message>
        <source>too few valid scores on a criterion</source>
        <translation>өлшемдердің бірі бойынша жарамды бағалар тым аз</translation>
    </message>
    <message>
        <source>shares the place</source>
        <translation>орынды бөліседі</translation>
    </message>
    <message>
        <source>tied at the advancement cut: the chair decides</source>
        <translation>өту шегінде ұпай теңдігі: төраға шешеді</translation>
    </message>
    <message>
        <source>advances by the chair&apos;s decision</source>
        <translation>төрағаның шешімімен II кезеңге өтеді</translation>
    </message>
    <message>
        <source>advances</source>
        <translation>II кезеңге өтеді</translation>
    </message>
    <message>
        <source>Citizens&apos; survey index, 0–100: the mean answer per criterion rescaled, then averaged with the criteria&apos;s weights</source>
        <translation>Халық сауалнамасының индексі, 0–100: әр өлшем бойынша орташа жауап 0–100 шкаласына келтіріліп, өлшемдердің салмақтарымен орташаланады</translation>
    </message>
    <message>
        <source>Ethics index, 0–100: the share of positive answers in the Ethics Commissioner&apos;s questionnaire</source>
        <translation>Әдеп индексі, 0–100: әдеп жөніндегі уәкіл сауалнамасындағы оң жауаптардың үлесі</translation>
    </message>
    <message>
        <source>Commission index, 0–100: the members&apos; scores aggregated per criterion (abstentions and recusals left out), weighted, as a share of the maximum</source>
        <translation>Комиссия индексі, 0–100: мүшелердің бағалары әр өлшем бойынша жинақталып (қалыс қалулар мен өздігінен бас тартулар есепке алынбайды), салмақталады және ең жоғары мәннен үлес ретінде көрсетіледі</translation>
    </message>
    <message>
        <source>The nominee&apos;s stage I total, carried over with its weight</source>
        <translation>Қатысушының I кезеңдегі қорытынды баллы, салмағы ескеріліп көшірілген</translation>
    </message>
    <message>
        <source>The components weighted as the methodology says; ties are decided on unrounded values</source>
        <translation>Құрамдас бөліктердің әдістемеге сай салмақталған қосындысы; ұпай теңдігі дөңгелектенбеген мәндер бойынша анықталады</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Ауылдық округ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Әдеп</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Stage I</source>
        <translation>I кезең</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Қорытынды балл</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Ethics Commissioner: not compliant</source>
        <translation>әдеп жөніндегі уәкіл: талаптар сақталмаған</translation>
    </message>
    <message>
        <source>a score given despite a conflict of interest was ignored</source>
        <translation>мүдделер қақтығысына қарамастан қойылған баға ескерілмеді</translation>
    </message>
    <message>
        <source>number of ethics questionnaire responses</source>
        <translation>әдеп сауалнамасы жауаптарының саны</translation>
    </message>
</context>
<context>
    <name>akim::RankingsPage</name>
    <message>
        <source>Cancelled; the ranking shown may be out of date.</source>
        <translation>Есептеу тоқтатылды; көрсетілген рейтинг ескірген болуы мүмкін.</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>The ranking could not be computed: %1</source>
        <translation>Рейтингті есептеу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): hover here.</source>
        <translation>
            <numerusform>%n ескертпе: көру үшін меңзерді осында апарыңыз.</numerusform>
            <numerusform>%n ескертпе: көру үшін меңзерді осында апарыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalised %1 by %2; ranking SHA-256 %3…</source>
        <translation>Кезең %1 аяқталды (%2); рейтингтің SHA-256 хеші: %3…</translation>
    </message>
    <message>
        <source>Stage I is finalised region by region: choose a region first.</source>
        <translation>I кезең әр облыс бойынша жеке аяқталады: алдымен облысты таңдаңыз.</translation>
    </message>
    <message>
        <source>stage II</source>
        <translation>II кезең</translation>
    </message>
    <message>
        <source>stage I of %1</source>
        <translation>I кезең (%1)</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Кезеңді аяқтау</translation>
    </message>
    <message numerus="yes">
        <source>Finalise %1? %n nominee(s) are ranked.</source>
        <translation>
            <numerusform>%1 аяқталсын ба? Рейтингте %n қатысушы.</numerusform>
            <numerusform>%1 аяқталсын ба? Рейтингте %n қатысушы.</numerusform>
        </translation>
    </message>
    <message>
        <source>The result is recorded with its methodology and checksum. From then on the nominees it ranks, the stage&apos;s criteria and survey data can no longer change, and nothing undoes it.</source>
        <translation>Нәтиже әдістемесімен және бақылау сомасымен бірге жазылады. Осыдан кейін рейтингке енген қатысушыларды, кезең өлшемдерін және сауалнама деректерін өзгертуге болмайды; бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 was not finalised: %2</source>
        <translation>%1 аяқталмады: %2</translation>
    </message>
    <message>
        <source>%1 is finalised. Ranking SHA-256:
%2</source>
        <translation>%1 аяқталды. Рейтингтің SHA-256 хеші:
%2</translation>
    </message>
    <message>
        <source>Select a nominee to see how the total is made up.</source>
        <translation>Қорытынды балл қалай құралатынын көру үшін қатысушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>I — regional</source>
        <translation>I — облыстық</translation>
    </message>
    <message>
        <source>II — republican</source>
        <translation>II — республикалық</translation>
    </message>
    <message>
        <source>The ranking follows every change by itself; this recomputes it now.</source>
        <translation>Рейтинг әр өзгерістен кейін өздігінен қайта есептеледі; бұл батырма оны дереу қайта есептейді.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Балл құрамы</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s) ranked in %1 ms (reading the file %2 ms).</source>
        <translation>
            <numerusform>%n қатысушы рейтингке енгізілді (%1 мс, файлды оқу — %2 мс).</numerusform>
            <numerusform>%n қатысушы рейтингке енгізілді (%1 мс, файлды оқу — %2 мс).</numerusform>
        </translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Әдістеме</translation>
    </message>
    <message>
        <source>The stored methodology cannot be used (%1); the recommended default is shown instead.</source>
        <translation>Сақталған әдістемені пайдалану мүмкін емес (%1); оның орнына ұсынылған мәндер көрсетілді.</translation>
    </message>
    <message>
        <source>&amp;Methodology…</source>
        <translation>&amp;Әдістеме…</translation>
    </message>
    <message>
        <source>Saves the ranking shown as an Excel workbook or a CSV file.</source>
        <translation>Көрсетілген рейтингті Excel жұмыс кітабы немесе CSV файлы ретінде сақтайды.</translation>
    </message>
    <message>
        <source>Score &amp;Card…</source>
        <translation>&amp;Бағалау картасы…</translation>
    </message>
    <message>
        <source>Prints the selected nominee&apos;s score card: every score and how the total is made.</source>
        <translation>Таңдалған қатысушының бағалау картасын басады: барлық бағалар және қорытынды балдың қалай құралғаны.</translation>
    </message>
    <message>
        <source>No one is in stage II yet. Stage II ranks the regions&apos; winners: finalise stage I region by region first (Stage “I — regional”, choose the region, Finalise…).</source>
        <translation>II кезеңде әзірге ешкім жоқ. II кезең облыстардың жеңімпаздарын саралайды: алдымен I кезеңді әр облыс бойынша аяқтаңыз (Кезең «I — облыстық», облысты таңдаңыз, «Кезеңді аяқтау…»).</translation>
    </message>
    <message>
        <source>Computing the ranking…</source>
        <translation>Рейтинг есептелуде…</translation>
    </message>
    <message>
        <source>No nominees to rank yet. Import the registry of applicants with File ▸ Import Registry…, or add nominees on the Nominees tab.</source>
        <translation>Рейтингке қосатын ешкім әзірге жоқ. Өтініш берушілер тізілімін импорттаңыз: Файл ▸ Тізілімді импорттау…, немесе қатысушыларды «Қатысушылар» қойындысында қосыңыз.</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Тізілімді &amp;импорттау…</translation>
    </message>
    <message>
        <source>No nominees in this region. Choose “All regions” to see the ranking of every region.</source>
        <translation>Бұл облыста қатысушы жоқ. Барлық облыстардың рейтингін көру үшін «Барлық облыстар» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>Sho&amp;w All Regions</source>
        <translation>Барлық облыстарды кө&amp;рсету</translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>&amp;Облыс:</translation>
    </message>
    <message>
        <source>Recom&amp;pute</source>
        <translation>Қа&amp;йта есептеу</translation>
    </message>
    <message>
        <source>Fi&amp;nalise…</source>
        <translation>Кезеңді а&amp;яқтау…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>How the selected nominee&apos;s total is made up</source>
        <translation>Таңдалған қатысушының қорытынды балы неден құралады</translation>
    </message>
</context>
<context>
    <name>akim::RegistryImportDialog</name>
    <message>
        <source>Import Registry of Applicants</source>
        <translation>Өтініш берушілер тізілімін импорттау</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>a spreadsheet with region, district, okrug and the akim&apos;s full name</source>
        <translation>облысы, ауданы, округі және әкімнің аты-жөні бар кесте</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
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
        <source>Akim</source>
        <translation>Әкім</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Не болады</translation>
    </message>
    <message>
        <source>Choose the spreadsheet, or drop it here. Nothing is written before you press Import.</source>
        <translation>Кестені таңдаңыз немесе осында сүйреп әкеліңіз. «Импорттау» батырмасын басқанға дейін ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Choose the Registry</source>
        <translation>Тізілімді таңдау</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Кестелер (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>add, with a new district and okrug</source>
        <translation>жаңа аудан мен округ құрып, қосу</translation>
    </message>
    <message>
        <source>add, with a new okrug</source>
        <translation>жаңа округ құрып, қосу</translation>
    </message>
    <message>
        <source>add</source>
        <translation>қосу</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>бұрыннан бар</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>ақау: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Файлды импорттау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Correct the rows with problems in the spreadsheet, then choose it again: a registry is imported whole or not at all.</source>
        <translation>Кестедегі ақауы бар жолдарды түзетіп, оны қайта таңдаңыз: тізілім толығымен импортталады немесе мүлде импортталмайды.</translation>
    </message>
    <message>
        <source>Every nominee of this file is already in the contest: nothing to import.</source>
        <translation>Осы файлдағы барлық қатысушылар конкурста бұрыннан бар: импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n nominee(s) added</source>
        <translation>
            <numerusform>Импортталды: %n қатысушы қосылды</numerusform>
            <numerusform>Импортталды: %n қатысушы қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n okrug(s) created</source>
        <translation>
            <numerusform>; %n ауылдық округ құрылды</numerusform>
            <numerusform>; %n ауылдық округ құрылды</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rows of the registry</source>
        <translation>Тізілім жолдары</translation>
    </message>
    <message>
        <source>Choose the spreadsheet the HR department sent with Browse…: each of its rows shows here with what the import does with it, before anything is written.</source>
        <translation>Кадр бөлімі жіберген кестені «Шолу…» түймесімен таңдаңыз: оның әр жолы ештеңе жазылмай тұрып, импорт онымен не істейтінімен бірге осында көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>akim::ReportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>&amp;All Regional Protocols…</source>
        <translation>&amp;Барлық облыстардың хаттамалары…</translation>
    </message>
    <message>
        <source>Protocol &amp;Details…</source>
        <translation>Хаттама &amp;деректемелері…</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Алдын ала қарау…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Protocols and Reports</source>
        <translation>Хаттамалар мен есептер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Орындауды тоқтату</translation>
    </message>
    <message>
        <source>The stage I protocol of every region, one PDF each, into a folder you choose</source>
        <translation>Барлық облыстардың I кезең хаттамалары, әр облысқа бір PDF файлы, таңдалған қалтаға</translation>
    </message>
    <message>
        <source>The meeting&apos;s number, date, place, attendance, vote and awards, which the protocol prints</source>
        <translation>Хаттамада басылатын отырыс нөмірі, күні, орны, қатысу, дауыс беру және берілген номинациялар</translation>
    </message>
    <message>
        <source>No contest is open.</source>
        <translation>Конкурс ашылмаған.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Бас тартылуда…</translation>
    </message>
    <message>
        <source>Reading the contest…</source>
        <translation>Конкурс оқылуда…</translation>
    </message>
    <message>
        <source>The document cannot be made.</source>
        <translation>Құжатты жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>Басып шығару: %1…</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>%2 беттің %1-беті басылуда…</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>Принтер құжатты қабылдамады.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Басып шығару тоқтатылды.</translation>
    </message>
    <message>
        <source>%1 was sent to the printer.</source>
        <translation>«%1» құжаты принтерге жіберілді.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>%2 беттің %1-беті жазылуда…</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Тоқтатылды: %1 жазылмады.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <source>All Regional Protocols</source>
        <translation>Барлық облыстардың хаттамалары</translation>
    </message>
    <message>
        <source>Writing the regional protocols…</source>
        <translation>Облыстардың хаттамалары жазылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n protocol(s) written to %1.</source>
        <translation>
            <numerusform>Тоқтатылды: %1 қалтасына %n хаттама жазылды.</numerusform>
            <numerusform>Тоқтатылды: %1 қалтасына %n хаттама жазылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1

%n protocol(s) had been written to %2.</source>
        <translation>
            <numerusform>%1

Оған дейін %2 қалтасына %n хаттама жазылған болатын.</numerusform>
            <numerusform>%1

Оған дейін %2 қалтасына %n хаттама жазылған болатын.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regional protocol(s) written to %1.</source>
        <translation>
            <numerusform>%1 қалтасына облыстардың %n хаттамасы жазылды.</numerusform>
            <numerusform>%1 қалтасына облыстардың %n хаттамасы жазылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::ReportForm</name>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Type a part of the name, okrug or district</source>
        <translation>Аты-жөнінің, округ немесе аудан атауының бір бөлігін енгізіңіз</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <source>Kazakh and Russian are the official languages of a protocol, and each is a separate document. An English copy is for reading only.</source>
        <translation>Хаттаманың ресми тілдері — қазақ және орыс тілдері, әр тілде жеке құжат жасалады. Ағылшын тіліндегі данасы тек танысу үшін.</translation>
    </message>
    <message>
        <source>About the document</source>
        <translation>Құжат туралы</translation>
    </message>
    <message>
        <source>Doc&amp;ument:</source>
        <translation>Құжа&amp;т:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>К&amp;езеңі:</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>&amp;Облыс:</translation>
    </message>
    <message>
        <source>&amp;Nominee:</source>
        <translation>&amp;Қатысушы:</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ті&amp;лі:</translation>
    </message>
    <message>
        <source>Protocol of the commission</source>
        <translation>Комиссия хаттамасы</translation>
    </message>
    <message>
        <source>Score card of a nominee</source>
        <translation>Қатысушының бағалау картасы</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Импорт туралы есеп</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Бағалау парақтарының бланкілері</translation>
    </message>
    <message>
        <source>Stage I (regional)</source>
        <translation>I кезең (облыстық)</translation>
    </message>
    <message>
        <source>Stage II (republican)</source>
        <translation>II кезең (республикалық)</translation>
    </message>
    <message>
        <source>%1 (unofficial)</source>
        <translation>%1 (бейресми)</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>The protocol of the commission&apos;s meeting: the ranking, the decision and the lines for the signatures.</source>
        <translation>Комиссия отырысының хаттамасы: рейтинг, шешім және қол қоюға арналған жолдар.</translation>
    </message>
    <message>
        <source>Every part of one nominee&apos;s total: each member&apos;s score, the survey and the ethics index, to check the total by hand.</source>
        <translation>Бір қатысушының қорытынды балының барлық құрамдас бөліктері: әр мүшенің бағасы, сауалнама және әдеп индекстері — қорытындыны қолмен тексеру үшін.</translation>
    </message>
    <message>
        <source>Choose a nominee from the list: type a part of the name or okrug.</source>
        <translation>Тізімнен қатысушыны таңдаңыз: аты-жөнінің немесе округ атауының бір бөлігін енгізіңіз.</translation>
    </message>
    <message>
        <source>What each survey and ethics import brought in, rejected and could not match.</source>
        <translation>Халық сауалнамасы мен әдеп сауалнамасының әр импорты туралы мәлімет: қанша жауап импортталды, қабылданбады және сәйкестендірілмеді.</translation>
    </message>
    <message>
        <source>One paper ballot for each voting member, with the nominees and criteria filled in.</source>
        <translation>Дауыс беретін әр комиссия мүшесіне бір қағаз бағалау парағы, қатысушылар мен өлшемдер енгізілген.</translation>
    </message>
    <message>
        <source>An English document is for reading only; print the Kazakh and the Russian ones to sign.</source>
        <translation>Ағылшын тіліндегі құжат тек танысу үшін; қол қою үшін қазақ және орыс тілдеріндегі құжаттарды басып шығарыңыз.</translation>
    </message>
</context>
<context>
    <name>akim::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>%1 is protected: sign in to work on it.</source>
        <translation>%1 қорғалған: онымен жұмыс істеу үшін жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
</context>
<context>
    <name>akim::SurveyPage</name>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>&amp;Халық сауалнамасын импорттау…</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>No responses imported yet: File ▸ Import Survey… or Import Ethics Questionnaire…, or drop the export on the window.</source>
        <translation>Жауаптар әлі импортталмаған: Файл ▸ Халық сауалнамасын импорттау… немесе Әдеп сауалнамасын импорттау…, не болмаса экспорт файлын терезеге сүйреп әкеліңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%1 citizens&apos; responses, %2 ethics responses. Insufficient sample (fewer than %3 responses): %n nominee(s); without any response: %4.</source>
        <translation>
            <numerusform>Халық сауалнамасының жауаптары: %1, әдеп жауаптары: %2. Іріктеме жеткіліксіз (%3 жауаптан аз): %n қатысушы; бірде-бір жауабы жоқ: %4.</numerusform>
            <numerusform>Халық сауалнамасының жауаптары: %1, әдеп жауаптары: %2. Іріктеме жеткіліксіз (%3 жауаптан аз): %n қатысушы; бірде-бір жауабы жоқ: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>&amp;Облыс:</translation>
    </message>
    <message>
        <source>Import E&amp;thics Questionnaire…</source>
        <translation>Ә&amp;деп сауалнамасын импорттау…</translation>
    </message>
    <message>
        <source>Survey responses per nominee</source>
        <translation>Қатысушылар бойынша сауалнама жауаптары</translation>
    </message>
    <message>
        <source>No nominees yet. Responses are counted per nominee, so import the registry of applicants first (File ▸ Import Registry…), then the survey (File ▸ Import Survey…).</source>
        <translation>Қатысушылар әзірге жоқ. Жауаптар қатысушылар бойынша есептеледі, сондықтан алдымен өтініш берушілер тізілімін (Файл ▸ Тізілімді импорттау…), содан кейін сауалнаманы (Файл ▸ Халық сауалнамасын импорттау…) импорттаңыз.</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Тізілімді &amp;импорттау…</translation>
    </message>
    <message>
        <source>No nominees in this region. Choose “All regions” to see every region&apos;s responses.</source>
        <translation>Бұл облыста қатысушы жоқ. Барлық облыстардың жауаптарын көру үшін «Барлық облыстар» тармағын таңдаңыз.</translation>
    </message>
    <message>
        <source>Sho&amp;w All Regions</source>
        <translation>Барлық облыстарды кө&amp;рсету</translation>
    </message>
</context>
<context>
    <name>akim::SurveyStatsModel</name>
    <message>
        <source>no responses</source>
        <translation>жауап жоқ</translation>
    </message>
    <message>
        <source>insufficient sample</source>
        <translation>іріктеме жеткіліксіз</translation>
    </message>
    <message>
        <source>No counted answer</source>
        <translation>Есепке алынған жауап жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n counted answer(s), mean %2, index %3</source>
        <translation>
            <numerusform>%1: есепке алынған %n жауап, орташа мәні %2, индексі %3</numerusform>
            <numerusform>%1: есепке алынған %n жауап, орташа мәні %2, индексі %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n responses: the survey index still counts, but it rests on a small sample.</source>
        <translation>
            <numerusform>%n жауаптан аз: сауалнама индексі есептеледі, бірақ ол шағын іріктемеге негізделген.</numerusform>
            <numerusform>%n жауаптан аз: сауалнама индексі есептеледі, бірақ ол шағын іріктемеге негізделген.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: the mean answer (%3–%4)</source>
        <translation>%1 — %2: орташа жауап (%3–%4)</translation>
    </message>
    <message>
        <source>The mean of the criteria&apos;s indexes, 0–100</source>
        <translation>Өлшемдер индекстерінің орташа мәні, 0–100</translation>
    </message>
    <message>
        <source>The share of positive answers of the ethics questionnaire, 0–100</source>
        <translation>Әдеп сауалнамасындағы оң жауаптардың үлесі, 0–100</translation>
    </message>
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
        <source>Akim</source>
        <translation>Әкім</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Survey index</source>
        <translation>Сауалнама индексі</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Іріктеме</translation>
    </message>
    <message>
        <source>Ethics n</source>
        <translation>n (әдеп)</translation>
    </message>
    <message>
        <source>Ethics index</source>
        <translation>Әдеп индексі</translation>
    </message>
</context>
<context>
    <name>akim::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Бас тартылуда…</translation>
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
        <source>&amp;Open contest…</source>
        <translation>&amp;Конкурсты ашу…</translation>
    </message>
    <message>
        <source>Open &amp;demo contest</source>
        <translation>&amp;Демо-конкурсты ашу</translation>
    </message>
    <message>
        <source>No recent contests.</source>
        <translation>Соңғы конкурстар жоқ.</translation>
    </message>
    <message>
        <source>The demo contest is made-up data for trying the program: 17 regions, 2,287 nominees, their commissions&apos; ballots, 100,000 citizens&apos; survey responses and an ethics questionnaire. It is created on first use in your data folder. Sign in as “secretary” or “chair” (or a member, “member1” …) with the password “demo”.</source>
        <translation>Демо-конкурс — бағдарламаны сынап көруге арналған ойдан шығарылған деректер: 17 облыс, 2 287 қатысушы, олардың комиссияларының бағалау парақтары, тұрғындардың 100 000 жауабы және әдеп сауалнамасы. Ол алғаш ашылғанда деректер қалтасында жасалады. «secretary» немесе «chair» ретінде (не комиссия мүшесі, «member1» …) «demo» құпиясөзімен кіріңіз.</translation>
    </message>
    <message>
        <source>Open a &amp;ballot package…</source>
        <translation>Бағалау парағының &amp;пакетін ашу…</translation>
    </message>
    <message>
        <source>For a commission member: the file the secretary sent you to score on this PC</source>
        <translation>Комиссия мүшесіне: хатшы осы компьютерде бағалау үшін жіберген файл</translation>
    </message>
    <message>
        <source>&amp;New contest from template…</source>
        <translation>Үлгі бойынша &amp;жаңа конкурс…</translation>
    </message>
    <message>
        <source>A contest file (.akc) kept on this PC, on a USB stick or sent by e-mail.</source>
        <translation>Осы компьютердегі, флешкадағы немесе электрондық пошта арқылы алынған конкурс файлы (.akc).</translation>
    </message>
    <message>
        <source>Recent contests</source>
        <translation>Соңғы конкурстар</translation>
    </message>
    <message>
        <source>Recent &amp;contests:</source>
        <translation>Соңғы ко&amp;нкурстар:</translation>
    </message>
    <message numerus="yes">
        <source>From the template «%1»: the %n region(s) with their commissions and the republican commission, the criteria %2 with the recommended weights. Everything can be changed until the first score is entered.</source>
        <translation>
            <numerusform>«%1» үлгісі бойынша: %n облыс өз комиссияларымен және республикалық комиссия, ұсынылған салмақтары бар %2 өлшемдері. Алғашқы баға қойылғанға дейін бәрін өзгертуге болады.</numerusform>
            <numerusform>«%1» үлгісі бойынша: %n облыс өз комиссияларымен және республикалық комиссия, ұсынылған салмақтары бар %2 өлшемдері. Алғашқы баға қойылғанға дейін бәрін өзгертуге болады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::demo::DemoSurvey</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Writing the questionnaires</source>
        <translation>Сауалнамаларды жазу</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>No temporary folder for the demo&apos;s questionnaires: %1</source>
        <translation>Демо-конкурс сауалнамалары үшін уақытша қалта құру мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Importing the citizens&apos; survey</source>
        <translation>Халық сауалнамасын импорттау</translation>
    </message>
    <message>
        <source>Importing the ethics questionnaire</source>
        <translation>Әдеп сауалнамасын импорттау</translation>
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
    <message>
        <source>Contest created</source>
        <translation>Конкурс құрылды</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Демо-деректер жасалды</translation>
    </message>
    <message>
        <source>District added</source>
        <translation>Аудан қосылды</translation>
    </message>
    <message>
        <source>District removed</source>
        <translation>Аудан жойылды</translation>
    </message>
    <message>
        <source>Rural okrug added</source>
        <translation>Ауылдық округ қосылды</translation>
    </message>
    <message>
        <source>Rural okrug removed</source>
        <translation>Ауылдық округ жойылды</translation>
    </message>
    <message>
        <source>Nominee added</source>
        <translation>Қатысушы қосылды</translation>
    </message>
    <message>
        <source>Nominee changed</source>
        <translation>Қатысушы өзгертілді</translation>
    </message>
    <message>
        <source>Nominee removed</source>
        <translation>Қатысушы жойылды</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Өлшем қосылды</translation>
    </message>
    <message>
        <source>Criterion changed</source>
        <translation>Өлшем өзгертілді</translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Өлшем жойылды</translation>
    </message>
    <message>
        <source>Criteria reordered</source>
        <translation>Өлшемдер реті өзгертілді</translation>
    </message>
    <message>
        <source>Commission member added</source>
        <translation>Комиссия мүшесі қосылды</translation>
    </message>
    <message>
        <source>Commission member changed</source>
        <translation>Комиссия мүшесі өзгертілді</translation>
    </message>
    <message>
        <source>Commission member removed</source>
        <translation>Комиссия мүшесі жойылды</translation>
    </message>
    <message>
        <source>Conflicts of interest changed</source>
        <translation>Мүдделер қақтығысы өзгертілді</translation>
    </message>
    <message>
        <source>Methodology changed</source>
        <translation>Әдістеме өзгертілді</translation>
    </message>
    <message>
        <source>Questionnaire responses imported</source>
        <translation>Сауалнама жауаптары жүктелді</translation>
    </message>
    <message>
        <source>Questionnaire import undone</source>
        <translation>Сауалнамаларды жүктеу болдырылмады</translation>
    </message>
    <message>
        <source>Registry imported</source>
        <translation>Тізілім жүктелді</translation>
    </message>
    <message>
        <source>Stage finalised</source>
        <translation>Кезең аяқталды</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <source>Rural okrugs</source>
        <translation>Ауылдық округтер</translation>
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
        <source>Commission members</source>
        <translation>Комиссия мүшелері</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Әдістеме</translation>
    </message>
    <message>
        <source>Questionnaire imports</source>
        <translation>Сауалнамаларды жүктеу</translation>
    </message>
    <message>
        <source>Registry imports</source>
        <translation>Тізілімді жүктеу</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Кезеңдер</translation>
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
        <source>Nominee</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Өлшем</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Questionnaire import</source>
        <translation>Сауалнамаларды жүктеу</translation>
    </message>
    <message>
        <source>Registry import</source>
        <translation>Тізілімді жүктеу</translation>
    </message>
    <message>
        <source>Finalised result</source>
        <translation>Аяқталған қорытындылар</translation>
    </message>
    <message>
        <source>Commission index</source>
        <translation>Комиссия индексі</translation>
    </message>
    <message>
        <source>Citizens&apos; survey index</source>
        <translation>Халық сауалнамасының индексі</translation>
    </message>
    <message>
        <source>Ethics index</source>
        <translation>Әдеп индексі</translation>
    </message>
    <message>
        <source>Number of citizens&apos; survey responses</source>
        <translation>Халық сауалнамасы жауаптарының саны</translation>
    </message>
    <message>
        <source>Number of ethics questionnaire responses</source>
        <translation>Әдеп сауалнамасы жауаптарының саны</translation>
    </message>
    <message>
        <source>Stage I total</source>
        <translation>I кезеңнің қорытындысы</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Есептік жазба жасалды</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Құпиясөз өзгертілді</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Есептік жазба қосылды</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Есептік жазба өшірілді</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <source>Score entered</source>
        <translation>Баға қойылды</translation>
    </message>
    <message>
        <source>Score cleared</source>
        <translation>Баға тазартылды</translation>
    </message>
    <message>
        <source>Ballot submitted</source>
        <translation>Бағалау парағы тапсырылды</translation>
    </message>
    <message>
        <source>Ballot reopened</source>
        <translation>Бағалау парағы қайта ашылды</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Бағалар</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Бағалау парақтары</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Бағалау парағы</translation>
    </message>
    <message>
        <source>Double entry of paper ballots switched on or off</source>
        <translation>Қағаз бағалау парақтарын екі рет енгізу қосылды немесе өшірілді</translation>
    </message>
    <message>
        <source>Paper ballot cell typed</source>
        <translation>Қағаз бағалау парағының ұяшығы терілді</translation>
    </message>
    <message>
        <source>Paper ballot cell cleared</source>
        <translation>Қағаз бағалау парағының ұяшығы тазартылды</translation>
    </message>
    <message>
        <source>Paper ballot disagreement resolved</source>
        <translation>Қағаз бағалау парағындағы алшақтық шешілді</translation>
    </message>
    <message>
        <source>Paper ballot entry discarded</source>
        <translation>Қағаз бағалау парағы енгізуінің күші жойылды</translation>
    </message>
    <message>
        <source>Paper ballot accepted</source>
        <translation>Қағаз бағалау парағы қабылданды</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Қағаз бағалау парақтары</translation>
    </message>
    <message>
        <source>Paper ballot entry</source>
        <translation>Қағаз бағалау парағының енгізуі</translation>
    </message>
    <message>
        <source>Ballot package exported</source>
        <translation>Бағалау парағының пакеті экспортталды</translation>
    </message>
    <message>
        <source>Ballot package imported</source>
        <translation>Бағалау парағының пакеті импортталды</translation>
    </message>
    <message>
        <source>Protocol details saved</source>
        <translation>Хаттама деректемелері сақталды</translation>
    </message>
    <message>
        <source>Quorum rule changed</source>
        <translation>Кворум ережесі өзгертілді</translation>
    </message>
    <message>
        <source>Commission meetings</source>
        <translation>Комиссия отырыстары</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Хаттамалар</translation>
    </message>
    <message>
        <source>Commission meeting</source>
        <translation>Комиссия отырысы</translation>
    </message>
</context>
<context>
    <name>akim::report::BlankBallotExport</name>
    <message>
        <source>Blank ballots – %1</source>
        <extracomment>The PDF&apos;s title; %1 is the commission&apos;s name</extracomment>
        <translation>Бағалау парақтарының бланкілері – %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>Reading the commission&apos;s ballots…</source>
        <translation>Комиссияның бағалау парақтары оқылуда…</translation>
    </message>
    <message>
        <source>The commission no longer exists.</source>
        <translation>Бұл комиссия енді жоқ.</translation>
    </message>
    <message>
        <source>The commission has no voting members yet: add its members first.</source>
        <translation>Комиссияда әзірге дауыс беретін мүшелер жоқ: алдымен оның мүшелерін қосыңыз.</translation>
    </message>
    <message>
        <source>The commission has no nominees to score yet.</source>
        <translation>Комиссияда әзірге бағаланатын қатысушылар жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n ballot(s)…</source>
        <translation>
            <numerusform>%n бағалау парағы жазылуда…</numerusform>
            <numerusform>%n бағалау парағы жазылуда…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::report::BlankBallotRenderer</name>
    <message>
        <source>BALLOT OF A COMMISSION MEMBER</source>
        <translation>КОМИССИЯ МҮШЕСІНІҢ БАҒАЛАУ ПАРАҒЫ</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the paper ballot: the row&apos;s number</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Nominee
(rural okrug, district)</source>
        <translation>Қатысушы
(ауылдық округ, аудан)</translation>
    </message>
    <message>
        <source>Nominee
(rural okrug, district, region)</source>
        <translation>Қатысушы
(ауылдық округ, аудан, облыс)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Қорытынды балл</translation>
    </message>
    <message>
        <source>A</source>
        <extracomment>Written in a box of the paper ballot for &quot;abstained&quot;: one letter</extracomment>
        <translation>Қ</translation>
    </message>
    <message>
        <source>R</source>
        <extracomment>Written in a box of the paper ballot for &quot;recused&quot;: one letter</extracomment>
        <translation>Б</translation>
    </message>
    <message>
        <source>In each box enter the points, from 0 to the criterion&apos;s maximum; write %1 if you abstain, %2 if you recuse yourself.</source>
        <extracomment>%1 and %2 are the one-letter marks for &quot;abstained&quot; and &quot;recused&quot;</extracomment>
        <translation>Әр торкөзге 0-ден өлшемнің ең жоғары балына дейін балл қойыңыз; қалыс қалсаңыз %1, өздігінен бас тартсаңыз %2 деп жазыңыз.</translation>
    </message>
    <message>
        <source>Rows struck through: you declared a conflict of interest with the nominee and are recused.</source>
        <translation>Сызылған жолдар: сіз қатысушымен мүдделер қақтығысын мәлімдеп, өздігінен бас тарттыңыз.</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Өлшемдер:</translation>
    </message>
    <message>
        <source>%1 — ballot, continued</source>
        <extracomment>Heading of the ballot&apos;s later pages; %1 is the member&apos;s name</extracomment>
        <translation>%1 — бағалау парағы, жалғасы</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 ішінен %1-бет</translation>
    </message>
    <message>
        <source>(signature)</source>
        <extracomment>Caption under the signature line</extracomment>
        <translation>(қолы)</translation>
    </message>
    <message>
        <source>Date: “____” ______________ 20____</source>
        <translation>Күні: 20____ жылғы «____» ______________</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the contest&apos;s title, %2 its year</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stage I (regional)</source>
        <translation>I кезең (облыстық)</translation>
    </message>
    <message>
        <source>Stage II (republican)</source>
        <translation>II кезең (республикалық)</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Комиссия төрағасы</translation>
    </message>
    <message>
        <source>Deputy chair of the commission</source>
        <translation>Комиссия төрағасының орынбасары</translation>
    </message>
    <message>
        <source>Secretary of the commission</source>
        <translation>Комиссия хатшысы</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Комиссия мүшесі</translation>
    </message>
</context>
<context>
    <name>akim::report::ImportReport</name>
    <message>
        <source>The contest has no such region.</source>
        <translation>Конкурста мұндай облыс жоқ.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Конкурс әдістемесін қолдану мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>akim::report::ImportReportRenderer</name>
    <message>
        <source>every region</source>
        <translation>барлық облыстар</translation>
    </message>
    <message>
        <source>Survey imports – %1</source>
        <extracomment>The PDF&apos;s title; %1 is the region, or &quot;every region&quot;</extracomment>
        <translation>Сауалнамалар импорты – %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>SURVEY IMPORT REPORT</source>
        <translation>САУАЛНАМАЛАР ИМПОРТЫ ТУРАЛЫ ЕСЕП</translation>
    </message>
    <message>
        <source>Every import of the citizens&apos; survey and of the ethics questionnaire into this contest file: what each read, imported and turned away. Rejected rows themselves are not stored in the contest file: the importer writes them, each with its reason, to a separate CSV file (“--rejected”) when asked at import time.</source>
        <translation>Осы конкурс файлына халық сауалнамасы мен әдеп сауалнамасының барлық импорттары: әрқайсысы қанша жолды оқығаны, импорттағаны және қабылдамағаны. Қабылданбаған жолдардың өздері конкурс файлында сақталмайды: импорттау кезінде сұралса, олар әрқайсысы себебімен бірге бөлек CSV файлына («--rejected») жазылады.</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <extracomment>Footer of every page of the import report; %1 when it was printed</extracomment>
        <translation>%1 · басылды: %2</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорттар</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Әзірге ештеңе импортталмаған.</translation>
    </message>
    <message>
        <source>no nominee: %1</source>
        <translation>қатысушы табылмады: %1</translation>
    </message>
    <message>
        <source>several regions</source>
        <translation>бірнеше облыс</translation>
    </message>
    <message>
        <source>undone: no longer counts</source>
        <translation>болдырылмаған: енді есептелмейді</translation>
    </message>
    <message>
        <source>imports in force: %1</source>
        <extracomment>Under a total row of the imports table; %1 is a number of imports</extracomment>
        <translation>күшіндегі импорттар: %1</translation>
    </message>
    <message>
        <source>File, SHA-256</source>
        <translation>Файл, SHA-256</translation>
    </message>
    <message>
        <source>Imported on, by</source>
        <translation>Қашан және кім импорттады</translation>
    </message>
    <message>
        <source>Rows read = responses imported + rows rejected + duplicates skipped; rows for which no nominee was found are among the rejected.</source>
        <translation>Оқылған жолдар = импортталған жауаптар + қабылданбаған жолдар + өткізіп жіберілген қайталанатындар; қатысушысы табылмаған жолдар қабылданбағандардың қатарына кіреді.</translation>
    </message>
    <message>
        <source>An undone import keeps its record, but its responses no longer count and it is left out of the totals.</source>
        <translation>Болдырылмаған импорт туралы жазба сақталады, бірақ оның жауаптары енді есептелмейді және ол жиынтыққа кірмейді.</translation>
    </message>
    <message>
        <source>A file that held responses of several regions is listed for each of them; its counts cover them all.</source>
        <translation>Бірнеше облыстың жауаптары бар файл әр облыс үшін көрсетілген; оның сандары сол облыстардың барлығын қамтиды.</translation>
    </message>
    <message>
        <source>Responses per nominee</source>
        <translation>Қатысушылар бойынша жауаптар</translation>
    </message>
    <message>
        <source>The responses that count now. Fewer than %1 citizens&apos; responses is an insufficient sample (the methodology&apos;s minimum).</source>
        <extracomment>%1 is the methodology&apos;s minimum sample of citizens&apos; responses per nominee</extracomment>
        <translation>Қазір есептелетін жауаптар. Халық жауаптарының саны әдістемедегі ең аз іріктемеден (%1) аз болса, іріктеме жеткіліксіз.</translation>
    </message>
    <message>
        <source>There are no nominees here yet.</source>
        <translation>Мұнда әзірге қатысушылар жоқ.</translation>
    </message>
    <message>
        <source>Citizens&apos; responses</source>
        <translation>Халық жауаптары</translation>
    </message>
    <message>
        <source>Ethics questionnaire responses</source>
        <translation>Әдеп сауалнамасының жауаптары</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>конкурстан шықты</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>шеттетілді</translation>
    </message>
    <message>
        <source>sufficient</source>
        <translation>жеткілікті</translation>
    </message>
</context>
<context>
    <name>akim::report::PdfOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 файлын жазу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>akim::report::ProtocolData</name>
    <message>
        <source>There is no region with the id %1 in the contest.</source>
        <translation>Конкурста %1 идентификаторы бар облыс жоқ.</translation>
    </message>
    <message>
        <source>The contest has no republican commission: add it on the Commissions tab first.</source>
        <translation>Конкурста республикалық комиссия жоқ: алдымен оны «Комиссиялар» қойындысында қосыңыз.</translation>
    </message>
    <message>
        <source>%1 has no commission: add it on the Commissions tab first.</source>
        <translation>«%1» облысында комиссия жоқ: алдымен оны «Комиссиялар» қойындысында қосыңыз.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Конкурс әдістемесін қолдану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Stage II has no nominees yet: the regions&apos; winners go on to it once stage I is finalised.</source>
        <translation>II кезеңде әзірге қатысушылар жоқ: облыстардың жеңімпаздары оған I кезең бекітілгеннен кейін өтеді.</translation>
    </message>
    <message>
        <source>%1 has no nominees to rank.</source>
        <translation>«%1» облысында рейтингке қатысушылар жоқ.</translation>
    </message>
    <message>
        <source>The finalised ranking recorded SHA-256 %1, but the file now gives %2: its data were changed outside the program. Run “akimcontest check” on the file; no protocol is printed from it.</source>
        <translation>Рейтинг бекітілгенде SHA-256 %1 жазылған, ал файл қазір %2 береді: оның деректері бағдарламадан тыс өзгертілген. Файлға «akimcontest check» орындаңыз; ол бойынша хаттама басылмайды.</translation>
    </message>
</context>
<context>
    <name>akim::report::ProtocolText</name>
    <message>
        <source>Appendix 1
to the protocol of the meeting of %1 No. %2</source>
        <extracomment>Stamp at the top right of the appendix: %1 the meeting&apos;s date, %2 the protocol&apos;s number</extracomment>
        <translation>%1
№ %2 хаттамаға
1-қосымша</translation>
    </message>
    <message>
        <source>Ranking of the participants of the republican stage</source>
        <translation>Республикалық кезең қатысушыларының рейтингі</translation>
    </message>
    <message>
        <source>Ranking of the participants of the regional stage: %1</source>
        <translation>Өңірлік кезең қатысушыларының рейтингі: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the ranking table: the row&apos;s number</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Region, district, rural okrug</source>
        <translation>Облыс, аудан, ауылдық округ</translation>
    </message>
    <message>
        <source>District, rural okrug</source>
        <translation>Аудан, ауылдық округ</translation>
    </message>
    <message>
        <source>Survey
(responses)</source>
        <extracomment>Column: the citizens&apos; survey index, with the number of responses below</extracomment>
        <translation>Сауалнама
(жауаптар)</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Әдеп</translation>
    </message>
    <message>
        <source>Commis-
sion</source>
        <extracomment>Column: the commission&apos;s index 0–100</extracomment>
        <translation>Комис-
сия</translation>
    </message>
    <message>
        <source>Stage I</source>
        <translation>I кезең</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Қорытынды балл</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>place %1</source>
        <translation>%1-орын</translation>
    </message>
    <message>
        <source>winner; to the republican stage</source>
        <translation>жеңімпаз; республикалық кезеңге</translation>
    </message>
    <message>
        <source>by the chair&apos;s decision</source>
        <translation>төрағаның шешімімен</translation>
    </message>
    <message>
        <source>equal total at the cut</source>
        <translation>өту шегінде балл тең</translation>
    </message>
    <message>
        <source>place shared</source>
        <translation>орын бөлінген</translation>
    </message>
    <message>
        <source>may not advance (ethics)</source>
        <translation>өте алмайды (әдеп)</translation>
    </message>
    <message>
        <source>few responses</source>
        <translation>жауап аз</translation>
    </message>
    <message>
        <source>Protocol of the republican commission</source>
        <translation>Республикалық комиссияның хаттамасы</translation>
    </message>
    <message>
        <source>Protocol – %1</source>
        <translation>Хаттама – %1</translation>
    </message>
    <message>
        <source>DRAFT: the result is not finalised; this is not the protocol to sign.</source>
        <translation>ЖОБА: нәтиже бекітілмеген; бұл хаттамаға қол қойылмайды.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 ішінен %1-бет</translation>
    </message>
    <message>
        <source>SHA-256 of the ranking data (akimcontest rank … --format json): %1. Audit log: %2 entries, last %3.</source>
        <extracomment>Footer of every page: %1 the SHA-256 of the ranking data, %2 the number of audit log entries, %3 the start of the last entry&apos;s hash</extracomment>
        <translation>Рейтинг деректерінің SHA-256 хэші (akimcontest rank … --format json): %1. Аудит журналы: %2 жазба, соңғысы %3.</translation>
    </message>
    <message>
        <source>PROTOCOL No. %1
of the meeting of the contest commission
%2
%3</source>
        <extracomment>Title of the protocol, lines split at 
: %1 the protocol&apos;s number, %2 the commission&apos;s name, %3 the contest&apos;s title (both as they are, in the nominative)</extracomment>
        <translation>%3
%2
отырысының № %1
ХАТТАМАСЫ</translation>
    </message>
    <message>
        <source>%1 (city)</source>
        <extracomment>The meeting&apos;s city at the top left of the protocol; %1 the city</extracomment>
        <translation>%1 қ.</translation>
    </message>
    <message>
        <source>Opened at %1, closed at %2.</source>
        <translation>Отырыстың басталуы: %1, аяқталуы: %2.</translation>
    </message>
    <message>
        <source>Opened at %1.</source>
        <translation>Отырыстың басталуы: %1.</translation>
    </message>
    <message>
        <source>CHAIRED BY:</source>
        <translation>ТӨРАҒАЛЫҚ ЕТТІ:</translation>
    </message>
    <message>
        <source>SECRETARY:</source>
        <translation>ХАТШЫ:</translation>
    </message>
    <message>
        <source>PRESENT, MEMBERS OF THE COMMISSION:</source>
        <translation>ҚАТЫСҚАН КОМИССИЯ МҮШЕЛЕРІ:</translation>
    </message>
    <message>
        <source>ABSENT:</source>
        <translation>ҚАТЫСПАҒАНДАР:</translation>
    </message>
    <message>
        <source>INVITED AND OBSERVERS:</source>
        <translation>ШАҚЫРЫЛҒАНДАР МЕН БАЙҚАУШЫЛАР:</translation>
    </message>
    <message>
        <source>Of the %1 members of the commission, %2 are present.</source>
        <extracomment>%1 members of the commission in all, %2 of them present</extracomment>
        <translation>Комиссияның %1 мүшесінің %2 мүшесі қатысып отыр.</translation>
    </message>
    <message>
        <source>There is a quorum; the meeting is competent to decide.</source>
        <translation>Кворум бар, отырыс шешім қабылдауға құқылы.</translation>
    </message>
    <message>
        <source>There is no quorum: at least %1 must be present. The meeting cannot decide.</source>
        <translation>Кворум жоқ: кемінде %1 мүше қатысуы тиіс. Отырыс шешім қабылдауға құқылы емес.</translation>
    </message>
    <message>
        <source>The members of the commission confirmed that they have no conflict of interest with the participants.</source>
        <translation>Комиссия мүшелері қатысушылармен мүдделер қақтығысының жоқтығын растады.</translation>
    </message>
    <message>
        <source>Declared a conflict of interest and did not score the participant:</source>
        <translation>Мүдделер қақтығысын мәлімдеп, қатысушыны бағаламағандар:</translation>
    </message>
    <message>
        <source>AGENDA:</source>
        <translation>КҮН ТӘРТІБІ:</translation>
    </message>
    <message>
        <source>On the results of the republican stage of the contest and its winners.</source>
        <translation>Конкурстың республикалық кезеңінің қорытындылары және оның жеңімпаздары туралы.</translation>
    </message>
    <message>
        <source>On the results of the regional stage of the contest: %1.</source>
        <translation>Конкурстың өңірлік кезеңінің қорытындылары туралы: %1.</translation>
    </message>
    <message>
        <source>HEARD:</source>
        <translation>ТЫҢДАЛДЫ:</translation>
    </message>
    <message numerus="yes">
        <source>The secretary of the commission on the scores of %n participant(s). The total is %1 × the commission&apos;s index (0–100) + %2 × the stage I total.</source>
        <translation>
            <numerusform>Комиссия хатшысының %n қатысушыны бағалау туралы ақпараты. Қорытынды балл = %1 × комиссия индексі (0–100) + %2 × I кезең қорытындысы.</numerusform>
            <numerusform>Комиссия хатшысының %n қатысушыны бағалау туралы ақпараты. Қорытынды балл = %1 × комиссия индексі (0–100) + %2 × I кезең қорытындысы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secretary of the commission on the scores of %n participant(s). The total is %1 × the citizens&apos; survey index + %2 × the ethics index + %3 × the commission&apos;s index, each 0–100.</source>
        <translation>
            <numerusform>Комиссия хатшысының %n қатысушыны бағалау туралы ақпараты. Қорытынды балл = %1 × азаматтар сауалнамасының индексі + %2 × әдеп индексі + %3 × комиссия индексі, әрқайсысы 0-ден 100-ге дейін.</numerusform>
            <numerusform>Комиссия хатшысының %n қатысушыны бағалау туралы ақпараты. Қорытынды балл = %1 × азаматтар сауалнамасының индексі + %2 × әдеп индексі + %3 × комиссия индексі, әрқайсысы 0-ден 100-ге дейін.</numerusform>
        </translation>
    </message>
    <message>
        <source>A criterion&apos;s points are the mean of the members&apos; scores without the %1 highest and %1 lowest when there are at least %2, else the plain mean.</source>
        <translation>Өлшем бойынша балл — бағалар саны кемінде %2 болса, ең жоғары %1 және ең төмен %1 бағасыз комиссия мүшелері бағаларының орташасы, әйтпесе жай орташа.</translation>
    </message>
    <message>
        <source>A criterion&apos;s points are the median of the members&apos; scores.</source>
        <translation>Өлшем бойынша балл — комиссия мүшелері бағаларының медианасы.</translation>
    </message>
    <message>
        <source>A criterion&apos;s points are the mean of the members&apos; scores.</source>
        <translation>Өлшем бойынша балл — комиссия мүшелері бағаларының орташасы.</translation>
    </message>
    <message>
        <source>Abstentions and recusals do not count as zero. Equal totals are decided by %1, in this order; if still equal, the place is shared.</source>
        <extracomment>%1 the tie-breaks in order, e.g. &quot;the commission&apos;s index, the survey index&quot;</extracomment>
        <translation>Қалыс қалу мен бас тарту нөл болып саналмайды. Қорытынды балдар тең болса, орын мына ретпен анықталады: %1; толық теңдікте орын бөлінеді.</translation>
    </message>
    <message>
        <source>A survey index from fewer than %1 responses is marked “few responses”.</source>
        <translation>Жауаптар саны %1 жетпеген сауалнама индексі «жауап аз» деп белгіленген.</translation>
    </message>
    <message>
        <source>Methodology of the contest, version %1.</source>
        <translation>Конкурс әдістемесі, %1-нұсқа.</translation>
    </message>
    <message>
        <source>Methodology of the contest, version %1, after the recommended default (not official rules).</source>
        <translation>Конкурс әдістемесі, %1-нұсқа, ұсынылатын әдепкі әдістеме негізінде (ресми ереже емес).</translation>
    </message>
    <message>
        <source>%1 (%2, %3), total %4</source>
        <extracomment>A nominee in the decision: %1 the name, %2 the rural okrug, %3 the district, %4 the total</extracomment>
        <translation>%1 (%2, %3), қорытынды балл %4</translation>
    </message>
    <message>
        <source>DECIDED:</source>
        <translation>ШЕШІМ ҚАБЫЛДАДЫ:</translation>
    </message>
    <message>
        <source>To approve the ranking of the participants according to appendix 1 to this protocol.</source>
        <translation>Қатысушылардың рейтингін осы хаттамаға 1-қосымшаға сәйкес бекітілсін.</translation>
    </message>
    <message>
        <source>To award place %1 to %2.</source>
        <extracomment>%1 the place (1, 2 or 3), %2 the nominee</extracomment>
        <translation>%1-орын берілсін: %2.</translation>
    </message>
    <message>
        <source>To award the nomination “%1” to %2.</source>
        <translation>«%1» номинациясы берілсін: %2.</translation>
    </message>
    <message>
        <source>To declare the winner(s) of the regional stage and recommend them to the republican stage: %1.</source>
        <translation>Өңірлік кезеңнің жеңімпазы деп танылып, республикалық кезеңге ұсынылсын: %1.</translation>
    </message>
    <message>
        <source>Equal totals at the advancement cut (%1): the chair of the commission decides.</source>
        <translation>Өту шегінде қорытынды балдар тең (%1): шешімді комиссия төрағасы қабылдайды.</translation>
    </message>
    <message>
        <source>To send one copy of the protocol and the result file to the %1.</source>
        <translation>Хаттаманың бір данасы мен нәтижелер файлы жолдансын: %1.</translation>
    </message>
    <message>
        <source>republican commission</source>
        <translation>республикалық комиссия</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Voted: “for” – %1, “against” – %2, “abstained” – %3.</source>
        <extracomment>%1 votes for, %2 against, %3 abstained (a number or &quot;none&quot;)</extracomment>
        <translation>Дауыс беру қорытындысы: «жақтап» – %1, «қарсы» – %2, «қалыс қалды» – %3.</translation>
    </message>
    <message>
        <source>The decision was taken unanimously.</source>
        <translation>Шешім бірауыздан қабылданды.</translation>
    </message>
    <message>
        <source>Appendix: 1. Ranking table of the participants, %1 page(s).</source>
        <extracomment>%1 the number of pages (sheets) of the appendix</extracomment>
        <translation>Қосымша: 1. Қатысушылардың рейтингтік кестесі, %1 парақ.</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Комиссия төрағасы</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Төрағаның орынбасары</translation>
    </message>
    <message>
        <source>Secretary of the commission</source>
        <translation>Комиссия хатшысы</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>the commission&apos;s index</source>
        <translation>комиссия индексі</translation>
    </message>
    <message>
        <source>the survey index</source>
        <translation>сауалнама индексі</translation>
    </message>
    <message>
        <source>the ethics index</source>
        <translation>әдеп индексі</translation>
    </message>
    <message>
        <source>the number of survey responses</source>
        <translation>сауалнама жауаптарының саны</translation>
    </message>
    <message>
        <source>the number of ethics questionnaire responses</source>
        <translation>әдеп сауалнамасы жауаптарының саны</translation>
    </message>
    <message>
        <source>the stage I total</source>
        <translation>I кезең қорытындысы</translation>
    </message>
</context>
<context>
    <name>akim::report::RankingExport</name>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Ranking – stage II</source>
        <extracomment>A file name</extracomment>
        <translation>Рейтинг – II кезең</translation>
    </message>
    <message>
        <source>Ranking – stage I – all regions</source>
        <extracomment>A file name</extracomment>
        <translation>Рейтинг – I кезең – барлық облыстар</translation>
    </message>
    <message>
        <source>Ranking – stage I – %1</source>
        <extracomment>A file name; %1 is the region</extracomment>
        <translation>Рейтинг – I кезең – %1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Қатысушы</translation>
    </message>
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
        <source>Survey index</source>
        <translation>Сауалнама индексі</translation>
    </message>
    <message>
        <source>Ethics index</source>
        <translation>Әдеп индексі</translation>
    </message>
    <message>
        <source>Commission index</source>
        <translation>Комиссия индексі</translation>
    </message>
    <message>
        <source>Stage I total</source>
        <translation>I кезеңнің қорытындысы</translation>
    </message>
    <message>
        <source>%1 (points, %2)</source>
        <extracomment>A criterion&apos;s column: %1 its code and title, %2 the range of points (&quot;0–10&quot;)</extracomment>
        <translation>%1 (балл, %2)</translation>
    </message>
    <message>
        <source>%1 (index, 0–100)</source>
        <extracomment>A survey or ethics criterion&apos;s column: %1 its code and title</extracomment>
        <translation>%1 (индекс, 0–100)</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Сауалнама жауаптары</translation>
    </message>
    <message>
        <source>Ethics responses</source>
        <translation>Әдеп жауаптары</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Қорытынды балл</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Advances</source>
        <translation>II кезеңге өтеді</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>stage I (regional)</source>
        <translation>I кезең (облыстық)</translation>
    </message>
    <message>
        <source>stage II (republican)</source>
        <translation>II кезең (республикалық)</translation>
    </message>
    <message>
        <source>survey index</source>
        <translation>сауалнама индексі</translation>
    </message>
    <message>
        <source>ethics index</source>
        <translation>әдеп индексі</translation>
    </message>
    <message>
        <source>commission index</source>
        <translation>комиссия индексі</translation>
    </message>
    <message>
        <source>stage I total</source>
        <translation>I кезеңнің қорытынды баллы</translation>
    </message>
    <message>
        <source>number of survey responses</source>
        <translation>сауалнама жауаптарының саны</translation>
    </message>
    <message>
        <source>number of ethics questionnaire responses</source>
        <translation>әдеп сауалнамасы жауаптарының саны</translation>
    </message>
    <message>
        <source>tie broken by the %1</source>
        <extracomment>%1 is a component, e.g. &quot;commission index&quot;</extracomment>
        <translation>ұпай теңдігі %1 бойынша шешілді</translation>
    </message>
    <message>
        <source>insufficient survey sample</source>
        <translation>сауалнама іріктемесі жеткіліксіз</translation>
    </message>
    <message>
        <source>survey left out (sample too small)</source>
        <translation>сауалнама ескерілмеді (іріктеме тым аз)</translation>
    </message>
    <message>
        <source>no survey responses</source>
        <translation>сауалнама жауаптары жоқ</translation>
    </message>
    <message>
        <source>no ethics questionnaire</source>
        <translation>әдеп сауалнамасы жоқ</translation>
    </message>
    <message>
        <source>no commission scores</source>
        <translation>комиссия бағалары жоқ</translation>
    </message>
    <message>
        <source>no stage I total</source>
        <translation>I кезеңнің қорытынды баллы жоқ</translation>
    </message>
    <message>
        <source>cannot advance (ethics)</source>
        <translation>II кезеңге өте алмайды (әдеп)</translation>
    </message>
    <message>
        <source>Ethics Commissioner: not compliant</source>
        <translation>әдеп жөніндегі уәкіл: талаптар сақталмаған</translation>
    </message>
    <message>
        <source>ethics index below the gate</source>
        <translation>әдеп индексі шекті мәннен төмен</translation>
    </message>
    <message>
        <source>too few valid scores on a criterion</source>
        <translation>өлшемдердің бірі бойынша жарамды бағалар тым аз</translation>
    </message>
    <message>
        <source>a score given despite a conflict of interest was ignored</source>
        <translation>мүдделер қақтығысына қарамастан қойылған баға ескерілмеді</translation>
    </message>
    <message>
        <source>shares the place</source>
        <translation>орынды бөліседі</translation>
    </message>
    <message>
        <source>tied at the advancement cut: the chair decides</source>
        <translation>өту шегінде ұпай теңдігі: төраға шешеді</translation>
    </message>
    <message>
        <source>advances by the chair&apos;s decision</source>
        <translation>төрағаның шешімімен II кезеңге өтеді</translation>
    </message>
    <message>
        <source>advances</source>
        <translation>II кезеңге өтеді</translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation>Рейтинг: %1</translation>
    </message>
    <message>
        <source>Ranking: %1, %2</source>
        <translation>Рейтинг: %1, %2</translation>
    </message>
    <message>
        <source>Computed %1.</source>
        <translation>Есептелген уақыты: %1.</translation>
    </message>
    <message>
        <source>Finalised %1 by %2; ranking SHA-256 %3.</source>
        <extracomment>%1 the date and time, %2 the user, %3 the SHA-256 of the ranking document</extracomment>
        <translation>Бекітілді: %1, пайдаланушы %2; рейтингтің SHA-256 хеші: %3.</translation>
    </message>
    <message>
        <source>Not finalised.</source>
        <translation>Бекітілмеген.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>жад жетпейді</translation>
    </message>
    <message>
        <source>Stage II</source>
        <translation>II кезең</translation>
    </message>
    <message>
        <source>Stage I</source>
        <translation>I кезең</translation>
    </message>
</context>
<context>
    <name>akim::report::ReportFactory</name>
    <message>
        <source>The document cannot be made.</source>
        <translation>Құжатты жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Reading the contest…</source>
        <translation>Конкурс оқылуда…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>The contest has no regions yet.</source>
        <translation>Конкурста әзірге облыстар жоқ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Жазылды</translation>
    </message>
</context>
<context>
    <name>akim::report::ScoreCard</name>
    <message>
        <source>The contest has no such nominee.</source>
        <translation>Конкурста мұндай қатысушы жоқ.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Конкурс әдістемесін қолдану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1 has withdrawn or is disqualified, and is not ranked.</source>
        <translation>%1: қатысушы конкурстан шыққан немесе шеттетілген, сондықтан рейтингке кірмейді.</translation>
    </message>
    <message>
        <source>%1 is not among the nominees of stage II.</source>
        <translation>%1 II кезең қатысушыларының қатарында жоқ.</translation>
    </message>
    <message>
        <source>%1 is not ranked at stage I.</source>
        <translation>%1 I кезең рейтингіне кірмейді.</translation>
    </message>
</context>
<context>
    <name>akim::report::ScoreCardRenderer</name>
    <message>
        <source>Insufficient sample: fewer responses than the minimum, so the survey index is left out of the total.</source>
        <translation>Іріктеме жеткіліксіз: жауаптар ең аз мәннен кем, сондықтан сауалнама индексі қорытынды балға кірмейді.</translation>
    </message>
    <message>
        <source>Insufficient sample: fewer responses than the minimum; the survey index still counts.</source>
        <translation>Іріктеме жеткіліксіз: жауаптар ең аз мәннен кем; сауалнама индексі бәрібір есепке алынады.</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>сәйкес</translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation>сәйкес емес</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>енгізілмеген</translation>
    </message>
    <message>
        <source>The Ethics Commissioner&apos;s conclusion: %1.</source>
        <translation>Әдеп жөніндегі уәкілдің қорытындысы: %1.</translation>
    </message>
    <message>
        <source>Answers on %1–%2; blank and “hard to say” answers are not counted. A criterion&apos;s index is 100 × (mean − %1) / (%2 − %1).</source>
        <extracomment>%1 and %2 are the answer scale&apos;s ends; the formula rescales a mean answer to 0–100</extracomment>
        <translation>Жауаптар %1–%2 шкаласы бойынша; бос жауаптар мен «жауап беруге қиналамын» есептелмейді. Өлшем индексі = 100 × (орташа − %1) / (%2 − %1).</translation>
    </message>
    <message>
        <source>The index is the share of positive answers: 100 × (mean − %1) / (%2 − %1).</source>
        <translation>Индекс — оң жауаптардың үлесі: 100 × (орташа − %1) / (%2 − %1).</translation>
    </message>
    <message>
        <source>Weight × index</source>
        <translation>Салмақ × индекс</translation>
    </message>
    <message>
        <source>No counted answer: the index has no value.</source>
        <translation>Есептелетін жауап жоқ: индекстің мәні жоқ.</translation>
    </message>
    <message>
        <source>Survey index = Σ(weight × index) / Σ weight = %1 / %2 = %3</source>
        <translation>Сауалнама индексі = Σ(салмақ × индекс) / Σ салмақ = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>Ethics index = Σ(weight × index) / Σ weight = %1 / %2 = %3</source>
        <translation>Әдеп индексі = Σ(салмақ × индекс) / Σ салмақ = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>Methodology: version %1, SHA-256 of its JSON %2.</source>
        <extracomment>%1 the methodology&apos;s version in this contest file, %2 the SHA-256 of its JSON</extracomment>
        <translation>Әдістеме: %1-нұсқа, JSON файлының SHA-256 хеші: %2.</translation>
    </message>
    <message>
        <source>Score card – %1</source>
        <extracomment>The PDF&apos;s title; %1 is the nominee&apos;s name</extracomment>
        <translation>Бағалау картасы – %1</translation>
    </message>
    <message>
        <source>Score card: %1 · printed %2</source>
        <extracomment>Footer of every page of a score card; %1 the nominee, %2 when it was printed</extracomment>
        <translation>Бағалау картасы: %1 · басылды: %2</translation>
    </message>
    <message>
        <source>SCORE CARD OF A NOMINEE</source>
        <translation>ҚАТЫСУШЫНЫҢ БАҒАЛАУ КАРТАСЫ</translation>
    </message>
    <message>
        <source>Nominees ranked at stage II: %1</source>
        <translation>II кезең рейтингіндегі қатысушылар: %1</translation>
    </message>
    <message>
        <source>Nominees ranked in the region: %1</source>
        <translation>Облыс рейтингіндегі қатысушылар: %1</translation>
    </message>
    <message>
        <source>How the total is made</source>
        <translation>Қорытынды балл қалай құралады</translation>
    </message>
    <message>
        <source>set: %1</source>
        <extracomment>Under a weight rescaled because a component has no data; %1 is the methodology&apos;s weight</extracomment>
        <translation>әдістеме бойынша: %1</translation>
    </message>
    <message>
        <source>No component has data yet: there is no total.</source>
        <translation>Әзірге ешбір құрамдас бөлік бойынша дерек жоқ: қорытынды балл жоқ.</translation>
    </message>
    <message>
        <source>Total = Σ weight × component = %1 = %2</source>
        <translation>Қорытынды балл = Σ салмақ × құрамдас бөлік = %1 = %2</translation>
    </message>
    <message>
        <source>A component without data is left out, and the weights of the others are rescaled to keep their sum.</source>
        <translation>Деректері жоқ құрамдас бөлік есепке алынбайды, ал қалғандарының салмақтары қосындысы сақталатындай қайта есептеледі.</translation>
    </message>
    <message>
        <source>Everything is computed without rounding; figures are shown to %1 decimals, the total to %2: %3.</source>
        <extracomment>%1 and %2 are numbers of decimals, %3 the total as the ranking shows it</extracomment>
        <translation>Барлық есептеулер дөңгелектеусіз жүргізіледі; сандар үтірден кейін %1 таңбаға дейін, қорытынды балл %2 таңбаға дейін көрсетілген: %3.</translation>
    </message>
    <message>
        <source>A criterion&apos;s value is the trimmed mean of the members&apos; valid scores: the %1 highest and the %1 lowest are dropped when there are at least %2 valid scores, else the plain mean is taken.</source>
        <extracomment>%1 scores dropped at each end, %2 the valid scores needed to drop any</extracomment>
        <translation>Өлшемнің мәні — комиссия мүшелерінің жарамды бағаларының қысқартылған орташасы: жарамды бағалар саны кемінде %2 болса, ең жоғары %1 және ең төмен %1 баға алынып тасталады, әйтпесе жай орташа алынады.</translation>
    </message>
    <message>
        <source>A criterion&apos;s value is the mean of the members&apos; valid scores.</source>
        <translation>Өлшемнің мәні — комиссия мүшелерінің жарамды бағаларының орташасы.</translation>
    </message>
    <message>
        <source>A criterion&apos;s value is the median of the members&apos; valid scores.</source>
        <translation>Өлшемнің мәні — комиссия мүшелерінің жарамды бағаларының медианасы.</translation>
    </message>
    <message>
        <source>Abstentions and recusals are not counted, never as zeros.</source>
        <translation>Қалыс қалу мен өздігінен бас тарту есепке алынбайды және ешқашан нөл болып саналмайды.</translation>
    </message>
    <message>
        <source>%1 (%2 points, weight %3)</source>
        <extracomment>Heading of a criterion&apos;s scores; %1 the criterion, %2 its range of points, %3 its weight</extracomment>
        <translation>%1 (балл: %2, салмағы: %3)</translation>
    </message>
    <message>
        <source>conflict of interest declared: not counted</source>
        <translation>мүдделер қақтығысы мәлімделген: есепке алынбайды</translation>
    </message>
    <message>
        <source>recused: not counted</source>
        <translation>өздігінен бас тартты: есепке алынбайды</translation>
    </message>
    <message>
        <source>abstained: not counted</source>
        <translation>қалыс қалды: есепке алынбайды</translation>
    </message>
    <message>
        <source>dropped by the trimmed mean</source>
        <translation>қысқартылған орташада алынып тасталды</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>есепке алынды</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>баға жоқ</translation>
    </message>
    <message>
        <source>Value: median</source>
        <translation>Мәні: медиана</translation>
    </message>
    <message>
        <source>median of %1</source>
        <translation>%1 мәндерінің медианасы</translation>
    </message>
    <message>
        <source>Value: trimmed mean</source>
        <translation>Мәні: қысқартылған орташа</translation>
    </message>
    <message>
        <source>Value: mean</source>
        <translation>Мәні: орташа</translation>
    </message>
    <message>
        <source>no valid score: left out of the commission index</source>
        <translation>жарамды баға жоқ: комиссия индексіне кірмейді</translation>
    </message>
    <message>
        <source>fewer than %1 valid scores: none dropped</source>
        <extracomment>%1 is the number of valid scores the trimmed mean needs</extracomment>
        <translation>жарамды бағалар аз (кемінде %1 қажет): ешбірі алынып тасталмады</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>In the criterion&apos;s value</source>
        <translation>Өлшем мәнінде</translation>
    </message>
    <message>
        <source>Commission index</source>
        <translation>Комиссия индексі</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>есепке алынбайды</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Ең жоғары мән</translation>
    </message>
    <message>
        <source>Weight × value</source>
        <translation>Салмақ × мән</translation>
    </message>
    <message>
        <source>Weight × maximum</source>
        <translation>Салмақ × ең жоғары мән</translation>
    </message>
    <message>
        <source>Commission index = 100 × Σ(weight × value) / Σ(weight × maximum) = 100 × %1 / %2 = %3</source>
        <translation>Комиссия индексі = 100 × Σ(салмақ × мән) / Σ(салмақ × ең жоғары мән) = 100 × %1 / %2 = %3</translation>
    </message>
    <message>
        <source>No valid commission score: the commission index has no value.</source>
        <translation>Комиссияның жарамды бағасы жоқ: комиссия индексінің мәні жоқ.</translation>
    </message>
</context>
<context>
    <name>akim::report::XlsxWriterLibrary</name>
    <message>
        <source>libxlsxwriter (%1) cannot be loaded: %2</source>
        <translation>libxlsxwriter (%1) жүктеу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>libxlsxwriter (%1) has no function %2.</source>
        <translation>libxlsxwriter (%1) ішінде %2 функциясы жоқ.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::FinalisationVerifier</name>
    <message>
        <source>The finalised results cannot be checked: %1</source>
        <translation>Аяқталған қорытындыларды тексеру мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Stage II</source>
        <translation>II кезең</translation>
    </message>
    <message>
        <source>Stage I of %1</source>
        <translation>I кезең, %1</translation>
    </message>
    <message>
        <source>%1, finalised on %2: the contest&apos;s methodology is no longer the one it was finalised with.</source>
        <translation>%1, %2 аяқталған: конкурс әдістемесі енді ол аяқталған әдістеме емес.</translation>
    </message>
    <message>
        <source>%1, finalised on %2: its inputs no longer give the ranking that was finalised (SHA-256 %3, now %4). Scores, survey data or nominees were changed outside the program.</source>
        <translation>%1, %2 аяқталған: бастапқы деректер енді аяқталған рейтингті бермейді (SHA-256 %3, қазір %4). Бағалар, сауалнама деректері немесе қатысушылар бағдарламаны айналып өзгертілген.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::Methodology</name>
    <message>
        <source>Methodology: &quot;%1&quot; must be at least %2, so that a score remains after dropping %3 at each end.</source>
        <translation>Әдістеме: «%1» мәні кемінде %2 болуы керек, сонда шеткі бағаларды (әр жағынан %3) алып тастағаннан кейін кемінде бір баға қалады.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be greater than &quot;%2&quot;.</source>
        <translation>Әдістеме: «%1» мәні «%2» мәнінен үлкен болуы керек.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be an object.</source>
        <translation>Әдістеме: «%1» нысан болуы керек.</translation>
    </message>
    <message>
        <source>The methodology is not valid JSON: %1 (at character %2).</source>
        <translation>Әдістеме жарамды JSON емес: %1 (%2-таңба).</translation>
    </message>
    <message>
        <source>The methodology must be a JSON object.</source>
        <translation>Әдістеме JSON нысаны болуы керек.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; is not a known key (known here: %2).</source>
        <translation>Әдістеме: «%1» — белгісіз кілт (мұнда рұқсат етілген кілттер: %2).</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be a list.</source>
        <translation>Әдістеме: «%1» тізім болуы керек.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be a number.</source>
        <translation>Әдістеме: «%1» сан болуы керек.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be between %2 and %3, not %4.</source>
        <translation>Әдістеме: «%1» мәні %4 емес, %2 мен %3 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be a whole number.</source>
        <translation>Әдістеме: «%1» бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be true or false.</source>
        <translation>Әдістеме: «%1» true немесе false болуы керек.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be text.</source>
        <translation>Әдістеме: «%1» мәтін болуы керек.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be one of %2, not %3.</source>
        <translation>Әдістеме: «%1» мәні %3 емес, мына мәндердің бірі болуы керек: %2.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; needs a code.</source>
        <translation>Әдістеме: «%1» — код көрсетілуі керек.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; repeats the criterion code %2.</source>
        <translation>Әдістеме: «%1» ішінде %2 өлшем коды қайталанады.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot;: survey and ethics criteria belong to the regional stage.</source>
        <translation>Әдістеме: «%1»: сауалнама мен әдеп өлшемдері тек облыстық кезеңге жатады.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be greater than 0.</source>
        <translation>Әдістеме: «%1» мәні 0-ден үлкен болуы керек.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; lists &quot;%2&quot;, which is not a component of this stage (use %3).</source>
        <translation>Әдістеме: «%1» ішінде «%2» көрсетілген, бірақ ол осы кезеңнің құрамдас бөлігі емес (%3 қолданыңыз).</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; lists &quot;%2&quot; twice.</source>
        <translation>Әдістеме: «%1» ішінде «%2» екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>Methodology: the weights in &quot;%1&quot; add up to %2; they must add up to 1.</source>
        <translation>Әдістеме: «%1» ішіндегі салмақтардың қосындысы %2, ал ол 1-ге тең болуы керек.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::NomineeBreakdown</name>
    <message>
        <source>recused</source>
        <translation>өздігінен бас тартты</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>қалыс қалды</translation>
    </message>
    <message>
        <source>Place %1, total %2</source>
        <translation>%1-орын, қорытынды балл %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Құрамдас бөлік</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмағы</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Citizens&apos; survey</source>
        <translation>Халық сауалнамасы</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Әдеп</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Stage I total</source>
        <translation>I кезеңнің қорытынды баллы</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Қорытынды балл</translation>
    </message>
    <message>
        <source>Commission scores</source>
        <translation>Комиссия бағалары</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Өлшем</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Valid scores</source>
        <translation>Жарамды бағалар</translation>
    </message>
    <message>
        <source>Members&apos; scores</source>
        <translation>Мүшелердің бағалары</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>қысқартылған орташа</translation>
    </message>
    <message>
        <source>too few valid scores</source>
        <translation>жарамды бағалар тым аз</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Сауалнамалар</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Mean answer</source>
        <translation>Орташа жауап</translation>
    </message>
    <message>
        <source>Citizens&apos; responses: %1 (minimum sample %2); ethics questionnaire responses: %3.</source>
        <translation>Халық сауалнамасының жауаптары: %1 (ең аз іріктеме — %2); әдеп сауалнамасының жауаптары: %3.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
</context>
<context>
    <name>akim::scoring::NomineeEvaluator</name>
    <message>
        <source>The methodology&apos;s criterion %1 is not among the contest&apos;s criteria: it has no scores or answers.</source>
        <translation>Әдістемедегі %1 өлшемі конкурс өлшемдерінің арасында жоқ: ол бойынша бағалар да, жауаптар да жоқ.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::RankingEngine</name>
    <message>
        <source>Stage I: a tie at the advancement cut in %1 awaits the chair&apos;s decision; stage II ranks only the nominees already advancing.</source>
        <translation>I кезең, %1: өту шегіндегі ұпай теңдігі төрағаның шешімін күтуде; II кезең рейтингіне тек II кезеңге өтіп қойған қатысушылар енгізілді.</translation>
    </message>
    <message>
        <source>%1: %2 nominees are tied at the advancement cut for %3 remaining seat(s); the chair&apos;s decision is needed.</source>
        <translation>%1: өту шегінде ұпайлары тең %2 қатысушы бар, қалған орындар саны — %3; төрағаның шешімі қажет.</translation>
    </message>
    <message>
        <source>%1: the chair chose %2 of the nominees tied at the advancement cut, but %3 seat(s) remain.</source>
        <translation>%1: төраға өту шегінде ұпайлары тең қатысушылардың ішінен %2 қатысушыны таңдады, ал қалған орындар саны — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) by members of another commission were ignored.</source>
        <translation>
            <numerusform>Басқа комиссия мүшелерінің %n бағасы ескерілмеді.</numerusform>
            <numerusform>Басқа комиссия мүшелерінің %n бағасы ескерілмеді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::scoring::RankingRun</name>
    <message>
        <source>Reading scores and survey totals</source>
        <translation>Бағалар мен сауалнама қорытындыларын оқу</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Конкурс әдістемесін қолдану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Рейтингті құру</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Рейтинг құрылды</translation>
    </message>
</context>
<context>
    <name>akim::scoring::ScoringInputLoader</name>
    <message>
        <source>A score has an unknown state.</source>
        <translation>Бағалардың бірінің күйі белгісіз.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Конкурс әдістемесін қолдану мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>akim::scoring::StageFinaliser</name>
    <message>
        <source>The contest file is not open for writing.</source>
        <translation>Конкурс файлы жазу үшін ашылмаған.</translation>
    </message>
    <message>
        <source>Stage I is finalised region by region: choose the region.</source>
        <translation>I кезең әр облыс бойынша жеке аяқталады: облысты таңдаңыз.</translation>
    </message>
    <message>
        <source>Stage II is finalised for the whole country, not for a region.</source>
        <translation>II кезең жеке облыс бойынша емес, бүкіл ел бойынша аяқталады.</translation>
    </message>
    <message>
        <source>This result is already finalised.</source>
        <translation>Бұл нәтиже бұрын тіркелген.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Конкурс әдістемесін қолдану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The contest has no such region.</source>
        <translation>Конкурста мұндай облыс жоқ.</translation>
    </message>
    <message>
        <source>Stage II can be finalised once stage I is finalised in every region; still open: %1.</source>
        <translation>II кезеңді барлық облыстарда I кезең аяқталғаннан кейін ғана аяқтауға болады; әлі аяқталмаған облыстар: %1.</translation>
    </message>
    <message>
        <source>There is nobody to rank.</source>
        <translation>Рейтингке енгізетін ешкім жоқ.</translation>
    </message>
    <message>
        <source>The commission has not scored anyone yet.</source>
        <translation>Комиссия әлі ешкімді бағаламаған.</translation>
    </message>
    <message numerus="yes">
        <source>%1 are tied at the advancement cut for %n seat(s): the chair must choose who advances.</source>
        <translation>
            <numerusform>%1: өту шегінде ұпайлары тең, бос орын саны — %n; II кезеңге кім өтетінін төраға шешуі керек.</numerusform>
            <numerusform>%1: өту шегінде ұпайлары тең, бос орын саны — %n; II кезеңге кім өтетінін төраға шешуі керек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::survey::AnswerScale</name>
    <message>
        <source>&quot;%1&quot; is not a yes/no answer</source>
        <translation>«%1» — «иә/жоқ» жауабы емес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer on the scale %2–%3</source>
        <translation>«%1» — %2–%3 шкаласындағы жауап емес</translation>
    </message>
    <message>
        <source>The answer scale needs whole numbers with min below max.</source>
        <translation>Жауаптар шкаласы үшін бүтін сандар қажет, ең кіші мәні ең үлкенінен кем болуы керек.</translation>
    </message>
    <message>
        <source>Unknown answer scale &quot;%1&quot; (use likert or yes_no).</source>
        <translation>Белгісіз жауаптар шкаласы: «%1» (likert немесе yes_no қолданыңыз).</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; must map to a number or null.</source>
        <translation>«%1» жауабына сан немесе null сәйкес келуі керек.</translation>
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
    <name>akim::survey::ImportMapping</name>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
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
        <source>KATO code</source>
        <translation>ҚАТО коды</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Уақыт белгісі</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Respondent id (not stored)</source>
        <translation>Респондент идентификаторы (сақталмайды)</translation>
    </message>
    <message>
        <source>Free text (not stored)</source>
        <translation>Еркін мәтін (сақталмайды)</translation>
    </message>
    <message>
        <source>The sheet has no column &quot;%1&quot;.</source>
        <translation>Парақта «%1» бағаны жоқ.</translation>
    </message>
    <message>
        <source>The sheet has several columns &quot;%1&quot;; name the column by its index or letter instead.</source>
        <translation>Парақта бірнеше «%1» бағаны бар; бағанды индексі немесе әрпі бойынша көрсетіңіз.</translation>
    </message>
    <message>
        <source>The first data row is missing.</source>
        <translation>Деректердің бірінші жолы көрсетілмеген.</translation>
    </message>
    <message>
        <source>The header rows must be given in ascending order.</source>
        <translation>Тақырып жолдары өсу ретімен көрсетілуі керек.</translation>
    </message>
    <message>
        <source>The data must start below the header rows.</source>
        <translation>Деректер тақырып жолдарынан төмен басталуы керек.</translation>
    </message>
    <message>
        <source>Column %1 is not in the sheet.</source>
        <translation>Парақта %1 бағаны жоқ.</translation>
    </message>
    <message>
        <source>Column %1 is mapped twice.</source>
        <translation>%1 бағаны екі рет сәйкестендірілген.</translation>
    </message>
    <message>
        <source>Column %1 is a question without a criterion.</source>
        <translation>%1 бағаны — өлшемі жоқ сұрақ.</translation>
    </message>
    <message>
        <source>Column %1: there is no criterion %2.</source>
        <translation>%1 бағаны: %2 өлшемі жоқ.</translation>
    </message>
    <message>
        <source>Column %1: criterion %2 is not an ethics criterion.</source>
        <translation>%1 бағаны: %2 өлшемі әдеп өлшемі емес.</translation>
    </message>
    <message>
        <source>Column %1: criterion %2 is not a survey criterion.</source>
        <translation>%1 бағаны: %2 өлшемі халық сауалнамасының өлшемі емес.</translation>
    </message>
    <message>
        <source>No column says which rural okrug (or KATO code) a response is about.</source>
        <translation>Жауаптың қай ауылдық округке (немесе ҚАТО кодына) қатысты екенін көрсететін баған жоқ.</translation>
    </message>
    <message>
        <source>No column is mapped to a question.</source>
        <translation>Бірде-бір баған сұрақпен сәйкестендірілмеген.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot; (use population or ethics).</source>
        <translation>Белгісіз түр: «%1» (population немесе ethics қолданыңыз).</translation>
    </message>
    <message>
        <source>The CSV delimiter must be one character.</source>
        <translation>CSV бөлгіші бір таңба болуы керек.</translation>
    </message>
    <message>
        <source>&quot;header_rows&quot; must list row numbers from 0.</source>
        <translation>«header_rows» 0-ден басталатын жол нөмірлерін қамтуы керек.</translation>
    </message>
    <message>
        <source>&quot;first_data_row&quot; must be a row number from 0.</source>
        <translation>«first_data_row» 0-ден басталатын жол нөмірі болуы керек.</translation>
    </message>
    <message>
        <source>The mapping has no &quot;columns&quot; list.</source>
        <translation>Сәйкестендіруде «columns» тізімі жоқ.</translation>
    </message>
    <message>
        <source>Unknown column role &quot;%1&quot;.</source>
        <translation>Бағанның белгісіз мазмұны: «%1».</translation>
    </message>
    <message>
        <source>A column index must be 0 or more.</source>
        <translation>Баған индексі 0 немесе одан көп болуы керек.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column letter.</source>
        <translation>«%1» — баған әрпі емес.</translation>
    </message>
    <message>
        <source>Each column needs an &quot;index&quot;, a &quot;letter&quot; or a &quot;header&quot;.</source>
        <translation>Әр баған үшін «index», «letter» немесе «header» көрсетілуі керек.</translation>
    </message>
    <message>
        <source>A question column needs a &quot;criterion&quot; code.</source>
        <translation>Сұрақ бағаны үшін «criterion» коды қажет.</translation>
    </message>
    <message>
        <source>A resolution needs the &quot;okrug&quot; as the file spells it.</source>
        <translation>Шешімде «okrug» файлдағы жазылуымен көрсетілуі керек.</translation>
    </message>
    <message>
        <source>A resolution needs a &quot;nominee_id&quot; or a &quot;nominee_uuid&quot;.</source>
        <translation>Шешімде «nominee_id» немесе «nominee_uuid» көрсетілуі керек.</translation>
    </message>
    <message>
        <source>No column was recognised as a question of an ethics criterion.</source>
        <translation>Бірде-бір баған әдеп өлшемінің сұрағы ретінде танылмады.</translation>
    </message>
    <message>
        <source>No column was recognised as a question of a survey criterion.</source>
        <translation>Бірде-бір баған халық сауалнамасы өлшемінің сұрағы ретінде танылмады.</translation>
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
        <translation>Бір мәнді емес</translation>
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
    <name>akim::survey::RegistryImporter</name>
    <message>
        <source>The region is blank.</source>
        <translation>Облыс көрсетілмеген.</translation>
    </message>
    <message>
        <source>KATO code %1 is in none of the contest&apos;s regions.</source>
        <translation>ҚАТО коды %1 конкурстың ешбір облысына жатпайды.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown region &quot;%1&quot;: it is none of the contest&apos;s %n region(s).</source>
        <translation>
            <numerusform>Белгісіз облыс: «%1» — конкурстың %n облысының ешқайсысы емес.</numerusform>
            <numerusform>Белгісіз облыс: «%1» — конкурстың %n облысының ешқайсысы емес.</numerusform>
        </translation>
    </message>
    <message>
        <source>KATO code %1 is not in %2.</source>
        <translation>ҚАТО коды %1 «%2» аумағына жатпайды.</translation>
    </message>
    <message>
        <source>The district is blank.</source>
        <translation>Аудан көрсетілмеген.</translation>
    </message>
    <message>
        <source>KATO code %1 is not in %2 (KATO %3).</source>
        <translation>ҚАТО коды %1 «%2» аумағына жатпайды (ҚАТО %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several districts of %2: %3.</source>
        <translation>«%1» бірнеше ауданға сәйкес келеді (%2): %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several okrugs of %2: %3. Add the KATO codes to tell them apart.</source>
        <translation>«%1» бірнеше ауылдық округке сәйкес келеді (%2): %3. Оларды ажырату үшін ҚАТО кодтарын қосыңыз.</translation>
    </message>
    <message>
        <source>The akim&apos;s full name is blank.</source>
        <translation>Әкімнің аты-жөні көрсетілмеген.</translation>
    </message>
    <message>
        <source>The full name is longer than 200 characters.</source>
        <translation>Аты-жөні 200 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has &quot;?&quot; or &quot;_&quot; where letters were lost: the file was probably saved in an encoding without Kazakh letters (such as Windows-1251). Save it as XLSX or UTF-8 CSV and import it again.</source>
        <translation>«%1» ішінде жоғалған әріптердің орнында «?» немесе «_» тұр: файл қазақ әріптері жоқ кодтауда (мысалы, Windows-1251) сақталған болуы мүмкін. Оны XLSX немесе UTF-8 CSV ретінде сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KATO code (9 digits).</source>
        <translation>«%1» — ҚАТО коды емес (9 цифр).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as dd.mm.yyyy.</source>
        <translation>«%1» — күн емес; оны кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 күні әлі келген жоқ.</translation>
    </message>
    <message>
        <source>KATO code %1 is %2 in %3, not in %4.</source>
        <translation>ҚАТО коды %1 мынаған сәйкес: %2 (%3), %4 емес.</translation>
    </message>
    <message>
        <source>The rural okrug is blank.</source>
        <translation>Ауылдық округ көрсетілмеген.</translation>
    </message>
    <message>
        <source>Row %1 already lists %2 for %3.</source>
        <translation>%1-жолда бұрыннан көрсетілген: %3 — %2.</translation>
    </message>
    <message>
        <source>Row %1 already gives %2 to %3; a rural okrug has one nominee. If these are two okrugs of the same name, add their KATO codes.</source>
        <translation>%1-жолда бұрыннан көрсетілген: %2 — %3; ауылдық округтің бір ғана қатысушысы болады. Егер бұл аттас екі округ болса, олардың ҚАТО кодтарын қосыңыз.</translation>
    </message>
    <message>
        <source>%1 already has a nominee, %2; a rural okrug has one nominee.</source>
        <translation>«%1» округінде қатысушы бұрыннан бар — %2; ауылдық округтің бір ғана қатысушысы болады.</translation>
    </message>
    <message>
        <source>%1 is already the nominee of %2 in this district; if &quot;%3&quot; is another name of it, add the okrug&apos;s KATO code.</source>
        <translation>%1 осы аудандағы «%2» округінің қатысушысы болып тұр; егер «%3» — осы округтің басқа атауы болса, округтің ҚАТО кодын қосыңыз.</translation>
    </message>
    <message>
        <source>No contest file is open.</source>
        <translation>Конкурс файлы ашылмаған.</translation>
    </message>
    <message>
        <source>There is no sheet &quot;%1&quot; (sheets: %2).</source>
        <translation>«%1» парағы жоқ (парақтар: %2).</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Парақ бос.</translation>
    </message>
    <message>
        <source>The sheet has no rows below its header.</source>
        <translation>Парақта тақырыптан төмен жолдар жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the registry have problems; nothing was imported.</source>
        <translation>
            <numerusform>Тізілімнің %n жолында ақау бар; ештеңе импортталмады.</numerusform>
            <numerusform>Тізілімнің %n жолында ақау бар; ештеңе импортталмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contest has changed since the registry was read; read it again.</source>
        <translation>Тізілім оқылғаннан кейін конкурс өзгерді; тізілімді қайта оқыңыз.</translation>
    </message>
    <message>
        <source>Registry %1, row %2</source>
        <translation>%1 тізілімі, %2-жол</translation>
    </message>
</context>
<context>
    <name>akim::survey::RegistryMapping</name>
    <message>
        <source>region</source>
        <translation>облыс</translation>
    </message>
    <message>
        <source>district</source>
        <translation>аудан</translation>
    </message>
    <message>
        <source>rural okrug</source>
        <translation>ауылдық округ</translation>
    </message>
    <message>
        <source>akim&apos;s full name</source>
        <translation>әкімнің аты-жөні</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>ҚАТО коды</translation>
    </message>
    <message>
        <source>in office since</source>
        <translation>лауазымға кіріскен күні</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ескерілмейді</translation>
    </message>
    <message>
        <source>Two columns are headed &quot;%1&quot; (%2 and %3); name the column by its letter in the mapping.</source>
        <translation>Екі бағанның тақырыбы «%1» (%2 және %3); сәйкестендіруде бағанды әрпі бойынша көрсетіңіз.</translation>
    </message>
    <message>
        <source>The mapping names a column &quot;%1&quot;, but no column has that header.</source>
        <translation>Сәйкестендіруде «%1» бағаны көрсетілген, бірақ мұндай тақырыбы бар баған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>The mapping names column %1, but the sheet has %n column(s).</source>
        <translation>
            <numerusform>Сәйкестендіруде %1 бағаны көрсетілген, бірақ парақта %n баған бар.</numerusform>
            <numerusform>Сәйкестендіруде %1 бағаны көрсетілген, бірақ парақта %n баған бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns %1 all look like the %2; name the right one in the mapping (--mapping).</source>
        <translation>%1 бағандарының бәрі «%2» бағанына ұқсайды; дұрысын сәйкестендіруде көрсетіңіз (--mapping).</translation>
    </message>
    <message>
        <source>No column holds the %1 (the columns are: %2); name it in the mapping (--mapping).</source>
        <translation>«%1» бағаны жоқ (бағандар: %2); оны сәйкестендіруде көрсетіңіз (--mapping).</translation>
    </message>
    <message>
        <source>The CSV delimiter must be one character.</source>
        <translation>CSV бөлгіші бір таңба болуы керек.</translation>
    </message>
    <message>
        <source>&quot;header_rows&quot; must list row numbers from 0.</source>
        <translation>«header_rows» 0-ден басталатын жол нөмірлерін қамтуы керек.</translation>
    </message>
    <message>
        <source>&quot;first_data_row&quot; must be a row number from 0.</source>
        <translation>«first_data_row» 0-ден басталатын жол нөмірі болуы керек.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be a list.</source>
        <translation>«columns» тізім болуы керек.</translation>
    </message>
    <message>
        <source>Unknown column role &quot;%1&quot; (use region, district, okrug, full_name, kato, in_office_since or ignore).</source>
        <translation>Бағанның белгісіз мазмұны: «%1» (region, district, okrug, full_name, kato, in_office_since немесе ignore қолданыңыз).</translation>
    </message>
    <message>
        <source>A column index must be 0 or more.</source>
        <translation>Баған индексі 0 немесе одан көп болуы керек.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column letter.</source>
        <translation>«%1» — баған әрпі емес.</translation>
    </message>
    <message>
        <source>Each column needs an &quot;index&quot;, a &quot;letter&quot; or a &quot;header&quot;.</source>
        <translation>Әр баған үшін «index», «letter» немесе «header» көрсетілуі керек.</translation>
    </message>
</context>
<context>
    <name>akim::survey::RegistryPlan</name>
    <message numerus="yes">
        <source>%n row(s): %1 to add, %2 already present</source>
        <translation>
            <numerusform>%n жол: қосылады — %1, бұрыннан бар — %2</numerusform>
            <numerusform>%n жол: қосылады — %1, бұрыннан бар — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with problems</source>
        <translation>
            <numerusform>, ақауы барлары — %n</numerusform>
            <numerusform>, ақауы барлары — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new: %n district(s)</source>
        <translation>
            <numerusform>жаңа: %n аудан</numerusform>
            <numerusform>жаңа: %n аудан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n okrug(s)</source>
        <translation>
            <numerusform>, %n ауылдық округ</numerusform>
            <numerusform>, %n ауылдық округ</numerusform>
        </translation>
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
    <name>akim::survey::SurveyImporter</name>
    <message>
        <source>the row names no rural okrug</source>
        <translation>жолда ауылдық округ көрсетілмеген</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several nominees: %2</source>
        <translation>«%1» бірнеше қатысушыға сәйкес келеді: %2</translation>
    </message>
    <message>
        <source>no nominee matches &quot;%1&quot;</source>
        <translation>«%1» ешбір қатысушыға сәйкес келмейді</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;: %3</source>
        <translation>%1 «%2» бағаны: %3</translation>
    </message>
    <message>
        <source>the row has no answer that counts</source>
        <translation>жолда есептелетін жауап жоқ</translation>
    </message>
    <message>
        <source>The mapping resolves &quot;%1&quot; to a nominee that is not in this contest (%2).</source>
        <translation>Сәйкестендіру «%1» жазылуын осы конкурста жоқ қатысушыға жатқызады (%2).</translation>
    </message>
    <message>
        <source>The mapping resolves &quot;%1&quot; to nominee %2, which is not in this contest.</source>
        <translation>Сәйкестендіру «%1» жазылуын осы конкурста жоқ %2 қатысушыға жатқызады.</translation>
    </message>
    <message>
        <source>%1: there is no sheet &quot;%2&quot; (the sheets are: %3).</source>
        <translation>%1: «%2» парағы жоқ (парақтар: %3).</translation>
    </message>
    <message>
        <source>%1: the sheet has no header row %2.</source>
        <translation>%1: парақта %2 тақырып жолы жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) spelled the okrug with letters lost to the cp1251 encoding (&quot;?&quot; for a Kazakh letter); they were matched despite that. Check the encoding of the file.</source>
        <translation>
            <numerusform>%n жолда округ атауы cp1251 кодтауы салдарынан жоғалған әріптермен жазылған (қазақ әрпінің орнында «?»); соған қарамастан олар сәйкестендірілді. Файлдың кодтауын тексеріңіз.</numerusform>
            <numerusform>%n жолда округ атауы cp1251 кодтауы салдарынан жоғалған әріптермен жазылған (қазақ әрпінің орнында «?»); соған қарамастан олар сәйкестендірілді. Файлдың кодтауын тексеріңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were matched to an okrug despite a typo in its name.</source>
        <translation>
            <numerusform>%n жол атауындағы қатеге қарамастан округпен сәйкестендірілді.</numerusform>
            <numerusform>%n жол атауындағы қатеге қарамастан округпен сәйкестендірілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timestamp(s) could not be read as a date; those responses were imported without one.</source>
        <translation>
            <numerusform>%n уақыт белгісін күн ретінде оқу мүмкін болмады; бұл жауаптар күнсіз импортталды.</numerusform>
            <numerusform>%n уақыт белгісін күн ретінде оқу мүмкін болмады; бұл жауаптар күнсіз импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>%1: the rejected rows cannot be written: %2</source>
        <translation>%1: қабылданбаған жолдарды жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Файлды оқу</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорттаудан бас тартылды; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Stage I is finalised: its survey data can no longer change.</source>
        <translation>I кезең аяқталды: оның сауалнама деректерін енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Importing rows</source>
        <translation>Жолдарды импорттау</translation>
    </message>
    <message>
        <source>%1: the sheet has no responses below its header.</source>
        <translation>%1: парақта тақырыптан төмен жауаптар жоқ.</translation>
    </message>
    <message>
        <source>Writing the survey totals</source>
        <translation>Сауалнама қорытындыларын жазу</translation>
    </message>
    <message>
        <source>Dry run: nothing is written</source>
        <translation>Сынақ тексеру: ештеңе жазылмайды</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Өзгерістерді сақтау</translation>
    </message>
    <message>
        <source>The contest file could not be written: %1</source>
        <translation>Конкурс файлын жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>There is no import %1 in this contest.</source>
        <translation>Бұл конкурста %1 импорты жоқ.</translation>
    </message>
    <message>
        <source>The import of %1 was already undone on %2.</source>
        <translation>%1 импорты %2 күні болдырылмаған болатын.</translation>
    </message>
    <message>
        <source>%1 is the contest file itself, not a survey export.</source>
        <translation>%1 — сауалнама экспорты емес, конкурс файлының өзі.</translation>
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
    <message>
        <source>the sheets claim more than %1 cells, too many to read safely; open the file in Excel and save it as XLSX</source>
        <translation>парақтарда %1 ұяшықтан көп деп көрсетілген — қауіпсіз оқу үшін тым көп; файлды Excel-де ашып, XLSX ретінде сақтаңыз</translation>
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
