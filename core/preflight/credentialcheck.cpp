// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/credentialcheck.h"

namespace cutover {

RequirementEntry CredentialCheck::passwordRequirement(const QString &role, const QByteArray &password)
{
    return passwordRequirement(role, !password.isEmpty());
}

RequirementEntry CredentialCheck::passwordRequirement(const QString &role, bool given)
{
    const bool source = role != QLatin1String("target");
    RequirementEntry e;
    e.id = source ? QStringLiteral("input.sourcePassword") : QStringLiteral("input.targetPassword");
    e.satisfied = given;
    e.mandatory = true;
    e.title = [source] {
        return source ? tr("Admin password of the source system") : tr("Admin password of the target system");
    };
    e.reason = [source, given] {
        if (given)
            return tr("Entered.");
        return source ? tr("The admin password of the source system is empty.")
                      : tr("The admin password of the target system is empty.");
    };
    e.remedy = [given] {
        return given
            ? QString()
            : tr("Enter the password of the appliance's admin user (the one used to log in to its web "
                 "interface).");
    };
    return e;
}

} // namespace cutover
