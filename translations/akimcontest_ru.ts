<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>A result can only be finalised by a chair: the secretary creates the chair&apos;s account first.</source>
        <translation>Итоги может завершить только председатель: сначала секретарь создаёт учётную запись председателя.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Войдите, чтобы %1.</translation>
    </message>
    <message>
        <source>The account you signed in with no longer exists.</source>
        <translation>Учётной записи, под которой выполнен вход, больше нет.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>%1 may not %2 (signed in as %3).</source>
        <translation>Роль «%1» не позволяет %2 (вход выполнен как %3).</translation>
    </message>
    <message>
        <source>The account %1 is not bound to a commission member, so it has no ballot.</source>
        <translation>Учётная запись %1 не привязана к члену комиссии, поэтому у неё нет оценочного листа.</translation>
    </message>
    <message>
        <source>The account %1 belongs to another commission.</source>
        <translation>Учётная запись %1 относится к другой комиссии.</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>change the contest&apos;s set-up</source>
        <translation>изменять настройки конкурса</translation>
    </message>
    <message>
        <source>manage the accounts</source>
        <translation>управлять учётными записями</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>загружать данные</translation>
    </message>
    <message>
        <source>finalise a result</source>
        <translation>завершать итоги</translation>
    </message>
    <message>
        <source>score a ballot</source>
        <translation>выставлять оценки</translation>
    </message>
    <message>
        <source>manage the commission&apos;s ballots</source>
        <translation>работать с оценочными листами комиссии</translation>
    </message>
    <message>
        <source>print the protocols</source>
        <translation>печатать протоколы</translation>
    </message>
    <message>
        <source>record the particulars of a commission meeting</source>
        <translation>вносить реквизиты заседания комиссии</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>Пароль — не короче %n символа.</numerusform>
            <numerusform>Пароль — не короче %n символов.</numerusform>
            <numerusform>Пароль — не короче %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password has at most 256 characters.</source>
        <translation>Пароль — не длиннее 256 символов.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>A user name has at most 64 characters.</source>
        <translation>Имя пользователя — не длиннее 64 символов.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>В имени пользователя не должно быть пробелов.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Имя пользователя %1 уже занято.</translation>
    </message>
    <message>
        <source>The first account of a contest is its secretary&apos;s.</source>
        <translation>Первая учётная запись конкурса — учётная запись секретаря.</translation>
    </message>
    <message>
        <source>A secretary&apos;s account is not bound to a commission member.</source>
        <translation>Учётная запись секретаря не привязывается к члену комиссии.</translation>
    </message>
    <message>
        <source>Choose the commission member this account scores as.</source>
        <translation>Выберите члена комиссии, от имени которого эта учётная запись выставляет оценки.</translation>
    </message>
    <message>
        <source>The chosen commission member no longer exists.</source>
        <translation>Выбранного члена комиссии больше нет.</translation>
    </message>
    <message>
        <source>%1 is the commission&apos;s secretary, who does not score.</source>
        <translation>%1 — секретарь комиссии, он не выставляет оценки.</translation>
    </message>
    <message>
        <source>%1 is neither the chair nor the deputy chair of the commission.</source>
        <translation>%1 не является ни председателем, ни заместителем председателя комиссии.</translation>
    </message>
    <message>
        <source>%1 already has the account %2.</source>
        <translation>У %1 уже есть учётная запись %2.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Учётной записи больше нет.</translation>
    </message>
    <message>
        <source>Password of %1 reset by the secretary</source>
        <translation>Пароль %1 сброшен секретарём</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Сначала войдите.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Изменён пользователем %1</translation>
    </message>
    <message>
        <source>You cannot deactivate the account you are signed in with.</source>
        <translation>Нельзя отключить учётную запись, под которой вы вошли.</translation>
    </message>
    <message>
        <source>%1 is the last active secretary; a contest always keeps one.</source>
        <translation>%1 — последний действующий секретарь; у конкурса всегда остаётся хотя бы один.</translation>
    </message>
    <message>
        <source>A password cannot be changed in a ballot package; the secretary changes it in the contest file.</source>
        <translation>В пакете оценочного листа пароль изменить нельзя; его меняет секретарь в файле конкурса.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>reason: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>Prints the audit log, oldest first: one line per entry with its number, time (UTC), user, action, object, old → new value and reason. The file is opened read-only. The hash chain is verified as well: when it is broken, the log is still printed, the first broken entry is named on stderr and the exit status is 3.</source>
        <translation>Выводит журнал аудита от старых записей к новым: по строке на запись — номер, время (UTC), пользователь, действие, объект, старое → новое значение и причина. Файл открывается только для чтения. Проверяется и цепочка хешей: если она нарушена, журнал всё равно выводится, первая нарушенная запись называется в stderr, код завершения — 3.</translation>
    </message>
    <message>
        <source>Print one JSON object: &quot;entries&quot; with every field of each entry (hashes included), &quot;chain_intact&quot; and &quot;problems&quot;.</source>
        <translation>Вывести один объект JSON: «entries» со всеми полями каждой записи (включая хеши), «chain_intact» и «problems».</translation>
    </message>
    <message>
        <source>Only the entries whose action starts with PREFIX (&quot;nominee&quot;, &quot;survey.import&quot;).</source>
        <translation>Только записи, действие которых начинается с PREFIX («nominee», «survey.import»).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>Only the entries made by this user (any case).</source>
        <translation>Только записи этого пользователя (регистр не важен).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Файл конкурса.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Журнал аудита не читается: %1</translation>
    </message>
    <message>
        <source>The audit log was changed outside the program; &quot;%1 check&quot; lists every problem of the file.</source>
        <translation>Журнал аудита изменён в обход программы; «%1 check» перечислит все проблемы файла.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit log: entry %1 is missing (the next one present is %2).</source>
        <translation>Журнал изменений: запись %1 отсутствует (следующая имеющаяся запись — %2).</translation>
    </message>
    <message>
        <source>Audit log: entry %1 does not follow entry %2 (chain broken).</source>
        <translation>Журнал изменений: запись %1 не следует за записью %2 (цепочка нарушена).</translation>
    </message>
    <message>
        <source>Audit log: entry %1 was changed after it was written.</source>
        <translation>Журнал изменений: запись %1 изменена после того, как была внесена.</translation>
    </message>
    <message>
        <source>Audit log: an entry numbered %1 stands before entry %2; the program never writes such a number (inserted behind its back).</source>
        <translation>Журнал аудита: запись с номером %1 стоит перед записью %2; программа никогда не присваивает такой номер (вставлена в обход программы).</translation>
    </message>
</context>
<context>
    <name>BallotsCommand</name>
    <message>
        <source>The secretary&apos;s user name; the password is read from AKIMCONTEST_PASSWORD or asked for.</source>
        <translation>Имя пользователя секретаря; пароль берётся из AKIMCONTEST_PASSWORD или запрашивается.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>Exports a commission member&apos;s ballot package, to be scored offline with this program on any PC, or imports the packages the members send back.</source>
        <translation>Экспортирует пакет оценочного листа члена комиссии для оценки без сети в этой программе на любом компьютере или импортирует пакеты, которые члены комиссии вернули.</translation>
    </message>
    <message>
        <source>Say what to do: export or import.</source>
        <translation>Укажите действие: export или import.</translation>
    </message>
    <message>
        <source>Unknown action %1: use export or import.</source>
        <translation>Неизвестное действие %1: используйте export или import.</translation>
    </message>
    <message>
        <source>No commission member who scores matches &quot;%1&quot;. The members are:
%2</source>
        <translation>Ни один оценивающий член комиссии не соответствует «%1». Члены комиссий:
%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several members; give the id:
%2</source>
        <translation>«%1» соответствует нескольким членам комиссии; укажите id:
%2</translation>
    </message>
    <message>
        <source>Writes a member&apos;s ballot package: the nominees and criteria the member scores, sealed with the member&apos;s password. The member opens it with this program, scores, submits and sends the file back.</source>
        <translation>Записывает пакет оценочного листа члена комиссии: участников и критерии, которые он оценивает, запечатанные его паролем. Член комиссии открывает пакет в этой программе, оценивает, сдаёт и отправляет файл обратно.</translation>
    </message>
    <message>
        <source>The member: the full name, or the id.</source>
        <translation>Член комиссии: полное имя или id.</translation>
    </message>
    <message>
        <source>NAME|ID</source>
        <translation>ИМЯ|ID</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>Файл пакета, который нужно записать.</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>ПАКЕТ</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Файл конкурса.</translation>
    </message>
    <message>
        <source>Name the member with --member.</source>
        <translation>Укажите члена комиссии в --member.</translation>
    </message>
    <message>
        <source>Give the package file with --out.</source>
        <translation>Укажите файл пакета в --out.</translation>
    </message>
    <message>
        <source>Wrote the ballot package of %1 to %2.</source>
        <translation>Пакет оценочного листа (%1) записан в %2.</translation>
    </message>
    <message>
        <source>Imports ballot packages the members scored and submitted. Every package is checked first; if any is refused, none is imported and the file is left unchanged.</source>
        <translation>Импортирует пакеты оценочных листов, которые члены комиссии заполнили и сдали. Сначала проверяется каждый пакет; если хотя бы один отклонён, не импортируется ни один и файл не меняется.</translation>
    </message>
    <message>
        <source>The package files.</source>
        <translation>Файлы пакетов.</translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation>Ничего не импортировано.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported the ballot of %1 (%2) from %3: %n cell(s); changed against the contest file: %4.</source>
        <translation>
            <numerusform>Оценочный лист (%1, %2) импортирован из %3: %n ячейка; изменено по сравнению с файлом конкурса: %4.</numerusform>
            <numerusform>Оценочный лист (%1, %2) импортирован из %3: %n ячейки; изменено по сравнению с файлом конкурса: %4.</numerusform>
            <numerusform>Оценочный лист (%1, %2) импортирован из %3: %n ячеек; изменено по сравнению с файлом конкурса: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks a contest file without changing it: SQLite&apos;s integrity check, foreign keys, the audit log&apos;s hash chain and the stored survey totals. Exits with 3 and a list of problems when anything is wrong.</source>
        <translation>Проверяет файл конкурса, не изменяя его: проверка целостности SQLite, внешние ключи, цепочка хешей журнала изменений и сохранённые итоги опросов. При любой ошибке выводит список проблем и завершается с кодом 3.</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Файл конкурса.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: обнаружена %n проблема:</numerusform>
            <numerusform>%1: обнаружены %n проблемы:</numerusform>
            <numerusform>%1: обнаружено %n проблем:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 is intact: integrity, foreign keys, the audit chain of %n entries and the survey totals verified.</source>
        <translation>
            <numerusform>ОК: файл %1 не повреждён: проверены целостность, внешние ключи, цепочка журнала изменений из %n записи и итоги опросов.</numerusform>
            <numerusform>ОК: файл %1 не повреждён: проверены целостность, внешние ключи, цепочка журнала изменений из %n записей и итоги опросов.</numerusform>
            <numerusform>ОК: файл %1 не повреждён: проверены целостность, внешние ключи, цепочка журнала изменений из %n записей и итоги опросов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalised result(s) recomputed from the file, each matching the SHA-256 and methodology it was finalised with.</source>
        <translation>
            <numerusform>%n завершённый результат пересчитан по файлу и совпадает с SHA-256 и методикой, с которыми он завершён.</numerusform>
            <numerusform>%n завершённых результата пересчитаны по файлу; каждый совпадает с SHA-256 и методикой, с которыми он завершён.</numerusform>
            <numerusform>%n завершённых результатов пересчитаны по файлу; каждый совпадает с SHA-256 и методикой, с которыми он завершён.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Akim Contest %1: the «Үздік ауыл әкімі» / «Лучший сельский аким» contest — nominees, scores, rankings and protocols.</source>
        <translation>«Лучший сельский аким» %1 — программа для проведения конкурса «Үздік ауыл әкімі» / «Лучший сельский аким»: участники, оценки, рейтинги и протоколы.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Использование:</translation>
    </message>
    <message>
        <source>      Open the desktop application, on the contest FILE if one is given.</source>
        <translation>      Открывает окно программы (с файлом конкурса FILE, если он указан).</translation>
    </message>
    <message>
        <source>      Run a command; no display is needed.</source>
        <translation>      Выполняет команду; экран не требуется.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 usage error; 2 bad input (the message names the file, row and column, and the contest file is left unchanged); 3 integrity problem found.</source>
        <translation>Код завершения: 0 — успешно; 1 — ошибка вызова; 2 — некорректные входные данные (в сообщении указаны файл, строка и столбец, файл конкурса не изменяется); 3 — обнаружено нарушение целостности.</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Параметры команды: «%1 COMMAND --help».</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;.</source>
        <translation>%1: неизвестная команда «%2».</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>Список команд: «%1 --help».</translation>
    </message>
    <message>
        <source>Create an empty contest with the default methodology (or a named template).</source>
        <translation>Создать пустой конкурс по методике по умолчанию (или по указанному шаблону).</translation>
    </message>
    <message>
        <source>Create a realistic demo contest (17 regions and 2,287 nominees by default).</source>
        <translation>Создать реалистичный демонстрационный конкурс (по умолчанию 17 областей и 2 287 участников).</translation>
    </message>
    <message>
        <source>Print what the contest file holds: regions, districts, nominees, criteria, members, scores, survey responses, imports, schema version.</source>
        <translation>Вывести содержимое файла конкурса: области, районы, участники, критерии, члены комиссий, оценки, ответы на опросы, импорты, версия схемы.</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity, foreign keys, audit chain and survey totals; exit 3 with a list of problems.</source>
        <translation>Проверить целостность файла, внешние ключи, цепочку журнала изменений и итоги опросов; при ошибках — список проблем и код 3.</translation>
    </message>
    <message>
        <source>Import nominees from a registry spreadsheet.</source>
        <translation>Импортировать участников из таблицы реестра.</translation>
    </message>
    <message>
        <source>Import citizens&apos; or ethics questionnaire responses.</source>
        <translation>Импортировать ответы опроса населения или анкеты по этике.</translation>
    </message>
    <message>
        <source>Describe a spreadsheet as the import wizard reads it.</source>
        <translation>Показать, как мастер импорта читает таблицу.</translation>
    </message>
    <message>
        <source>Rank the nominees of a stage.</source>
        <translation>Составить рейтинг участников этапа.</translation>
    </message>
    <message>
        <source>Print a commission&apos;s protocol to PDF.</source>
        <translation>Вывести протокол комиссии в PDF.</translation>
    </message>
    <message>
        <source>Export a member&apos;s ballot package, or import returned ones.</source>
        <translation>Выгрузить пакет оценочных листов члена комиссии или загрузить возвращённые.</translation>
    </message>
    <message>
        <source>Finalise a stage: inputs lock and the result is recorded.</source>
        <translation>Завершить этап: ввод данных блокируется, результат фиксируется.</translation>
    </message>
    <message>
        <source>Print the audit log, oldest first.</source>
        <translation>Вывести журнал изменений, начиная с самых ранних записей.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Missing argument. Usage: %1 %2</source>
        <translation>Не хватает аргумента. Использование: %1 %2</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>Для --%1 нужно целое число от %2 до %3, а не «%4».</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Использование: %1 %2</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>Справка: «%1 %2 --help».</translation>
    </message>
    <message>
        <source>No region &quot;%1&quot; in this contest. Its regions: %2.</source>
        <translation>В этом конкурсе нет области «%1». Области конкурса: %2.</translation>
    </message>
    <message>
        <source>Give the user name with --user; the password is read from AKIMCONTEST_PASSWORD or asked for.</source>
        <translation>Укажите имя пользователя в --user; пароль берётся из AKIMCONTEST_PASSWORD или запрашивается.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>No password: set AKIMCONTEST_PASSWORD or run the command on a terminal.</source>
        <translation>Нет пароля: задайте AKIMCONTEST_PASSWORD или запустите команду в терминале.</translation>
    </message>
