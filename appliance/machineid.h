// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover {

/** @brief The appliance's stable identity: 32 hex digits in state/machine-id, made once at provisioning. */
class MachineId
{
public:
    static QString read(const QString &file);
    /** @brief Keeps an existing id (re-provisioning must not change who the machine is). */
    static QString ensure(const QString &file);
};

} // namespace cutover
