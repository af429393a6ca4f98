#include "cli/Cli.h"
#include "cli/CliCommon.h"

#include "services/AuditExporter.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#ifdef Q_OS_WIN
#include <windows.h>
#include <psapi.h>
#endif

using namespace CliCommon;

namespace {
// --sort takes the CSV's column names or the API's sort names.
QString apiSortName(const QString &column)
{
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("AuditId"), QStringLiteral("masterEncryptionKeyRotationInfoAuditId")},
        {QStringLiteral("RotationId"), QStringLiteral("masterEncryptionKeyRotationInfoId")},
        {QStringLiteral("Date"), QStringLiteral("date")},
        {QStringLiteral("UserId"), QStringLiteral("userId")},
        {QStringLiteral("UserName"), QStringLiteral("userName")},
        {QStringLiteral("DisplayName"), QStringLiteral("displayName")},
        {QStringLiteral("Action"), QStringLiteral("action")},
        {QStringLiteral("Status"), QStringLiteral("currentStatus")},
        {QStringLiteral("Notes"), QStringLiteral("notes")},
    };
    for (const auto &[csv, api] : names) {
        if (column.compare(csv, Qt::CaseInsensitive) == 0 || column.compare(api, Qt::CaseInsensitive) == 0)
            return api;
    }
    return QString();
}

