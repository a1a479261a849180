// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftplogging.h"

Q_LOGGING_CATEGORY(lcCutoverSftp, "cutover.core.sftp", QtInfoMsg)
