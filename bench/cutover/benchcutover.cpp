// SPDX-License-Identifier: GPL-3.0-or-later
//
// ./run bench cutover: the write-unavailable window of a real `cutover-cli migrate` in the
// low-downtime mode and offline, on a sandbox source with a generated data set (default 1 GB)
// under a steady write load from the application's account. See bench/cutover/README.md.
#include "mysql/mysqlconnection.h"
#include "sandboxappliance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace cutover;
using cutover::test::SandboxAppliance;

namespace {

std::atomic<bool> g_interrupted { false };

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 2);
}

MysqlEndpoint rootEndpoint(const test::SandboxInfo &info)
{
    MysqlEndpoint e;
    e.host = info.address;
    e.user = info.dbRootUser;
    e.password = info.dbRootPassword.toUtf8();
    e.useTls = true;
    return e;
}

/** The source's application account, at @p address (the source's, later the target's). */
MysqlEndpoint appEndpoint(const test::SandboxInfo &source, const QString &address)
{
    MysqlEndpoint e;
    e.host = address;
    e.user = source.appUser;
    e.password = source.appPassword.toUtf8();
    e.useTls = true;
    e.ioTimeoutSeconds = 10; // an application gives up on a hung statement and reconnects
    return e;
}

// ---------------------------------------------------------------------------------------------
// The data set

/** Row counts of the generated schema `shop` for a size in MB (calibrated on MariaDB 10.11). */
struct Scale
{
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 items = 0;
    qint64 documents = 0;

    static Scale forMegabytes(double mb)
    {
        const double bytes = mb * 1024 * 1024;
        Scale s;
        // Bytes on disk per row with indexes, measured: customers ~620, orders ~150, items ~90,
        // documents ~19 KB (a 4–31 KB BLOB).
        s.customers = qMax<qint64>(2000, qint64(bytes * 0.10 / 620));
        s.orders = qMax<qint64>(2000, qint64(bytes * 0.30 / 150));
        s.items = qMax<qint64>(2000, qint64(bytes * 0.20 / 90));
        s.documents = qMax<qint64>(100, qint64(bytes * 0.40 / 19500));
        return s;
    }
};

/**
 * Fills `shop` on the source with server-side INSERT … SELECT from the sequence engine, in
 * batches (short transactions, bounded undo), outside the binary log: the application's history
 * starts with the load. Four tables with secondary indexes, TEXT and BLOB columns.
 */
