// SPDX-License-Identifier: GPL-3.0-or-later
#include "rebootoperation.h"

#include "common/logging.h"
#include "trust/fingerprint.h"

#include <QDeadlineTimer>
#include <QThread>

namespace cutover {

RebootOperation::RebootOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::RebootBoth, std::move(connections), options)
{ }

QString RebootOperation::description() const
{
    //: %1 and %2 name the appliances
    return tr(
        "%1 and %2 reboot with their exchanged settings; Cutover waits until both answer again at their new "
        "addresses.",
        "@info")
        .arg(name(source()), name(target()));
}

Result RebootOperation::run(OperationContext &context)
{
    attach(context);
    QJsonObject position = context.position();
    QString sourceNew = position.value(QStringLiteral("sourceAddress")).toString();
    QString targetNew = position.value(QStringLiteral("targetAddress")).toString();
    if (!position.value(QStringLiteral("rebootRequested")).toBool()) {
        for (auto *side : { &source(), &target() }) {
            if (auto r = ensureConnected(*side, context); !r)
                return r;
        }
        auto s = source().client->settings();
        if (!s)
            return ApplianceConnections::toResult(s.error());
        auto t = target().client->settings();
        if (!t)
            return ApplianceConnections::toResult(t.error());
        auto addressOf = [](const SettingsSnapshot &snap, const QString &fallback) {
            const QString a = snap.groups.value(QStringLiteral("network"))
                                  .toObject()
                                  .value(QStringLiteral("address"))
                                  .toString();
            return a.isEmpty() ? fallback : a;
        };
        sourceNew = addressOf(s.value(), source().address);
        targetNew = addressOf(t.value(), target().address);
        position = { { QStringLiteral("sourceAddress"), sourceNew },
            { QStringLiteral("targetAddress"), targetNew }, { QStringLiteral("rebootRequested"), true } };
        // Journalled before the reboot: a run interrupted here resumes at the wait.
        context.savePosition(position);
        context.progress().setStatus(tr("Rebooting both systems …", "@info progress"));
        if (auto r = source().client->reboot(); !r)
            return ApplianceConnections::toResult(r.error());
        if (auto r = target().client->reboot(); !r)
            return ApplianceConnections::toResult(r.error());
        context.log(tr("Both systems are rebooting.", "@info"));
    }
    context.progress().setUnits(0, 2);
    if (auto r = waitFor(source(), sourceNew, context); !r)
        return r;
    context.progress().setUnits(1, 2);
    if (auto r = waitFor(target(), targetNew, context); !r)
        return r;
    context.progress().setUnits(2, 2);
    return Result::ok();
}

Result RebootOperation::waitFor(
    ApplianceConnections::Side &side, const QString &address, OperationContext &context)
{
    //: %1 is an address
    context.progress().setStatus(tr("Waiting for %1 …", "@info progress").arg(address));
    QDeadlineTimer deadline(m_waitTimeoutMs);
    Result last;
    while (!deadline.hasExpired()) {
        if (context.isCancelled())
            return Result::cancelled();
        ApplianceClient probe(address);
        probe.setPinnedFingerprint(side.fingerprint);
        probe.setCancelFlag(&context.cancellation().flag());
        probe.setTimeouts(2000, 5000);
        auto health = probe.health();
        if (health && health.value().machineId == side.info.machineId) {
            side.address = address;
            if (auto r = ApplianceConnections::connect(side, &context.cancellation().flag()); !r)
                return r;
            //: %1 is an address
            context.log(tr("%1 is back.", "@info").arg(address));
            return Result::ok();
        }
        const auto &other = &side == &source() ? target() : source();
        if (!health && health.error().kind() == ApiError::Kind::FingerprintMismatch
            && Fingerprint::normalised(health.error().fingerprint())
                == Fingerprint::normalised(other.fingerprint)) {
            // Swapping addresses: the other appliance still answers here until its own reboot
            // takes it down. Not a changed certificate; keep waiting.
            last = Result::error(QStringLiteral("reboot.address_busy"), QString(),
                QStringLiteral("%1 still answers at %2").arg(other.info.machineId, address));
        } else if (!health && health.error().kind() == ApiError::Kind::FingerprintMismatch) {
            // The certificate changed with the identity: it is renewed and pinned again in the
            // next step, over the channel authenticated by the admin password.
            return Result::error(QStringLiteral("reboot.fingerprint_changed"),
                tr("%1 came back with a different certificate. Check its fingerprint, then resume with "
                   "--trust-target/--trust-source set to it.",
                    "@info")
                    .arg(address),
                health.error().technicalSummary());
        } else
            last = health ? Result() : ApplianceConnections::toResult(health.error());
        // A poll interval, not synchronisation: the appliance is rebooting in another process.
        for (int i = 0; i < 10 && !context.isCancelled(); ++i)
            QThread::msleep(100);
    }
    //: %1 is an address
    return Result::error(QStringLiteral("reboot.timeout"),
        tr("%1 did not come back after the reboot within %n minute(s). Check the appliance's console, then "
           "resume the migration.",
            "@info", int(m_waitTimeoutMs / 60000))
            .arg(address),
        last.details());
}

} // namespace cutover
