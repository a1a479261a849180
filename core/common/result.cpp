// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

#include <QCoreApplication>

namespace cutover {

namespace {
const QString kCancelled = QStringLiteral("operation.cancelled");
}

Result Result::error(const QString &code, const QString &message, const QString &details)
{
    Result r;
    r.m_code = code.isEmpty() ? QStringLiteral("error") : code;
    r.m_message = message;
    r.m_details = details;
    return r;
}

Result Result::cancelled()
{
    return error(kCancelled,
        //: Shown when the user cancelled a running step.
        QCoreApplication::translate("cutover::Result", "Cancelled by the user.", "@info"));
}

bool Result::isCancelled() const
{
    return m_code == kCancelled;
}

Result Result::withContext(const QString &context) const
{
    if (isOk() || context.isEmpty())
        return *this;
    Result r = *this;
    //: %1 is what was being done (an operation's title), %2 the reason it failed.
    r.m_message = QCoreApplication::translate("cutover::Result", "%1: %2", "@info context: message")
                      .arg(context, m_message);
    return r;
}

} // namespace cutover
