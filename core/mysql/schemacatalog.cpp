// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacatalog.h"

#include "mysqlconnection.h"

#include <QHash>
#include <QRegularExpression>
#include <mysqld_error.h>

namespace cutover {

namespace {
QString s(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}
} // namespace

QStringList TableInfo::loadColumns() const
{
    QStringList out;
    for (const ColumnInfo &c : columns) {
        if (!c.generated)
            out << c.name;
    }
    if (versioned) {
        if (!out.contains(rowStart))
            out << rowStart;
        if (!out.contains(rowEnd))
            out << rowEnd;
    }
    return out;
}

QStringList TableInfo::allColumns() const
{
    QStringList out;
    for (const ColumnInfo &c : columns)
        out << c.name;
    if (versioned) {
        if (!out.contains(rowStart))
            out << rowStart;
        if (!out.contains(rowEnd))
            out << rowEnd;
    }
    return out;
}

QString TableInfo::historyClause() const
{
    return versioned ? QStringLiteral(" FOR SYSTEM_TIME ALL") : QString();
}

QString ObjectInfo::kindName() const
{
    switch (kind) {
    case Kind::View:
        return QStringLiteral("view");
    case Kind::Procedure:
        return QStringLiteral("procedure");
    case Kind::Function:
        return QStringLiteral("function");
    case Kind::Trigger:
        return QStringLiteral("trigger");
    case Kind::Event:
        return QStringLiteral("event");
    }
    return {};
}

bool SchemaCatalog::isIntegerType(const QString &dataType)
{
    static const QStringList types { QStringLiteral("tinyint"), QStringLiteral("smallint"),
        QStringLiteral("mediumint"), QStringLiteral("int"), QStringLiteral("bigint") };
    return types.contains(dataType.toLower());
}

bool SchemaCatalog::schemas(MysqlConnection &db, const QStringList &only, QStringList *out)
{
    out->clear();
    QList<MysqlConnection::Row> rows;
    if (!db.query(
            QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN "
                           "('mysql','information_schema','performance_schema','sys') ORDER BY SCHEMA_NAME"),
            &rows))
        return false;
    for (const auto &r : rows) {
        const QString name = s(r.value(0));
        if (only.isEmpty() || only.contains(name))
            out->append(name);
    }
    return true;
}

