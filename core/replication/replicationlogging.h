// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The low-downtime replication's own category ("cutover.core.replication").
Q_DECLARE_LOGGING_CATEGORY(lcCutoverReplication)