</context>
<context>
    <name>ContestFiles</name>
    <message>
        <source>%1 already exists. Choose another name: a contest file is never overwritten.</source>
        <translation>Файл %1 уже существует. Выберите другое имя: файл конкурса никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>Open Contest</source>
        <translation>Открыть конкурс</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Не удалось открыть %1.</translation>
    </message>
    <message>
        <source>New Contest</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <source>The contest could not be created.</source>
        <translation>Не удалось создать конкурс.</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-копия</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>Не удалось сохранить копию.</translation>
    </message>
    <message>
        <source>Methodology template:</source>
        <translation>Шаблон методики:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Шаблона «%1» нет. Доступные шаблоны: %2.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be read: %2</source>
        <translation>Не удаётся прочитать шаблон «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is an empty file, not a contest file.</source>
        <translation>%1 — пустой файл, а не файл конкурса.</translation>
    </message>
    <message>
        <source>%1 is not a contest file: it is not an SQLite database.</source>
        <translation>%1 не является файлом конкурса: это не база данных SQLite.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>Файл %1 уже существует.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder where you may write, or ask for write access.</source>
        <translation>Файл %1 доступен только для чтения. Скопируйте его в папку, где у вас есть право записи, или запросите доступ на запись.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a contest file: %2</source>
        <translation>Не удаётся прочитать %1 как файл конкурса: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a contest file of this program.</source>
        <translation>%1 — база данных SQLite, но не файл конкурса этой программы.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Akim Contest (file format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>Файл %1 создан более новой версией программы (формат файла %2; эта версия читает форматы до %3). Чтобы открыть его, установите новую версию.</translation>
    </message>
    <message>
        <source>%1 uses an older file format and must be upgraded, which needs write access.</source>
        <translation>Файл %1 имеет устаревший формат и должен быть обновлён, а для этого нужен доступ на запись.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Не удаётся подготовить %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>В программе отсутствует миграция %1.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>Не удаётся обновить %1: %2</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself.</source>
        <translation>Копия не может заменить сам открытый файл.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Не удаётся заменить %1.</translation>
    </message>
    <message>
        <source>Integrity check failed: %1</source>
        <translation>Не удалось выполнить проверку целостности: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Целостность: %1</translation>
    </message>
    <message>
        <source>Foreign key check failed: %1</source>
        <translation>Не удалось выполнить проверку внешних ключей: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>Таблица %1, строка %2 ссылается на отсутствующую строку в таблице %3.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates a realistic demo contest with synthetic names: districts and rural okrugs, one nominee per okrug, the members of every commission and a few declared conflicts of interest.</source>
        <translation>Создаёт реалистичный демонстрационный конкурс с вымышленными именами: районы и сельские округа, по одному участнику на округ, члены всех комиссий и несколько заявленных конфликтов интересов.</translation>
    </message>
    <message>
        <source>The first N regions of the template (default %1).</source>
        <translation>Первые N областей шаблона (по умолчанию %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>N nominees in each region (default: the real number of rural okrugs, 2,287 in all).</source>
        <translation>N участников в каждой области (по умолчанию — реальное число сельских округов, всего 2 287).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same names (default 2020).</source>
        <translation>Начальное значение генератора случайных чисел; одно и то же значение даёт одни и те же имена (по умолчанию 2020).</translation>
    </message>
    <message>
        <source>The contest file to create. It must not exist yet, or be empty.</source>
        <translation>Создаваемый файл конкурса. Он не должен существовать или должен быть пустым.</translation>
    </message>
    <message>
        <source>%1 already exists; a demo is always written to a new file.</source>
        <translation>Файл %1 уже существует; демонстрационный конкурс всегда записывается в новый файл.</translation>
    </message>
    <message>
        <source>The demo was not written: %1</source>
        <translation>Демонстрационный конкурс не записан: %1</translation>
    </message>
    <message>
        <source>Created the demo contest %1 in %2 ms: %3 regions, %4 districts, %5 nominees, %6 commission members.</source>
        <translation>Демонстрационный конкурс %1 создан за %2 мс: областей — %3, районов — %4, участников — %5, членов комиссий — %6.</translation>
    </message>
    <message>
        <source>Import N citizens&apos; survey responses and an ethics questionnaire (8 to 24 respondents per nominee), made up the way real exports look.</source>
        <translation>Импортировать N ответов опроса населения и анкету по этике (от 8 до 24 респондентов на участника), сгенерированные по образцу реальных выгрузок.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n citizens&apos; response(s)</source>
        <translation>
            <numerusform>Импортирован %n ответ опроса населения</numerusform>
            <numerusform>Импортировано %n ответа опроса населения</numerusform>
            <numerusform>Импортировано %n ответов опроса населения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n ethics questionnaire response(s).</source>
        <translation>
            <numerusform> и %n ответ анкеты по этике.</numerusform>
            <numerusform> и %n ответа анкеты по этике.</numerusform>
            <numerusform> и %n ответов анкеты по этике.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the ballot of every voting member: stage I in every region, then stage II for the nominees who would advance, with a few abstentions and the recusals of declared conflicts of interest.</source>
        <translation>Заполнить оценочные листы всех голосующих членов: I этап во всех областях, затем II этап для участников, которые проходят дальше, с несколькими воздержаниями и самоотводами по заявленным конфликтам интересов.</translation>
    </message>
    <message>
        <source>Ballots: %1 stage I scores and %2 stage II scores.</source>
        <translation>Оценочные листы: %1 оценок I этапа и %2 оценок II этапа.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>No contest file is open.</source>
        <translation>Файл конкурса не открыт.</translation>
    </message>
    <message>
        <source>The number of nominees per region must be between 1 and %1 (or 0 for the real number of rural okrugs).</source>
        <translation>Число участников на область должно быть от 1 до %1 (или 0 — по реальному числу сельских округов).</translation>
    </message>
    <message>
        <source>The number of survey responses cannot be negative.</source>
        <translation>Число ответов на опрос не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The number of regions must be between 1 and %1.</source>
        <translation>Число областей должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>A demo can only fill a new, empty contest; this one already has districts or nominees.</source>
        <translation>Демонстрационные данные можно добавить только в новый пустой конкурс; в этом конкурсе уже есть районы или участники.</translation>
    </message>
    <message>
        <source>The region %1 has no commission.</source>
        <translation>Для области %1 нет комиссии.</translation>
    </message>
    <message>
        <source>The contest has no republican commission.</source>
        <translation>В конкурсе нет республиканской комиссии.</translation>
    </message>
    <message>
        <source>Nominees and commissions of %1</source>
        <translation>Участники и комиссии: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Оценочные листы</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>redo</source>
        <translation>повтор действия</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>Не удаётся повторить «%1»: %2</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>отмена действия</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>Не удаётся отменить «%1»: %2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Akim Contest files (*.akc)</source>
        <translation>Файлы конкурса (*.akc)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Contest</source>
        <translation>Открыть конкурс</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
</context>
<context>
    <name>FinaliseCommand</name>
    <message>
        <source>Finalises a result: stage I of one region, or stage II. The ranking is computed, recorded with its methodology and SHA-256, and the inputs it depends on are locked. Nothing undoes it.</source>
        <translation>Завершает этап и фиксирует его результат: I этап по одной области или II этап. Рейтинг рассчитывается и записывается вместе с методикой и SHA-256, а исходные данные, от которых он зависит, блокируются. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>regional (stage I, with --region) or national (stage II).</source>
        <translation>regional (I этап, вместе с --region) или national (II этап).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>The region whose stage I is finalised: its name in Russian or Kazakh, or its KATO code.</source>
        <translation>Область, по которой завершается I этап: её название на русском или казахском языке либо код КАТО.</translation>
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
        <translation>Решение председателя при равенстве баллов на проходной границе: идентификаторы участников, проходящих во II этап, через запятую (их выводит `rank --format json`).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Файл конкурса.</translation>
    </message>
    <message>
        <source>--stage must be regional or national.</source>
        <translation>Значение --stage должно быть regional или national.</translation>
    </message>
    <message>
        <source>Stage I is finalised region by region: give --region.</source>
        <translation>I этап завершается отдельно по каждой области: укажите --region.</translation>
    </message>
    <message>
        <source>--region applies to the regional stage only.</source>
        <translation>Параметр --region применяется только к областному этапу.</translation>
    </message>
    <message>
        <source>--advance takes nominee ids, e.g. 12,40.</source>
        <translation>Для --advance нужны идентификаторы участников, например 12,40.</translation>
    </message>
    <message>
        <source>stage II</source>
        <translation>II этап</translation>
    </message>
    <message>
        <source>stage I of %1</source>
        <translation>I этап (%1)</translation>
    </message>
    <message>
        <source>%1 was not finalised: %2</source>
        <translation>Не удалось завершить %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Finalised %1: %n nominee(s) ranked.</source>
        <translation>
            <numerusform>%1 завершён: в рейтинге %n участник.</numerusform>
            <numerusform>%1 завершён: в рейтинге %n участника.</numerusform>
            <numerusform>%1 завершён: в рейтинге %n участников.</numerusform>
        </translation>
    </message>
    <message>
        <source>Advancing (nominee ids): %1</source>
        <translation>Отобраны (идентификаторы участников): %1</translation>
    </message>
    <message>
        <source>Ranking SHA-256: %1</source>
        <translation>Хеш SHA-256 рейтинга: %1</translation>
    </message>
    <message>
        <source>Places 1 to 3 (nominee ids): %1</source>
        <translation>Места с 1 по 3 (идентификаторы участников): %1</translation>
    </message>
    <message>
        <source>The chair&apos;s user name; the password is read from AKIMCONTEST_PASSWORD or asked for.</source>
        <translation>Имя пользователя председателя; пароль берётся из AKIMCONTEST_PASSWORD или запрашивается.</translation>
    </message>
</context>
<context>
    <name>ImportRegistryCommand</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>недопустимый JSON (%1 в позиции %2)</translation>
    </message>
    <message>
        <source>the mapping must be a JSON object</source>
        <translation>сопоставление столбцов должно быть объектом JSON</translation>
    </message>
    <message>
        <source>Imports the list of applicants from a registry spreadsheet (CSV, XLSX, ODS or XLS) into the contest FILE: one row per nominee with the region, district, rural okrug and the akim&apos;s full name, and optionally the okrug&apos;s KATO code and the date the akim took office. The header row and its columns are recognised by their labels in Russian, Kazakh or English (&quot;Область&quot;, &quot;Аудан&quot;, &quot;Rural okrug&quot;, &quot;ФИО акима&quot;, &quot;КАТО&quot;, &quot;В должности с&quot;, …); a mapping file names the others. Districts and okrugs that the contest does not have yet are created; a nominee already in the okrug is left as it is, so importing the same file again adds nothing.
Any problem row (a blank name, an unknown region, a bad date, an okrug that already has another nominee, …) is listed with its row and column, and nothing is written: exit status 2, as for a file that cannot be read.</source>
        <translation>Импортирует список заявителей из таблицы реестра (CSV, XLSX, ODS или XLS) в файл конкурса FILE: одна строка на участника — область, район, сельский округ и ФИО акима, а также, по желанию, код КАТО округа и дата вступления акима в должность. Строка заголовка и её столбцы распознаются по названиям на русском, казахском или английском языке («Область», «Аудан», «Rural okrug», «ФИО акима», «КАТО», «В должности с», …); остальные указываются в файле сопоставления. Районы и округа, которых ещё нет в конкурсе, создаются; участник, уже зарегистрированный в округе, не изменяется, поэтому повторный импорт того же файла ничего не добавляет.
Каждая строка с ошибкой (пустое имя, неизвестная область, неверная дата, округ, у которого уже есть другой участник, …) выводится с номером строки и столбцом, и ничего не записывается: код завершения 2, как и для файла, который не удаётся прочитать.</translation>
    </message>
    <message>
        <source>A JSON file naming the sheet, the header row or the role of columns the labels do not make clear.</source>
        <translation>Файл JSON, в котором указаны лист, строка заголовка или назначение столбцов, не ясное из их названий.</translation>
    </message>
    <message>
        <source>The sheet to import (default: the first).</source>
        <translation>Импортируемый лист (по умолчанию — первый).</translation>
    </message>
    <message>
        <source>Show what would be imported, and write nothing.</source>
        <translation>Показать, что будет импортировано, ничего не записывая.</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Файл конкурса.</translation>
    </message>
    <message>
        <source>The registry spreadsheet.</source>
        <translation>Таблица реестра.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: header in row %3; columns: %4.</source>
        <translation>%1, лист «%2»: заголовок в строке %3; столбцы: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems; nothing was imported.</source>
        <translation>
            <numerusform>%n строка с ошибками; ничего не импортировано.</numerusform>
            <numerusform>%n строки с ошибками; ничего не импортировано.</numerusform>
            <numerusform>%n строк с ошибками; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный прогон: ничего не записано.</translation>
    </message>
    <message>
        <source>%1 added, %2 already present</source>
        <translation>добавлено: %1, уже есть: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n district(s)</source>
        <translation>
            <numerusform>Создано: %n район</numerusform>
            <numerusform>Создано: %n района</numerusform>
            <numerusform>Создано: %n районов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n okrug(s).</source>
        <translation>
            <numerusform>, %n сельский округ.</numerusform>
            <numerusform>, %n сельских округа.</numerusform>
            <numerusform>, %n сельских округов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSurveyCommand</name>
    <message>
        <source>%1: cannot read the mapping: %2</source>
        <translation>%1: не удаётся прочитать сопоставление столбцов: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3).</source>
        <translation>%1: это не объект JSON (%2 в позиции %3).</translation>
    </message>
    <message>
        <source>sheets: %1</source>
        <translation>листы: %1</translation>
    </message>
    <message>
        <source>%1: no header row with data below it was found.</source>
        <translation>%1: не найдена строка заголовка, под которой есть данные.</translation>
    </message>
    <message>
        <source>Using the saved mapping &quot;%1&quot;.</source>
        <translation>Используется сохранённое сопоставление «%1».</translation>
    </message>
    <message>
        <source>%1: the columns cannot all be recognised; give a mapping with --mapping M.json.</source>
        <translation>%1: не все столбцы удаётся распознать; укажите сопоставление: --mapping M.json.</translation>
    </message>
    <message>
        <source>  column %1 could be: %2</source>
        <translation>  столбец %1 может быть: %2</translation>
    </message>
    <message>
        <source>  column %1 holds answers but names no criterion</source>
        <translation>  столбец %1 содержит ответы, но не указывает критерий</translation>
    </message>
    <message>
        <source>%1: read %2, imported %3, rejected %4, duplicates %5, unmatched %6.</source>
        <translation>%1: прочитано %2, импортировано %3, отклонено %4, дубликатов %5, не сопоставлено %6.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный прогон: ничего не записано.</translation>
    </message>
    <message>
        <source>Nothing new to import: the contest file is unchanged.</source>
        <translation>Нового для импорта нет: файл конкурса не изменён.</translation>
    </message>
    <message numerus="yes">
        <source>Places that match no nominee (%n spelling(s)):</source>
        <translation>
            <numerusform>Населённые пункты, не соответствующие ни одному участнику (%n написание):</numerusform>
            <numerusform>Населённые пункты, не соответствующие ни одному участнику (%n написания):</numerusform>
            <numerusform>Населённые пункты, не соответствующие ни одному участнику (%n написаний):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 × &quot;%2&quot;</source>
        <translation>  %1 × «%2»</translation>
    </message>
    <message>
        <source>fits several: %1</source>
        <translation>подходит нескольким: %1</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more spelling(s).</source>
        <translation>
            <numerusform>  … и ещё %n написание.</numerusform>
            <numerusform>  … и ещё %n написания.</numerusform>
            <numerusform>  … и ещё %n написаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Отклонённые строки:</translation>
    </message>
    <message>
        <source>  row %1, column %2: %3</source>
        <translation>  строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … и ещё %n.</numerusform>
            <numerusform>  … и ещё %n.</numerusform>
            <numerusform>  … и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 imported, %3 duplicates</source>
        <translation>  %1: импортировано %2, дубликатов %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Imports the citizens&apos; questionnaire (population) or the Ethics Commissioner&apos;s anonymous questionnaire (ethics) from a CSV, XLSX, ODS or XLS export into the contest FILE, in one transaction. Without --mapping the columns are recognised by their headers (or by a mapping saved for this layout) where that is unambiguous; otherwise the command stops and names the columns that need a mapping. Rows whose place matches no nominee are rejected; a mapping file may carry &quot;resolutions&quot; for such spellings, which are then remembered. Repeated rows are skipped. Prints rows read, imported, rejected, duplicates and unmatched.</source>
        <translation>Импортирует анкету опроса населения (population) или анонимную анкету уполномоченного по этике (ethics) из выгрузки CSV, XLSX, ODS или XLS в файл конкурса FILE одной транзакцией. Без --mapping столбцы распознаются по заголовкам (или по сопоставлению, сохранённому для такой структуры), если это однозначно; иначе команда останавливается и называет столбцы, для которых нужно сопоставление. Строки, населённый пункт которых не соответствует ни одному участнику, отклоняются; файл сопоставления может содержать «resolutions» (решения) для таких написаний, которые затем запоминаются. Повторяющиеся строки пропускаются. Выводит число прочитанных, импортированных, отклонённых строк, дубликатов и несопоставленных строк.</translation>
    </message>
    <message>
        <source>population (default) or ethics.</source>
        <translation>population (по умолчанию) или ethics.</translation>
    </message>
    <message>
        <source>A JSON column mapping (see the documentation).</source>
        <translation>Сопоставление столбцов в формате JSON (см. документацию).</translation>
    </message>
    <message>
        <source>Do everything but write to the contest file.</source>
        <translation>Выполнить всё, кроме записи в файл конкурса.</translation>
    </message>
    <message>
        <source>Write the rejected rows, with a reason column, to this CSV file.</source>
        <translation>Записать отклонённые строки со столбцом причины в этот файл CSV.</translation>
    </message>
    <message>
        <source>The sheet to import (default: the first).</source>
        <translation>Импортируемый лист (по умолчанию — первый).</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Файл конкурса.</translation>
    </message>
    <message>
        <source>The spreadsheet with the responses.</source>
        <translation>Таблица с ответами.</translation>
    </message>
    <message>
        <source>--kind must be population or ethics, not &quot;%1&quot;.</source>
        <translation>--kind должен быть population или ethics, а не «%1».</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: файл не найден.</translation>
    </message>
    <message>
        <source>--kind %1 contradicts the mapping&apos;s kind %2.</source>
        <translation>--kind %1 противоречит виду %2, указанному в сопоставлении.</translation>
    </message>
    <message>
        <source>%1 is the contest file itself, not a survey export.</source>
        <translation>%1 — это сам файл конкурса, а не выгрузка опроса.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Prints what a contest file holds. The file is opened read-only.</source>
        <translation>Выводит содержимое файла конкурса. Файл открывается только для чтения.</translation>
    </message>
    <message>
        <source>Print one JSON object (the keys of the command-line contract).</source>
        <translation>Вывести один объект JSON (ключи — по контракту командной строки).</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Файл конкурса.</translation>
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
        <translation>Областей: %1</translation>
    </message>
    <message>
        <source>Districts: %1</source>
        <translation>Районов: %1</translation>
    </message>
    <message>
        <source>Rural okrugs: %1</source>
        <translation>Сельских округов: %1</translation>
    </message>
    <message>
        <source>Nominees: %1</source>
        <translation>Участников: %1</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Критериев: %1</translation>
    </message>
    <message>
        <source>Commissions: %1, members: %2</source>
        <translation>Комиссий: %1, членов комиссий: %2</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>Оценок: %1</translation>
    </message>
    <message>
        <source>Survey responses: %1, ethics responses: %2, imports: %3</source>
        <translation>Ответов на опрос населения: %1, ответов по этике: %2, импортов: %3</translation>
    </message>
    <message>
        <source>Audit log entries: %1</source>
        <translation>Записей в журнале изменений: %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Describes a spreadsheet (CSV, XLSX, ODS or XLS; the format is recognised from the content, not the extension) as the import wizard reads it, without a contest file: its format, encoding and delimiter (CSV), sheets, the header rows it guesses (0-based), the column names, the number of data rows below the header and the first five of them. Blank rows are neither counted nor shown. Numbers and dates in XLSX, ODS and XLS cells are JSON numbers and ISO 8601 text; CSV cells are the text of the file, since the import mapping decides what a CSV column holds.
Only JSON output is defined, so --json is required (without it the command stops with exit status 1). Warnings, such as an encoding without Kazakh letters, go to standard error. Exit status 2 when the file cannot be read.</source>
        <translation>Описывает таблицу (CSV, XLSX, ODS или XLS; формат определяется по содержимому, а не по расширению) так, как её читает мастер импорта, без файла конкурса: формат, кодировку и разделитель (CSV), листы, предполагаемые строки заголовка (нумерация с 0), названия столбцов, число строк данных под заголовком и первые пять из них. Пустые строки не учитываются и не выводятся. Числа и даты в ячейках XLSX, ODS и XLS выводятся как числа JSON и текст ISO 8601; ячейки CSV — как текст файла, поскольку содержимое столбца CSV определяется сопоставлением при импорте.
Определён только вывод в формате JSON, поэтому --json обязателен (без него команда завершается с кодом 1). Предупреждения, например о кодировке без казахских букв, выводятся в стандартный поток ошибок. Если файл не удаётся прочитать, код завершения — 2.</translation>
    </message>
    <message>
        <source>The sheet to describe (default: the first).</source>
        <translation>Описываемый лист (по умолчанию — первый).</translation>
    </message>
    <message>
        <source>CSV: read the file in this encoding (e.g. UTF-8, windows-1251, IBM866) instead of detecting it.</source>
        <translation>CSV: читать файл в этой кодировке (например, UTF-8, windows-1251, IBM866), не определяя её автоматически.</translation>
    </message>
    <message>
        <source>CSV: the field delimiter, one character or &quot;tab&quot;, instead of detecting it.</source>
        <translation>CSV: разделитель полей (один символ или «tab») вместо автоматического определения.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>The spreadsheet file.</source>
        <translation>Файл таблицы.</translation>
    </message>
    <message>
        <source>only JSON output is defined; add --json.</source>
        <translation>определён только вывод в формате JSON; добавьте --json.</translation>
    </message>
    <message>
        <source>--delimiter needs one character or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>Для --delimiter нужен один символ или «tab», а не «%1».</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; known: %2.</source>
        <translation>неизвестная кодировка «%1»; известные: %2.</translation>
    </message>
    <message>
        <source>sheets: %1</source>
        <translation>листы: %1</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>The contest file is not open.</source>
        <translation>Файл конкурса не открыт.</translation>
    </message>
    <message>
        <source>Audit log cannot be read: %1</source>
        <translation>Не удаётся прочитать журнал изменений: %1</translation>
    </message>
    <message>
        <source>Survey totals cannot be checked: %1</source>
        <translation>Не удаётся проверить итоги опросов: %1</translation>
    </message>
    <message>
        <source>Survey totals (table survey_aggregate) for nominee %1, criterion %2: stored n = %3, sum = %4; the answers give n = %5, sum = %6.</source>
        <translation>Итоги опроса (таблица survey_aggregate) для участника %1, критерий %2: сохранено n = %3, сумма = %4; по ответам n = %5, сумма = %6.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more survey total(s) that do not match the answers.</source>
        <translation>
            <numerusform>… и ещё %n итог опроса, не совпадающий с ответами.</numerusform>
            <numerusform>… и ещё %n итога опроса, не совпадающих с ответами.</numerusform>
            <numerusform>… и ещё %n итогов опроса, не совпадающих с ответами.</numerusform>
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
        <translation>&amp;Создать конкурс…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Add Nominee…</source>
        <translation>&amp;Добавить участника…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Akim Contest</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>Import &amp;Registry…</source>
        <translation>Импорт &amp;реестра…</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>&amp;Импорт опроса населения…</translation>
    </message>
    <message>
        <source>Import &amp;Ethics Questionnaire…</source>
        <translation>Импорт анкеты по &amp;этике…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>&amp;Change My Password…</source>
        <translation>&amp;Сменить мой пароль…</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Protocols and Reports…</source>
        <translation>&amp;Протоколы и отчёты…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF a protocol, a score card, the import report or blank ballots</source>
        <translation>Просмотр, печать или сохранение в PDF протокола, карты оценки, отчёта об импорте или бланков оценочных листов</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Creates an empty contest file: the regions, one commission per region and the republican one, and the criteria and methodology of a template.</source>
        <translation>Создаёт пустой файл конкурса: области, по одной комиссии на область и республиканскую комиссию, а также критерии и методику из шаблона.</translation>
    </message>
    <message>
        <source>The methodology template (default %1). Templates: %2.</source>
        <translation>Шаблон методики (по умолчанию %1). Шаблоны: %2.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The contest file to create (suggested extension .akc). It must not exist yet, or be empty.</source>
        <translation>Создаваемый файл конкурса (рекомендуемое расширение .akc). Он не должен существовать или должен быть пустым.</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;. Templates: %2.</source>
        <translation>Шаблона «%1» нет. Доступные шаблоны: %2.</translation>
    </message>
    <message>
        <source>Created %1 from the template %2: %3 regions, %4 commissions, %5 criteria.</source>
        <translation>Файл %1 создан по шаблону %2: областей — %3, комиссий — %4, критериев — %5.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Шаг вн&amp;из</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Перейти к:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Типы файлов:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Найти каталог</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Места и закладки</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Недавние документы</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» защищён от записи.
Действительно удалить?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Не удалось удалить каталог.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
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
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>От&amp;мена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметры &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметры &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Печать в файл (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локальный файл</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Запись файла PDF</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Все страницы</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Нечётные</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Чётные</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 ― это каталог.
Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 недоступен для записи.
Выберите другое имя файла.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Просмотр печати</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>На всю страницу</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Первая страница</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Показать одну страницу</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Показать титульные страницы</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Показать обзор всех страниц</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Параметры страницы</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Параметры страницы</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Копии</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Количество копий:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Разобрать по копиям</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Обратный порядок</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Диапазон печати</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Настройки вывода</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Режим цвета</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Оттенки серого</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Двусторонняя печать</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Переплёт по длинной стороне</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Переплёт по короткой стороне</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Список страниц:</translation>
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
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>С&amp;войства</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Расположение:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Вывод в &amp;файл:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
</context>
<context>
    <name>RankCommand</name>
    <message>
        <source>regional (stage I) or national (stage II).</source>
        <translation>regional (I этап) или national (II этап).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>Only this region (stage I): its name in Russian or Kazakh, or its KATO code.</source>
        <translation>Только эта область (I этап): её название на русском или казахском языке либо код КАТО.</translation>
    </message>
    <message>
        <source>NAME|CODE</source>
        <translation>NAME|CODE</translation>
    </message>
    <message>
        <source>csv (default: one row per nominee) or json (everything needed to recompute every total and place).</source>
        <translation>csv (по умолчанию: одна строка на участника) или json (все данные, необходимые для пересчёта каждого итогового балла и места).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Файл конкурса.</translation>
    </message>
    <message>
        <source>--stage must be regional or national.</source>
        <translation>Значение --stage должно быть regional или national.</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>Значение --format должно быть csv или json.</translation>
    </message>
    <message>
        <source>--region applies to the regional stage only.</source>
        <translation>Параметр --region применяется только к областному этапу.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Методику конкурса невозможно применить: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Ranks the nominees of a stage under the contest&apos;s methodology. The file is opened read-only; the ranking is always computed, never typed in by hand.</source>
        <translation>Составляет рейтинг участников этапа по методике конкурса. Файл открывается только для чтения; рейтинг всегда рассчитывается программой и никогда не вводится вручную.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Prints the protocol of a commission&apos;s meeting to PDF: stage I of one region, or stage II. With --stage regional and no --region, --out names a folder and every region&apos;s protocol is written into it. The file is opened read-only.</source>
        <translation>Печатает протокол заседания комиссии в PDF: I этап одной области или II этап. С --stage regional без --region параметр --out задаёт папку, и в неё записываются протоколы всех областей. Файл открывается только для чтения.</translation>
    </message>
    <message>
        <source>regional (stage I) or national (stage II).</source>
        <translation>regional (I этап) или national (II этап).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>The region (stage I): its name in Russian or Kazakh, or its KATO code.</source>
        <translation>Область (I этап): её название на русском или казахском языке или код КАТО.</translation>
    </message>
    <message>
        <source>NAME|CODE</source>
        <translation>NAME|CODE</translation>
    </message>
    <message>
        <source>The protocol&apos;s language: ru (default) or kk; en for a preview.</source>
        <translation>Язык протокола: ru (по умолчанию) или kk; en — для предварительного просмотра.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Файл PDF для записи.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>Файл конкурса.</translation>
    </message>
    <message>
        <source>--stage must be regional or national.</source>
        <translation>Значение --stage должно быть regional или national.</translation>
    </message>
    <message>
        <source>--region applies to the regional stage only.</source>
        <translation>Параметр --region применяется только к областному этапу.</translation>
    </message>
    <message>
        <source>--lang must be ru, kk or en.</source>
        <translation>--lang должен быть ru, kk или en.</translation>
    </message>
    <message>
        <source>--out is required: the PDF to write.</source>
        <translation>Нужен параметр --out: файл PDF для записи.</translation>
    </message>
    <message>
        <source>--stage regional needs --region, or --out naming an existing folder for every region&apos;s protocol.</source>
        <translation>Для --stage regional нужен --region или --out с существующей папкой для протоколов всех областей.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>Записан %1: %n страница.</numerusform>
            <numerusform>Записан %1: %n страницы.</numerusform>
            <numerusform>Записан %1: %n страниц.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::AccountActions</name>
    <message>
        <source>Demo contest: sign in as “secretary” or “chair”, or as a member (“member1”, …), with the password “demo”.</source>
        <translation>Демонстрационный конкурс: войдите как «secretary» или «chair» либо как член комиссии («member1», …) с паролем «demo».</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>The new password of %1.</source>
        <translation>Новый пароль для %1.</translation>
    </message>
    <message>
        <source>The password is changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Вход: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in: viewing only</source>
        <translation>Вход не выполнен: только просмотр</translation>
    </message>
    <message>
        <source>Account → Sign In to make changes.</source>
        <translation>Чтобы вносить изменения: Учётная запись → Войти.</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Без защиты</translation>
    </message>
    <message>
        <source>The contest has no accounts yet: anyone who opens the file can change it. Account → Manage Accounts creates the secretary&apos;s account.</source>
        <translation>У конкурса ещё нет учётных записей: любой, кто откроет файл, может его изменить. Учётная запись → Учётные записи создаёт учётную запись секретаря.</translation>
    </message>
</context>
<context>
    <name>akim::AccountDialog</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>The Secretary&apos;s Account</source>
        <translation>Учётная запись секретаря</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Scores as:</source>
        <translation>&amp;Оценивает как:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>Any commission (not a member)</source>
        <translation>Любая комиссия (не член комиссии)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Protect the contest: create the secretary&apos;s account. From now on the contest asks who is working on it; the secretary then creates the chair&apos;s and the members&apos; accounts (Account → Manage Accounts).</source>
        <translation>Защитите конкурс: создайте учётную запись секретаря. После этого программа будет спрашивать, кто работает с конкурсом; затем секретарь создаёт учётные записи председателя и членов комиссии (Учётная запись → Учётные записи).</translation>
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
        <translation>Действует</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Scores as</source>
        <translation>Оценивает как</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>akim::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to its owner, who can change it under Account → Change My Password.</source>
        <translation>Новый пароль для %1. Сообщите его владельцу — он сможет сменить его: Учётная запись → Сменить мой пароль.</translation>
    </message>
    <message>
        <source>No accounts yet, so anyone who opens this file may change it. Add the secretary&apos;s account first with Add…: from then on everyone signs in.</source>
        <translation>Учётных записей пока нет, поэтому любой, кто откроет этот файл, может его изменить. Сначала добавьте учётную запись секретаря кнопкой «Добавить…»: после этого все входят под своим именем.</translation>
    </message>
</context>
<context>
    <name>akim::AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>Присутствовал(а)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствовал(а)</translation>
    </message>
    <message>
        <source>Only an absent member has a reason to record.</source>
        <translation>Причина указывается только для отсутствовавшего члена комиссии.</translation>
    </message>
    <message>
        <source>Why %1 was absent, as the protocol is to print it (e.g. on leave, ill).</source>
        <translation>Причина отсутствия (%1) в том виде, в каком она будет напечатана в протоколе (например: в отпуске, болеет).</translation>
    </message>
    <message>
        <source>Untick if %1 did not attend the meeting.</source>
        <translation>Снимите отметку, если %1 не присутствовал(а) на заседании.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Причина отсутствия</translation>
    </message>
</context>
<context>
    <name>akim::AuditPage</name>
    <message>
        <source>Every change to this contest as it was saved: who, when, what, the old and the new value. Entries cannot be edited; each one&apos;s hash covers the one before it, so a change made outside the program breaks the chain.</source>
        <translation>Каждое изменение конкурса в момент сохранения: кто, когда, что, старое и новое значение. Записи нельзя изменить; хеш каждой охватывает предыдущую, поэтому изменение в обход программы нарушает цепочку.</translation>
    </message>
    <message>
        <source>Search user, action, object, values, reason…</source>
        <translation>Поиск по пользователю, действию, объекту, значениям, причине…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Начиная с</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Вплоть до</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Хеш:</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>Предыдущий хеш:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Цепочка:</translation>
    </message>
    <message>
        <source>Select an entry to see its old and new values in full, and its hashes.</source>
        <translation>Выберите запись, чтобы увидеть её старое и новое значения полностью и её хеши.</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Старое значение</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n записи</numerusform>
            <numerusform>Показано %1 из %n записей</numerusform>
            <numerusform>Показано %1 из %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Журнал аудита не читается: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), chain verified</source>
        <translation>
            <numerusform>%n запись, цепочка проверена</numerusform>
            <numerusform>%n записи, цепочка проверена</numerusform>
            <numerusform>%n записей, цепочка проверена</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry&apos;s SHA-256 hash covers its fields and the hash of the entry before it; none was changed, removed or inserted outside the program.</source>
        <translation>SHA-256-хеш каждой записи охватывает её поля и хеш предыдущей записи; ни одна не изменена, не удалена и не вставлена в обход программы.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), chain broken at entry #%1</source>
        <translation>
            <numerusform>%n запись, цепочка нарушена на записи №%1</numerusform>
            <numerusform>%n записи, цепочка нарушена на записи №%1</numerusform>
            <numerusform>%n записей, цепочка нарушена на записи №%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) where the chain breaks are marked in red.</source>
        <translation>
            <numerusform>%n запись, где цепочка нарушена, выделена красным.</numerusform>
            <numerusform>%n записи, где цепочка нарушена, выделены красным.</numerusform>
            <numerusform>%n записей, где цепочка нарушена, выделены красным.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1, %2 (%3 UTC)</source>
        <translation>№%1, %2 (%3 UTC)</translation>
    </message>
    <message>
        <source>Holds here: the hash matches the entry and the one before it.</source>
        <translation>Здесь не нарушена: хеш соответствует записи и предыдущей записи.</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Поиск в журнале аудита</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата с</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата по</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>No entries yet. Every change to the contest is recorded here as it is saved: adding a nominee, an import, a score.</source>
        <translation>Записей пока нет. Каждое изменение конкурса записывается сюда при сохранении: добавление участника, импорт, оценка.</translation>
    </message>
    <message>
        <source>No entry matches the search and the filters above. Clear them to see the whole log.</source>
        <translation>Нет записей, соответствующих поиску и фильтрам выше. Сбросьте их, чтобы увидеть весь журнал.</translation>
    </message>
    <message>
        <source>Clear &amp;the Filters</source>
        <translation>Сб&amp;росить фильтры</translation>
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
        <translation>Запись %1, сделана %2 (UTC)</translation>
    </message>
    <message>
        <source>… (the whole value is in the details below the table)</source>
        <translation>… (полное значение — в подробностях под таблицей)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Старое значение</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>When the change was saved, in this computer&apos;s time zone</source>
        <translation>Когда изменение сохранено, по часовому поясу этого компьютера</translation>
    </message>
    <message>
        <source>Before the change: for an edit, only the fields that changed</source>
        <translation>До изменения: при правке — только изменённые поля</translation>
    </message>
    <message>
        <source>After the change: for an edit, only the fields that changed</source>
        <translation>После изменения: при правке — только изменённые поля</translation>
    </message>
    <message>
        <source>The hash chain is broken at entry %1: entries %2 to %3 before it are missing.</source>
        <translation>Цепочка хешей нарушена на записи %1: перед ней отсутствуют записи с %2 по %3.</translation>
    </message>
    <message>
        <source>The hash chain is broken at entry %1: it does not follow the entry before it (an entry was inserted, removed or replaced).</source>
        <translation>Цепочка хешей нарушена на записи %1: она не продолжает предыдущую (запись вставлена, удалена или заменена).</translation>
    </message>
    <message>
        <source>The hash chain is broken at entry %1: it was changed after it was written.</source>
        <translation>Цепочка хешей нарушена на записи %1: запись изменена после сохранения.</translation>
    </message>
</context>
<context>
    <name>akim::BallotModel</name>
    <message>
        <source>%1: from %2 points, up to two decimals</source>
        <translation>%1: от %2 баллов, не более двух знаков после запятой</translation>
    </message>
    <message>
        <source>The sum of the points entered for %1</source>
        <translation>Сумма баллов, выставленных для %1</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>самоотвод</translation>
    </message>
    <message>
        <source>Conflict of interest declared: the cell is locked as recused.</source>
        <translation>Заявлен конфликт интересов: ячейка закрыта как самоотвод.</translation>
    </message>
    <message>
        <source>Abstained: not counted, never a zero.</source>
        <translation>Воздержался: не учитывается и никогда не считается нулём.</translation>
    </message>
    <message>
        <source>Recused (conflict of interest): not counted, never a zero.</source>
        <translation>Самоотвод (конфликт интересов): не учитывается и никогда не считается нулём.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a number; type %4 points.</source>
        <translation>%1, %2: «%3» — не число; введите %4 баллов.</translation>
    </message>
    <message>
        <source>Score the cell first: a comment goes with points, an abstention or a recusal.</source>
        <translation>Сначала заполните ячейку: комментарий относится к баллам, воздержанию или самоотводу.</translation>
    </message>
</context>
<context>
    <name>akim::BallotPackage</name>
    <message>
        <source>The file is not a ballot package.</source>
        <translation>Файл не является пакетом оценочного листа.</translation>
    </message>
</context>
<context>
    <name>akim::BallotPage</name>
    <message>
        <source>&amp;Ballot of:</source>
        <translation>Оц&amp;еночный лист:</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>Сд&amp;ать…</translation>
    </message>
    <message>
        <source>Lock the ballot once every cell is scored; only the secretary can reopen it.</source>
        <translation>Закрыть оценочный лист, когда заполнены все ячейки; открыть его снова может только секретарь.</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Открыть с&amp;нова…</translation>
    </message>
    <message>
        <source>Open a submitted ballot again, giving the reason.</source>
        <translation>Снова открыть сданный оценочный лист, указав причину.</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Воздержаться</translation>
    </message>
    <message>
        <source>Recused (conflict of interest)</source>
        <translation>Самоотвод (конфликт интересов)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Clear the cell</source>
        <translation>Очистить ячейку</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <source>Why this score (optional); Enter saves it</source>
        <translation>Почему такая оценка (необязательно); Enter сохраняет</translation>
    </message>
    <message>
        <source>Type the points and press Enter or Tab to go to the next cell; Esc reverts the cell being typed. %1 abstains, %2 marks a conflict of interest, %3 clears the cell, %4 edits the comment. Every cell is saved as soon as it is entered.</source>
        <translation>Введите баллы и нажмите Enter или Tab, чтобы перейти к следующей ячейке; Esc отменяет ввод в ячейке. %1 — воздержаться, %2 — конфликт интересов, %3 — очистить ячейку, %4 — комментарий. Каждая ячейка сохраняется сразу после ввода.</translation>
    </message>
    <message>
        <source>conflict of interest declared: recused</source>
        <translation>заявлен конфликт интересов: самоотвод</translation>
    </message>
    <message>
        <source>Submit the Ballot</source>
        <translation>Сдать оценочный лист</translation>
    </message>
    <message>
        <source>Submit the ballot of %1 (%2 of %3 cells scored)?</source>
        <translation>Сдать оценочный лист: %1 (заполнено %2 из %3 ячеек)?</translation>
    </message>
    <message>
        <source>A submitted ballot is locked; only the secretary can reopen it.</source>
        <translation>Сданный оценочный лист закрыт; открыть его снова может только секретарь.</translation>
    </message>
    <message>
        <source>Reopen the Ballot</source>
        <translation>Открыть оценочный лист снова</translation>
    </message>
    <message>
        <source>Why is the ballot of %1 reopened? The reason is kept in the audit log.</source>
        <translation>Почему оценочный лист (%1) открывается снова? Причина сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>заполнено %1 из %2</translation>
    </message>
    <message>
        <source>Sign in as a commission member to score your ballot, or as the secretary to type a paper ballot.</source>
        <translation>Войдите как член комиссии, чтобы заполнить свой оценочный лист, или как секретарь, чтобы ввести бумажный.</translation>
    </message>
    <message>
        <source>Submitted %1 by %2.</source>
        <translation>Сдан %1, %2.</translation>
    </message>
    <message>
        <source>Open: every cell is saved as soon as it is entered.</source>
        <translation>Открыт: каждая ячейка сохраняется сразу после ввода.</translation>
    </message>
    <message>
        <source>Paper ballot, %1: every cell is saved in the entry as soon as it is entered. Compare the entries once both are typed.</source>
        <translation>Бумажный оценочный лист, %1: каждая ячейка сохраняется в этом вводе сразу после набора. Когда оба ввода будут набраны, сравните их.</translation>
    </message>
    <message>
        <source>entry 1</source>
        <translation>ввод 1</translation>
    </message>
    <message>
        <source>entry 2</source>
        <translation>ввод 2</translation>
    </message>
    <message>
        <source>Ballot: nominees by criteria</source>
        <translation>Оценочный лист: участники по критериям</translation>
    </message>
    <message>
        <source>No nominees in this commission&apos;s region yet, so there is nothing to score. Import the registry of applicants with File ▸ Import Registry…, or add nominees on the Nominees tab.</source>
        <translation>В области этой комиссии пока нет участников, оценивать некого. Импортируйте реестр заявителей: Файл ▸ Импорт реестра…, или добавьте участников на вкладке «Участники».</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Импорт &amp;реестра…</translation>
    </message>
    <message>
        <source>No ballot to show. Sign in as a member or the secretary (Account ▸ Sign In…), or add the commission&apos;s members on the Commissions tab: each member has a ballot.</source>
        <translation>Нет оценочного листа для показа. Войдите как член комиссии или секретарь (Учётная запись ▸ Войти…) или добавьте членов комиссии на вкладке «Комиссии»: у каждого члена свой оценочный лист.</translation>
    </message>
</context>
<context>
    <name>akim::BallotService</name>
    <message>
        <source>No contest file is open.</source>
        <translation>Файл конкурса не открыт.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>Файл конкурса открыт только для чтения.</translation>
    </message>
    <message>
        <source>The commission member no longer exists.</source>
        <translation>Члена комиссии больше нет.</translation>
    </message>
    <message>
        <source>%1 is the commission&apos;s secretary, who keeps the minutes and does not score.</source>
        <translation>%1 — секретарь комиссии: ведёт протокол и не выставляет оценки.</translation>
    </message>
    <message>
        <source>%1 may score only their own ballot, not the ballot of %2.</source>
        <translation>%1 может заполнять только свой оценочный лист, а не лист: %2.</translation>
    </message>
    <message>
        <source>The result of %1 is finalised; its ballots can no longer change.</source>
        <translation>Итоги (%1) завершены; оценочные листы больше не меняются.</translation>
    </message>
    <message>
        <source>The ballot of %1 is submitted; only the secretary can reopen it.</source>
        <translation>Оценочный лист (%1) сдан; открыть его снова может только секретарь.</translation>
    </message>
    <message>
        <source>The criterion is not on the ballot of %1: it scores the commission criteria of %2.</source>
        <translation>Этого критерия нет в оценочном листе (%1): в нём критерии комиссии: %2.</translation>
    </message>
    <message>
        <source>The nominee is not on the ballot of %1: a regional commission scores the active nominees of its region, the republican one those advancing to stage II.</source>
        <translation>Этого участника нет в оценочном листе (%1): областная комиссия оценивает действующих участников своей области, республиканская — прошедших во II этап.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2: the cell can only be &quot;recused&quot;.</source>
        <translation>%1 заявил(а) конфликт интересов с участником %2: в ячейке возможен только «самоотвод».</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>Комментарий длиннее %1 символов.</translation>
    </message>
    <message>
        <source>%1, %2: enter the points as a number, %3.</source>
        <translation>%1, %2: введите баллы числом, %3.</translation>
    </message>
    <message>
        <source>%1, %2: %3 is outside the allowed range %4 points.</source>
        <translation>%1, %2: %3 — вне допустимого диапазона %4 баллов.</translation>
    </message>
    <message>
        <source>%1, %2: points have at most two decimals (%3 was typed); the range is %4.</source>
        <translation>%1, %2: у баллов не более двух знаков после запятой (введено %3); диапазон %4.</translation>
    </message>
    <message>
        <source>The score was not saved: %1</source>
        <translation>Оценка не сохранена: %1</translation>
    </message>
    <message>
        <source>The score was not cleared: %1</source>
        <translation>Оценка не удалена: %1</translation>
    </message>
    <message>
        <source>The ballot of %1 has nothing to score yet: no nominees or no criteria.</source>
        <translation>В оценочном листе (%1) пока нечего оценивать: нет участников или критериев.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 cell(s) of the ballot of %2 are not scored yet. Enter the points, abstain or recuse in each before submitting.</source>
        <translation>
            <numerusform>Не заполнена %n из %1 ячеек оценочного листа (%2). Перед сдачей в каждой выставьте баллы, воздержитесь или заявите самоотвод.</numerusform>
            <numerusform>Не заполнены %n из %1 ячеек оценочного листа (%2). Перед сдачей в каждой выставьте баллы, воздержитесь или заявите самоотвод.</numerusform>
            <numerusform>Не заполнено %n из %1 ячеек оценочного листа (%2). Перед сдачей в каждой выставьте баллы, воздержитесь или заявите самоотвод.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ballot was not submitted: %1</source>
        <translation>Оценочный лист не сдан: %1</translation>
    </message>
    <message>
        <source>Give the reason for reopening the ballot; it is kept in the audit log.</source>
        <translation>Укажите причину, по которой оценочный лист открывается снова; она сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>The ballot of %1 is not submitted; there is nothing to reopen.</source>
        <translation>Оценочный лист (%1) не сдан; открывать нечего.</translation>
    </message>
    <message>
        <source>The ballot was not reopened: %1</source>
        <translation>Оценочный лист не открыт снова: %1</translation>
    </message>
    <message>
        <source>Paper ballots need double entry in this contest: type the ballot of %1 as entry 1 or entry 2, and accept it once both entries agree.</source>
        <translation>В этом конкурсе бумажные оценочные листы вводятся дважды: наберите оценочный лист (%1) как ввод 1 или ввод 2 и примите его, когда оба ввода совпадут.</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>воздержался(ась)</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>самоотвод</translation>
    </message>