// Peak resident memory of this process, for measuring that exports stay flat.
qint64 peakResidentKb()
{
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters = {};
    if (!::GetProcessMemoryInfo(::GetCurrentProcess(), &counters, sizeof counters))
        return -1;
    return qint64(counters.PeakWorkingSetSize / 1024);
#endif
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

int Cli::auditExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Exports every rotation-audit record that matches the filters, in the chosen sort, to RFC 4180 CSV "
        "(AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes). Cells that a spreadsheet would run as a "
        "formula get a leading apostrophe. The file appears only when the export is complete."));
    Connection connection;
    connection.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), CliText::tr("The CSV file to write, or - for standard output."), QStringLiteral("FILE"));
    const QCommandLineOption action(QStringLiteral("action"), CliText::tr("Only records with this action."), QStringLiteral("ACTION"));
    const QCommandLineOption userId(QStringLiteral("user-id"), CliText::tr("Only records of this user id."), QStringLiteral("N"));
    const QCommandLineOption search(QStringLiteral("search"), CliText::tr("Only records whose user, action or notes contain TEXT."), QStringLiteral("TEXT"));
    const QCommandLineOption date(QStringLiteral("date"), CliText::tr("Only records of this day (UTC)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption from(QStringLiteral("from"), CliText::tr("Only records from this day on (UTC), with --to: the days are exported one by one."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), CliText::tr("Only records up to this day (UTC), with --from."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption sort(QStringLiteral("sort"), CliText::tr("Sort by this column (default: Date, newest first)."), QStringLiteral("COLUMN"));
    const QCommandLineOption desc(QStringLiteral("desc"), CliText::tr("Sort descending."));
    const QCommandLineOption bom(QStringLiteral("bom"), CliText::tr("Start the file with a UTF-8 byte order mark, for Excel."));
    const QCommandLineOption progress(QStringLiteral("progress"), CliText::tr("Print progress to stderr even when it is not a terminal."));
    QCommandLineOption pageSize(QStringLiteral("page-size"), CliText::tr("Records per request (at most 1000)."), QStringLiteral("N"), QStringLiteral("1000"));
    QCommandLineOption reportMemory(QStringLiteral("report-peak-memory"), CliText::tr("Print the peak memory use to stderr at the end."));
    reportMemory.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({out, action, userId, search, date, from, to, sort, desc, bom, progress, pageSize, reportMemory});
    if (const int code = parse(parser, arguments))
        return code < 0 ? 0 : code;

    AuditExporter::Options options;
    if (!parser.isSet(out)) {
        printError(CliText::tr("Give the file to write with --out FILE (or --out - for standard output)."));
        return 2;
    }
    options.query.action = parser.value(action);
    options.query.searchTerm = parser.value(search);
    if (parser.isSet(userId)) {
        bool ok = false;
        const int id = parser.value(userId).toInt(&ok);
        if (!ok) {
            printError(CliText::tr("--user-id takes a whole number."));
            return 2;
        }
        options.query.userId = id;
    }
    auto day = [&](const QCommandLineOption &option, QDate &value) {
        value = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!value.isValid())
            printError(CliText::tr("--%1 takes a date as YYYY-MM-DD.").arg(option.names().constFirst()));
        return value.isValid();
    };
    if (parser.isSet(date) && !day(date, options.query.date))
        return exitUsage;
    if (parser.isSet(from) != parser.isSet(to) || (parser.isSet(from) && parser.isSet(date))) {
        printError(CliText::tr("--from and --to go together, and not with --date."));
        return exitUsage;
    }
    if (parser.isSet(from) && (!day(from, options.fromDay) || !day(to, options.toDay)))
        return exitUsage;
    if (options.fromDay.isValid() && options.fromDay.daysTo(options.toDay) >= AuditExporter::maxDays) {
        printError(CliText::tr("--from and --to span more than %n day(s).", nullptr, AuditExporter::maxDays));
        return exitUsage;
    }
    options.query.sort = {QStringLiteral("date"), true};
    if (parser.isSet(sort)) {
        const QString name = apiSortName(parser.value(sort));
        if (name.isEmpty()) {
            printError(CliText::tr("--sort takes one of AuditId, RotationId, Date, UserId, UserName, DisplayName, Action, Status, Notes."));
            return 2;
        }
        options.query.sort = {name, parser.isSet(desc)};
    } else if (parser.isSet(desc)) {
        options.query.sort.descending = true;
    }
    options.byteOrderMark = parser.isSet(bom);
    options.pageSize = parser.value(pageSize).toInt();
    if (options.pageSize < 1 || options.pageSize > 1000) {
        printError(CliText::tr("--page-size takes a number from 1 to 1000."));
        return 2;
    }

    CommandSession command;
    if (const int code = connection.open(parser, *command.session, true)) { // long reads renew by themselves
        if (parser.value(out) != QLatin1String("-"))
            printError(CliText::tr("No file was written."));
        return code;
    }

    AuditExporter exporter(command.session->client());
    const bool showProgress = parser.isSet(progress) || stderrIsTerminal();
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&exporter, &AuditExporter::progress, &exporter, [&](qint64 written, qint64 expected) {
        if (showProgress && sinceLine.elapsed() >= 2000) {
            printProgress(CliText::tr("Exported %1 of %2 records.").arg(written).arg(expected));
            sinceLine.restart();
        }
    });
    QEventLoop loop;
    bool ok = false;
    QString message;
    QObject::connect(&exporter, &AuditExporter::finished, &loop, [&](AuditExporter::Outcome outcome, const QString &text) {
        ok = outcome == AuditExporter::Completed;
        message = text;
        loop.quit();
    });
    QFile stdoutFile;
    if (parser.value(out) == QLatin1String("-")) {
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            printError(CliText::tr("Cannot write to standard output."));
            return 1;
        }
        exporter.exportToDevice(&stdoutFile, options);
    } else if (!exporter.exportToFile(parser.value(out), options)) {
        printError(message.isEmpty() ? CliText::tr("Cannot write %1.").arg(parser.value(out)) : message);
        return 1;
    }
    // Ctrl+C in cmd.exe or PowerShell: the export stops and removes its temporary file.
    const auto interruptGuard = onInterrupt(&exporter, [&exporter] { exporter.cancel(); });
    if (exporter.isRunning())
        loop.exec();
    stdoutFile.close();
    if (parser.isSet(reportMemory))
        std::fprintf(stderr, "peak-resident-kb: %lld\n", peakResidentKb());
    if (!ok) {
        printError(message);
        return exitError;
    }
    if (!exporter.notice().isEmpty())
        printWarning(exporter.notice());
    if (showProgress)
        printProgress(message);
    return exitOk;
}
