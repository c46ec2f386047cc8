<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>A result can only be finalised by a chair: the secretary creates the chair&apos;s account first.</source>
        <translation>A result can only be finalised by a chair: the secretary creates the chair&apos;s account first.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Sign in to %1.</translation>
    </message>
    <message>
        <source>The account you signed in with no longer exists.</source>
        <translation>The account you signed in with no longer exists.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated.</source>
        <translation>The account %1 is deactivated.</translation>
    </message>
    <message>
        <source>%1 may not %2 (signed in as %3).</source>
        <translation>%1 may not %2 (signed in as %3).</translation>
    </message>
    <message>
        <source>The account %1 is not bound to a commission member, so it has no ballot.</source>
        <translation>The account %1 is not bound to a commission member, so it has no ballot.</translation>
    </message>
    <message>
        <source>The account %1 belongs to another commission.</source>
        <translation>The account %1 belongs to another commission.</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>change the contest&apos;s set-up</source>
        <translation>change the contest&apos;s set-up</translation>
    </message>
    <message>
        <source>manage the accounts</source>
        <translation>manage the accounts</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>import data</translation>
    </message>
    <message>
        <source>finalise a result</source>
        <translation>finalise a result</translation>
    </message>
    <message>
        <source>score a ballot</source>
        <translation>score a ballot</translation>
    </message>
    <message>
        <source>manage the commission&apos;s ballots</source>
        <translation>manage the commission&apos;s ballots</translation>
    </message>
    <message>
        <source>print the protocols</source>
        <translation>print the protocols</translation>
    </message>
    <message>
        <source>record the particulars of a commission meeting</source>
        <translation>record the particulars of a commission meeting</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>A password has at least %n character.</numerusform>
            <numerusform>A password has at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password has at most 256 characters.</source>
        <translation>A password has at most 256 characters.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>A user name has at most 64 characters.</source>
        <translation>A user name has at most 64 characters.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>A user name has no spaces.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <source>The first account of a contest is its secretary&apos;s.</source>
        <translation>The first account of a contest is its secretary&apos;s.</translation>
    </message>
    <message>
        <source>A secretary&apos;s account is not bound to a commission member.</source>
        <translation>A secretary&apos;s account is not bound to a commission member.</translation>
    </message>
    <message>
        <source>Choose the commission member this account scores as.</source>
        <translation>Choose the commission member this account scores as.</translation>
    </message>
    <message>
        <source>The chosen commission member no longer exists.</source>
        <translation>The chosen commission member no longer exists.</translation>
    </message>
    <message>
        <source>%1 is the commission&apos;s secretary, who does not score.</source>
        <translation>%1 is the commission&apos;s secretary, who does not score.</translation>
    </message>
    <message>
        <source>%1 is neither the chair nor the deputy chair of the commission.</source>
        <translation>%1 is neither the chair nor the deputy chair of the commission.</translation>
    </message>
    <message>
        <source>%1 already has the account %2.</source>
        <translation>%1 already has the account %2.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
    <message>
        <source>Password of %1 reset by the secretary</source>
        <translation>Password of %1 reset by the secretary</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Changed by %1</translation>
    </message>
    <message>
        <source>You cannot deactivate the account you are signed in with.</source>
        <translation>You cannot deactivate the account you are signed in with.</translation>
    </message>
    <message>
        <source>%1 is the last active secretary; a contest always keeps one.</source>
        <translation>%1 is the last active secretary; a contest always keeps one.</translation>
    </message>
    <message>
        <source>A password cannot be changed in a ballot package; the secretary changes it in the contest file.</source>
        <translation>A password cannot be changed in a ballot package; the secretary changes it in the contest file.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <source>Prints the audit log, oldest first: one line per entry with its number, time (UTC), user, action, object, old → new value and reason. The file is opened read-only. The hash chain is verified as well: when it is broken, the log is still printed, the first broken entry is named on stderr and the exit status is 3.</source>
        <translation>Prints the audit log, oldest first: one line per entry with its number, time (UTC), user, action, object, old → new value and reason. The file is opened read-only. The hash chain is verified as well: when it is broken, the log is still printed, the first broken entry is named on stderr and the exit status is 3.</translation>
    </message>
    <message>
        <source>Print one JSON object: &quot;entries&quot; with every field of each entry (hashes included), &quot;chain_intact&quot; and &quot;problems&quot;.</source>
        <translation>Print one JSON object: &quot;entries&quot; with every field of each entry (hashes included), &quot;chain_intact&quot; and &quot;problems&quot;.</translation>
    </message>
    <message>
        <source>Only the entries whose action starts with PREFIX (&quot;nominee&quot;, &quot;survey.import&quot;).</source>
        <translation>Only the entries whose action starts with PREFIX (&quot;nominee&quot;, &quot;survey.import&quot;).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>Only the entries made by this user (any case).</source>
        <translation>Only the entries made by this user (any case).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>The contest file.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>The audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>The audit log was changed outside the program; &quot;%1 check&quot; lists every problem of the file.</source>
        <translation>The audit log was changed outside the program; &quot;%1 check&quot; lists every problem of the file.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit log: entry %1 is missing (the next one present is %2).</source>
        <translation>Audit log: entry %1 is missing (the next one present is %2).</translation>
    </message>
    <message>
        <source>Audit log: entry %1 does not follow entry %2 (chain broken).</source>
        <translation>Audit log: entry %1 does not follow entry %2 (chain broken).</translation>
    </message>
    <message>
        <source>Audit log: entry %1 was changed after it was written.</source>
        <translation>Audit log: entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>Audit log: an entry numbered %1 stands before entry %2; the program never writes such a number (inserted behind its back).</source>
        <translation>Audit log: an entry numbered %1 stands before entry %2; the program never writes such a number (inserted behind its back).</translation>
    </message>
</context>
<context>
    <name>BallotsCommand</name>
    <message>
        <source>The secretary&apos;s user name; the password is read from AKIMCONTEST_PASSWORD or asked for.</source>
        <translation>The secretary&apos;s user name; the password is read from AKIMCONTEST_PASSWORD or asked for.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Exports a commission member&apos;s ballot package, to be scored offline with this program on any PC, or imports the packages the members send back.</source>
        <translation>Exports a commission member&apos;s ballot package, to be scored offline with this program on any PC, or imports the packages the members send back.</translation>
    </message>
    <message>
        <source>Say what to do: export or import.</source>
        <translation>Say what to do: export or import.</translation>
    </message>
    <message>
        <source>Unknown action %1: use export or import.</source>
        <translation>Unknown action %1: use export or import.</translation>
    </message>
    <message>
        <source>No commission member who scores matches &quot;%1&quot;. The members are:
%2</source>
        <translation>No commission member who scores matches &quot;%1&quot;. The members are:
%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several members; give the id:
%2</source>
        <translation>&quot;%1&quot; matches several members; give the id:
%2</translation>
    </message>
    <message>
        <source>Writes a member&apos;s ballot package: the nominees and criteria the member scores, sealed with the member&apos;s password. The member opens it with this program, scores, submits and sends the file back.</source>
        <translation>Writes a member&apos;s ballot package: the nominees and criteria the member scores, sealed with the member&apos;s password. The member opens it with this program, scores, submits and sends the file back.</translation>
    </message>
    <message>
        <source>The member: the full name, or the id.</source>
        <translation>The member: the full name, or the id.</translation>
    </message>
    <message>
        <source>NAME|ID</source>
        <translation>NAME|ID</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>The package file to write.</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PACKAGE</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>The contest file.</translation>
    </message>
    <message>
        <source>Name the member with --member.</source>
        <translation>Name the member with --member.</translation>
    </message>
    <message>
        <source>Give the package file with --out.</source>
        <translation>Give the package file with --out.</translation>
    </message>
    <message>
        <source>Wrote the ballot package of %1 to %2.</source>
        <translation>Wrote the ballot package of %1 to %2.</translation>
    </message>
    <message>
        <source>Imports ballot packages the members scored and submitted. Every package is checked first; if any is refused, none is imported and the file is left unchanged.</source>
        <translation>Imports ballot packages the members scored and submitted. Every package is checked first; if any is refused, none is imported and the file is left unchanged.</translation>
    </message>
    <message>
        <source>The package files.</source>
        <translation>The package files.</translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation>Nothing was imported.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported the ballot of %1 (%2) from %3: %n cell(s); changed against the contest file: %4.</source>
        <translation>
            <numerusform>Imported the ballot of %1 (%2) from %3: %n cell; changed against the contest file: %4.</numerusform>
            <numerusform>Imported the ballot of %1 (%2) from %3: %n cells; changed against the contest file: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks a contest file without changing it: SQLite&apos;s integrity check, foreign keys, the audit log&apos;s hash chain and the stored survey totals. Exits with 3 and a list of problems when anything is wrong.</source>
        <translation>Checks a contest file without changing it: SQLite&apos;s integrity check, foreign keys, the audit log&apos;s hash chain and the stored survey totals. Exits with 3 and a list of problems when anything is wrong.</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>The contest file.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n problem found:</numerusform>
            <numerusform>%1: %n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 is intact: integrity, foreign keys, the audit chain of %n entries and the survey totals verified.</source>
        <translation>
            <numerusform>OK: %1 is intact: integrity, foreign keys, the audit chain of %n entry and the survey totals verified.</numerusform>
            <numerusform>OK: %1 is intact: integrity, foreign keys, the audit chain of %n entries and the survey totals verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalised result(s) recomputed from the file, each matching the SHA-256 and methodology it was finalised with.</source>
        <translation>
            <numerusform>%n finalised result recomputed from the file, matching the SHA-256 and methodology it was finalised with.</numerusform>
            <numerusform>%n finalised results recomputed from the file, each matching the SHA-256 and methodology it was finalised with.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Akim Contest %1: the «Үздік ауыл әкімі» / «Лучший сельский аким» contest — nominees, scores, rankings and protocols.</source>
        <translation>Akim Contest %1: the «Үздік ауыл әкімі» / «Лучший сельский аким» contest — nominees, scores, rankings and protocols.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>      Open the desktop application, on the contest FILE if one is given.</source>
        <translation>      Open the desktop application, on the contest FILE if one is given.</translation>
    </message>
    <message>
        <source>      Run a command; no display is needed.</source>
        <translation>      Run a command; no display is needed.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 usage error; 2 bad input (the message names the file, row and column, and the contest file is left unchanged); 3 integrity problem found.</source>
        <translation>Exit status: 0 success; 1 usage error; 2 bad input (the message names the file, row and column, and the contest file is left unchanged); 3 integrity problem found.</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Run &quot;%1 COMMAND --help&quot; for the options of a command.</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;.</source>
        <translation>%1: unknown command &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>Run &quot;%1 --help&quot; for the list of commands.</translation>
    </message>
    <message>
        <source>Create an empty contest with the default methodology (or a named template).</source>
        <translation>Create an empty contest with the default methodology (or a named template).</translation>
    </message>
    <message>
        <source>Create a realistic demo contest (17 regions and 2,287 nominees by default).</source>
        <translation>Create a realistic demo contest (17 regions and 2,287 nominees by default).</translation>
    </message>
    <message>
        <source>Print what the contest file holds: regions, districts, nominees, criteria, members, scores, survey responses, imports, schema version.</source>
        <translation>Print what the contest file holds: regions, districts, nominees, criteria, members, scores, survey responses, imports, schema version.</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity, foreign keys, audit chain and survey totals; exit 3 with a list of problems.</source>
        <translation>Check the file&apos;s integrity, foreign keys, audit chain and survey totals; exit 3 with a list of problems.</translation>
    </message>
    <message>
        <source>Import nominees from a registry spreadsheet.</source>
        <translation>Import nominees from a registry spreadsheet.</translation>
    </message>
    <message>
        <source>Import citizens&apos; or ethics questionnaire responses.</source>
        <translation>Import citizens&apos; or ethics questionnaire responses.</translation>
    </message>
    <message>
        <source>Describe a spreadsheet as the import wizard reads it.</source>
        <translation>Describe a spreadsheet as the import wizard reads it.</translation>
    </message>
    <message>
        <source>Rank the nominees of a stage.</source>
        <translation>Rank the nominees of a stage.</translation>
    </message>
    <message>
        <source>Print a commission&apos;s protocol to PDF.</source>
        <translation>Print a commission&apos;s protocol to PDF.</translation>
    </message>
    <message>
        <source>Export a member&apos;s ballot package, or import returned ones.</source>
        <translation>Export a member&apos;s ballot package, or import returned ones.</translation>
    </message>
    <message>
        <source>Finalise a stage: inputs lock and the result is recorded.</source>
        <translation>Finalise a stage: inputs lock and the result is recorded.</translation>
    </message>
    <message>
        <source>Print the audit log, oldest first.</source>
        <translation>Print the audit log, oldest first.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Missing argument. Usage: %1 %2</source>
        <translation>Missing argument. Usage: %1 %2</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Usage: %1 %2</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>Run &quot;%1 %2 --help&quot; for usage.</translation>
    </message>
    <message>
        <source>No region &quot;%1&quot; in this contest. Its regions: %2.</source>
        <translation>No region &quot;%1&quot; in this contest. Its regions: %2.</translation>
    </message>
    <message>
        <source>Give the user name with --user; the password is read from AKIMCONTEST_PASSWORD or asked for.</source>
        <translation>Give the user name with --user; the password is read from AKIMCONTEST_PASSWORD or asked for.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password: set AKIMCONTEST_PASSWORD or run the command on a terminal.</source>
        <translation>No password: set AKIMCONTEST_PASSWORD or run the command on a terminal.</translation>
    </message>
</context>
<context>
    <name>ContestFiles</name>
    <message>
        <source>%1 already exists. Choose another name: a contest file is never overwritten.</source>
        <translation>%1 already exists. Choose another name: a contest file is never overwritten.</translation>
    </message>
    <message>
        <source>Open Contest</source>
        <translation>Open Contest</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 could not be opened.</translation>
    </message>
    <message>
        <source>New Contest</source>
        <translation>New Contest</translation>
    </message>
    <message>
        <source>The contest could not be created.</source>
        <translation>The contest could not be created.</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copy</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>The copy could not be saved.</translation>
    </message>
    <message>
        <source>Methodology template:</source>
        <translation>Methodology template:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>contest-%1</source>
        <translation>contest-%1</translation>
    </message>
