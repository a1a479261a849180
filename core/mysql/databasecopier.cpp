// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecopier.h"

#include "copyengine.h"

namespace cutover {

DatabaseCopier::DatabaseCopier(
    const MysqlEndpoint &source, const MysqlEndpoint &target, const CopyOptions &options)
    : m_engine(std::make_unique<CopyEngine>(CopyEngine::Mode::Copy, source, target, options))
{ }

DatabaseCopier::~DatabaseCopier() = default;

void DatabaseCopier::setProgressCallback(CopyProgressCallback callback)
{
    m_engine->progressCallback = std::move(callback);
}

void DatabaseCopier::setChunkFinishedCallback(ChunkFinishedCallback callback)
{
    m_engine->chunkFinishedCallback = std::move(callback);
}

void DatabaseCopier::setSnapshotCallback(SnapshotCallback callback)
{
    m_engine->snapshotCallback = std::move(callback);
}

void DatabaseCopier::setFinishedChunks(const QList<CopyChunk> &chunks)
{
    m_engine->finishedChunks = chunks;
}

void DatabaseCopier::setExpectedSnapshot(const SnapshotPosition &position)
{
    m_engine->expectedSnapshot = position;
}

CopyResult DatabaseCopier::run(const std::atomic<bool> &cancel)
{
    return m_engine->run(cancel);
}

} // namespace cutover
