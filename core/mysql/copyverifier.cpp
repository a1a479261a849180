// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyverifier.h"

#include "copyengine.h"

namespace cutover {

CopyVerifier::CopyVerifier(
    const MysqlEndpoint &source, const MysqlEndpoint &target, const CopyOptions &options)
    : m_engine(std::make_unique<CopyEngine>(CopyEngine::Mode::VerifyOnly, source, target, options))
{ }

CopyVerifier::~CopyVerifier() = default;

void CopyVerifier::setProgressCallback(CopyProgressCallback callback)
{
    m_engine->progressCallback = std::move(callback);
}

CopyResult CopyVerifier::run(const std::atomic<bool> &cancel)
{
    return m_engine->run(cancel);
}

} // namespace cutover
