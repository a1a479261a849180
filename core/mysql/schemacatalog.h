// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cutover {

class MysqlConnection;

/** @brief One column as the copy needs to know it. */
struct ColumnInfo
{
    QString name;
    QString dataType; ///< information_schema DATA_TYPE, lower case
    bool generated = false; ///< VIRTUAL/STORED generated: never loaded, recomputed by the target
};

/** @brief One base table or sequence of the source. */
struct TableInfo
{
    QString schema;
    QString name;
    bool isSequence = false;
    bool versioned = false; ///< MariaDB system-versioned: history rows are copied too
    QString rowStart; ///< the period columns of a versioned table
    QString rowEnd;
    QString engine;
    QList<ColumnInfo> columns; ///< in table order, invisible ones included
    QString chunkColumn; ///< first primary-key column when it is an integer; empty otherwise
    qint64 estimatedRows = 0;
    qint64 estimatedBytes = 0;
    QByteArray createStatement; ///< SHOW CREATE TABLE / SEQUENCE, utf8
    /** When the load defers secondary indexes: createStatement without them, and the ADD clauses
     *  (one per index, in the original order) that restore them; both empty otherwise. */
    QByteArray createWithoutIndexes;
    QList<QByteArray> deferredIndexes; ///< e.g. "ADD KEY `k_1` (`k`)"
    QStringList deferredIndexNames;

    /** The columns a load writes (generated ones left out, period columns added). */
    QStringList loadColumns() const;
    /** Every column, for checksums. */
    QStringList allColumns() const;
    /** " FOR SYSTEM_TIME ALL" for versioned tables, empty otherwise. */
    QString historyClause() const;
};

/** @brief A view, routine, trigger or event with what is needed to recreate it faithfully. */
struct ObjectInfo
{
    enum class Kind { View, Procedure, Function, Trigger, Event };
    Kind kind = Kind::View;
    QString schema;
    QString name;
    QByteArray createStatement; ///< with DEFINER
    QByteArray sqlMode; ///< the sql_mode it was created under (routines, triggers, events)
    QByteArray characterSetClient;
    QByteArray collationConnection;
    QByteArray timeZone; ///< events only

    QString kindName() const; ///< "view", "procedure" … (also the SHOW CREATE keyword)
};

/**
 * @brief Reads the structure of a server: schemas, tables, objects, and the definitions the
 * verification compares. Stateless; every function works on the connection it is given.
 */
class SchemaCatalog
{
public:
    /** Non-system schemas (not mysql, information_schema, performance_schema, sys), filtered by
     *  @p only when it is not empty. */
    static bool schemas(MysqlConnection &db, const QStringList &only, QStringList *out);
    static bool tables(MysqlConnection &db, const QString &schema, QList<TableInfo> *out);
    /** Views, procedures, functions, triggers (in firing order) and events of @p schema. */
    static bool objects(MysqlConnection &db, const QString &schema, QList<ObjectInfo> *out);
    static bool createDatabaseStatement(MysqlConnection &db, const QString &schema, QByteArray *out);
    /** The definition verification compares: SHOW CREATE … without AUTO_INCREMENT=n. Sets
     *  @p missing when the object does not exist. */
    static bool definition(MysqlConnection &db, const QString &schema, const QString &name,
        const QString &kind, QByteArray *out, bool *missing);
    /** Whether @p schema.@p table exists. */
    static bool tableExists(MysqlConnection &db, const QString &schema, const QString &table, bool *exists);
    static bool isIntegerType(const QString &dataType);
    /** Tables (as "schema\x1ftable") that a foreign key of any schema refers to. */
    static bool referencedTables(MysqlConnection &db, QStringList *out);
    /**
     * Splits a SHOW CREATE TABLE text into the statement without its plain secondary indexes
     * (KEY, UNIQUE KEY) and the "ADD …" clauses that add them back, when that is safe: an InnoDB
     * table with a PRIMARY KEY, no foreign key, not system-versioned, not partitioned. FULLTEXT,
     * SPATIAL and hash-based unique keys stay in the statement. False when nothing is deferred.
     */
    static bool splitSecondaryIndexes(const QByteArray &create, QByteArray *withoutIndexes,
        QList<QByteArray> *addClauses, QStringList *indexNames);
};

} // namespace cutover
