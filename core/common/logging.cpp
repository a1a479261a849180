// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcCutoverRunner, "cutover.core.runner", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCutoverJournal, "cutover.core.journal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCutoverPlan, "cutover.core.plan", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCutoverOperations, "cutover.core.operations", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCutoverSession, "cutover.core.session", QtInfoMsg)
