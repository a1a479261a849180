// SPDX-License-Identifier: GPL-3.0-or-later
#include "applianceconnections.h"

#include "common/logging.h"

namespace cutover {

ApplianceConnections::~ApplianceConnections()
{
    m_source.password.fill('\0');
    m_target.password.fill('\0');
}

Result ApplianceConnections::toResult(const ApiError &error)
{
    if (!error.isError())
        return Result::ok();
    if (error.kind() == ApiError::Kind::Cancelled)
        return Result::cancelled();
    const QString code = error.kind() == ApiError::Kind::Http && !error.code().isEmpty()
        ? QStringLiteral("api.") + error.code()
        : QStringLiteral("api.") + ApiError::kindName(error.kind());
    // For trust problems the details carry the fingerprint seen, so a face can offer to trust it.
    if (error.kind() == ApiError::Kind::Untrusted || error.kind() == ApiError::Kind::FingerprintMismatch)
        return Result::error(code, error.userMessage(), error.fingerprint());
    return Result::error(code, error.userMessage(), error.technicalSummary());
}

Result ApplianceConnections::connect(Side &side, const std::atomic<bool> *cancel)
{
    side.client = std::make_unique<ApplianceClient>(side.address);
    side.client->setPinnedFingerprint(side.fingerprint);
    side.client->setCancelFlag(cancel);
    // During a run an appliance whose service restarts is waited for, not given up on at once.
    side.client->setRefusedWait(kRefusedWaitMs);
    if (auto r = side.client->login(side.user, side.password); !r)
        return toResult(r.error());
    auto info = side.client->system();
    if (!info)
        return toResult(info.error());
    if (!side.info.machineId.isEmpty() && info.value().machineId != side.info.machineId) {
        //: %1 is an address
        return Result::error(QStringLiteral("connection.machine_changed"),
            tr("The appliance at %1 is not the one this migration started with (its machine id changed). "
               "Nothing more is done on it.",
                "@info")
                .arg(side.address),
            QStringLiteral("expected %1, found %2").arg(side.info.machineId, info.value().machineId));
    }
    side.info = info.takeValue();
    qCInfo(lcCutoverOperations) << "connected to" << side.address << "machine" << side.info.machineId;
    return Result::ok();
}

Result ApplianceConnections::connectBoth(const std::atomic<bool> *cancel)
{
    if (auto r = connect(m_source, cancel); !r)
        return r;
    return connect(m_target, cancel);
}

void ApplianceConnections::disconnectAll()
{
    if (m_source.client)
        m_source.client->disconnectFromHost();
    if (m_target.client)
        m_target.client->disconnectFromHost();
}

void ApplianceConnections::setCancelFlag(const std::atomic<bool> *cancel)
{
    if (m_source.client)
        m_source.client->setCancelFlag(cancel);
    if (m_target.client)
        m_target.client->setCancelFlag(cancel);
}

} // namespace cutover
