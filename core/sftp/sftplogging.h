// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The SFTP room's category: QT_LOGGING_RULES="cutover.core.sftp.debug=true" shows each file.
Q_DECLARE_LOGGING_CATEGORY(lcCutoverSftp)
