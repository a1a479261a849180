// SPDX-License-Identifier: GPL-3.0-or-later
#include "datacopyoperation.h"

#include "mysql/databasecopier.h"
#include "plan/copypath.h"
#include "temporarydbaccounts.h"

#include <QJsonArray>
#include <QLocale>
#include <QMutex>

namespace cutover {

namespace {

QJsonObject chunkToJson(const CopyChunk &c)
{
    return { { QStringLiteral("schema"), c.schema }, { QStringLiteral("table"), c.table },
        { QStringLiteral("column"), c.chunkColumn }, { QStringLiteral("lower"), c.lower },
        { QStringLiteral("upper"), c.upper } };
}

CopyChunk chunkFromJson(const QJsonObject &o)
{
    return { o.value(QStringLiteral("schema")).toString(), o.value(QStringLiteral("table")).toString(),
        o.value(QStringLiteral("column")).toString(), o.value(QStringLiteral("lower")).toString(),
        o.value(QStringLiteral("upper")).toString() };
}

QString copyCodeName(CopyResult::Code code)
{
    switch (code) {
    case CopyResult::Code::Ok:
        return QStringLiteral("ok");
    case CopyResult::Code::Cancelled:
        return QStringLiteral("cancelled");
    case CopyResult::Code::ConnectionFailed:
        return QStringLiteral("connection_failed");
    case CopyResult::Code::SourceFailed:
        return QStringLiteral("source_failed");
    case CopyResult::Code::TargetFailed:
        return QStringLiteral("target_failed");
    case CopyResult::Code::SnapshotMoved:
        return QStringLiteral("snapshot_moved");
    case CopyResult::Code::VerificationFailed:
        return QStringLiteral("verification_failed");
    }
    return QStringLiteral("unknown");
}

} // namespace

DataCopyOperation::DataCopyOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::CopyData, std::move(connections), options)
{ }

QString DataCopyOperation::description() const
{
    const QString size = QLocale().formattedDataSize(source().info.dataBytes);
    if (m_options.rehearsal) {
        //: %1 is a data size, %2 and %3 name the appliances
        return tr(
            "About %1 of data is copied from a consistent snapshot of %2 to %3 and verified; the source "
            "keeps serving. Everything on the target's databases is replaced.",
            "@info")
            .arg(size, name(source()), name(target()));
    }
    //: %1 is a data size, %2 and %3 name the appliances
    return tr(
        "About %1 of data is copied from %2 to %3 and verified. Everything on the target's databases is "
        "replaced; the source keeps its data.",
        "@info")
        .arg(size, name(source()), name(target()));
}

double DataCopyOperation::weight() const
{
    // About one unit per 20 MB, so the bar reflects that the copy is the long part.
    return std::max(5.0, double(source().info.dataBytes) / (20.0 * 1024 * 1024));
}

Result DataCopyOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    if (!context.isResumed()) {
        // The report says which copy path the run took and why (issue 9).
        SourceRole role = SourceRole::Standalone;
        sourceRoleFromId(source().info.role, &role);
        const CopyPathChoice path = CopyPath::choose(role, m_options, source().info, target().info);
        if (!path.isPhysical())
            context.log(path.explanation());
    }
    TemporaryDbAccounts accounts(*m_connections, &context);
    context.progress().setStatus(tr("Creating temporary database accounts …", "@info progress"));
    if (auto r = accounts.create(); !r)
        return r;

    QJsonObject position = context.position();
    QList<CopyChunk> finished;
    QJsonArray chunks = position.value(QStringLiteral("chunks")).toArray();
    for (const auto &v : chunks)
        finished.append(chunkFromJson(v.toObject()));
    SnapshotPosition expected;
    const auto snap = position.value(QStringLiteral("snapshot")).toObject();
    expected.file = snap.value(QStringLiteral("file")).toString();
    expected.position = quint64(snap.value(QStringLiteral("position")).toInteger());
    expected.gtid = snap.value(QStringLiteral("gtid")).toString();

    DatabaseCopier copier(accounts.source(), accounts.target());
    copier.setFinishedChunks(finished);
    if (expected.isValid())
        copier.setExpectedSnapshot(expected);
    const qint64 dataBytes = source().info.dataBytes;
    copier.setProgressCallback([&context, dataBytes](const CopyProgress &p) {
        Progress progress;
        progress.unitsDone = p.chunksDone;
        progress.unitsTotal = p.chunksTotal;
        progress.bytesDone = p.totalBytes;
        progress.bytesTotal = std::max(p.estimatedTotalBytes, dataBytes);
        if (!p.table.isEmpty())
            //: %1 is a schema.table name
            progress.status = DataCopyOperation::tr("Copying %1", "@info progress")
                                  .arg(p.schema + QLatin1Char('.') + p.table);
        if (p.phase == CopyProgress::Phase::Verifying)
            progress.status = DataCopyOperation::tr("Verifying the copy …", "@info progress");
        context.progress().set(progress);
    });
    copier.setChunkFinishedCallback([&context, &chunks, &position](const CopyChunk &c) {
        chunks.append(chunkToJson(c));
        position.insert(QStringLiteral("chunks"), chunks);
        context.savePosition(position);
    });
    context.progress().setStatus(tr("Copying the data …", "@info progress"));
    const CopyResult result = copier.run(context.cancellation().flag());
    accounts.drop();

    if (result.snapshot.isValid() && !expected.isValid()) {
        position.insert(QStringLiteral("snapshot"),
            QJsonObject { { QStringLiteral("file"), result.snapshot.file },
                { QStringLiteral("position"), qint64(result.snapshot.position) },
                { QStringLiteral("gtid"), result.snapshot.gtid } });
        context.savePosition(position);
    }
    const QLocale locale;
    context.addFigure(tr("Rows", "@label"), locale.toString(result.rows));
    context.addFigure(tr("Bytes", "@label"), locale.formattedDataSize(result.bytes));
    context.addFigure(tr("Seconds", "@label"), locale.toString(result.seconds, 'f', 1));
    context.addFigure(tr("Chunks copied / already done", "@label"),
        QStringLiteral("%1 / %2").arg(result.chunksCopied).arg(result.chunksSkipped));
    for (const auto &w : result.warnings)
        context.log(w);
    for (const auto &m : result.mismatches) {
        context.addCheck(QStringLiteral("%1.%2 %3").arg(m.schema, m.object, m.range), false, m.detail);
    }
    if (result.code == CopyResult::Code::Cancelled)
        return Result::cancelled();
    if (!result.ok())
        return Result::error(
            QStringLiteral("copy.") + copyCodeName(result.code), result.message, result.details);
    context.addCheck(tr("Data verified against the source's snapshot", "@info check"), true);
    return Result::ok();
}

} // namespace cutover