</context>
<context>
    <name>akim::BlankBallotsDialog</name>
    <message>
        <source>Blank Ballots</source>
        <translation>Бланки оценочных листов</translation>
    </message>
    <message numerus="yes">
        <source>%1: one paper ballot for each voting member (%n ballot(s)), with the nominees and criteria filled in, as one PDF.</source>
        <translation>
            <numerusform>%1: бумажный оценочный лист для каждого голосующего члена комиссии (%n оценочный лист) с уже внесёнными участниками и критериями, в одном файле PDF.</numerusform>
            <numerusform>%1: бумажный оценочный лист для каждого голосующего члена комиссии (%n оценочных листа) с уже внесёнными участниками и критериями, в одном файле PDF.</numerusform>
            <numerusform>%1: бумажный оценочный лист для каждого голосующего члена комиссии (%n оценочных листов) с уже внесёнными участниками и критериями, в одном файле PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language of the ballots:</source>
        <translation>&amp;Язык оценочных листов:</translation>
    </message>
</context>
<context>
    <name>akim::CellChangeModel</name>
    <message>
        <source>Nominee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>In the contest file</source>
        <translation>В файле конкурса</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>В пакете</translation>
    </message>
</context>
<context>
    <name>akim::ChairDecisionDialog</name>
    <message>
        <source>Chair&apos;s decision</source>
        <translation>Решение председателя</translation>
    </message>
    <message numerus="yes">
        <source>These nominees are tied at the advancement cut. Tick the %n who advance, as the chair decided; the decision is recorded with the result and printed in the protocol.</source>
        <translation>
            <numerusform>У этих участников равенство баллов на проходной границе. Отметьте %n участника, который по решению председателя проходит во II этап; решение фиксируется вместе с результатом и печатается в протоколе.</numerusform>
            <numerusform>У этих участников равенство баллов на проходной границе. Отметьте %n участников, которые по решению председателя проходят во II этап; решение фиксируется вместе с результатом и печатается в протоколе.</numerusform>
            <numerusform>У этих участников равенство баллов на проходной границе. Отметьте %n участников, которые по решению председателя проходят во II этап; решение фиксируется вместе с результатом и печатается в протоколе.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tied nominees</source>
        <translation>Участники с равным результатом</translation>
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
            <numerusform>%n член</numerusform>
            <numerusform>%n члена</numerusform>
            <numerusform>%n членов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::CommissionsPage</name>
    <message>
        <source>Edit the selected member</source>
        <translation>Изменить данные выбранного члена комиссии</translation>
    </message>
    <message>
        <source>Delete the selected member</source>
        <translation>Удалить выбранного члена комиссии</translation>
    </message>
    <message>
        <source>Delete Member</source>
        <translation>Удаление члена комиссии</translation>
    </message>
    <message>
        <source>Remove %1 from the commission?</source>
        <translation>Исключить %1 из состава комиссии?</translation>
    </message>
    <message>
        <source>&amp;Blank Ballots…</source>
        <translation>&amp;Бланки оценочных листов…</translation>
    </message>
    <message>
        <source>Print a paper ballot for each voting member of this commission (PDF)</source>
        <translation>Напечатать бумажный оценочный лист для каждого голосующего члена этой комиссии (PDF)</translation>
    </message>
    <message>
        <source>Save Blank Ballots</source>
        <translation>Сохранение бланков оценочных листов</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the blank ballots</source>
        <translation>Запись бланков оценочных листов</translation>
    </message>
    <message>
        <source>Blank Ballots</source>
        <translation>Бланки оценочных листов</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) saved to %1. Open the file now?</source>
        <translation>
            <numerusform>%n оценочный лист сохранён в файл %1. Открыть файл сейчас?</numerusform>
            <numerusform>%n оценочных листа сохранены в файл %1. Открыть файл сейчас?</numerusform>
            <numerusform>%n оценочных листов сохранено в файл %1. Открыть файл сейчас?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <translation>Добавить &amp;члена комиссии…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Комиссии</translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation>Члены комиссии</translation>
    </message>
    <message>
        <source>No members yet. Add the chair, the deputy, the secretary and the members one by one with Add Member…: a commission usually has 5 to 11 people.</source>
        <translation>Членов комиссии пока нет. Добавьте председателя, заместителя, секретаря и членов комиссии по одному кнопкой «Добавить члена комиссии…»: обычно в комиссии от 5 до 11 человек.</translation>
    </message>
    <message>
        <source>A&amp;dd the First Member…</source>
        <translation>&amp;Добавить первого члена комиссии…</translation>
    </message>
    <message>
        <source>Choose a commission in the list on the left to see and add its members.</source>
        <translation>Выберите комиссию в списке слева, чтобы увидеть и добавить её членов.</translation>
    </message>
</context>
<context>
    <name>akim::ContestDocument</name>
    <message>
        <source>No contest file is open.</source>
        <translation>Файл конкурса не открыт.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>Файл конкурса открыт только для чтения.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Изменение не сохранено: %1</translation>
    </message>
    <message>
        <source>Enter the akim&apos;s full name.</source>
        <translation>Введите ФИО акима.</translation>
    </message>
    <message>
        <source>The full name is longer than 200 characters.</source>
        <translation>ФИО длиннее 200 символов.</translation>
    </message>
    <message>
        <source>&quot;In office since&quot; cannot be in the future.</source>
        <translation>Дата «В должности с» не может быть в будущем.</translation>
    </message>
    <message>
        <source>The chosen okrug no longer exists.</source>
        <translation>Выбранного сельского округа больше нет.</translation>
    </message>
    <message>
        <source>%1 already has a nominee: %2. A rural okrug has one nominee.</source>
        <translation>В округе «%1» уже есть участник: %2. От сельского округа участвует только один участник.</translation>
    </message>
    <message>
        <source>Choose the rural okrug, or type the name of a new one.</source>
        <translation>Выберите сельский округ или введите название нового.</translation>
    </message>
    <message>
        <source>A KATO code has 9 digits.</source>
        <translation>Код КАТО состоит из 9 цифр.</translation>
    </message>
    <message>
        <source>Choose the region.</source>
        <translation>Выберите область.</translation>
    </message>
    <message>
        <source>Choose the district, or type the name of a new one.</source>
        <translation>Выберите район или введите название нового.</translation>
    </message>
    <message>
        <source>The district already has an okrug named %1; choose it from the list.</source>
        <translation>В районе уже есть округ «%1»; выберите его из списка.</translation>
    </message>
    <message>
        <source>Add nominee %1</source>
        <translation>Добавление участника %1</translation>
    </message>
    <message>
        <source>The nominee no longer exists.</source>
        <translation>Такого участника больше нет.</translation>
    </message>
    <message>
        <source>Edit nominee %1</source>
        <translation>Изменение данных участника %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n score(s), survey response(s) or declared conflict(s) refer to this nominee. Set the status to &quot;withdrawn&quot; instead.</source>
        <translation>
            <numerusform>Участника %1 нельзя удалить: на него ссылается %n запись (оценки, ответы на опрос или заявленные конфликты интересов). Вместо удаления установите статус «снят(а) с конкурса».</numerusform>
            <numerusform>Участника %1 нельзя удалить: на него ссылаются %n записи (оценки, ответы на опрос или заявленные конфликты интересов). Вместо удаления установите статус «снят(а) с конкурса».</numerusform>
            <numerusform>Участника %1 нельзя удалить: на него ссылаются %n записей (оценки, ответы на опрос или заявленные конфликты интересов). Вместо удаления установите статус «снят(а) с конкурса».</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete nominee %1</source>
        <translation>Удаление участника %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n nominee(s)</source>
        <translation>
            <numerusform>Удаление %n участника</numerusform>
            <numerusform>Удаление %n участников</numerusform>
            <numerusform>Удаление %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a code for the criterion, e.g. K6.</source>
        <translation>Введите код критерия, например K6.</translation>
    </message>
    <message>
        <source>Enter the Russian title of the criterion.</source>
        <translation>Введите название критерия на русском языке.</translation>
    </message>
    <message>
        <source>Maximum points must be above 0 and at most 1000.</source>
        <translation>Максимальный балл должен быть больше 0 и не больше 1000.</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 100.</source>
        <translation>Вес должен быть от 0 до 100.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another criterion.</source>
        <translation>Код %1 уже используется другим критерием.</translation>
    </message>
    <message>
        <source>The stage is finalised; its criteria cannot change.</source>
        <translation>Этап завершён; его критерии изменить нельзя.</translation>
    </message>
    <message>
        <source>Add criterion %1</source>
        <translation>Добавление критерия %1</translation>
    </message>
    <message>
        <source>The criterion no longer exists.</source>
        <translation>Такого критерия больше нет.</translation>
    </message>
    <message>
        <source>Scores or answers already use %1; its stage and source cannot change.</source>
        <translation>Критерий %1 уже используется в оценках или ответах; его этап и источник изменить нельзя.</translation>
    </message>
    <message>
        <source>Edit criterion %1</source>
        <translation>Изменение критерия %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n score(s) or survey answer(s) use it.</source>
        <translation>
            <numerusform>Критерий %1 нельзя удалить: на него ссылается %n запись (оценки или ответы на опрос).</numerusform>
            <numerusform>Критерий %1 нельзя удалить: на него ссылаются %n записи (оценки или ответы на опрос).</numerusform>
            <numerusform>Критерий %1 нельзя удалить: на него ссылаются %n записей (оценки или ответы на опрос).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete criterion %1</source>
        <translation>Удаление критерия %1</translation>
    </message>
    <message>
        <source>Move criterion %1</source>
        <translation>Перемещение критерия %1</translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Введите ФИО члена комиссии.</translation>
    </message>
    <message>
        <source>Choose the commission.</source>
        <translation>Выберите комиссию.</translation>
    </message>
    <message>
        <source>The commission already has a chair: %1.</source>
        <translation>В комиссии уже есть председатель: %1.</translation>
    </message>
    <message>
        <source>The commission already has a secretary: %1.</source>
        <translation>В комиссии уже есть секретарь: %1.</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Добавление члена комиссии %1</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>Такого члена комиссии больше нет.</translation>
    </message>
    <message>
        <source>%1 has already scored; the member cannot move to another commission.</source>
        <translation>%1 уже выставил(а) оценки; перевести члена комиссии в другую комиссию нельзя.</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>Изменение данных члена комиссии %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: the member has %n score(s).</source>
        <translation>
            <numerusform>Члена комиссии %1 нельзя удалить: им выставлена %n оценка.</numerusform>
            <numerusform>Члена комиссии %1 нельзя удалить: им выставлены %n оценки.</numerusform>
            <numerusform>Члена комиссии %1 нельзя удалить: им выставлено %n оценок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete member %1</source>
        <translation>Удаление члена комиссии %1</translation>
    </message>
    <message>
        <source>A declared conflict names a nominee that no longer exists.</source>
        <translation>Заявленный конфликт интересов относится к участнику, которого больше нет.</translation>
    </message>
    <message>
        <source>Conflicts of interest of %1</source>
        <translation>Конфликт интересов: %1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the region&apos;s result is finalised.</source>
        <translation>Участника %1 нельзя удалить: I этап по области завершён.</translation>
    </message>
    <message>
        <source>The region&apos;s result is finalised; its nominees can no longer be added or changed.</source>
        <translation>I этап по этой области завершён: добавлять и изменять её участников больше нельзя.</translation>
    </message>
    <message>
        <source>A result is finalised: the methodology it was computed with is frozen.</source>
        <translation>Итоги этапа завершены: методика, по которой они рассчитаны, зафиксирована.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated; the secretary can activate it again.</source>
        <translation>Учётная запись %1 отключена; секретарь может включить её снова.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: an account signs in as this member. Deactivate the account instead.</source>
        <translation>%1 нельзя удалить: под этим членом комиссии входит учётная запись. Отключите учётную запись.</translation>
    </message>
