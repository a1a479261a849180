// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The engine's logging categories; each room of core/ logs under its own name so a user can
// turn one on with QT_LOGGING_RULES="cutover.core.runner.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCutoverRunner)
Q_DECLARE_LOGGING_CATEGORY(lcCutoverJournal)
Q_DECLARE_LOGGING_CATEGORY(lcCutoverPlan)
Q_DECLARE_LOGGING_CATEGORY(lcCutoverOperations)
Q_DECLARE_LOGGING_CATEGORY(lcCutoverSession)