</context>
<context>
    <name>ContestTemplate</name>
    <message>
        <source>There is no template named &quot;%1&quot;. Templates: %2.</source>
        <translation>There is no template named &quot;%1&quot;. Templates: %2.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be read: %2</source>
        <translation>The template &quot;%1&quot; cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is an empty file, not a contest file.</source>
        <translation>%1 is an empty file, not a contest file.</translation>
    </message>
    <message>
        <source>%1 is not a contest file: it is not an SQLite database.</source>
        <translation>%1 is not a contest file: it is not an SQLite database.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder where you may write, or ask for write access.</source>
        <translation>%1 is read-only. Copy it to a folder where you may write, or ask for write access.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a contest file: %2</source>
        <translation>%1 cannot be read as a contest file: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a contest file of this program.</source>
        <translation>%1 is an SQLite database, but not a contest file of this program.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Akim Contest (file format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>%1 was written by a newer version of Akim Contest (file format %2; this version reads up to %3). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>%1 uses an older file format and must be upgraded, which needs write access.</source>
        <translation>%1 uses an older file format and must be upgraded, which needs write access.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migration %1 is missing from the program.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>Cannot upgrade %1: %2</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself.</source>
        <translation>A copy cannot replace the open file itself.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <source>Integrity check failed: %1</source>
        <translation>Integrity check failed: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>Foreign key check failed: %1</source>
        <translation>Foreign key check failed: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>Table %1, row %2 refers to a missing row in %3.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates a realistic demo contest with synthetic names: districts and rural okrugs, one nominee per okrug, the members of every commission and a few declared conflicts of interest.</source>
        <translation>Creates a realistic demo contest with synthetic names: districts and rural okrugs, one nominee per okrug, the members of every commission and a few declared conflicts of interest.</translation>
    </message>
    <message>
        <source>The first N regions of the template (default %1).</source>
        <translation>The first N regions of the template (default %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>N nominees in each region (default: the real number of rural okrugs, 2,287 in all).</source>
        <translation>N nominees in each region (default: the real number of rural okrugs, 2,287 in all).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same names (default 2020).</source>
        <translation>Random seed; the same seed gives the same names (default 2020).</translation>
    </message>
    <message>
        <source>The contest file to create. It must not exist yet, or be empty.</source>
        <translation>The contest file to create. It must not exist yet, or be empty.</translation>
    </message>
    <message>
        <source>%1 already exists; a demo is always written to a new file.</source>
        <translation>%1 already exists; a demo is always written to a new file.</translation>
    </message>
    <message>
        <source>The demo was not written: %1</source>
        <translation>The demo was not written: %1</translation>
    </message>
    <message>
        <source>Created the demo contest %1 in %2 ms: %3 regions, %4 districts, %5 nominees, %6 commission members.</source>
        <translation>Created the demo contest %1 in %2 ms: %3 regions, %4 districts, %5 nominees, %6 commission members.</translation>
    </message>
    <message>
        <source>Import N citizens&apos; survey responses and an ethics questionnaire (8 to 24 respondents per nominee), made up the way real exports look.</source>
        <translation>Import N citizens&apos; survey responses and an ethics questionnaire (8 to 24 respondents per nominee), made up the way real exports look.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n citizens&apos; response(s)</source>
        <translation>
            <numerusform>Imported %n citizens&apos; response</numerusform>
            <numerusform>Imported %n citizens&apos; responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n ethics questionnaire response(s).</source>
        <translation>
            <numerusform> and %n ethics questionnaire response.</numerusform>
            <numerusform> and %n ethics questionnaire responses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the ballot of every voting member: stage I in every region, then stage II for the nominees who would advance, with a few abstentions and the recusals of declared conflicts of interest.</source>
        <translation>Fill the ballot of every voting member: stage I in every region, then stage II for the nominees who would advance, with a few abstentions and the recusals of declared conflicts of interest.</translation>
    </message>
    <message>
        <source>Ballots: %1 stage I scores and %2 stage II scores.</source>
        <translation>Ballots: %1 stage I scores and %2 stage II scores.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>No contest file is open.</source>
        <translation>No contest file is open.</translation>
    </message>
    <message>
        <source>The number of nominees per region must be between 1 and %1 (or 0 for the real number of rural okrugs).</source>
        <translation>The number of nominees per region must be between 1 and %1 (or 0 for the real number of rural okrugs).</translation>
    </message>
    <message>
        <source>The number of survey responses cannot be negative.</source>
        <translation>The number of survey responses cannot be negative.</translation>
    </message>
    <message>
        <source>The number of regions must be between 1 and %1.</source>
        <translation>The number of regions must be between 1 and %1.</translation>
    </message>
    <message>
        <source>A demo can only fill a new, empty contest; this one already has districts or nominees.</source>
        <translation>A demo can only fill a new, empty contest; this one already has districts or nominees.</translation>
    </message>
    <message>
        <source>The region %1 has no commission.</source>
        <translation>The region %1 has no commission.</translation>
    </message>
    <message>
        <source>The contest has no republican commission.</source>
        <translation>The contest has no republican commission.</translation>
    </message>
    <message>
        <source>Nominees and commissions of %1</source>
        <translation>Nominees and commissions of %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>redo</source>
        <translation>redo</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>Cannot redo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>Cannot undo &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Akim Contest files (*.akc)</source>
        <translation>Akim Contest files (*.akc)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Open Contest</source>
        <translation>Open Contest</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>FinaliseCommand</name>
    <message>
        <source>Finalises a result: stage I of one region, or stage II. The ranking is computed, recorded with its methodology and SHA-256, and the inputs it depends on are locked. Nothing undoes it.</source>
        <translation>Finalises a result: stage I of one region, or stage II. The ranking is computed, recorded with its methodology and SHA-256, and the inputs it depends on are locked. Nothing undoes it.</translation>
    </message>
    <message>
        <source>regional (stage I, with --region) or national (stage II).</source>
        <translation>regional (stage I, with --region) or national (stage II).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>The region whose stage I is finalised: its name in Russian or Kazakh, or its KATO code.</source>
        <translation>The region whose stage I is finalised: its name in Russian or Kazakh, or its KATO code.</translation>
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
        <translation>The chair&apos;s decision when nominees are tied at the advancement cut: the ids of the nominees who advance, separated by commas (`rank --format json` lists the ids).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>The contest file.</translation>
    </message>
    <message>
        <source>--stage must be regional or national.</source>
        <translation>--stage must be regional or national.</translation>
    </message>
    <message>
        <source>Stage I is finalised region by region: give --region.</source>
        <translation>Stage I is finalised region by region: give --region.</translation>
    </message>
    <message>
        <source>--region applies to the regional stage only.</source>
        <translation>--region applies to the regional stage only.</translation>
    </message>
    <message>
        <source>--advance takes nominee ids, e.g. 12,40.</source>
        <translation>--advance takes nominee ids, e.g. 12,40.</translation>
    </message>
    <message>
        <source>stage II</source>
        <translation>stage II</translation>
    </message>
    <message>
        <source>stage I of %1</source>
        <translation>stage I of %1</translation>
    </message>
    <message>
        <source>%1 was not finalised: %2</source>
        <translation>%1 was not finalised: %2</translation>
    </message>
    <message numerus="yes">
        <source>Finalised %1: %n nominee(s) ranked.</source>
        <translation>
            <numerusform>Finalised %1: %n nominee ranked.</numerusform>
            <numerusform>Finalised %1: %n nominees ranked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Advancing (nominee ids): %1</source>
        <translation>Advancing (nominee ids): %1</translation>
    </message>
    <message>
        <source>Ranking SHA-256: %1</source>
        <translation>Ranking SHA-256: %1</translation>
    </message>
    <message>
        <source>Places 1 to 3 (nominee ids): %1</source>
        <translation>Places 1 to 3 (nominee ids): %1</translation>
    </message>
    <message>
        <source>The chair&apos;s user name; the password is read from AKIMCONTEST_PASSWORD or asked for.</source>
        <translation>The chair&apos;s user name; the password is read from AKIMCONTEST_PASSWORD or asked for.</translation>
    </message>
</context>
<context>
    <name>ImportRegistryCommand</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>not valid JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>the mapping must be a JSON object</source>
        <translation>the mapping must be a JSON object</translation>
    </message>
    <message>
        <source>Imports the list of applicants from a registry spreadsheet (CSV, XLSX, ODS or XLS) into the contest FILE: one row per nominee with the region, district, rural okrug and the akim&apos;s full name, and optionally the okrug&apos;s KATO code and the date the akim took office. The header row and its columns are recognised by their labels in Russian, Kazakh or English (&quot;Область&quot;, &quot;Аудан&quot;, &quot;Rural okrug&quot;, &quot;ФИО акима&quot;, &quot;КАТО&quot;, &quot;В должности с&quot;, …); a mapping file names the others. Districts and okrugs that the contest does not have yet are created; a nominee already in the okrug is left as it is, so importing the same file again adds nothing.
Any problem row (a blank name, an unknown region, a bad date, an okrug that already has another nominee, …) is listed with its row and column, and nothing is written: exit status 2, as for a file that cannot be read.</source>
        <translation>Imports the list of applicants from a registry spreadsheet (CSV, XLSX, ODS or XLS) into the contest FILE: one row per nominee with the region, district, rural okrug and the akim&apos;s full name, and optionally the okrug&apos;s KATO code and the date the akim took office. The header row and its columns are recognised by their labels in Russian, Kazakh or English (&quot;Область&quot;, &quot;Аудан&quot;, &quot;Rural okrug&quot;, &quot;ФИО акима&quot;, &quot;КАТО&quot;, &quot;В должности с&quot;, …); a mapping file names the others. Districts and okrugs that the contest does not have yet are created; a nominee already in the okrug is left as it is, so importing the same file again adds nothing.
Any problem row (a blank name, an unknown region, a bad date, an okrug that already has another nominee, …) is listed with its row and column, and nothing is written: exit status 2, as for a file that cannot be read.</translation>
    </message>
    <message>
        <source>A JSON file naming the sheet, the header row or the role of columns the labels do not make clear.</source>
        <translation>A JSON file naming the sheet, the header row or the role of columns the labels do not make clear.</translation>
    </message>
    <message>
        <source>The sheet to import (default: the first).</source>
        <translation>The sheet to import (default: the first).</translation>
    </message>
    <message>
        <source>Show what would be imported, and write nothing.</source>
        <translation>Show what would be imported, and write nothing.</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>The contest file.</translation>
    </message>
    <message>
        <source>The registry spreadsheet.</source>
        <translation>The registry spreadsheet.</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: header in row %3; columns: %4.</source>
        <translation>%1, sheet &quot;%2&quot;: header in row %3; columns: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems; nothing was imported.</source>
        <translation>
            <numerusform>%n row with problems; nothing was imported.</numerusform>
            <numerusform>%n rows with problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>%1 added, %2 already present</source>
        <translation>%1 added, %2 already present</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n district(s)</source>
        <translation>
            <numerusform>Created: %n district</numerusform>
            <numerusform>Created: %n districts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n okrug(s).</source>
        <translation>
            <numerusform>, %n okrug.</numerusform>
            <numerusform>, %n okrugs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSurveyCommand</name>
    <message>
        <source>%1: cannot read the mapping: %2</source>
        <translation>%1: cannot read the mapping: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3).</source>
        <translation>%1: not a JSON object (%2 at offset %3).</translation>
    </message>
    <message>
        <source>sheets: %1</source>
        <translation>sheets: %1</translation>
    </message>
    <message>
        <source>%1: no header row with data below it was found.</source>
        <translation>%1: no header row with data below it was found.</translation>
    </message>
    <message>
        <source>Using the saved mapping &quot;%1&quot;.</source>
        <translation>Using the saved mapping &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: the columns cannot all be recognised; give a mapping with --mapping M.json.</source>
        <translation>%1: the columns cannot all be recognised; give a mapping with --mapping M.json.</translation>
    </message>
    <message>
        <source>  column %1 could be: %2</source>
        <translation>  column %1 could be: %2</translation>
    </message>
    <message>
        <source>  column %1 holds answers but names no criterion</source>
        <translation>  column %1 holds answers but names no criterion</translation>
    </message>
    <message>
        <source>%1: read %2, imported %3, rejected %4, duplicates %5, unmatched %6.</source>
        <translation>%1: read %2, imported %3, rejected %4, duplicates %5, unmatched %6.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing new to import: the contest file is unchanged.</source>
        <translation>Nothing new to import: the contest file is unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>Places that match no nominee (%n spelling(s)):</source>
        <translation>
            <numerusform>Places that match no nominee (%n spelling):</numerusform>
            <numerusform>Places that match no nominee (%n spellings):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 × &quot;%2&quot;</source>
        <translation>  %1 × &quot;%2&quot;</translation>
    </message>
    <message>
        <source>fits several: %1</source>
        <translation>fits several: %1</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more spelling(s).</source>
        <translation>
            <numerusform>  … and %n more spelling.</numerusform>
            <numerusform>  … and %n more spellings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <source>  row %1, column %2: %3</source>
        <translation>  row %1, column %2: %3</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  row %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … and %n more row.</numerusform>
            <numerusform>  … and %n more rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 imported, %3 duplicates</source>
        <translation>  %1: %2 imported, %3 duplicates</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Imports the citizens&apos; questionnaire (population) or the Ethics Commissioner&apos;s anonymous questionnaire (ethics) from a CSV, XLSX, ODS or XLS export into the contest FILE, in one transaction. Without --mapping the columns are recognised by their headers (or by a mapping saved for this layout) where that is unambiguous; otherwise the command stops and names the columns that need a mapping. Rows whose place matches no nominee are rejected; a mapping file may carry &quot;resolutions&quot; for such spellings, which are then remembered. Repeated rows are skipped. Prints rows read, imported, rejected, duplicates and unmatched.</source>
        <translation>Imports the citizens&apos; questionnaire (population) or the Ethics Commissioner&apos;s anonymous questionnaire (ethics) from a CSV, XLSX, ODS or XLS export into the contest FILE, in one transaction. Without --mapping the columns are recognised by their headers (or by a mapping saved for this layout) where that is unambiguous; otherwise the command stops and names the columns that need a mapping. Rows whose place matches no nominee are rejected; a mapping file may carry &quot;resolutions&quot; for such spellings, which are then remembered. Repeated rows are skipped. Prints rows read, imported, rejected, duplicates and unmatched.</translation>
    </message>
    <message>
        <source>population (default) or ethics.</source>
        <translation>population (default) or ethics.</translation>
    </message>
    <message>
        <source>A JSON column mapping (see the documentation).</source>
        <translation>A JSON column mapping (see the documentation).</translation>
    </message>
    <message>
        <source>Do everything but write to the contest file.</source>
        <translation>Do everything but write to the contest file.</translation>
    </message>
    <message>
        <source>Write the rejected rows, with a reason column, to this CSV file.</source>
        <translation>Write the rejected rows, with a reason column, to this CSV file.</translation>
    </message>
    <message>
        <source>The sheet to import (default: the first).</source>
        <translation>The sheet to import (default: the first).</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>The contest file.</translation>
    </message>
    <message>
        <source>The spreadsheet with the responses.</source>
        <translation>The spreadsheet with the responses.</translation>
    </message>
    <message>
        <source>--kind must be population or ethics, not &quot;%1&quot;.</source>
        <translation>--kind must be population or ethics, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>--kind %1 contradicts the mapping&apos;s kind %2.</source>
        <translation>--kind %1 contradicts the mapping&apos;s kind %2.</translation>
    </message>
    <message>
        <source>%1 is the contest file itself, not a survey export.</source>
        <translation>%1 is the contest file itself, not a survey export.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Prints what a contest file holds. The file is opened read-only.</source>
        <translation>Prints what a contest file holds. The file is opened read-only.</translation>
    </message>
    <message>
        <source>Print one JSON object (the keys of the command-line contract).</source>
        <translation>Print one JSON object (the keys of the command-line contract).</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>The contest file.</translation>
    </message>
    <message>
        <source>Contest: %1 (%2)</source>
        <translation>Contest: %1 (%2)</translation>
    </message>
    <message>
        <source>File: %1 (format %2)</source>
        <translation>File: %1 (format %2)</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Regions: %1</translation>
    </message>
    <message>
        <source>Districts: %1</source>
        <translation>Districts: %1</translation>
    </message>
    <message>
        <source>Rural okrugs: %1</source>
        <translation>Rural okrugs: %1</translation>
    </message>
    <message>
        <source>Nominees: %1</source>
        <translation>Nominees: %1</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Criteria: %1</translation>
    </message>
    <message>
        <source>Commissions: %1, members: %2</source>
        <translation>Commissions: %1, members: %2</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>Scores: %1</translation>
    </message>
    <message>
        <source>Survey responses: %1, ethics responses: %2, imports: %3</source>
        <translation>Survey responses: %1, ethics responses: %2, imports: %3</translation>
    </message>
    <message>
        <source>Audit log entries: %1</source>
        <translation>Audit log entries: %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Describes a spreadsheet (CSV, XLSX, ODS or XLS; the format is recognised from the content, not the extension) as the import wizard reads it, without a contest file: its format, encoding and delimiter (CSV), sheets, the header rows it guesses (0-based), the column names, the number of data rows below the header and the first five of them. Blank rows are neither counted nor shown. Numbers and dates in XLSX, ODS and XLS cells are JSON numbers and ISO 8601 text; CSV cells are the text of the file, since the import mapping decides what a CSV column holds.
Only JSON output is defined, so --json is required (without it the command stops with exit status 1). Warnings, such as an encoding without Kazakh letters, go to standard error. Exit status 2 when the file cannot be read.</source>
        <translation>Describes a spreadsheet (CSV, XLSX, ODS or XLS; the format is recognised from the content, not the extension) as the import wizard reads it, without a contest file: its format, encoding and delimiter (CSV), sheets, the header rows it guesses (0-based), the column names, the number of data rows below the header and the first five of them. Blank rows are neither counted nor shown. Numbers and dates in XLSX, ODS and XLS cells are JSON numbers and ISO 8601 text; CSV cells are the text of the file, since the import mapping decides what a CSV column holds.
Only JSON output is defined, so --json is required (without it the command stops with exit status 1). Warnings, such as an encoding without Kazakh letters, go to standard error. Exit status 2 when the file cannot be read.</translation>
    </message>
    <message>
        <source>The sheet to describe (default: the first).</source>
        <translation>The sheet to describe (default: the first).</translation>
    </message>
    <message>
        <source>CSV: read the file in this encoding (e.g. UTF-8, windows-1251, IBM866) instead of detecting it.</source>
        <translation>CSV: read the file in this encoding (e.g. UTF-8, windows-1251, IBM866) instead of detecting it.</translation>
    </message>
    <message>
        <source>CSV: the field delimiter, one character or &quot;tab&quot;, instead of detecting it.</source>
        <translation>CSV: the field delimiter, one character or &quot;tab&quot;, instead of detecting it.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>The spreadsheet file.</source>
        <translation>The spreadsheet file.</translation>
    </message>
    <message>
        <source>only JSON output is defined; add --json.</source>
        <translation>only JSON output is defined; add --json.</translation>
    </message>
    <message>
        <source>--delimiter needs one character or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter needs one character or &quot;tab&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; known: %2.</source>
        <translation>unknown encoding &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>sheets: %1</source>
        <translation>sheets: %1</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>The contest file is not open.</source>
        <translation>The contest file is not open.</translation>
    </message>
    <message>
        <source>Audit log cannot be read: %1</source>
        <translation>Audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>Survey totals cannot be checked: %1</source>
        <translation>Survey totals cannot be checked: %1</translation>
    </message>
    <message>
        <source>Survey totals (table survey_aggregate) for nominee %1, criterion %2: stored n = %3, sum = %4; the answers give n = %5, sum = %6.</source>
        <translation>Survey totals (table survey_aggregate) for nominee %1, criterion %2: stored n = %3, sum = %4; the answers give n = %5, sum = %6.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more survey total(s) that do not match the answers.</source>
        <translation>
            <numerusform>… and %n more survey total that does not match the answers.</numerusform>
            <numerusform>… and %n more survey totals that do not match the answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Contest…</source>
        <translation>&amp;New Contest…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Add Nominee…</source>
        <translation>&amp;Add Nominee…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Akim Contest</source>
        <translation>&amp;About Akim Contest</translation>
    </message>
    <message>
        <source>Import &amp;Registry…</source>
        <translation>Import &amp;Registry…</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Import &amp;Survey…</translation>
    </message>
    <message>
        <source>Import &amp;Ethics Questionnaire…</source>
        <translation>Import &amp;Ethics Questionnaire…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Sign In…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Change My Password…</source>
        <translation>&amp;Change My Password…</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation>&amp;Manage Accounts…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Protocols and Reports…</source>
        <translation>&amp;Protocols and Reports…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF a protocol, a score card, the import report or blank ballots</source>
        <translation>Preview, print or save as PDF a protocol, a score card, the import report or blank ballots</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Creates an empty contest file: the regions, one commission per region and the republican one, and the criteria and methodology of a template.</source>
        <translation>Creates an empty contest file: the regions, one commission per region and the republican one, and the criteria and methodology of a template.</translation>
    </message>
    <message>
        <source>The methodology template (default %1). Templates: %2.</source>
        <translation>The methodology template (default %1). Templates: %2.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The contest file to create (suggested extension .akc). It must not exist yet, or be empty.</source>
        <translation>The contest file to create (suggested extension .akc). It must not exist yet, or be empty.</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;. Templates: %2.</source>
        <translation>There is no template named &quot;%1&quot;. Templates: %2.</translation>
    </message>
    <message>
        <source>Created %1 from the template %2: %3 regions, %4 commissions, %5 criteria.</source>
        <translation>Created %1 from the template %2: %3 regions, %4 commissions, %5 criteria.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
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
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Page Set:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>RankCommand</name>
    <message>
        <source>regional (stage I) or national (stage II).</source>
        <translation>regional (stage I) or national (stage II).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>Only this region (stage I): its name in Russian or Kazakh, or its KATO code.</source>
        <translation>Only this region (stage I): its name in Russian or Kazakh, or its KATO code.</translation>
    </message>
    <message>
        <source>NAME|CODE</source>
        <translation>NAME|CODE</translation>
    </message>
    <message>
        <source>csv (default: one row per nominee) or json (everything needed to recompute every total and place).</source>
        <translation>csv (default: one row per nominee) or json (everything needed to recompute every total and place).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>The contest file.</translation>
    </message>
    <message>
        <source>--stage must be regional or national.</source>
        <translation>--stage must be regional or national.</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format must be csv or json.</translation>
    </message>
    <message>
        <source>--region applies to the regional stage only.</source>
        <translation>--region applies to the regional stage only.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>The contest&apos;s methodology cannot be used: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Ranks the nominees of a stage under the contest&apos;s methodology. The file is opened read-only; the ranking is always computed, never typed in by hand.</source>
        <translation>Ranks the nominees of a stage under the contest&apos;s methodology. The file is opened read-only; the ranking is always computed, never typed in by hand.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Prints the protocol of a commission&apos;s meeting to PDF: stage I of one region, or stage II. With --stage regional and no --region, --out names a folder and every region&apos;s protocol is written into it. The file is opened read-only.</source>
        <translation>Prints the protocol of a commission&apos;s meeting to PDF: stage I of one region, or stage II. With --stage regional and no --region, --out names a folder and every region&apos;s protocol is written into it. The file is opened read-only.</translation>
    </message>
    <message>
        <source>regional (stage I) or national (stage II).</source>
        <translation>regional (stage I) or national (stage II).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>The region (stage I): its name in Russian or Kazakh, or its KATO code.</source>
        <translation>The region (stage I): its name in Russian or Kazakh, or its KATO code.</translation>
    </message>
    <message>
        <source>NAME|CODE</source>
        <translation>NAME|CODE</translation>
    </message>
    <message>
        <source>The protocol&apos;s language: ru (default) or kk; en for a preview.</source>
        <translation>The protocol&apos;s language: ru (default) or kk; en for a preview.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>The contest file.</source>
        <translation>The contest file.</translation>
    </message>
    <message>
        <source>--stage must be regional or national.</source>
        <translation>--stage must be regional or national.</translation>
    </message>
    <message>
        <source>--region applies to the regional stage only.</source>
        <translation>--region applies to the regional stage only.</translation>
    </message>
    <message>
        <source>--lang must be ru, kk or en.</source>
        <translation>--lang must be ru, kk or en.</translation>
    </message>
    <message>
        <source>--out is required: the PDF to write.</source>
        <translation>--out is required: the PDF to write.</translation>
    </message>
    <message>
        <source>--stage regional needs --region, or --out naming an existing folder for every region&apos;s protocol.</source>
        <translation>--stage regional needs --region, or --out naming an existing folder for every region&apos;s protocol.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>Wrote %1: %n page.</numerusform>
            <numerusform>Wrote %1: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::AccountActions</name>
    <message>
        <source>Demo contest: sign in as “secretary” or “chair”, or as a member (“member1”, …), with the password “demo”.</source>
        <translation>Demo contest: sign in as “secretary” or “chair”, or as a member (“member1”, …), with the password “demo”.</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Change My Password</translation>
    </message>
    <message>
        <source>The new password of %1.</source>
        <translation>The new password of %1.</translation>
    </message>
    <message>
        <source>The password is changed.</source>
        <translation>The password is changed.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in: viewing only</source>
        <translation>Not signed in: viewing only</translation>
    </message>
    <message>
        <source>Account → Sign In to make changes.</source>
        <translation>Account → Sign In to make changes.</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Not protected</translation>
    </message>
    <message>
        <source>The contest has no accounts yet: anyone who opens the file can change it. Account → Manage Accounts creates the secretary&apos;s account.</source>
        <translation>The contest has no accounts yet: anyone who opens the file can change it. Account → Manage Accounts creates the secretary&apos;s account.</translation>
    </message>
</context>
<context>
    <name>akim::AccountDialog</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>The Secretary&apos;s Account</source>
        <translation>The Secretary&apos;s Account</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>New Account</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Scores as:</source>
        <translation>&amp;Scores as:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;peat:</translation>
    </message>
    <message>
        <source>Any commission (not a member)</source>
        <translation>Any commission (not a member)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Protect the contest: create the secretary&apos;s account. From now on the contest asks who is working on it; the secretary then creates the chair&apos;s and the members&apos; accounts (Account → Manage Accounts).</source>
        <translation>Protect the contest: create the secretary&apos;s account. From now on the contest asks who is working on it; the secretary then creates the chair&apos;s and the members&apos; accounts (Account → Manage Accounts).</translation>
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
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Scores as</source>
        <translation>Scores as</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>akim::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Reset Password…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ctivate</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to its owner, who can change it under Account → Change My Password.</source>
        <translation>A new password for %1. Tell it to its owner, who can change it under Account → Change My Password.</translation>
    </message>
    <message>
        <source>No accounts yet, so anyone who opens this file may change it. Add the secretary&apos;s account first with Add…: from then on everyone signs in.</source>
        <translation>No accounts yet, so anyone who opens this file may change it. Add the secretary&apos;s account first with Add…: from then on everyone signs in.</translation>
    </message>
</context>
<context>
    <name>akim::AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Only an absent member has a reason to record.</source>
        <translation>Only an absent member has a reason to record.</translation>
    </message>
    <message>
        <source>Why %1 was absent, as the protocol is to print it (e.g. on leave, ill).</source>
        <translation>Why %1 was absent, as the protocol is to print it (e.g. on leave, ill).</translation>
    </message>
    <message>
        <source>Untick if %1 did not attend the meeting.</source>
        <translation>Untick if %1 did not attend the meeting.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Reason for absence</translation>
    </message>
</context>
<context>
    <name>akim::AuditPage</name>
    <message>
        <source>Every change to this contest as it was saved: who, when, what, the old and the new value. Entries cannot be edited; each one&apos;s hash covers the one before it, so a change made outside the program breaks the chain.</source>
        <translation>Every change to this contest as it was saved: who, when, what, the old and the new value. Entries cannot be edited; each one&apos;s hash covers the one before it, so a change made outside the program breaks the chain.</translation>
    </message>
    <message>
        <source>Search user, action, object, values, reason…</source>
        <translation>Search user, action, object, values, reason…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entry:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Object:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hash:</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>Previous hash:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>Select an entry to see its old and new values in full, and its hashes.</source>
        <translation>Select an entry to see its old and new values in full, and its hashes.</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s) shown</source>
        <translation>
            <numerusform>%1 of %n entry shown</numerusform>
            <numerusform>%1 of %n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>The audit log cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), chain verified</source>
        <translation>
            <numerusform>%n entry, chain verified</numerusform>
            <numerusform>%n entries, chain verified</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry&apos;s SHA-256 hash covers its fields and the hash of the entry before it; none was changed, removed or inserted outside the program.</source>
        <translation>Each entry&apos;s SHA-256 hash covers its fields and the hash of the entry before it; none was changed, removed or inserted outside the program.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), chain broken at entry #%1</source>
        <translation>
            <numerusform>%n entry, chain broken at entry #%1</numerusform>
            <numerusform>%n entries, chain broken at entry #%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) where the chain breaks are marked in red.</source>
        <translation>
            <numerusform>%n entry where the chain breaks is marked in red.</numerusform>
            <numerusform>%n entries where the chain breaks are marked in red.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1, %2 (%3 UTC)</source>
        <translation>#%1, %2 (%3 UTC)</translation>
    </message>
    <message>
        <source>Holds here: the hash matches the entry and the one before it.</source>
        <translation>Holds here: the hash matches the entry and the one before it.</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Search the audit log</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>No entries yet. Every change to the contest is recorded here as it is saved: adding a nominee, an import, a score.</source>
        <translation>No entries yet. Every change to the contest is recorded here as it is saved: adding a nominee, an import, a score.</translation>
    </message>
    <message>
        <source>No entry matches the search and the filters above. Clear them to see the whole log.</source>
        <translation>No entry matches the search and the filters above. Clear them to see the whole log.</translation>
    </message>
    <message>
        <source>Clear &amp;the Filters</source>
        <translation>Clear &amp;the Filters</translation>
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
        <translation>Entry %1, written %2 (UTC)</translation>
    </message>
    <message>
        <source>… (the whole value is in the details below the table)</source>
        <translation>… (the whole value is in the details below the table)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>When the change was saved, in this computer&apos;s time zone</source>
        <translation>When the change was saved, in this computer&apos;s time zone</translation>
    </message>
    <message>
        <source>Before the change: for an edit, only the fields that changed</source>
        <translation>Before the change: for an edit, only the fields that changed</translation>
    </message>
    <message>
        <source>After the change: for an edit, only the fields that changed</source>
        <translation>After the change: for an edit, only the fields that changed</translation>
    </message>
    <message>
        <source>The hash chain is broken at entry %1: entries %2 to %3 before it are missing.</source>
        <translation>The hash chain is broken at entry %1: entries %2 to %3 before it are missing.</translation>
    </message>
    <message>
        <source>The hash chain is broken at entry %1: it does not follow the entry before it (an entry was inserted, removed or replaced).</source>
        <translation>The hash chain is broken at entry %1: it does not follow the entry before it (an entry was inserted, removed or replaced).</translation>
    </message>
    <message>
        <source>The hash chain is broken at entry %1: it was changed after it was written.</source>
        <translation>The hash chain is broken at entry %1: it was changed after it was written.</translation>
    </message>
</context>
<context>
    <name>akim::BallotModel</name>
    <message>
        <source>%1: from %2 points, up to two decimals</source>
        <translation>%1: from %2 points, up to two decimals</translation>
    </message>
    <message>
        <source>The sum of the points entered for %1</source>
        <translation>The sum of the points entered for %1</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>recused</translation>
    </message>
    <message>
        <source>Conflict of interest declared: the cell is locked as recused.</source>
        <translation>Conflict of interest declared: the cell is locked as recused.</translation>
    </message>
    <message>
        <source>Abstained: not counted, never a zero.</source>
        <translation>Abstained: not counted, never a zero.</translation>
    </message>
    <message>
        <source>Recused (conflict of interest): not counted, never a zero.</source>
        <translation>Recused (conflict of interest): not counted, never a zero.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Rural okrug</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a number; type %4 points.</source>
        <translation>%1, %2: &quot;%3&quot; is not a number; type %4 points.</translation>
    </message>
    <message>
        <source>Score the cell first: a comment goes with points, an abstention or a recusal.</source>
        <translation>Score the cell first: a comment goes with points, an abstention or a recusal.</translation>
    </message>
</context>
<context>
    <name>akim::BallotPackage</name>
    <message>
        <source>The file is not a ballot package.</source>
        <translation>The file is not a ballot package.</translation>
    </message>
</context>
<context>
    <name>akim::BallotPage</name>
    <message>
        <source>&amp;Ballot of:</source>
        <translation>&amp;Ballot of:</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <source>Lock the ballot once every cell is scored; only the secretary can reopen it.</source>
        <translation>Lock the ballot once every cell is scored; only the secretary can reopen it.</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>Open a submitted ballot again, giving the reason.</source>
        <translation>Open a submitted ballot again, giving the reason.</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>Recused (conflict of interest)</source>
        <translation>Recused (conflict of interest)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Clear the cell</source>
        <translation>Clear the cell</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <source>Why this score (optional); Enter saves it</source>
        <translation>Why this score (optional); Enter saves it</translation>
    </message>
    <message>
        <source>Type the points and press Enter or Tab to go to the next cell; Esc reverts the cell being typed. %1 abstains, %2 marks a conflict of interest, %3 clears the cell, %4 edits the comment. Every cell is saved as soon as it is entered.</source>
        <translation>Type the points and press Enter or Tab to go to the next cell; Esc reverts the cell being typed. %1 abstains, %2 marks a conflict of interest, %3 clears the cell, %4 edits the comment. Every cell is saved as soon as it is entered.</translation>
    </message>
    <message>
        <source>conflict of interest declared: recused</source>
        <translation>conflict of interest declared: recused</translation>
    </message>
    <message>
        <source>Submit the Ballot</source>
        <translation>Submit the Ballot</translation>
    </message>
    <message>
        <source>Submit the ballot of %1 (%2 of %3 cells scored)?</source>
        <translation>Submit the ballot of %1 (%2 of %3 cells scored)?</translation>
    </message>
    <message>
        <source>A submitted ballot is locked; only the secretary can reopen it.</source>
        <translation>A submitted ballot is locked; only the secretary can reopen it.</translation>
    </message>
    <message>
        <source>Reopen the Ballot</source>
        <translation>Reopen the Ballot</translation>
    </message>
    <message>
        <source>Why is the ballot of %1 reopened? The reason is kept in the audit log.</source>
        <translation>Why is the ballot of %1 reopened? The reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>%1 of %2 scored</translation>
    </message>
    <message>
        <source>Sign in as a commission member to score your ballot, or as the secretary to type a paper ballot.</source>
        <translation>Sign in as a commission member to score your ballot, or as the secretary to type a paper ballot.</translation>
    </message>
    <message>
        <source>Submitted %1 by %2.</source>
        <translation>Submitted %1 by %2.</translation>
    </message>
    <message>
        <source>Open: every cell is saved as soon as it is entered.</source>
        <translation>Open: every cell is saved as soon as it is entered.</translation>
    </message>
    <message>
        <source>Paper ballot, %1: every cell is saved in the entry as soon as it is entered. Compare the entries once both are typed.</source>
        <translation>Paper ballot, %1: every cell is saved in the entry as soon as it is entered. Compare the entries once both are typed.</translation>
    </message>
    <message>
        <source>entry 1</source>
        <translation>entry 1</translation>
    </message>
    <message>
        <source>entry 2</source>
        <translation>entry 2</translation>
    </message>
    <message>
        <source>Ballot: nominees by criteria</source>
        <translation>Ballot: nominees by criteria</translation>
    </message>
    <message>
        <source>No nominees in this commission&apos;s region yet, so there is nothing to score. Import the registry of applicants with File ▸ Import Registry…, or add nominees on the Nominees tab.</source>
        <translation>No nominees in this commission&apos;s region yet, so there is nothing to score. Import the registry of applicants with File ▸ Import Registry…, or add nominees on the Nominees tab.</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Import Re&amp;gistry…</translation>
    </message>
    <message>
        <source>No ballot to show. Sign in as a member or the secretary (Account ▸ Sign In…), or add the commission&apos;s members on the Commissions tab: each member has a ballot.</source>
        <translation>No ballot to show. Sign in as a member or the secretary (Account ▸ Sign In…), or add the commission&apos;s members on the Commissions tab: each member has a ballot.</translation>
    </message>
</context>
<context>
    <name>akim::BallotService</name>
    <message>
        <source>No contest file is open.</source>
        <translation>No contest file is open.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>The contest file is open read-only.</translation>
    </message>
    <message>
        <source>The commission member no longer exists.</source>
        <translation>The commission member no longer exists.</translation>
    </message>
    <message>
        <source>%1 is the commission&apos;s secretary, who keeps the minutes and does not score.</source>
        <translation>%1 is the commission&apos;s secretary, who keeps the minutes and does not score.</translation>
    </message>
    <message>
        <source>%1 may score only their own ballot, not the ballot of %2.</source>
        <translation>%1 may score only their own ballot, not the ballot of %2.</translation>
    </message>
    <message>
        <source>The result of %1 is finalised; its ballots can no longer change.</source>
        <translation>The result of %1 is finalised; its ballots can no longer change.</translation>
    </message>
    <message>
        <source>The ballot of %1 is submitted; only the secretary can reopen it.</source>
        <translation>The ballot of %1 is submitted; only the secretary can reopen it.</translation>
    </message>
    <message>
        <source>The criterion is not on the ballot of %1: it scores the commission criteria of %2.</source>
        <translation>The criterion is not on the ballot of %1: it scores the commission criteria of %2.</translation>
    </message>
    <message>
        <source>The nominee is not on the ballot of %1: a regional commission scores the active nominees of its region, the republican one those advancing to stage II.</source>
        <translation>The nominee is not on the ballot of %1: a regional commission scores the active nominees of its region, the republican one those advancing to stage II.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2: the cell can only be &quot;recused&quot;.</source>
        <translation>%1 declared a conflict of interest with %2: the cell can only be &quot;recused&quot;.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>The comment is longer than %1 characters.</translation>
    </message>
    <message>
        <source>%1, %2: enter the points as a number, %3.</source>
        <translation>%1, %2: enter the points as a number, %3.</translation>
    </message>
    <message>
        <source>%1, %2: %3 is outside the allowed range %4 points.</source>
        <translation>%1, %2: %3 is outside the allowed range %4 points.</translation>
    </message>
    <message>
        <source>%1, %2: points have at most two decimals (%3 was typed); the range is %4.</source>
        <translation>%1, %2: points have at most two decimals (%3 was typed); the range is %4.</translation>
    </message>
    <message>
        <source>The score was not saved: %1</source>
        <translation>The score was not saved: %1</translation>
    </message>
    <message>
        <source>The score was not cleared: %1</source>
        <translation>The score was not cleared: %1</translation>
    </message>
    <message>
        <source>The ballot of %1 has nothing to score yet: no nominees or no criteria.</source>
        <translation>The ballot of %1 has nothing to score yet: no nominees or no criteria.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 cell(s) of the ballot of %2 are not scored yet. Enter the points, abstain or recuse in each before submitting.</source>
        <translation>
            <numerusform>%n of %1 cells of the ballot of %2 is not scored yet. Enter the points, abstain or recuse in each before submitting.</numerusform>
            <numerusform>%n of %1 cells of the ballot of %2 are not scored yet. Enter the points, abstain or recuse in each before submitting.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ballot was not submitted: %1</source>
        <translation>The ballot was not submitted: %1</translation>
    </message>
    <message>
        <source>Give the reason for reopening the ballot; it is kept in the audit log.</source>
        <translation>Give the reason for reopening the ballot; it is kept in the audit log.</translation>
    </message>
    <message>
        <source>The ballot of %1 is not submitted; there is nothing to reopen.</source>
        <translation>The ballot of %1 is not submitted; there is nothing to reopen.</translation>
    </message>
    <message>
        <source>The ballot was not reopened: %1</source>
        <translation>The ballot was not reopened: %1</translation>
    </message>
    <message>
        <source>Paper ballots need double entry in this contest: type the ballot of %1 as entry 1 or entry 2, and accept it once both entries agree.</source>
        <translation>Paper ballots need double entry in this contest: type the ballot of %1 as entry 1 or entry 2, and accept it once both entries agree.</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>abstained</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>recused</translation>
    </message>
</context>
<context>
    <name>akim::BlankBallotsDialog</name>
    <message>
        <source>Blank Ballots</source>
        <translation>Blank Ballots</translation>
    </message>
    <message numerus="yes">
        <source>%1: one paper ballot for each voting member (%n ballot(s)), with the nominees and criteria filled in, as one PDF.</source>
        <translation>
            <numerusform>%1: one paper ballot for each voting member (%n ballot), with the nominees and criteria filled in, as one PDF.</numerusform>
            <numerusform>%1: one paper ballot for each voting member (%n ballots), with the nominees and criteria filled in, as one PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language of the ballots:</source>
        <translation>&amp;Language of the ballots:</translation>
    </message>
