// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace cutover {

/**
 * @brief Gets a password without it ever being in argv: from a file (first line), from an
 * environment variable, or from a prompt on the terminal with echo off — in that order.
 */
class PasswordReader
{
    Q_DECLARE_TR_FUNCTIONS(cutover::PasswordReader)

public:
    static Result read(
        const QString &file, const char *environmentVariable, const QString &prompt, QByteArray *out);
    /** Asks a yes/no question on the terminal; false when there is no terminal. */
    static bool confirm(const QString &question);
    static bool hasTerminal();
};

} // namespace cutover
