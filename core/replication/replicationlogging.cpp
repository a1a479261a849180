// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicationlogging.h"

Q_LOGGING_CATEGORY(lcCutoverReplication, "cutover.core.replication", QtInfoMsg)