</context>
<context>
    <name>akim::CellChangeModel</name>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>In the contest file</source>
        <translation>In the contest file</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>In the package</translation>
    </message>
</context>
<context>
    <name>akim::ChairDecisionDialog</name>
    <message>
        <source>Chair&apos;s decision</source>
        <translation>Chair&apos;s decision</translation>
    </message>
    <message numerus="yes">
        <source>These nominees are tied at the advancement cut. Tick the %n who advance, as the chair decided; the decision is recorded with the result and printed in the protocol.</source>
        <translation>
            <numerusform>These nominees are tied at the advancement cut. Tick the %n nominee who advances, as the chair decided; the decision is recorded with the result and printed in the protocol.</numerusform>
            <numerusform>These nominees are tied at the advancement cut. Tick the %n who advance, as the chair decided; the decision is recorded with the result and printed in the protocol.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tied nominees</source>
        <translation>Tied nominees</translation>
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
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::CommissionsPage</name>
    <message>
        <source>Edit the selected member</source>
        <translation>Edit the selected member</translation>
    </message>
    <message>
        <source>Delete the selected member</source>
        <translation>Delete the selected member</translation>
    </message>
    <message>
        <source>Delete Member</source>
        <translation>Delete Member</translation>
    </message>
    <message>
        <source>Remove %1 from the commission?</source>
        <translation>Remove %1 from the commission?</translation>
    </message>
    <message>
        <source>&amp;Blank Ballots…</source>
        <translation>&amp;Blank Ballots…</translation>
    </message>
    <message>
        <source>Print a paper ballot for each voting member of this commission (PDF)</source>
        <translation>Print a paper ballot for each voting member of this commission (PDF)</translation>
    </message>
    <message>
        <source>Save Blank Ballots</source>
        <translation>Save Blank Ballots</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the blank ballots</source>
        <translation>Writing the blank ballots</translation>
    </message>
    <message>
        <source>Blank Ballots</source>
        <translation>Blank Ballots</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) saved to %1. Open the file now?</source>
        <translation>
            <numerusform>%n ballot saved to %1. Open the file now?</numerusform>
            <numerusform>%n ballots saved to %1. Open the file now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <translation>Add &amp;Member…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Dele&amp;te</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation>Members of the commission</translation>
    </message>
    <message>
        <source>No members yet. Add the chair, the deputy, the secretary and the members one by one with Add Member…: a commission usually has 5 to 11 people.</source>
        <translation>No members yet. Add the chair, the deputy, the secretary and the members one by one with Add Member…: a commission usually has 5 to 11 people.</translation>
    </message>
    <message>
        <source>A&amp;dd the First Member…</source>
        <translation>A&amp;dd the First Member…</translation>
    </message>
    <message>
        <source>Choose a commission in the list on the left to see and add its members.</source>
        <translation>Choose a commission in the list on the left to see and add its members.</translation>
    </message>
</context>
<context>
    <name>akim::ContestDocument</name>
    <message>
        <source>No contest file is open.</source>
        <translation>No contest file is open.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>The contest file is open read-only.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
    <message>
        <source>Enter the akim&apos;s full name.</source>
        <translation>Enter the akim&apos;s full name.</translation>
    </message>
    <message>
        <source>The full name is longer than 200 characters.</source>
        <translation>The full name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>&quot;In office since&quot; cannot be in the future.</source>
        <translation>&quot;In office since&quot; cannot be in the future.</translation>
    </message>
    <message>
        <source>The chosen okrug no longer exists.</source>
        <translation>The chosen okrug no longer exists.</translation>
    </message>
    <message>
        <source>%1 already has a nominee: %2. A rural okrug has one nominee.</source>
        <translation>%1 already has a nominee: %2. A rural okrug has one nominee.</translation>
    </message>
    <message>
        <source>Choose the rural okrug, or type the name of a new one.</source>
        <translation>Choose the rural okrug, or type the name of a new one.</translation>
    </message>
    <message>
        <source>A KATO code has 9 digits.</source>
        <translation>A KATO code has 9 digits.</translation>
    </message>
    <message>
        <source>Choose the region.</source>
        <translation>Choose the region.</translation>
    </message>
    <message>
        <source>Choose the district, or type the name of a new one.</source>
        <translation>Choose the district, or type the name of a new one.</translation>
    </message>
    <message>
        <source>The district already has an okrug named %1; choose it from the list.</source>
        <translation>The district already has an okrug named %1; choose it from the list.</translation>
    </message>
    <message>
        <source>Add nominee %1</source>
        <translation>Add nominee %1</translation>
    </message>
    <message>
        <source>The nominee no longer exists.</source>
        <translation>The nominee no longer exists.</translation>
    </message>
    <message>
        <source>Edit nominee %1</source>
        <translation>Edit nominee %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n score(s), survey response(s) or declared conflict(s) refer to this nominee. Set the status to &quot;withdrawn&quot; instead.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n score, survey response or declared conflict refers to this nominee. Set the status to &quot;withdrawn&quot; instead.</numerusform>
            <numerusform>%1 cannot be deleted: %n scores, survey responses or declared conflicts refer to this nominee. Set the status to &quot;withdrawn&quot; instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete nominee %1</source>
        <translation>Delete nominee %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n nominee(s)</source>
        <translation>
            <numerusform>Delete %n nominee</numerusform>
            <numerusform>Delete %n nominees</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a code for the criterion, e.g. K6.</source>
        <translation>Enter a code for the criterion, e.g. K6.</translation>
    </message>
    <message>
        <source>Enter the Russian title of the criterion.</source>
        <translation>Enter the Russian title of the criterion.</translation>
    </message>
    <message>
        <source>Maximum points must be above 0 and at most 1000.</source>
        <translation>Maximum points must be above 0 and at most 1000.</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 100.</source>
        <translation>The weight must be between 0 and 100.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another criterion.</source>
        <translation>The code %1 is already used by another criterion.</translation>
    </message>
    <message>
        <source>The stage is finalised; its criteria cannot change.</source>
        <translation>The stage is finalised; its criteria cannot change.</translation>
    </message>
    <message>
        <source>Add criterion %1</source>
        <translation>Add criterion %1</translation>
    </message>
    <message>
        <source>The criterion no longer exists.</source>
        <translation>The criterion no longer exists.</translation>
    </message>
    <message>
        <source>Scores or answers already use %1; its stage and source cannot change.</source>
        <translation>Scores or answers already use %1; its stage and source cannot change.</translation>
    </message>
    <message>
        <source>Edit criterion %1</source>
        <translation>Edit criterion %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n score(s) or survey answer(s) use it.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n score or survey answer uses it.</numerusform>
            <numerusform>%1 cannot be deleted: %n scores or survey answers use it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete criterion %1</source>
        <translation>Delete criterion %1</translation>
    </message>
    <message>
        <source>Move criterion %1</source>
        <translation>Move criterion %1</translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Enter the member&apos;s full name.</translation>
    </message>
    <message>
        <source>Choose the commission.</source>
        <translation>Choose the commission.</translation>
    </message>
    <message>
        <source>The commission already has a chair: %1.</source>
        <translation>The commission already has a chair: %1.</translation>
    </message>
    <message>
        <source>The commission already has a secretary: %1.</source>
        <translation>The commission already has a secretary: %1.</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Add member %1</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>The member no longer exists.</translation>
    </message>
    <message>
        <source>%1 has already scored; the member cannot move to another commission.</source>
        <translation>%1 has already scored; the member cannot move to another commission.</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>Edit member %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: the member has %n score(s).</source>
        <translation>
            <numerusform>%1 cannot be deleted: the member has %n score.</numerusform>
            <numerusform>%1 cannot be deleted: the member has %n scores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete member %1</source>
        <translation>Delete member %1</translation>
    </message>
    <message>
        <source>A declared conflict names a nominee that no longer exists.</source>
        <translation>A declared conflict names a nominee that no longer exists.</translation>
    </message>
    <message>
        <source>Conflicts of interest of %1</source>
        <translation>Conflicts of interest of %1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the region&apos;s result is finalised.</source>
        <translation>%1 cannot be deleted: the region&apos;s result is finalised.</translation>
    </message>
    <message>
        <source>The region&apos;s result is finalised; its nominees can no longer be added or changed.</source>
        <translation>The region&apos;s result is finalised; its nominees can no longer be added or changed.</translation>
    </message>
    <message>
        <source>A result is finalised: the methodology it was computed with is frozen.</source>
        <translation>A result is finalised: the methodology it was computed with is frozen.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated; the secretary can activate it again.</source>
        <translation>The account %1 is deactivated; the secretary can activate it again.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: an account signs in as this member. Deactivate the account instead.</source>
        <translation>%1 cannot be deleted: an account signs in as this member. Deactivate the account instead.</translation>
    </message>
</context>
<context>
    <name>akim::CriteriaPage</name>
    <message>
        <source>Move Criterion</source>
        <translation>Move Criterion</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Add a criterion</translation>
    </message>
    <message>
        <source>Edit the selected criterion</source>
        <translation>Edit the selected criterion</translation>
    </message>
    <message>
        <source>Delete the selected criterion</source>
        <translation>Delete the selected criterion</translation>
    </message>
    <message>
        <source>Delete the criterion %1 (%2)?</source>
        <translation>Delete the criterion %1 (%2)?</translation>
    </message>
    <message>
        <source>Delete Criterion</source>
        <translation>Delete Criterion</translation>
    </message>
    <message>
        <source>The recommended default methodology; every value can be changed until scores exist. Drag a row, or use Move Up and Move Down, to change the order within its stage.</source>
        <translation>The recommended default methodology; every value can be changed until scores exist. Drag a row, or use Move Up and Move Down, to change the order within its stage.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>No criteria yet. Add the criteria of stage I and stage II with Add…: a code, the titles, the source of the points (commission, survey or ethics), the maximum and the weight.</source>
        <translation>No criteria yet. Add the criteria of stage I and stage II with Add…: a code, the titles, the source of the points (commission, survey or ethics), the maximum and the weight.</translation>
    </message>
    <message>
        <source>Add the First &amp;Criterion…</source>
        <translation>Add the First &amp;Criterion…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move the selected criterion one place up within its stage (Ctrl+Up)</source>
        <translation>Move the selected criterion one place up within its stage (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Move the selected criterion one place down within its stage (Ctrl+Down)</source>
        <translation>Move the selected criterion one place down within its stage (Ctrl+Down)</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Dele&amp;te</translation>
    </message>
</context>
<context>
    <name>akim::CriterionDialog</name>
    <message>
        <source>Edit Criterion</source>
        <translation>Edit Criterion</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Add Criterion</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>e.g. K6</source>
        <translation>e.g. K6</translation>
    </message>
    <message>
        <source>Title in &amp;Russian:</source>
        <translation>Title in &amp;Russian:</translation>
    </message>
    <message>
        <source>Title in &amp;Kazakh:</source>
        <translation>Title in &amp;Kazakh:</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>Title in &amp;English:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>&amp;Maximum points:</source>
        <translation>&amp;Maximum points:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
</context>
<context>
    <name>akim::CriterionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Title (Russian)</translation>
    </message>
    <message>
        <source>Title (Kazakh)</source>
        <translation>Title (Kazakh)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Max points</source>
        <translation>Max points</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Only criteria of this contest can be dropped here.</source>
        <translation>Only criteria of this contest can be dropped here.</translation>
    </message>
    <message>
        <source>A criterion can only be moved within its own stage.</source>
        <translation>A criterion can only be moved within its own stage.</translation>
    </message>
</context>
<context>
    <name>akim::DoubleEntryService</name>
    <message>
        <source>A result of this contest is finalised, and how its paper ballots were entered is part of it: double entry can no longer be switched on or off.</source>
        <translation>A result of this contest is finalised, and how its paper ballots were entered is part of it: double entry can no longer be switched on or off.</translation>
    </message>
    <message>
        <source>Double entry was not switched: %1</source>
        <translation>Double entry was not switched: %1</translation>
    </message>
    <message>
        <source>not typed</source>
        <translation>not typed</translation>
    </message>
    <message>
        <source>entry 1</source>
        <translation>entry 1</translation>
    </message>
    <message>
        <source>entry 2</source>
        <translation>entry 2</translation>
    </message>
    <message>
        <source>No contest file is open.</source>
        <translation>No contest file is open.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>The contest file is open read-only.</translation>
    </message>
    <message>
        <source>Sign in as a secretary to type paper ballots.</source>
        <translation>Sign in as a secretary to type paper ballots.</translation>
    </message>
    <message>
        <source>You typed %1 of the ballot of %2 (as %3); %4 must be typed by another secretary, so that the two entries are independent.</source>
        <translation>You typed %1 of the ballot of %2 (as %3); %4 must be typed by another secretary, so that the two entries are independent.</translation>
    </message>
    <message>
        <source>Entry %1 of the ballot of %2 is typed by %3, and only they correct it. To settle a disagreement, compare the entries and take one entry&apos;s value, giving the reason.</source>
        <translation>Entry %1 of the ballot of %2 is typed by %3, and only they correct it. To settle a disagreement, compare the entries and take one entry&apos;s value, giving the reason.</translation>
    </message>
    <message>
        <source>The cell was not saved: %1</source>
        <translation>The cell was not saved: %1</translation>
    </message>
    <message>
        <source>The cell was not cleared: %1</source>
        <translation>The cell was not cleared: %1</translation>
    </message>
    <message>
        <source>Give the reason for taking the value of %1; it is kept in the audit log.</source>
        <translation>Give the reason for taking the value of %1; it is kept in the audit log.</translation>
    </message>
    <message>
        <source>%1: only a cell typed in both entries can take one entry&apos;s value. Type the cell in %2 instead.</source>
        <translation>%1: only a cell typed in both entries can take one entry&apos;s value. Type the cell in %2 instead.</translation>
    </message>
    <message>
        <source>%1: both entries already agree.</source>
        <translation>%1: both entries already agree.</translation>
    </message>
    <message>
        <source>The disagreement was not resolved: %1</source>
        <translation>The disagreement was not resolved: %1</translation>
    </message>
    <message>
        <source>Give the reason for discarding %1; it is kept in the audit log.</source>
        <translation>Give the reason for discarding %1; it is kept in the audit log.</translation>
    </message>
    <message>
        <source>Entry %1 of the ballot of %2 has not been typed; there is nothing to discard.</source>
        <translation>Entry %1 of the ballot of %2 has not been typed; there is nothing to discard.</translation>
    </message>
    <message>
        <source>The entry was not discarded: %1</source>
        <translation>The entry was not discarded: %1</translation>
    </message>
    <message>
        <source>The paper ballot was not accepted: %1</source>
        <translation>The paper ballot was not accepted: %1</translation>
    </message>
</context>
<context>
    <name>akim::GeographyTreeModel</name>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n nominee</numerusform>
            <numerusform>%n nominees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::GuideWindow</name>
    <message>
        <source>User Guide — Akim Contest</source>
        <translation>User Guide — Akim Contest</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The page shown before (%1)</source>
        <translation>The page shown before (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>The next page (%1)</source>
        <translation>The next page (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>The first page of the guide</source>
        <translation>The first page of the guide</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Contents of the guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Guide page</translation>
    </message>
</context>
<context>
    <name>akim::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>The export of the questionnaire as it came from the website or the form: CSV, Excel (xlsx, xls) or OpenDocument (ods).</source>
        <translation>The export of the questionnaire as it came from the website or the form: CSV, Excel (xlsx, xls) or OpenDocument (ods).</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <source>the citizens&apos; survey (criteria of source “survey”)</source>
        <translation>the citizens&apos; survey (criteria of source “survey”)</translation>
    </message>
    <message>
        <source>the Ethics Commissioner&apos;s anonymous questionnaire (criteria of source “ethics”)</source>
        <translation>the Ethics Commissioner&apos;s anonymous questionnaire (criteria of source “ethics”)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Path of the spreadsheet</source>
        <translation>Path of the spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Or drop a spreadsheet here.</source>
        <translation>Or drop a spreadsheet here.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission).</source>
        <translation>The file cannot be read (no permission).</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Choose the Export</source>
        <translation>Choose the Export</translation>
    </message>
</context>
<context>
    <name>akim::ImportJobPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop; nothing is written to the contest</source>
        <translation>Stop; nothing is written to the contest</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>akim::ImportListModel</name>
    <message>
        <source>Ethics questionnaire</source>
        <translation>Ethics questionnaire</translation>
    </message>
    <message>
        <source>Citizens&apos; survey</source>
        <translation>Citizens&apos; survey</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Undone: its responses no longer count</source>
        <translation>Undone: its responses no longer count</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Responses imported</source>
        <translation>Responses imported</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Duplicates skipped</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Undone on</translation>
    </message>
    <message>
        <source>Rows of the sheet that were not blank</source>
        <translation>Rows of the sheet that were not blank</translation>
    </message>
    <message>
        <source>Rows that became responses and count in the survey index</source>
        <translation>Rows that became responses and count in the survey index</translation>
    </message>
    <message>
        <source>Rows not imported: no matching nominee, or an answer outside the scale</source>
        <translation>Rows not imported: no matching nominee, or an answer outside the scale</translation>
    </message>
    <message>
        <source>Rows identical to a row already imported (same time and answers)</source>
        <translation>Rows identical to a row already imported (same time and answers)</translation>
    </message>
    <message>
        <source>An undone import keeps its record, but its responses no longer count</source>
        <translation>An undone import keeps its record, but its responses no longer count</translation>
    </message>
</context>
<context>
    <name>akim::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Say what each column holds. Respondent ids and free text are only read, never stored.</source>
        <translation>Say what each column holds. Respondent ids and free text are only read, never stored.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>Use as</translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation>Save as &amp;profile:</translation>
    </message>
    <message>
        <source>a name, to recognise files of this layout next time (optional)</source>
        <translation>a name, to recognise files of this layout next time (optional)</translation>
    </message>
    <message>
        <source>Question %1 — %2</source>
        <translation>Question %1 — %2</translation>
    </message>
    <message>
        <source>The columns were set from the saved profile “%1”, which has the same headings.</source>
        <translation>The columns were set from the saved profile “%1”, which has the same headings.</translation>
    </message>
    <message>
        <source>Could be: %1</source>
        <translation>Could be: %1</translation>
    </message>
    <message>
        <source>Its values look like answers: is it a question?</source>
        <translation>Its values look like answers: is it a question?</translation>
    </message>
    <message>
        <source>The columns were recognised from their headings. Check them before going on.</source>
        <translation>The columns were recognised from their headings. Check them before going on.</translation>
    </message>
    <message numerus="yes">
        <source>The columns were recognised from their headings; %n column(s) marked need your choice.</source>
        <translation>
            <numerusform>The columns were recognised from their headings; %n column marked needs your choice.</numerusform>
            <numerusform>The columns were recognised from their headings; %n columns marked need your choice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
</context>
<context>
    <name>akim::ImportMatchPage</name>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Spellings of places that match no nominee, or several. Resolve each once: it is remembered for the next files.</source>
        <translation>Spellings of places that match no nominee, or several. Resolve each once: it is remembered for the next files.</translation>
    </message>
    <message>
        <source>Spelling in the file</source>
        <translation>Spelling in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Nominee:</source>
        <translation>&amp;Nominee:</translation>
    </message>
    <message>
        <source>type to filter: okrug, district, name</source>
        <translation>type to filter: okrug, district, name</translation>
    </message>
    <message>
        <source>&amp;Use for this spelling</source>
        <translation>&amp;Use for this spelling</translation>
    </message>
    <message>
        <source>&amp;Reject these rows</source>
        <translation>&amp;Reject these rows</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Undecided</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Checking every row against the nominees (nothing is written)…</source>
        <translation>Checking every row against the nominees (nothing is written)…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>First seen in row %1</source>
        <translation>First seen in row %1</translation>
    </message>
    <message>
        <source>nominee %1 (no longer in the contest)</source>
        <translation>nominee %1 (no longer in the contest)</translation>
    </message>
    <message>
        <source>undecided: rows rejected</source>
        <translation>undecided: rows rejected</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>rows rejected</translation>
    </message>
    <message>
        <source>%1 rows read; every place spelling matches one nominee: nothing to resolve.</source>
        <translation>%1 rows read; every place spelling matches one nominee: nothing to resolve.</translation>
    </message>
    <message>
        <source>%1 rows read; %2 name a place that matches no nominee, or several.</source>
        <translation>%1 rows read; %2 name a place that matches no nominee, or several.</translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s) undecided: their %1 rows will be rejected.</source>
        <translation>
            <numerusform>%n spelling undecided: its %1 rows will be rejected.</numerusform>
            <numerusform>%n spellings undecided: their %1 rows will be rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every spelling is decided.</source>
        <translation>Every spelling is decided.</translation>
    </message>
    <message>
        <source>Places that match no nominee, or several</source>
        <translation>Places that match no nominee, or several</translation>
    </message>
</context>
<context>
    <name>akim::ImportScalePage</name>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>What each answer written as text counts as. Blank answers and “hard to say” are not counted: they are not zeros.</source>
        <translation>What each answer written as text counts as. Blank answers and “hard to say” are not counted: they are not zeros.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <source>Reading the answers…</source>
        <translation>Reading the answers…</translation>
    </message>
    <message>
        <source>Not a phrase of the scale: choose what it counts as, or its rows are rejected.</source>
        <translation>Not a phrase of the scale: choose what it counts as, or its rows are rejected.</translation>
    </message>
    <message>
        <source>Not an answer: reject the row</source>
        <translation>Not an answer: reject the row</translation>
    </message>
    <message>
        <source>Yes (1)</source>
        <translation>Yes (1)</translation>
    </message>
    <message>
        <source>No (0)</source>
        <translation>No (0)</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 answers given as numbers 0 or 1.</source>
        <translation>%1 answers given as numbers 0 or 1.</translation>
    </message>
    <message>
        <source>%1 answers given as numbers %2–%3.</source>
        <translation>%1 answers given as numbers %2–%3.</translation>
    </message>
    <message>
        <source>%1 numbers outside the scale: their rows will be rejected.</source>
        <translation>%1 numbers outside the scale: their rows will be rejected.</translation>
    </message>
    <message>
        <source>%1 blank answers (not counted).</source>
        <translation>%1 blank answers (not counted).</translation>
    </message>
    <message>
        <source>No answer is written as text: nothing to decide here.</source>
        <translation>No answer is written as text: nothing to decide here.</translation>
    </message>
    <message>
        <source>%1 more distinct texts are not listed; they count as the scale reads them, or reject their rows.</source>
        <translation>%1 more distinct texts are not listed; they count as the scale reads them, or reject their rows.</translation>
    </message>
    <message>
        <source>Answers written as text</source>
        <translation>Answers written as text</translation>
    </message>
    <message>
        <source>Every answer in the file is a number on the scale: there is no text to map. Go on with Next.</source>
        <translation>Every answer in the file is a number on the scale: there is no text to map. Go on with Next.</translation>
    </message>
</context>
<context>
    <name>akim::ImportSheetPage</name>
    <message>
        <source>CSV text file</source>
        <translation>CSV text file</translation>
    </message>
    <message>
        <source>Excel workbook (xlsx)</source>
        <translation>Excel workbook (xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (ods)</source>
        <translation>OpenDocument spreadsheet (ods)</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook (xls)</source>
        <translation>Excel 97–2003 workbook (xls)</translation>
    </message>
    <message>
        <source>Sheet and header</source>
        <translation>Sheet and header</translation>
    </message>
    <message>
        <source>Check that the text reads right and that the highlighted rows are the column headings.</source>
        <translation>Check that the text reads right and that the highlighted rows are the column headings.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>How the text file is read</source>
        <translation>How the text file is read</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>&amp;Header starts at row:</source>
        <translation>&amp;Header starts at row:</translation>
    </message>
    <message>
        <source>Header &amp;rows:</source>
        <translation>Header &amp;rows:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Reading the first rows…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>The sheet is empty.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (detected)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Vertical bar |</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Preview of the sheet</translation>
    </message>
    <message>
        <source>No rows to show: this sheet is empty. Choose another sheet above, or go Back and choose another file.</source>
        <translation>No rows to show: this sheet is empty. Choose another sheet above, or go Back and choose another file.</translation>
    </message>
</context>
<context>
    <name>akim::ImportSummaryPage</name>
    <message>
        <source>Check and import</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <source>A dry run of the whole file: nothing has been written yet. Import writes everything in one step, or nothing.</source>
        <translation>A dry run of the whole file: nothing has been written yet. Import writes everything in one step, or nothing.</translation>
    </message>
    <message>
        <source>Responses per region:</source>
        <translation>Responses per region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>To import</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows as CSV…</source>
        <translation>&amp;Save rejected rows as CSV…</translation>
    </message>
    <message>
        <source>Checking the whole file (nothing is written)…</source>
        <translation>Checking the whole file (nothing is written)…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. %1</source>
        <translation>The import failed; nothing was written. %1</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forward again to repeat it.</source>
        <translation>The check was cancelled. Go back and forward again to repeat it.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Ready: press Import to add %1 responses to the contest.</source>
        <translation>Ready: press Import to add %1 responses to the contest.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is rejected or already imported.</source>
        <translation>Nothing to import: every row is rejected or already imported.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Rows read:</translation>
    </message>
    <message>
        <source>To import:</source>
        <translation>To import:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>Duplicates (skipped):</source>
        <translation>Duplicates (skipped):</translation>
    </message>
    <message>
        <source>Place not recognised:</source>
        <translation>Place not recognised:</translation>
    </message>
    <message>
        <source>No row is rejected.</source>
        <translation>No row is rejected.</translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Rejected rows (the first %1 of %2):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejected</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Save Rejected Rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>Responses per region</source>
        <translation>Responses per region</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>No row is rejected: every response of the file can be imported.</source>
        <translation>No row is rejected: every response of the file can be imported.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
</context>
<context>
    <name>akim::ImportWizard</name>
    <message>
        <source>Import Ethics Questionnaire</source>
        <translation>Import Ethics Questionnaire</translation>
    </message>
    <message>
        <source>Import Survey</source>
        <translation>Import Survey</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>The mapping could not be saved as the profile “%1”: %2</source>
        <translation>The mapping could not be saved as the profile “%1”: %2</translation>
    </message>
</context>
<context>
    <name>akim::ImportsPage</name>
    <message>
        <source>Every survey and ethics questionnaire import of this contest. Undoing one removes all its responses; it stays listed.</source>
        <translation>Every survey and ethics questionnaire import of this contest. Undoing one removes all its responses; it stays listed.</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Undo Import…</translation>
    </message>
    <message>
        <source>Remove every response of the selected import</source>
        <translation>Remove every response of the selected import</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? Its %3 responses are removed from the contest; the import stays listed as undone.</source>
        <translation>Undo the import of %1 (%2)? Its %3 responses are removed from the contest; the import stays listed as undone.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Undo Import</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>The import was not undone: %1</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>The import was undone.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Nothing imported yet. Import the citizens&apos; questionnaire export (File ▸ Import Survey…) and the Ethics Commissioner&apos;s questionnaire (File ▸ Import Ethics Questionnaire…).</source>
        <translation>Nothing imported yet. Import the citizens&apos; questionnaire export (File ▸ Import Survey…) and the Ethics Commissioner&apos;s questionnaire (File ▸ Import Ethics Questionnaire…).</translation>
    </message>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>&amp;Import Survey…</translation>
    </message>
</context>
<context>
    <name>akim::MainWindow</name>
    <message>
        <source>Akim Contest</source>
        <translation>Akim Contest</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <source>%1 — Akim Contest</source>
        <translation>%1 — Akim Contest</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n nominee</numerusform>
            <numerusform>%n nominees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commission member(s)</source>
        <translation>
            <numerusform>%n commission member</numerusform>
            <numerusform>%n commission members</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Clear the List</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Open Recent</translation>
    </message>
    <message>
        <source>%1 no longer exists; it has been removed from the recent contests.</source>
        <translation>%1 no longer exists; it has been removed from the recent contests.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>New Contest</source>
        <translation>New Contest</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Saved a copy to %1</translation>
    </message>
    <message>
        <source>About Akim Contest</source>
        <translation>About Akim Contest</translation>
    </message>
    <message>
        <source>Akim Contest %1

Nominees, commissions, scores, rankings and protocols for the republican contest «Best Rural Akim» («Үздік ауыл әкімі»).

The default methodology is a recommendation that each contest can change.</source>
        <translation>Akim Contest %1

Nominees, commissions, scores, rankings and protocols for the republican contest «Best Rural Akim» («Үздік ауыл әкімі»).

The default methodology is a recommendation that each contest can change.</translation>
    </message>
    <message>
        <source>Demo contest</source>
        <translation>Demo contest</translation>
    </message>
    <message>
        <source>The demo contest could not be created: %1</source>
        <translation>The demo contest could not be created: %1</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Imported %1 responses from %2 (%3 rejected, %4 duplicates).</source>
        <translation>Imported %1 responses from %2 (%3 rejected, %4 duplicates).</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s) added from the registry.</source>
        <translation>
            <numerusform>%n nominee added from the registry.</numerusform>
            <numerusform>%n nominees added from the registry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <source>Creating the demo contest</source>
        <translation>Creating the demo contest</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Ballot</translation>
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
        <translation>Protocol Details</translation>
    </message>
    <message>
        <source>The meeting recorded in the protocol of: %1</source>
        <translation>The meeting recorded in the protocol of: %1</translation>
    </message>
    <message>
        <source>Protocol &amp;number:</source>
        <translation>Protocol &amp;number:</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>e.g. 3</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <source>Untick to leave the date blank in the protocol.</source>
        <translation>Untick to leave the date blank in the protocol.</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Started at:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Ended at:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Place (&amp;Russian):</source>
        <translation>Place (&amp;Russian):</translation>
    </message>
    <message>
        <source>the city, e.g. Кызылорда</source>
        <translation>the city, e.g. Кызылорда</translation>
    </message>
    <message>
        <source>Place (&amp;Kazakh):</source>
        <translation>Place (&amp;Kazakh):</translation>
    </message>
    <message>
        <source>the city, e.g. Қызылорда</source>
        <translation>the city, e.g. Қызылорда</translation>
    </message>
    <message>
        <source>Organisation (R&amp;ussian):</source>
        <translation>Organisation (R&amp;ussian):</translation>
    </message>
    <message>
        <source>Organisation (Ka&amp;zakh):</source>
        <translation>Organisation (Ka&amp;zakh):</translation>
    </message>
    <message>
        <source>printed centred above the title</source>
        <translation>printed centred above the title</translation>
    </message>
    <message>
        <source>&amp;Invited and observers:</source>
        <translation>&amp;Invited and observers:</translation>
    </message>
    <message>
        <source>One person a line, as it is to be printed</source>
        <translation>One person a line, as it is to be printed</translation>
    </message>
    <message>
        <source>A&amp;ttendance of the voting members (untick who was absent and give the reason):</source>
        <translation>A&amp;ttendance of the voting members (untick who was absent and give the reason):</translation>
    </message>
    <message>
        <source>Attendance of the voting members</source>
        <translation>Attendance of the voting members</translation>
    </message>
    <message>
        <source>&amp;Quorum rule (for the whole contest):</source>
        <translation>&amp;Quorum rule (for the whole contest):</translation>
    </message>
    <message>
        <source>&amp;Vote unanimous (every present member voted for)</source>
        <translation>&amp;Vote unanimous (every present member voted for)</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>F&amp;or:</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>A&amp;gainst:</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>A&amp;bstained:</source>
        <translation>A&amp;bstained:</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Special nominations</source>
        <translation>Special nominations</translation>
    </message>
    <message>
        <source>The stage II nominees cannot be listed: %1</source>
        <translation>The stage II nominees cannot be listed: %1</translation>
    </message>
    <message>
        <source>The methodology lists no special nominations.</source>
        <translation>The methodology lists no special nominations.</translation>
    </message>
    <message>
        <source>Each nomination goes to one stage II nominee by the commission&apos;s decision.</source>
        <translation>Each nomination goes to one stage II nominee by the commission&apos;s decision.</translation>
    </message>
    <message>
        <source>— not awarded —</source>
        <translation>— not awarded —</translation>
    </message>
</context>
<context>
    <name>akim::MeetingService</name>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>The contest&apos;s methodology cannot be used: %1</translation>
    </message>
    <message>
        <source>No contest file is open.</source>
        <translation>No contest file is open.</translation>
    </message>
    <message>
        <source>The contest file is open read-only.</source>
        <translation>The contest file is open read-only.</translation>
    </message>
    <message>
        <source>The quorum rule applies to every commission of the contest: the secretary changes it, not the chair of one commission (signed in as %1).</source>
        <translation>The quorum rule applies to every commission of the contest: the secretary changes it, not the chair of one commission (signed in as %1).</translation>
    </message>
    <message>
        <source>The region of this protocol no longer exists.</source>
        <translation>The region of this protocol no longer exists.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit the protocol.</source>
        <translation>%1 is %2 characters long; at most %3 fit the protocol.</translation>
    </message>
    <message>
        <source>The protocol number</source>
        <translation>The protocol number</translation>
    </message>
    <message>
        <source>The place (Russian)</source>
        <translation>The place (Russian)</translation>
    </message>
    <message>
        <source>The place (Kazakh)</source>
        <translation>The place (Kazakh)</translation>
    </message>
    <message>
        <source>The organisation (Russian)</source>
        <translation>The organisation (Russian)</translation>
    </message>
    <message>
        <source>The organisation (Kazakh)</source>
        <translation>The organisation (Kazakh)</translation>
    </message>
    <message>
        <source>The list of invited persons</source>
        <translation>The list of invited persons</translation>
    </message>
    <message>
        <source>The protocol number and the place are one line each.</source>
        <translation>The protocol number and the place are one line each.</translation>
    </message>
    <message>
        <source>The meeting ends at %1, which is not after it starts (%2).</source>
        <translation>The meeting ends at %1, which is not after it starts (%2).</translation>
    </message>
    <message>
        <source>%1 is not a voting member of this meeting&apos;s commission, so cannot be recorded as absent from it.</source>
        <translation>%1 is not a voting member of this meeting&apos;s commission, so cannot be recorded as absent from it.</translation>
    </message>
    <message>
        <source>%1 is recorded as absent twice.</source>
        <translation>%1 is recorded as absent twice.</translation>
    </message>
    <message>
        <source>The reason for the absence of %1 is %2 characters long; at most %3 fit the protocol.</source>
        <translation>The reason for the absence of %1 is %2 characters long; at most %3 fit the protocol.</translation>
    </message>
    <message>
        <source>A vote count cannot be negative.</source>
        <translation>A vote count cannot be negative.</translation>
    </message>
    <message>
        <source>Give the number of votes for as well: without it the protocol would say that every present member voted for.</source>
        <translation>Give the number of votes for as well: without it the protocol would say that every present member voted for.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) are recorded, but only %1 of the voting members are present.</source>
        <translation>
            <numerusform>%n vote is recorded, but only %1 of the voting members are present.</numerusform>
            <numerusform>%n votes are recorded, but only %1 of the voting members are present.</numerusform>
        </translation>
    </message>
    <message>
        <source>Special nominations are awarded by the republican commission, in the protocol of stage II only.</source>
        <translation>Special nominations are awarded by the republican commission, in the protocol of stage II only.</translation>
    </message>
    <message numerus="yes">
        <source>There is no nomination number %1: the methodology lists %n nomination(s).</source>
        <translation>
            <numerusform>There is no nomination number %1: the methodology lists %n nomination.</numerusform>
            <numerusform>There is no nomination number %1: the methodology lists %n nominations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The nomination «%1» is awarded twice.</source>
        <translation>The nomination «%1» is awarded twice.</translation>
    </message>
    <message>
        <source>The nominee awarded «%1» no longer exists.</source>
        <translation>The nominee awarded «%1» no longer exists.</translation>
    </message>
    <message>
        <source>%1 is not ranked in stage II, so cannot be awarded «%2».</source>
        <translation>%1 is not ranked in stage II, so cannot be awarded «%2».</translation>
    </message>
    <message>
        <source>The protocol details were not saved: %1</source>
        <translation>The protocol details were not saved: %1</translation>
    </message>
    <message>
        <source>The quorum rule was not changed: %1</source>
        <translation>The quorum rule was not changed: %1</translation>
    </message>
    <message>
        <source>more than half</source>
        <translation>more than half</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>two thirds</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n voting member(s) present; quorum (%2): %3 — %4</source>
        <translation>
            <numerusform>%1 of %n voting member present; quorum (%2): %3 — %4</numerusform>
            <numerusform>%1 of %n voting members present; quorum (%2): %3 — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
