// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copytypes.h"
#include "mysqlendpoint.h"

#include <QCoreApplication>
#include <atomic>
#include <memory>

namespace cutover {

class CopyEngine;

/**
 * @brief Compares the application schemas of two servers: every table by chunked row checksums
 * (count and a sum of 64-bit row hashes per primary-key range, computed by both servers at once),
 * every table, view, routine, trigger, event and sequence by its definition.
 *
 * DatabaseCopier runs the same comparison at the end of a copy against its still-open snapshot;
 * this class is for checking later (the source is read from a fresh snapshot, so it must not
 * have changed since the copy).
 */
class CopyVerifier
{
    Q_DECLARE_TR_FUNCTIONS(cutover::CopyVerifier)

public:
    CopyVerifier(const MysqlEndpoint &source, const MysqlEndpoint &target, const CopyOptions &options = {});
    ~CopyVerifier();
    CopyVerifier(const CopyVerifier &) = delete;
    CopyVerifier &operator=(const CopyVerifier &) = delete;

    void setProgressCallback(CopyProgressCallback callback);

    /** Ok, or VerificationFailed with CopyResult::mismatches naming each table and range. */
    CopyResult run(const std::atomic<bool> &cancel);

private:
    std::unique_ptr<CopyEngine> m_engine;
};

} // namespace cutover
