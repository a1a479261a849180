// SPDX-License-Identifier: GPL-3.0-or-later
//
// bytesPrepared during `mariadb-backup --prepare` (issue 9): PhysicalPrepareProgress reads
// prepare's own progress lines. The input is what mariadb-backup 10.11.19 printed preparing a
// backup taken under a write load on this machine (multi-batch recovery, 78 MB of redo), cut to the
// lines around its progress, plus a longer run's 15-second reports in the same format.
#include "physicalrestore.h"

#include <QTest>

using namespace cutover;

namespace {
const QByteArray kCheckpoints = "backup_type = full-backuped\nfrom_lsn = 0\nto_lsn = 46526\n"
                                "last_lsn = 81439124\nrecover_binlog_info = 0\n";

const QByteArray kRealPrepare
    = "[00] 2026-11-29 14:47:33 Starting InnoDB instance for recovery.\n"
      "[00] 2026-11-29 14:47:33 mariabackup: Using 67108864 bytes for buffer pool (set by --use-memory "
      "parameter)\n"
      "2026-11-29 14:47:33 0 [Note] InnoDB: Completed initialization of buffer pool\n"
      "2026-11-29 14:47:33 0 [Note] InnoDB: Starting crash recovery from checkpoint LSN=46526\n"
      "2026-11-29 14:47:34 0 [Note] InnoDB: Multi-batch recovery needed at LSN 50940070\n"
      "2026-11-29 14:47:34 0 [Note] InnoDB: End of log at LSN=81439124\n"
      "2026-11-29 14:47:34 0 [Note] InnoDB: To recover: LSN 50940070/81439124; 2976 pages\n"
      "2026-11-29 14:47:34 0 [Note] InnoDB: To recover: 4826 pages\n"
      "[00] 2026-11-29 14:47:34 Last binlog file , position 0\n"
      "2026-11-29 14:47:34 0 [Note] InnoDB: Starting shutdown...\n"
      "[00] 2026-11-29 14:47:34 completed OK!\n";
} // namespace

class TstPrepareProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realOutputMovesAndNeverReachesTheEnd()
    {
        PhysicalPrepareProgress p;
        QVERIFY(p.beginFromCheckpoints(kCheckpoints));
        QCOMPARE(p.fraction(), 0.0);
        // Fed in odd pieces, as a pipe delivers it: a line split in two counts once, when whole.
        double last = 0;
        int moves = 0;
        for (qsizetype i = 0; i < kRealPrepare.size(); i += 37) {
            if (p.feed(kRealPrepare.mid(i, 37)))
                ++moves;
            QVERIFY(p.fraction() >= last);
            last = p.fraction();
        }
        // Read to LSN 50940070 of 81439124 (62 %, half weight), then all read: 50 %.
        QCOMPARE(moves, 2);
        QVERIFY2(p.fraction() >= 0.5 && p.fraction() < 1.0, qPrintable(QString::number(p.fraction())));
        p.finish();
        QCOMPARE(p.fraction(), 1.0);
    }

    void applyingCountsPagesDone()
    {
        PhysicalPrepareProgress p;
        p.begin(1000, 2000);
        QVERIFY(p.feed("InnoDB: Read redo log up to LSN=1500\n"));
        QCOMPARE(p.fraction(), 0.25);
        QVERIFY(p.feed("InnoDB: To recover: 400 pages\n"));
        QCOMPARE(p.fraction(), 0.5);
        QVERIFY(p.feed("InnoDB: To recover: 100 pages\n"));
        QCOMPARE(p.fraction(), 0.875);
        QVERIFY(!p.feed("InnoDB: To recover: 300 pages\n")); // never backwards
        QCOMPARE(p.fraction(), 0.875);
        QVERIFY(p.feed("InnoDB: To recover: 0 pages\n"));
        QCOMPARE(p.fraction(), 0.99); // the end is the process ending well, not a line
    }

    void withoutCheckpointsNothingMoves()
    {
        PhysicalPrepareProgress p;
        QVERIFY(!p.beginFromCheckpoints(QByteArray()));
        QVERIFY(!p.feed(kRealPrepare));
        QCOMPARE(p.fraction(), 0.0);
        QVERIFY(!p.feed(QByteArray(10000, 'x'))); // no newline: dropped, not kept forever
    }
};

QTEST_GUILESS_MAIN(TstPrepareProgress)
#include "tst_prepareprogress.moc"