</context>
<context>
    <name>akim::MemberDialog</name>
    <message>
        <source>Edit Member</source>
        <translation>Edit Member</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>e.g. chair of a public council, journalist</source>
        <translation>e.g. chair of a public council, journalist</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest: tick the nominees of the region this member must not score (a relative, a subordinate…).</source>
        <translation>&amp;Conflicts of interest: tick the nominees of the region this member must not score (a relative, a subordinate…).</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest: tick the nominees this member must not score (a relative, a subordinate…).</source>
        <translation>&amp;Conflicts of interest: tick the nominees this member must not score (a relative, a subordinate…).</translation>
    </message>
    <message>
        <source>Search: name, okrug…</source>
        <translation>Search: name, okrug…</translation>
    </message>
    <message>
        <source>R&amp;eason for the selected nominee:</source>
        <translation>R&amp;eason for the selected nominee:</translation>
    </message>
    <message>
        <source>e.g. brother-in-law</source>
        <translation>e.g. brother-in-law</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search the nominees</source>
        <translation>Search the nominees</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>No nominees to list yet, so there is no conflict of interest to declare. Once the registry is imported, come back with Edit….</source>
        <translation>No nominees to list yet, so there is no conflict of interest to declare. Once the registry is imported, come back with Edit….</translation>
    </message>
</context>
<context>
    <name>akim::MemberTableModel</name>
    <message numerus="yes">
        <source>Declared conflicts of interest: %n nominee(s)</source>
        <translation>
            <numerusform>Declared conflicts of interest: %n nominee</numerusform>
            <numerusform>Declared conflicts of interest: %n nominees</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
</context>
<context>
    <name>akim::MethodologyDialog</name>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation>E&amp;xport to file…</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <source>A result is finalised: this methodology is frozen with it and can only be viewed and exported.</source>
        <translation>A result is finalised: this methodology is frozen with it and can only be viewed and exported.</translation>
    </message>
    <message>
        <source>The recommended default of the 2020 methodological recommendations, not an official rule: every value can be changed for this contest. Criteria and their weights are edited in the Criteria tab.</source>
        <translation>The recommended default of the 2020 methodological recommendations, not an official rule: every value can be changed for this contest. Criteria and their weights are edited in the Criteria tab.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>counts, and the nominee is flagged</source>
        <translation>counts, and the nominee is flagged</translation>
    </message>
    <message>
        <source>is left out of the total</source>
        <translation>is left out of the total</translation>
    </message>
    <message>
        <source>A &quot;not compliant&quot; conclusion of the Ethics Commissioner stops advancement</source>
        <translation>A &quot;not compliant&quot; conclusion of the Ethics Commissioner stops advancement</translation>
    </message>
    <message>
        <source>1, 1, 3 (standard)</source>
        <translation>1, 1, 3 (standard)</translation>
    </message>
    <message>
        <source>1, 1, 2 (dense)</source>
        <translation>1, 1, 2 (dense)</translation>
    </message>
    <message>
        <source>Commission scores</source>
        <translation>Commission scores</translation>
    </message>
    <message>
        <source>&amp;Aggregation per criterion:</source>
        <translation>&amp;Aggregation per criterion:</translation>
    </message>
    <message>
        <source>Scores &amp;dropped at each end:</source>
        <translation>Scores &amp;dropped at each end:</translation>
    </message>
    <message>
        <source>…when at least this many &amp;valid scores:</source>
        <translation>…when at least this many &amp;valid scores:</translation>
    </message>
    <message>
        <source>Flag a criterion with fewer valid scores &amp;than:</source>
        <translation>Flag a criterion with fewer valid scores &amp;than:</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>&amp;Minimum sample (citizens&apos; responses):</source>
        <translation>&amp;Minimum sample (citizens&apos; responses):</translation>
    </message>
    <message>
        <source>Below it the survey index:</source>
        <translation>Below it the survey index:</translation>
    </message>
    <message>
        <source>Ethics index &amp;gate (0–100):</source>
        <translation>Ethics index &amp;gate (0–100):</translation>
    </message>
    <message>
        <source>Weights of the totals</source>
        <translation>Weights of the totals</translation>
    </message>
    <message>
        <source>Stage I: citizens&apos; &amp;survey:</source>
        <translation>Stage I: citizens&apos; &amp;survey:</translation>
    </message>
    <message>
        <source>Stage I: &amp;ethics:</source>
        <translation>Stage I: &amp;ethics:</translation>
    </message>
    <message>
        <source>Stage I: &amp;commission:</source>
        <translation>Stage I: &amp;commission:</translation>
    </message>
    <message>
        <source>Stage II: &amp;republican commission:</source>
        <translation>Stage II: &amp;republican commission:</translation>
    </message>
    <message>
        <source>Stage II: stage I total carried &amp;over:</source>
        <translation>Stage II: stage I total carried &amp;over:</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Advance to stage II &amp;per region:</source>
        <translation>Advance to stage II &amp;per region:</translation>
    </message>
    <message>
        <source>Shared places are &amp;numbered:</source>
        <translation>Shared places are &amp;numbered:</translation>
    </message>
    <message>
        <source>The stage I weights add up to 1.</source>
        <translation>The stage I weights add up to 1.</translation>
    </message>
    <message>
        <source>The stage I weights add up to %1; they must add up to 1.</source>
        <translation>The stage I weights add up to %1; they must add up to 1.</translation>
    </message>
    <message>
        <source>Import Methodology</source>
        <translation>Import Methodology</translation>
    </message>
    <message>
        <source>Methodology (*.json)</source>
        <translation>Methodology (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable methodology: %2</source>
        <translation>%1 is not a usable methodology: %2</translation>
    </message>
    <message>
        <source>Export Methodology</source>
        <translation>Export Methodology</translation>
    </message>
    <message>
        <source>methodology.json</source>
        <translation>methodology.json</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Ties on the total are broken in this order, the larger value first; if all are equal the nominees share the place.</source>
        <translation>Ties on the total are broken in this order, the larger value first; if all are equal the nominees share the place.</translation>
    </message>
    <message>
        <source>Stage I (&amp;regional)</source>
        <translation>Stage I (&amp;regional)</translation>
    </message>
    <message>
        <source>Stage II (rep&amp;ublican)</source>
        <translation>Stage II (rep&amp;ublican)</translation>
    </message>
    <message>
        <source>Tie-breaks after the total</source>
        <translation>Tie-breaks after the total</translation>
    </message>
    <message>
        <source>Scores and &amp;weights</source>
        <translation>Scores and &amp;weights</translation>
    </message>
    <message>
        <source>P&amp;laces and ties</source>
        <translation>P&amp;laces and ties</translation>
    </message>
    <message>
        <source>%1 and %2 move the selected component, %3 removes it, %4 adds the one chosen below.</source>
        <translation>%1 and %2 move the selected component, %3 removes it, %4 adds the one chosen below.</translation>
    </message>
    <message>
        <source>every component is in use</source>
        <translation>every component is in use</translation>
    </message>
    <message>
        <source>Components of this stage not yet in the order</source>
        <translation>Components of this stage not yet in the order</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add the chosen component at the end</source>
        <translation>Add the chosen component at the end</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected component</source>
        <translation>Remove the selected component</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>Compare the selected component earlier</source>
        <translation>Compare the selected component earlier</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>Compare the selected component later</source>
        <translation>Compare the selected component later</translation>
    </message>
</context>
<context>
    <name>akim::NomineeDialog</name>
    <message>
        <source>Edit Nominee</source>
        <translation>Edit Nominee</translation>
    </message>
    <message>
        <source>Add Nominee</source>
        <translation>Add Nominee</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>Choose or type a new district</source>
        <translation>Choose or type a new district</translation>
    </message>
    <message>
        <source>District in Kazakh:</source>
        <translation>District in Kazakh:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Rural &amp;okrug:</source>
        <translation>Rural &amp;okrug:</translation>
    </message>
    <message>
        <source>Choose or type a new okrug</source>
        <translation>Choose or type a new okrug</translation>
    </message>
    <message>
        <source>Okrug in Kazakh:</source>
        <translation>Okrug in Kazakh:</translation>
    </message>
    <message>
        <source>KATO code:</source>
        <translation>KATO code:</translation>
    </message>
    <message>
        <source>Akim&apos;s &amp;full name:</source>
        <translation>Akim&apos;s &amp;full name:</translation>
    </message>
    <message>
        <source>In office &amp;since:</source>
        <translation>In office &amp;since:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>A new district and a new okrug will be created; the names typed above are their Russian names.</source>
        <translation>A new district and a new okrug will be created; the names typed above are their Russian names.</translation>
    </message>
    <message>
        <source>A new district will be created; the name typed above is its Russian name.</source>
        <translation>A new district will be created; the name typed above is its Russian name.</translation>
    </message>
    <message>
        <source>A new okrug will be created; the name typed above is its Russian name.</source>
        <translation>A new okrug will be created; the name typed above is its Russian name.</translation>
    </message>
</context>
<context>
    <name>akim::NomineeTableModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Rural okrug</translation>
    </message>
    <message>
        <source>KATO</source>
        <translation>KATO</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Akim</translation>
    </message>
    <message>
        <source>In office since</source>
        <translation>In office since</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>akim::NomineesPage</name>
    <message>
        <source>Search: name, okrug, district, region…</source>
        <translation>Search: name, okrug, district, region…</translation>
    </message>
    <message>
        <source>Add a nominee</source>
        <translation>Add a nominee</translation>
    </message>
    <message>
        <source>Edit the selected nominee</source>
        <translation>Edit the selected nominee</translation>
    </message>
    <message>
        <source>Delete the selected nominees</source>
        <translation>Delete the selected nominees</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s)</source>
        <translation>
            <numerusform>%n nominee</numerusform>
            <numerusform>%n nominees</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>Delete the nominee %1 (%2)?</source>
        <translation>Delete the nominee %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected nominee(s)?</source>
        <translation>
            <numerusform>Delete %n selected nominee?</numerusform>
            <numerusform>Delete %n selected nominees?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Edit ▸ Undo brings them back.</translation>
    </message>
    <message>
        <source>Delete Nominees</source>
        <translation>Delete Nominees</translation>
    </message>
    <message>
        <source>Search nominees</source>
        <translation>Search nominees</translation>
    </message>
    <message>
        <source>Regions and districts</source>
        <translation>Regions and districts</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>No nominees yet. Import the registry of applicants from a spreadsheet (File ▸ Import Registry…), or add nominees one by one (Add…).</source>
        <translation>No nominees yet. Import the registry of applicants from a spreadsheet (File ▸ Import Registry…), or add nominees one by one (Add…).</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Import Re&amp;gistry…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Dele&amp;te</translation>
    </message>
    <message numerus="yes">
        <source>No nominees in the chosen place. Choose “All regions” on the left to see all %n nominee(s).</source>
        <translation>
            <numerusform>No nominees in the chosen place. Choose “All regions” on the left to see the %n nominee.</numerusform>
            <numerusform>No nominees in the chosen place. Choose “All regions” on the left to see all %n nominees.</numerusform>
        </translation>
    </message>
    <message>
        <source>No nominee matches “%1”. Check the spelling, or search for a part of the name.</source>
        <translation>No nominee matches “%1”. Check the spelling, or search for a part of the name.</translation>
    </message>
    <message>
        <source>No nominee in the chosen place matches “%1”. Check the spelling, or search all regions.</source>
        <translation>No nominee in the chosen place matches “%1”. Check the spelling, or search all regions.</translation>
    </message>
    <message>
        <source>Sho&amp;w All Regions</source>
        <translation>Sho&amp;w All Regions</translation>
    </message>
    <message>
        <source>&amp;Clear the Search</source>
        <translation>&amp;Clear the Search</translation>
    </message>
</context>
<context>
    <name>akim::PackageActions</name>
    <message>
        <source>Open Ballot &amp;Package…</source>
        <translation>Open Ballot &amp;Package…</translation>
    </message>
    <message>
        <source>Open a ballot package the secretary sent you, to score it</source>
        <translation>Open a ballot package the secretary sent you, to score it</translation>
    </message>
    <message>
        <source>Write each member&apos;s ballot to a file, to be scored on another PC</source>
        <translation>Write each member&apos;s ballot to a file, to be scored on another PC</translation>
    </message>
    <message>
        <source>I&amp;mport Ballot Packages…</source>
        <translation>I&amp;mport Ballot Packages…</translation>
    </message>
    <message>
        <source>Take back the ballot packages the members scored and submitted</source>
        <translation>Take back the ballot packages the members scored and submitted</translation>
    </message>
    <message>
        <source>Ballot Package</source>
        <translation>Ballot Package</translation>
    </message>
    <message>
        <source>Ballot package of %1, %2.</source>
        <translation>Ballot package of %1, %2.</translation>
    </message>
    <message>
        <source>Sign in with your password to score.</source>
        <translation>Sign in with your password to score.</translation>
    </message>
    <message>
        <source>Submitted. Send this file back to the secretary: %1</source>
        <translation>Submitted. Send this file back to the secretary: %1</translation>
    </message>
    <message>
        <source>Every cell is saved as you type. When all are scored, press Submit and send this file back to the secretary.</source>
        <translation>Every cell is saved as you type. When all are scored, press Submit and send this file back to the secretary.</translation>
    </message>
    <message>
        <source>Open Ballot Package</source>
        <translation>Open Ballot Package</translation>
    </message>
    <message>
        <source>Ballot packages (*.%1)</source>
        <translation>Ballot packages (*.%1)</translation>
    </message>
    <message>
        <source>Import Ballot Packages</source>
        <translation>Import Ballot Packages</translation>
    </message>
    <message>
        <source>Checking ballot packages…</source>
        <translation>Checking ballot packages…</translation>
    </message>
    <message>
        <source>Imported and submitted the ballots of %1.</source>
        <translation>Imported and submitted the ballots of %1.</translation>
    </message>
    <message>
        <source>E&amp;xport Ballot Packages…</source>
        <translation>E&amp;xport Ballot Packages…</translation>
    </message>
</context>
<context>
    <name>akim::PackageExportDialog</name>
    <message>
        <source>Export Ballot Packages</source>
        <translation>Export Ballot Packages</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Commission:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Folder for the Ballot Packages</source>
        <translation>Folder for the Ballot Packages</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Exporting ballot packages…</source>
        <translation>Exporting ballot packages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to %1.</source>
        <translation>
            <numerusform>%n package written to %1.</numerusform>
            <numerusform>%n packages written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each member their file; the member opens it with Akim Contest and signs in with their own password.</source>
        <translation>Send each member their file; the member opens it with Akim Contest and signs in with their own password.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>This commission has no voting members yet. Add them on the Commissions tab with Add Member….</source>
        <translation>This commission has no voting members yet. Add them on the Commissions tab with Add Member….</translation>
    </message>
</context>
<context>
    <name>akim::PackageExporter</name>
    <message>
        <source>%1 has no active account. A package is sealed with the member&apos;s password: create the member&apos;s account (Account &gt; Manage Accounts) first.</source>
        <translation>%1 has no active account. A package is sealed with the member&apos;s password: create the member&apos;s account (Account &gt; Manage Accounts) first.</translation>
    </message>
    <message>
        <source>The ballot of %1 has nothing to score yet: no nominees or no criteria.</source>
        <translation>The ballot of %1 has nothing to score yet: no nominees or no criteria.</translation>
    </message>
    <message>
        <source>The package was not written to %1: %2</source>
        <translation>The package was not written to %1: %2</translation>
    </message>
    <message>
        <source>The package was not recorded in the contest file: %1</source>
        <translation>The package was not recorded in the contest file: %1</translation>
    </message>
    <message>
        <source>%1 is a contest file; a ballot package never replaces one. Choose another name.</source>
        <translation>%1 is a contest file; a ballot package never replaces one. Choose another name.</translation>
    </message>
</context>
<context>
    <name>akim::PackageImportDialog</name>
    <message>
        <source>Import Ballot Packages</source>
        <translation>Import Ballot Packages</translation>
    </message>
    <message>
        <source>Check the differences against the contest file, then import. Nothing is written before you press Import.</source>
        <translation>Check the differences against the contest file, then import. Nothing is written before you press Import.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are refused, as the Result column says; they are not imported. Nothing is written before you press Import.</source>
        <translation>
            <numerusform>%n package is refused, as the Result column says; it is not imported. Nothing is written before you press Import.</numerusform>
            <numerusform>%n packages are refused, as the Result column says; they are not imported. Nothing is written before you press Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Package(s)</source>
        <translation>
            <numerusform>Import %n Package</numerusform>
            <numerusform>Import %n Packages</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>The ballot of %1 in this package is the same as in the contest file.</source>
        <translation>The ballot of %1 in this package is the same as in the contest file.</translation>
    </message>
    <message numerus="yes">
        <source>The ballot of %1: %n cell(s) will change in the contest file.</source>
        <translation>
            <numerusform>The ballot of %1: %n cell will change in the contest file.</numerusform>
            <numerusform>The ballot of %1: %n cells will change in the contest file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Cells the selected package changes</source>
        <translation>Cells the selected package changes</translation>
    </message>
    <message>
        <source>No cell to show. Select a package above; a package whose ballot equals the contest file&apos;s changes no cell.</source>
        <translation>No cell to show. Select a package above; a package whose ballot equals the contest file&apos;s changes no cell.</translation>
    </message>
