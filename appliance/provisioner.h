// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cutover {

class ApplianceConfig;

/** @brief `applianced --provision`: writes the initial state from one JSON object (see
 * docs/sandbox-contract.md). */
class Provisioner
{
public:
    static bool run(const ApplianceConfig &config, const QByteArray &json, QString *error);
};

} // namespace cutover