bool generate(const test::SandboxInfo &source, const Scale &s, QString *error)
{
    MysqlConnection db;
    if (!db.open(rootEndpoint(source))) {
        *error = db.errorDetails();
        return false;
    }
    const QStringList setup {
        QStringLiteral("SET SESSION sql_log_bin = 0"),
        QStringLiteral("CREATE DATABASE shop"),
        QStringLiteral("CREATE TABLE shop.customers (id INT UNSIGNED NOT NULL PRIMARY KEY, "
                       "email VARCHAR(120) NOT NULL, name VARCHAR(80) NOT NULL, city VARCHAR(40) NOT NULL, "
                       "country CHAR(2) NOT NULL, balance DECIMAL(12,2) NOT NULL, session_token VARCHAR(24), "
                       "notes TEXT, created_at DATETIME NOT NULL, UNIQUE KEY email (email), KEY city (city)) "
                       "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"),
        QStringLiteral(
            "CREATE TABLE shop.orders (id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, "
            "customer_id INT UNSIGNED NOT NULL, status TINYINT NOT NULL, total DECIMAL(10,2) NOT NULL, "
            "created_at DATETIME NOT NULL, comment VARCHAR(200), KEY customer (customer_id), "
            "KEY created (created_at)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"),
        QStringLiteral(
            "CREATE TABLE shop.order_items (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, "
            "order_id INT UNSIGNED NOT NULL, product_id INT UNSIGNED NOT NULL, qty SMALLINT NOT NULL, "
            "price DECIMAL(10,2) NOT NULL, KEY order_id (order_id), KEY product (product_id)) "
            "ENGINE=InnoDB"),
        QStringLiteral(
            "CREATE TABLE shop.documents (id INT UNSIGNED NOT NULL PRIMARY KEY, "
            "customer_id INT UNSIGNED NOT NULL, title VARCHAR(100) NOT NULL, mime VARCHAR(40) NOT NULL, "
            "body MEDIUMBLOB NOT NULL, KEY customer (customer_id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON shop.* TO '%1'@'%'").arg(source.appUser),
    };
    for (const auto &sql : setup) {
        if (!db.exec(sql)) {
            *error = db.errorDetails();
            return false;
        }
    }
    struct Table
    {
        qint64 rows;
        qint64 batch;
        QString sql; ///< %1 first id, %2 last id
    };
    const QString customers = QString::number(s.customers);
    const QString orders = QString::number(s.orders);
    const std::vector<Table> tables {
        { s.customers, 50000,
            QStringLiteral(
                "INSERT INTO shop.customers SELECT seq, CONCAT('user', seq, '@', ELT(1 + seq % 5, "
                "'example.com', "
                "'example.org', 'mail.test', 'shop.test', 'corp.test')), CONCAT(ELT(1 + seq % 8, 'Anna', "
                "'Ben', "
                "'Chiara', 'David', 'Elif', 'Farid', 'Greta', 'Hugo'), ' ', ELT(1 + (seq DIV 8) % 8, "
                "'Meyer', "
                "'Schulz', 'Rossi', 'Novak', 'Yilmaz', 'Martin', 'Jansen', 'Kowalski')), ELT(1 + seq % 10, "
                "'Berlin', 'Hamburg', 'Munich', 'Cologne', 'Vienna', 'Zurich', 'Graz', 'Basel', 'Leipzig', "
                "'Bremen'), ELT(1 + seq % 3, 'DE', 'AT', 'CH'), (seq * 7919 % 1000000) / 100, LEFT(MD5(seq), "
                "20), "
                "CONCAT('Customer since ', 2010 + seq % 15, '. ', REPEAT(CONCAT(MD5(seq), ' '), 7)), "
                "'2024-01-01' + INTERVAL (seq % 700) DAY FROM shop.seq_%1_to_%2") },
        { s.orders, 100000,
            QStringLiteral("INSERT INTO shop.orders SELECT seq, 1 + (seq * 7919) % %3, seq % 5, "
                           "(seq * 31 % 100000) / 100, '2024-01-01' + INTERVAL (seq DIV 20) MINUTE, "
                           "IF(seq % 3 = 0, CONCAT('Please deliver to the back door, ref ', MD5(seq)), NULL) "
                           "FROM shop.seq_%1_to_%2")
                .arg(QStringLiteral("%1"), QStringLiteral("%2"), customers) },
        { s.items, 100000,
            QStringLiteral(
                "INSERT INTO shop.order_items SELECT seq, 1 + (seq * 104729) % %3, 1 + (seq * 31) % 5000, "
                "1 + seq % 4, (seq * 17 % 20000) / 100 FROM shop.seq_%1_to_%2")
                .arg(QStringLiteral("%1"), QStringLiteral("%2"), orders) },
        { s.documents, 1000,
            QStringLiteral(
                "INSERT INTO shop.documents SELECT seq, 1 + (seq * 13) % %3, CONCAT('Invoice ', seq), "
                "ELT(1 + seq % 3, 'application/pdf', 'image/png', 'text/plain'), "
                "REPEAT(RANDOM_BYTES(1024), 4 + seq % 28) FROM shop.seq_%1_to_%2")
                .arg(QStringLiteral("%1"), QStringLiteral("%2"), customers) },
    };
    for (const auto &t : tables) {
        for (qint64 first = 1; first <= t.rows; first += t.batch) {
            if (g_interrupted) {
                *error = QStringLiteral("interrupted");
                return false;
            }
            const qint64 last = qMin(t.rows, first + t.batch - 1);
            if (!db.exec(t.sql.arg(first).arg(last))) {
                *error = db.errorDetails();
                return false;
            }
        }
    }
    return db.exec(
        QStringLiteral("ANALYZE TABLE shop.customers, shop.orders, shop.order_items, shop.documents"));
}

/** Data and index bytes of every application schema on a server. */
qint64 dataBytes(const MysqlEndpoint &endpoint)
{
    MysqlConnection db;
    if (!db.open(endpoint))
        return -1;
    bool ok = false;
    const QByteArray v = db.scalar(
        QStringLiteral("SELECT SUM(data_length + index_length) FROM information_schema.tables WHERE "
                       "table_schema NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')"),
        &ok);
    return ok ? v.toLongLong() : -1;
}

// ---------------------------------------------------------------------------------------------
// The application's write load

struct Ack
{
    qint64 ms; ///< when the source acknowledged it (steady clock)
    char kind; ///< 'o' new order with two items, 'c' customer's session token changed
    qint64 key; ///< order id or customer id
    QByteArray value; ///< customer id of the order, or the token
};

/**
 * @brief The shop's application: small transactions at a fixed rate from its own account.
 *
 * Every write the source acknowledges is recorded. Once the source refuses writes it keeps
 * trying the source (an acknowledgement there would be a write the cutover loses), and once told
 * the target holds the data it also tries the target until a write is accepted there. That write
 * is rolled back: the migration's verification step compares every table afterwards.
 */
class LoadGenerator
{
public:
    LoadGenerator(MysqlEndpoint source, MysqlEndpoint target, qint64 customers, int rate)
        : m_source(std::move(source))
        , m_target(std::move(target))
        , m_customers(customers)
        , m_rate(rate)
    { }
    ~LoadGenerator() { stop(); }