</context>
<context>
    <name>akim::PackageImportModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n cell(s); differing from the contest file: %1.</source>
        <translation>
            <numerusform>Ready: %n cell; differing from the contest file: %1.</numerusform>
            <numerusform>Ready: %n cells; differing from the contest file: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::PackageImporter</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is not a ballot package: %2</source>
        <translation>%1 is not a ballot package: %2</translation>
    </message>
    <message>
        <source>%1 is a contest file, not a ballot package.</source>
        <translation>%1 is a contest file, not a ballot package.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is a ballot package of another contest (%2, %3), not of this one (%4, %5).</source>
        <translation>%1 is a ballot package of another contest (%2, %3), not of this one (%4, %5).</translation>
    </message>
    <message>
        <source>%1 was not exported from this contest file. Import it into the file it was exported from, or export a new package.</source>
        <translation>%1 was not exported from this contest file. Import it into the file it was exported from, or export a new package.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 by %3.</source>
        <translation>%1 was already imported on %2 by %3.</translation>
    </message>
    <message>
        <source>%1 was sealed for an account this contest file does not have (wrong member).</source>
        <translation>%1 was sealed for an account this contest file does not have (wrong member).</translation>
    </message>
    <message>
        <source>The password of %2 was reset after %1 was exported, so its seal can no longer be checked. Export a new package for the member.</source>
        <translation>The password of %2 was reset after %1 was exported, so its seal can no longer be checked. Export a new package for the member.</translation>
    </message>
    <message>
        <source>%1 was changed outside Akim Contest after it was sealed (an edited file). Ask the member for the file exactly as the program saved it, or export a new package.</source>
        <translation>%1 was changed outside Akim Contest after it was sealed (an edited file). Ask the member for the file exactly as the program saved it, or export a new package.</translation>
    </message>
    <message>
        <source>%1 is the ballot of %2, who is no longer a commission member in this contest (wrong member).</source>
        <translation>%1 is the ballot of %2, who is no longer a commission member in this contest (wrong member).</translation>
    </message>
    <message>
        <source>%1 is the ballot of %2, but the member&apos;s commission or account changed in this contest file after the export (wrong member). Export a new package.</source>
        <translation>%1 is the ballot of %2, but the member&apos;s commission or account changed in this contest file after the export (wrong member). Export a new package.</translation>
    </message>
    <message>
        <source>%2 has not submitted the ballot in %1 yet: the member presses Submit in the package and sends the file again.</source>
        <translation>%2 has not submitted the ballot in %1 yet: the member presses Submit in the package and sends the file again.</translation>
    </message>
    <message>
        <source>%1 is stale: the ballot of %2 was submitted in the contest file on %3 by %4, after the package was exported. The secretary reopens that ballot first to import the package instead.</source>
        <translation>%1 is stale: the ballot of %2 was submitted in the contest file on %3 by %4, after the package was exported. The secretary reopens that ballot first to import the package instead.</translation>
    </message>
    <message>
        <source>%1 is stale: the ballot of %2 was submitted or reopened in the contest file after the package was exported (version %3 then, %4 now). Export a new package.</source>
        <translation>%1 is stale: the ballot of %2 was submitted or reopened in the contest file after the package was exported (version %3 then, %4 now). Export a new package.</translation>
    </message>
    <message>
        <source>%1 is stale: the methodology changed after the package was exported (version %2 then, %3 now). Export a new package.</source>
        <translation>%1 is stale: the methodology changed after the package was exported (version %2 then, %3 now). Export a new package.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 cannot be imported: %2</translation>
    </message>
    <message>
        <source>new on the ballot: %1</source>
        <translation>new on the ballot: %1</translation>
    </message>
    <message>
        <source>no longer on it: %1</source>
        <translation>no longer on it: %1</translation>
    </message>
    <message>
        <source>The nominee list changed after %1 was exported (%2). Export a new package.</source>
        <translation>The nominee list changed after %1 was exported (%2). Export a new package.</translation>
    </message>
    <message>
        <source>The criteria changed after %1 was exported (%2). Export a new package.</source>
        <translation>The criteria changed after %1 was exported (%2). Export a new package.</translation>
    </message>
    <message>
        <source>The conflicts of interest %2 declared changed after %1 was exported. Export a new package.</source>
        <translation>The conflicts of interest %2 declared changed after %1 was exported. Export a new package.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a cell has no valid state.</source>
        <translation>a cell has no valid state.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is incomplete: %n cell(s) are not scored, although the ballot is submitted.</source>
        <translation>
            <numerusform>%1 is incomplete: %n cell is not scored, although the ballot is submitted.</numerusform>
            <numerusform>%1 is incomplete: %n cells are not scored, although the ballot is submitted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Ask the member to send it again.</source>
        <translation>%1 is damaged (%2). Ask the member to send it again.</translation>
    </message>
</context>
<context>
    <name>akim::PackageSession</name>
    <message>
        <source>The file is not a ballot package.</source>
        <translation>The file is not a ballot package.</translation>
    </message>
    <message>
        <source>This ballot package was changed outside Akim Contest after it was sealed. Do not score it: ask the secretary for a new package.</source>
        <translation>This ballot package was changed outside Akim Contest after it was sealed. Do not score it: ask the secretary for a new package.</translation>
    </message>
    <message>
        <source>Sign in to change the ballot package.</source>
        <translation>Sign in to change the ballot package.</translation>
    </message>
</context>
<context>
    <name>akim::PaperComparePanel</name>
    <message>
        <source>&amp;Use Entry 1…</source>
        <translation>&amp;Use Entry 1…</translation>
    </message>
    <message>
        <source>Entry 2 takes entry 1&apos;s value for the selected cell; you give the reason.</source>
        <translation>Entry 2 takes entry 1&apos;s value for the selected cell; you give the reason.</translation>
    </message>
    <message>
        <source>Use En&amp;try 2…</source>
        <translation>Use En&amp;try 2…</translation>
    </message>
    <message>
        <source>Entry 1 takes entry 2&apos;s value for the selected cell; you give the reason.</source>
        <translation>Entry 1 takes entry 2&apos;s value for the selected cell; you give the reason.</translation>
    </message>
    <message>
        <source>Save the agreed cells as the member&apos;s ballot and submit it.</source>
        <translation>Save the agreed cells as the member&apos;s ballot and submit it.</translation>
    </message>
    <message>
        <source>Settle a Disagreement</source>
        <translation>Settle a Disagreement</translation>
    </message>
    <message>
        <source>%1, %2: %3 takes the value of %4 (%5 instead of %6). Why? The reason is kept in the audit log.</source>
        <translation>%1, %2: %3 takes the value of %4 (%5 instead of %6). Why? The reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Accept the Paper Ballot</source>
        <translation>Accept the Paper Ballot</translation>
    </message>
    <message>
        <source>Both entries of the ballot of %1 agree. Save them as the member&apos;s ballot and submit it?</source>
        <translation>Both entries of the ballot of %1 agree. Save them as the member&apos;s ballot and submit it?</translation>
    </message>
    <message>
        <source>A submitted ballot is locked; only the secretary can reopen it.</source>
        <translation>A submitted ballot is locked; only the secretary can reopen it.</translation>
    </message>
    <message>
        <source>Acce&amp;pt and Submit…</source>
        <translation>Acce&amp;pt and Submit…</translation>
    </message>
    <message>
        <source>Cells where the two entries differ</source>
        <translation>Cells where the two entries differ</translation>
    </message>
    <message>
        <source>No difference between the two entries: every cell typed in one is typed the same in the other. Once both are complete, save them as the member&apos;s ballot with Accept and Submit….</source>
        <translation>No difference between the two entries: every cell typed in one is typed the same in the other. Once both are complete, save them as the member&apos;s ballot with Accept and Submit….</translation>
    </message>
</context>
<context>
    <name>akim::PaperComparison</name>
    <message>
        <source>The ballot of %1 has nothing to score yet: no nominees or no criteria.</source>
        <translation>The ballot of %1 has nothing to score yet: no nominees or no criteria.</translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 of the ballot of %2 is not complete: %n cell(s) not typed yet.</source>
        <translation>
            <numerusform>Entry %1 of the ballot of %2 is not complete: %n cell not typed yet.</numerusform>
            <numerusform>Entry %1 of the ballot of %2 is not complete: %n cells not typed yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both entries of the ballot of %1 were typed by %2; the second entry must be typed by another secretary.</source>
        <translation>Both entries of the ballot of %1 were typed by %2; the second entry must be typed by another secretary.</translation>
    </message>
    <message numerus="yes">
        <source>The entries of the ballot of %1 disagree on %n cell(s). Correct the entries or take one entry&apos;s value for each, then accept.</source>
        <translation>
            <numerusform>The entries of the ballot of %1 disagree on %n cell. Correct the entries or take one entry&apos;s value for it, then accept.</numerusform>
            <numerusform>The entries of the ballot of %1 disagree on %n cells. Correct the entries or take one entry&apos;s value for each, then accept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::PaperDisagreementModel</name>
    <message>
        <source>Neither entry of the paper ballot of %1 has been typed yet.</source>
        <translation>Neither entry of the paper ballot of %1 has been typed yet.</translation>
    </message>
    <message>
        <source>Entry %1 has not been typed yet.</source>
        <translation>Entry %1 has not been typed yet.</translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 (typed by %2): %n cell(s) not typed yet.</source>
        <translation>
            <numerusform>Entry %1 (typed by %2): %n cell not typed yet.</numerusform>
            <numerusform>Entry %1 (typed by %2): %n cells not typed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The entries disagree on %n cell(s), listed below.</source>
        <translation>
            <numerusform>The entries disagree on %n cell, listed below.</numerusform>
            <numerusform>The entries disagree on %n cells, listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both entries are complete and agree on every cell: the ballot can be accepted.</source>
        <translation>Both entries are complete and agree on every cell: the ballot can be accepted.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Rural okrug</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Entry 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Entry 2</translation>
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
        <translation>Paper ballots need &amp;double entry</translation>
    </message>
    <message>
        <source>Two secretaries type each paper ballot independently; only a ballot whose two entries agree is saved and counts.</source>
        <translation>Two secretaries type each paper ballot independently; only a ballot whose two entries agree is saved and counts.</translation>
    </message>
    <message>
        <source>Sa&amp;ved ballot</source>
        <translation>Sa&amp;ved ballot</translation>
    </message>
    <message>
        <source>The member&apos;s ballot as it counts, read-only for the secretary.</source>
        <translation>The member&apos;s ballot as it counts, read-only for the secretary.</translation>
    </message>
    <message>
        <source>Entry &amp;1</source>
        <translation>Entry &amp;1</translation>
    </message>
    <message>
        <source>Entry &amp;2</source>
        <translation>Entry &amp;2</translation>
    </message>
    <message>
        <source>The cells where the two entries disagree; accept the ballot once they agree.</source>
        <translation>The cells where the two entries disagree; accept the ballot once they agree.</translation>
    </message>
    <message>
        <source>Discard Entry…</source>
        <translation>Discard Entry…</translation>
    </message>
    <message>
        <source>Drop the entry shown, giving the reason, so that it can be typed anew.</source>
        <translation>Drop the entry shown, giving the reason, so that it can be typed anew.</translation>
    </message>
    <message>
        <source>Entry %1: not typed</source>
        <translation>Entry %1: not typed</translation>
    </message>
    <message>
        <source>Entry %1: %2, %3 of %4 cells</source>
        <translation>Entry %1: %2, %3 of %4 cells</translation>
    </message>
    <message>
        <source>Discard the Entry</source>
        <translation>Discard the Entry</translation>
    </message>
    <message>
        <source>Why is %1 of the ballot of %2 discarded? The reason is kept in the audit log.</source>
        <translation>Why is %1 of the ballot of %2 discarded? The reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
</context>
<context>
    <name>akim::PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;peat:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>akim::PrintDialogs</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Print — %1</translation>
    </message>
</context>
<context>
    <name>akim::RankingCharts</name>
    <message>
        <source>Nominees</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>Totals of the nominees shown</source>
        <translation>Totals of the nominees shown</translation>
    </message>
    <message>
        <source>total, in steps of %1 points</source>
        <translation>total, in steps of %1 points</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Region average</source>
        <translation>Region average</translation>
    </message>
    <message>
        <source>Survey index by criterion</source>
        <translation>Survey index by criterion</translation>
    </message>
    <message>
        <source>Select a nominee</source>
        <translation>Select a nominee</translation>
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
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Ranking</source>
        <translation>Export Ranking</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n nominee(s) to %1…</source>
        <translation>
            <numerusform>Exporting %n nominee to %1…</numerusform>
            <numerusform>Exporting %n nominees to %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export cancelled; %1 was not written.</translation>
    </message>
    <message>
        <source>The ranking is saved to %1.</source>
        <translation>The ranking is saved to %1.</translation>
    </message>
</context>
<context>
    <name>akim::RankingTableModel</name>
    <message>
        <source>survey index</source>
        <translation>survey index</translation>
    </message>
    <message>
        <source>ethics index</source>
        <translation>ethics index</translation>
    </message>
    <message>
        <source>commission index</source>
        <translation>commission index</translation>
    </message>
    <message>
        <source>stage I total</source>
        <translation>stage I total</translation>
    </message>
    <message>
        <source>number of survey responses</source>
        <translation>number of survey responses</translation>
    </message>
    <message>
        <source>tie broken by the %1</source>
        <translation>tie broken by the %1</translation>
    </message>
    <message>
        <source>insufficient survey sample</source>
        <translation>insufficient survey sample</translation>
    </message>
    <message>
        <source>survey left out (sample too small)</source>
        <translation>survey left out (sample too small)</translation>
    </message>
    <message>
        <source>no survey responses</source>
        <translation>no survey responses</translation>
    </message>
    <message>
        <source>no ethics questionnaire</source>
        <translation>no ethics questionnaire</translation>
    </message>
    <message>
        <source>no commission scores</source>
        <translation>no commission scores</translation>
    </message>
    <message>
        <source>no stage I total</source>
        <translation>no stage I total</translation>
    </message>
    <message>
        <source>cannot advance (ethics)</source>
        <translation>cannot advance (ethics)</translation>
    </message>
    <message>
        <source>ethics index below the gate</source>
        <translation>ethics index below the gate</translation>
    </message>
    <message>
        <source>too few valid scores on a criterion</source>
        <translation>too few valid scores on a criterion</translation>
    </message>
    <message>
        <source>shares the place</source>
        <translation>shares the place</translation>
    </message>
    <message>
        <source>tied at the advancement cut: the chair decides</source>
        <translation>tied at the advancement cut: the chair decides</translation>
    </message>
    <message>
        <source>advances by the chair&apos;s decision</source>
        <translation>advances by the chair&apos;s decision</translation>
    </message>
    <message>
        <source>advances</source>
        <translation>advances</translation>
    </message>
    <message>
        <source>Citizens&apos; survey index, 0–100: the mean answer per criterion rescaled, then averaged with the criteria&apos;s weights</source>
        <translation>Citizens&apos; survey index, 0–100: the mean answer per criterion rescaled, then averaged with the criteria&apos;s weights</translation>
    </message>
    <message>
        <source>Ethics index, 0–100: the share of positive answers in the Ethics Commissioner&apos;s questionnaire</source>
        <translation>Ethics index, 0–100: the share of positive answers in the Ethics Commissioner&apos;s questionnaire</translation>
    </message>
    <message>
        <source>Commission index, 0–100: the members&apos; scores aggregated per criterion (abstentions and recusals left out), weighted, as a share of the maximum</source>
        <translation>Commission index, 0–100: the members&apos; scores aggregated per criterion (abstentions and recusals left out), weighted, as a share of the maximum</translation>
    </message>
    <message>
        <source>The nominee&apos;s stage I total, carried over with its weight</source>
        <translation>The nominee&apos;s stage I total, carried over with its weight</translation>
    </message>
    <message>
        <source>The components weighted as the methodology says; ties are decided on unrounded values</source>
        <translation>The components weighted as the methodology says; ties are decided on unrounded values</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Rural okrug</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Ethics</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Stage I</source>
        <translation>Stage I</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ethics Commissioner: not compliant</source>
        <translation>Ethics Commissioner: not compliant</translation>
    </message>
    <message>
        <source>a score given despite a conflict of interest was ignored</source>
        <translation>a score given despite a conflict of interest was ignored</translation>
    </message>
    <message>
        <source>number of ethics questionnaire responses</source>
        <translation>number of ethics questionnaire responses</translation>
    </message>
</context>
<context>
    <name>akim::RankingsPage</name>
    <message>
        <source>Cancelled; the ranking shown may be out of date.</source>
        <translation>Cancelled; the ranking shown may be out of date.</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>The ranking could not be computed: %1</source>
        <translation>The ranking could not be computed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): hover here.</source>
        <translation>
            <numerusform>%n note: hover here.</numerusform>
            <numerusform>%n notes: hover here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalised %1 by %2; ranking SHA-256 %3…</source>
        <translation>Finalised %1 by %2; ranking SHA-256 %3…</translation>
    </message>
    <message>
        <source>Stage I is finalised region by region: choose a region first.</source>
        <translation>Stage I is finalised region by region: choose a region first.</translation>
    </message>
    <message>
        <source>stage II</source>
        <translation>stage II</translation>
    </message>
    <message>
        <source>stage I of %1</source>
        <translation>stage I of %1</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message numerus="yes">
        <source>Finalise %1? %n nominee(s) are ranked.</source>
        <translation>
            <numerusform>Finalise %1? %n nominee is ranked.</numerusform>
            <numerusform>Finalise %1? %n nominees are ranked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The result is recorded with its methodology and checksum. From then on the nominees it ranks, the stage&apos;s criteria and survey data can no longer change, and nothing undoes it.</source>
        <translation>The result is recorded with its methodology and checksum. From then on the nominees it ranks, the stage&apos;s criteria and survey data can no longer change, and nothing undoes it.</translation>
    </message>
    <message>
        <source>%1 was not finalised: %2</source>
        <translation>%1 was not finalised: %2</translation>
    </message>
    <message>
        <source>%1 is finalised. Ranking SHA-256:
%2</source>
        <translation>%1 is finalised. Ranking SHA-256:
