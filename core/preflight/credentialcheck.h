// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/requiremententry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cutover {

/**
 * @brief The admin password fields of the Source step, checked before anything is sent.
 *
 * Only emptiness is judged here (the appliance decides whether a password is right, and its
 * answer is told apart as "wrong credentials" by ApiError). The password itself is never kept.
 */
class CredentialCheck
{
    Q_DECLARE_TR_FUNCTIONS(cutover::CredentialCheck)

public:
    /** `input.<role>Password`: satisfied when @p password is not empty; @p role `source` or `target`. */
    static RequirementEntry passwordRequirement(const QString &role, const QByteArray &password);
    /** Same, for callers that only know whether a password was given. */
    static RequirementEntry passwordRequirement(const QString &role, bool given);
};

} // namespace cutover
