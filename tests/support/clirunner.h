#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace akim::test {

// What one run of the akimcontest executable printed and how it ended.
struct CliResult
{
    int exitCode = -1; // -1: it crashed or timed out (err says which)
    QByteArray outBytes;
    QString out; // outBytes as UTF-8
    QString err;
};

// Runs the akimcontest executable as a script would: offscreen, in English
// (AKIMCONTEST_LANG=en), with `extra` added to the environment and in `workingDir` if given.
// Gives up after two minutes.
CliResult runCli(const QStringList &arguments,
                 const QProcessEnvironment &extra = QProcessEnvironment(),
                 const QString &workingDir = QString());

// The SHA-256 of a file's bytes (hex), to prove a refused command changed nothing; empty when
// the file cannot be read.
QByteArray fileSha256(const QString &path);

} // namespace akim::test