bool SchemaCatalog::tables(MysqlConnection &db, const QString &schema, QList<TableInfo> *out)
{
    out->clear();
    const QString quotedSchema = db.quoteString(schema);
    QList<MysqlConnection::Row> rows;
    if (!db.query(QStringLiteral(
                      "SELECT TABLE_NAME, TABLE_TYPE, IFNULL(ENGINE,''), IFNULL(TABLE_ROWS,0), "
                      "IFNULL(DATA_LENGTH,0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 "
                      "AND TABLE_TYPE IN ('BASE TABLE','SEQUENCE','SYSTEM VERSIONED') ORDER BY TABLE_NAME")
                      .arg(quotedSchema),
            &rows))
        return false;
    QHash<QString, int> index;
    for (const auto &r : rows) {
        TableInfo t;
        t.schema = schema;
        t.name = s(r.value(0));
        const QString type = s(r.value(1));
        t.isSequence = type == QLatin1String("SEQUENCE");
        t.versioned = type == QLatin1String("SYSTEM VERSIONED");
        t.engine = s(r.value(2));
        t.estimatedRows = r.value(3).toLongLong();
        t.estimatedBytes = r.value(4).toLongLong();
        index.insert(t.name, int(out->size()));
        out->append(t);
    }
    if (!db.query(QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, LOWER(DATA_TYPE), UPPER(EXTRA) FROM "
                                 "information_schema.COLUMNS WHERE TABLE_SCHEMA = %1 ORDER BY TABLE_NAME, "
                                 "ORDINAL_POSITION")
                      .arg(quotedSchema),
            &rows))
        return false;
    for (const auto &r : rows) {
        const auto it = index.constFind(s(r.value(0)));
        if (it == index.constEnd())
            continue; // a view's columns
        ColumnInfo c;
        c.name = s(r.value(1));
        c.dataType = s(r.value(2));
        const QString extra = s(r.value(3));
        // MariaDB: "VIRTUAL GENERATED"/"STORED GENERATED"; MySQL 8 the same, plus "DEFAULT_GENERATED"
        // for expression defaults, which are ordinary columns.
        c.generated = (extra.contains(QLatin1String("VIRTUAL GENERATED"))
            || extra.contains(QLatin1String("STORED GENERATED"))
            || extra.contains(QLatin1String("PERSISTENT")));
        (*out)[*it].columns.append(c);
    }
    if (!db.query(QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.STATISTICS WHERE "
                                 "TABLE_SCHEMA = %1 AND INDEX_NAME = 'PRIMARY' AND SEQ_IN_INDEX = 1")
                      .arg(quotedSchema),
            &rows))
        return false;
    for (const auto &r : rows) {
        const auto it = index.constFind(s(r.value(0)));
        if (it == index.constEnd())
            continue;
        TableInfo &t = (*out)[*it];
        const QString column = s(r.value(1));
        for (const ColumnInfo &c : std::as_const(t.columns)) {
            if (c.name == column && isIntegerType(c.dataType) && !c.generated && !t.versioned)
                t.chunkColumn = column;
        }
    }
    static const QRegularExpression period(
        QStringLiteral("PERIOD FOR SYSTEM_TIME \\(`((?:[^`]|``)+)`, ?`((?:[^`]|``)+)`\\)"));
    for (TableInfo &t : *out) {
        QList<MysqlConnection::Row> create;
        if (!db.query(QStringLiteral("SHOW CREATE %1 %2")
                          .arg(t.isSequence ? QStringLiteral("SEQUENCE") : QStringLiteral("TABLE"),
                              MysqlConnection::qualified(schema, t.name)),
                &create))
            return false;
        t.createStatement = create.value(0).value(1);
        if (t.versioned) {
            const auto m = period.match(s(t.createStatement));
            if (m.hasMatch()) {
                t.rowStart = m.captured(1).replace(QLatin1String("``"), QLatin1String("`"));
                t.rowEnd = m.captured(2).replace(QLatin1String("``"), QLatin1String("`"));
            } else {
                t.rowStart = QStringLiteral("row_start"); // implicit, invisible period columns
                t.rowEnd = QStringLiteral("row_end");
            }
        }
    }
    return true;
}

namespace {

/** Where SHOW CREATE VIEW/PROCEDURE/FUNCTION/TRIGGER/EVENT puts what the copy needs (-1: absent);
 *  character_set_client and collation_connection follow the statement column. */
struct ShowCreateLayout
{
    int sqlMode;
    int timeZone;
    int statement;
};

ShowCreateLayout layoutOf(ObjectInfo::Kind kind)
{
    switch (kind) {
    case ObjectInfo::Kind::View:
        return { -1, -1, 1 }; // View, Create View, character_set_client, collation_connection
    case ObjectInfo::Kind::Procedure:
    case ObjectInfo::Kind::Function:
    case ObjectInfo::Kind::Trigger:
        return { 1, -1, 2 }; // name, sql_mode, statement, cs, coll, …
    case ObjectInfo::Kind::Event:
        return { 1, 2, 3 }; // Event, sql_mode, time_zone, Create Event, cs, coll, …
    }
    return { -1, -1, 1 };
}

ObjectInfo::Kind kindOf(const QByteArray &keyword)
{
    if (keyword == "PROCEDURE")
        return ObjectInfo::Kind::Procedure;
    if (keyword == "FUNCTION")
        return ObjectInfo::Kind::Function;
    if (keyword == "TRIGGER")
        return ObjectInfo::Kind::Trigger;
    if (keyword == "EVENT")
        return ObjectInfo::Kind::Event;
    return ObjectInfo::Kind::View;
}

/** Reads the objects @p listSql names (rows of name and SHOW CREATE keyword) with their
 *  definitions and the session settings they were created under. */
bool readObjects(MysqlConnection &db, const QString &schema, const QString &listSql, QList<ObjectInfo> *out)
{
    QList<MysqlConnection::Row> rows;
    if (!db.query(listSql, &rows))
        return false;
    for (const auto &r : std::as_const(rows)) {
        ObjectInfo o;
        o.kind = kindOf(r.value(1));
        o.schema = schema;
        o.name = s(r.value(0));
        QList<MysqlConnection::Row> c;
        if (!db.query(QStringLiteral("SHOW CREATE %1 %2")
                          .arg(o.kindName().toUpper(), MysqlConnection::qualified(schema, o.name)),
                &c))
            return false;
        const MysqlConnection::Row row = c.value(0);
        const ShowCreateLayout layout = layoutOf(o.kind);
        if (layout.sqlMode >= 0)
            o.sqlMode = row.value(layout.sqlMode);
        if (layout.timeZone >= 0)
            o.timeZone = row.value(layout.timeZone);
        o.createStatement = row.value(layout.statement);
        o.characterSetClient = row.value(layout.statement + 1);
        o.collationConnection = row.value(layout.statement + 2);
        if (o.createStatement.isNull()) {
            // Without the right to read a routine's body the server answers NULL: refuse, do not
            // copy an empty object.
            db.setError(ER_SPECIFIC_ACCESS_DENIED_ERROR,
                QStringLiteral(
                    "the account may not read the definition of %1 %2 (needs SELECT on mysql.proc)")
                    .arg(o.kindName(), MysqlConnection::qualified(schema, o.name)));
            return false;
        }
        out->append(o);
    }
    return true;
}

} // namespace