%2</translation>
    </message>
    <message>
        <source>Select a nominee to see how the total is made up.</source>
        <translation>Select a nominee to see how the total is made up.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>I — regional</source>
        <translation>I — regional</translation>
    </message>
    <message>
        <source>II — republican</source>
        <translation>II — republican</translation>
    </message>
    <message>
        <source>The ranking follows every change by itself; this recomputes it now.</source>
        <translation>The ranking follows every change by itself; this recomputes it now.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s) ranked in %1 ms (reading the file %2 ms).</source>
        <translation>
            <numerusform>%n nominee ranked in %1 ms (reading the file %2 ms).</numerusform>
            <numerusform>%n nominees ranked in %1 ms (reading the file %2 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <source>The stored methodology cannot be used (%1); the recommended default is shown instead.</source>
        <translation>The stored methodology cannot be used (%1); the recommended default is shown instead.</translation>
    </message>
    <message>
        <source>&amp;Methodology…</source>
        <translation>&amp;Methodology…</translation>
    </message>
    <message>
        <source>Saves the ranking shown as an Excel workbook or a CSV file.</source>
        <translation>Saves the ranking shown as an Excel workbook or a CSV file.</translation>
    </message>
    <message>
        <source>Score &amp;Card…</source>
        <translation>Score &amp;Card…</translation>
    </message>
    <message>
        <source>Prints the selected nominee&apos;s score card: every score and how the total is made.</source>
        <translation>Prints the selected nominee&apos;s score card: every score and how the total is made.</translation>
    </message>
    <message>
        <source>No one is in stage II yet. Stage II ranks the regions&apos; winners: finalise stage I region by region first (Stage “I — regional”, choose the region, Finalise…).</source>
        <translation>No one is in stage II yet. Stage II ranks the regions&apos; winners: finalise stage I region by region first (Stage “I — regional”, choose the region, Finalise…).</translation>
    </message>
    <message>
        <source>Computing the ranking…</source>
        <translation>Computing the ranking…</translation>
    </message>
    <message>
        <source>No nominees to rank yet. Import the registry of applicants with File ▸ Import Registry…, or add nominees on the Nominees tab.</source>
        <translation>No nominees to rank yet. Import the registry of applicants with File ▸ Import Registry…, or add nominees on the Nominees tab.</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Import Re&amp;gistry…</translation>
    </message>
    <message>
        <source>No nominees in this region. Choose “All regions” to see the ranking of every region.</source>
        <translation>No nominees in this region. Choose “All regions” to see the ranking of every region.</translation>
    </message>
    <message>
        <source>Sho&amp;w All Regions</source>
        <translation>Sho&amp;w All Regions</translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>Regi&amp;on:</translation>
    </message>
    <message>
        <source>Recom&amp;pute</source>
        <translation>Recom&amp;pute</translation>
    </message>
    <message>
        <source>Fi&amp;nalise…</source>
        <translation>Fi&amp;nalise…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>How the selected nominee&apos;s total is made up</source>
        <translation>How the selected nominee&apos;s total is made up</translation>
    </message>
</context>
<context>
    <name>akim::RegistryImportDialog</name>
    <message>
        <source>Import Registry of Applicants</source>
        <translation>Import Registry of Applicants</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>a spreadsheet with region, district, okrug and the akim&apos;s full name</source>
        <translation>a spreadsheet with region, district, okrug and the akim&apos;s full name</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Rural okrug</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Akim</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Choose the spreadsheet, or drop it here. Nothing is written before you press Import.</source>
        <translation>Choose the spreadsheet, or drop it here. Nothing is written before you press Import.</translation>
    </message>
    <message>
        <source>Choose the Registry</source>
        <translation>Choose the Registry</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>add, with a new district and okrug</source>
        <translation>add, with a new district and okrug</translation>
    </message>
    <message>
        <source>add, with a new okrug</source>
        <translation>add, with a new okrug</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>already present</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Correct the rows with problems in the spreadsheet, then choose it again: a registry is imported whole or not at all.</source>
        <translation>Correct the rows with problems in the spreadsheet, then choose it again: a registry is imported whole or not at all.</translation>
    </message>
    <message>
        <source>Every nominee of this file is already in the contest: nothing to import.</source>
        <translation>Every nominee of this file is already in the contest: nothing to import.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n nominee(s) added</source>
        <translation>
            <numerusform>Imported: %n nominee added</numerusform>
            <numerusform>Imported: %n nominees added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n okrug(s) created</source>
        <translation>
            <numerusform>; %n okrug created</numerusform>
            <numerusform>; %n okrugs created</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows of the registry</source>
        <translation>Rows of the registry</translation>
    </message>
    <message>
        <source>Choose the spreadsheet the HR department sent with Browse…: each of its rows shows here with what the import does with it, before anything is written.</source>
        <translation>Choose the spreadsheet the HR department sent with Browse…: each of its rows shows here with what the import does with it, before anything is written.</translation>
    </message>
</context>
<context>
    <name>akim::ReportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;All Regional Protocols…</source>
        <translation>&amp;All Regional Protocols…</translation>
    </message>
    <message>
        <source>Protocol &amp;Details…</source>
        <translation>Protocol &amp;Details…</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Protocols and Reports</source>
        <translation>Protocols and Reports</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Cancel the work</translation>
    </message>
    <message>
        <source>The stage I protocol of every region, one PDF each, into a folder you choose</source>
        <translation>The stage I protocol of every region, one PDF each, into a folder you choose</translation>
    </message>
    <message>
        <source>The meeting&apos;s number, date, place, attendance, vote and awards, which the protocol prints</source>
        <translation>The meeting&apos;s number, date, place, attendance, vote and awards, which the protocol prints</translation>
    </message>
    <message>
        <source>No contest is open.</source>
        <translation>No contest is open.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Reading the contest…</source>
        <translation>Reading the contest…</translation>
    </message>
    <message>
        <source>The document cannot be made.</source>
        <translation>The document cannot be made.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>The printer did not accept the document.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source>%1 was sent to the printer.</source>
        <translation>%1 was sent to the printer.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Writing page %1 of %2…</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Cancelled: %1 was not written.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>All Regional Protocols</source>
        <translation>All Regional Protocols</translation>
    </message>
    <message>
        <source>Writing the regional protocols…</source>
        <translation>Writing the regional protocols…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n protocol(s) written to %1.</source>
        <translation>
            <numerusform>Cancelled: %n protocol written to %1.</numerusform>
            <numerusform>Cancelled: %n protocols written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1

%n protocol(s) had been written to %2.</source>
        <translation>
            <numerusform>%1

%n protocol had been written to %2.</numerusform>
            <numerusform>%1

%n protocols had been written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regional protocol(s) written to %1.</source>
        <translation>
            <numerusform>%n regional protocol written to %1.</numerusform>
            <numerusform>%n regional protocols written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::ReportForm</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Type a part of the name, okrug or district</source>
        <translation>Type a part of the name, okrug or district</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Kazakh and Russian are the official languages of a protocol, and each is a separate document. An English copy is for reading only.</source>
        <translation>Kazakh and Russian are the official languages of a protocol, and each is a separate document. An English copy is for reading only.</translation>
    </message>
    <message>
        <source>About the document</source>
        <translation>About the document</translation>
    </message>
    <message>
        <source>Doc&amp;ument:</source>
        <translation>Doc&amp;ument:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>R&amp;egion:</translation>
    </message>
    <message>
        <source>&amp;Nominee:</source>
        <translation>&amp;Nominee:</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Commission:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Protocol of the commission</source>
        <translation>Protocol of the commission</translation>
    </message>
    <message>
        <source>Score card of a nominee</source>
        <translation>Score card of a nominee</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Blank ballots</translation>
    </message>
    <message>
        <source>Stage I (regional)</source>
        <translation>Stage I (regional)</translation>
    </message>
    <message>
        <source>Stage II (republican)</source>
        <translation>Stage II (republican)</translation>
    </message>
    <message>
        <source>%1 (unofficial)</source>
        <translation>%1 (unofficial)</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>The protocol of the commission&apos;s meeting: the ranking, the decision and the lines for the signatures.</source>
        <translation>The protocol of the commission&apos;s meeting: the ranking, the decision and the lines for the signatures.</translation>
    </message>
    <message>
        <source>Every part of one nominee&apos;s total: each member&apos;s score, the survey and the ethics index, to check the total by hand.</source>
        <translation>Every part of one nominee&apos;s total: each member&apos;s score, the survey and the ethics index, to check the total by hand.</translation>
    </message>
    <message>
        <source>Choose a nominee from the list: type a part of the name or okrug.</source>
        <translation>Choose a nominee from the list: type a part of the name or okrug.</translation>
    </message>
    <message>
        <source>What each survey and ethics import brought in, rejected and could not match.</source>
        <translation>What each survey and ethics import brought in, rejected and could not match.</translation>
    </message>
    <message>
        <source>One paper ballot for each voting member, with the nominees and criteria filled in.</source>
        <translation>One paper ballot for each voting member, with the nominees and criteria filled in.</translation>
    </message>
    <message>
        <source>An English document is for reading only; print the Kazakh and the Russian ones to sign.</source>
        <translation>An English document is for reading only; print the Kazakh and the Russian ones to sign.</translation>
    </message>
</context>
<context>
    <name>akim::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <source>%1 is protected: sign in to work on it.</source>
        <translation>%1 is protected: sign in to work on it.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>akim::SurveyPage</name>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Import &amp;Survey…</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>No responses imported yet: File ▸ Import Survey… or Import Ethics Questionnaire…, or drop the export on the window.</source>
        <translation>No responses imported yet: File ▸ Import Survey… or Import Ethics Questionnaire…, or drop the export on the window.</translation>
    </message>
    <message numerus="yes">
        <source>%1 citizens&apos; responses, %2 ethics responses. Insufficient sample (fewer than %3 responses): %n nominee(s); without any response: %4.</source>
        <translation>
            <numerusform>%1 citizens&apos; responses, %2 ethics responses. Insufficient sample (fewer than %3 responses): %n nominee; without any response: %4.</numerusform>
            <numerusform>%1 citizens&apos; responses, %2 ethics responses. Insufficient sample (fewer than %3 responses): %n nominees; without any response: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>Regi&amp;on:</translation>
    </message>
    <message>
        <source>Import E&amp;thics Questionnaire…</source>
        <translation>Import E&amp;thics Questionnaire…</translation>
    </message>
    <message>
        <source>Survey responses per nominee</source>
        <translation>Survey responses per nominee</translation>
    </message>
    <message>
        <source>No nominees yet. Responses are counted per nominee, so import the registry of applicants first (File ▸ Import Registry…), then the survey (File ▸ Import Survey…).</source>
        <translation>No nominees yet. Responses are counted per nominee, so import the registry of applicants first (File ▸ Import Registry…), then the survey (File ▸ Import Survey…).</translation>
    </message>
    <message>
        <source>Import Re&amp;gistry…</source>
        <translation>Import Re&amp;gistry…</translation>
    </message>
    <message>
        <source>No nominees in this region. Choose “All regions” to see every region&apos;s responses.</source>
        <translation>No nominees in this region. Choose “All regions” to see every region&apos;s responses.</translation>
    </message>
    <message>
        <source>Sho&amp;w All Regions</source>
        <translation>Sho&amp;w All Regions</translation>
    </message>
</context>
<context>
    <name>akim::SurveyStatsModel</name>
    <message>
        <source>no responses</source>
        <translation>no responses</translation>
    </message>
    <message>
        <source>insufficient sample</source>
        <translation>insufficient sample</translation>
    </message>
    <message>
        <source>No counted answer</source>
        <translation>No counted answer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n counted answer(s), mean %2, index %3</source>
        <translation>
            <numerusform>%1: %n counted answer, mean %2, index %3</numerusform>
            <numerusform>%1: %n counted answers, mean %2, index %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n responses: the survey index still counts, but it rests on a small sample.</source>
        <translation>
            <numerusform>Fewer than %n response: the survey index still counts, but it rests on a small sample.</numerusform>
            <numerusform>Fewer than %n responses: the survey index still counts, but it rests on a small sample.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: the mean answer (%3–%4)</source>
        <translation>%1 — %2: the mean answer (%3–%4)</translation>
    </message>
    <message>
        <source>The mean of the criteria&apos;s indexes, 0–100</source>
        <translation>The mean of the criteria&apos;s indexes, 0–100</translation>
    </message>
    <message>
        <source>The share of positive answers of the ethics questionnaire, 0–100</source>
        <translation>The share of positive answers of the ethics questionnaire, 0–100</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Rural okrug</translation>
    </message>
    <message>
        <source>Akim</source>
        <translation>Akim</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Survey index</source>
        <translation>Survey index</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Ethics n</source>
        <translation>Ethics n</translation>
    </message>
    <message>
        <source>Ethics index</source>
        <translation>Ethics index</translation>
    </message>
</context>
<context>
    <name>akim::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>akim::WelcomePage</name>
    <message>
        <source>Akim Contest</source>
        <translation>Akim Contest</translation>
    </message>
    <message>
        <source>The republican contest «Best Rural Akim»: nominees, commissions, criteria, scores and protocols, kept in one contest file.</source>
        <translation>The republican contest «Best Rural Akim»: nominees, commissions, criteria, scores and protocols, kept in one contest file.</translation>
    </message>
    <message>
        <source>&amp;Open contest…</source>
        <translation>&amp;Open contest…</translation>
    </message>
    <message>
        <source>Open &amp;demo contest</source>
        <translation>Open &amp;demo contest</translation>
    </message>
    <message>
        <source>No recent contests.</source>
        <translation>No recent contests.</translation>
    </message>
    <message>
        <source>The demo contest is made-up data for trying the program: 17 regions, 2,287 nominees, their commissions&apos; ballots, 100,000 citizens&apos; survey responses and an ethics questionnaire. It is created on first use in your data folder. Sign in as “secretary” or “chair” (or a member, “member1” …) with the password “demo”.</source>
        <translation>The demo contest is made-up data for trying the program: 17 regions, 2,287 nominees, their commissions&apos; ballots, 100,000 citizens&apos; survey responses and an ethics questionnaire. It is created on first use in your data folder. Sign in as “secretary” or “chair” (or a member, “member1” …) with the password “demo”.</translation>
    </message>
    <message>
        <source>Open a &amp;ballot package…</source>
        <translation>Open a &amp;ballot package…</translation>
    </message>
    <message>
        <source>For a commission member: the file the secretary sent you to score on this PC</source>
        <translation>For a commission member: the file the secretary sent you to score on this PC</translation>
    </message>
    <message>
        <source>&amp;New contest from template…</source>
        <translation>&amp;New contest from template…</translation>
    </message>
    <message>
        <source>A contest file (.akc) kept on this PC, on a USB stick or sent by e-mail.</source>
        <translation>A contest file (.akc) kept on this PC, on a USB stick or sent by e-mail.</translation>
    </message>
    <message>
        <source>Recent contests</source>
        <translation>Recent contests</translation>
    </message>
    <message>
        <source>Recent &amp;contests:</source>
        <translation>Recent &amp;contests:</translation>
    </message>
    <message numerus="yes">
        <source>From the template «%1»: the %n region(s) with their commissions and the republican commission, the criteria %2 with the recommended weights. Everything can be changed until the first score is entered.</source>
        <translation>
            <numerusform>From the template «%1»: the %n region with its commission and the republican commission, the criteria %2 with the recommended weights. Everything can be changed until the first score is entered.</numerusform>
            <numerusform>From the template «%1»: the %n regions with their commissions and the republican commission, the criteria %2 with the recommended weights. Everything can be changed until the first score is entered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::demo::DemoSurvey</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Writing the questionnaires</source>
        <translation>Writing the questionnaires</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>No temporary folder for the demo&apos;s questionnaires: %1</source>
        <translation>No temporary folder for the demo&apos;s questionnaires: %1</translation>
    </message>
    <message>
        <source>Importing the citizens&apos; survey</source>
        <translation>Importing the citizens&apos; survey</translation>
    </message>
    <message>
        <source>Importing the ethics questionnaire</source>
        <translation>Importing the ethics questionnaire</translation>
    </message>
</context>
<context>
    <name>akim::labels</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Deputy chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Citizens&apos; survey</source>
        <translation>Citizens&apos; survey</translation>
    </message>
    <message>
        <source>Ethics questionnaire</source>
        <translation>Ethics questionnaire</translation>
    </message>
    <message>
        <source>Stage I (regional)</source>
        <translation>Stage I (regional)</translation>
    </message>
    <message>
        <source>Stage II (republican)</source>
        <translation>Stage II (republican)</translation>
    </message>
    <message>
        <source>Contest created</source>
        <translation>Contest created</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Demo data generated</translation>
    </message>
    <message>
        <source>District added</source>
        <translation>District added</translation>
    </message>
    <message>
        <source>District removed</source>
        <translation>District removed</translation>
    </message>
    <message>
        <source>Rural okrug added</source>
        <translation>Rural okrug added</translation>
    </message>
    <message>
        <source>Rural okrug removed</source>
        <translation>Rural okrug removed</translation>
    </message>
    <message>
        <source>Nominee added</source>
        <translation>Nominee added</translation>
    </message>
    <message>
        <source>Nominee changed</source>
        <translation>Nominee changed</translation>
    </message>
    <message>
        <source>Nominee removed</source>
        <translation>Nominee removed</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Criterion added</translation>
    </message>
    <message>
        <source>Criterion changed</source>
        <translation>Criterion changed</translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Criterion removed</translation>
    </message>
    <message>
        <source>Criteria reordered</source>
        <translation>Criteria reordered</translation>
    </message>
    <message>
        <source>Commission member added</source>
        <translation>Commission member added</translation>
    </message>
    <message>
        <source>Commission member changed</source>
        <translation>Commission member changed</translation>
    </message>
    <message>
        <source>Commission member removed</source>
        <translation>Commission member removed</translation>
    </message>
    <message>
        <source>Conflicts of interest changed</source>
        <translation>Conflicts of interest changed</translation>
    </message>
    <message>
        <source>Methodology changed</source>
        <translation>Methodology changed</translation>
    </message>
    <message>
        <source>Questionnaire responses imported</source>
        <translation>Questionnaire responses imported</translation>
    </message>
    <message>
        <source>Questionnaire import undone</source>
        <translation>Questionnaire import undone</translation>
    </message>
    <message>
        <source>Registry imported</source>
        <translation>Registry imported</translation>
    </message>
    <message>
        <source>Stage finalised</source>
        <translation>Stage finalised</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Rural okrugs</source>
        <translation>Rural okrugs</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Commission members</source>
        <translation>Commission members</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <source>Questionnaire imports</source>
        <translation>Questionnaire imports</translation>
    </message>
    <message>
        <source>Registry imports</source>
        <translation>Registry imports</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Rural okrug</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Commission member</translation>
    </message>
    <message>
        <source>Questionnaire import</source>
        <translation>Questionnaire import</translation>
    </message>
    <message>
        <source>Registry import</source>
        <translation>Registry import</translation>
    </message>
    <message>
        <source>Finalised result</source>
        <translation>Finalised result</translation>
    </message>
    <message>
        <source>Commission index</source>
        <translation>Commission index</translation>
    </message>
    <message>
        <source>Citizens&apos; survey index</source>
        <translation>Citizens&apos; survey index</translation>
    </message>
    <message>
        <source>Ethics index</source>
        <translation>Ethics index</translation>
    </message>
    <message>
        <source>Number of citizens&apos; survey responses</source>
        <translation>Number of citizens&apos; survey responses</translation>
    </message>
    <message>
        <source>Number of ethics questionnaire responses</source>
        <translation>Number of ethics questionnaire responses</translation>
    </message>
    <message>
        <source>Stage I total</source>
        <translation>Stage I total</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Score entered</source>
        <translation>Score entered</translation>
    </message>
    <message>
        <source>Score cleared</source>
        <translation>Score cleared</translation>
    </message>
    <message>
        <source>Ballot submitted</source>
        <translation>Ballot submitted</translation>
    </message>
    <message>
        <source>Ballot reopened</source>
        <translation>Ballot reopened</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <source>Double entry of paper ballots switched on or off</source>
        <translation>Double entry of paper ballots switched on or off</translation>
    </message>
    <message>
        <source>Paper ballot cell typed</source>
        <translation>Paper ballot cell typed</translation>
    </message>
    <message>
        <source>Paper ballot cell cleared</source>
        <translation>Paper ballot cell cleared</translation>
    </message>
    <message>
        <source>Paper ballot disagreement resolved</source>
        <translation>Paper ballot disagreement resolved</translation>
    </message>
    <message>
        <source>Paper ballot entry discarded</source>
        <translation>Paper ballot entry discarded</translation>
    </message>
    <message>
        <source>Paper ballot accepted</source>
        <translation>Paper ballot accepted</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Paper ballots</translation>
    </message>
    <message>
        <source>Paper ballot entry</source>
        <translation>Paper ballot entry</translation>
    </message>
    <message>
        <source>Ballot package exported</source>
        <translation>Ballot package exported</translation>
    </message>
    <message>
        <source>Ballot package imported</source>
        <translation>Ballot package imported</translation>
    </message>
    <message>
        <source>Protocol details saved</source>
        <translation>Protocol details saved</translation>
    </message>
    <message>
        <source>Quorum rule changed</source>
        <translation>Quorum rule changed</translation>
    </message>
    <message>
        <source>Commission meetings</source>
        <translation>Commission meetings</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <source>Commission meeting</source>
        <translation>Commission meeting</translation>
    </message>
</context>
<context>
    <name>akim::report::BlankBallotExport</name>
    <message>
        <source>Blank ballots – %1</source>
        <extracomment>The PDF&apos;s title; %1 is the commission&apos;s name</extracomment>
        <translation>Blank ballots – %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Reading the commission&apos;s ballots…</source>
        <translation>Reading the commission&apos;s ballots…</translation>
    </message>
    <message>
        <source>The commission no longer exists.</source>
        <translation>The commission no longer exists.</translation>
    </message>
    <message>
        <source>The commission has no voting members yet: add its members first.</source>
        <translation>The commission has no voting members yet: add its members first.</translation>
    </message>
    <message>
        <source>The commission has no nominees to score yet.</source>
        <translation>The commission has no nominees to score yet.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n ballot(s)…</source>
        <translation>
            <numerusform>Writing %n ballot…</numerusform>
            <numerusform>Writing %n ballots…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::report::BlankBallotRenderer</name>
    <message>
        <source>BALLOT OF A COMMISSION MEMBER</source>
        <translation>BALLOT OF A COMMISSION MEMBER</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the paper ballot: the row&apos;s number</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nominee
(rural okrug, district)</source>
        <translation>Nominee
(rural okrug, district)</translation>
    </message>
    <message>
        <source>Nominee
(rural okrug, district, region)</source>
        <translation>Nominee
(rural okrug, district, region)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>A</source>
        <extracomment>Written in a box of the paper ballot for &quot;abstained&quot;: one letter</extracomment>
        <translation>A</translation>
    </message>
    <message>
        <source>R</source>
        <extracomment>Written in a box of the paper ballot for &quot;recused&quot;: one letter</extracomment>
        <translation>R</translation>
    </message>
    <message>
        <source>In each box enter the points, from 0 to the criterion&apos;s maximum; write %1 if you abstain, %2 if you recuse yourself.</source>
        <extracomment>%1 and %2 are the one-letter marks for &quot;abstained&quot; and &quot;recused&quot;</extracomment>
        <translation>In each box enter the points, from 0 to the criterion&apos;s maximum; write %1 if you abstain, %2 if you recuse yourself.</translation>
    </message>
    <message>
        <source>Rows struck through: you declared a conflict of interest with the nominee and are recused.</source>
        <translation>Rows struck through: you declared a conflict of interest with the nominee and are recused.</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Criteria:</translation>
    </message>
    <message>
        <source>%1 — ballot, continued</source>
        <extracomment>Heading of the ballot&apos;s later pages; %1 is the member&apos;s name</extracomment>
        <translation>%1 — ballot, continued</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>(signature)</source>
        <extracomment>Caption under the signature line</extracomment>
        <translation>(signature)</translation>
    </message>
    <message>
        <source>Date: “____” ______________ 20____</source>
        <translation>Date: “____” ______________ 20____</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the contest&apos;s title, %2 its year</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stage I (regional)</source>
        <translation>Stage I (regional)</translation>
    </message>
    <message>
        <source>Stage II (republican)</source>
        <translation>Stage II (republican)</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Chair of the commission</translation>
    </message>
    <message>
        <source>Deputy chair of the commission</source>
        <translation>Deputy chair of the commission</translation>
    </message>
    <message>
        <source>Secretary of the commission</source>
        <translation>Secretary of the commission</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Member of the commission</translation>
    </message>
</context>
<context>
    <name>akim::report::ImportReport</name>
    <message>
        <source>The contest has no such region.</source>
        <translation>The contest has no such region.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>The contest&apos;s methodology cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>akim::report::ImportReportRenderer</name>
    <message>
        <source>every region</source>
        <translation>every region</translation>
    </message>
    <message>
        <source>Survey imports – %1</source>
        <extracomment>The PDF&apos;s title; %1 is the region, or &quot;every region&quot;</extracomment>
        <translation>Survey imports – %1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>SURVEY IMPORT REPORT</source>
        <translation>SURVEY IMPORT REPORT</translation>
    </message>
    <message>
        <source>Every import of the citizens&apos; survey and of the ethics questionnaire into this contest file: what each read, imported and turned away. Rejected rows themselves are not stored in the contest file: the importer writes them, each with its reason, to a separate CSV file (“--rejected”) when asked at import time.</source>
        <translation>Every import of the citizens&apos; survey and of the ethics questionnaire into this contest file: what each read, imported and turned away. Rejected rows themselves are not stored in the contest file: the importer writes them, each with its reason, to a separate CSV file (“--rejected”) when asked at import time.</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <extracomment>Footer of every page of the import report; %1 when it was printed</extracomment>
        <translation>%1 · printed %2</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Nothing has been imported yet.</translation>
    </message>
    <message>
        <source>no nominee: %1</source>
        <translation>no nominee: %1</translation>
    </message>
    <message>
        <source>several regions</source>
        <translation>several regions</translation>
    </message>
    <message>
        <source>undone: no longer counts</source>
        <translation>undone: no longer counts</translation>
    </message>
    <message>
        <source>imports in force: %1</source>
        <extracomment>Under a total row of the imports table; %1 is a number of imports</extracomment>
        <translation>imports in force: %1</translation>
    </message>
    <message>
        <source>File, SHA-256</source>
        <translation>File, SHA-256</translation>
    </message>
    <message>
        <source>Imported on, by</source>
        <translation>Imported on, by</translation>
    </message>
    <message>
        <source>Rows read = responses imported + rows rejected + duplicates skipped; rows for which no nominee was found are among the rejected.</source>
        <translation>Rows read = responses imported + rows rejected + duplicates skipped; rows for which no nominee was found are among the rejected.</translation>
    </message>
    <message>
        <source>An undone import keeps its record, but its responses no longer count and it is left out of the totals.</source>
        <translation>An undone import keeps its record, but its responses no longer count and it is left out of the totals.</translation>
    </message>
    <message>
        <source>A file that held responses of several regions is listed for each of them; its counts cover them all.</source>
        <translation>A file that held responses of several regions is listed for each of them; its counts cover them all.</translation>
    </message>
    <message>
        <source>Responses per nominee</source>
        <translation>Responses per nominee</translation>
    </message>
    <message>
        <source>The responses that count now. Fewer than %1 citizens&apos; responses is an insufficient sample (the methodology&apos;s minimum).</source>
        <extracomment>%1 is the methodology&apos;s minimum sample of citizens&apos; responses per nominee</extracomment>
        <translation>The responses that count now. Fewer than %1 citizens&apos; responses is an insufficient sample (the methodology&apos;s minimum).</translation>
    </message>
    <message>
        <source>There are no nominees here yet.</source>
        <translation>There are no nominees here yet.</translation>
    </message>
    <message>
        <source>Citizens&apos; responses</source>
        <translation>Citizens&apos; responses</translation>
    </message>
    <message>
        <source>Ethics questionnaire responses</source>
        <translation>Ethics questionnaire responses</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>disqualified</translation>
    </message>
    <message>
        <source>sufficient</source>
        <translation>sufficient</translation>
    </message>
</context>
<context>
    <name>akim::report::PdfOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>akim::report::ProtocolData</name>
    <message>
        <source>There is no region with the id %1 in the contest.</source>
        <translation>There is no region with the id %1 in the contest.</translation>
    </message>
    <message>
        <source>The contest has no republican commission: add it on the Commissions tab first.</source>
        <translation>The contest has no republican commission: add it on the Commissions tab first.</translation>
    </message>
    <message>
        <source>%1 has no commission: add it on the Commissions tab first.</source>
        <translation>%1 has no commission: add it on the Commissions tab first.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>The contest&apos;s methodology cannot be used: %1</translation>
    </message>
    <message>
        <source>Stage II has no nominees yet: the regions&apos; winners go on to it once stage I is finalised.</source>
        <translation>Stage II has no nominees yet: the regions&apos; winners go on to it once stage I is finalised.</translation>
    </message>
    <message>
        <source>%1 has no nominees to rank.</source>
        <translation>%1 has no nominees to rank.</translation>
    </message>
    <message>
        <source>The finalised ranking recorded SHA-256 %1, but the file now gives %2: its data were changed outside the program. Run “akimcontest check” on the file; no protocol is printed from it.</source>
        <translation>The finalised ranking recorded SHA-256 %1, but the file now gives %2: its data were changed outside the program. Run “akimcontest check” on the file; no protocol is printed from it.</translation>
    </message>
</context>
<context>
    <name>akim::report::ProtocolText</name>
    <message>
        <source>Appendix 1
to the protocol of the meeting of %1 No. %2</source>
        <extracomment>Stamp at the top right of the appendix: %1 the meeting&apos;s date, %2 the protocol&apos;s number</extracomment>
        <translation>Appendix 1
to the protocol of the meeting of %1 No. %2</translation>
    </message>
    <message>
        <source>Ranking of the participants of the republican stage</source>
        <translation>Ranking of the participants of the republican stage</translation>
    </message>
    <message>
        <source>Ranking of the participants of the regional stage: %1</source>
        <translation>Ranking of the participants of the regional stage: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the ranking table: the row&apos;s number</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Region, district, rural okrug</source>
        <translation>Region, district, rural okrug</translation>
    </message>
    <message>
        <source>District, rural okrug</source>
        <translation>District, rural okrug</translation>
    </message>
    <message>
        <source>Survey
(responses)</source>
        <extracomment>Column: the citizens&apos; survey index, with the number of responses below</extracomment>
        <translation>Survey
(responses)</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Ethics</translation>
    </message>
    <message>
        <source>Commis-
sion</source>
        <extracomment>Column: the commission&apos;s index 0–100</extracomment>
        <translation>Commis-
sion</translation>
    </message>
    <message>
        <source>Stage I</source>
        <translation>Stage I</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>place %1</source>
        <translation>place %1</translation>
    </message>
    <message>
        <source>winner; to the republican stage</source>
        <translation>winner; to the republican stage</translation>
    </message>
    <message>
        <source>by the chair&apos;s decision</source>
        <translation>by the chair&apos;s decision</translation>
    </message>
    <message>
        <source>equal total at the cut</source>
        <translation>equal total at the cut</translation>
    </message>
    <message>
        <source>place shared</source>
        <translation>place shared</translation>
    </message>
    <message>
        <source>may not advance (ethics)</source>
        <translation>may not advance (ethics)</translation>
    </message>
    <message>
        <source>few responses</source>
        <translation>few responses</translation>
    </message>
    <message>
        <source>Protocol of the republican commission</source>
        <translation>Protocol of the republican commission</translation>
    </message>
    <message>
        <source>Protocol – %1</source>
        <translation>Protocol – %1</translation>
    </message>
    <message>
        <source>DRAFT: the result is not finalised; this is not the protocol to sign.</source>
        <translation>DRAFT: the result is not finalised; this is not the protocol to sign.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>SHA-256 of the ranking data (akimcontest rank … --format json): %1. Audit log: %2 entries, last %3.</source>
        <extracomment>Footer of every page: %1 the SHA-256 of the ranking data, %2 the number of audit log entries, %3 the start of the last entry&apos;s hash</extracomment>
        <translation>SHA-256 of the ranking data (akimcontest rank … --format json): %1. Audit log: %2 entries, last %3.</translation>
    </message>
    <message>
        <source>PROTOCOL No. %1
of the meeting of the contest commission
%2
%3</source>
        <extracomment>Title of the protocol, lines split at 
: %1 the protocol&apos;s number, %2 the commission&apos;s name, %3 the contest&apos;s title (both as they are, in the nominative)</extracomment>
        <translation>PROTOCOL No. %1
of the meeting of the contest commission
%2
%3</translation>
    </message>
    <message>
        <source>%1 (city)</source>
        <extracomment>The meeting&apos;s city at the top left of the protocol; %1 the city</extracomment>
        <translation>%1 (city)</translation>
    </message>
    <message>
        <source>Opened at %1, closed at %2.</source>
        <translation>Opened at %1, closed at %2.</translation>
    </message>
    <message>
        <source>Opened at %1.</source>
        <translation>Opened at %1.</translation>
    </message>
    <message>
        <source>CHAIRED BY:</source>
        <translation>CHAIRED BY:</translation>
    </message>
    <message>
        <source>SECRETARY:</source>
        <translation>SECRETARY:</translation>
    </message>
    <message>
        <source>PRESENT, MEMBERS OF THE COMMISSION:</source>
        <translation>PRESENT, MEMBERS OF THE COMMISSION:</translation>
    </message>
    <message>
        <source>ABSENT:</source>
        <translation>ABSENT:</translation>
    </message>
    <message>
        <source>INVITED AND OBSERVERS:</source>
        <translation>INVITED AND OBSERVERS:</translation>
    </message>
    <message>
        <source>Of the %1 members of the commission, %2 are present.</source>
        <extracomment>%1 members of the commission in all, %2 of them present</extracomment>
        <translation>Of the %1 members of the commission, %2 are present.</translation>
    </message>
    <message>
        <source>There is a quorum; the meeting is competent to decide.</source>
        <translation>There is a quorum; the meeting is competent to decide.</translation>
    </message>
    <message>
        <source>There is no quorum: at least %1 must be present. The meeting cannot decide.</source>
        <translation>There is no quorum: at least %1 must be present. The meeting cannot decide.</translation>
    </message>
    <message>
        <source>The members of the commission confirmed that they have no conflict of interest with the participants.</source>
        <translation>The members of the commission confirmed that they have no conflict of interest with the participants.</translation>
    </message>
    <message>
        <source>Declared a conflict of interest and did not score the participant:</source>
        <translation>Declared a conflict of interest and did not score the participant:</translation>
    </message>
    <message>
        <source>AGENDA:</source>
        <translation>AGENDA:</translation>
    </message>
    <message>
        <source>On the results of the republican stage of the contest and its winners.</source>
        <translation>On the results of the republican stage of the contest and its winners.</translation>
    </message>
    <message>
        <source>On the results of the regional stage of the contest: %1.</source>
        <translation>On the results of the regional stage of the contest: %1.</translation>
    </message>
    <message>
        <source>HEARD:</source>
        <translation>HEARD:</translation>
    </message>
    <message numerus="yes">
        <source>The secretary of the commission on the scores of %n participant(s). The total is %1 × the commission&apos;s index (0–100) + %2 × the stage I total.</source>
        <translation>
            <numerusform>The secretary of the commission on the scores of %n participant. The total is %1 × the commission&apos;s index (0–100) + %2 × the stage I total.</numerusform>
            <numerusform>The secretary of the commission on the scores of %n participants. The total is %1 × the commission&apos;s index (0–100) + %2 × the stage I total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secretary of the commission on the scores of %n participant(s). The total is %1 × the citizens&apos; survey index + %2 × the ethics index + %3 × the commission&apos;s index, each 0–100.</source>
        <translation>
            <numerusform>The secretary of the commission on the scores of %n participant. The total is %1 × the citizens&apos; survey index + %2 × the ethics index + %3 × the commission&apos;s index, each 0–100.</numerusform>
            <numerusform>The secretary of the commission on the scores of %n participants. The total is %1 × the citizens&apos; survey index + %2 × the ethics index + %3 × the commission&apos;s index, each 0–100.</numerusform>
        </translation>
    </message>
    <message>
        <source>A criterion&apos;s points are the mean of the members&apos; scores without the %1 highest and %1 lowest when there are at least %2, else the plain mean.</source>
        <translation>A criterion&apos;s points are the mean of the members&apos; scores without the %1 highest and %1 lowest when there are at least %2, else the plain mean.</translation>
    </message>
    <message>
        <source>A criterion&apos;s points are the median of the members&apos; scores.</source>
        <translation>A criterion&apos;s points are the median of the members&apos; scores.</translation>
    </message>
    <message>
        <source>A criterion&apos;s points are the mean of the members&apos; scores.</source>
        <translation>A criterion&apos;s points are the mean of the members&apos; scores.</translation>
    </message>
    <message>
        <source>Abstentions and recusals do not count as zero. Equal totals are decided by %1, in this order; if still equal, the place is shared.</source>
        <extracomment>%1 the tie-breaks in order, e.g. &quot;the commission&apos;s index, the survey index&quot;</extracomment>
        <translation>Abstentions and recusals do not count as zero. Equal totals are decided by %1, in this order; if still equal, the place is shared.</translation>
    </message>
    <message>
        <source>A survey index from fewer than %1 responses is marked “few responses”.</source>
        <translation>A survey index from fewer than %1 responses is marked “few responses”.</translation>
    </message>
    <message>
        <source>Methodology of the contest, version %1.</source>
        <translation>Methodology of the contest, version %1.</translation>
    </message>
    <message>
        <source>Methodology of the contest, version %1, after the recommended default (not official rules).</source>
        <translation>Methodology of the contest, version %1, after the recommended default (not official rules).</translation>
    </message>
    <message>
        <source>%1 (%2, %3), total %4</source>
        <extracomment>A nominee in the decision: %1 the name, %2 the rural okrug, %3 the district, %4 the total</extracomment>
        <translation>%1 (%2, %3), total %4</translation>
    </message>
    <message>
        <source>DECIDED:</source>
        <translation>DECIDED:</translation>
    </message>
    <message>
        <source>To approve the ranking of the participants according to appendix 1 to this protocol.</source>
        <translation>To approve the ranking of the participants according to appendix 1 to this protocol.</translation>
    </message>
    <message>
        <source>To award place %1 to %2.</source>
        <extracomment>%1 the place (1, 2 or 3), %2 the nominee</extracomment>
        <translation>To award place %1 to %2.</translation>
    </message>
    <message>
        <source>To award the nomination “%1” to %2.</source>
        <translation>To award the nomination “%1” to %2.</translation>
    </message>
    <message>
        <source>To declare the winner(s) of the regional stage and recommend them to the republican stage: %1.</source>
        <translation>To declare the winner(s) of the regional stage and recommend them to the republican stage: %1.</translation>
    </message>
    <message>
        <source>Equal totals at the advancement cut (%1): the chair of the commission decides.</source>
        <translation>Equal totals at the advancement cut (%1): the chair of the commission decides.</translation>
    </message>
    <message>
        <source>To send one copy of the protocol and the result file to the %1.</source>
        <translation>To send one copy of the protocol and the result file to the %1.</translation>
    </message>
    <message>
        <source>republican commission</source>
        <translation>republican commission</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Voted: “for” – %1, “against” – %2, “abstained” – %3.</source>
        <extracomment>%1 votes for, %2 against, %3 abstained (a number or &quot;none&quot;)</extracomment>
        <translation>Voted: “for” – %1, “against” – %2, “abstained” – %3.</translation>
    </message>
    <message>
        <source>The decision was taken unanimously.</source>
        <translation>The decision was taken unanimously.</translation>
    </message>
    <message>
        <source>Appendix: 1. Ranking table of the participants, %1 page(s).</source>
        <extracomment>%1 the number of pages (sheets) of the appendix</extracomment>
        <translation>Appendix: 1. Ranking table of the participants, %1 page(s).</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Chair of the commission</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Deputy chair</translation>
    </message>
    <message>
        <source>Secretary of the commission</source>
        <translation>Secretary of the commission</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Member of the commission</translation>
    </message>
    <message>
        <source>the commission&apos;s index</source>
        <translation>the commission&apos;s index</translation>
    </message>
    <message>
        <source>the survey index</source>
        <translation>the survey index</translation>
    </message>
    <message>
        <source>the ethics index</source>
        <translation>the ethics index</translation>
    </message>
    <message>
        <source>the number of survey responses</source>
        <translation>the number of survey responses</translation>
    </message>
    <message>
        <source>the number of ethics questionnaire responses</source>
        <translation>the number of ethics questionnaire responses</translation>
    </message>
    <message>
        <source>the stage I total</source>
        <translation>the stage I total</translation>
    </message>
</context>
<context>
    <name>akim::report::RankingExport</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Ranking – stage II</source>
        <extracomment>A file name</extracomment>
        <translation>Ranking – stage II</translation>
    </message>
    <message>
        <source>Ranking – stage I – all regions</source>
        <extracomment>A file name</extracomment>
        <translation>Ranking – stage I – all regions</translation>
    </message>
    <message>
        <source>Ranking – stage I – %1</source>
        <extracomment>A file name; %1 is the region</extracomment>
        <translation>Ranking – stage I – %1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Rural okrug</translation>
    </message>
    <message>
        <source>Survey index</source>
        <translation>Survey index</translation>
    </message>
    <message>
        <source>Ethics index</source>
        <translation>Ethics index</translation>
    </message>
    <message>
        <source>Commission index</source>
        <translation>Commission index</translation>
    </message>
    <message>
        <source>Stage I total</source>
        <translation>Stage I total</translation>
    </message>
    <message>
        <source>%1 (points, %2)</source>
        <extracomment>A criterion&apos;s column: %1 its code and title, %2 the range of points (&quot;0–10&quot;)</extracomment>
        <translation>%1 (points, %2)</translation>
    </message>
    <message>
        <source>%1 (index, 0–100)</source>
        <extracomment>A survey or ethics criterion&apos;s column: %1 its code and title</extracomment>
        <translation>%1 (index, 0–100)</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Survey responses</translation>
    </message>
    <message>
        <source>Ethics responses</source>
        <translation>Ethics responses</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Advances</source>
        <translation>Advances</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>stage I (regional)</source>
        <translation>stage I (regional)</translation>
    </message>
    <message>
        <source>stage II (republican)</source>
        <translation>stage II (republican)</translation>
    </message>
    <message>
        <source>survey index</source>
        <translation>survey index</translation>
    </message>
    <message>
        <source>ethics index</source>
        <translation>ethics index</translation>
    </message>
    <message>
        <source>commission index</source>
        <translation>commission index</translation>
    </message>
    <message>
        <source>stage I total</source>
        <translation>stage I total</translation>
    </message>
    <message>
        <source>number of survey responses</source>
        <translation>number of survey responses</translation>
    </message>
    <message>
        <source>number of ethics questionnaire responses</source>
        <translation>number of ethics questionnaire responses</translation>
    </message>
    <message>
        <source>tie broken by the %1</source>
        <extracomment>%1 is a component, e.g. &quot;commission index&quot;</extracomment>
        <translation>tie broken by the %1</translation>
    </message>
    <message>
        <source>insufficient survey sample</source>
        <translation>insufficient survey sample</translation>
    </message>
    <message>
        <source>survey left out (sample too small)</source>
        <translation>survey left out (sample too small)</translation>
    </message>
    <message>
        <source>no survey responses</source>
        <translation>no survey responses</translation>
    </message>
    <message>
        <source>no ethics questionnaire</source>
        <translation>no ethics questionnaire</translation>
    </message>
    <message>
        <source>no commission scores</source>
        <translation>no commission scores</translation>
    </message>
    <message>
        <source>no stage I total</source>
        <translation>no stage I total</translation>
    </message>
    <message>
        <source>cannot advance (ethics)</source>
        <translation>cannot advance (ethics)</translation>
    </message>
    <message>
        <source>Ethics Commissioner: not compliant</source>
        <translation>Ethics Commissioner: not compliant</translation>
    </message>
    <message>
        <source>ethics index below the gate</source>
        <translation>ethics index below the gate</translation>
    </message>
    <message>
        <source>too few valid scores on a criterion</source>
        <translation>too few valid scores on a criterion</translation>
    </message>
    <message>
        <source>a score given despite a conflict of interest was ignored</source>
        <translation>a score given despite a conflict of interest was ignored</translation>
    </message>
    <message>
        <source>shares the place</source>
        <translation>shares the place</translation>
    </message>
    <message>
        <source>tied at the advancement cut: the chair decides</source>
        <translation>tied at the advancement cut: the chair decides</translation>
    </message>
    <message>
        <source>advances by the chair&apos;s decision</source>
        <translation>advances by the chair&apos;s decision</translation>
    </message>
    <message>
        <source>advances</source>
        <translation>advances</translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation>Ranking: %1</translation>
    </message>
    <message>
        <source>Ranking: %1, %2</source>
        <translation>Ranking: %1, %2</translation>
    </message>
    <message>
        <source>Computed %1.</source>
        <translation>Computed %1.</translation>
    </message>
    <message>
        <source>Finalised %1 by %2; ranking SHA-256 %3.</source>
        <extracomment>%1 the date and time, %2 the user, %3 the SHA-256 of the ranking document</extracomment>
        <translation>Finalised %1 by %2; ranking SHA-256 %3.</translation>
    </message>
    <message>
        <source>Not finalised.</source>
        <translation>Not finalised.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>Stage II</source>
        <translation>Stage II</translation>
    </message>
    <message>
        <source>Stage I</source>
        <translation>Stage I</translation>
    </message>
</context>
<context>
    <name>akim::report::ReportFactory</name>
    <message>
        <source>The document cannot be made.</source>
        <translation>The document cannot be made.</translation>
    </message>
    <message>
        <source>Reading the contest…</source>
        <translation>Reading the contest…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The contest has no regions yet.</source>
        <translation>The contest has no regions yet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
</context>
<context>
    <name>akim::report::ScoreCard</name>
    <message>
        <source>The contest has no such nominee.</source>
        <translation>The contest has no such nominee.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>The contest&apos;s methodology cannot be used: %1</translation>
    </message>
    <message>
        <source>%1 has withdrawn or is disqualified, and is not ranked.</source>
        <translation>%1 has withdrawn or is disqualified, and is not ranked.</translation>
    </message>
    <message>
        <source>%1 is not among the nominees of stage II.</source>
        <translation>%1 is not among the nominees of stage II.</translation>
    </message>
    <message>
        <source>%1 is not ranked at stage I.</source>
        <translation>%1 is not ranked at stage I.</translation>
    </message>
</context>
<context>
    <name>akim::report::ScoreCardRenderer</name>
    <message>
        <source>Insufficient sample: fewer responses than the minimum, so the survey index is left out of the total.</source>
        <translation>Insufficient sample: fewer responses than the minimum, so the survey index is left out of the total.</translation>
    </message>
    <message>
        <source>Insufficient sample: fewer responses than the minimum; the survey index still counts.</source>
        <translation>Insufficient sample: fewer responses than the minimum; the survey index still counts.</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>compliant</translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation>not compliant</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>The Ethics Commissioner&apos;s conclusion: %1.</source>
        <translation>The Ethics Commissioner&apos;s conclusion: %1.</translation>
    </message>
    <message>
        <source>Answers on %1–%2; blank and “hard to say” answers are not counted. A criterion&apos;s index is 100 × (mean − %1) / (%2 − %1).</source>
        <extracomment>%1 and %2 are the answer scale&apos;s ends; the formula rescales a mean answer to 0–100</extracomment>
        <translation>Answers on %1–%2; blank and “hard to say” answers are not counted. A criterion&apos;s index is 100 × (mean − %1) / (%2 − %1).</translation>
    </message>
    <message>
        <source>The index is the share of positive answers: 100 × (mean − %1) / (%2 − %1).</source>
        <translation>The index is the share of positive answers: 100 × (mean − %1) / (%2 − %1).</translation>
    </message>
    <message>
        <source>Weight × index</source>
        <translation>Weight × index</translation>
    </message>
    <message>
        <source>No counted answer: the index has no value.</source>
        <translation>No counted answer: the index has no value.</translation>
    </message>
    <message>
        <source>Survey index = Σ(weight × index) / Σ weight = %1 / %2 = %3</source>
        <translation>Survey index = Σ(weight × index) / Σ weight = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>Ethics index = Σ(weight × index) / Σ weight = %1 / %2 = %3</source>
        <translation>Ethics index = Σ(weight × index) / Σ weight = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>Methodology: version %1, SHA-256 of its JSON %2.</source>
        <extracomment>%1 the methodology&apos;s version in this contest file, %2 the SHA-256 of its JSON</extracomment>
        <translation>Methodology: version %1, SHA-256 of its JSON %2.</translation>
    </message>
    <message>
        <source>Score card – %1</source>
        <extracomment>The PDF&apos;s title; %1 is the nominee&apos;s name</extracomment>
        <translation>Score card – %1</translation>
    </message>
    <message>
        <source>Score card: %1 · printed %2</source>
        <extracomment>Footer of every page of a score card; %1 the nominee, %2 when it was printed</extracomment>
        <translation>Score card: %1 · printed %2</translation>
    </message>
    <message>
        <source>SCORE CARD OF A NOMINEE</source>
        <translation>SCORE CARD OF A NOMINEE</translation>
    </message>
    <message>
        <source>Nominees ranked at stage II: %1</source>
        <translation>Nominees ranked at stage II: %1</translation>
    </message>
    <message>
        <source>Nominees ranked in the region: %1</source>
        <translation>Nominees ranked in the region: %1</translation>
    </message>
    <message>
        <source>How the total is made</source>
        <translation>How the total is made</translation>
    </message>
    <message>
        <source>set: %1</source>
        <extracomment>Under a weight rescaled because a component has no data; %1 is the methodology&apos;s weight</extracomment>
        <translation>set: %1</translation>
    </message>
    <message>
        <source>No component has data yet: there is no total.</source>
        <translation>No component has data yet: there is no total.</translation>
    </message>
    <message>
        <source>Total = Σ weight × component = %1 = %2</source>
        <translation>Total = Σ weight × component = %1 = %2</translation>
    </message>
    <message>
        <source>A component without data is left out, and the weights of the others are rescaled to keep their sum.</source>
        <translation>A component without data is left out, and the weights of the others are rescaled to keep their sum.</translation>
    </message>
    <message>
        <source>Everything is computed without rounding; figures are shown to %1 decimals, the total to %2: %3.</source>
        <extracomment>%1 and %2 are numbers of decimals, %3 the total as the ranking shows it</extracomment>
        <translation>Everything is computed without rounding; figures are shown to %1 decimals, the total to %2: %3.</translation>
    </message>
    <message>
        <source>A criterion&apos;s value is the trimmed mean of the members&apos; valid scores: the %1 highest and the %1 lowest are dropped when there are at least %2 valid scores, else the plain mean is taken.</source>
        <extracomment>%1 scores dropped at each end, %2 the valid scores needed to drop any</extracomment>
        <translation>A criterion&apos;s value is the trimmed mean of the members&apos; valid scores: the %1 highest and the %1 lowest are dropped when there are at least %2 valid scores, else the plain mean is taken.</translation>
    </message>
    <message>
        <source>A criterion&apos;s value is the mean of the members&apos; valid scores.</source>
        <translation>A criterion&apos;s value is the mean of the members&apos; valid scores.</translation>
    </message>
    <message>
        <source>A criterion&apos;s value is the median of the members&apos; valid scores.</source>
        <translation>A criterion&apos;s value is the median of the members&apos; valid scores.</translation>
    </message>
    <message>
        <source>Abstentions and recusals are not counted, never as zeros.</source>
        <translation>Abstentions and recusals are not counted, never as zeros.</translation>
    </message>
    <message>
        <source>%1 (%2 points, weight %3)</source>
        <extracomment>Heading of a criterion&apos;s scores; %1 the criterion, %2 its range of points, %3 its weight</extracomment>
        <translation>%1 (%2 points, weight %3)</translation>
    </message>
    <message>
        <source>conflict of interest declared: not counted</source>
        <translation>conflict of interest declared: not counted</translation>
    </message>
    <message>
        <source>recused: not counted</source>
        <translation>recused: not counted</translation>
    </message>
    <message>
        <source>abstained: not counted</source>
        <translation>abstained: not counted</translation>
    </message>
    <message>
        <source>dropped by the trimmed mean</source>
        <translation>dropped by the trimmed mean</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>counted</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>Value: median</source>
        <translation>Value: median</translation>
    </message>
    <message>
        <source>median of %1</source>
        <translation>median of %1</translation>
    </message>
    <message>
        <source>Value: trimmed mean</source>
        <translation>Value: trimmed mean</translation>
    </message>
    <message>
        <source>Value: mean</source>
        <translation>Value: mean</translation>
    </message>
    <message>
        <source>no valid score: left out of the commission index</source>
        <translation>no valid score: left out of the commission index</translation>
    </message>
    <message>
        <source>fewer than %1 valid scores: none dropped</source>
        <extracomment>%1 is the number of valid scores the trimmed mean needs</extracomment>
        <translation>fewer than %1 valid scores: none dropped</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Commission member</translation>
    </message>
    <message>
        <source>In the criterion&apos;s value</source>
        <translation>In the criterion&apos;s value</translation>
    </message>
    <message>
        <source>Commission index</source>
        <translation>Commission index</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Weight × value</source>
        <translation>Weight × value</translation>
    </message>
    <message>
        <source>Weight × maximum</source>
        <translation>Weight × maximum</translation>
    </message>
    <message>
        <source>Commission index = 100 × Σ(weight × value) / Σ(weight × maximum) = 100 × %1 / %2 = %3</source>
        <translation>Commission index = 100 × Σ(weight × value) / Σ(weight × maximum) = 100 × %1 / %2 = %3</translation>
    </message>
    <message>
        <source>No valid commission score: the commission index has no value.</source>
        <translation>No valid commission score: the commission index has no value.</translation>
    </message>
</context>
<context>
    <name>akim::report::XlsxWriterLibrary</name>
    <message>
        <source>libxlsxwriter (%1) cannot be loaded: %2</source>
        <translation>libxlsxwriter (%1) cannot be loaded: %2</translation>
    </message>
    <message>
        <source>libxlsxwriter (%1) has no function %2.</source>
        <translation>libxlsxwriter (%1) has no function %2.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::FinalisationVerifier</name>
    <message>
        <source>The finalised results cannot be checked: %1</source>
        <translation>The finalised results cannot be checked: %1</translation>
    </message>
    <message>
        <source>Stage II</source>
        <translation>Stage II</translation>
    </message>
    <message>
        <source>Stage I of %1</source>
        <translation>Stage I of %1</translation>
    </message>
    <message>
        <source>%1, finalised on %2: the contest&apos;s methodology is no longer the one it was finalised with.</source>
        <translation>%1, finalised on %2: the contest&apos;s methodology is no longer the one it was finalised with.</translation>
    </message>
    <message>
        <source>%1, finalised on %2: its inputs no longer give the ranking that was finalised (SHA-256 %3, now %4). Scores, survey data or nominees were changed outside the program.</source>
        <translation>%1, finalised on %2: its inputs no longer give the ranking that was finalised (SHA-256 %3, now %4). Scores, survey data or nominees were changed outside the program.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::Methodology</name>
    <message>
        <source>Methodology: &quot;%1&quot; must be at least %2, so that a score remains after dropping %3 at each end.</source>
        <translation>Methodology: &quot;%1&quot; must be at least %2, so that a score remains after dropping %3 at each end.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be greater than &quot;%2&quot;.</source>
        <translation>Methodology: &quot;%1&quot; must be greater than &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be an object.</source>
        <translation>Methodology: &quot;%1&quot; must be an object.</translation>
    </message>
    <message>
        <source>The methodology is not valid JSON: %1 (at character %2).</source>
        <translation>The methodology is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>The methodology must be a JSON object.</source>
        <translation>The methodology must be a JSON object.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; is not a known key (known here: %2).</source>
        <translation>Methodology: &quot;%1&quot; is not a known key (known here: %2).</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be a list.</source>
        <translation>Methodology: &quot;%1&quot; must be a list.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be a number.</source>
        <translation>Methodology: &quot;%1&quot; must be a number.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be between %2 and %3, not %4.</source>
        <translation>Methodology: &quot;%1&quot; must be between %2 and %3, not %4.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be a whole number.</source>
        <translation>Methodology: &quot;%1&quot; must be a whole number.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be true or false.</source>
        <translation>Methodology: &quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be text.</source>
        <translation>Methodology: &quot;%1&quot; must be text.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be one of %2, not %3.</source>
        <translation>Methodology: &quot;%1&quot; must be one of %2, not %3.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; needs a code.</source>
        <translation>Methodology: &quot;%1&quot; needs a code.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; repeats the criterion code %2.</source>
        <translation>Methodology: &quot;%1&quot; repeats the criterion code %2.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot;: survey and ethics criteria belong to the regional stage.</source>
        <translation>Methodology: &quot;%1&quot;: survey and ethics criteria belong to the regional stage.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; must be greater than 0.</source>
        <translation>Methodology: &quot;%1&quot; must be greater than 0.</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; lists &quot;%2&quot;, which is not a component of this stage (use %3).</source>
        <translation>Methodology: &quot;%1&quot; lists &quot;%2&quot;, which is not a component of this stage (use %3).</translation>
    </message>
    <message>
        <source>Methodology: &quot;%1&quot; lists &quot;%2&quot; twice.</source>
        <translation>Methodology: &quot;%1&quot; lists &quot;%2&quot; twice.</translation>
    </message>
    <message>
        <source>Methodology: the weights in &quot;%1&quot; add up to %2; they must add up to 1.</source>
        <translation>Methodology: the weights in &quot;%1&quot; add up to %2; they must add up to 1.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::NomineeBreakdown</name>
    <message>
        <source>recused</source>
        <translation>recused</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>abstained</translation>
    </message>
    <message>
        <source>Place %1, total %2</source>
        <translation>Place %1, total %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Citizens&apos; survey</source>
        <translation>Citizens&apos; survey</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Ethics</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Stage I total</source>
        <translation>Stage I total</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Commission scores</source>
        <translation>Commission scores</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Valid scores</source>
        <translation>Valid scores</translation>
    </message>
    <message>
        <source>Members&apos; scores</source>
        <translation>Members&apos; scores</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>trimmed mean</translation>
    </message>
    <message>
        <source>too few valid scores</source>
        <translation>too few valid scores</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Mean answer</source>
        <translation>Mean answer</translation>
    </message>
    <message>
        <source>Citizens&apos; responses: %1 (minimum sample %2); ethics questionnaire responses: %3.</source>
        <translation>Citizens&apos; responses: %1 (minimum sample %2); ethics questionnaire responses: %3.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>akim::scoring::NomineeEvaluator</name>
    <message>
        <source>The methodology&apos;s criterion %1 is not among the contest&apos;s criteria: it has no scores or answers.</source>
        <translation>The methodology&apos;s criterion %1 is not among the contest&apos;s criteria: it has no scores or answers.</translation>
    </message>
</context>
<context>
    <name>akim::scoring::RankingEngine</name>
    <message>
        <source>Stage I: a tie at the advancement cut in %1 awaits the chair&apos;s decision; stage II ranks only the nominees already advancing.</source>
        <translation>Stage I: a tie at the advancement cut in %1 awaits the chair&apos;s decision; stage II ranks only the nominees already advancing.</translation>
    </message>
    <message>
        <source>%1: %2 nominees are tied at the advancement cut for %3 remaining seat(s); the chair&apos;s decision is needed.</source>
        <translation>%1: %2 nominees are tied at the advancement cut for %3 remaining seat(s); the chair&apos;s decision is needed.</translation>
    </message>
    <message>
        <source>%1: the chair chose %2 of the nominees tied at the advancement cut, but %3 seat(s) remain.</source>
        <translation>%1: the chair chose %2 of the nominees tied at the advancement cut, but %3 seat(s) remain.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) by members of another commission were ignored.</source>
        <translation>
            <numerusform>%n score by a member of another commission was ignored.</numerusform>
            <numerusform>%n scores by members of another commission were ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::scoring::RankingRun</name>
    <message>
        <source>Reading scores and survey totals</source>
        <translation>Reading scores and survey totals</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>The contest&apos;s methodology cannot be used: %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Ranked</translation>
    </message>
