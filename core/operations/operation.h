// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "operationcontext.h"

#include <QCoreApplication>
#include <QString>

namespace cutover {

/**
 * @brief One step of a migration (QtIFW's UpdateOperation, Calamares' Job, kpmcore's Operation).
 *
 * Contract:
 * - title() and description() are translated and computed without side effects: the
 *   Confirmation page and `cutover-cli migrate` show them before anything runs.
 * - run() is idempotent: after a crash the runner calls it again on the same journal position,
 *   and it must finish the job without doing anything twice that would hurt. It checks the
 *   cancellation token inside long loops and returns Result::cancelled().
 * - The runner counts an operation as performed once run() was entered, even if it failed
 *   midway, so rollback() must cope with a half-done run (and with being called after a crash
 *   in a new process, from the journal position alone).
 * - Operations are run on the runner's worker thread; they never touch widgets and never spin
 *   an event loop.
 */
class Operation
{
    Q_DECLARE_TR_FUNCTIONS(cutover::Operation)

public:
    virtual ~Operation();

    /** @brief Stable id for the journal ("copy-data"); unique within a plan. */
    virtual QString id() const = 0;
    /** @brief Short translated title for the Execution list. */
    virtual QString title() const = 0;
    /** @brief What this step will do, with real names and addresses, without touching anything. */
    virtual QString description() const = 0;
    /** @brief Relative cost for the overall progress bar (1 ≈ a quick API call). */
    virtual double weight() const { return 1.0; }

    /** @brief Does the work; see the class contract. */
    virtual Result run(OperationContext &context) = 0;

    /** @brief True when rollback() can undo what run() changed on the source. */
    virtual bool canRollback() const { return false; }
    /** @brief Undoes run(); called newest first during a backout. */
    virtual Result rollback(OperationContext &context);
    /** @brief What rollback() undoes, in the words of the report ("The source left maintenance."). */
    virtual QString rollbackDescription() const { return {}; }
};

} // namespace cutover