    void start()
    {
        m_thread = std::thread([this] { loop(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    void switchToTarget() { m_targetReady = true; }
    bool targetAccepted() const { return m_firstTargetWriteMs >= 0; }

    // Read after stop(), or the atomics at any time.
    std::atomic<qint64> acknowledged { 0 };
    std::atomic<qint64> refused { 0 };
    std::vector<Ack> acks;
    qint64 attempts = 0;
    qint64 failures = 0; ///< errors other than a refusal (a restart, a dropped connection)
    qint64 acknowledgedAfterRefusal = 0;
    qint64 firstRefusedMs = -1;
    qint64 firstFailureMs = -1;
    qint64 startedMs = 0;
    qint64 stoppedMs = 0;
    qint64 firstTargetWriteMs() const { return m_firstTargetWriteMs; }
    /** The first accepted write after which the target accepted every one until the end. */
    qint64 targetForGoodMs() const { return m_forGoodMs; }
    QStringList errors; ///< the first few distinct errors, for the log
    qint64 targetAttempts = 0; ///< writes the target did not accept
    QStringList targetErrors; ///< the first few, ms after the application first tried the target
    qint64 targetFailuresAfter = 0; ///< writes the target failed after it had accepted one
    qint64 targetUnavailableAfterMs = 0; ///< total time of those outages
    qint64 longestOutageAfterMs = 0;

private:
    enum class Outcome { Acknowledged, Refused, Failed };

    static bool isRefusal(unsigned errorNumber)
    {
        // ER_OPTION_PREVENTS_STATEMENT (read_only), ER_READ_ONLY_MODE.
        return errorNumber == 1290 || errorNumber == 1836;
    }

    void noteError(const MysqlConnection &c)
    {
        const QString text = c.errorDetails();
        if (errors.size() < 8 && !errors.contains(text))
            errors.append(text);
    }

    Outcome classify(MysqlConnection &c)
    {
        if (isRefusal(c.errorNumber())) {
            c.exec(QStringLiteral("ROLLBACK"));
            return Outcome::Refused;
        }
        noteError(c);
        c.close();
        return Outcome::Failed;
    }

    Outcome newOrder(MysqlConnection &c, qint64 n, Ack *ack)
    {
        const qint64 customer = 1 + (n * 7907) % m_customers;
        if (!c.exec(QStringLiteral("START TRANSACTION")))
            return classify(c);
        if (!c.exec(
                QStringLiteral("INSERT INTO shop.orders (customer_id, status, total, created_at, comment) "
                               "VALUES (%1, 0, %2, NOW(), 'load %3')")
                    .arg(customer)
                    .arg(double(n % 9000) / 10 + 1, 0, 'f', 2)
                    .arg(n)))
            return classify(c);
        bool ok = false;
        const qint64 id = c.scalar(QStringLiteral("SELECT LAST_INSERT_ID()"), &ok).toLongLong();
        if (!ok)
            return classify(c);
        if (!c.exec(QStringLiteral("INSERT INTO shop.order_items (order_id, product_id, qty, price) VALUES "
                                   "(%1, %2, 1, 9.90), (%1, %3, 2, 4.50)")
                        .arg(id)
                        .arg(1 + n % 5000)
                        .arg(1 + (n * 7) % 5000))
            || !c.exec(QStringLiteral("COMMIT")))
            return classify(c);
        *ack = Ack { nowMs(), 'o', id, QByteArray::number(customer) };
        return Outcome::Acknowledged;
    }

    Outcome updateCustomer(MysqlConnection &c, qint64 n, Ack *ack)
    {
        const qint64 customer = 1 + (n * 104723) % m_customers;
        const QByteArray token = "w" + QByteArray::number(n);
        if (!c.exec(
                QStringLiteral("UPDATE shop.customers SET session_token = '%1', balance = balance + 1 WHERE "
                               "id = %2")
                    .arg(QString::fromLatin1(token))
                    .arg(customer)))
            return classify(c);
        *ack = Ack { nowMs(), 'c', customer, token };
        return Outcome::Acknowledged;
    }

    void noteTargetError()
    {
        if (m_firstTargetWriteMs >= 0) {
            // After the switch: the target went away again (a later step restarted its database).
            if (m_outageStartMs < 0)
                m_outageStartMs = nowMs();
            ++targetFailuresAfter;
            return;
        }
        ++targetAttempts;
        const QString text = m_targetConnection.errorDetails();
        if (targetErrors.size() < 4 && !targetErrors.contains(text))
            targetErrors.append(QStringLiteral("+%1 ms: %2").arg(nowMs() - m_targetReadyMs).arg(text));
    }

    bool tryTarget(qint64 n)
    {
        if (m_targetReadyMs < 0)
            m_targetReadyMs = nowMs();
        if (!m_targetConnection.isOpen() && !m_targetConnection.open(m_target)) {
            noteTargetError();
            return false;
        }
        const bool ok = m_targetConnection.exec(QStringLiteral("START TRANSACTION"))
            && m_targetConnection.exec(
                QStringLiteral("INSERT INTO shop.orders (customer_id, status, total, created_at, comment) "
                               "VALUES (1, 0, 1.00, NOW(), 'first write on the target %1')")
                    .arg(n));
        if (ok && m_targetConnection.exec(QStringLiteral("ROLLBACK"))) {
            const qint64 now = nowMs();
            if (m_firstTargetWriteMs < 0) {
                m_firstTargetWriteMs = now;
                m_forGoodMs = now;
            }
            if (m_outageStartMs >= 0) {
                targetUnavailableAfterMs += now - m_outageStartMs;
                longestOutageAfterMs = qMax(longestOutageAfterMs, now - m_outageStartMs);
                m_outageStartMs = -1;
                m_forGoodMs = now;
            }
            return true;
        }
        noteTargetError();
        m_targetConnection.close();
        return false;
    }

    void loop()
    {
        startedMs = nowMs();
        MysqlConnection source;
        const double interval = 1000.0 / m_rate;
        double next = double(nowMs());
        qint64 n = 0;
        while (!m_stop) {
            // Pacing at the configured rate; a stall is not made up for with a burst.
            const double now = double(nowMs());
            if (next > now)
                std::this_thread::sleep_for(std::chrono::microseconds(qint64((next - now) * 1000)));
            else if (now - next > 1000)
                next = now;
            next += interval;
            ++n;
            if (m_targetReady && firstRefusedMs >= 0 && m_firstTargetWriteMs < 0 && tryTarget(n))
                continue;
            // Once switched, the application keeps writing to the target (every fourth slot,
            // rolled back) to see whether it stays available for the rest of the run.
            if (m_firstTargetWriteMs >= 0 && n % 4 == 0) {
                tryTarget(n);
                continue;
            }
            if (!source.isOpen() && !source.open(m_source)) {
                ++failures;
                if (firstFailureMs < 0)
                    firstFailureMs = nowMs();
                noteError(source);
                continue;
            }
            ++attempts;
            Ack ack;
            const Outcome outcome = n % 2 == 0 ? newOrder(source, n, &ack) : updateCustomer(source, n, &ack);
            switch (outcome) {
            case Outcome::Acknowledged:
                if (firstRefusedMs >= 0)
                    ++acknowledgedAfterRefusal;
                acks.push_back(ack);
                ++acknowledged;
                break;
            case Outcome::Refused:
                if (firstRefusedMs < 0)
                    firstRefusedMs = nowMs();
                ++refused;
                break;
            case Outcome::Failed:
                ++failures;
                if (firstFailureMs < 0)
                    firstFailureMs = nowMs();
                break;
            }
        }
        stoppedMs = nowMs();
        if (m_outageStartMs >= 0) {
            targetUnavailableAfterMs += stoppedMs - m_outageStartMs;
            longestOutageAfterMs = qMax(longestOutageAfterMs, stoppedMs - m_outageStartMs);
            m_forGoodMs = -1; // still failing at the end
        }
    }

    MysqlEndpoint m_source;
    MysqlEndpoint m_target;
    MysqlConnection m_targetConnection;
    qint64 m_customers;
    int m_rate;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_targetReady { false };
    std::atomic<qint64> m_firstTargetWriteMs { -1 };
    qint64 m_targetReadyMs = -1;
    qint64 m_outageStartMs = -1;
    qint64 m_forGoodMs = -1;
};

/** Acknowledged writes missing on the target (orders with their items, customers' last tokens). */
qint64 missingOnTarget(
    const MysqlEndpoint &target, const std::vector<Ack> &acks, qint64 *checked, QString *error)
{
    MysqlConnection db;
    if (!db.open(target)) {
        *error = db.errorDetails();
        return -1;
    }
    QHash<qint64, QByteArray> orders; // id → customer id
    QHash<qint64, QByteArray> customers; // id → last token
    for (const auto &a : acks)
        (a.kind == 'o' ? orders : customers).insert(a.key, a.value);
    *checked = orders.size() + customers.size();
    qint64 missing = 0;
    auto check = [&](const QHash<qint64, QByteArray> &expected, const QString &sql) -> bool {
        const QList<qint64> keys = expected.keys();
        for (qsizetype i = 0; i < keys.size(); i += 1000) {
            QStringList ids;
            for (qsizetype j = i; j < qMin(keys.size(), i + 1000); ++j)
                ids.append(QString::number(keys.at(j)));
            QList<MysqlConnection::Row> rows;
            if (!db.query(sql.arg(ids.join(QLatin1Char(','))), &rows)) {
                *error = db.errorDetails();
                return false;
            }
            QHash<qint64, QByteArray> found;
            for (const auto &row : rows)
                found.insert(row.value(0).toLongLong(), row.value(1));
            for (qsizetype j = i; j < qMin(keys.size(), i + 1000); ++j) {
                if (found.value(keys.at(j)) != expected.value(keys.at(j)))
                    ++missing;
            }
        }
        return true;
    };
    // An order counts only with both of its items.
    if (!check(orders,
            QStringLiteral("SELECT o.id, o.customer_id FROM shop.orders o WHERE o.id IN (%1) AND "
                           "(SELECT COUNT(*) FROM shop.order_items i WHERE i.order_id = o.id) = 2"))
        || !check(customers, QStringLiteral("SELECT id, session_token FROM shop.customers WHERE id IN (%1)")))
        return -1;
    return missing;
}

// ---------------------------------------------------------------------------------------------
// One migration

struct RunSpec
{
    QString label; ///< "online", "online-logical", "offline"
    bool offline = false;
    bool logicalCopy = false;
    QString net; ///< "127.0.201" …
    int firstHost = 1;
};

struct RunResult
{
    bool ok = false;
    QString error;
    qint64 windowMs = -1;
    qint64 lost = -1;
    QString copyPath;
};

class CutoverRun
{
public:
    CutoverRun(const RunSpec &spec, double sizeMb, int rate, const QString &cli, const QString &workDir)
        : m_spec(spec)
        , m_sizeMb(sizeMb)
        , m_rate(rate)
        , m_cli(cli)
        , m_workDir(workDir)
    { }

    RunResult run();

private:
    void handleEvent(const QJsonObject &event, LoadGenerator &load);
    RunResult fail(const QString &message)
    {
        RunResult r;
        r.error = message;
        say(QStringLiteral("%1: FAILED: %2").arg(m_spec.label, message));
        return r;
    }

    RunSpec m_spec;
    double m_sizeMb;
    int m_rate;
    QString m_cli;
    QString m_workDir;

    qint64 m_cliStartedMs = 0;
    QString m_dataStep; ///< the step after which the target holds the data
    QHash<QString, qint64> m_stateMs; ///< "id:state" → when the event arrived
    QString m_copyPath; ///< physical | logical, as the plan says
    QString m_copyPathWhy; ///< the plan's explanation
    QString m_outcome;
    QJsonObject m_finished;
    qint64 m_lastProgressPrint = 0;
};

void CutoverRun::handleEvent(const QJsonObject &event, LoadGenerator &load)
{
    const QString type = event.value(QLatin1String("event")).toString();
    const qint64 t = nowMs();
    const QString at = QStringLiteral("  [%1 s]").arg(seconds(t - m_cliStartedMs), 7);
    if (type == QLatin1String("plan")) {
        const QJsonArray steps = event.value(QLatin1String("steps")).toArray();
        QStringList ids;
        for (const auto &s : steps)
            ids.append(s.toObject().value(QLatin1String("id")).toString());
        // The data are on the target after the last data step before the source is modified.
        const qsizetype modify = ids.indexOf(QStringLiteral("modify-source-configuration"));
        for (qsizetype i = 0; i < (modify < 0 ? ids.size() : modify); ++i) {
            if (ids.at(i).contains(QLatin1String("data")) || ids.at(i).contains(QLatin1String("physical")))
                m_dataStep = ids.at(i);
        }
        say(QStringLiteral("%1 plan: %2").arg(at, ids.join(QStringLiteral(", "))));
        // The plan names its copy path and why (issue 9); without that, a physical step says it.
        const QJsonObject path = event.value(QLatin1String("copyPath")).toObject();
        m_copyPath = path.value(QLatin1String("path")).toString();
        m_copyPathWhy = path.value(QLatin1String("explanation")).toString();
        if (m_copyPath.isEmpty()) {
            m_copyPath = QStringLiteral("logical");
            for (const auto &id : ids) {
                if (id.contains(QLatin1String("physical")))
                    m_copyPath = QStringLiteral("physical");
            }
        }
        return;
    }
    if (type == QLatin1String("state")) {
        const QString id = event.value(QLatin1String("id")).toString();
        const QString state = event.value(QLatin1String("state")).toString();
        m_stateMs.insert(id + QLatin1Char(':') + state, t);
        if (id == m_dataStep && state == QLatin1String("done"))
            load.switchToTarget();
        say(QStringLiteral("%1 %2 %3   (writes acknowledged %4, refused %5)")
                .arg(at, id, state)
                .arg(load.acknowledged.load())
                .arg(load.refused.load()));
        return;
    }
    if (type == QLatin1String("progress")) {
        if (t - m_lastProgressPrint < 15000)
            return;
        m_lastProgressPrint = t;
        say(QStringLiteral("%1 %2 %3%  %4")
                .arg(at, event.value(QLatin1String("id")).toString())
                .arg(event.value(QLatin1String("percent")).toInt())
                .arg(event.value(QLatin1String("status")).toString()));
        return;
    }
    if (type == QLatin1String("finished")) {
        m_outcome = event.value(QLatin1String("outcome")).toString();
        m_finished = event;
        return;
    }
    if (type == QLatin1String("refused") || type == QLatin1String("error")) {
        say(QStringLiteral("%1 %2: %3")
                .arg(at, type, QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))));
        m_finished = event;
    }
}

RunResult CutoverRun::run()
{
    say(QString());
    say(QStringLiteral("== %1: %2 MB, %3 mode%4, %5 transactions/s, load average %6")
            .arg(m_spec.label)
            .arg(m_sizeMb)
            .arg(m_spec.offline ? QStringLiteral("offline") : QStringLiteral("low-downtime"))
            .arg(m_spec.logicalCopy ? QStringLiteral(", --logical-copy") : QString())
            .arg(m_rate)
            .arg(loadAverage()));

    SandboxAppliance::Options sourceOptions;
    sourceOptions.license = QStringLiteral("active");
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    targetOptions.license = QStringLiteral("none");
    SandboxAppliance source(QStringLiteral("bench-cutover-%1-src").arg(m_spec.label),
        QStringLiteral("%1.%2").arg(m_spec.net).arg(m_spec.firstHost), sourceOptions);
    SandboxAppliance target(QStringLiteral("bench-cutover-%1-tgt").arg(m_spec.label),
        QStringLiteral("%1.%2").arg(m_spec.net).arg(m_spec.firstHost + 1), targetOptions);
    QString error;
    if (!source.start(&error) || !target.start(&error))
        return fail(error);

    const Scale scale = Scale::forMegabytes(m_sizeMb);
    const qint64 generateStarted = nowMs();
    if (!generate(source.info(), scale, &error))
        return fail(QStringLiteral("generating the data set: %1").arg(error));
    const qint64 bytes = dataBytes(rootEndpoint(source.info()));
    say(QStringLiteral(
        "  source %1: %2 MB of data and indexes (shop: %3 customers, %4 orders, %5 order items, "
        "%6 documents; sakila), generated in %7 s; target %8; load average %9")
            .arg(source.info().address)
            .arg(double(bytes) / 1048576, 0, 'f', 0)
            .arg(scale.customers)
            .arg(scale.orders)
            .arg(scale.items)
            .arg(scale.documents)
            .arg(seconds(nowMs() - generateStarted), target.info().address, loadAverage()));
    if (g_interrupted)
        return fail(QStringLiteral("interrupted"));

    LoadGenerator load(appEndpoint(source.info(), source.info().address),
        appEndpoint(source.info(), target.info().address), scale.customers, m_rate);
    load.start();
    // The load runs a few seconds before the migration starts, so the copy's snapshot is taken
    // mid-stream.
    const qint64 warmUntil = nowMs() + 3000;
    while (nowMs() < warmUntil && !g_interrupted)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (load.acknowledged < 100)
        return fail(QStringLiteral("the load generator got only %1 writes acknowledged in 3 s: %2")
                        .arg(load.acknowledged.load())
                        .arg(load.errors.join(QStringLiteral("; "))));

    // The real product path: cutover-cli, passwords from the environment, never argv.
    QDir(m_workDir).mkpath(m_spec.label);
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_DATA_DIR"), m_workDir + QLatin1Char('/') + m_spec.label);
    env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), source.info().adminPassword);
    env.insert(QStringLiteral("CUTOVER_TARGET_PASSWORD"), target.info().adminPassword);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QStringList args { QStringLiteral("migrate"), QStringLiteral("--source"), source.info().address,
        QStringLiteral("--target"), target.info().address, QStringLiteral("--trust-source"),
        source.info().tlsSha256, QStringLiteral("--trust-target"), target.info().tlsSha256,
        QStringLiteral("--yes"), QStringLiteral("--json") };
    if (m_spec.offline)
        args << QStringLiteral("--offline");
    if (m_spec.logicalCopy)
        args << QStringLiteral("--logical-copy");
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    m_cliStartedMs = nowMs();
    cli.start(m_cli, args);
    if (!cli.waitForStarted(10000)) {
        load.stop();
        return fail(QStringLiteral("%1 did not start: %2").arg(m_cli, cli.errorString()));
    }
    cli.closeWriteChannel();
    QByteArray buffer;
    QByteArray errors;
    const qint64 deadline = nowMs() + 3600 * 1000;
    bool killed = false;
    while (true) {
        const bool running = cli.state() != QProcess::NotRunning;
        if (running)
            cli.waitForReadyRead(200);
        buffer += cli.readAllStandardOutput();
        errors += cli.readAllStandardError();
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(newline).trimmed();
            buffer.remove(0, newline + 1);
            if (line.isEmpty())
                continue;
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.isEmpty())
                say(QStringLiteral("  cli: %1").arg(QString::fromUtf8(line)));
            else
                handleEvent(event, load);
        }
        if (!running)
            break;
        if ((g_interrupted || nowMs() > deadline) && !killed) {
            cli.terminate();
            killed = true;
        }
    }
    cli.waitForFinished(10000);
    const qint64 cliMs = nowMs() - m_cliStartedMs;
    // The application keeps knocking on the source until the end of the run, then stops; give
    // the target a last chance if the run ended before the first write there.
    const qint64 probeUntil = nowMs() + 20000;
    while (!load.targetAccepted() && load.firstRefusedMs >= 0 && nowMs() < probeUntil && !g_interrupted)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    load.stop();
    const QString loadAtEnd = loadAverage();

    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        say(QStringLiteral("  cutover-cli stderr:\n%1").arg(QString::fromUtf8(errors.right(4000))));
        return fail(QStringLiteral("cutover-cli ended with %1 (%2): %3")
                        .arg(cli.exitCode())
                        .arg(m_outcome.isEmpty() ? QStringLiteral("no outcome") : m_outcome,
                            m_finished.value(QLatin1String("message")).toString() + QLatin1Char(' ')
                                + m_finished.value(QLatin1String("details")).toString()));
    }

    // The ledger of acknowledged writes, kept in the work directory.
    QFile ledger(m_workDir + QStringLiteral("/%1-acknowledged.tsv").arg(m_spec.label));
    if (ledger.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream out(&ledger);
        out << "ms_from_load_start\tkind\tkey\tvalue\n";
        for (const auto &a : load.acks)
            out << (a.ms - load.startedMs) << '\t' << (a.kind == 'o' ? "order" : "customer") << '\t' << a.key
                << '\t' << a.value << '\n';
    }

    RunResult result;
    qint64 checked = 0;
    result.lost = missingOnTarget(rootEndpoint(target.info()), load.acks, &checked, &error);
    if (result.lost < 0)
        return fail(QStringLiteral("reading the target: %1").arg(error));
    // No write acknowledged by the source once maintenance had begun (read_only set: the
    // maintenance step done), nor after the source first refused one.
    const qint64 maintenanceDone = m_stateMs.value(QStringLiteral("enter-maintenance:done"), -1);
    const qint64 maintenanceRunning = m_stateMs.value(QStringLiteral("enter-maintenance:running"), -1);
    qint64 afterMaintenance = 0;
    for (const auto &a : load.acks) {
        if (maintenanceDone >= 0 && a.ms > maintenanceDone)
            ++afterMaintenance;
    }
    const qint64 dataDone = m_stateMs.value(m_dataStep + QStringLiteral(":done"), -1);
    if (load.firstRefusedMs < 0 || load.firstTargetWriteMs() < 0 || maintenanceDone < 0 || dataDone < 0)
        return fail(
            QStringLiteral("incomplete timeline: first refusal %1, first target write %2, maintenance "
                           "done %3, %4 done %5 (errors: %6)")
                .arg(load.firstRefusedMs)
                .arg(load.firstTargetWriteMs())
                .arg(maintenanceDone)
                .arg(m_dataStep)
                .arg(dataDone)
                .arg(load.errors.join(QStringLiteral("; "))));
    if (load.targetForGoodMs() < 0)
        return fail(QStringLiteral("the target still failed the application's writes at the end of the run"));
    // The window ends when the target accepts writes for good: a write accepted just before a
    // later step restarts the target's database does not end it.
    result.windowMs = load.targetForGoodMs() - load.firstRefusedMs;
    result.copyPath = m_copyPath;
    const qint64 firstRefused = load.firstRefusedMs;
    const double activeSeconds = double(load.stoppedMs - load.startedMs) / 1000.0;
    say(QStringLiteral("  copy path: %1 (%2)")
            .arg(result.copyPath,
                m_copyPathWhy.isEmpty() ? QStringLiteral("the plan gives no reason") : m_copyPathWhy));
    say(QStringLiteral("  timeline (s from the first refused write): maintenance step started %1, done %2; "
                       "%3 done %4; first write accepted by the target %5, for good from %7%6")
            .arg(seconds(maintenanceRunning - firstRefused), seconds(maintenanceDone - firstRefused),
                m_dataStep, seconds(dataDone - firstRefused),
                seconds(load.firstTargetWriteMs() - firstRefused),
                load.firstFailureMs >= 0 && load.firstFailureMs < firstRefused
                    ? QStringLiteral("; a write failed (not refused) %1 s before")
                          .arg(seconds(firstRefused - load.firstFailureMs))
                    : QString(),
                seconds(load.targetForGoodMs() - firstRefused)));
    say(QStringLiteral("  writes: %1 acknowledged by the source (%2 transactions a second on the source over "
                       "the run), %3 refused, %4 other "
                       "failures; acknowledged after the first refusal %5, after maintenance began %6")
            .arg(load.acknowledged.load())
            .arg(double(load.attempts) / activeSeconds, 0, 'f', 0)
            .arg(load.refused.load())
            .arg(load.failures)
            .arg(load.acknowledgedAfterRefusal)
            .arg(afterMaintenance));
    if (load.targetAttempts > 0)
        say(QStringLiteral("  the target refused %1 write(s) first: %2")
                .arg(load.targetAttempts)
                .arg(load.targetErrors.join(QStringLiteral("; "))));
    say(QStringLiteral(
        "  after the first accepted write the target failed %1 of the application's writes, for "
        "%2 s in all (longest %3 s)")
            .arg(load.targetFailuresAfter)
            .arg(seconds(load.targetUnavailableAfterMs), seconds(load.longestOutageAfterMs)));
    say(QStringLiteral("  on the target: %1 of %2 acknowledged writes checked (orders with their items, each "
                       "customer's last token), %3 missing")
            .arg(checked - result.lost)
            .arg(checked)
            .arg(result.lost));
    say(QStringLiteral("%1: write-unavailable %2 s, migration %3 s, lost %4, load average %5")
            .arg(m_spec.label, seconds(result.windowMs), seconds(cliMs))
            .arg(result.lost)
            .arg(loadAtEnd));
    if (load.acknowledgedAfterRefusal != 0 || afterMaintenance != 0)
        return fail(QStringLiteral("the source acknowledged writes after maintenance began"));
    result.ok = true;
    return result;
}

