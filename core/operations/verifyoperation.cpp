// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyoperation.h"

#include "mysql/copyverifier.h"
#include "physicalrestoreclient.h"
#include "settingscopyoperation.h"
#include "temporarydbaccounts.h"

namespace cutover {

VerifyOperation::VerifyOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::Verify, std::move(connections), options)
{ }

QString VerifyOperation::description() const
{
    //: %1 names the target appliance
    return tr("%1 is checked: settings, license and data must match what was migrated before the run reports "
              "success.",
        "@info")
        .arg(name(target()));
}

Result VerifyOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    int failures = 0;
    auto check = [&](const QString &name, bool passed, const QString &detail = {}) {
        context.addCheck(name, passed, detail);
        if (!passed)
            ++failures;
    };
    context.progress().setUnits(0, 3);

    // Settings: without a swap, every basic group equals the source's.
    context.progress().setStatus(tr("Checking the settings …", "@info progress"));
    auto s = source().client->settings();
    if (!s)
        return ApplianceConnections::toResult(s.error());
    auto t = target().client->settings();
    if (!t)
        return ApplianceConnections::toResult(t.error());
    if (!m_options.swapConfiguration) {
        const auto expected
            = SettingsCopyOperation::selectGroups(s.value().groups, s.value().hostSpecific, false);
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            //: %1 is a settings group name
            check(tr("Settings group “%1”", "@info check").arg(it.key()),
                t.value().groups.value(it.key()) == it.value());
        }
    } else {
        context.log(
            tr("Settings were exchanged; the swap step checked both sides as it wrote them.", "@info"));
    }
    context.progress().setUnits(1, 3);

    // License.
    context.progress().setStatus(tr("Checking the license …", "@info progress"));
    auto tl = target().client->license();
    if (!tl)
        return ApplianceConnections::toResult(tl.error());
    if (m_options.migrateLicense && !m_options.rehearsal) {
        auto sl = source().client->license();
        if (!sl)
            return ApplianceConnections::toResult(sl.error());
        check(tr("License active on the target", "@info check"),
            tl.value().isActive() && tl.value().guid == sl.value().guid, tl.value().guid);
        check(tr("License invalidated on the source", "@info check"),
            sl.value().state == QLatin1String("invalidated")
                && sl.value().transferredTo == target().info.machineId,
            sl.value().state);
    } else {
        //: %1 is a license state (active, none …)
        context.log(tr("License on the target left as it was: %1", "@info").arg(tl.value().state));
    }
    context.progress().setUnits(2, 3);

    // Data: the source is in maintenance (or it is a rehearsal, where the copy was already
    // verified against its snapshot and the source has moved on since).
    if (!m_options.rehearsal) {
        context.progress().setStatus(tr("Comparing the data …", "@info progress"));
        TemporaryDbAccounts accounts(*m_connections, &context);
        if (auto r = accounts.create(); !r)
            return r;
        CopyVerifier verifier(accounts.source(), accounts.target());
        const CopyResult result = verifier.run(context.cancellation().flag());
        accounts.drop();
        if (result.code == CopyResult::Code::Cancelled)
            return Result::cancelled();
        for (const auto &m : result.mismatches)
            check(QStringLiteral("%1.%2 %3").arg(m.schema, m.object, m.range), false, m.detail);
        if (result.ok())
            check(tr("Data equal on source and target", "@info check"), true);
        else if (result.mismatches.isEmpty())
            return Result::error(QStringLiteral("verify.data"), result.message, result.details);
    }
    context.progress().setUnits(3, 3);
    if (failures > 0) {
        return Result::error(QStringLiteral("verify.failed"),
            tr("%n check(s) failed on the target; the report lists them.", "@info", failures));
    }
    if (!m_options.rehearsal)
        return commitPhysicalCopy(context);
    return Result::ok();
}

Result VerifyOperation::commitPhysicalCopy(OperationContext &context)
{
    // A physical copy (issue 9) left the target's previous datadir in place for a rollback. The
    // data is verified now: only from here may it go. A restore that is `ready` on the target
    // can only be this run's (the target refuses a new job while one awaits its commit).
    auto s = PhysicalRestoreClient::status(*target().client);
    if (!s) {
        // An appliance without the physical copy answers 404: nothing to commit.
        if (s.error().kind() == ApiError::Kind::Http && s.error().httpStatus() == 404)
            return Result::ok();
        return ApplianceConnections::toResult(s.error());
    }
    if (s.value().state != QLatin1String("ready"))
        return Result::ok();
    context.progress().setStatus(tr("Deleting the target's previous data …", "@info progress"));
    auto c = PhysicalRestoreClient::commit(*target().client);
    if (!c) {
        // The data is verified; a resume commits again.
        return ApplianceConnections::toResult(c.error());
    }
    context.log(tr("The data is verified; the target's previous data was deleted.", "@info"));
    return Result::ok();
}

} // namespace cutover
