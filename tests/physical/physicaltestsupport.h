// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../replication/replicationtestsupport.h"
#include "api/applianceclient.h"
#include "operations/physicalrestoreclient.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <sys/types.h>

namespace cutover::test {

/** Every process whose command line holds all of @p needles. */
inline QList<pid_t> processesWith(const QList<QByteArray> &needles)
{
    QList<pid_t> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmd = f.readAll();
        if (std::all_of(
                needles.cbegin(), needles.cend(), [&](const QByteArray &n) { return cmd.contains(n); }))
            out << pid;
    }
    return out;
}

/** A logged-in client of @p info's applianced, for watching the restore job from the test. */
inline std::unique_ptr<ApplianceClient> loggedIn(const SandboxInfo &info)
{
    auto c = std::make_unique<ApplianceClient>(info.address);
    c->setPinnedFingerprint(info.tlsSha256);
    if (!c->login(QStringLiteral("admin"), info.adminPassword.toUtf8()))
        return {};
    return c;
}

/** Runs @p statements as the sandbox's root over TCP; false with @p error on the first failure. */
inline bool rootExec(const SandboxInfo &info, const QStringList &statements, QString *error = nullptr)
{
    MysqlConnection c;
    if (!c.open(rootEndpoint(info))) {
        if (error)
            *error = c.errorDetails();
        return false;
    }
    for (const QString &sql : statements) {
        if (!c.exec(sql)) {
            if (error)
                *error = sql + QStringLiteral(": ") + c.errorDetails();
            return false;
        }
    }
    return true;
}

/**
 * The generated data set: a schema `gen` next to sakila with about 20 MB in an InnoDB table with a
 * secondary index, a table without a primary key, an Aria table, a view, a trigger and a routine.
 */
inline QStringList generatedDataSet(int rows = 20000)
{
    return {
        QStringLiteral("CREATE DATABASE gen"),
        QStringLiteral("CREATE TABLE gen.items (id INT PRIMARY KEY, n INT NOT NULL, body VARBINARY(1024), "
                       "KEY by_n (n)) ENGINE=InnoDB"),
        QStringLiteral("INSERT INTO gen.items SELECT seq, seq MOD 97, CONCAT(REPEAT(MD5(seq), 16), "
                       "REPEAT(SHA2(seq, 256), 8)) FROM sakila.seq_1_to_%1")
            .arg(rows),
        QStringLiteral("CREATE TABLE gen.nopk (a INT, b TEXT) ENGINE=InnoDB"),
        QStringLiteral("INSERT INTO gen.nopk SELECT seq, REPEAT('x', seq MOD 300) FROM sakila.seq_1_to_3000"),
        QStringLiteral("CREATE TABLE gen.aria_t (id INT PRIMARY KEY, v VARCHAR(64)) ENGINE=Aria"),
        QStringLiteral("INSERT INTO gen.aria_t SELECT seq, MD5(seq) FROM sakila.seq_1_to_2000"),
        QStringLiteral("CREATE VIEW gen.heavy AS SELECT n, COUNT(*) AS c FROM gen.items GROUP BY n"),
        QStringLiteral("CREATE TABLE gen.audit (id INT AUTO_INCREMENT PRIMARY KEY, item INT)"),
        QStringLiteral("CREATE TRIGGER gen.items_ai AFTER INSERT ON gen.items FOR EACH ROW "
                       "INSERT INTO gen.audit (item) VALUES (NEW.id)"),
        QStringLiteral("CREATE PROCEDURE gen.touch(IN x INT) UPDATE gen.items SET n = n + 1 WHERE id = x"),
    };
}

} // namespace cutover::test