</context>
<context>
    <name>akim::scoring::ScoringInputLoader</name>
    <message>
        <source>A score has an unknown state.</source>
        <translation>A score has an unknown state.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>The contest&apos;s methodology cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>akim::scoring::StageFinaliser</name>
    <message>
        <source>The contest file is not open for writing.</source>
        <translation>The contest file is not open for writing.</translation>
    </message>
    <message>
        <source>Stage I is finalised region by region: choose the region.</source>
        <translation>Stage I is finalised region by region: choose the region.</translation>
    </message>
    <message>
        <source>Stage II is finalised for the whole country, not for a region.</source>
        <translation>Stage II is finalised for the whole country, not for a region.</translation>
    </message>
    <message>
        <source>This result is already finalised.</source>
        <translation>This result is already finalised.</translation>
    </message>
    <message>
        <source>The contest&apos;s methodology cannot be used: %1</source>
        <translation>The contest&apos;s methodology cannot be used: %1</translation>
    </message>
    <message>
        <source>The contest has no such region.</source>
        <translation>The contest has no such region.</translation>
    </message>
    <message>
        <source>Stage II can be finalised once stage I is finalised in every region; still open: %1.</source>
        <translation>Stage II can be finalised once stage I is finalised in every region; still open: %1.</translation>
    </message>
    <message>
        <source>There is nobody to rank.</source>
        <translation>There is nobody to rank.</translation>
    </message>
    <message>
        <source>The commission has not scored anyone yet.</source>
        <translation>The commission has not scored anyone yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 are tied at the advancement cut for %n seat(s): the chair must choose who advances.</source>
        <translation>
            <numerusform>%1 are tied at the advancement cut for %n seat: the chair must choose who advances.</numerusform>
            <numerusform>%1 are tied at the advancement cut for %n seats: the chair must choose who advances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::survey::AnswerScale</name>
    <message>
        <source>&quot;%1&quot; is not a yes/no answer</source>
        <translation>&quot;%1&quot; is not a yes/no answer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer on the scale %2–%3</source>
        <translation>&quot;%1&quot; is not an answer on the scale %2–%3</translation>
    </message>
    <message>
        <source>The answer scale needs whole numbers with min below max.</source>
        <translation>The answer scale needs whole numbers with min below max.</translation>
    </message>
    <message>
        <source>Unknown answer scale &quot;%1&quot; (use likert or yes_no).</source>
        <translation>Unknown answer scale &quot;%1&quot; (use likert or yes_no).</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; must map to a number or null.</source>
        <translation>The answer &quot;%1&quot; must map to a number or null.</translation>
    </message>
</context>
<context>
    <name>akim::survey::CsvReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>This is not a text spreadsheet: the file holds binary data</source>
        <translation>This is not a text spreadsheet: the file holds binary data</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”</source>
        <translation>Unknown encoding “%1”</translation>
    </message>
    <message>
        <source>A quote or a line break cannot be the delimiter</source>
        <translation>A quote or a line break cannot be the delimiter</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file has no sheet “%1”</source>
        <translation>The file has no sheet “%1”</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1; they are shown as �</source>
        <translation>Some bytes are not valid %1; they are shown as �</translation>
    </message>
    <message>
        <source>The cell holds more than %1 characters, the most a cell may hold</source>
        <translation>The cell holds more than %1 characters, the most a cell may hold</translation>
    </message>
    <message>
        <source>The row has more than %1 cells</source>
        <translation>The row has more than %1 cells</translation>
    </message>
    <message>
        <source>The quoted cell that begins on line %1 is never closed</source>
        <translation>The quoted cell that begins on line %1 is never closed</translation>
    </message>
    <message>
        <source>The row is longer than %1 characters</source>
        <translation>The row is longer than %1 characters</translation>
    </message>
</context>
<context>
    <name>akim::survey::EncodingDetector</name>
    <message>
        <source>The file has bytes that are not valid UTF-8; they are shown as �</source>
        <translation>The file has bytes that are not valid UTF-8; they are shown as �</translation>
    </message>
    <message>
        <source>The encoding could not be recognised with confidence: check the preview and choose another encoding if the text looks wrong</source>
        <translation>The encoding could not be recognised with confidence: check the preview and choose another encoding if the text looks wrong</translation>
    </message>
    <message>
        <source>The file is in %1, which has no letters ә ғ қ ң ө ұ ү һ: names may arrive damaged</source>
        <translation>The file is in %1, which has no letters ә ғ қ ң ө ұ ү һ: names may arrive damaged</translation>
    </message>
    <message>
        <source>The file is in windows-1252, which has no Cyrillic letters: if names look wrong, choose another encoding</source>
        <translation>The file is in windows-1252, which has no Cyrillic letters: if names look wrong, choose another encoding</translation>
    </message>
    <message>
        <source>The file is UTF-8 text that was once read in a wrong encoding and saved again (“Р°” instead of “а”); it is repaired while reading. Choose UTF-8 if the preview looks wrong</source>
        <translation>The file is UTF-8 text that was once read in a wrong encoding and saved again (“Р°” instead of “а”); it is repaired while reading. Choose UTF-8 if the preview looks wrong</translation>
    </message>