void onSignal(int)
{
    g_interrupted = true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The write-unavailable window of a low-downtime and an offline cutover-cli migration under a "
        "write load (bench/cutover/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption sizeGb(QStringLiteral("size-gb"),
        QStringLiteral("Size of the generated data set in GB (default 1, or $CUTOVER_BENCH_SIZE_GB)."),
        QStringLiteral("GB"));
    const QCommandLineOption sizeMb(QStringLiteral("size-mb"),
        QStringLiteral("Size of the generated data set in MB."), QStringLiteral("MB"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("Write transactions a second (default 200)."), QStringLiteral("N"),
        QStringLiteral("200"));
    const QCommandLineOption modes(QStringLiteral("modes"),
        QStringLiteral("Which runs: online, offline or online,offline (the default)."),
        QStringLiteral("LIST"), QStringLiteral("online,offline"));
    const QCommandLineOption bothPaths(QStringLiteral("both-paths"),
        QStringLiteral("Run the low-downtime migration once per copy path (cutover-cli --logical-copy)."));
    const QCommandLineOption keep(QStringLiteral("keep"),
        QStringLiteral("Keep the work directory (ledgers of acknowledged writes, journals)."));
    parser.addOptions({ sizeGb, sizeMb, rate, modes, bothPaths, keep });
    parser.process(app);

    double megabytes = 1024;
    if (!qEnvironmentVariableIsEmpty("CUTOVER_BENCH_SIZE_GB"))
        megabytes = qEnvironmentVariable("CUTOVER_BENCH_SIZE_GB").toDouble() * 1024;
    if (parser.isSet(sizeGb))
        megabytes = parser.value(sizeGb).toDouble() * 1024;
    if (parser.isSet(sizeMb))
        megabytes = parser.value(sizeMb).toDouble();
    const int writes = parser.value(rate).toInt();
    if (megabytes < 1 || writes < 10 || writes > 1000) {
        std::fprintf(stderr, "bench-cutover: --size-gb/--size-mb must be positive and --rate 10–1000\n");
        return 2;
    }
    const QStringList runModes = parser.value(modes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool online = runModes.contains(QStringLiteral("online"));
    const bool offline = runModes.contains(QStringLiteral("offline"));
    if (!online && !offline) {
        std::fprintf(stderr, "bench-cutover: --modes is online, offline or online,offline\n");
        return 2;
    }

    const QString bin = QCoreApplication::applicationDirPath() + QStringLiteral("/../..");
    auto setDefault = [](const char *name, const QString &value) {
        if (qEnvironmentVariableIsEmpty(name))
            qputenv(name, QFile::encodeName(QDir::cleanPath(value)));
    };
    setDefault("CUTOVER_SANDBOX", bin + QStringLiteral("/tests/sandbox/cutover-sandbox"));
    setDefault("CUTOVER_APPLIANCED", bin + QStringLiteral("/appliance/applianced"));
    setDefault("CUTOVER_CLI", bin + QStringLiteral("/app/cli/cutover-cli"));
    const QString cli = qEnvironmentVariable("CUTOVER_CLI");
    for (const char *name : { "CUTOVER_SANDBOX", "CUTOVER_APPLIANCED", "CUTOVER_CLI" }) {
        if (!QFile::exists(qEnvironmentVariable(name))) {
            std::fprintf(stderr, "bench-cutover: %s (%s) does not exist: build it first\n", name,
                qPrintable(qEnvironmentVariable(name)));
            return 2;
        }
    }

    // Is there a choice of copy path in this build?
    QProcess help;
    help.start(cli, { QStringLiteral("--help") });
    help.waitForFinished(10000);
    const bool haveLogicalFlag = help.readAllStandardOutput().contains("--logical-copy");

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/cutover-bench-cutover-XXXXXX"));
    work.setAutoRemove(!parser.isSet(keep));
    if (!work.isValid()) {
        std::fprintf(stderr, "bench-cutover: no temporary directory\n");
        return 1;
    }

    std::vector<RunSpec> specs;
    if (online) {
        specs.push_back({ QStringLiteral("online"), false, false, QStringLiteral("127.0.201"), 1 });
        if (parser.isSet(bothPaths)) {
            if (haveLogicalFlag)
                specs.push_back(
                    { QStringLiteral("online-logical"), false, true, QStringLiteral("127.0.201"), 3 });
            else
                say(QStringLiteral(
                    "bench-cutover: --both-paths: this cutover-cli has no --logical-copy, so there "
                    "is one copy path only"));
        }
    }
    if (offline)
        specs.push_back({ QStringLiteral("offline"), true, false, QStringLiteral("127.0.202"), 1 });

    say(QStringLiteral("bench-cutover: %1 MB per source, %2 write transactions/s, cutover-cli %3, MariaDB "
                       "sandboxes; load average %4")
            .arg(megabytes)
            .arg(writes)
            .arg(cli, loadAverage()));
    QHash<QString, RunResult> results;
    bool allOk = true;
    qint64 lost = 0;
    for (const auto &spec : specs) {
        CutoverRun run(spec, megabytes, writes, cli, work.path());
        const RunResult r = run.run();
        results.insert(spec.label, r);
        allOk = allOk && r.ok;
        if (r.lost > 0)
            lost += r.lost;
        if (g_interrupted)
            break;
    }
    if (parser.isSet(keep))
        say(QStringLiteral("work directory kept: %1").arg(work.path()));

    auto figure = [&](const QString &label) {
        const auto it = results.constFind(label);
        if (it == results.constEnd() || it->windowMs < 0)
            return QStringLiteral("-");
        return seconds(it->windowMs);
    };
    say(QString());
    if (results.contains(QStringLiteral("online-logical")))
        say(QStringLiteral("online by copy path: default (%1) %2 s, --logical-copy %3 s")
                .arg(results.value(QStringLiteral("online")).copyPath, figure(QStringLiteral("online")),
                    figure(QStringLiteral("online-logical"))));
    say(QStringLiteral("downtime online_s=%1 offline_s=%2 lost=%3")
            .arg(figure(QStringLiteral("online")), figure(QStringLiteral("offline")))
            .arg(lost));
    return allOk && lost == 0 ? 0 : 1;
}
