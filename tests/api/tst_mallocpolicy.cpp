#include "api/http/mallocpolicy.h"

#include <QTest>

#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace wsc;

/**
 * MallocPolicy against glibc's own counters: once set, a large block freed does not raise the
 * threshold, so a later block of a page's size is still mapped on its own (and unmapped on free).
 */
class TstMallocPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void largeBlocksStayMapped_data();
    void largeBlocksStayMapped();
};

void TstMallocPolicy::initTestCase()
{
#if !defined(__GLIBC__)
    QSKIP("glibc only");
#else
    QVERIFY(MallocPolicy::returnLargeBlocksToSystem());
#endif
}

void TstMallocPolicy::largeBlocksStayMapped_data()
{
    QTest::addColumn<qsizetype>("freedFirst");
    QTest::addColumn<qsizetype>("size");
    // Without the policy, freeing the first block raises the threshold above the second.
    QTest::newRow("a page's body after a table's array")
            << qsizetype(8 << 20) << qsizetype(1 << 20);
    QTest::newRow("at the threshold")
            << qsizetype(4 << 20) << qsizetype(MallocPolicy::LargeBlockBytes);
    QTest::newRow("a JSON array after a body") << qsizetype(2 << 20) << qsizetype(600 << 10);
}

void TstMallocPolicy::largeBlocksStayMapped()
{
#if defined(__GLIBC__)
    QFETCH(qsizetype, freedFirst);
    QFETCH(qsizetype, size);
    std::free(std::malloc(size_t(freedFirst)));
    const size_t mappedBefore = mallinfo2().hblks;
    void *block = std::malloc(size_t(size));
    QVERIFY(block);
    const size_t mappedWith = mallinfo2().hblks;
    std::free(block);
    QCOMPARE(mappedWith, mappedBefore + 1);
    QCOMPARE(mallinfo2().hblks, mappedBefore);
#endif
}

QTEST_APPLESS_MAIN(TstMallocPolicy)
#include "tst_mallocpolicy.moc"
