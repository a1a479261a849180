// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover {

/** @brief Starts a configured command detached and without a shell (no quoting or injection surprises). */
class CommandRunner
{
public:
    /** @brief True for an empty command (nothing to do) or a started one. */
    static bool runDetached(const QString &command);
};

} // namespace cutover
