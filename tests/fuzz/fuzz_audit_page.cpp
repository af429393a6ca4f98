// libFuzzer harness: the same bytes, as a rotation-audit page, through the window's decoder (the
// tree: JsonText + Page<RotationAuditRecord>) and the export's (in place: AuditCsv, and
// AuditPageReader as the rotation history uses it). It aborts when they disagree: one takes the
// page and another refuses it, or they take it with different records or a different envelope.
// Error wording may differ; what is taken or refused, and what is read, may not.
// Built by the `fuzz` preset only; docs/sanitizers.md says how to run it.

#include "models/AuditCsv.h"
#include "models/AuditPageReader.h"
#include "models/CsvWriter.h"
#include "models/JsonText.h"
#include "models/Page.h"
#include "models/RotationAuditRecord.h"

#include <QJsonObject>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace km;

namespace {
const QString path = QStringLiteral("PagingOfMasterEncryptionKeyRotationInfoAuditViewModel");

// The window's records as the export would write them (what the export wrote before its fast path).
QByteArray rowsOf(const QList<RotationAuditRecord> &records)
{
    QByteArray out;
    for (const RotationAuditRecord &r : records)
        out += CsvWriter::row({QString::number(r.auditId), r.dateUtc.toString(Qt::ISODate), QString::number(r.userId), r.userName,
                               r.displayName, r.action, r.currentStatusName, r.notes});
    return out;
}

QByteArray describe(const PageInfo &i)
{
    return QStringLiteral("total=%1 given=%2 skip=%3 take=%4 next=%5 prev=%6 page=%7 pages=%8 batch=%9 ")
               .arg(i.total)
               .arg(i.totalGiven)
               .arg(i.skip)
               .arg(i.take)
               .arg(i.nextSkip)
               .arg(i.prevSkip)
               .arg(i.currentPage)
               .arg(i.pageCount)
               .arg(i.batchCount)
               .toUtf8()
           + QStringLiteral("hasNext=%1 hasPrev=%2 success=%3 severity=%4 sort=%5/%6/%7")
                 .arg(i.hasNext)
                 .arg(i.hasPrev)
                 .arg(i.success)
                 .arg(i.severity, i.sortByName, i.sortByDirection)
                 .arg(i.sortEchoed)
                 .toUtf8();
}

[[noreturn]] void disagree(const char *what, const QByteArray &window, const QByteArray &exported)
{
    std::fprintf(stderr, "The decoders disagree (%s).\n  window: %s\n  export: %s\n", what, window.constData(), exported.constData());
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));

    // The window: the reply's text as a tree, then the page.
    Page<RotationAuditRecord> tree;
    QString treeError;
    QJsonValue json;
    bool treeOk = JsonText::parse(text, json, &treeError);
    if (treeOk && !json.isObject()) {
        treeOk = false;
        treeError = QStringLiteral("Expected a JSON object.");
    }
    if (treeOk)
        treeOk = Page<RotationAuditRecord>::decode(json.toObject(), tree, treeError, path);

    // The export: straight to CSV rows.
    AuditCsv::Page csv;
    QString csvError;
    const bool csvOk = AuditCsv::decodePage(text, csv, csvError, path);

    // The rotation history: the reader's own view of each record.
    PageInfo info;
    QString readerError;
    QList<qint64> rotationIds;
    const bool readerOk = AuditPageReader::read(text, info, readerError, path, [&](const AuditRecordView &r, QString *, QString *) {
        rotationIds << (r.hasRotationId ? r.rotationId : 0);
        return true;
    });

    if (treeOk != csvOk)
        disagree("taken by one, refused by the other", treeOk ? QByteArray("taken") : treeError.toUtf8(),
                 csvOk ? QByteArray("taken") : csvError.toUtf8());
    if (!treeOk) {
        // The reader checks no date, which only the CSV writer parses; otherwise it refuses what the others refuse.
        if (readerOk && !csvError.contains(QLatin1String(".date")))
            disagree("the page reader took what both refused", treeError.toUtf8(), csvError.toUtf8());
        return 0;
    }
    if (!readerOk)
        disagree("the page reader refused what both took", "taken", readerError.toUtf8());

    const QByteArray windowRows = rowsOf(tree.records);
    if (windowRows != csv.rows)
        disagree("different records", windowRows.toPercentEncoding(" ,:"), csv.rows.toPercentEncoding(" ,:"));
    QList<qint64> treeRotationIds;
    for (const RotationAuditRecord &r : tree.records)
        treeRotationIds << r.rotationInfoId;
    if (treeRotationIds != rotationIds)
        disagree("different rotation ids", QByteArray::number(treeRotationIds.size()), QByteArray::number(rotationIds.size()));
    if (describe(tree.info) != describe(csv.info) || describe(tree.info) != describe(info))
        disagree("different envelopes", describe(tree.info), describe(csv.info) + " / " + describe(info));
    if (tree.info.totalContradiction(tree.records.size()) != csv.info.totalContradiction(csv.ids.size()))
        disagree("different judgements of the total", tree.info.totalContradiction(tree.records.size()).toUtf8(),
                 csv.info.totalContradiction(csv.ids.size()).toUtf8());
    return 0;
}
