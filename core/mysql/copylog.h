// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace cutover {
/** The data-copy engine's category, "cutover.core.copy". */
Q_DECLARE_LOGGING_CATEGORY(lcCoreCopy)
} // namespace cutover
