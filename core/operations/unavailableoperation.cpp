// SPDX-License-Identifier: GPL-3.0-or-later
#include "unavailableoperation.h"

namespace cutover {

QString UnavailableOperation::description() const
{
    //: %1 is an operation title
    return tr("%1 — not available in this version of Cutover.", "@info").arg(title());
}

Result UnavailableOperation::run(OperationContext &)
{
    //: %1 is an operation title
    return Result::error(QStringLiteral("operation.not_available"),
        tr("“%1” is not available yet in this version of Cutover. Nothing was changed by this step; "
           "choose options that do not need it.",
            "@info")
            .arg(title()),
        id());
}

} // namespace cutover