</context>
<context>
    <name>akim::survey::ExpatStream</name>
    <message>
        <source>%1: out of memory while parsing</source>
        <translation>%1: out of memory while parsing</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4)</source>
        <translation>%1 is not well-formed XML (line %2, column %3: %4)</translation>
    </message>
    <message>
        <source>%1: the file contains a DTD, which spreadsheets never need</source>
        <translation>%1: the file contains a DTD, which spreadsheets never need</translation>
    </message>
    <message>
        <source>%1: the file declares XML entities, which spreadsheets never need</source>
        <translation>%1: the file declares XML entities, which spreadsheets never need</translation>
    </message>
</context>
<context>
    <name>akim::survey::HeaderGuess</name>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
</context>
<context>
    <name>akim::survey::ImportMapping</name>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Rural okrug</source>
        <translation>Rural okrug</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>KATO code</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Timestamp</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Respondent id (not stored)</source>
        <translation>Respondent id (not stored)</translation>
    </message>
    <message>
        <source>Free text (not stored)</source>
        <translation>Free text (not stored)</translation>
    </message>
    <message>
        <source>The sheet has no column &quot;%1&quot;.</source>
        <translation>The sheet has no column &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The sheet has several columns &quot;%1&quot;; name the column by its index or letter instead.</source>
        <translation>The sheet has several columns &quot;%1&quot;; name the column by its index or letter instead.</translation>
    </message>
    <message>
        <source>The first data row is missing.</source>
        <translation>The first data row is missing.</translation>
    </message>
    <message>
        <source>The header rows must be given in ascending order.</source>
        <translation>The header rows must be given in ascending order.</translation>
    </message>
    <message>
        <source>The data must start below the header rows.</source>
        <translation>The data must start below the header rows.</translation>
    </message>
    <message>
        <source>Column %1 is not in the sheet.</source>
        <translation>Column %1 is not in the sheet.</translation>
    </message>
    <message>
        <source>Column %1 is mapped twice.</source>
        <translation>Column %1 is mapped twice.</translation>
    </message>
    <message>
        <source>Column %1 is a question without a criterion.</source>
        <translation>Column %1 is a question without a criterion.</translation>
    </message>
    <message>
        <source>Column %1: there is no criterion %2.</source>
        <translation>Column %1: there is no criterion %2.</translation>
    </message>
    <message>
        <source>Column %1: criterion %2 is not an ethics criterion.</source>
        <translation>Column %1: criterion %2 is not an ethics criterion.</translation>
    </message>
    <message>
        <source>Column %1: criterion %2 is not a survey criterion.</source>
        <translation>Column %1: criterion %2 is not a survey criterion.</translation>
    </message>
    <message>
        <source>No column says which rural okrug (or KATO code) a response is about.</source>
        <translation>No column says which rural okrug (or KATO code) a response is about.</translation>
    </message>
    <message>
        <source>No column is mapped to a question.</source>
        <translation>No column is mapped to a question.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot; (use population or ethics).</source>
        <translation>Unknown kind &quot;%1&quot; (use population or ethics).</translation>
    </message>
    <message>
        <source>The CSV delimiter must be one character.</source>
        <translation>The CSV delimiter must be one character.</translation>
    </message>
    <message>
        <source>&quot;header_rows&quot; must list row numbers from 0.</source>
        <translation>&quot;header_rows&quot; must list row numbers from 0.</translation>
    </message>
    <message>
        <source>&quot;first_data_row&quot; must be a row number from 0.</source>
        <translation>&quot;first_data_row&quot; must be a row number from 0.</translation>
    </message>
    <message>
        <source>The mapping has no &quot;columns&quot; list.</source>
        <translation>The mapping has no &quot;columns&quot; list.</translation>
    </message>
    <message>
        <source>Unknown column role &quot;%1&quot;.</source>
        <translation>Unknown column role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A column index must be 0 or more.</source>
        <translation>A column index must be 0 or more.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column letter.</source>
        <translation>&quot;%1&quot; is not a column letter.</translation>
    </message>
    <message>
        <source>Each column needs an &quot;index&quot;, a &quot;letter&quot; or a &quot;header&quot;.</source>
        <translation>Each column needs an &quot;index&quot;, a &quot;letter&quot; or a &quot;header&quot;.</translation>
    </message>
    <message>
        <source>A question column needs a &quot;criterion&quot; code.</source>
        <translation>A question column needs a &quot;criterion&quot; code.</translation>
    </message>
    <message>
        <source>A resolution needs the &quot;okrug&quot; as the file spells it.</source>
        <translation>A resolution needs the &quot;okrug&quot; as the file spells it.</translation>
    </message>
    <message>
        <source>A resolution needs a &quot;nominee_id&quot; or a &quot;nominee_uuid&quot;.</source>
        <translation>A resolution needs a &quot;nominee_id&quot; or a &quot;nominee_uuid&quot;.</translation>
    </message>
    <message>
        <source>No column was recognised as a question of an ethics criterion.</source>
        <translation>No column was recognised as a question of an ethics criterion.</translation>
    </message>
    <message>
        <source>No column was recognised as a question of a survey criterion.</source>
        <translation>No column was recognised as a question of a survey criterion.</translation>
    </message>
</context>
<context>
    <name>akim::survey::NomineeMatcher</name>
    <message>
        <source>KATO code</source>
        <translation>KATO code</translation>
    </message>
    <message>
        <source>Remembered spelling</source>
        <translation>Remembered spelling</translation>
    </message>
    <message>
        <source>Exact name</source>
        <translation>Exact name</translation>
    </message>
    <message>
        <source>Name in another form</source>
        <translation>Name in another form</translation>
    </message>
    <message>
        <source>Name with lost Kazakh letters</source>
        <translation>Name with lost Kazakh letters</translation>
    </message>
    <message>
        <source>Name with a typo</source>
        <translation>Name with a typo</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguous</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>akim::survey::OdsContentParser</name>
    <message>
        <source>the cell is longer than the limit of %1 bytes</source>
        <translation>the cell is longer than the limit of %1 bytes</translation>
    </message>
    <message>
        <source>row %1 has values up to column %2, beyond the limit of %3 columns</source>
        <translation>row %1 has values up to column %2, beyond the limit of %3 columns</translation>
    </message>
    <message>
        <source>row %1 repeats %2 times, more than the limit of %3 repeated rows</source>
        <translation>row %1 repeats %2 times, more than the limit of %3 repeated rows</translation>
    </message>
    <message>
        <source>row %1 is outside the sheet (1 to %2)</source>
        <translation>row %1 is outside the sheet (1 to %2)</translation>
    </message>
    <message>
        <source>content.xml names sheet %1 &quot;%2&quot; on a second reading, not &quot;%3&quot;</source>
        <translation>content.xml names sheet %1 &quot;%2&quot; on a second reading, not &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>akim::survey::OdsReader</name>
    <message>
        <source>the file is an OpenDocument file of type %1, not a spreadsheet</source>
        <translation>the file is an OpenDocument file of type %1, not a spreadsheet</translation>
    </message>
    <message>
        <source>the spreadsheet is protected by a password</source>
        <translation>the spreadsheet is protected by a password</translation>
    </message>
    <message>
        <source>the archive has no content.xml, so it is not an ODS spreadsheet</source>
        <translation>the archive has no content.xml, so it is not an ODS spreadsheet</translation>
    </message>
    <message>
        <source>the zip archive is empty, so it is not an ODS spreadsheet</source>
        <translation>the zip archive is empty, so it is not an ODS spreadsheet</translation>
    </message>
    <message>
        <source>the document is not a spreadsheet</source>
        <translation>the document is not a spreadsheet</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>the spreadsheet has no sheets</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet named &quot;%1&quot;</source>
        <translation>the spreadsheet has no sheet named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>content.xml ends before sheet &quot;%1&quot;</source>
        <translation>content.xml ends before sheet &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>akim::survey::OdsTableScanner</name>
    <message>
        <source>%1 has a tag longer than %2 bytes</source>
        <translation>%1 has a tag longer than %2 bytes</translation>
    </message>
    <message>
        <source>%1: the file contains a DTD, which spreadsheets never need</source>
        <translation>%1: the file contains a DTD, which spreadsheets never need</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a tag</source>
        <translation>%1 ends in the middle of a tag</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a comment or CDATA section</source>
        <translation>%1 ends in the middle of a comment or CDATA section</translation>
    </message>
    <message>
        <source>%1 has more than %2 sheets</source>
        <translation>%1 has more than %2 sheets</translation>
    </message>
</context>
<context>
    <name>akim::survey::ReadError</name>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
</context>
<context>
    <name>akim::survey::RegistryImporter</name>
    <message>
        <source>The region is blank.</source>
        <translation>The region is blank.</translation>
    </message>
    <message>
        <source>KATO code %1 is in none of the contest&apos;s regions.</source>
        <translation>KATO code %1 is in none of the contest&apos;s regions.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown region &quot;%1&quot;: it is none of the contest&apos;s %n region(s).</source>
        <translation>
            <numerusform>Unknown region &quot;%1&quot;: it is not the contest&apos;s %n region.</numerusform>
            <numerusform>Unknown region &quot;%1&quot;: it is none of the contest&apos;s %n regions.</numerusform>
        </translation>
    </message>
    <message>
        <source>KATO code %1 is not in %2.</source>
        <translation>KATO code %1 is not in %2.</translation>
    </message>
    <message>
        <source>The district is blank.</source>
        <translation>The district is blank.</translation>
    </message>
    <message>
        <source>KATO code %1 is not in %2 (KATO %3).</source>
        <translation>KATO code %1 is not in %2 (KATO %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several districts of %2: %3.</source>
        <translation>&quot;%1&quot; matches several districts of %2: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several okrugs of %2: %3. Add the KATO codes to tell them apart.</source>
        <translation>&quot;%1&quot; matches several okrugs of %2: %3. Add the KATO codes to tell them apart.</translation>
    </message>
    <message>
        <source>The akim&apos;s full name is blank.</source>
        <translation>The akim&apos;s full name is blank.</translation>
    </message>
    <message>
        <source>The full name is longer than 200 characters.</source>
        <translation>The full name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has &quot;?&quot; or &quot;_&quot; where letters were lost: the file was probably saved in an encoding without Kazakh letters (such as Windows-1251). Save it as XLSX or UTF-8 CSV and import it again.</source>
        <translation>&quot;%1&quot; has &quot;?&quot; or &quot;_&quot; where letters were lost: the file was probably saved in an encoding without Kazakh letters (such as Windows-1251). Save it as XLSX or UTF-8 CSV and import it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KATO code (9 digits).</source>
        <translation>&quot;%1&quot; is not a KATO code (9 digits).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as dd.mm.yyyy.</source>
        <translation>&quot;%1&quot; is not a date; write it as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 is in the future.</translation>
    </message>
    <message>
        <source>KATO code %1 is %2 in %3, not in %4.</source>
        <translation>KATO code %1 is %2 in %3, not in %4.</translation>
    </message>
    <message>
        <source>The rural okrug is blank.</source>
        <translation>The rural okrug is blank.</translation>
    </message>
    <message>
        <source>Row %1 already lists %2 for %3.</source>
        <translation>Row %1 already lists %2 for %3.</translation>
    </message>
    <message>
        <source>Row %1 already gives %2 to %3; a rural okrug has one nominee. If these are two okrugs of the same name, add their KATO codes.</source>
        <translation>Row %1 already gives %2 to %3; a rural okrug has one nominee. If these are two okrugs of the same name, add their KATO codes.</translation>
    </message>
    <message>
        <source>%1 already has a nominee, %2; a rural okrug has one nominee.</source>
        <translation>%1 already has a nominee, %2; a rural okrug has one nominee.</translation>
    </message>
    <message>
        <source>%1 is already the nominee of %2 in this district; if &quot;%3&quot; is another name of it, add the okrug&apos;s KATO code.</source>
        <translation>%1 is already the nominee of %2 in this district; if &quot;%3&quot; is another name of it, add the okrug&apos;s KATO code.</translation>
    </message>
    <message>
        <source>No contest file is open.</source>
        <translation>No contest file is open.</translation>
    </message>
    <message>
        <source>There is no sheet &quot;%1&quot; (sheets: %2).</source>
        <translation>There is no sheet &quot;%1&quot; (sheets: %2).</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>The sheet is empty.</translation>
    </message>
    <message>
        <source>The sheet has no rows below its header.</source>
        <translation>The sheet has no rows below its header.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the registry have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n row of the registry has problems; nothing was imported.</numerusform>
            <numerusform>%n rows of the registry have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contest has changed since the registry was read; read it again.</source>
        <translation>The contest has changed since the registry was read; read it again.</translation>
    </message>
    <message>
        <source>Registry %1, row %2</source>
        <translation>Registry %1, row %2</translation>
    </message>
</context>
<context>
    <name>akim::survey::RegistryMapping</name>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>rural okrug</source>
        <translation>rural okrug</translation>
    </message>
    <message>
        <source>akim&apos;s full name</source>
        <translation>akim&apos;s full name</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>KATO code</translation>
    </message>
    <message>
        <source>in office since</source>
        <translation>in office since</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <source>Two columns are headed &quot;%1&quot; (%2 and %3); name the column by its letter in the mapping.</source>
        <translation>Two columns are headed &quot;%1&quot; (%2 and %3); name the column by its letter in the mapping.</translation>
    </message>
    <message>
        <source>The mapping names a column &quot;%1&quot;, but no column has that header.</source>
        <translation>The mapping names a column &quot;%1&quot;, but no column has that header.</translation>
    </message>
    <message numerus="yes">
        <source>The mapping names column %1, but the sheet has %n column(s).</source>
        <translation>
            <numerusform>The mapping names column %1, but the sheet has %n column.</numerusform>
            <numerusform>The mapping names column %1, but the sheet has %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns %1 all look like the %2; name the right one in the mapping (--mapping).</source>
        <translation>Columns %1 all look like the %2; name the right one in the mapping (--mapping).</translation>
    </message>
    <message>
        <source>No column holds the %1 (the columns are: %2); name it in the mapping (--mapping).</source>
        <translation>No column holds the %1 (the columns are: %2); name it in the mapping (--mapping).</translation>
    </message>
    <message>
        <source>The CSV delimiter must be one character.</source>
        <translation>The CSV delimiter must be one character.</translation>
    </message>
    <message>
        <source>&quot;header_rows&quot; must list row numbers from 0.</source>
        <translation>&quot;header_rows&quot; must list row numbers from 0.</translation>
    </message>
    <message>
        <source>&quot;first_data_row&quot; must be a row number from 0.</source>
        <translation>&quot;first_data_row&quot; must be a row number from 0.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be a list.</source>
        <translation>&quot;columns&quot; must be a list.</translation>
    </message>
    <message>
        <source>Unknown column role &quot;%1&quot; (use region, district, okrug, full_name, kato, in_office_since or ignore).</source>
        <translation>Unknown column role &quot;%1&quot; (use region, district, okrug, full_name, kato, in_office_since or ignore).</translation>
    </message>
    <message>
        <source>A column index must be 0 or more.</source>
        <translation>A column index must be 0 or more.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column letter.</source>
        <translation>&quot;%1&quot; is not a column letter.</translation>
    </message>
    <message>
        <source>Each column needs an &quot;index&quot;, a &quot;letter&quot; or a &quot;header&quot;.</source>
        <translation>Each column needs an &quot;index&quot;, a &quot;letter&quot; or a &quot;header&quot;.</translation>
    </message>
</context>
<context>
    <name>akim::survey::RegistryPlan</name>
    <message numerus="yes">
        <source>%n row(s): %1 to add, %2 already present</source>
        <translation>
            <numerusform>%n row: %1 to add, %2 already present</numerusform>
            <numerusform>%n rows: %1 to add, %2 already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with problems</source>
        <translation>
            <numerusform>, %n with a problem</numerusform>
            <numerusform>, %n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new: %n district(s)</source>
        <translation>
            <numerusform>new: %n district</numerusform>
            <numerusform>new: %n districts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n okrug(s)</source>
        <translation>
            <numerusform>, %n okrug</numerusform>
            <numerusform>, %n okrugs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akim::survey::SheetReaderFactory</name>
    <message>
        <source>the zip archive is empty, so it is not a spreadsheet</source>
        <translation>the zip archive is empty, so it is not a spreadsheet</translation>
    </message>
    <message>
        <source>an OpenDocument file of type &quot;%1&quot;, not a spreadsheet</source>
        <translation>an OpenDocument file of type &quot;%1&quot;, not a spreadsheet</translation>
    </message>
    <message>
        <source>a zip archive that is not a spreadsheet (neither XLSX nor ODS)</source>
        <translation>a zip archive that is not a spreadsheet (neither XLSX nor ODS)</translation>
    </message>
    <message>
        <source>an Excel 2003 XML spreadsheet, which cannot be read; open it in Excel or LibreOffice and save it as XLSX</source>
        <translation>an Excel 2003 XML spreadsheet, which cannot be read; open it in Excel or LibreOffice and save it as XLSX</translation>
    </message>
    <message>
        <source>a web page (HTML) saved as a spreadsheet, which cannot be read; open it in Excel or LibreOffice and save it as XLSX</source>
        <translation>a web page (HTML) saved as a spreadsheet, which cannot be read; open it in Excel or LibreOffice and save it as XLSX</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>the file cannot be opened: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
</context>
<context>
    <name>akim::survey::SurveyImporter</name>
    <message>
        <source>the row names no rural okrug</source>
        <translation>the row names no rural okrug</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several nominees: %2</source>
        <translation>&quot;%1&quot; fits several nominees: %2</translation>
    </message>
    <message>
        <source>no nominee matches &quot;%1&quot;</source>
        <translation>no nominee matches &quot;%1&quot;</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;: %3</source>
        <translation>column %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the row has no answer that counts</source>
        <translation>the row has no answer that counts</translation>
    </message>
    <message>
        <source>The mapping resolves &quot;%1&quot; to a nominee that is not in this contest (%2).</source>
        <translation>The mapping resolves &quot;%1&quot; to a nominee that is not in this contest (%2).</translation>
    </message>
    <message>
        <source>The mapping resolves &quot;%1&quot; to nominee %2, which is not in this contest.</source>
        <translation>The mapping resolves &quot;%1&quot; to nominee %2, which is not in this contest.</translation>
    </message>
    <message>
        <source>%1: there is no sheet &quot;%2&quot; (the sheets are: %3).</source>
        <translation>%1: there is no sheet &quot;%2&quot; (the sheets are: %3).</translation>
    </message>
    <message>
        <source>%1: the sheet has no header row %2.</source>
        <translation>%1: the sheet has no header row %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) spelled the okrug with letters lost to the cp1251 encoding (&quot;?&quot; for a Kazakh letter); they were matched despite that. Check the encoding of the file.</source>
        <translation>
            <numerusform>%n row spelled the okrug with letters lost to the cp1251 encoding (&quot;?&quot; for a Kazakh letter); it was matched despite that. Check the encoding of the file.</numerusform>
            <numerusform>%n rows spelled the okrug with letters lost to the cp1251 encoding (&quot;?&quot; for a Kazakh letter); they were matched despite that. Check the encoding of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were matched to an okrug despite a typo in its name.</source>
        <translation>
            <numerusform>%n row was matched to an okrug despite a typo in its name.</numerusform>
            <numerusform>%n rows were matched to an okrug despite a typo in its name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timestamp(s) could not be read as a date; those responses were imported without one.</source>
        <translation>
            <numerusform>%n timestamp could not be read as a date; that response was imported without one.</numerusform>
            <numerusform>%n timestamps could not be read as a date; those responses were imported without one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1: the rejected rows cannot be written: %2</source>
        <translation>%1: the rejected rows cannot be written: %2</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: the file cannot be read.</translation>
    </message>
    <message>
        <source>Stage I is finalised: its survey data can no longer change.</source>
        <translation>Stage I is finalised: its survey data can no longer change.</translation>
    </message>
    <message>
        <source>Importing rows</source>
        <translation>Importing rows</translation>
    </message>
    <message>
        <source>%1: the sheet has no responses below its header.</source>
        <translation>%1: the sheet has no responses below its header.</translation>
    </message>
    <message>
        <source>Writing the survey totals</source>
        <translation>Writing the survey totals</translation>
    </message>
    <message>
        <source>Dry run: nothing is written</source>
        <translation>Dry run: nothing is written</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Committing</translation>
    </message>
    <message>
        <source>The contest file could not be written: %1</source>
        <translation>The contest file could not be written: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>There is no import %1 in this contest.</source>
        <translation>There is no import %1 in this contest.</translation>
    </message>
    <message>
        <source>The import of %1 was already undone on %2.</source>
        <translation>The import of %1 was already undone on %2.</translation>
    </message>
    <message>
        <source>%1 is the contest file itself, not a survey export.</source>
        <translation>%1 is the contest file itself, not a survey export.</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsReader</name>
    <message>
        <source>the file is too short</source>
        <translation>the file is too short</translation>
    </message>
    <message>
        <source>bad compound file header</source>
        <translation>bad compound file header</translation>
    </message>
    <message>
        <source>bad sector allocation table</source>
        <translation>bad sector allocation table</translation>
    </message>
    <message>
        <source>the directory cannot be read</source>
        <translation>the directory cannot be read</translation>
    </message>
    <message>
        <source>the file holds no Excel workbook (it may be a Word document or another Office file)</source>
        <translation>the file holds no Excel workbook (it may be a Word document or another Office file)</translation>
    </message>
    <message>
        <source>a broken sector chain; the file may be truncated</source>
        <translation>a broken sector chain; the file may be truncated</translation>
    </message>
    <message>
        <source>the workbook stream is cut short</source>
        <translation>the workbook stream is cut short</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>the file is damaged (%1)</translation>
    </message>
    <message>
        <source>not an Excel 97–2003 workbook (the stream does not start with a BIFF5 or BIFF8 header)</source>
        <translation>not an Excel 97–2003 workbook (the stream does not start with a BIFF5 or BIFF8 header)</translation>
    </message>
    <message>
        <source>the file is damaged (a record runs past the end of the workbook stream)</source>
        <translation>the file is damaged (a record runs past the end of the workbook stream)</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; open it in Excel, remove the password and save it again</source>
        <translation>the workbook is protected with a password; open it in Excel, remove the password and save it again</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <source>the workbook is too large to read</source>
        <translation>the workbook is too large to read</translation>
    </message>
    <message>
        <source>the file holds no Excel workbook</source>
        <translation>the file holds no Excel workbook</translation>
    </message>
    <message>
        <source>the workbook holds text in an unknown encoding</source>
        <translation>the workbook holds text in an unknown encoding</translation>
    </message>
    <message>
        <source>the file is damaged or not an Excel 97–2003 workbook (FreeXL error %1)</source>
        <translation>the file is damaged or not an Excel 97–2003 workbook (FreeXL error %1)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>the file cannot be opened: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not an Excel 97–2003 workbook</source>
        <translation>not an Excel 97–2003 workbook</translation>
    </message>
    <message>
        <source>the workbook is protected with a password</source>
        <translation>the workbook is protected with a password</translation>
    </message>
    <message>
        <source>the name of sheet %1 cannot be read</source>
        <translation>the name of sheet %1 cannot be read</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>the workbook has no sheets</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;</source>
        <translation>the workbook has no sheet named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; cannot be read</source>
        <translation>sheet &quot;%1&quot; cannot be read</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has %2 columns, more than the %3 allowed</source>
        <translation>sheet &quot;%1&quot; has %2 columns, more than the %3 allowed</translation>
    </message>
    <message>
        <source>the cell holds more than %1 bytes</source>
        <translation>the cell holds more than %1 bytes</translation>
    </message>
    <message>
        <source>the sheets claim more than %1 cells, too many to read safely; open the file in Excel and save it as XLSX</source>
        <translation>the sheets claim more than %1 cells, too many to read safely; open the file in Excel and save it as XLSX</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxReader</name>
    <message>
        <source>the zip archive is empty, so it is not an XLSX spreadsheet</source>
        <translation>the zip archive is empty, so it is not an XLSX spreadsheet</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;</source>
        <translation>the workbook has no sheet named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the part %1 of sheet &quot;%2&quot; is missing from the archive</source>
        <translation>the part %1 of sheet &quot;%2&quot; is missing from the archive</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxSharedStrings</name>
    <message>
        <source>shared string %1 is longer than the limit of %2 bytes</source>
        <translation>shared string %1 is longer than the limit of %2 bytes</translation>
    </message>
    <message>
        <source>the workbook has more than %1 shared strings</source>
        <translation>the workbook has more than %1 shared strings</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxSheetParser</name>
    <message>
        <source>the cell is longer than the limit of %1 bytes</source>
        <translation>the cell is longer than the limit of %1 bytes</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not a number</source>
        <translation>the row number &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the row number %1 is outside the sheet (1 to %2)</source>
        <translation>the row number %1 is outside the sheet (1 to %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell reference</source>
        <translation>&quot;%1&quot; is not a cell reference</translation>
    </message>
    <message>
        <source>row %1 has a cell in column %2, beyond the limit of %3 columns</source>
        <translation>row %1 has a cell in column %2, beyond the limit of %3 columns</translation>
    </message>
    <message>
        <source>the cell refers to shared string %1, which does not exist</source>
        <translation>the cell refers to shared string %1, which does not exist</translation>
    </message>
</context>
<context>
    <name>akim::survey::XlsxWorkbook</name>
    <message>
        <source>%1: the file contains a DTD, which spreadsheets never need</source>
        <translation>%1: the file contains a DTD, which spreadsheets never need</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4)</source>
        <translation>%1 is not well-formed XML (line %2, column %3: %4)</translation>
    </message>
    <message>
        <source>the archive contains no workbook, so it is not an XLSX spreadsheet</source>
        <translation>the archive contains no workbook, so it is not an XLSX spreadsheet</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>the workbook has no worksheets</translation>
    </message>
</context>
<context>
    <name>akim::survey::ZipArchive</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file is not a zip archive, or it is damaged or truncated (zip error %1)</source>
        <translation>the file is not a zip archive, or it is damaged or truncated (zip error %1)</translation>
    </message>
    <message>
        <source>the zip archive lists %1 members, more than the %2 a spreadsheet can have</source>
        <translation>the zip archive lists %1 members, more than the %2 a spreadsheet can have</translation>
    </message>
    <message>
        <source>the zip archive&apos;s directory is damaged (zip error %1)</source>
        <translation>the zip archive&apos;s directory is damaged (zip error %1)</translation>
    </message>
    <message>
        <source>the archive has no member %1</source>
        <translation>the archive has no member %1</translation>
    </message>
    <message>
        <source>%1 inflates to %2 bytes, more than the limit of %3 bytes</source>
        <translation>%1 inflates to %2 bytes, more than the limit of %3 bytes</translation>
    </message>
    <message>
        <source>cannot open %1 while %2 is open</source>
        <translation>cannot open %1 while %2 is open</translation>
    </message>
</context>
<context>
    <name>akim::survey::ZipMemberStream</name>
    <message>
        <source>cannot find %1 in the archive (zip error %2)</source>
        <translation>cannot find %1 in the archive (zip error %2)</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 is encrypted</translation>
    </message>
    <message>
        <source>%1 uses compression method %2, which is not supported</source>
        <translation>%1 uses compression method %2, which is not supported</translation>
    </message>
    <message>
        <source>cannot open %1 in the archive (zip error %2)</source>
        <translation>cannot open %1 in the archive (zip error %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its compressed data cannot be inflated (zip error %2)</source>
        <translation>%1 is damaged: its compressed data cannot be inflated (zip error %2)</translation>
    </message>
    <message>
        <source>%1 inflates to more than the limit of %2 bytes</source>
        <translation>%1 inflates to more than the limit of %2 bytes</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match</source>
        <translation>%1 is damaged: its checksum does not match</translation>
    </message>
    <message>
        <source>%1 is damaged (zip error %2)</source>
        <translation>%1 is damaged (zip error %2)</translation>
    </message>
</context>
</TS>