bool SchemaCatalog::objects(MysqlConnection &db, const QString &schema, QList<ObjectInfo> *out)
{
    out->clear();
    const QString quoted = db.quoteString(schema);
    return readObjects(db, schema,
               QStringLiteral(
                   "SELECT TABLE_NAME, 'VIEW' FROM information_schema.VIEWS WHERE TABLE_SCHEMA = %1 "
                   "ORDER BY TABLE_NAME")
                   .arg(quoted),
               out)
        && readObjects(db, schema,
            QStringLiteral("SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES WHERE "
                           "ROUTINE_SCHEMA = %1 AND ROUTINE_TYPE IN ('PROCEDURE','FUNCTION') ORDER BY "
                           "ROUTINE_TYPE, ROUTINE_NAME")
                .arg(quoted),
            out)
        // Triggers in firing order.
        && readObjects(db, schema,
            QStringLiteral("SELECT TRIGGER_NAME, 'TRIGGER' FROM information_schema.TRIGGERS WHERE "
                           "TRIGGER_SCHEMA = %1 ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, "
                           "EVENT_MANIPULATION, ACTION_ORDER")
                .arg(quoted),
            out)
        && readObjects(db, schema,
            QStringLiteral(
                "SELECT EVENT_NAME, 'EVENT' FROM information_schema.EVENTS WHERE EVENT_SCHEMA = %1 "
                "ORDER BY EVENT_NAME")
                .arg(quoted),
            out);
}

bool SchemaCatalog::createDatabaseStatement(MysqlConnection &db, const QString &schema, QByteArray *out)
{
    QList<MysqlConnection::Row> rows;
    if (!db.query(
            QStringLiteral("SHOW CREATE DATABASE %1").arg(MysqlConnection::quoteIdentifier(schema)), &rows))
        return false;
    *out = rows.value(0).value(1);
    return true;
}

bool SchemaCatalog::definition(MysqlConnection &db, const QString &schema, const QString &name,
    const QString &kind, QByteArray *out, bool *missing)
{
    *missing = false;
    QList<MysqlConnection::Row> rows;
    const QString what = kind == QLatin1String("sequence") ? QStringLiteral("TABLE") : kind.toUpper();
    if (!db.query(
            QStringLiteral("SHOW CREATE %1 %2").arg(what, MysqlConnection::qualified(schema, name)), &rows)) {
        switch (db.errorNumber()) {
        case ER_NO_SUCH_TABLE:
        case ER_SP_DOES_NOT_EXIST:
        case ER_TRG_DOES_NOT_EXIST:
        case ER_EVENT_DOES_NOT_EXIST:
        case ER_BAD_DB_ERROR:
            *missing = true;
            return true;
        default:
            return false;
        }
    }
    int column = 1;
    if (kind == QLatin1String("procedure") || kind == QLatin1String("function")
        || kind == QLatin1String("trigger"))
        column = 2;
    else if (kind == QLatin1String("event"))
        column = 3;
    QByteArray text = rows.value(0).value(column);
    if (kind == QLatin1String("table")) {
        static const QRegularExpression autoIncrement(QStringLiteral(" AUTO_INCREMENT=\\d+"));
        text = s(text).remove(autoIncrement).toUtf8();
    }
    *out = text;
    return true;
}

