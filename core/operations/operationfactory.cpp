// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationfactory.h"

#include "bulkcopyoperation.h"
#include "catchupoperation.h"
#include "certificatesoperation.h"
#include "datacopyoperation.h"
#include "finaloperation.h"
#include "hareplicaoperation.h"
#include "haverifyoperation.h"
#include "licenseoperation.h"
#include "maintenanceoperation.h"
#include "physicalcopyoperation.h"
#include "rebootoperation.h"
#include "replicaoperation.h"
#include "roundrobinoperation.h"
#include "servicesoperation.h"
#include "settingscopyoperation.h"
#include "sourcestateoperation.h"
#include "trafficlogsoperation.h"
#include "unavailableoperation.h"
#include "verifyoperation.h"

namespace cutover {

std::shared_ptr<Operation> OperationFactory::create(
    OperationKind kind, const MigrationPlan &plan, const std::shared_ptr<ApplianceConnections> &connections)
{
    const auto options = plan.options();
    using K = OperationKind;
    switch (kind) {
    case K::CopySystemSettings:
        return std::make_shared<SettingsCopyOperation>(connections, options);
    case K::RemoveRoundRobinHosts:
        return std::make_shared<RoundRobinOperation>(connections, options);
    case K::EnterMaintenance:
        return std::make_shared<MaintenanceOperation>(connections, options);
    case K::DeactivateReplica:
        return std::make_shared<ReplicaOperation>(connections, options);
    case K::CopyData:
        return std::make_shared<DataCopyOperation>(connections, options);
    case K::ModifySourceConfiguration:
        return std::make_shared<SourceStateOperation>(connections, options);
    case K::MigrateLicense:
        return std::make_shared<LicenseOperation>(connections, options);
    case K::RebootBoth:
        return std::make_shared<RebootOperation>(connections, options);
    case K::UpdateCertificates:
        return std::make_shared<CertificatesOperation>(connections, options);
    case K::RestartServices:
        return std::make_shared<ServicesOperation>(connections, options);
    case K::FinalOperations:
        return std::make_shared<FinalOperation>(connections, options, isHighAvailability(plan.role()));
    case K::Verify:
        // HA: the target follows the master now; the source is no longer the data's reference.
        if (isHighAvailability(plan.role()) && !options.rehearsal)
            return std::make_shared<HaVerifyOperation>(connections, options);
        return std::make_shared<VerifyOperation>(connections, options);
    case K::CopyTrafficLogs:
        return std::make_shared<TrafficLogsOperation>(connections, options);
    case K::BulkCopyData:
        return std::make_shared<BulkCopyOperation>(connections, options);
    case K::CatchUpData:
        return std::make_shared<CatchUpOperation>(connections, options);
    case K::PhysicalCopyData:
        return std::make_shared<PhysicalCopyOperation>(connections, options);
    case K::CopyDataActivateReplica:
        return std::make_shared<HaReplicaOperation>(connections, options);
    }
    return std::make_shared<UnavailableOperation>(kind, connections, options);
}

std::vector<std::shared_ptr<Operation>> OperationFactory::createAll(
    const MigrationPlan &plan, const std::shared_ptr<ApplianceConnections> &connections)
{
    std::vector<std::shared_ptr<Operation>> operations;
    for (auto kind : plan.steps())
        operations.push_back(create(kind, plan, connections));
    return operations;
}

} // namespace cutover
