// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordreader.h"

#include <QFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cutover {

namespace {

QByteArray readTerminalLine(FILE *tty)
{
    QByteArray line;
    int c;
    while ((c = std::fgetc(tty)) != EOF && c != '\n')
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

bool PasswordReader::hasTerminal()
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    std::fclose(tty);
    return true;
}

Result PasswordReader::read(
    const QString &file, const char *environmentVariable, const QString &prompt, QByteArray *out)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            //: %1 is a file path
            return Result::error(QStringLiteral("input.password_file"),
                tr("Cannot read the password file %1.", "@info").arg(file), f.errorString());
        }
        QByteArray content = f.readAll();
        const auto newline = content.indexOf('\n');
        *out = newline >= 0 ? content.left(newline) : content;
        if (out->endsWith('\r'))
            out->chop(1);
        content.fill('\0');
        return Result::ok();
    }
    const QByteArray env = qgetenv(environmentVariable);
    if (!env.isEmpty()) {
        *out = env;
        return Result::ok();
    }
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        //: %1 is an environment variable name
        return Result::error(QStringLiteral("input.password_missing"),
            tr("No password: there is no terminal to ask on. Set %1 or use the password-file option.",
                "@info")
                .arg(QString::fromLatin1(environmentVariable)));
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved {};
    const bool isTerminal = tcgetattr(fileno(tty), &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &silent);
    }
    *out = readTerminalLine(tty);
    if (isTerminal)
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    return Result::ok();
}

bool PasswordReader::confirm(const QString &question)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    std::fputs(question.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    const QString answer = QString::fromLocal8Bit(readTerminalLine(tty)).trimmed().toLower();
    std::fclose(tty);
    //: Accepted answers to a yes/no question, separated by |
    const QStringList yes = tr("y|yes", "@info answers meaning yes").split(QLatin1Char('|'));
    return yes.contains(answer) || answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace cutover