bool SchemaCatalog::referencedTables(MysqlConnection &db, QStringList *out)
{
    out->clear();
    QList<MysqlConnection::Row> rows;
    if (!db.query(QStringLiteral("SELECT DISTINCT UNIQUE_CONSTRAINT_SCHEMA, REFERENCED_TABLE_NAME FROM "
                                 "information_schema.REFERENTIAL_CONSTRAINTS"),
            &rows))
        return false;
    for (const auto &r : std::as_const(rows))
        out->append(s(r.value(0)) + QChar(0x1f) + s(r.value(1)));
    return true;
}

bool SchemaCatalog::splitSecondaryIndexes(const QByteArray &create, QByteArray *withoutIndexes,
    QList<QByteArray> *addClauses, QStringList *indexNames)
{
    withoutIndexes->clear();
    addClauses->clear();
    indexNames->clear();
    // SHOW CREATE TABLE puts every column, key and constraint on its own line, indented by two
    // spaces, and ends with ") ENGINE=… [PARTITION BY …]".
    QList<QByteArray> lines = create.split('\n');
    const qsizetype close = [&] {
        for (qsizetype i = lines.size() - 1; i > 0; --i) {
            if (lines[i].startsWith(')'))
                return i;
        }
        return qsizetype(-1);
    }();
    if (close < 0 || !lines[0].startsWith("CREATE TABLE "))
        return false;
    QByteArray tail;
    for (qsizetype i = close; i < lines.size(); ++i)
        tail += lines[i];
    if (!tail.contains(" ENGINE=InnoDB") || tail.contains("PARTITION BY")
        || tail.contains("WITH SYSTEM VERSIONING"))
        return false;
    bool primary = false;
    QList<QByteArray> kept;
    kept << lines[0];
    static const QRegularExpression keyLine(
        QStringLiteral("^  (UNIQUE )?KEY (`(?:[^`]|``)+`) \\(.*\\)[^()]*$"));
    for (qsizetype i = 1; i < close; ++i) {
        QByteArray line = lines[i];
        if (line.endsWith(','))
            line.chop(1);
        if (line.startsWith("  PRIMARY KEY "))
            primary = true;
        if (line.contains(" FOREIGN KEY ") || line.contains(" REFERENCES ")) {
            addClauses->clear();
            indexNames->clear();
            return false;
        }
        const auto m = keyLine.match(s(line));
        if (m.hasMatch() && !line.contains(" USING HASH")) {
            addClauses->append("ADD " + line.mid(2));
            QString name = m.captured(2).mid(1);
            name.chop(1);
            indexNames->append(name.replace(QLatin1String("``"), QLatin1String("`")));
            continue;
        }
        kept << line;
    }
    if (!primary || addClauses->isEmpty()) {
        addClauses->clear();
        indexNames->clear();
        return false;
    }
    for (qsizetype i = 1; i < kept.size(); ++i) {
        if (i + 1 < kept.size())
            kept[i] += ',';
    }
    for (qsizetype i = close; i < lines.size(); ++i)
        kept << lines[i];
    *withoutIndexes = kept.join('\n');
    return true;
}

bool SchemaCatalog::tableExists(
    MysqlConnection &db, const QString &schema, const QString &table, bool *exists)
{
    QList<MysqlConnection::Row> rows;
    if (!db.query(QStringLiteral(
                      "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2")
                      .arg(db.quoteString(schema), db.quoteString(table)),
            &rows))
        return false;
    *exists = !rows.isEmpty();
    return true;
}

} // namespace cutover