</context>
<context>
    <name>akim::CriteriaPage</name>
    <message>
        <source>Move Criterion</source>
        <translation>Перемещение критерия</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Добавить критерий</translation>
    </message>
    <message>
        <source>Edit the selected criterion</source>
        <translation>Изменить выбранный критерий</translation>
    </message>
    <message>
        <source>Delete the selected criterion</source>
        <translation>Удалить выбранный критерий</translation>
    </message>
    <message>
        <source>Delete the criterion %1 (%2)?</source>
        <translation>Удалить критерий %1 (%2)?</translation>
    </message>
    <message>
        <source>Delete Criterion</source>
        <translation>Удаление критерия</translation>
    </message>
    <message>
        <source>The recommended default methodology; every value can be changed until scores exist. Drag a row, or use Move Up and Move Down, to change the order within its stage.</source>
        <translation>Рекомендуемая методика по умолчанию; любое значение можно изменить, пока нет оценок. Чтобы изменить порядок внутри этапа, перетащите строку или нажмите «Переместить вверх» / «Переместить вниз».</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>No criteria yet. Add the criteria of stage I and stage II with Add…: a code, the titles, the source of the points (commission, survey or ethics), the maximum and the weight.</source>
        <translation>Критериев пока нет. Добавьте критерии I и II этапов кнопкой «Добавить…»: код, названия, источник баллов (комиссия, опрос или этика), максимум и вес.</translation>
    </message>
    <message>
        <source>Add the First &amp;Criterion…</source>
        <translation>Добавить первый &amp;критерий…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move the selected criterion one place up within its stage (Ctrl+Up)</source>
        <translation>Переместить выбранный критерий на одну позицию вверх в пределах этапа (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Move the selected criterion one place down within its stage (Ctrl+Down)</source>
        <translation>Переместить выбранный критерий на одну позицию вниз в пределах этапа (Ctrl+Down)</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Уд&amp;алить</translation>
    </message>
</context>
<context>
    <name>akim::CriterionDialog</name>
    <message>
        <source>Edit Criterion</source>
        <translation>Изменение критерия</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Добавление критерия</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>e.g. K6</source>
        <translation>например, K6</translation>
    </message>
    <message>
        <source>Title in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>Title in &amp;Kazakh:</source>
        <translation>Название на ка&amp;захском:</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Maximum points:</source>
        <translation>&amp;Макс. балл:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Вес:</translation>
    </message>
</context>
<context>
    <name>akim::CriterionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Title (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Max points</source>
        <translation>Макс. балл</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Only criteria of this contest can be dropped here.</source>
        <translation>Сюда можно перетаскивать только критерии этого конкурса.</translation>
    </message>
    <message>
        <source>A criterion can only be moved within its own stage.</source>
        <translation>Критерий можно перемещать только в пределах своего этапа.</translation>
    </message>
</context>
<context>
    <name>akim::DoubleEntryService</name>
    <message>
        <source>A result of this contest is finalised, and how its paper ballots were entered is part of it: double entry can no longer be switched on or off.</source>
        <translation>Один из результатов этого конкурса завершён, и способ ввода бумажных оценочных листов входит в него: двойной ввод больше нельзя включить или выключить.</translation>
    </message>
    <message>
        <source>Double entry was not switched: %1</source>
        <translation>Режим двойного ввода не переключён: %1</translation>
    </message>
    <message>
        <source>not typed</source>
        <translation>не набран</translation>
    </message>
    <message>
        <source>entry 1</source>
        <translation>ввод 1</translation>
    </message>
    <message>
        <source>entry 2</source>
        <translation>ввод 2</translation>
    </message>
    <message>
        <source>No contest file is open.</source>
        <translation>Файл конкурса не открыт.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>Файл конкурса открыт только для чтения.</translation>
    </message>
    <message>
        <source>Sign in as a secretary to type paper ballots.</source>
        <translation>Войдите как секретарь, чтобы вводить бумажные оценочные листы.</translation>
    </message>
    <message>
        <source>You typed %1 of the ballot of %2 (as %3); %4 must be typed by another secretary, so that the two entries are independent.</source>
        <translation>Вы набрали оценочный лист (%2): %1 (как %3); %4 должен набрать другой секретарь, чтобы два ввода были независимыми.</translation>
    </message>
    <message>
        <source>Entry %1 of the ballot of %2 is typed by %3, and only they correct it. To settle a disagreement, compare the entries and take one entry&apos;s value, giving the reason.</source>
        <translation>Ввод %1 оценочного листа (%2) набрал(а) %3, и исправлять его может только он(а). Чтобы устранить расхождение, сравните вводы и возьмите значение одного из них, указав причину.</translation>
    </message>
    <message>
        <source>The cell was not saved: %1</source>
        <translation>Ячейка не сохранена: %1</translation>
    </message>
    <message>
        <source>The cell was not cleared: %1</source>
        <translation>Ячейка не очищена: %1</translation>
    </message>
    <message>
        <source>Give the reason for taking the value of %1; it is kept in the audit log.</source>
        <translation>Укажите причину, по которой берётся значение: %1; она сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>%1: only a cell typed in both entries can take one entry&apos;s value. Type the cell in %2 instead.</source>
        <translation>%1: значение одного ввода можно взять только для ячейки, набранной в обоих вводах. Вместо этого наберите ячейку (%2).</translation>
    </message>
    <message>
        <source>%1: both entries already agree.</source>
        <translation>%1: оба ввода уже совпадают.</translation>
    </message>
    <message>
        <source>The disagreement was not resolved: %1</source>
        <translation>Расхождение не устранено: %1</translation>
    </message>
    <message>
        <source>Give the reason for discarding %1; it is kept in the audit log.</source>
        <translation>Укажите причину аннулирования (%1); она сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>Entry %1 of the ballot of %2 has not been typed; there is nothing to discard.</source>
        <translation>Ввод %1 оценочного листа (%2) не набран; аннулировать нечего.</translation>
    </message>
    <message>
        <source>The entry was not discarded: %1</source>
        <translation>Ввод не аннулирован: %1</translation>
    </message>
    <message>
        <source>The paper ballot was not accepted: %1</source>
        <translation>Бумажный оценочный лист не принят: %1</translation>
    </message>
</context>
<context>
    <name>akim::GeographyTreeModel</name>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::GuideWindow</name>
    <message>
        <source>User Guide — Akim Contest</source>
        <translation>Руководство пользователя — Лучший сельский аким</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>The page shown before (%1)</source>
        <translation>Предыдущая страница (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>The next page (%1)</source>
        <translation>Следующая страница (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>The first page of the guide</source>
        <translation>Первая страница руководства</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Содержание руководства</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Страница руководства</translation>
    </message>
</context>
<context>
    <name>akim::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>The export of the questionnaire as it came from the website or the form: CSV, Excel (xlsx, xls) or OpenDocument (ods).</source>
        <translation>Выгрузка анкеты в том виде, в каком она получена с сайта или из формы: CSV, Excel (xlsx, xls) или OpenDocument (ods).</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Файл содержит:</translation>
    </message>
    <message>
        <source>the citizens&apos; survey (criteria of source “survey”)</source>
        <translation>опрос населения (критерии с источником «survey»)</translation>
    </message>
    <message>
        <source>the Ethics Commissioner&apos;s anonymous questionnaire (criteria of source “ethics”)</source>
        <translation>анонимная анкета уполномоченного по этике (критерии с источником «ethics»)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Path of the spreadsheet</source>
        <translation>Путь к таблице</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Or drop a spreadsheet here.</source>
        <translation>Или перетащите таблицу сюда.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Такого файла нет.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission).</source>
        <translation>Не удаётся прочитать файл (нет прав доступа).</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Таблицы (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the Export</source>
        <translation>Выбор выгрузки</translation>
    </message>
</context>
<context>
    <name>akim::ImportJobPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop; nothing is written to the contest</source>
        <translation>Остановить; в конкурс ничего не записывается</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>akim::ImportListModel</name>
    <message>
        <source>Ethics questionnaire</source>
        <translation>Анкета по этике</translation>
    </message>
    <message>
        <source>Citizens&apos; survey</source>
        <translation>Опрос населения</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Undone: its responses no longer count</source>
        <translation>Импорт отменён: его ответы больше не учитываются</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Дата импорта</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <source>Responses imported</source>
        <translation>Импортировано ответов</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Отклонено строк</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Пропущено дубликатов</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Кто импортировал</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Дата отмены</translation>
    </message>
    <message>
        <source>Rows of the sheet that were not blank</source>
        <translation>Непустые строки листа</translation>
    </message>
    <message>
        <source>Rows that became responses and count in the survey index</source>
        <translation>Строки, ставшие ответами и учитываемые в индексе опроса</translation>
    </message>
    <message>
        <source>Rows not imported: no matching nominee, or an answer outside the scale</source>
        <translation>Неимпортированные строки: нет подходящего участника или ответ вне шкалы</translation>
    </message>
    <message>
        <source>Rows identical to a row already imported (same time and answers)</source>
        <translation>Строки, совпадающие с уже импортированной строкой (то же время и те же ответы)</translation>
    </message>
    <message>
        <source>An undone import keeps its record, but its responses no longer count</source>
        <translation>Запись об отменённом импорте сохраняется, но его ответы больше не учитываются</translation>
    </message>
</context>
<context>
    <name>akim::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Say what each column holds. Respondent ids and free text are only read, never stored.</source>
        <translation>Укажите, что содержит каждый столбец. Идентификаторы респондентов и произвольный текст только читаются и не сохраняются.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation>Сохранить как &amp;профиль:</translation>
    </message>
    <message>
        <source>a name, to recognise files of this layout next time (optional)</source>
        <translation>имя, чтобы в следующий раз распознать файлы такой структуры (необязательно)</translation>
    </message>
    <message>
        <source>Question %1 — %2</source>
        <translation>Вопрос %1 — %2</translation>
    </message>
    <message>
        <source>The columns were set from the saved profile “%1”, which has the same headings.</source>
        <translation>Столбцы заданы по сохранённому профилю «%1», у которого те же заголовки.</translation>
    </message>
    <message>
        <source>Could be: %1</source>
        <translation>Возможно: %1</translation>
    </message>
    <message>
        <source>Its values look like answers: is it a question?</source>
        <translation>Значения похожи на ответы: это вопрос?</translation>
    </message>
    <message>
        <source>The columns were recognised from their headings. Check them before going on.</source>
        <translation>Столбцы распознаны по заголовкам. Проверьте их, прежде чем продолжить.</translation>
    </message>
    <message numerus="yes">
        <source>The columns were recognised from their headings; %n column(s) marked need your choice.</source>
        <translation>
            <numerusform>Столбцы распознаны по заголовкам; для %n отмеченного столбца нужно ваше решение.</numerusform>
            <numerusform>Столбцы распознаны по заголовкам; для %n отмеченных столбцов нужно ваше решение.</numerusform>
            <numerusform>Столбцы распознаны по заголовкам; для %n отмеченных столбцов нужно ваше решение.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Столбцы файла</translation>
    </message>
</context>
<context>
    <name>akim::ImportMatchPage</name>
    <message>
        <source>Places</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <source>Spellings of places that match no nominee, or several. Resolve each once: it is remembered for the next files.</source>
        <translation>Написания населённых пунктов, которые не соответствуют ни одному участнику или соответствуют нескольким. Решите каждое один раз: решение запоминается для следующих файлов.</translation>
    </message>
    <message>
        <source>Spelling in the file</source>
        <translation>Написание в файле</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Nominee:</source>
        <translation>&amp;Участник:</translation>
    </message>
    <message>
        <source>type to filter: okrug, district, name</source>
        <translation>введите для фильтра: округ, район, имя</translation>
    </message>
    <message>
        <source>&amp;Use for this spelling</source>
        <translation>&amp;Применить к этому написанию</translation>
    </message>
    <message>
        <source>&amp;Reject these rows</source>
        <translation>&amp;Отклонить эти строки</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Решение не принято</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;ещё раз</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Checking every row against the nominees (nothing is written)…</source>
        <translation>Проверка каждой строки по списку участников (ничего не записывается)…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Файл не удаётся импортировать: %1</translation>
    </message>
    <message>
        <source>First seen in row %1</source>
        <translation>Впервые встречается в строке %1</translation>
    </message>
    <message>
        <source>nominee %1 (no longer in the contest)</source>
        <translation>участник %1 (больше не участвует в конкурсе)</translation>
    </message>
    <message>
        <source>undecided: rows rejected</source>
        <translation>решение не принято: строки отклоняются</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>строки отклоняются</translation>
    </message>
    <message>
        <source>%1 rows read; every place spelling matches one nominee: nothing to resolve.</source>
        <translation>Прочитано строк: %1; каждое написание населённого пункта соответствует одному участнику — решать нечего.</translation>
    </message>
    <message>
        <source>%1 rows read; %2 name a place that matches no nominee, or several.</source>
        <translation>Прочитано строк: %1; в %2 из них указан населённый пункт, который не соответствует ни одному участнику или соответствует нескольким.</translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s) undecided: their %1 rows will be rejected.</source>
        <translation>
            <numerusform>%n написание без решения: его строки (%1) будут отклонены.</numerusform>
            <numerusform>%n написания без решения: их строки (%1) будут отклонены.</numerusform>
            <numerusform>%n написаний без решения: их строки (%1) будут отклонены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every spelling is decided.</source>
        <translation>Решения приняты по всем написаниям.</translation>
    </message>
    <message>
        <source>Places that match no nominee, or several</source>
        <translation>Места, которым не соответствует ни один участник или несколько</translation>
    </message>
</context>
<context>
    <name>akim::ImportScalePage</name>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>What each answer written as text counts as. Blank answers and “hard to say” are not counted: they are not zeros.</source>
        <translation>Чему соответствует каждый ответ, записанный текстом. Пустые ответы и «затрудняюсь ответить» не учитываются: это не нули.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Сколько раз</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Считается как</translation>
    </message>
    <message>
        <source>Reading the answers…</source>
        <translation>Чтение ответов…</translation>
    </message>
    <message>
        <source>Not a phrase of the scale: choose what it counts as, or its rows are rejected.</source>
        <translation>Такой формулировки нет в шкале: выберите, чему она соответствует, иначе её строки будут отклонены.</translation>
    </message>
    <message>
        <source>Not an answer: reject the row</source>
        <translation>Не ответ: отклонить строку</translation>
    </message>
    <message>
        <source>Yes (1)</source>
        <translation>Да (1)</translation>
    </message>
    <message>
        <source>No (0)</source>
        <translation>Нет (0)</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Не учитывается</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>%1 answers given as numbers 0 or 1.</source>
        <translation>Ответов, данных числами 0 или 1: %1.</translation>
    </message>
    <message>
        <source>%1 answers given as numbers %2–%3.</source>
        <translation>Ответов, данных числами %2–%3: %1.</translation>
    </message>
    <message>
        <source>%1 numbers outside the scale: their rows will be rejected.</source>
        <translation>Чисел вне шкалы: %1; их строки будут отклонены.</translation>
    </message>
    <message>
        <source>%1 blank answers (not counted).</source>
        <translation>Пустых ответов: %1 (не учитываются).</translation>
    </message>
    <message>
        <source>No answer is written as text: nothing to decide here.</source>
        <translation>Ни один ответ не записан текстом: здесь решать нечего.</translation>
    </message>
    <message>
        <source>%1 more distinct texts are not listed; they count as the scale reads them, or reject their rows.</source>
        <translation>Ещё %1 различных текстов не показаны; они учитываются так, как их читает шкала, иначе их строки отклоняются.</translation>
    </message>
    <message>
        <source>Answers written as text</source>
        <translation>Ответы, записанные текстом</translation>
    </message>
    <message>
        <source>Every answer in the file is a number on the scale: there is no text to map. Go on with Next.</source>
        <translation>Каждый ответ в файле — число по шкале: сопоставлять нечего. Нажмите «Далее».</translation>
    </message>
</context>
<context>
    <name>akim::ImportSheetPage</name>
    <message>
        <source>CSV text file</source>
        <translation>Текстовый файл CSV</translation>
    </message>
    <message>
        <source>Excel workbook (xlsx)</source>
        <translation>Книга Excel (xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (ods)</source>
        <translation>Таблица OpenDocument (ods)</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook (xls)</source>
        <translation>Книга Excel 97–2003 (xls)</translation>
    </message>
    <message>
        <source>Sheet and header</source>
        <translation>Лист и заголовок</translation>
    </message>
    <message>
        <source>Check that the text reads right and that the highlighted rows are the column headings.</source>
        <translation>Проверьте, что текст читается правильно и что выделенные строки — это заголовки столбцов.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>How the text file is read</source>
        <translation>Как читается текстовый файл</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Header starts at row:</source>
        <translation>&amp;Заголовок начинается со строки:</translation>
    </message>
    <message>
        <source>Header &amp;rows:</source>
        <translation>&amp;Строк в заголовке:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Чтение первых строк…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Лист пуст.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (определено)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Вертикальная черта |</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Просмотр листа</translation>
    </message>
    <message>
        <source>No rows to show: this sheet is empty. Choose another sheet above, or go Back and choose another file.</source>
        <translation>Нет строк для показа: этот лист пуст. Выберите другой лист выше или нажмите «Назад» и выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>akim::ImportSummaryPage</name>
    <message>
        <source>Check and import</source>
        <translation>Проверка и импорт</translation>
    </message>
    <message>
        <source>A dry run of the whole file: nothing has been written yet. Import writes everything in one step, or nothing.</source>
        <translation>Пробный прогон всего файла: пока ничего не записано. Импорт записывает всё за один шаг или не записывает ничего.</translation>
    </message>
    <message>
        <source>Responses per region:</source>
        <translation>Ответы по областям:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>К импорту</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV…</source>
        <translation>&amp;Сохранить отклонённые строки в CSV…</translation>
    </message>
    <message>
        <source>Checking the whole file (nothing is written)…</source>
        <translation>Проверка всего файла (ничего не записывается)…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. %1</source>
        <translation>Импорт не выполнен; ничего не записано. %1</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forward again to repeat it.</source>
        <translation>Проверка отменена. Чтобы повторить её, вернитесь назад и снова перейдите вперёд.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Файл не удаётся импортировать: %1</translation>
    </message>
    <message>
        <source>Ready: press Import to add %1 responses to the contest.</source>
        <translation>Всё готово: нажмите «Импортировать», чтобы добавить в конкурс ответы (%1).</translation>
    </message>
    <message>
        <source>Nothing to import: every row is rejected or already imported.</source>
        <translation>Импортировать нечего: все строки отклонены или уже импортированы.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Прочитано строк:</translation>
    </message>
    <message>
        <source>To import:</source>
        <translation>К импорту:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Отклонено:</translation>
    </message>
    <message>
        <source>Duplicates (skipped):</source>
        <translation>Дубликаты (пропущены):</translation>
    </message>
    <message>
        <source>Place not recognised:</source>
        <translation>Населённый пункт не распознан:</translation>
    </message>
    <message>
        <source>No row is rejected.</source>
        <translation>Отклонённых строк нет.</translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Отклонённые строки (первые %1 из %2):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Отклонённые строки:</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-отклонённые</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Сохранение отклонённых строк</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Responses per region</source>
        <translation>Ответы по областям</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>No row is rejected: every response of the file can be imported.</source>
        <translation>Отклонённых строк нет: все ответы файла можно импортировать.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Файл проверяется…</translation>
    </message>
</context>
<context>
    <name>akim::ImportWizard</name>
    <message>
        <source>Import Ethics Questionnaire</source>
        <translation>Импорт анкеты по этике</translation>
    </message>
    <message>
        <source>Import Survey</source>
        <translation>Импорт опроса населения</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>The mapping could not be saved as the profile “%1”: %2</source>
        <translation>Не удалось сохранить сопоставление столбцов как профиль «%1»: %2</translation>
    </message>
</context>
<context>
    <name>akim::ImportsPage</name>
    <message>
        <source>Every survey and ethics questionnaire import of this contest. Undoing one removes all its responses; it stays listed.</source>
        <translation>Все импорты опросов населения и анкет по этике в этом конкурсе. Отмена импорта удаляет все его ответы, но импорт остаётся в списке.</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>О&amp;тменить импорт…</translation>
    </message>
    <message>
        <source>Remove every response of the selected import</source>
        <translation>Удалить все ответы выбранного импорта</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? Its %3 responses are removed from the contest; the import stays listed as undone.</source>
        <translation>Отменить импорт %1 (%2)? Его ответы (%3) будут удалены из конкурса; импорт останется в списке как отменённый.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Отмена импорта…</translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>Импорт не отменён: %1</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Nothing imported yet. Import the citizens&apos; questionnaire export (File ▸ Import Survey…) and the Ethics Commissioner&apos;s questionnaire (File ▸ Import Ethics Questionnaire…).</source>
        <translation>Пока ничего не импортировано. Импортируйте выгрузку опроса населения (Файл ▸ Импорт опроса населения…) и анкету уполномоченного по этике (Файл ▸ Импорт анкеты по этике…).</translation>
    </message>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>&amp;Импорт опроса населения…</translation>
    </message>
</context>
<context>
    <name>akim::MainWindow</name>
    <message>
        <source>Akim Contest</source>
        <translation>Лучший сельский аким</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Комиссии</translation>
    </message>
    <message>
        <source>%1 — Akim Contest</source>
        <translation>%1 — Лучший сельский аким</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n критерий</numerusform>
            <numerusform>%n критерия</numerusform>
            <numerusform>%n критериев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commission member(s)</source>
        <translation>
            <numerusform>%n член комиссии</numerusform>
            <numerusform>%n члена комиссии</numerusform>
            <numerusform>%n членов комиссии</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <source>%1 no longer exists; it has been removed from the recent contests.</source>
        <translation>Файла %1 больше нет; он удалён из списка недавних конкурсов.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыт файл %1</translation>
    </message>
    <message>
        <source>New Contest</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <source>About Akim Contest</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Akim Contest %1

Nominees, commissions, scores, rankings and protocols for the republican contest «Best Rural Akim» («Үздік ауыл әкімі»).

The default methodology is a recommendation that each contest can change.</source>
        <translation>«Лучший сельский аким», версия %1

Участники, комиссии, оценки, рейтинги и протоколы республиканского конкурса «Лучший сельский аким» («Үздік ауыл әкімі»).

Методика по умолчанию носит рекомендательный характер: в каждом конкурсе её можно изменить.</translation>
    </message>
    <message>
        <source>Demo contest</source>
        <translation>Демонстрационный конкурс</translation>
    </message>
    <message>
        <source>The demo contest could not be created: %1</source>
        <translation>Не удалось создать демонстрационный конкурс: %1</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Imported %1 responses from %2 (%3 rejected, %4 duplicates).</source>
        <translation>Из %2 импортировано ответов: %1 (отклонено: %3, дубликатов: %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s) added from the registry.</source>
        <translation>
            <numerusform>Из реестра добавлен %n участник.</numerusform>
            <numerusform>Из реестра добавлено %n участника.</numerusform>
            <numerusform>Из реестра добавлено %n участников.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Рейтинги</translation>
    </message>
    <message>
        <source>Creating the demo contest</source>
        <translation>Создание демонстрационного конкурса</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Оценочный лист</translation>
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
        <translation>Реквизиты протокола</translation>
    </message>
    <message>
        <source>The meeting recorded in the protocol of: %1</source>
        <translation>Заседание, оформляемое протоколом: %1</translation>
    </message>
    <message>
        <source>Protocol &amp;number:</source>
        <translation>&amp;Номер протокола:</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>например, 3</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Дата заседания:</translation>
    </message>
    <message>
        <source>Untick to leave the date blank in the protocol.</source>
        <translation>Снимите отметку, чтобы оставить дату в протоколе незаполненной.</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Дата заседания</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>Place (&amp;Russian):</source>
        <translation>Место (на &amp;русском):</translation>
    </message>
    <message>
        <source>the city, e.g. Кызылорда</source>
        <translation>город, например Кызылорда</translation>
    </message>
    <message>
        <source>Place (&amp;Kazakh):</source>
        <translation>Место (на &amp;казахском):</translation>
    </message>
    <message>
        <source>the city, e.g. Қызылорда</source>
        <translation>город, например Қызылорда</translation>
    </message>
    <message>
        <source>Organisation (R&amp;ussian):</source>
        <translation>Организация (на р&amp;усском):</translation>
    </message>
    <message>
        <source>Organisation (Ka&amp;zakh):</source>
        <translation>Организация (на каза&amp;хском):</translation>
    </message>
    <message>
        <source>printed centred above the title</source>
        <translation>печатается по центру над заголовком</translation>
    </message>
    <message>
        <source>&amp;Invited and observers:</source>
        <translation>При&amp;глашённые и наблюдатели:</translation>
    </message>
    <message>
        <source>One person a line, as it is to be printed</source>
        <translation>По одному человеку в строке, как должно быть напечатано</translation>
    </message>
    <message>
        <source>A&amp;ttendance of the voting members (untick who was absent and give the reason):</source>
        <translation>Прису&amp;тствие голосующих членов комиссии (снимите отметку у отсутствовавших и укажите причину):</translation>
    </message>
    <message>
        <source>Attendance of the voting members</source>
        <translation>Присутствие голосующих членов комиссии</translation>
    </message>
    <message>
        <source>&amp;Quorum rule (for the whole contest):</source>
        <translation>Прав&amp;ило кворума (для всего конкурса):</translation>
    </message>
    <message>
        <source>&amp;Vote unanimous (every present member voted for)</source>
        <translation>&amp;Единогласно (все присутствующие члены комиссии проголосовали «за»)</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;За:</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Голоса «за»</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>&amp;Против:</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Голоса «против»</translation>
    </message>
    <message>
        <source>A&amp;bstained:</source>
        <translation>&amp;Воздержались:</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <source>Special nominations</source>
        <translation>Специальные номинации</translation>
    </message>
    <message>
        <source>The stage II nominees cannot be listed: %1</source>
        <translation>Не удаётся получить список участников II этапа: %1</translation>
    </message>
    <message>
        <source>The methodology lists no special nominations.</source>
        <translation>В методике нет специальных номинаций.</translation>
    </message>
    <message>
        <source>Each nomination goes to one stage II nominee by the commission&apos;s decision.</source>
        <translation>Каждая номинация присуждается одному участнику II этапа по решению комиссии.</translation>
    </message>
    <message>
        <source>— not awarded —</source>
        <translation>— не присуждена —</translation>
    </message>
</context>
<context>
    <name>akim::MeetingService</name>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Методику конкурса невозможно применить: %1</translation>
    </message>
    <message>
        <source>No contest file is open.</source>
        <translation>Файл конкурса не открыт.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>Файл конкурса открыт только для чтения.</translation>
    </message>
    <message>
        <source>The quorum rule applies to every commission of the contest: the secretary changes it, not the chair of one commission (signed in as %1).</source>
        <translation>Правило кворума действует для всех комиссий конкурса: его изменяет секретарь, а не председатель одной из комиссий (вход выполнен как %1).</translation>
    </message>
    <message>
        <source>The region of this protocol no longer exists.</source>
        <translation>Область этого протокола больше не существует.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit the protocol.</source>
        <translation>%1: символов — %2, а в протоколе помещается не более %3.</translation>
    </message>
    <message>
        <source>The protocol number</source>
        <translation>Номер протокола</translation>
    </message>
    <message>
        <source>The place (Russian)</source>
        <translation>Место (на русском)</translation>
    </message>
    <message>
        <source>The place (Kazakh)</source>
        <translation>Место (на казахском)</translation>
    </message>
    <message>
        <source>The organisation (Russian)</source>
        <translation>Организация (на русском)</translation>
    </message>
    <message>
        <source>The organisation (Kazakh)</source>
        <translation>Организация (на казахском)</translation>
    </message>
    <message>
        <source>The list of invited persons</source>
        <translation>Список приглашённых</translation>
    </message>
    <message>
        <source>The protocol number and the place are one line each.</source>
        <translation>Номер протокола и место заседания должны занимать по одной строке.</translation>
    </message>
    <message>
        <source>The meeting ends at %1, which is not after it starts (%2).</source>
        <translation>Время окончания заседания (%1) не позже времени его начала (%2).</translation>
    </message>
    <message>
        <source>%1 is not a voting member of this meeting&apos;s commission, so cannot be recorded as absent from it.</source>
        <translation>%1 не является голосующим членом комиссии этого заседания, поэтому не может быть отмечен(а) как отсутствовавший(ая).</translation>
    </message>
    <message>
        <source>%1 is recorded as absent twice.</source>
        <translation>%1 дважды отмечен(а) как отсутствовавший(ая).</translation>
    </message>
    <message>
        <source>The reason for the absence of %1 is %2 characters long; at most %3 fit the protocol.</source>
        <translation>Причина отсутствия (%1): символов — %2, а в протоколе помещается не более %3.</translation>
    </message>
    <message>
        <source>A vote count cannot be negative.</source>
        <translation>Число голосов не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Give the number of votes for as well: without it the protocol would say that every present member voted for.</source>
        <translation>Укажите и число голосов «за»: без него в протоколе будет сказано, что все присутствующие члены комиссии проголосовали «за».</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) are recorded, but only %1 of the voting members are present.</source>
        <translation>
            <numerusform>Записан %n голос, а голосующих членов комиссии присутствует лишь %1.</numerusform>
            <numerusform>Записано %n голоса, а голосующих членов комиссии присутствует лишь %1.</numerusform>
            <numerusform>Записано %n голосов, а голосующих членов комиссии присутствует лишь %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Special nominations are awarded by the republican commission, in the protocol of stage II only.</source>
        <translation>Специальные номинации присуждает республиканская комиссия — только в протоколе II этапа.</translation>
    </message>
    <message numerus="yes">
        <source>There is no nomination number %1: the methodology lists %n nomination(s).</source>
        <translation>
            <numerusform>Номинации № %1 нет: в методике %n номинация.</numerusform>
            <numerusform>Номинации № %1 нет: в методике %n номинации.</numerusform>
            <numerusform>Номинации № %1 нет: в методике %n номинаций.</numerusform>
        </translation>
    </message>
    <message>
        <source>The nomination «%1» is awarded twice.</source>
        <translation>Номинация «%1» присуждена дважды.</translation>
    </message>
    <message>
        <source>The nominee awarded «%1» no longer exists.</source>
        <translation>Участника, которому присуждена номинация «%1», больше нет в конкурсе.</translation>
    </message>
    <message>
        <source>%1 is not ranked in stage II, so cannot be awarded «%2».</source>
        <translation>%1 не входит в рейтинг II этапа, поэтому номинация «%2» не может быть присуждена.</translation>
    </message>
    <message>
        <source>The protocol details were not saved: %1</source>
        <translation>Реквизиты протокола не сохранены: %1</translation>
    </message>
    <message>
        <source>The quorum rule was not changed: %1</source>
        <translation>Правило кворума не изменено: %1</translation>
    </message>
    <message>
        <source>more than half</source>
        <translation>более половины</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>две трети</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n voting member(s) present; quorum (%2): %3 — %4</source>
        <translation>
            <numerusform>Присутствуют %1 из %n голосующего члена комиссии; кворум (%2): %3 — %4</numerusform>
            <numerusform>Присутствуют %1 из %n голосующих членов комиссии; кворум (%2): %3 — %4</numerusform>
            <numerusform>Присутствуют %1 из %n голосующих членов комиссии; кворум (%2): %3 — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>имеется</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>отсутствует</translation>
    </message>
</context>
<context>
    <name>akim::MemberDialog</name>
    <message>
        <source>Edit Member</source>
        <translation>Изменение данных члена комиссии</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Добавление члена комиссии</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>e.g. chair of a public council, journalist</source>
        <translation>например, председатель общественного совета, журналист</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest: tick the nominees of the region this member must not score (a relative, a subordinate…).</source>
        <translation>&amp;Конфликт интересов: отметьте участников области, которых этот член комиссии не должен оценивать (родственник, подчинённый…).</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest: tick the nominees this member must not score (a relative, a subordinate…).</source>
        <translation>&amp;Конфликт интересов: отметьте участников, которых этот член комиссии не должен оценивать (родственник, подчинённый…).</translation>
    </message>
    <message>
        <source>Search: name, okrug…</source>
        <translation>Поиск: ФИО, округ…</translation>
    </message>
    <message>
        <source>R&amp;eason for the selected nominee:</source>
        <translation>&amp;Причина (для выбранного участника):</translation>
    </message>
    <message>
        <source>e.g. brother-in-law</source>
        <translation>например, зять</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search the nominees</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Конфликты интересов</translation>
    </message>
    <message>
        <source>No nominees to list yet, so there is no conflict of interest to declare. Once the registry is imported, come back with Edit….</source>
        <translation>Участников пока нет, поэтому заявлять о конфликте интересов не о ком. Когда реестр будет импортирован, вернитесь сюда кнопкой «Изменить…».</translation>
    </message>
</context>
<context>
    <name>akim::MemberTableModel</name>
    <message numerus="yes">
        <source>Declared conflicts of interest: %n nominee(s)</source>
        <translation>
            <numerusform>Заявлен конфликт интересов: %n участник</numerusform>
            <numerusform>Заявлен конфликт интересов: %n участника</numerusform>
            <numerusform>Заявлен конфликт интересов: %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Конфликт интересов</translation>
    </message>
</context>
<context>
    <name>akim::MethodologyDialog</name>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Загрузить из файла…</translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation>Со&amp;хранить в файл…</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>A result is finalised: this methodology is frozen with it and can only be viewed and exported.</source>
        <translation>Итоги завершены: методика зафиксирована вместе с ними, её можно только просмотреть и сохранить в файл.</translation>
    </message>
    <message>
        <source>The recommended default of the 2020 methodological recommendations, not an official rule: every value can be changed for this contest. Criteria and their weights are edited in the Criteria tab.</source>
        <translation>Рекомендуемые значения по методическим рекомендациям 2020 года, а не официальное правило: любое значение можно изменить для этого конкурса. Критерии и их веса изменяются на вкладке «Критерии».</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Усечённое среднее</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>counts, and the nominee is flagged</source>
        <translation>учитывается, участник отмечается</translation>
    </message>
    <message>
        <source>is left out of the total</source>
        <translation>не входит в итоговый балл</translation>
    </message>
    <message>
        <source>A &quot;not compliant&quot; conclusion of the Ethics Commissioner stops advancement</source>
        <translation>Заключение уполномоченного по этике «не соответствует» закрывает проход во II этап</translation>
    </message>
    <message>
        <source>1, 1, 3 (standard)</source>
        <translation>1, 1, 3 (стандартная)</translation>
    </message>
    <message>
        <source>1, 1, 2 (dense)</source>
        <translation>1, 1, 2 (плотная)</translation>
    </message>
    <message>
        <source>Commission scores</source>
        <translation>Оценки комиссии</translation>
    </message>
    <message>
        <source>&amp;Aggregation per criterion:</source>
        <translation>&amp;Свод оценок по критерию:</translation>
    </message>
    <message>
        <source>Scores &amp;dropped at each end:</source>
        <translation>Отбрасывается о&amp;ценок с каждого края:</translation>
    </message>
    <message>
        <source>…when at least this many &amp;valid scores:</source>
        <translation>…если действительных оценок не &amp;меньше:</translation>
    </message>
    <message>
        <source>Flag a criterion with fewer valid scores &amp;than:</source>
        <translation>Отмечать критерий, если &amp;действительных оценок менее:</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>&amp;Minimum sample (citizens&apos; responses):</source>
        <translation>Минимальная &amp;выборка (ответы населения):</translation>
    </message>
    <message>
        <source>Below it the survey index:</source>
        <translation>Ниже неё индекс опроса:</translation>
    </message>
    <message>
        <source>Ethics index &amp;gate (0–100):</source>
        <translation>&amp;Порог индекса этики (0–100):</translation>
    </message>
    <message>
        <source>Weights of the totals</source>
        <translation>Веса итоговых баллов</translation>
    </message>
    <message>
        <source>Stage I: citizens&apos; &amp;survey:</source>
        <translation>I этап: &amp;опрос населения:</translation>
    </message>
    <message>
        <source>Stage I: &amp;ethics:</source>
        <translation>I этап: &amp;этика:</translation>
    </message>
    <message>
        <source>Stage I: &amp;commission:</source>
        <translation>I этап: &amp;комиссия:</translation>
    </message>
    <message>
        <source>Stage II: &amp;republican commission:</source>
        <translation>II этап: &amp;республиканская комиссия:</translation>
    </message>
    <message>
        <source>Stage II: stage I total carried &amp;over:</source>
        <translation>II этап: перенос &amp;итога I этапа:</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <source>Advance to stage II &amp;per region:</source>
        <translation>Проходят во II этап от о&amp;бласти:</translation>
    </message>
    <message>
        <source>Shared places are &amp;numbered:</source>
        <translation>&amp;Нумерация равных мест:</translation>
    </message>
    <message>
        <source>The stage I weights add up to 1.</source>
        <translation>Сумма весов I этапа равна 1.</translation>
    </message>
    <message>
        <source>The stage I weights add up to %1; they must add up to 1.</source>
        <translation>Сумма весов I этапа — %1, а должна быть равна 1.</translation>
    </message>
    <message>
        <source>Import Methodology</source>
        <translation>Загрузка методики</translation>
    </message>
    <message>
        <source>Methodology (*.json)</source>
        <translation>Методика (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable methodology: %2</source>
        <translation>%1 не является пригодной методикой: %2</translation>
    </message>
    <message>
        <source>Export Methodology</source>
        <translation>Сохранение методики</translation>
    </message>
    <message>
        <source>methodology.json</source>
        <translation>методика.json</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Ties on the total are broken in this order, the larger value first; if all are equal the nominees share the place.</source>
        <translation>При равенстве итоговых баллов сравниваются в этом порядке, большее значение выше; если все равны, участники делят место.</translation>
    </message>
    <message>
        <source>Stage I (&amp;regional)</source>
        <translation>I этап (&amp;областной)</translation>
    </message>
    <message>
        <source>Stage II (rep&amp;ublican)</source>
        <translation>II этап (&amp;республиканский)</translation>
    </message>
    <message>
        <source>Tie-breaks after the total</source>
        <translation>Разрешение равенства после итогового балла</translation>
    </message>
    <message>
        <source>Scores and &amp;weights</source>
        <translation>Оценки и &amp;веса</translation>
    </message>
    <message>
        <source>P&amp;laces and ties</source>
        <translation>&amp;Места и равенство</translation>
    </message>
    <message>
        <source>%1 and %2 move the selected component, %3 removes it, %4 adds the one chosen below.</source>
        <translation>%1 и %2 перемещают выбранный показатель, %3 удаляет его, %4 добавляет выбранный ниже.</translation>
    </message>
    <message>
        <source>every component is in use</source>
        <translation>все показатели используются</translation>
    </message>
    <message>
        <source>Components of this stage not yet in the order</source>
        <translation>Показатели этапа, ещё не включённые в порядок</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the chosen component at the end</source>
        <translation>Добавить выбранный показатель в конец</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected component</source>
        <translation>Удалить выбранный показатель</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Compare the selected component earlier</source>
        <translation>Сравнивать выбранный показатель раньше</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Compare the selected component later</source>
        <translation>Сравнивать выбранный показатель позже</translation>
    </message>
</context>
<context>
    <name>akim::NomineeDialog</name>
    <message>
        <source>Edit Nominee</source>
        <translation>Изменение данных участника</translation>
    </message>
    <message>
        <source>Add Nominee</source>
        <translation>Добавление участника</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>Choose or type a new district</source>
        <translation>Выберите или введите новый район</translation>
    </message>
    <message>
        <source>District in Kazakh:</source>
        <translation>Район на казахском:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Rural &amp;okrug:</source>
        <translation>&amp;Сельский округ:</translation>
    </message>
    <message>
        <source>Choose or type a new okrug</source>
        <translation>Выберите или введите новый округ</translation>
    </message>
    <message>
        <source>Okrug in Kazakh:</source>
        <translation>Округ на казахском:</translation>
    </message>
    <message>
        <source>KATO code:</source>
        <translation>Код КАТО:</translation>
    </message>
    <message>
        <source>Akim&apos;s &amp;full name:</source>
        <translation>&amp;ФИО акима:</translation>
    </message>
    <message>
        <source>In office &amp;since:</source>
        <translation>В &amp;должности с:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>A new district and a new okrug will be created; the names typed above are their Russian names.</source>
        <translation>Будут созданы новый район и новый округ; введённые выше названия станут их названиями на русском языке.</translation>
    </message>
    <message>
        <source>A new district will be created; the name typed above is its Russian name.</source>
        <translation>Будет создан новый район; введённое выше название станет его названием на русском языке.</translation>
    </message>
    <message>
        <source>A new okrug will be created; the name typed above is its Russian name.</source>
        <translation>Будет создан новый округ; введённое выше название станет его названием на русском языке.</translation>
    </message>
</context>
<context>
    <name>akim::NomineeTableModel</name>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <source>KATO</source>
        <translation>КАТО</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Аким</translation>
    </message>
    <message>
        <source>In office since</source>
        <translation>В должности с</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>akim::NomineesPage</name>
    <message>
        <source>Search: name, okrug, district, region…</source>
        <translation>Поиск: ФИО, округ, район, область…</translation>
    </message>
    <message>
        <source>Add a nominee</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Edit the selected nominee</source>
        <translation>Изменить данные выбранного участника</translation>
    </message>
    <message>
        <source>Delete the selected nominees</source>
        <translation>Удалить выбранных участников</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <source>Delete the nominee %1 (%2)?</source>
        <translation>Удалить участника %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected nominee(s)?</source>
        <translation>
            <numerusform>Удалить %n выбранного участника?</numerusform>
            <numerusform>Удалить %n выбранных участников?</numerusform>
            <numerusform>Удалить %n выбранных участников?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Удаление можно отменить: «Правка ▸ Отменить».</translation>
    </message>
    <message>
        <source>Delete Nominees</source>
        <translation>Удаление участников</translation>
    </message>
    <message>
        <source>Search nominees</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <source>Regions and districts</source>
        <translation>Области и районы</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>No nominees yet. Import the registry of applicants from a spreadsheet (File ▸ Import Registry…), or add nominees one by one (Add…).</source>
        <translation>Участников пока нет. Импортируйте реестр заявителей из таблицы (Файл ▸ Импорт реестра…) или добавляйте участников по одному (Добавить…).</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Импорт &amp;реестра…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message numerus="yes">
        <source>No nominees in the chosen place. Choose “All regions” on the left to see all %n nominee(s).</source>
        <translation>
            <numerusform>В выбранном месте нет участников. Выберите слева «Все области», чтобы увидеть всех участников (%n).</numerusform>
            <numerusform>В выбранном месте нет участников. Выберите слева «Все области», чтобы увидеть всех участников (%n).</numerusform>
            <numerusform>В выбранном месте нет участников. Выберите слева «Все области», чтобы увидеть всех участников (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>No nominee matches “%1”. Check the spelling, or search for a part of the name.</source>
        <translation>Нет участников, соответствующих «%1». Проверьте написание или ищите по части имени.</translation>
    </message>
    <message>
        <source>No nominee in the chosen place matches “%1”. Check the spelling, or search all regions.</source>
        <translation>В выбранном месте нет участников, соответствующих «%1». Проверьте написание или ищите по всем областям.</translation>
    </message>
    <message>
        <source>Sho&amp;w All Regions</source>
        <translation>Показать &amp;все области</translation>
    </message>
    <message>
        <source>&amp;Clear the Search</source>
        <translation>О&amp;чистить поиск</translation>
    </message>
</context>
<context>
    <name>akim::PackageActions</name>
    <message>
        <source>Open Ballot &amp;Package…</source>
        <translation>Открыть &amp;пакет оценочного листа…</translation>
    </message>
    <message>
        <source>Open a ballot package the secretary sent you, to score it</source>
        <translation>Открыть пакет оценочного листа, присланный секретарём, чтобы оценить</translation>
    </message>
    <message>
        <source>Write each member&apos;s ballot to a file, to be scored on another PC</source>
        <translation>Записать оценочный лист каждого члена комиссии в файл для оценки на другом компьютере</translation>
    </message>
    <message>
        <source>I&amp;mport Ballot Packages…</source>
        <translation>Импор&amp;т пакетов оценочных листов…</translation>
    </message>
    <message>
        <source>Take back the ballot packages the members scored and submitted</source>
        <translation>Принять пакеты оценочных листов, которые члены комиссии заполнили и сдали</translation>
    </message>
    <message>
        <source>Ballot Package</source>
        <translation>Пакет оценочного листа</translation>
    </message>
    <message>
        <source>Ballot package of %1, %2.</source>
        <translation>Пакет оценочного листа: %1, %2.</translation>
    </message>
    <message>
        <source>Sign in with your password to score.</source>
        <translation>Чтобы оценивать, войдите со своим паролем.</translation>
    </message>
    <message>
        <source>Submitted. Send this file back to the secretary: %1</source>
        <translation>Сдано. Отправьте этот файл обратно секретарю: %1</translation>
    </message>
    <message>
        <source>Every cell is saved as you type. When all are scored, press Submit and send this file back to the secretary.</source>
        <translation>Каждая ячейка сохраняется при вводе. Когда все заполнены, нажмите «Сдать» и отправьте этот файл обратно секретарю.</translation>
    </message>
    <message>
        <source>Open Ballot Package</source>
        <translation>Открыть пакет оценочного листа</translation>
    </message>
    <message>
        <source>Ballot packages (*.%1)</source>
        <translation>Пакеты оценочных листов (*.%1)</translation>
    </message>
    <message>
        <source>Import Ballot Packages</source>
        <translation>Импорт пакетов оценочных листов</translation>
    </message>
    <message>
        <source>Checking ballot packages…</source>
        <translation>Проверка пакетов оценочных листов…</translation>
    </message>
    <message>
        <source>Imported and submitted the ballots of %1.</source>
        <translation>Импортированы и сданы оценочные листы: %1.</translation>
    </message>
    <message>
        <source>E&amp;xport Ballot Packages…</source>
        <translation>Экспорт пакетов оценочных &amp;листов…</translation>
    </message>
</context>
<context>
    <name>akim::PackageExportDialog</name>
    <message>
        <source>Export Ballot Packages</source>
        <translation>Экспорт пакетов оценочных листов</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Члены комиссии:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Folder for the Ballot Packages</source>
        <translation>Папка для пакетов оценочных листов</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Exporting ballot packages…</source>
        <translation>Экспорт пакетов оценочных листов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to %1.</source>
        <translation>
            <numerusform>%n пакет записан в %1.</numerusform>
            <numerusform>%n пакета записано в %1.</numerusform>
            <numerusform>%n пакетов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each member their file; the member opens it with Akim Contest and signs in with their own password.</source>
        <translation>Отправьте каждому члену комиссии его файл; он открывает его в Akim Contest и входит со своим паролем.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены комиссии</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>This commission has no voting members yet. Add them on the Commissions tab with Add Member….</source>
        <translation>В этой комиссии пока нет членов с правом голоса. Добавьте их на вкладке «Комиссии» кнопкой «Добавить члена комиссии…».</translation>
    </message>
</context>
<context>
    <name>akim::PackageExporter</name>
    <message>
        <source>%1 has no active account. A package is sealed with the member&apos;s password: create the member&apos;s account (Account &gt; Manage Accounts) first.</source>
        <translation>У %1 нет активной учётной записи. Пакет запечатывается паролем члена комиссии: сначала создайте его учётную запись (Учётная запись &gt; Учётные записи).</translation>
    </message>
    <message>
        <source>The ballot of %1 has nothing to score yet: no nominees or no criteria.</source>
        <translation>В оценочном листе (%1) пока нечего оценивать: нет участников или критериев.</translation>
    </message>
    <message>
        <source>The package was not written to %1: %2</source>
        <translation>Пакет не записан в %1: %2</translation>
    </message>
    <message>
        <source>The package was not recorded in the contest file: %1</source>
        <translation>Пакет не зарегистрирован в файле конкурса: %1</translation>
    </message>
    <message>
        <source>%1 is a contest file; a ballot package never replaces one. Choose another name.</source>
        <translation>%1 — файл конкурса; пакет оценочного листа никогда его не заменяет. Выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>akim::PackageImportDialog</name>
    <message>
        <source>Import Ballot Packages</source>
        <translation>Импорт пакетов оценочных листов</translation>
    </message>
    <message>
        <source>Check the differences against the contest file, then import. Nothing is written before you press Import.</source>
        <translation>Проверьте отличия от файла конкурса, затем импортируйте. Ничего не записывается, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are refused, as the Result column says; they are not imported. Nothing is written before you press Import.</source>
        <translation>
            <numerusform>%n пакет отклонён (см. столбец «Результат») и не будет импортирован. Ничего не записывается, пока вы не нажмёте «Импортировать».</numerusform>
            <numerusform>%n пакета отклонены (см. столбец «Результат») и не будут импортированы. Ничего не записывается, пока вы не нажмёте «Импортировать».</numerusform>
            <numerusform>%n пакетов отклонены (см. столбец «Результат») и не будут импортированы. Ничего не записывается, пока вы не нажмёте «Импортировать».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Package(s)</source>
        <translation>
            <numerusform>Импортировать %n пакет</numerusform>
            <numerusform>Импортировать %n пакета</numerusform>
            <numerusform>Импортировать %n пакетов</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонён: %1</translation>
    </message>
    <message>
        <source>The ballot of %1 in this package is the same as in the contest file.</source>
        <translation>Оценочный лист (%1) в этом пакете совпадает с файлом конкурса.</translation>
    </message>
    <message numerus="yes">
        <source>The ballot of %1: %n cell(s) will change in the contest file.</source>
        <translation>
            <numerusform>Оценочный лист (%1): в файле конкурса изменится %n ячейка.</numerusform>
            <numerusform>Оценочный лист (%1): в файле конкурса изменятся %n ячейки.</numerusform>
            <numerusform>Оценочный лист (%1): в файле конкурса изменятся %n ячеек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Cells the selected package changes</source>
        <translation>Ячейки, которые изменит выбранный пакет</translation>
    </message>
    <message>
        <source>No cell to show. Select a package above; a package whose ballot equals the contest file&apos;s changes no cell.</source>
        <translation>Нет ячеек для показа. Выберите пакет выше; пакет, оценочный лист которого совпадает с файлом конкурса, не меняет ни одной ячейки.</translation>
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
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n cell(s); differing from the contest file: %1.</source>
        <translation>
            <numerusform>Готов: %n ячейка; отличаются от файла конкурса: %1.</numerusform>
            <numerusform>Готов: %n ячейки; отличаются от файла конкурса: %1.</numerusform>
            <numerusform>Готов: %n ячеек; отличаются от файла конкурса: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::PackageImporter</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 не удаётся прочитать.</translation>
    </message>
    <message>
        <source>%1 is not a ballot package: %2</source>
        <translation>%1 — не пакет оценочного листа: %2</translation>
    </message>
    <message>
        <source>%1 is a contest file, not a ballot package.</source>
        <translation>%1 — файл конкурса, а не пакет оценочного листа.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is a ballot package of another contest (%2, %3), not of this one (%4, %5).</source>
        <translation>%1 — пакет оценочного листа другого конкурса (%2, %3), а не этого (%4, %5).</translation>
    </message>
    <message>
        <source>%1 was not exported from this contest file. Import it into the file it was exported from, or export a new package.</source>
        <translation>%1 экспортирован не из этого файла конкурса. Импортируйте его в тот файл, из которого он экспортирован, или экспортируйте новый пакет.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 by %3.</source>
        <translation>%1 уже импортирован %2, импортировал %3.</translation>
    </message>
    <message>
        <source>%1 was sealed for an account this contest file does not have (wrong member).</source>
        <translation>%1 запечатан для учётной записи, которой нет в этом файле конкурса (не тот член комиссии).</translation>
    </message>
    <message>
        <source>The password of %2 was reset after %1 was exported, so its seal can no longer be checked. Export a new package for the member.</source>
        <translation>Пароль %2 был сброшен после экспорта %1, поэтому печать пакета больше нельзя проверить. Экспортируйте для члена комиссии новый пакет.</translation>
    </message>
    <message>
        <source>%1 was changed outside Akim Contest after it was sealed (an edited file). Ask the member for the file exactly as the program saved it, or export a new package.</source>
        <translation>%1 был изменён вне Akim Contest после того, как был запечатан (файл отредактирован). Попросите у члена комиссии файл в том виде, в каком его сохранила программа, или экспортируйте новый пакет.</translation>
    </message>
    <message>
        <source>%1 is the ballot of %2, who is no longer a commission member in this contest (wrong member).</source>
        <translation>%1 — оценочный лист %2, который больше не является членом комиссии этого конкурса (не тот член комиссии).</translation>
    </message>
    <message>
        <source>%1 is the ballot of %2, but the member&apos;s commission or account changed in this contest file after the export (wrong member). Export a new package.</source>
        <translation>%1 — оценочный лист %2, но после экспорта в этом файле конкурса изменилась комиссия или учётная запись члена комиссии (не тот член комиссии). Экспортируйте новый пакет.</translation>
    </message>
    <message>
        <source>%2 has not submitted the ballot in %1 yet: the member presses Submit in the package and sends the file again.</source>
        <translation>%2 ещё не сдал(а) оценочный лист в %1: член комиссии нажимает «Сдать» в пакете и отправляет файл снова.</translation>
    </message>
    <message>
        <source>%1 is stale: the ballot of %2 was submitted in the contest file on %3 by %4, after the package was exported. The secretary reopens that ballot first to import the package instead.</source>
        <translation>%1 устарел: оценочный лист %2 был сдан в файле конкурса %3 (%4) после экспорта пакета. Чтобы импортировать пакет вместо него, секретарь сначала открывает этот оценочный лист снова.</translation>
    </message>
    <message>
        <source>%1 is stale: the ballot of %2 was submitted or reopened in the contest file after the package was exported (version %3 then, %4 now). Export a new package.</source>
        <translation>%1 устарел: оценочный лист %2 был сдан или открыт снова в файле конкурса после экспорта пакета (тогда версия %3, сейчас %4). Экспортируйте новый пакет.</translation>
    </message>
    <message>
        <source>%1 is stale: the methodology changed after the package was exported (version %2 then, %3 now). Export a new package.</source>
        <translation>%1 устарел: методика изменилась после экспорта пакета (тогда версия %2, сейчас %3). Экспортируйте новый пакет.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 нельзя импортировать: %2</translation>
    </message>
    <message>
        <source>new on the ballot: %1</source>
        <translation>новые в оценочном листе: %1</translation>
    </message>
    <message>
        <source>no longer on it: %1</source>
        <translation>больше не в нём: %1</translation>
    </message>
    <message>
        <source>The nominee list changed after %1 was exported (%2). Export a new package.</source>
        <translation>Список участников изменился после экспорта %1 (%2). Экспортируйте новый пакет.</translation>
    </message>
    <message>
        <source>The criteria changed after %1 was exported (%2). Export a new package.</source>
        <translation>Критерии изменились после экспорта %1 (%2). Экспортируйте новый пакет.</translation>
    </message>
    <message>
        <source>The conflicts of interest %2 declared changed after %1 was exported. Export a new package.</source>
        <translation>Заявленные %2 конфликты интересов изменились после экспорта %1. Экспортируйте новый пакет.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a cell has no valid state.</source>
        <translation>у ячейки недопустимое состояние.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is incomplete: %n cell(s) are not scored, although the ballot is submitted.</source>
        <translation>
            <numerusform>%1 неполон: %n ячейка не заполнена, хотя оценочный лист сдан.</numerusform>
            <numerusform>%1 неполон: %n ячейки не заполнены, хотя оценочный лист сдан.</numerusform>
            <numerusform>%1 неполон: %n ячеек не заполнены, хотя оценочный лист сдан.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Ask the member to send it again.</source>
        <translation>%1 повреждён (%2). Попросите члена комиссии прислать его снова.</translation>
    </message>
</context>
<context>
    <name>akim::PackageSession</name>
    <message>
        <source>The file is not a ballot package.</source>
        <translation>Файл не является пакетом оценочного листа.</translation>
    </message>
    <message>
        <source>This ballot package was changed outside Akim Contest after it was sealed. Do not score it: ask the secretary for a new package.</source>
        <translation>Этот пакет оценочного листа был изменён вне Akim Contest после того, как был запечатан. Не заполняйте его: попросите у секретаря новый пакет.</translation>
    </message>
    <message>
        <source>Sign in to change the ballot package.</source>
        <translation>Войдите, чтобы изменить пакет оценочного листа.</translation>
    </message>
</context>
<context>
    <name>akim::PaperComparePanel</name>
    <message>
        <source>&amp;Use Entry 1…</source>
        <translation>&amp;Взять из ввода 1…</translation>
    </message>
    <message>
        <source>Entry 2 takes entry 1&apos;s value for the selected cell; you give the reason.</source>
        <translation>Ввод 2 получает значение ввода 1 в выбранной ячейке; причину указываете вы.</translation>
    </message>
    <message>
        <source>Use En&amp;try 2…</source>
        <translation>Взять из вво&amp;да 2…</translation>
    </message>
    <message>
        <source>Entry 1 takes entry 2&apos;s value for the selected cell; you give the reason.</source>
        <translation>Ввод 1 получает значение ввода 2 в выбранной ячейке; причину указываете вы.</translation>
    </message>
    <message>
        <source>Save the agreed cells as the member&apos;s ballot and submit it.</source>
        <translation>Сохранить совпавшие ячейки как оценочный лист члена комиссии и сдать его.</translation>
    </message>
    <message>
        <source>Settle a Disagreement</source>
        <translation>Устранение расхождения</translation>
    </message>
    <message>
        <source>%1, %2: %3 takes the value of %4 (%5 instead of %6). Why? The reason is kept in the audit log.</source>
        <translation>%1, %2: в «%3» берётся значение из «%4» (%5 вместо %6). Почему? Причина сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Взять</translation>
    </message>
    <message>
        <source>Accept the Paper Ballot</source>
        <translation>Принять бумажный оценочный лист</translation>
    </message>
    <message>
        <source>Both entries of the ballot of %1 agree. Save them as the member&apos;s ballot and submit it?</source>
        <translation>Оба ввода оценочного листа (%1) совпадают. Сохранить их как оценочный лист члена комиссии и сдать его?</translation>
    </message>
    <message>
        <source>A submitted ballot is locked; only the secretary can reopen it.</source>
        <translation>Сданный оценочный лист закрыт; открыть его снова может только секретарь.</translation>
    </message>
    <message>
        <source>Acce&amp;pt and Submit…</source>
        <translation>Приня&amp;ть и сдать…</translation>
    </message>
    <message>
        <source>Cells where the two entries differ</source>
        <translation>Ячейки, в которых два ввода расходятся</translation>
    </message>
    <message>
        <source>No difference between the two entries: every cell typed in one is typed the same in the other. Once both are complete, save them as the member&apos;s ballot with Accept and Submit….</source>
        <translation>Два ввода не расходятся: каждая ячейка, введённая в одном, так же введена в другом. Когда оба будут полными, сохраните их как оценочный лист члена комиссии кнопкой «Принять и сдать…».</translation>
    </message>
</context>
<context>
    <name>akim::PaperComparison</name>
    <message>
        <source>The ballot of %1 has nothing to score yet: no nominees or no criteria.</source>
        <translation>В оценочном листе (%1) пока нечего оценивать: нет участников или критериев.</translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 of the ballot of %2 is not complete: %n cell(s) not typed yet.</source>
        <translation>
            <numerusform>Ввод %1 оценочного листа (%2) не завершён: ещё не набрана %n ячейка.</numerusform>
            <numerusform>Ввод %1 оценочного листа (%2) не завершён: ещё не набраны %n ячейки.</numerusform>
            <numerusform>Ввод %1 оценочного листа (%2) не завершён: ещё не набрано %n ячеек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both entries of the ballot of %1 were typed by %2; the second entry must be typed by another secretary.</source>
        <translation>Оба ввода оценочного листа (%1) набрал(а) %2; второй ввод должен набрать другой секретарь.</translation>
    </message>
    <message numerus="yes">
        <source>The entries of the ballot of %1 disagree on %n cell(s). Correct the entries or take one entry&apos;s value for each, then accept.</source>
        <translation>
            <numerusform>Вводы оценочного листа (%1) расходятся в %n ячейке. Исправьте вводы или возьмите для неё значение одного из вводов, затем примите оценочный лист.</numerusform>
            <numerusform>Вводы оценочного листа (%1) расходятся в %n ячейках. Исправьте вводы или возьмите для каждой значение одного из вводов, затем примите оценочный лист.</numerusform>
            <numerusform>Вводы оценочного листа (%1) расходятся в %n ячейках. Исправьте вводы или возьмите для каждой значение одного из вводов, затем примите оценочный лист.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::PaperDisagreementModel</name>
    <message>
        <source>Neither entry of the paper ballot of %1 has been typed yet.</source>
        <translation>Ни один ввод бумажного оценочного листа (%1) ещё не набран.</translation>
    </message>
    <message>
        <source>Entry %1 has not been typed yet.</source>
        <translation>Ввод %1 ещё не набран.</translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 (typed by %2): %n cell(s) not typed yet.</source>
        <translation>
            <numerusform>Ввод %1 (набирает %2): ещё не набрана %n ячейка.</numerusform>
            <numerusform>Ввод %1 (набирает %2): ещё не набраны %n ячейки.</numerusform>
            <numerusform>Ввод %1 (набирает %2): ещё не набрано %n ячеек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The entries disagree on %n cell(s), listed below.</source>
        <translation>
            <numerusform>Вводы расходятся в %n ячейке, указанной ниже.</numerusform>
            <numerusform>Вводы расходятся в %n ячейках, перечисленных ниже.</numerusform>
            <numerusform>Вводы расходятся в %n ячейках, перечисленных ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both entries are complete and agree on every cell: the ballot can be accepted.</source>
        <translation>Оба ввода завершены и совпадают во всех ячейках: оценочный лист можно принять.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Ввод 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Ввод 2</translation>
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
        <translation>Двойной ввод &amp;бумажных оценочных листов</translation>
    </message>
    <message>
        <source>Two secretaries type each paper ballot independently; only a ballot whose two entries agree is saved and counts.</source>
        <translation>Каждый бумажный оценочный лист независимо друг от друга набирают два секретаря; сохраняется и учитывается только лист, оба ввода которого совпадают.</translation>
    </message>
    <message>
        <source>Sa&amp;ved ballot</source>
        <translation>Сохранённый &amp;лист</translation>
    </message>
    <message>
        <source>The member&apos;s ballot as it counts, read-only for the secretary.</source>
        <translation>Оценочный лист члена комиссии в том виде, в каком он учитывается; секретарю доступен только для чтения.</translation>
    </message>
    <message>
        <source>Entry &amp;1</source>
        <translation>Ввод &amp;1</translation>
    </message>
    <message>
        <source>Entry &amp;2</source>
        <translation>Ввод &amp;2</translation>
    </message>
    <message>
        <source>The cells where the two entries disagree; accept the ballot once they agree.</source>
        <translation>Ячейки, в которых два ввода расходятся; примите оценочный лист, когда они совпадут.</translation>
    </message>
    <message>
        <source>Discard Entry…</source>
        <translation>Аннулировать ввод…</translation>
    </message>
    <message>
        <source>Drop the entry shown, giving the reason, so that it can be typed anew.</source>
        <translation>Аннулировать показанный ввод с указанием причины, чтобы набрать его заново.</translation>
    </message>
    <message>
        <source>Entry %1: not typed</source>
        <translation>Ввод %1: не набран</translation>
    </message>
    <message>
        <source>Entry %1: %2, %3 of %4 cells</source>
        <translation>Ввод %1: %2, %3 из %4 ячеек</translation>
    </message>
    <message>
        <source>Discard the Entry</source>
        <translation>Аннулировать ввод</translation>
    </message>
    <message>
        <source>Why is %1 of the ballot of %2 discarded? The reason is kept in the audit log.</source>
        <translation>Почему аннулируется %1 оценочного листа (%2)? Причина сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Сравнен&amp;ие</translation>
    </message>
</context>
<context>
    <name>akim::PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>akim::PrintDialogs</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Печать — %1</translation>
    </message>
</context>
<context>
    <name>akim::RankingCharts</name>
    <message>
        <source>Nominees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Totals of the nominees shown</source>
        <translation>Итоговые баллы показанных участников</translation>
    </message>
    <message>
        <source>total, in steps of %1 points</source>
        <translation>итоговый балл, шаг — %1</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Region average</source>
        <translation>Среднее по области</translation>
    </message>
    <message>
        <source>Survey index by criterion</source>
        <translation>Индекс опроса по критериям</translation>
    </message>
    <message>
        <source>Select a nominee</source>
        <translation>Выберите участника</translation>
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
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Ranking</source>
        <translation>Экспорт рейтинга</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n nominee(s) to %1…</source>
        <translation>
            <numerusform>Экспорт %n участника в файл %1…</numerusform>
            <numerusform>Экспорт %n участников в файл %1…</numerusform>
            <numerusform>Экспорт %n участников в файл %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Экспорт отменён; файл %1 не записан.</translation>
    </message>
    <message>
        <source>The ranking is saved to %1.</source>
        <translation>Рейтинг сохранён в файл %1.</translation>
    </message>
</context>
<context>
    <name>akim::RankingTableModel</name>
    <message>
        <source>survey index</source>
        <translation>индекс опроса</translation>
    </message>
    <message>
        <source>ethics index</source>
        <translation>индекс этики</translation>
    </message>
    <message>
        <source>commission index</source>
        <translation>индекс комиссии</translation>
    </message>
    <message>
        <source>stage I total</source>
        <translation>итоговый балл I этапа</translation>
    </message>
    <message>
        <source>number of survey responses</source>
        <translation>число ответов на опрос</translation>
    </message>
    <message>
        <source>tie broken by the %1</source>
        <translation>равенство баллов разрешено по показателю: %1</translation>
    </message>
    <message>
        <source>insufficient survey sample</source>
        <translation>недостаточная выборка опроса</translation>
    </message>
    <message>
        <source>survey left out (sample too small)</source>
        <translation>опрос не учтён (слишком малая выборка)</translation>
    </message>
    <message>
        <source>no survey responses</source>
        <translation>нет ответов на опрос</translation>
    </message>
    <message>
        <source>no ethics questionnaire</source>
        <translation>нет анкеты по этике</translation>
    </message>
    <message>
        <source>no commission scores</source>
        <translation>нет оценок комиссии</translation>
    </message>
    <message>
        <source>no stage I total</source>
        <translation>нет итогового балла I этапа</translation>
    </message>
    <message>
        <source>cannot advance (ethics)</source>
        <translation>не может пройти во II этап (этика)</translation>
    </message>
    <message>
        <source>ethics index below the gate</source>
        <translation>индекс этики ниже порога</translation>
    </message>
    <message>
        <source>too few valid scores on a criterion</source>
        <translation>по одному из критериев слишком мало действительных оценок</translation>
    </message>
    <message>
        <source>shares the place</source>
        <translation>делит место</translation>
    </message>
    <message>
        <source>tied at the advancement cut: the chair decides</source>
        <translation>равенство баллов на проходной границе: решает председатель</translation>
    </message>
    <message>
        <source>advances by the chair&apos;s decision</source>
        <translation>проходит во II этап по решению председателя</translation>
    </message>
    <message>
        <source>advances</source>
        <translation>проходит во II этап</translation>
    </message>
    <message>
        <source>Citizens&apos; survey index, 0–100: the mean answer per criterion rescaled, then averaged with the criteria&apos;s weights</source>
        <translation>Индекс опроса населения, 0–100: средний ответ по каждому критерию, приведённый к шкале 0–100, затем усреднённый с весами критериев</translation>
    </message>
    <message>
        <source>Ethics index, 0–100: the share of positive answers in the Ethics Commissioner&apos;s questionnaire</source>
        <translation>Индекс этики, 0–100: доля положительных ответов в анкете уполномоченного по этике</translation>
    </message>
    <message>
        <source>Commission index, 0–100: the members&apos; scores aggregated per criterion (abstentions and recusals left out), weighted, as a share of the maximum</source>
        <translation>Индекс комиссии, 0–100: оценки членов комиссии, сведённые по каждому критерию (без учёта воздержаний и самоотводов) и взвешенные, в процентах от максимума</translation>
    </message>
    <message>
        <source>The nominee&apos;s stage I total, carried over with its weight</source>
        <translation>Итоговый балл участника за I этап, перенесённый с его весом</translation>
    </message>
    <message>
        <source>The components weighted as the methodology says; ties are decided on unrounded values</source>
        <translation>Сумма составляющих с весами по методике; равенство баллов определяется по неокруглённым значениям</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Этика</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Stage I</source>
        <translation>I этап</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Ethics Commissioner: not compliant</source>
        <translation>уполномоченный по этике: требования не соблюдены</translation>
    </message>
    <message>
        <source>a score given despite a conflict of interest was ignored</source>
        <translation>оценка, выставленная несмотря на конфликт интересов, не учтена</translation>
    </message>
    <message>
        <source>number of ethics questionnaire responses</source>
        <translation>число ответов анкеты по этике</translation>
    </message>
</context>
<context>
    <name>akim::RankingsPage</name>
    <message>
        <source>Cancelled; the ranking shown may be out of date.</source>
        <translation>Расчёт отменён; показанный рейтинг может быть неактуальным.</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>The ranking could not be computed: %1</source>
        <translation>Не удалось рассчитать рейтинг: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): hover here.</source>
        <translation>
            <numerusform>%n примечание: наведите сюда курсор.</numerusform>
            <numerusform>%n примечания: наведите сюда курсор.</numerusform>
            <numerusform>%n примечаний: наведите сюда курсор.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalised %1 by %2; ranking SHA-256 %3…</source>
        <translation>Этап завершён %1 (%2); хеш SHA-256 рейтинга: %3…</translation>
    </message>
    <message>
        <source>Stage I is finalised region by region: choose a region first.</source>
        <translation>I этап завершается отдельно по каждой области: сначала выберите область.</translation>
    </message>
    <message>
        <source>stage II</source>
        <translation>II этап</translation>
    </message>
    <message>
        <source>stage I of %1</source>
        <translation>I этап (%1)</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Завершение этапа</translation>
    </message>
    <message numerus="yes">
        <source>Finalise %1? %n nominee(s) are ranked.</source>
        <translation>
            <numerusform>Завершить %1? В рейтинге %n участник.</numerusform>
            <numerusform>Завершить %1? В рейтинге %n участника.</numerusform>
            <numerusform>Завершить %1? В рейтинге %n участников.</numerusform>
        </translation>
    </message>
    <message>
        <source>The result is recorded with its methodology and checksum. From then on the nominees it ranks, the stage&apos;s criteria and survey data can no longer change, and nothing undoes it.</source>
        <translation>Результат будет записан вместе с методикой и контрольной суммой. После этого участников, вошедших в рейтинг, критерии этапа и данные опросов изменить будет нельзя; отменить это действие невозможно.</translation>
    </message>
    <message>
        <source>%1 was not finalised: %2</source>
        <translation>Не удалось завершить %1: %2</translation>
    </message>
    <message>
        <source>%1 is finalised. Ranking SHA-256:
%2</source>
        <translation>%1 завершён. Хеш SHA-256 рейтинга:
%2</translation>
    </message>
    <message>
        <source>Select a nominee to see how the total is made up.</source>
        <translation>Выберите участника, чтобы увидеть, из чего складывается итоговый балл.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>I — regional</source>
        <translation>I — областной</translation>
    </message>
    <message>
        <source>II — republican</source>
        <translation>II — республиканский</translation>
    </message>
    <message>
        <source>The ranking follows every change by itself; this recomputes it now.</source>
        <translation>Рейтинг пересчитывается автоматически при каждом изменении; эта кнопка пересчитывает его сразу.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Расшифровка балла</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s) ranked in %1 ms (reading the file %2 ms).</source>
        <translation>
            <numerusform>Ранжирован %n участник за %1 мс (чтение файла — %2 мс).</numerusform>
            <numerusform>Ранжированы %n участника за %1 мс (чтение файла — %2 мс).</numerusform>
            <numerusform>Ранжировано %n участников за %1 мс (чтение файла — %2 мс).</numerusform>
        </translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>The stored methodology cannot be used (%1); the recommended default is shown instead.</source>
        <translation>Сохранённую методику использовать нельзя (%1); вместо неё показаны рекомендуемые значения.</translation>
    </message>
    <message>
        <source>&amp;Methodology…</source>
        <translation>&amp;Методика…</translation>
    </message>
    <message>
        <source>Saves the ranking shown as an Excel workbook or a CSV file.</source>
        <translation>Сохраняет показанный рейтинг в книгу Excel или файл CSV.</translation>
    </message>
    <message>
        <source>Score &amp;Card…</source>
        <translation>&amp;Карта оценки…</translation>
    </message>
    <message>
        <source>Prints the selected nominee&apos;s score card: every score and how the total is made.</source>
        <translation>Печатает карту оценки выбранного участника: все оценки и то, как сложился итоговый балл.</translation>
    </message>
    <message>
        <source>No one is in stage II yet. Stage II ranks the regions&apos; winners: finalise stage I region by region first (Stage “I — regional”, choose the region, Finalise…).</source>
        <translation>Во II этапе пока никого нет. II этап ранжирует победителей областей: сначала завершите I этап по каждой области (Этап «I — областной», выберите область, «Завершить этап…»).</translation>
    </message>
    <message>
        <source>Computing the ranking…</source>
        <translation>Рейтинг вычисляется…</translation>
    </message>
    <message>
        <source>No nominees to rank yet. Import the registry of applicants with File ▸ Import Registry…, or add nominees on the Nominees tab.</source>
        <translation>Пока некого ранжировать. Импортируйте реестр заявителей: Файл ▸ Импорт реестра…, или добавьте участников на вкладке «Участники».</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Импорт &amp;реестра…</translation>
    </message>
    <message>
        <source>No nominees in this region. Choose “All regions” to see the ranking of every region.</source>
        <translation>В этой области нет участников. Выберите «Все области», чтобы увидеть рейтинг всех областей.</translation>
    </message>
    <message>
        <source>Sho&amp;w All Regions</source>
        <translation>Показать &amp;все области</translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>Обл&amp;асть:</translation>
    </message>
    <message>
        <source>Recom&amp;pute</source>
        <translation>П&amp;ересчитать</translation>
    </message>
    <message>
        <source>Fi&amp;nalise…</source>
        <translation>&amp;Завершить этап…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Экспор&amp;т…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>How the selected nominee&apos;s total is made up</source>
        <translation>Из чего складывается итог выбранного участника</translation>
    </message>
</context>
<context>
    <name>akim::RegistryImportDialog</name>
    <message>
        <source>Import Registry of Applicants</source>
        <translation>Импорт реестра заявителей</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>a spreadsheet with region, district, okrug and the akim&apos;s full name</source>
        <translation>таблица с областью, районом, округом и ФИО акима</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Аким</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Choose the spreadsheet, or drop it here. Nothing is written before you press Import.</source>
        <translation>Выберите таблицу или перетащите её сюда. До нажатия «Импортировать» ничего не записывается.</translation>
    </message>
    <message>
        <source>Choose the Registry</source>
        <translation>Выбор реестра</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Таблицы (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>add, with a new district and okrug</source>
        <translation>добавить, создав новые район и округ</translation>
    </message>
    <message>
        <source>add, with a new okrug</source>
        <translation>добавить, создав новый округ</translation>
    </message>
    <message>
        <source>add</source>
        <translation>добавить</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>уже есть</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Файл не удаётся импортировать: %1</translation>
    </message>
    <message>
        <source>Correct the rows with problems in the spreadsheet, then choose it again: a registry is imported whole or not at all.</source>
        <translation>Исправьте строки с ошибками в таблице и выберите её снова: реестр импортируется целиком или не импортируется вовсе.</translation>
    </message>
    <message>
        <source>Every nominee of this file is already in the contest: nothing to import.</source>
        <translation>Все участники из этого файла уже есть в конкурсе: импортировать нечего.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n nominee(s) added</source>
        <translation>
            <numerusform>Импорт выполнен: добавлен %n участник</numerusform>
            <numerusform>Импорт выполнен: добавлено %n участника</numerusform>
            <numerusform>Импорт выполнен: добавлено %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n okrug(s) created</source>
        <translation>
            <numerusform>; создан %n сельский округ</numerusform>
            <numerusform>; создано %n сельских округа</numerusform>
            <numerusform>; создано %n сельских округов</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rows of the registry</source>
        <translation>Строки реестра</translation>
    </message>
    <message>
        <source>Choose the spreadsheet the HR department sent with Browse…: each of its rows shows here with what the import does with it, before anything is written.</source>
        <translation>Выберите таблицу, присланную отделом кадров, кнопкой «Обзор…»: каждая её строка появится здесь с тем, что сделает с ней импорт, до того как что-либо будет записано.</translation>
    </message>
</context>
<context>
    <name>akim::ReportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;All Regional Protocols…</source>
        <translation>Протоколы &amp;всех областей…</translation>
    </message>
    <message>
        <source>Protocol &amp;Details…</source>
        <translation>&amp;Реквизиты протокола…</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>П&amp;ечать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Protocols and Reports</source>
        <translation>Протоколы и отчёты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Прервать выполнение</translation>
    </message>
    <message>
        <source>The stage I protocol of every region, one PDF each, into a folder you choose</source>
        <translation>Протоколы I этапа всех областей, по одному файлу PDF на область, в выбранную папку</translation>
    </message>
    <message>
        <source>The meeting&apos;s number, date, place, attendance, vote and awards, which the protocol prints</source>
        <translation>Номер, дата и место заседания, присутствие, голосование и присуждённые номинации, которые печатаются в протоколе</translation>
    </message>
    <message>
        <source>No contest is open.</source>
        <translation>Конкурс не открыт.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Reading the contest…</source>
        <translation>Чтение конкурса…</translation>
    </message>
    <message>
        <source>The document cannot be made.</source>
        <translation>Документ не может быть сформирован.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>Печать: %1…</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Печать страницы %1 из %2…</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>Принтер не принял документ.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <source>%1 was sent to the printer.</source>
        <translation>Документ «%1» отправлен на принтер.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Запись страницы %1 из %2…</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Отменено: файл %1 не записан.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>All Regional Protocols</source>
        <translation>Протоколы всех областей</translation>
    </message>
    <message>
        <source>Writing the regional protocols…</source>
        <translation>Запись протоколов областей…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n protocol(s) written to %1.</source>
        <translation>
            <numerusform>Отменено: в папку %1 записан %n протокол.</numerusform>
            <numerusform>Отменено: в папку %1 записано %n протокола.</numerusform>
            <numerusform>Отменено: в папку %1 записано %n протоколов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1

%n protocol(s) had been written to %2.</source>
        <translation>
            <numerusform>%1

До этого в папку %2 был записан %n протокол.</numerusform>
            <numerusform>%1

До этого в папку %2 было записано %n протокола.</numerusform>
            <numerusform>%1

До этого в папку %2 было записано %n протоколов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regional protocol(s) written to %1.</source>
        <translation>
            <numerusform>В папку %1 записан %n протокол области.</numerusform>
            <numerusform>В папку %1 записано %n протокола областей.</numerusform>
            <numerusform>В папку %1 записано %n протоколов областей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::ReportForm</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Type a part of the name, okrug or district</source>
        <translation>Введите часть ФИО, названия округа или района</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Kazakh and Russian are the official languages of a protocol, and each is a separate document. An English copy is for reading only.</source>
        <translation>Официальные языки протокола — казахский и русский, на каждом из них составляется отдельный документ. Экземпляр на английском языке — только для ознакомления.</translation>
    </message>
    <message>
        <source>About the document</source>
        <translation>О документе</translation>
    </message>
    <message>
        <source>Doc&amp;ument:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>&amp;Nominee:</source>
        <translation>&amp;Участник:</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Protocol of the commission</source>
        <translation>Протокол комиссии</translation>
    </message>
    <message>
        <source>Score card of a nominee</source>
        <translation>Карта оценки участника</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Бланки оценочных листов</translation>
    </message>
    <message>
        <source>Stage I (regional)</source>
        <translation>I этап (областной)</translation>
    </message>
    <message>
        <source>Stage II (republican)</source>
        <translation>II этап (республиканский)</translation>
    </message>
    <message>
        <source>%1 (unofficial)</source>
        <translation>%1 (неофициальный)</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>The protocol of the commission&apos;s meeting: the ranking, the decision and the lines for the signatures.</source>
        <translation>Протокол заседания комиссии: рейтинг, решение и строки для подписей.</translation>
    </message>
    <message>
        <source>Every part of one nominee&apos;s total: each member&apos;s score, the survey and the ethics index, to check the total by hand.</source>
        <translation>Все составляющие итогового балла одного участника: оценки каждого члена комиссии, индексы опроса и этики — для проверки итога вручную.</translation>
    </message>
    <message>
        <source>Choose a nominee from the list: type a part of the name or okrug.</source>
        <translation>Выберите участника из списка: введите часть ФИО или названия округа.</translation>
    </message>
    <message>
        <source>What each survey and ethics import brought in, rejected and could not match.</source>
        <translation>Сведения о каждом импорте опроса населения и анкеты по этике: что импортировано, что отклонено и что не удалось сопоставить.</translation>
    </message>
    <message>
        <source>One paper ballot for each voting member, with the nominees and criteria filled in.</source>
        <translation>Бумажный оценочный лист для каждого голосующего члена комиссии с уже внесёнными участниками и критериями.</translation>
    </message>
    <message>
        <source>An English document is for reading only; print the Kazakh and the Russian ones to sign.</source>
        <translation>Документ на английском языке — только для ознакомления; для подписания печатайте документы на казахском и русском языках.</translation>
    </message>
</context>
<context>
    <name>akim::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>%1 is protected: sign in to work on it.</source>
        <translation>%1 защищён: войдите, чтобы работать с ним.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>akim::SurveyPage</name>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>&amp;Импорт опроса населения…</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>No responses imported yet: File ▸ Import Survey… or Import Ethics Questionnaire…, or drop the export on the window.</source>
        <translation>Ответы ещё не импортированы: Файл ▸ Импорт опроса населения… или Импорт анкеты по этике…, либо перетащите выгрузку в окно.</translation>
    </message>
    <message numerus="yes">
        <source>%1 citizens&apos; responses, %2 ethics responses. Insufficient sample (fewer than %3 responses): %n nominee(s); without any response: %4.</source>
        <translation>
            <numerusform>Ответов опроса населения: %1, ответов по этике: %2. Недостаточная выборка (меньше %3 ответов): %n участник; без единого ответа: %4.</numerusform>
            <numerusform>Ответов опроса населения: %1, ответов по этике: %2. Недостаточная выборка (меньше %3 ответов): %n участника; без единого ответа: %4.</numerusform>
            <numerusform>Ответов опроса населения: %1, ответов по этике: %2. Недостаточная выборка (меньше %3 ответов): %n участников; без единого ответа: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>Обл&amp;асть:</translation>
    </message>
    <message>
        <source>Import E&amp;thics Questionnaire…</source>
        <translation>Импорт анкеты по &amp;этике…</translation>
    </message>
    <message>
        <source>Survey responses per nominee</source>
        <translation>Ответы опроса по участникам</translation>
    </message>
    <message>
        <source>No nominees yet. Responses are counted per nominee, so import the registry of applicants first (File ▸ Import Registry…), then the survey (File ▸ Import Survey…).</source>
        <translation>Участников пока нет. Ответы считаются по участникам, поэтому сначала импортируйте реестр заявителей (Файл ▸ Импорт реестра…), затем опрос (Файл ▸ Импорт опроса населения…).</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Импорт &amp;реестра…</translation>
    </message>
    <message>
        <source>No nominees in this region. Choose “All regions” to see every region&apos;s responses.</source>
        <translation>В этой области нет участников. Выберите «Все области», чтобы увидеть ответы по всем областям.</translation>
    </message>
    <message>
        <source>Sho&amp;w All Regions</source>
        <translation>Показать &amp;все области</translation>
    </message>
</context>
<context>
    <name>akim::SurveyStatsModel</name>
    <message>
        <source>no responses</source>
        <translation>нет ответов</translation>
    </message>
    <message>
        <source>insufficient sample</source>
        <translation>недостаточная выборка</translation>
    </message>
    <message>
        <source>No counted answer</source>
        <translation>Нет учтённых ответов</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n counted answer(s), mean %2, index %3</source>
        <translation>
            <numerusform>%1: %n учтённый ответ, среднее %2, индекс %3</numerusform>
            <numerusform>%1: %n учтённых ответа, среднее %2, индекс %3</numerusform>
            <numerusform>%1: %n учтённых ответов, среднее %2, индекс %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n responses: the survey index still counts, but it rests on a small sample.</source>
        <translation>
            <numerusform>Меньше %n ответа: индекс опроса учитывается, но основан на малой выборке.</numerusform>
            <numerusform>Меньше %n ответов: индекс опроса учитывается, но основан на малой выборке.</numerusform>
            <numerusform>Меньше %n ответов: индекс опроса учитывается, но основан на малой выборке.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: the mean answer (%3–%4)</source>
        <translation>%1 — %2: средний ответ (%3–%4)</translation>
    </message>
    <message>
        <source>The mean of the criteria&apos;s indexes, 0–100</source>
        <translation>Среднее индексов по критериям, 0–100</translation>
    </message>
    <message>
        <source>The share of positive answers of the ethics questionnaire, 0–100</source>
        <translation>Доля положительных ответов анкеты по этике, 0–100</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Аким</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Survey index</source>
        <translation>Индекс опроса</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>Ethics n</source>
        <translation>n (этика)</translation>
    </message>
    <message>
        <source>Ethics index</source>
        <translation>Индекс этики</translation>
    </message>
</context>
<context>
    <name>akim::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>akim::WelcomePage</name>
    <message>
        <source>Akim Contest</source>
        <translation>Лучший сельский аким</translation>
    </message>
    <message>
        <source>The republican contest «Best Rural Akim»: nominees, commissions, criteria, scores and protocols, kept in one contest file.</source>
        <translation>Республиканский конкурс «Лучший сельский аким»: участники, комиссии, критерии, оценки и протоколы в одном файле конкурса.</translation>
    </message>
    <message>
        <source>&amp;Open contest…</source>
        <translation>Открыть &amp;конкурс…</translation>
    </message>
    <message>
        <source>Open &amp;demo contest</source>
        <translation>Открыть &amp;демонстрационный конкурс</translation>
    </message>
    <message>
        <source>No recent contests.</source>
        <translation>Недавних конкурсов нет.</translation>
    </message>
    <message>
        <source>The demo contest is made-up data for trying the program: 17 regions, 2,287 nominees, their commissions&apos; ballots, 100,000 citizens&apos; survey responses and an ethics questionnaire. It is created on first use in your data folder. Sign in as “secretary” or “chair” (or a member, “member1” …) with the password “demo”.</source>
        <translation>Демонстрационный конкурс — вымышленные данные, чтобы попробовать программу: 17 областей, 2 287 участников, оценочные листы их комиссий, 100 000 ответов жителей и анкета по этике. Он создаётся при первом открытии в папке данных. Войдите как «secretary» или «chair» (либо как член комиссии, «member1» …) с паролем «demo».</translation>
    </message>
    <message>
        <source>Open a &amp;ballot package…</source>
        <translation>Открыть пакет оценочного &amp;листа…</translation>
    </message>
    <message>
        <source>For a commission member: the file the secretary sent you to score on this PC</source>
        <translation>Для члена комиссии: файл, присланный секретарём, для оценки на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;New contest from template…</source>
        <translation>Со&amp;здать конкурс по шаблону…</translation>
    </message>
    <message>
        <source>A contest file (.akc) kept on this PC, on a USB stick or sent by e-mail.</source>
        <translation>Файл конкурса (.akc) на этом компьютере, на флешке или полученный по электронной почте.</translation>
    </message>
    <message>
        <source>Recent contests</source>
        <translation>Недавние конкурсы</translation>
    </message>
    <message>
        <source>Recent &amp;contests:</source>
        <translation>&amp;Недавние конкурсы:</translation>
    </message>
    <message numerus="yes">
        <source>From the template «%1»: the %n region(s) with their commissions and the republican commission, the criteria %2 with the recommended weights. Everything can be changed until the first score is entered.</source>
        <translation>
            <numerusform>По шаблону «%1»: %n область с её комиссией и республиканская комиссия, критерии %2 с рекомендуемыми весами. Всё можно изменить, пока не выставлена первая оценка.</numerusform>
            <numerusform>По шаблону «%1»: %n области с их комиссиями и республиканская комиссия, критерии %2 с рекомендуемыми весами. Всё можно изменить, пока не выставлена первая оценка.</numerusform>
            <numerusform>По шаблону «%1»: %n областей с их комиссиями и республиканская комиссия, критерии %2 с рекомендуемыми весами. Всё можно изменить, пока не выставлена первая оценка.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::demo::DemoSurvey</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Writing the questionnaires</source>
        <translation>Запись анкет</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>No temporary folder for the demo&apos;s questionnaires: %1</source>
        <translation>Не удаётся создать временную папку для анкет демонстрационного конкурса: %1</translation>
    </message>
    <message>
        <source>Importing the citizens&apos; survey</source>
        <translation>Импорт опроса населения</translation>
    </message>
    <message>
        <source>Importing the ethics questionnaire</source>
        <translation>Импорт анкеты по этике</translation>
    </message>
</context>
<context>
    <name>akim::labels</name>
    <message>
        <source>Active</source>
        <translation>Участвует</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Снят(а) с конкурса</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дисквалифицирован(а)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Citizens&apos; survey</source>
        <translation>Опрос населения</translation>
    </message>
    <message>
        <source>Ethics questionnaire</source>
        <translation>Анкета по этике</translation>
    </message>
    <message>
        <source>Stage I (regional)</source>
        <translation>I этап (областной)</translation>
    </message>
    <message>
        <source>Stage II (republican)</source>
        <translation>II этап (республиканский)</translation>
    </message>
    <message>
        <source>Contest created</source>
        <translation>Конкурс создан</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Созданы демонстрационные данные</translation>
    </message>
    <message>
        <source>District added</source>
        <translation>Район добавлен</translation>
    </message>
    <message>
        <source>District removed</source>
        <translation>Район удалён</translation>
    </message>
    <message>
        <source>Rural okrug added</source>
        <translation>Сельский округ добавлен</translation>
    </message>
    <message>
        <source>Rural okrug removed</source>
        <translation>Сельский округ удалён</translation>
    </message>
    <message>
        <source>Nominee added</source>
        <translation>Участник добавлен</translation>
    </message>
    <message>
        <source>Nominee changed</source>
        <translation>Участник изменён</translation>
    </message>
    <message>
        <source>Nominee removed</source>
        <translation>Участник удалён</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Критерий добавлен</translation>
    </message>
    <message>
        <source>Criterion changed</source>
        <translation>Критерий изменён</translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Критерий удалён</translation>
    </message>
    <message>
        <source>Criteria reordered</source>
        <translation>Порядок критериев изменён</translation>
    </message>
    <message>
        <source>Commission member added</source>
        <translation>Член комиссии добавлен</translation>
    </message>
    <message>
        <source>Commission member changed</source>
        <translation>Член комиссии изменён</translation>
    </message>
    <message>
        <source>Commission member removed</source>
        <translation>Член комиссии удалён</translation>
    </message>
    <message>
        <source>Conflicts of interest changed</source>
        <translation>Конфликты интересов изменены</translation>
    </message>
    <message>
        <source>Methodology changed</source>
        <translation>Методика изменена</translation>
    </message>
    <message>
        <source>Questionnaire responses imported</source>
        <translation>Загружены ответы анкет</translation>
    </message>
    <message>
        <source>Questionnaire import undone</source>
        <translation>Загрузка анкет отменена</translation>
    </message>
    <message>
        <source>Registry imported</source>
        <translation>Реестр загружен</translation>
    </message>
    <message>
        <source>Stage finalised</source>
        <translation>Этап завершён</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>Rural okrugs</source>
        <translation>Сельские округа</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Commission members</source>
        <translation>Члены комиссий</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>Questionnaire imports</source>
        <translation>Загрузки анкет</translation>
    </message>
    <message>
        <source>Registry imports</source>
        <translation>Загрузки реестра</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Questionnaire import</source>
        <translation>Загрузка анкет</translation>
    </message>
    <message>
        <source>Registry import</source>
        <translation>Загрузка реестра</translation>
    </message>
    <message>
        <source>Finalised result</source>
        <translation>Завершённые итоги</translation>
    </message>
    <message>
        <source>Commission index</source>
        <translation>Индекс комиссии</translation>
    </message>
    <message>
        <source>Citizens&apos; survey index</source>
        <translation>Индекс опроса населения</translation>
    </message>
    <message>
        <source>Ethics index</source>
        <translation>Индекс этики</translation>
    </message>
    <message>
        <source>Number of citizens&apos; survey responses</source>
        <translation>Число ответов опроса населения</translation>
    </message>
    <message>
        <source>Number of ethics questionnaire responses</source>
        <translation>Число ответов анкеты по этике</translation>
    </message>
    <message>
        <source>Stage I total</source>
        <translation>Итог I этапа</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Учётная запись создана</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Учётная запись включена</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Учётная запись отключена</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Score entered</source>
        <translation>Оценка выставлена</translation>
    </message>
    <message>
        <source>Score cleared</source>
        <translation>Оценка удалена</translation>
    </message>
    <message>
        <source>Ballot submitted</source>
        <translation>Оценочный лист сдан</translation>
    </message>
    <message>
        <source>Ballot reopened</source>
        <translation>Оценочный лист открыт снова</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Оценочные листы</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Оценочный лист</translation>
    </message>
    <message>
        <source>Double entry of paper ballots switched on or off</source>
        <translation>Двойной ввод бумажных оценочных листов включён или выключен</translation>
    </message>
    <message>
        <source>Paper ballot cell typed</source>
        <translation>Ячейка бумажного оценочного листа набрана</translation>
    </message>
    <message>
        <source>Paper ballot cell cleared</source>
        <translation>Ячейка бумажного оценочного листа очищена</translation>
    </message>
    <message>
        <source>Paper ballot disagreement resolved</source>
        <translation>Расхождение в бумажном оценочном листе устранено</translation>
    </message>
    <message>
        <source>Paper ballot entry discarded</source>
        <translation>Ввод бумажного оценочного листа аннулирован</translation>
    </message>
    <message>
        <source>Paper ballot accepted</source>
        <translation>Бумажный оценочный лист принят</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Бумажные оценочные листы</translation>
    </message>
    <message>
        <source>Paper ballot entry</source>
        <translation>Ввод бумажного оценочного листа</translation>
    </message>
    <message>
        <source>Ballot package exported</source>
        <translation>Пакет оценочного листа экспортирован</translation>
    </message>
    <message>
        <source>Ballot package imported</source>
        <translation>Пакет оценочного листа импортирован</translation>
    </message>
    <message>
        <source>Protocol details saved</source>
        <translation>Реквизиты протокола сохранены</translation>
    </message>
    <message>
        <source>Quorum rule changed</source>
        <translation>Правило кворума изменено</translation>
    </message>
    <message>
        <source>Commission meetings</source>
        <translation>Заседания комиссий</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <source>Commission meeting</source>
        <translation>Заседание комиссии</translation>
    </message>
</context>
<context>
    <name>akim::report::BlankBallotExport</name>
    <message>
        <source>Blank ballots – %1</source>
        <extracomment>The PDF&apos;s title; %1 is the commission&apos;s name</extracomment>
        <translation>Бланки оценочных листов – %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Reading the commission&apos;s ballots…</source>
        <translation>Чтение оценочных листов комиссии…</translation>
    </message>
    <message>
        <source>The commission no longer exists.</source>
        <translation>Такой комиссии больше нет.</translation>
    </message>
    <message>
        <source>The commission has no voting members yet: add its members first.</source>
        <translation>В комиссии пока нет голосующих членов: сначала добавьте членов комиссии.</translation>
    </message>
    <message>
        <source>The commission has no nominees to score yet.</source>
        <translation>У комиссии пока нет участников для оценки.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n ballot(s)…</source>
        <translation>
            <numerusform>Запись %n оценочного листа…</numerusform>
            <numerusform>Запись %n оценочных листов…</numerusform>
            <numerusform>Запись %n оценочных листов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::report::BlankBallotRenderer</name>
    <message>
        <source>BALLOT OF A COMMISSION MEMBER</source>
        <translation>ОЦЕНОЧНЫЙ ЛИСТ ЧЛЕНА КОМИССИИ</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the paper ballot: the row&apos;s number</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Nominee
(rural okrug, district)</source>
        <translation>Участник
(сельский округ, район)</translation>
    </message>
    <message>
        <source>Nominee
(rural okrug, district, region)</source>
        <translation>Участник
(сельский округ, район, область)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <source>A</source>
        <extracomment>Written in a box of the paper ballot for &quot;abstained&quot;: one letter</extracomment>
        <translation>В</translation>
    </message>
    <message>
        <source>R</source>
        <extracomment>Written in a box of the paper ballot for &quot;recused&quot;: one letter</extracomment>
        <translation>С</translation>
    </message>
    <message>
        <source>In each box enter the points, from 0 to the criterion&apos;s maximum; write %1 if you abstain, %2 if you recuse yourself.</source>
        <extracomment>%1 and %2 are the one-letter marks for &quot;abstained&quot; and &quot;recused&quot;</extracomment>
        <translation>В каждой клетке поставьте баллы от 0 до максимума критерия; напишите %1, если воздерживаетесь, %2 — при самоотводе.</translation>
    </message>
    <message>
        <source>Rows struck through: you declared a conflict of interest with the nominee and are recused.</source>
        <translation>Зачёркнутые строки: вы заявили конфликт интересов с участником и взяли самоотвод.</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Критерии:</translation>
    </message>
    <message>
        <source>%1 — ballot, continued</source>
        <extracomment>Heading of the ballot&apos;s later pages; %1 is the member&apos;s name</extracomment>
        <translation>%1 — оценочный лист, продолжение</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Стр. %1 из %2</translation>
    </message>
    <message>
        <source>(signature)</source>
        <extracomment>Caption under the signature line</extracomment>
        <translation>(подпись)</translation>
    </message>
    <message>
        <source>Date: “____” ______________ 20____</source>
        <translation>Дата: «____» ______________ 20____ г.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the contest&apos;s title, %2 its year</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stage I (regional)</source>
        <translation>I этап (областной)</translation>
    </message>
    <message>
        <source>Stage II (republican)</source>
        <translation>II этап (республиканский)</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Председатель комиссии</translation>
    </message>
    <message>
        <source>Deputy chair of the commission</source>
        <translation>Заместитель председателя комиссии</translation>
    </message>
    <message>
        <source>Secretary of the commission</source>
        <translation>Секретарь комиссии</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Член комиссии</translation>
    </message>
</context>
<context>
    <name>akim::report::ImportReport</name>
    <message>
        <source>The contest has no such region.</source>
        <translation>В конкурсе нет такой области.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Методику конкурса невозможно применить: %1</translation>
    </message>
</context>
<context>
    <name>akim::report::ImportReportRenderer</name>
    <message>
        <source>every region</source>
        <translation>все области</translation>
    </message>
    <message>
        <source>Survey imports – %1</source>
        <extracomment>The PDF&apos;s title; %1 is the region, or &quot;every region&quot;</extracomment>
        <translation>Импорт опросов – %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>SURVEY IMPORT REPORT</source>
        <translation>ОТЧЁТ ОБ ИМПОРТЕ ОПРОСОВ</translation>
    </message>
    <message>
        <source>Every import of the citizens&apos; survey and of the ethics questionnaire into this contest file: what each read, imported and turned away. Rejected rows themselves are not stored in the contest file: the importer writes them, each with its reason, to a separate CSV file (“--rejected”) when asked at import time.</source>
        <translation>Все импорты опроса населения и анкеты по этике в этот файл конкурса: сколько строк каждый из них прочитал, импортировал и отклонил. Сами отклонённые строки в файле конкурса не хранятся: если это запрошено при импорте, они записываются, каждая с причиной, в отдельный файл CSV («--rejected»).</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <extracomment>Footer of every page of the import report; %1 when it was printed</extracomment>
        <translation>%1 · напечатано: %2</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Импорта пока не было.</translation>
    </message>
    <message>
        <source>no nominee: %1</source>
        <translation>участник не найден: %1</translation>
    </message>
    <message>
        <source>several regions</source>
        <translation>несколько областей</translation>
    </message>
    <message>
        <source>undone: no longer counts</source>
        <translation>отменён: больше не учитывается</translation>
    </message>
    <message>
        <source>imports in force: %1</source>
        <extracomment>Under a total row of the imports table; %1 is a number of imports</extracomment>
        <translation>действующих импортов: %1</translation>
    </message>
    <message>
        <source>File, SHA-256</source>
        <translation>Файл, SHA-256</translation>
    </message>
    <message>
        <source>Imported on, by</source>
        <translation>Когда и кем импортирован</translation>
    </message>
    <message>
        <source>Rows read = responses imported + rows rejected + duplicates skipped; rows for which no nominee was found are among the rejected.</source>
        <translation>Прочитано строк = импортировано ответов + отклонено строк + пропущено дубликатов; строки, для которых не найден участник, входят в число отклонённых.</translation>
    </message>
    <message>
        <source>An undone import keeps its record, but its responses no longer count and it is left out of the totals.</source>
        <translation>Запись об отменённом импорте сохраняется, но его ответы больше не учитываются, и он не входит в итоги.</translation>
    </message>
    <message>
        <source>A file that held responses of several regions is listed for each of them; its counts cover them all.</source>
        <translation>Файл с ответами из нескольких областей указан для каждой из них; его показатели охватывают все эти области.</translation>
    </message>
    <message>
        <source>Responses per nominee</source>
        <translation>Ответы по участникам</translation>
    </message>
    <message>
        <source>The responses that count now. Fewer than %1 citizens&apos; responses is an insufficient sample (the methodology&apos;s minimum).</source>
        <extracomment>%1 is the methodology&apos;s minimum sample of citizens&apos; responses per nominee</extracomment>
        <translation>Учитываемые сейчас ответы. Менее %1 ответов населения — недостаточная выборка (минимум по методике).</translation>
    </message>
    <message>
        <source>There are no nominees here yet.</source>
        <translation>Здесь пока нет участников.</translation>
    </message>
    <message>
        <source>Citizens&apos; responses</source>
        <translation>Ответы населения</translation>
    </message>
    <message>
        <source>Ethics questionnaire responses</source>
        <translation>Ответы анкеты по этике</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>снят(а) с конкурса</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>дисквалифицирован(а)</translation>
    </message>
    <message>
        <source>sufficient</source>
        <translation>достаточная</translation>
    </message>
</context>
<context>
    <name>akim::report::PdfOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>akim::report::ProtocolData</name>
    <message>
        <source>There is no region with the id %1 in the contest.</source>
        <translation>В конкурсе нет области с идентификатором %1.</translation>
    </message>
    <message>
        <source>The contest has no republican commission: add it on the Commissions tab first.</source>
        <translation>В конкурсе нет республиканской комиссии: сначала добавьте её на вкладке «Комиссии».</translation>
    </message>
    <message>
        <source>%1 has no commission: add it on the Commissions tab first.</source>
        <translation>У области «%1» нет комиссии: сначала добавьте её на вкладке «Комиссии».</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Методику конкурса невозможно применить: %1</translation>
    </message>
    <message>
        <source>Stage II has no nominees yet: the regions&apos; winners go on to it once stage I is finalised.</source>
        <translation>На II этапе пока нет участников: победители областей проходят на него после утверждения I этапа.</translation>
    </message>
    <message>
        <source>%1 has no nominees to rank.</source>
        <translation>В области «%1» нет участников для рейтинга.</translation>
    </message>
    <message>
        <source>The finalised ranking recorded SHA-256 %1, but the file now gives %2: its data were changed outside the program. Run “akimcontest check” on the file; no protocol is printed from it.</source>
        <translation>При утверждении рейтинга записан SHA-256 %1, а файл теперь даёт %2: его данные изменены вне программы. Выполните «akimcontest check» для файла; протокол по нему не печатается.</translation>
    </message>
</context>
<context>
    <name>akim::report::ProtocolText</name>
    <message>
        <source>Appendix 1
to the protocol of the meeting of %1 No. %2</source>
        <extracomment>Stamp at the top right of the appendix: %1 the meeting&apos;s date, %2 the protocol&apos;s number</extracomment>
        <translation>Приложение 1
к протоколу заседания
от %1 № %2</translation>
    </message>
    <message>
        <source>Ranking of the participants of the republican stage</source>
        <translation>Рейтинг участников республиканского этапа</translation>
    </message>
    <message>
        <source>Ranking of the participants of the regional stage: %1</source>
        <translation>Рейтинг участников регионального этапа: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the ranking table: the row&apos;s number</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Region, district, rural okrug</source>
        <translation>Область, район, сельский округ</translation>
    </message>
    <message>
        <source>District, rural okrug</source>
        <translation>Район, сельский округ</translation>
    </message>
    <message>
        <source>Survey
(responses)</source>
        <extracomment>Column: the citizens&apos; survey index, with the number of responses below</extracomment>
        <translation>Опрос
(ответов)</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Этика</translation>
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
        <translation>I этап</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>place %1</source>
        <translation>%1 место</translation>
    </message>
    <message>
        <source>winner; to the republican stage</source>
        <translation>победитель; на республиканский этап</translation>
    </message>
    <message>
        <source>by the chair&apos;s decision</source>
        <translation>по решению председателя</translation>
    </message>
    <message>
        <source>equal total at the cut</source>
        <translation>равный балл на границе прохода</translation>
    </message>
    <message>
        <source>place shared</source>
        <translation>место разделено</translation>
    </message>
    <message>
        <source>may not advance (ethics)</source>
        <translation>не может пройти (этика)</translation>
    </message>
    <message>
        <source>few responses</source>
        <translation>мало ответов</translation>
    </message>
    <message>
        <source>Protocol of the republican commission</source>
        <translation>Протокол республиканской комиссии</translation>
    </message>
    <message>
        <source>Protocol – %1</source>
        <translation>Протокол – %1</translation>
    </message>
    <message>
        <source>DRAFT: the result is not finalised; this is not the protocol to sign.</source>
        <translation>ПРОЕКТ: результат не утверждён; этот протокол не подписывается.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Стр. %1 из %2</translation>
    </message>
    <message>
        <source>SHA-256 of the ranking data (akimcontest rank … --format json): %1. Audit log: %2 entries, last %3.</source>
        <extracomment>Footer of every page: %1 the SHA-256 of the ranking data, %2 the number of audit log entries, %3 the start of the last entry&apos;s hash</extracomment>
        <translation>SHA-256 данных рейтинга (akimcontest rank … --format json): %1. Журнал аудита: записей %2, последняя %3.</translation>
    </message>
    <message>
        <source>PROTOCOL No. %1
of the meeting of the contest commission
%2
%3</source>
        <extracomment>Title of the protocol, lines split at 
: %1 the protocol&apos;s number, %2 the commission&apos;s name, %3 the contest&apos;s title (both as they are, in the nominative)</extracomment>
        <translation>ПРОТОКОЛ № %1
заседания конкурсной комиссии
%2
%3</translation>
    </message>
    <message>
        <source>%1 (city)</source>
        <extracomment>The meeting&apos;s city at the top left of the protocol; %1 the city</extracomment>
        <translation>г. %1</translation>
    </message>
    <message>
        <source>Opened at %1, closed at %2.</source>
        <translation>Начало заседания: %1, окончание: %2.</translation>
    </message>
    <message>
        <source>Opened at %1.</source>
        <translation>Начало заседания: %1.</translation>
    </message>
    <message>
        <source>CHAIRED BY:</source>
        <translation>ПРЕДСЕДАТЕЛЬСТВОВАЛ(А):</translation>
    </message>
    <message>
        <source>SECRETARY:</source>
        <translation>СЕКРЕТАРЬ:</translation>
    </message>
    <message>
        <source>PRESENT, MEMBERS OF THE COMMISSION:</source>
        <translation>ПРИСУТСТВОВАЛИ ЧЛЕНЫ КОМИССИИ:</translation>
    </message>
    <message>
        <source>ABSENT:</source>
        <translation>ОТСУТСТВОВАЛИ:</translation>
    </message>
    <message>
        <source>INVITED AND OBSERVERS:</source>
        <translation>ПРИГЛАШЁННЫЕ И НАБЛЮДАТЕЛИ:</translation>
    </message>
    <message>
        <source>Of the %1 members of the commission, %2 are present.</source>
        <extracomment>%1 members of the commission in all, %2 of them present</extracomment>
        <translation>Из %1 членов комиссии присутствуют %2.</translation>
    </message>
    <message>
        <source>There is a quorum; the meeting is competent to decide.</source>
        <translation>Кворум имеется, заседание правомочно.</translation>
    </message>
    <message>
        <source>There is no quorum: at least %1 must be present. The meeting cannot decide.</source>
        <translation>Кворума нет: должны присутствовать не менее %1. Заседание неправомочно.</translation>
    </message>
    <message>
        <source>The members of the commission confirmed that they have no conflict of interest with the participants.</source>
        <translation>Члены комиссии подтвердили отсутствие конфликта интересов с участниками.</translation>
    </message>
    <message>
        <source>Declared a conflict of interest and did not score the participant:</source>
        <translation>Заявили о конфликте интересов и не оценивали участника:</translation>
    </message>
    <message>
        <source>AGENDA:</source>
        <translation>ПОВЕСТКА ДНЯ:</translation>
    </message>
    <message>
        <source>On the results of the republican stage of the contest and its winners.</source>
        <translation>Об итогах республиканского этапа конкурса и его победителях.</translation>
    </message>
    <message>
        <source>On the results of the regional stage of the contest: %1.</source>
        <translation>Об итогах регионального этапа конкурса: %1.</translation>
    </message>
    <message>
        <source>HEARD:</source>
        <translation>СЛУШАЛИ:</translation>
    </message>
    <message numerus="yes">
        <source>The secretary of the commission on the scores of %n participant(s). The total is %1 × the commission&apos;s index (0–100) + %2 × the stage I total.</source>
        <translation>
            <numerusform>Секретаря комиссии об оценках %n участника. Итоговый балл = %1 × индекс комиссии (0–100) + %2 × итог I этапа.</numerusform>
            <numerusform>Секретаря комиссии об оценках %n участников. Итоговый балл = %1 × индекс комиссии (0–100) + %2 × итог I этапа.</numerusform>
            <numerusform>Секретаря комиссии об оценках %n участников. Итоговый балл = %1 × индекс комиссии (0–100) + %2 × итог I этапа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secretary of the commission on the scores of %n participant(s). The total is %1 × the citizens&apos; survey index + %2 × the ethics index + %3 × the commission&apos;s index, each 0–100.</source>
        <translation>
            <numerusform>Секретаря комиссии об оценках %n участника. Итоговый балл = %1 × индекс опроса граждан + %2 × индекс этики + %3 × индекс комиссии, каждый от 0 до 100.</numerusform>
            <numerusform>Секретаря комиссии об оценках %n участников. Итоговый балл = %1 × индекс опроса граждан + %2 × индекс этики + %3 × индекс комиссии, каждый от 0 до 100.</numerusform>
            <numerusform>Секретаря комиссии об оценках %n участников. Итоговый балл = %1 × индекс опроса граждан + %2 × индекс этики + %3 × индекс комиссии, каждый от 0 до 100.</numerusform>
        </translation>
    </message>
    <message>
        <source>A criterion&apos;s points are the mean of the members&apos; scores without the %1 highest and %1 lowest when there are at least %2, else the plain mean.</source>
        <translation>Балл по критерию — среднее оценок членов комиссии без %1 наибольших и %1 наименьших, если оценок не менее %2, иначе простое среднее.</translation>
    </message>
    <message>
        <source>A criterion&apos;s points are the median of the members&apos; scores.</source>
        <translation>Балл по критерию — медиана оценок членов комиссии.</translation>
    </message>
    <message>
        <source>A criterion&apos;s points are the mean of the members&apos; scores.</source>
        <translation>Балл по критерию — среднее оценок членов комиссии.</translation>
    </message>
    <message>
        <source>Abstentions and recusals do not count as zero. Equal totals are decided by %1, in this order; if still equal, the place is shared.</source>
        <extracomment>%1 the tie-breaks in order, e.g. &quot;the commission&apos;s index, the survey index&quot;</extracomment>
        <translation>Воздержания и самоотводы не считаются нулём. При равенстве итоговых баллов место определяют по порядку: %1; при полном равенстве место делится.</translation>
    </message>
    <message>
        <source>A survey index from fewer than %1 responses is marked “few responses”.</source>
        <translation>Индекс опроса, рассчитанный менее чем по %1 ответам, отмечен «мало ответов».</translation>
    </message>
    <message>
        <source>Methodology of the contest, version %1.</source>
        <translation>Методика конкурса, версия %1.</translation>
    </message>
    <message>
        <source>Methodology of the contest, version %1, after the recommended default (not official rules).</source>
        <translation>Методика конкурса, версия %1, на основе рекомендуемой по умолчанию (не официальные правила).</translation>
    </message>
    <message>
        <source>%1 (%2, %3), total %4</source>
        <extracomment>A nominee in the decision: %1 the name, %2 the rural okrug, %3 the district, %4 the total</extracomment>
        <translation>%1 (%2, %3), итоговый балл %4</translation>
    </message>
    <message>
        <source>DECIDED:</source>
        <translation>РЕШИЛИ:</translation>
    </message>
    <message>
        <source>To approve the ranking of the participants according to appendix 1 to this protocol.</source>
        <translation>Утвердить рейтинг участников согласно приложению 1 к настоящему протоколу.</translation>
    </message>
    <message>
        <source>To award place %1 to %2.</source>
        <extracomment>%1 the place (1, 2 or 3), %2 the nominee</extracomment>
        <translation>Присудить %1 место: %2.</translation>
    </message>
    <message>
        <source>To award the nomination “%1” to %2.</source>
        <translation>Присудить номинацию «%1»: %2.</translation>
    </message>
    <message>
        <source>To declare the winner(s) of the regional stage and recommend them to the republican stage: %1.</source>
        <translation>Признать победителем регионального этапа и рекомендовать для участия в республиканском этапе: %1.</translation>
    </message>
    <message>
        <source>Equal totals at the advancement cut (%1): the chair of the commission decides.</source>
        <translation>Равные итоговые баллы на границе прохода (%1): решение принимает председатель комиссии.</translation>
    </message>
    <message>
        <source>To send one copy of the protocol and the result file to the %1.</source>
        <translation>Один экземпляр протокола и файл результатов направить: %1.</translation>
    </message>
    <message>
        <source>republican commission</source>
        <translation>республиканская комиссия</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Voted: “for” – %1, “against” – %2, “abstained” – %3.</source>
        <extracomment>%1 votes for, %2 against, %3 abstained (a number or &quot;none&quot;)</extracomment>
        <translation>Голосовали: «за» – %1, «против» – %2, «воздержались» – %3.</translation>
    </message>
    <message>
        <source>The decision was taken unanimously.</source>
        <translation>Решение принято единогласно.</translation>
    </message>
    <message>
        <source>Appendix: 1. Ranking table of the participants, %1 page(s).</source>
        <extracomment>%1 the number of pages (sheets) of the appendix</extracomment>
        <translation>Приложение: 1. Рейтинговая таблица участников на %1 л.</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Председатель комиссии</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <source>Secretary of the commission</source>
        <translation>Секретарь комиссии</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>the commission&apos;s index</source>
        <translation>индекс комиссии</translation>
    </message>
    <message>
        <source>the survey index</source>
        <translation>индекс опроса</translation>
    </message>
    <message>
        <source>the ethics index</source>
        <translation>индекс этики</translation>
    </message>
    <message>
        <source>the number of survey responses</source>
        <translation>число ответов опроса</translation>
    </message>
    <message>
        <source>the number of ethics questionnaire responses</source>
        <translation>число ответов этической анкеты</translation>
    </message>
    <message>
        <source>the stage I total</source>
        <translation>итог I этапа</translation>
    </message>
</context>
<context>
    <name>akim::report::RankingExport</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Ranking – stage II</source>
        <extracomment>A file name</extracomment>
        <translation>Рейтинг – II этап</translation>
    </message>
    <message>
        <source>Ranking – stage I – all regions</source>
        <extracomment>A file name</extracomment>
        <translation>Рейтинг – I этап – все области</translation>
    </message>
    <message>
        <source>Ranking – stage I – %1</source>
        <extracomment>A file name; %1 is the region</extracomment>
        <translation>Рейтинг – I этап – %1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <source>Survey index</source>
        <translation>Индекс опроса</translation>
    </message>
    <message>
        <source>Ethics index</source>
        <translation>Индекс этики</translation>
    </message>
    <message>
        <source>Commission index</source>
        <translation>Индекс комиссии</translation>
    </message>
    <message>
        <source>Stage I total</source>
        <translation>Итог I этапа</translation>
    </message>
    <message>
        <source>%1 (points, %2)</source>
        <extracomment>A criterion&apos;s column: %1 its code and title, %2 the range of points (&quot;0–10&quot;)</extracomment>
        <translation>%1 (баллы, %2)</translation>
    </message>
    <message>
        <source>%1 (index, 0–100)</source>
        <extracomment>A survey or ethics criterion&apos;s column: %1 its code and title</extracomment>
        <translation>%1 (индекс, 0–100)</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Ответов на опрос</translation>
    </message>
    <message>
        <source>Ethics responses</source>
        <translation>Ответов по этике</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Advances</source>
        <translation>Проходит во II этап</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>stage I (regional)</source>
        <translation>I этап (областной)</translation>
    </message>
    <message>
        <source>stage II (republican)</source>
        <translation>II этап (республиканский)</translation>
    </message>
    <message>
        <source>survey index</source>
        <translation>индекс опроса</translation>
    </message>
    <message>
        <source>ethics index</source>
        <translation>индекс этики</translation>
    </message>
    <message>
        <source>commission index</source>
        <translation>индекс комиссии</translation>
    </message>
    <message>
        <source>stage I total</source>
        <translation>итоговый балл I этапа</translation>
    </message>
    <message>
        <source>number of survey responses</source>
        <translation>число ответов на опрос</translation>
    </message>
    <message>
        <source>number of ethics questionnaire responses</source>
        <translation>число ответов анкеты по этике</translation>
    </message>
    <message>
        <source>tie broken by the %1</source>
        <extracomment>%1 is a component, e.g. &quot;commission index&quot;</extracomment>
        <translation>равенство баллов разрешено по показателю: %1</translation>
    </message>
    <message>
        <source>insufficient survey sample</source>
        <translation>недостаточная выборка опроса</translation>
    </message>
    <message>
        <source>survey left out (sample too small)</source>
        <translation>опрос не учтён (слишком малая выборка)</translation>
    </message>
    <message>
        <source>no survey responses</source>
        <translation>нет ответов на опрос</translation>
    </message>
    <message>
        <source>no ethics questionnaire</source>
        <translation>нет анкеты по этике</translation>
    </message>
    <message>
        <source>no commission scores</source>
        <translation>нет оценок комиссии</translation>
    </message>
    <message>
        <source>no stage I total</source>
        <translation>нет итогового балла I этапа</translation>
    </message>
    <message>
        <source>cannot advance (ethics)</source>
        <translation>не может пройти во II этап (этика)</translation>
    </message>
    <message>
        <source>Ethics Commissioner: not compliant</source>
        <translation>уполномоченный по этике: требования не соблюдены</translation>
    </message>
    <message>
        <source>ethics index below the gate</source>
        <translation>индекс этики ниже порога</translation>
    </message>
    <message>
        <source>too few valid scores on a criterion</source>
        <translation>по одному из критериев слишком мало действительных оценок</translation>
    </message>
    <message>
        <source>a score given despite a conflict of interest was ignored</source>
        <translation>оценка, выставленная несмотря на конфликт интересов, не учтена</translation>
    </message>
    <message>
        <source>shares the place</source>
        <translation>делит место</translation>
    </message>
    <message>
        <source>tied at the advancement cut: the chair decides</source>
        <translation>равенство баллов на проходной границе: решает председатель</translation>
    </message>
    <message>
        <source>advances by the chair&apos;s decision</source>
        <translation>проходит во II этап по решению председателя</translation>
    </message>
    <message>
        <source>advances</source>
        <translation>проходит во II этап</translation>
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
        <translation>Рассчитано: %1.</translation>
    </message>
    <message>
        <source>Finalised %1 by %2; ranking SHA-256 %3.</source>
        <extracomment>%1 the date and time, %2 the user, %3 the SHA-256 of the ranking document</extracomment>
        <translation>Утверждено: %1, пользователь %2; SHA-256 рейтинга: %3.</translation>
    </message>
    <message>
        <source>Not finalised.</source>
        <translation>Не утверждено.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>Stage II</source>
        <translation>II этап</translation>
    </message>
    <message>
        <source>Stage I</source>
        <translation>I этап</translation>
    </message>
</context>
<context>
    <name>akim::report::ReportFactory</name>
    <message>
        <source>The document cannot be made.</source>
        <translation>Документ не может быть сформирован.</translation>
    </message>
    <message>
        <source>Reading the contest…</source>
        <translation>Чтение конкурса…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The contest has no regions yet.</source>
        <translation>В конкурсе пока нет областей.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записано</translation>
    </message>
</context>
<context>
    <name>akim::report::ScoreCard</name>
    <message>
        <source>The contest has no such nominee.</source>
        <translation>В конкурсе нет такого участника.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Методику конкурса невозможно применить: %1</translation>
    </message>
    <message>
        <source>%1 has withdrawn or is disqualified, and is not ranked.</source>
        <translation>%1: участник снят с конкурса или дисквалифицирован и не входит в рейтинг.</translation>
    </message>
    <message>
        <source>%1 is not among the nominees of stage II.</source>
        <translation>%1 не входит в число участников II этапа.</translation>
    </message>
    <message>
        <source>%1 is not ranked at stage I.</source>
        <translation>%1 не входит в рейтинг I этапа.</translation>
    </message>
</context>
<context>
    <name>akim::report::ScoreCardRenderer</name>
    <message>
        <source>Insufficient sample: fewer responses than the minimum, so the survey index is left out of the total.</source>
        <translation>Недостаточная выборка: ответов меньше минимума, поэтому индекс опроса не входит в итоговый балл.</translation>
    </message>
    <message>
        <source>Insufficient sample: fewer responses than the minimum; the survey index still counts.</source>
        <translation>Недостаточная выборка: ответов меньше минимума; индекс опроса всё же учитывается.</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>соответствует</translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation>не соответствует</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не внесено</translation>
    </message>
    <message>
        <source>The Ethics Commissioner&apos;s conclusion: %1.</source>
        <translation>Заключение уполномоченного по этике: %1.</translation>
    </message>
    <message>
        <source>Answers on %1–%2; blank and “hard to say” answers are not counted. A criterion&apos;s index is 100 × (mean − %1) / (%2 − %1).</source>
        <extracomment>%1 and %2 are the answer scale&apos;s ends; the formula rescales a mean answer to 0–100</extracomment>
        <translation>Ответы по шкале %1–%2; пустые ответы и «затрудняюсь ответить» не учитываются. Индекс критерия = 100 × (среднее − %1) / (%2 − %1).</translation>
    </message>
    <message>
        <source>The index is the share of positive answers: 100 × (mean − %1) / (%2 − %1).</source>
        <translation>Индекс — доля положительных ответов: 100 × (среднее − %1) / (%2 − %1).</translation>
    </message>
    <message>
        <source>Weight × index</source>
        <translation>Вес × индекс</translation>
    </message>
    <message>
        <source>No counted answer: the index has no value.</source>
        <translation>Нет учитываемых ответов: индекс не определён.</translation>
    </message>
    <message>
        <source>Survey index = Σ(weight × index) / Σ weight = %1 / %2 = %3</source>
        <translation>Индекс опроса = Σ(вес × индекс) / Σ вес = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>Ethics index = Σ(weight × index) / Σ weight = %1 / %2 = %3</source>
        <translation>Индекс этики = Σ(вес × индекс) / Σ вес = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>Methodology: version %1, SHA-256 of its JSON %2.</source>
        <extracomment>%1 the methodology&apos;s version in this contest file, %2 the SHA-256 of its JSON</extracomment>
        <translation>Методика: версия %1, SHA-256 её файла JSON: %2.</translation>
    </message>
    <message>
        <source>Score card – %1</source>
        <extracomment>The PDF&apos;s title; %1 is the nominee&apos;s name</extracomment>
        <translation>Карта оценки – %1</translation>
    </message>
    <message>
        <source>Score card: %1 · printed %2</source>
        <extracomment>Footer of every page of a score card; %1 the nominee, %2 when it was printed</extracomment>
        <translation>Карта оценки: %1 · напечатано: %2</translation>
    </message>
    <message>
        <source>SCORE CARD OF A NOMINEE</source>
        <translation>КАРТА ОЦЕНКИ УЧАСТНИКА</translation>
    </message>
    <message>
        <source>Nominees ranked at stage II: %1</source>
        <translation>Участников в рейтинге II этапа: %1</translation>
    </message>
    <message>
        <source>Nominees ranked in the region: %1</source>
        <translation>Участников в рейтинге области: %1</translation>
    </message>
    <message>
        <source>How the total is made</source>
        <translation>Как складывается итоговый балл</translation>
    </message>
    <message>
        <source>set: %1</source>
        <extracomment>Under a weight rescaled because a component has no data; %1 is the methodology&apos;s weight</extracomment>
        <translation>по методике: %1</translation>
    </message>
    <message>
        <source>No component has data yet: there is no total.</source>
        <translation>Ни по одной составляющей пока нет данных: итогового балла нет.</translation>
    </message>
    <message>
        <source>Total = Σ weight × component = %1 = %2</source>
        <translation>Итоговый балл = Σ вес × составляющая = %1 = %2</translation>
    </message>
    <message>
        <source>A component without data is left out, and the weights of the others are rescaled to keep their sum.</source>
        <translation>Составляющая без данных не учитывается, а веса остальных пропорционально пересчитываются так, чтобы их сумма сохранилась.</translation>
    </message>
    <message>
        <source>Everything is computed without rounding; figures are shown to %1 decimals, the total to %2: %3.</source>
        <extracomment>%1 and %2 are numbers of decimals, %3 the total as the ranking shows it</extracomment>
        <translation>Все расчёты выполняются без округления; знаков после запятой в показанных числах — %1, в итоговом балле — %2: %3.</translation>
    </message>
    <message>
        <source>A criterion&apos;s value is the trimmed mean of the members&apos; valid scores: the %1 highest and the %1 lowest are dropped when there are at least %2 valid scores, else the plain mean is taken.</source>
        <extracomment>%1 scores dropped at each end, %2 the valid scores needed to drop any</extracomment>
        <translation>Значение критерия — усечённое среднее действительных оценок членов комиссии: если действительных оценок не меньше %2, отбрасываются наибольшие (%1) и наименьшие (%1) из них, иначе берётся простое среднее.</translation>
    </message>
    <message>
        <source>A criterion&apos;s value is the mean of the members&apos; valid scores.</source>
        <translation>Значение критерия — среднее действительных оценок членов комиссии.</translation>
    </message>
    <message>
        <source>A criterion&apos;s value is the median of the members&apos; valid scores.</source>
        <translation>Значение критерия — медиана действительных оценок членов комиссии.</translation>
    </message>
    <message>
        <source>Abstentions and recusals are not counted, never as zeros.</source>
        <translation>Воздержания и самоотводы не учитываются и никогда не считаются нулём.</translation>
    </message>
    <message>
        <source>%1 (%2 points, weight %3)</source>
        <extracomment>Heading of a criterion&apos;s scores; %1 the criterion, %2 its range of points, %3 its weight</extracomment>
        <translation>%1 (баллы: %2, вес: %3)</translation>
    </message>
    <message>
        <source>conflict of interest declared: not counted</source>
        <translation>заявлен конфликт интересов: не учитывается</translation>
    </message>
    <message>
        <source>recused: not counted</source>
        <translation>самоотвод: не учитывается</translation>
    </message>
    <message>
        <source>abstained: not counted</source>
        <translation>воздержался(ась): не учитывается</translation>
    </message>
    <message>
        <source>dropped by the trimmed mean</source>
        <translation>отброшена при усечённом среднем</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>учтена</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>нет оценки</translation>
    </message>
    <message>
        <source>Value: median</source>
        <translation>Значение: медиана</translation>
    </message>
    <message>
        <source>median of %1</source>
        <translation>медиана значений %1</translation>
    </message>
    <message>
        <source>Value: trimmed mean</source>
        <translation>Значение: усечённое среднее</translation>
    </message>
    <message>
        <source>Value: mean</source>
        <translation>Значение: среднее</translation>
    </message>
    <message>
        <source>no valid score: left out of the commission index</source>
        <translation>нет действительных оценок: не входит в индекс комиссии</translation>
    </message>
    <message>
        <source>fewer than %1 valid scores: none dropped</source>
        <extracomment>%1 is the number of valid scores the trimmed mean needs</extracomment>
        <translation>действительных оценок меньше %1: ни одна не отброшена</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>In the criterion&apos;s value</source>
        <translation>В значении критерия</translation>
    </message>
    <message>
        <source>Commission index</source>
        <translation>Индекс комиссии</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Weight × value</source>
        <translation>Вес × значение</translation>
    </message>
    <message>
        <source>Weight × maximum</source>
        <translation>Вес × максимум</translation>
    </message>
    <message>
        <source>Commission index = 100 × Σ(weight × value) / Σ(weight × maximum) = 100 × %1 / %2 = %3</source>
        <translation>Индекс комиссии = 100 × Σ(вес × значение) / Σ(вес × максимум) = 100 × %1 / %2 = %3</translation>
    </message>
    <message>
        <source>No valid commission score: the commission index has no value.</source>
        <translation>Нет действительных оценок комиссии: индекс комиссии не определён.</translation>
    </message>
</context>
<context>
    <name>akim::report::XlsxWriterLibrary</name>
    <message>
        <source>libxlsxwriter (%1) cannot be loaded: %2</source>
        <translation>Не удаётся загрузить libxlsxwriter (%1): %2</translation>
    </message>
    <message>
        <source>libxlsxwriter (%1) has no function %2.</source>
        <translation>В libxlsxwriter (%1) нет функции %2.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::FinalisationVerifier</name>
    <message>
        <source>The finalised results cannot be checked: %1</source>
        <translation>Завершённые итоги нельзя проверить: %1</translation>
    </message>
    <message>
        <source>Stage II</source>
        <translation>II этап</translation>
    </message>
    <message>
        <source>Stage I of %1</source>
        <translation>I этап, %1</translation>
    </message>
    <message>
        <source>%1, finalised on %2: the contest&apos;s methodology is no longer the one it was finalised with.</source>
        <translation>%1, завершён %2: методика конкурса уже не та, с которой он был завершён.</translation>
    </message>
    <message>
        <source>%1, finalised on %2: its inputs no longer give the ranking that was finalised (SHA-256 %3, now %4). Scores, survey data or nominees were changed outside the program.</source>
        <translation>%1, завершён %2: исходные данные больше не дают завершённый рейтинг (SHA-256 %3, теперь %4). Оценки, данные опроса или участники изменены в обход программы.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::Methodology</name>
    <message>
        <source>Methodology: &quot;%1&quot; must be at least %2, so that a score remains after dropping %3 at each end.</source>
        <translation>Методика: значение «%1» должно быть не меньше %2, чтобы после отбрасывания крайних оценок (по %3 с каждой стороны) осталась хотя бы одна оценка.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be greater than &quot;%2&quot;.</source>
        <translation>Методика: значение «%1» должно быть больше «%2».</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be an object.</source>
        <translation>Методика: «%1» должен быть объектом.</translation>
    </message>
    <message>
        <source>The methodology is not valid JSON: %1 (at character %2).</source>
        <translation>Методика не является корректным JSON: %1 (символ %2).</translation>
    </message>
    <message>
        <source>The methodology must be a JSON object.</source>
        <translation>Методика должна быть объектом JSON.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; is not a known key (known here: %2).</source>
        <translation>Методика: «%1» — неизвестный ключ (допустимые здесь ключи: %2).</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be a list.</source>
        <translation>Методика: «%1» должен быть списком.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be a number.</source>
        <translation>Методика: «%1» должен быть числом.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be between %2 and %3, not %4.</source>
        <translation>Методика: значение «%1» должно быть от %2 до %3, а не %4.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be a whole number.</source>
        <translation>Методика: «%1» должен быть целым числом.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be true or false.</source>
        <translation>Методика: «%1» должен быть true или false.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be text.</source>
        <translation>Методика: «%1» должен быть текстом.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be one of %2, not %3.</source>
        <translation>Методика: «%1» должен принимать одно из значений %2, а не %3.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; needs a code.</source>
        <translation>Методика: «%1» — нужно указать код.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; repeats the criterion code %2.</source>
        <translation>Методика: в «%1» повторяется код критерия %2.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot;: survey and ethics criteria belong to the regional stage.</source>
        <translation>Методика: «%1»: критерии опроса и этики относятся только к областному этапу.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be greater than 0.</source>
        <translation>Методика: значение «%1» должно быть больше 0.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; lists &quot;%2&quot;, which is not a component of this stage (use %3).</source>
        <translation>Методика: в «%1» указано «%2», но это не составляющая данного этапа (используйте %3).</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; lists &quot;%2&quot; twice.</source>
        <translation>Методика: в «%1» дважды указано «%2».</translation>
    </message>
    <message>
        <source>Methodology: the weights in &quot;%1&quot; add up to %2; they must add up to 1.</source>
        <translation>Методика: сумма весов в «%1» равна %2, а должна быть равна 1.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::NomineeBreakdown</name>
    <message>
        <source>recused</source>
        <translation>самоотвод</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>воздержался(ась)</translation>
    </message>
    <message>
        <source>Place %1, total %2</source>
        <translation>Место %1, итоговый балл %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Составляющая</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Citizens&apos; survey</source>
        <translation>Опрос населения</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Этика</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Stage I total</source>
        <translation>Итоговый балл I этапа</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <source>Commission scores</source>
        <translation>Оценки комиссии</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Valid scores</source>
        <translation>Действительных оценок</translation>
    </message>
    <message>
        <source>Members&apos; scores</source>
        <translation>Оценки членов комиссии</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>усечённое среднее</translation>
    </message>
    <message>
        <source>too few valid scores</source>
        <translation>слишком мало действительных оценок</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Mean answer</source>
        <translation>Средний ответ</translation>
    </message>
    <message>
        <source>Citizens&apos; responses: %1 (minimum sample %2); ethics questionnaire responses: %3.</source>
        <translation>Ответов опроса населения: %1 (минимальная выборка — %2); ответов анкеты по этике: %3.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
</context>
<context>
    <name>akim::scoring::NomineeEvaluator</name>
    <message>
        <source>The methodology&apos;s criterion %1 is not among the contest&apos;s criteria: it has no scores or answers.</source>
        <translation>Критерия %1 из методики нет среди критериев конкурса: по нему нет ни оценок, ни ответов.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::RankingEngine</name>
    <message>
        <source>Stage I: a tie at the advancement cut in %1 awaits the chair&apos;s decision; stage II ranks only the nominees already advancing.</source>
        <translation>I этап, %1: равенство баллов на проходной границе ожидает решения председателя; в рейтинг II этапа включены только участники, уже прошедшие во II этап.</translation>
    </message>
    <message>
        <source>%1: %2 nominees are tied at the advancement cut for %3 remaining seat(s); the chair&apos;s decision is needed.</source>
        <translation>%1: участников с равенством баллов на проходной границе — %2, оставшихся мест — %3; требуется решение председателя.</translation>
    </message>
    <message>
        <source>%1: the chair chose %2 of the nominees tied at the advancement cut, but %3 seat(s) remain.</source>
        <translation>%1: из участников с равенством баллов на проходной границе председатель выбрал %2, а оставшихся мест — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) by members of another commission were ignored.</source>
        <translation>
            <numerusform>%n оценка членов другой комиссии не учтена.</numerusform>
            <numerusform>%n оценки членов другой комиссии не учтены.</numerusform>
            <numerusform>%n оценок членов другой комиссии не учтено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::scoring::RankingRun</name>
    <message>
        <source>Reading scores and survey totals</source>
        <translation>Чтение оценок и итогов опросов</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Методику конкурса невозможно применить: %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Составление рейтинга</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Рейтинг составлен</translation>
    </message>
</context>
<context>
    <name>akim::scoring::ScoringInputLoader</name>
    <message>
        <source>A score has an unknown state.</source>
        <translation>У одной из оценок неизвестное состояние.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Методику конкурса невозможно применить: %1</translation>
    </message>
</context>
<context>
    <name>akim::scoring::StageFinaliser</name>
    <message>
        <source>The contest file is not open for writing.</source>
        <translation>Файл конкурса не открыт для записи.</translation>
    </message>
    <message>
        <source>Stage I is finalised region by region: choose the region.</source>
        <translation>I этап завершается отдельно по каждой области: выберите область.</translation>
    </message>
    <message>
        <source>Stage II is finalised for the whole country, not for a region.</source>
        <translation>II этап завершается по всей стране, а не по отдельной области.</translation>
    </message>
    <message>
        <source>This result is already finalised.</source>
        <translation>Этот результат уже зафиксирован.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>Методику конкурса невозможно применить: %1</translation>
    </message>
    <message>
        <source>The contest has no such region.</source>
        <translation>В конкурсе нет такой области.</translation>
    </message>
    <message>
        <source>Stage II can be finalised once stage I is finalised in every region; still open: %1.</source>
        <translation>II этап можно завершить только после завершения I этапа во всех областях; ещё не завершён по областям: %1.</translation>
    </message>
    <message>
        <source>There is nobody to rank.</source>
        <translation>Некого включать в рейтинг.</translation>
    </message>
    <message>
        <source>The commission has not scored anyone yet.</source>
        <translation>Комиссия ещё никого не оценила.</translation>
    </message>
    <message numerus="yes">
        <source>%1 are tied at the advancement cut for %n seat(s): the chair must choose who advances.</source>
        <translation>
            <numerusform>%1: равенство баллов на проходной границе при %n свободном месте; председатель должен решить, кто проходит во II этап.</numerusform>
            <numerusform>%1: равенство баллов на проходной границе при %n свободных местах; председатель должен решить, кто проходит во II этап.</numerusform>
            <numerusform>%1: равенство баллов на проходной границе при %n свободных местах; председатель должен решить, кто проходит во II этап.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::survey::AnswerScale</name>
    <message>
        <source>&quot;%1&quot; is not a yes/no answer</source>
        <translation>«%1» — не ответ «да/нет»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer on the scale %2–%3</source>
        <translation>«%1» — не ответ по шкале %2–%3</translation>
    </message>
    <message>
        <source>The answer scale needs whole numbers with min below max.</source>
        <translation>Для шкалы ответов нужны целые числа, минимум меньше максимума.</translation>
    </message>
    <message>
        <source>Unknown answer scale &quot;%1&quot; (use likert or yes_no).</source>
        <translation>Неизвестная шкала ответов «%1» (используйте likert или yes_no).</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; must map to a number or null.</source>
        <translation>Ответу «%1» должно соответствовать число или null.</translation>
    </message>
</context>
<context>
    <name>akim::survey::CsvReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Не удаётся открыть файл: %1</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Файл пуст</translation>
    </message>
    <message>
        <source>This is not a text spreadsheet: the file holds binary data</source>
        <translation>Это не текстовая таблица: файл содержит двоичные данные</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”</source>
        <translation>Неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <source>A quote or a line break cannot be the delimiter</source>
        <translation>Кавычка или перевод строки не может быть разделителем</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>The file has no sheet “%1”</source>
        <translation>В файле нет листа «%1»</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1; they are shown as �</source>
        <translation>Некоторые байты недопустимы в кодировке %1; они показаны как �</translation>
    </message>
    <message>
        <source>The cell holds more than %1 characters, the most a cell may hold</source>
        <translation>В ячейке больше %1 символов — больше, чем допустимо для ячейки</translation>
    </message>
    <message>
        <source>The row has more than %1 cells</source>
        <translation>В строке больше %1 ячеек</translation>
    </message>
    <message>
        <source>The quoted cell that begins on line %1 is never closed</source>
        <translation>Ячейка в кавычках, начинающаяся в строке %1, не закрыта</translation>
    </message>
    <message>
        <source>The row is longer than %1 characters</source>
        <translation>Строка длиннее %1 символов</translation>
    </message>
</context>
<context>
    <name>akim::survey::EncodingDetector</name>
    <message>
        <source>The file has bytes that are not valid UTF-8; they are shown as �</source>
        <translation>В файле есть байты, недопустимые в UTF-8; они показаны как �</translation>
    </message>
    <message>
        <source>The encoding could not be recognised with confidence: check the preview and choose another encoding if the text looks wrong</source>
        <translation>Не удалось уверенно определить кодировку: проверьте предпросмотр и, если текст выглядит неправильно, выберите другую кодировку</translation>
    </message>
    <message>
        <source>The file is in %1, which has no letters ә ғ қ ң ө ұ ү һ: names may arrive damaged</source>
        <translation>Файл в кодировке %1, в которой нет букв ә ғ қ ң ө ұ ү һ: имена могут быть искажены</translation>
    </message>
    <message>
        <source>The file is in windows-1252, which has no Cyrillic letters: if names look wrong, choose another encoding</source>
        <translation>Файл в кодировке windows-1252, в которой нет кириллицы: если имена выглядят неправильно, выберите другую кодировку</translation>
    </message>
    <message>
        <source>The file is UTF-8 text that was once read in a wrong encoding and saved again (“Р°” instead of “а”); it is repaired while reading. Choose UTF-8 if the preview looks wrong</source>
        <translation>Файл — текст в UTF-8, который когда-то прочитали в неверной кодировке и сохранили повторно («Р°» вместо «а»); при чтении он исправляется. Если предпросмотр выглядит неправильно, выберите UTF-8</translation>
    </message>
</context>
<context>
    <name>akim::survey::ExpatStream</name>
    <message>
        <source>%1: out of memory while parsing</source>
        <translation>%1: недостаточно памяти при разборе</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4)</source>
        <translation>%1 не является корректным XML (строка %2, столбец %3: %4)</translation>
    </message>
    <message>
        <source>%1: the file contains a DTD, which spreadsheets never need</source>
        <translation>%1: файл содержит DTD, а таблицам он никогда не нужен</translation>
    </message>
    <message>
        <source>%1: the file declares XML entities, which spreadsheets never need</source>
        <translation>%1: в файле объявлены сущности XML, а таблицам они никогда не нужны</translation>
    </message>
</context>
<context>
    <name>akim::survey::HeaderGuess</name>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
</context>
<context>
    <name>akim::survey::ImportMapping</name>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>Код КАТО</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Отметка времени</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Respondent id (not stored)</source>
        <translation>Идентификатор респондента (не сохраняется)</translation>
    </message>
    <message>
        <source>Free text (not stored)</source>
        <translation>Произвольный текст (не сохраняется)</translation>
    </message>
    <message>
        <source>The sheet has no column &quot;%1&quot;.</source>
        <translation>На листе нет столбца «%1».</translation>
    </message>
    <message>
        <source>The sheet has several columns &quot;%1&quot;; name the column by its index or letter instead.</source>
        <translation>На листе несколько столбцов «%1»; укажите столбец по номеру или букве.</translation>
    </message>
    <message>
        <source>The first data row is missing.</source>
        <translation>Не указана первая строка данных.</translation>
    </message>
    <message>
        <source>The header rows must be given in ascending order.</source>
        <translation>Строки заголовка должны быть указаны по возрастанию.</translation>
    </message>
    <message>
        <source>The data must start below the header rows.</source>
        <translation>Данные должны начинаться ниже строк заголовка.</translation>
    </message>
    <message>
        <source>Column %1 is not in the sheet.</source>
        <translation>Столбца %1 нет на листе.</translation>
    </message>
    <message>
        <source>Column %1 is mapped twice.</source>
        <translation>Столбец %1 сопоставлен дважды.</translation>
    </message>
    <message>
        <source>Column %1 is a question without a criterion.</source>
        <translation>Столбец %1 — вопрос без критерия.</translation>
    </message>
    <message>
        <source>Column %1: there is no criterion %2.</source>
        <translation>Столбец %1: критерия %2 нет.</translation>
    </message>
    <message>
        <source>Column %1: criterion %2 is not an ethics criterion.</source>
        <translation>Столбец %1: критерий %2 не относится к этике.</translation>
    </message>
    <message>
        <source>Column %1: criterion %2 is not a survey criterion.</source>
        <translation>Столбец %1: критерий %2 не относится к опросу населения.</translation>
    </message>
    <message>
        <source>No column says which rural okrug (or KATO code) a response is about.</source>
        <translation>Нет столбца, указывающего, к какому сельскому округу (или коду КАТО) относится ответ.</translation>
    </message>
    <message>
        <source>No column is mapped to a question.</source>
        <translation>Ни один столбец не сопоставлен с вопросом.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot; (use population or ethics).</source>
        <translation>Неизвестный вид «%1» (используйте population или ethics).</translation>
    </message>
    <message>
        <source>The CSV delimiter must be one character.</source>
        <translation>Разделитель CSV должен состоять из одного символа.</translation>
    </message>
    <message>
        <source>&quot;header_rows&quot; must list row numbers from 0.</source>
        <translation>«header_rows» должен содержать номера строк, начиная с 0.</translation>
    </message>
    <message>
        <source>&quot;first_data_row&quot; must be a row number from 0.</source>
        <translation>«first_data_row» должен быть номером строки, начиная с 0.</translation>
    </message>
    <message>
        <source>The mapping has no &quot;columns&quot; list.</source>
        <translation>В сопоставлении нет списка «columns».</translation>
    </message>
    <message>
        <source>Unknown column role &quot;%1&quot;.</source>
        <translation>Неизвестное назначение столбца «%1».</translation>
    </message>
    <message>
        <source>A column index must be 0 or more.</source>
        <translation>Номер столбца должен быть не меньше 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column letter.</source>
        <translation>«%1» — не буква столбца.</translation>
    </message>
    <message>
        <source>Each column needs an &quot;index&quot;, a &quot;letter&quot; or a &quot;header&quot;.</source>
        <translation>Для каждого столбца нужно указать «index», «letter» или «header».</translation>
    </message>
    <message>
        <source>A question column needs a &quot;criterion&quot; code.</source>
        <translation>Для столбца с вопросом нужен код «criterion».</translation>
    </message>
    <message>
        <source>A resolution needs the &quot;okrug&quot; as the file spells it.</source>
        <translation>В решении нужно указать «okrug» в написании из файла.</translation>
    </message>
    <message>
        <source>A resolution needs a &quot;nominee_id&quot; or a &quot;nominee_uuid&quot;.</source>
        <translation>В решении нужно указать «nominee_id» или «nominee_uuid».</translation>
    </message>
    <message>
        <source>No column was recognised as a question of an ethics criterion.</source>
        <translation>Ни один столбец не распознан как вопрос критерия этики.</translation>
    </message>
    <message>
        <source>No column was recognised as a question of a survey criterion.</source>
        <translation>Ни один столбец не распознан как вопрос критерия опроса населения.</translation>
    </message>
</context>
<context>
    <name>akim::survey::NomineeMatcher</name>
    <message>
        <source>KATO code</source>
        <translation>Код КАТО</translation>
    </message>
    <message>
        <source>Remembered spelling</source>
        <translation>Запомненное написание</translation>
    </message>
    <message>
        <source>Exact name</source>
        <translation>Точное название</translation>
    </message>
    <message>
        <source>Name in another form</source>
        <translation>Название в другой форме</translation>
    </message>
    <message>
        <source>Name with lost Kazakh letters</source>
        <translation>Название с утраченными казахскими буквами</translation>
    </message>
    <message>
        <source>Name with a typo</source>
        <translation>Название с опечаткой</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Неоднозначно</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>akim::survey::OdsContentParser</name>
    <message>
        <source>the cell is longer than the limit of %1 bytes</source>
        <translation>ячейка длиннее допустимых %1 байт</translation>
    </message>
    <message>
        <source>row %1 has values up to column %2, beyond the limit of %3 columns</source>
        <translation>в строке %1 есть значения до столбца %2, что превышает предел в %3 столбцов</translation>
    </message>
    <message>
        <source>row %1 repeats %2 times, more than the limit of %3 repeated rows</source>
        <translation>строка %1 повторяется %2 раз, что больше предела в %3 повторяющихся строк</translation>
    </message>
    <message>
        <source>row %1 is outside the sheet (1 to %2)</source>
        <translation>строка %1 за пределами листа (от 1 до %2)</translation>
    </message>
    <message>
        <source>content.xml names sheet %1 &quot;%2&quot; on a second reading, not &quot;%3&quot;</source>
        <translation>при повторном чтении content.xml лист %1 называется «%2», а не «%3»</translation>
    </message>
</context>
<context>
    <name>akim::survey::OdsReader</name>
    <message>
        <source>the file is an OpenDocument file of type %1, not a spreadsheet</source>
        <translation>файл — документ OpenDocument типа %1, а не таблица</translation>
    </message>
    <message>
        <source>the spreadsheet is protected by a password</source>
        <translation>таблица защищена паролем</translation>
    </message>
    <message>
        <source>the archive has no content.xml, so it is not an ODS spreadsheet</source>
        <translation>в архиве нет content.xml, поэтому это не таблица ODS</translation>
    </message>
    <message>
        <source>the zip archive is empty, so it is not an ODS spreadsheet</source>
        <translation>zip-архив пуст, поэтому это не таблица ODS</translation>
    </message>
    <message>
        <source>the document is not a spreadsheet</source>
        <translation>документ не является таблицей</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>в таблице нет листов</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet named &quot;%1&quot;</source>
        <translation>в таблице нет листа «%1»</translation>
    </message>
    <message>
        <source>content.xml ends before sheet &quot;%1&quot;</source>
        <translation>content.xml заканчивается раньше листа «%1»</translation>
    </message>
</context>
<context>
    <name>akim::survey::OdsTableScanner</name>
    <message>
        <source>%1 has a tag longer than %2 bytes</source>
        <translation>в %1 есть тег длиннее %2 байт</translation>
    </message>
    <message>
        <source>%1: the file contains a DTD, which spreadsheets never need</source>
        <translation>%1: файл содержит DTD, а таблицам он никогда не нужен</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a tag</source>
        <translation>%1 обрывается посреди тега</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a comment or CDATA section</source>
        <translation>%1 обрывается посреди комментария или раздела CDATA</translation>
    </message>
    <message>
        <source>%1 has more than %2 sheets</source>
        <translation>в %1 больше %2 листов</translation>
    </message>
</context>
<context>
    <name>akim::survey::ReadError</name>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
</context>
<context>
    <name>akim::survey::RegistryImporter</name>
    <message>
        <source>The region is blank.</source>
        <translation>Область не указана.</translation>
    </message>
    <message>
        <source>KATO code %1 is in none of the contest&apos;s regions.</source>
        <translation>Код КАТО %1 не относится ни к одной из областей конкурса.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown region &quot;%1&quot;: it is none of the contest&apos;s %n region(s).</source>
        <translation>
            <numerusform>Неизвестная область «%1»: её нет среди областей конкурса (%n).</numerusform>
            <numerusform>Неизвестная область «%1»: её нет среди областей конкурса (%n).</numerusform>
            <numerusform>Неизвестная область «%1»: её нет среди областей конкурса (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>KATO code %1 is not in %2.</source>
        <translation>Код КАТО %1 не относится к территории «%2».</translation>
    </message>
    <message>
        <source>The district is blank.</source>
        <translation>Район не указан.</translation>
    </message>
    <message>
        <source>KATO code %1 is not in %2 (KATO %3).</source>
        <translation>Код КАТО %1 не относится к территории «%2» (КАТО %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several districts of %2: %3.</source>
        <translation>«%1» соответствует нескольким районам (%2): %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several okrugs of %2: %3. Add the KATO codes to tell them apart.</source>
        <translation>«%1» соответствует нескольким сельским округам (%2): %3. Чтобы различить их, добавьте коды КАТО.</translation>
    </message>
    <message>
        <source>The akim&apos;s full name is blank.</source>
        <translation>ФИО акима не указано.</translation>
    </message>
    <message>
        <source>The full name is longer than 200 characters.</source>
        <translation>ФИО длиннее 200 символов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has &quot;?&quot; or &quot;_&quot; where letters were lost: the file was probably saved in an encoding without Kazakh letters (such as Windows-1251). Save it as XLSX or UTF-8 CSV and import it again.</source>
        <translation>В «%1» на месте потерянных букв стоят «?» или «_»: вероятно, файл сохранён в кодировке без казахских букв (например, Windows-1251). Сохраните его как XLSX или CSV в UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KATO code (9 digits).</source>
        <translation>«%1» — не код КАТО (9 цифр).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as dd.mm.yyyy.</source>
        <translation>«%1» — не дата; укажите её в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>Дата %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>KATO code %1 is %2 in %3, not in %4.</source>
        <translation>Код КАТО %1 соответствует: %2 (%3), а не %4.</translation>
    </message>
    <message>
        <source>The rural okrug is blank.</source>
        <translation>Сельский округ не указан.</translation>
    </message>
    <message>
        <source>Row %1 already lists %2 for %3.</source>
        <translation>В строке %1 уже указано: %3 — %2.</translation>
    </message>
    <message>
        <source>Row %1 already gives %2 to %3; a rural okrug has one nominee. If these are two okrugs of the same name, add their KATO codes.</source>
        <translation>В строке %1 уже указано: %2 — %3; у сельского округа может быть только один участник. Если это два одноимённых округа, добавьте их коды КАТО.</translation>
    </message>
    <message>
        <source>%1 already has a nominee, %2; a rural okrug has one nominee.</source>
        <translation>У «%1» уже есть участник — %2; у сельского округа может быть только один участник.</translation>
    </message>
    <message>
        <source>%1 is already the nominee of %2 in this district; if &quot;%3&quot; is another name of it, add the okrug&apos;s KATO code.</source>
        <translation>%1 уже является участником от «%2» в этом районе; если «%3» — другое название этого округа, добавьте код КАТО округа.</translation>
    </message>
    <message>
        <source>No contest file is open.</source>
        <translation>Файл конкурса не открыт.</translation>
    </message>
    <message>
        <source>There is no sheet &quot;%1&quot; (sheets: %2).</source>
        <translation>Листа «%1» нет (листы: %2).</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Лист пуст.</translation>
    </message>
    <message>
        <source>The sheet has no rows below its header.</source>
        <translation>На листе нет строк под заголовком.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the registry have problems; nothing was imported.</source>
        <translation>
            <numerusform>В реестре %n строка с ошибками; ничего не импортировано.</numerusform>
            <numerusform>В реестре %n строки с ошибками; ничего не импортировано.</numerusform>
            <numerusform>В реестре %n строк с ошибками; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contest has changed since the registry was read; read it again.</source>
        <translation>Конкурс изменился после чтения реестра; прочитайте реестр заново.</translation>
    </message>
    <message>
        <source>Registry %1, row %2</source>
        <translation>Реестр %1, строка %2</translation>
    </message>
</context>
<context>
    <name>akim::survey::RegistryMapping</name>
    <message>
        <source>region</source>
        <translation>область</translation>
    </message>
    <message>
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <source>rural okrug</source>
        <translation>сельский округ</translation>
    </message>
    <message>
        <source>akim&apos;s full name</source>
        <translation>ФИО акима</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>Код КАТО</translation>
    </message>
    <message>
        <source>in office since</source>
        <translation>в должности с</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>не используется</translation>
    </message>
    <message>
        <source>Two columns are headed &quot;%1&quot; (%2 and %3); name the column by its letter in the mapping.</source>
        <translation>Два столбца имеют заголовок «%1» (%2 и %3); укажите нужный столбец по букве в сопоставлении.</translation>
    </message>
    <message>
        <source>The mapping names a column &quot;%1&quot;, but no column has that header.</source>
        <translation>В сопоставлении указан столбец «%1», но столбца с этим заголовком нет.</translation>
    </message>
    <message numerus="yes">
        <source>The mapping names column %1, but the sheet has %n column(s).</source>
        <translation>
            <numerusform>В сопоставлении указан столбец %1, но на листе %n столбец.</numerusform>
            <numerusform>В сопоставлении указан столбец %1, но на листе %n столбца.</numerusform>
            <numerusform>В сопоставлении указан столбец %1, но на листе %n столбцов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns %1 all look like the %2; name the right one in the mapping (--mapping).</source>
        <translation>Все столбцы %1 похожи на столбец «%2»; укажите нужный в сопоставлении (--mapping).</translation>
    </message>
    <message>
        <source>No column holds the %1 (the columns are: %2); name it in the mapping (--mapping).</source>
        <translation>Нет столбца «%1» (столбцы: %2); укажите его в сопоставлении (--mapping).</translation>
    </message>
    <message>
        <source>The CSV delimiter must be one character.</source>
        <translation>Разделитель CSV должен состоять из одного символа.</translation>
    </message>
    <message>
        <source>&quot;header_rows&quot; must list row numbers from 0.</source>
        <translation>«header_rows» должен содержать номера строк, начиная с 0.</translation>
    </message>
    <message>
        <source>&quot;first_data_row&quot; must be a row number from 0.</source>
        <translation>«first_data_row» должен быть номером строки, начиная с 0.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be a list.</source>
        <translation>«columns» должен быть списком.</translation>
    </message>
    <message>
        <source>Unknown column role &quot;%1&quot; (use region, district, okrug, full_name, kato, in_office_since or ignore).</source>
        <translation>Неизвестное назначение столбца «%1» (используйте region, district, okrug, full_name, kato, in_office_since или ignore).</translation>
    </message>
    <message>
        <source>A column index must be 0 or more.</source>
        <translation>Номер столбца должен быть не меньше 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column letter.</source>
        <translation>«%1» — не буква столбца.</translation>
    </message>
    <message>
        <source>Each column needs an &quot;index&quot;, a &quot;letter&quot; or a &quot;header&quot;.</source>
        <translation>Для каждого столбца нужно указать «index», «letter» или «header».</translation>
    </message>
</context>
<context>
    <name>akim::survey::RegistryPlan</name>
    <message numerus="yes">
        <source>%n row(s): %1 to add, %2 already present</source>
        <translation>
            <numerusform>%n строка: добавить — %1, уже есть — %2</numerusform>
            <numerusform>%n строки: добавить — %1, уже есть — %2</numerusform>
            <numerusform>%n строк: добавить — %1, уже есть — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with problems</source>
        <translation>
            <numerusform>, с ошибками — %n</numerusform>
            <numerusform>, с ошибками — %n</numerusform>
            <numerusform>, с ошибками — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new: %n district(s)</source>
        <translation>
            <numerusform>новые: %n район</numerusform>
            <numerusform>новые: %n района</numerusform>
            <numerusform>новые: %n районов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n okrug(s)</source>
        <translation>
            <numerusform>, %n сельский округ</numerusform>
            <numerusform>, %n сельских округа</numerusform>
            <numerusform>, %n сельских округов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::survey::SheetReaderFactory</name>
    <message>
        <source>the zip archive is empty, so it is not a spreadsheet</source>
        <translation>zip-архив пуст, поэтому это не таблица</translation>
    </message>
    <message>
        <source>an OpenDocument file of type &quot;%1&quot;, not a spreadsheet</source>
        <translation>документ OpenDocument типа «%1», а не таблица</translation>
    </message>
    <message>
        <source>a zip archive that is not a spreadsheet (neither XLSX nor ODS)</source>
        <translation>zip-архив, который не является таблицей (ни XLSX, ни ODS)</translation>
    </message>
    <message>
        <source>an Excel 2003 XML spreadsheet, which cannot be read; open it in Excel or LibreOffice and save it as XLSX</source>
        <translation>таблица Excel 2003 XML, которую нельзя прочитать; откройте её в Excel или LibreOffice и сохраните как XLSX</translation>
    </message>
    <message>
        <source>a web page (HTML) saved as a spreadsheet, which cannot be read; open it in Excel or LibreOffice and save it as XLSX</source>
        <translation>веб-страница (HTML), сохранённая как таблица; её нельзя прочитать — откройте её в Excel или LibreOffice и сохраните как XLSX</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>не удаётся открыть файл: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
</context>
<context>
    <name>akim::survey::SurveyImporter</name>
    <message>
        <source>the row names no rural okrug</source>
        <translation>в строке не указан сельский округ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several nominees: %2</source>
        <translation>«%1» подходит нескольким участникам: %2</translation>
    </message>
    <message>
        <source>no nominee matches &quot;%1&quot;</source>
        <translation>ни один участник не соответствует «%1»</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;: %3</source>
        <translation>столбец %1 «%2»: %3</translation>
    </message>
    <message>
        <source>the row has no answer that counts</source>
        <translation>в строке нет учитываемых ответов</translation>
    </message>
    <message>
        <source>The mapping resolves &quot;%1&quot; to a nominee that is not in this contest (%2).</source>
        <translation>Сопоставление относит «%1» к участнику, которого нет в этом конкурсе (%2).</translation>
    </message>
    <message>
        <source>The mapping resolves &quot;%1&quot; to nominee %2, which is not in this contest.</source>
        <translation>Сопоставление относит «%1» к участнику %2, которого нет в этом конкурсе.</translation>
    </message>
    <message>
        <source>%1: there is no sheet &quot;%2&quot; (the sheets are: %3).</source>
        <translation>%1: листа «%2» нет (листы: %3).</translation>
    </message>
    <message>
        <source>%1: the sheet has no header row %2.</source>
        <translation>%1: на листе нет строки заголовка %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) spelled the okrug with letters lost to the cp1251 encoding (&quot;?&quot; for a Kazakh letter); they were matched despite that. Check the encoding of the file.</source>
        <translation>
            <numerusform>В %n строке название округа написано с буквами, потерянными из-за кодировки cp1251 («?» вместо казахской буквы); несмотря на это, строка сопоставлена. Проверьте кодировку файла.</numerusform>
            <numerusform>В %n строках название округа написано с буквами, потерянными из-за кодировки cp1251 («?» вместо казахской буквы); несмотря на это, строки сопоставлены. Проверьте кодировку файла.</numerusform>
            <numerusform>В %n строках название округа написано с буквами, потерянными из-за кодировки cp1251 («?» вместо казахской буквы); несмотря на это, строки сопоставлены. Проверьте кодировку файла.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were matched to an okrug despite a typo in its name.</source>
        <translation>
            <numerusform>%n строка сопоставлена с округом, несмотря на опечатку в его названии.</numerusform>
            <numerusform>%n строки сопоставлены с округом, несмотря на опечатку в его названии.</numerusform>
            <numerusform>%n строк сопоставлено с округом, несмотря на опечатку в его названии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timestamp(s) could not be read as a date; those responses were imported without one.</source>
        <translation>
            <numerusform>%n отметку времени не удалось прочитать как дату; эти ответы импортированы без даты.</numerusform>
            <numerusform>%n отметки времени не удалось прочитать как дату; эти ответы импортированы без даты.</numerusform>
            <numerusform>%n отметок времени не удалось прочитать как дату; эти ответы импортированы без даты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>%1: the rejected rows cannot be written: %2</source>
        <translation>%1: не удаётся записать отклонённые строки: %2</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: не удаётся прочитать файл.</translation>
    </message>
    <message>
        <source>Stage I is finalised: its survey data can no longer change.</source>
        <translation>Этап I завершён: его данные опросов больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Importing rows</source>
        <translation>Импорт строк</translation>
    </message>
    <message>
        <source>%1: the sheet has no responses below its header.</source>
        <translation>%1: на листе нет ответов под заголовком.</translation>
    </message>
    <message>
        <source>Writing the survey totals</source>
        <translation>Запись итогов опроса</translation>
    </message>
    <message>
        <source>Dry run: nothing is written</source>
        <translation>Пробный прогон: ничего не записывается</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Сохранение изменений</translation>
    </message>
    <message>
        <source>The contest file could not be written: %1</source>
        <translation>Не удалось записать файл конкурса: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>There is no import %1 in this contest.</source>
        <translation>В этом конкурсе нет импорта %1.</translation>
    </message>
    <message>
        <source>The import of %1 was already undone on %2.</source>
        <translation>Импорт %1 уже был отменён %2.</translation>
    </message>
    <message>
        <source>%1 is the contest file itself, not a survey export.</source>
        <translation>%1 — это сам файл конкурса, а не выгрузка опроса.</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsReader</name>
    <message>
        <source>the file is too short</source>
        <translation>файл слишком короткий</translation>
    </message>
    <message>
        <source>bad compound file header</source>
        <translation>повреждён заголовок составного файла</translation>
    </message>
    <message>
        <source>bad sector allocation table</source>
        <translation>повреждена таблица размещения секторов</translation>
    </message>
    <message>
        <source>the directory cannot be read</source>
        <translation>не удаётся прочитать каталог файла</translation>
    </message>
    <message>
        <source>the file holds no Excel workbook (it may be a Word document or another Office file)</source>
        <translation>в файле нет книги Excel (возможно, это документ Word или другой файл Office)</translation>
    </message>
    <message>
        <source>a broken sector chain; the file may be truncated</source>
        <translation>цепочка секторов нарушена; возможно, файл обрезан</translation>
    </message>
    <message>
        <source>the workbook stream is cut short</source>
        <translation>поток книги обрывается</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>файл повреждён (%1)</translation>
    </message>
    <message>
        <source>not an Excel 97–2003 workbook (the stream does not start with a BIFF5 or BIFF8 header)</source>
        <translation>это не книга Excel 97–2003 (поток не начинается с заголовка BIFF5 или BIFF8)</translation>
    </message>
    <message>
        <source>the file is damaged (a record runs past the end of the workbook stream)</source>
        <translation>файл повреждён (запись выходит за конец потока книги)</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; open it in Excel, remove the password and save it again</source>
        <translation>книга защищена паролем; откройте её в Excel, снимите пароль и сохраните заново</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>не удаётся открыть файл</translation>
    </message>
    <message>
        <source>the workbook is too large to read</source>
        <translation>книга слишком велика для чтения</translation>
    </message>
    <message>
        <source>the file holds no Excel workbook</source>
        <translation>в файле нет книги Excel</translation>
    </message>
    <message>
        <source>the workbook holds text in an unknown encoding</source>
        <translation>текст в книге записан в неизвестной кодировке</translation>
    </message>
    <message>
        <source>the file is damaged or not an Excel 97–2003 workbook (FreeXL error %1)</source>
        <translation>файл повреждён или не является книгой Excel 97–2003 (ошибка FreeXL %1)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>не удаётся открыть файл: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>not an Excel 97–2003 workbook</source>
        <translation>это не книга Excel 97–2003</translation>
    </message>
    <message>
        <source>the workbook is protected with a password</source>
        <translation>книга защищена паролем</translation>
    </message>
    <message>
        <source>the name of sheet %1 cannot be read</source>
        <translation>не удаётся прочитать название листа %1</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>в книге нет листов</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;</source>
        <translation>в книге нет листа «%1»</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; cannot be read</source>
        <translation>не удаётся прочитать лист «%1»</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has %2 columns, more than the %3 allowed</source>
        <translation>на листе «%1» столбцов: %2 — больше допустимых %3</translation>
    </message>
    <message>
        <source>the cell holds more than %1 bytes</source>
        <translation>ячейка содержит больше %1 байт</translation>
    </message>
    <message>
        <source>the sheets claim more than %1 cells, too many to read safely; open the file in Excel and save it as XLSX</source>
        <translation>по данным листов в них больше %1 ячеек — слишком много для безопасного чтения; откройте файл в Excel и сохраните как XLSX</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxReader</name>
    <message>
        <source>the zip archive is empty, so it is not an XLSX spreadsheet</source>
        <translation>zip-архив пуст, поэтому это не таблица XLSX</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;</source>
        <translation>в книге нет листа «%1»</translation>
    </message>
    <message>
        <source>the part %1 of sheet &quot;%2&quot; is missing from the archive</source>
        <translation>в архиве нет части %1 листа «%2»</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxSharedStrings</name>
    <message>
        <source>shared string %1 is longer than the limit of %2 bytes</source>
        <translation>общая строка %1 длиннее допустимых %2 байт</translation>
    </message>
    <message>
        <source>the workbook has more than %1 shared strings</source>
        <translation>в книге больше %1 общих строк</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxSheetParser</name>
    <message>
        <source>the cell is longer than the limit of %1 bytes</source>
        <translation>ячейка длиннее допустимых %1 байт</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not a number</source>
        <translation>номер строки «%1» не является числом</translation>
    </message>
    <message>
        <source>the row number %1 is outside the sheet (1 to %2)</source>
        <translation>номер строки %1 за пределами листа (от 1 до %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell reference</source>
        <translation>«%1» не является ссылкой на ячейку</translation>
    </message>
    <message>
        <source>row %1 has a cell in column %2, beyond the limit of %3 columns</source>
        <translation>в строке %1 есть ячейка в столбце %2, что превышает предел в %3 столбцов</translation>
    </message>
    <message>
        <source>the cell refers to shared string %1, which does not exist</source>
        <translation>ячейка ссылается на несуществующую общую строку %1</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxWorkbook</name>
    <message>
        <source>%1: the file contains a DTD, which spreadsheets never need</source>
        <translation>%1: файл содержит DTD, а таблицам он никогда не нужен</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4)</source>
        <translation>%1 не является корректным XML (строка %2, столбец %3: %4)</translation>
    </message>
    <message>
        <source>the archive contains no workbook, so it is not an XLSX spreadsheet</source>
        <translation>в архиве нет книги, поэтому это не таблица XLSX</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>в книге нет рабочих листов</translation>
    </message>
</context>
<context>
    <name>akim::survey::ZipArchive</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>the file is not a zip archive, or it is damaged or truncated (zip error %1)</source>
        <translation>файл не является zip-архивом либо повреждён или обрезан (ошибка zip %1)</translation>
    </message>
    <message>
        <source>the zip archive lists %1 members, more than the %2 a spreadsheet can have</source>
        <translation>в zip-архиве %1 элементов, а в таблице их может быть не больше %2</translation>
    </message>
    <message>
        <source>the zip archive&apos;s directory is damaged (zip error %1)</source>
        <translation>каталог zip-архива повреждён (ошибка zip %1)</translation>
    </message>
    <message>
        <source>the archive has no member %1</source>
        <translation>в архиве нет элемента %1</translation>
    </message>
    <message>
        <source>%1 inflates to %2 bytes, more than the limit of %3 bytes</source>
        <translation>%1 при распаковке занимает %2 байт — больше предела в %3 байт</translation>
    </message>
    <message>
        <source>cannot open %1 while %2 is open</source>
        <translation>нельзя открыть %1, пока открыт %2</translation>
    </message>
</context>
<context>
    <name>akim::survey::ZipMemberStream</name>
    <message>
        <source>cannot find %1 in the archive (zip error %2)</source>
        <translation>не удаётся найти %1 в архиве (ошибка zip %2)</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 зашифрован</translation>
    </message>
    <message>
        <source>%1 uses compression method %2, which is not supported</source>
        <translation>%1 использует неподдерживаемый метод сжатия %2</translation>
    </message>
    <message>
        <source>cannot open %1 in the archive (zip error %2)</source>
        <translation>не удаётся открыть %1 в архиве (ошибка zip %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its compressed data cannot be inflated (zip error %2)</source>
        <translation>%1 повреждён: сжатые данные не удаётся распаковать (ошибка zip %2)</translation>
    </message>
    <message>
        <source>%1 inflates to more than the limit of %2 bytes</source>
        <translation>%1 при распаковке превышает предел в %2 байт</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match</source>
        <translation>%1 повреждён: контрольная сумма не совпадает</translation>
    </message>
    <message>
        <source>%1 is damaged (zip error %2)</source>
        <translation>%1 повреждён (ошибка zip %2)</translation>
    </message>
</context>
</TS>
