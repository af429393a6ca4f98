#include "cli/Cli.h"
#include "cli/CliCommon.h"

#include "services/AuditExporter.h"
#include "services/AuditPager.h"
#include "session/ServerVersionProbe.h"
#include "session/Session.h"

#include "models/AuditExportState.h"
#include "models/AuditField.h"
#include "models/AuditFormat.h"
#include "models/ConfigAuditModel.h"
#include "models/CsvWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#ifdef Q_OS_WIN
#include <windows.h>
#include <psapi.h>
#endif

namespace km {

using namespace CliCommon;

namespace {
// --sort takes the CSV's column names or the API's sort names (the field table's).
QString apiSortName(const QString &column)
{
    const std::optional<AuditField::Id> field = AuditField::byName(column);
    return field ? QString(AuditField::spec(*field).sortName) : QString();
}

// Standard output, flushed and closed: only then has everything reached it (--state advances only
// after that).
bool closeStdout(QFile &stdoutFile)
{
    bool ok = stdoutFile.flush();
    stdoutFile.close();
    ok = std::fflush(stdout) == 0 && ok;
    ok = !std::ferror(stdout) && ok;
    return std::fclose(stdout) == 0 && ok;
}

// The state file of an incremental export: read when it exists. Returns exitOk, or the exit code
// after printing why.
int readState(const QString &fileName, std::optional<AuditExportState> *state)
{
    QFile file(fileName);
    if (!file.exists())
        return exitOk;
    if (!file.open(QIODevice::ReadOnly)) {
        printError(CliText::tr("Cannot read the state file %1: %2").arg(fileName, file.errorString()));
        return exitUsage;
    }
    AuditExportState s;
    QString error;
    if (!AuditExportState::fromJson(file.read(64LL * 1024), &s, &error)) {
        printError(CliText::tr("The state file %1 cannot be used: %2.").arg(fileName, error));
        return exitUsage;
    }
    *state = s;
    return exitOk;
}

// Written as the export's file is: to a temporary file renamed into place when whole.
bool writeState(const QString &fileName, const AuditExportState &state, QString *error)
{
    QSaveFile file(fileName);
    const QByteArray json = state.toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// `audit export --configuration`: the configuration audit (11.7 and later), oldest first so that
// changes made meanwhile come after the end and nothing is written twice; exact to the total it
// reported at the start. The pages are walked by the AuditPager.
int exportConfigurationAudit(Session &session, QIODevice *device, AuditFormat::Format format, bool byteOrderMark, const QString &search,
                             int pageSize, int attempts, QString *message, qint64 *written)
{
    ServerVersionProbe *probe = session.server()->version();
    if (!probe->isKnown()) {
        QEventLoop loop;
        probe->whenKnown(&loop, [&loop] { loop.quit(); });
        if (!probe->isKnown())
            loop.exec();
    }
    const QString missing = CliText::tr("This server keeps no configuration audit (Secret Server 11.7 and later do).");
    if (!probe->mayAskConfigAudit()) {
        *message = missing;
        return exitError;
    }
    QByteArray out;
    if (byteOrderMark && format == AuditFormat::Csv)
        out += CsvWriter::byteOrderMark();
    if (format == AuditFormat::Csv)
        out += AuditFormat::configCsvHeader();
    qint64 expected = -1;
    *written = 0;
    bool writeFailed = false;
    AuditPager pager;
    QEventLoop loop;
    bool ok = false;
    QString reason;
    ApiError error;
    QObject::connect(&pager, &AuditPager::finished, &loop, [&](bool done, const ApiError &e, const QString &why) {
        ok = done && !writeFailed;
        error = e;
        reason = writeFailed ? CliText::tr("Writing failed: %1").arg(device->errorString()) : why;
        loop.quit();
    });
    const QString dateSort = ConfigAuditModel::sortName(ConfigAuditModel::DateColumn);
    AuditPager::Options paging;
    paging.pageSize = pageSize;
    paging.attempts = attempts;
    pager.setClock(session.client()->clock());
    pager.start(paging, [&](qint64 skip, int take, QObject *context, const AuditPager::Reply &reply) {
        ConfigAuditQuery q;
        q.searchText = search;
        q.skip = skip;
        q.take = take;
        q.sort = {dateSort, false};
        return session.client()->getConfigAudit(q, context, [&, reply](const ApiResult<Page<ConfigAuditRecord>> &r) {
            if (!r.ok())
                return reply({{}, r.error});
            if (expected < 0)
                expected = r.value.info.total;
            qint64 kept = 0;
            for (const ConfigAuditRecord &c : r.value.records) {
                if (*written + kept >= expected)
                    break; // recorded after the export began
                const QDateTime d = c.dateRecordedUtc.toUTC();
                AuditFormat::appendConfigRecord(out, format, c.action, d.isValid() ? d.toString(Qt::ISODate) : QString(),
                                                d.isValid() ? d.toMSecsSinceEpoch() : 0, c.displayName, c.notes);
                ++kept;
            }
            if (device->write(out) != out.size())
                writeFailed = true;
            out.clear();
            *written += kept;
            reply({{r.value.info, r.value.records.size(), writeFailed || *written >= expected}, {}});
        });
    });
    if (pager.isRunning())
        loop.exec();
    if (!ok && error.kind() == ApiError::NotFound) {
        *message = missing;
        return exitError;
    }
    if (!ok) {
        *message = CliText::tr("The configuration audit could not be read: %1").arg(reason);
        return exitError;
    }
    if (*written < expected) {
        *message = CliText::tr("The export stopped: the server reported %1 matching records when the export began, but its "
                               "pages held %2 of them.")
                       .arg(expected)
                       .arg(*written);
        return exitError;
    }
    return exitOk;
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
    parser.setApplicationDescription(
        CliText::tr("Exports every rotation-audit record that matches the filters, in the chosen sort, to RFC 4180 CSV "
                    "(AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes), JSON Lines or CEF. Cells that a spreadsheet would "
                    "run as a formula get a leading apostrophe. The file appears only when the export is complete. With --after-id or "
                    "--state only records newer than the last exported are written, newest first; with --configuration the "
                    "configuration audit is exported instead."));
    Connection connection;
    connection.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), CliText::tr("The file to write, or - for standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliText::tr("csv, jsonl or cef; by default from the file's extension, else csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption action(QStringLiteral("action"), CliText::tr("Only records with this action."), QStringLiteral("ACTION"));
    const QCommandLineOption userId(QStringLiteral("user-id"), CliText::tr("Only records of this user id."), QStringLiteral("N"));
    const QCommandLineOption search(QStringLiteral("search"), CliText::tr("Only records whose user, action or notes contain TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption date(QStringLiteral("date"), CliText::tr("Only records of this day (UTC)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("Only records from this day on (UTC), with --to: the days are exported one by one."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), CliText::tr("Only records up to this day (UTC), with --from."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption sort(QStringLiteral("sort"), CliText::tr("Sort by this column (default: Date, newest first)."),
                                  QStringLiteral("COLUMN"));
    const QCommandLineOption desc(QStringLiteral("desc"), CliText::tr("Sort descending."));
    const QCommandLineOption bom(QStringLiteral("bom"), CliText::tr("Start the file with a UTF-8 byte order mark, for Excel (CSV only)."));
    const QCommandLineOption afterId(QStringLiteral("after-id"), CliText::tr("Only records with an audit id above N (newest first)."),
                                     QStringLiteral("N"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   CliText::tr("Keep the last exported id and the filters in FILE, and go on from them next time."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption configuration(QStringLiteral("configuration"),
                                           CliText::tr("Export the configuration audit (Secret Server 11.7 and later) instead."));
    const QCommandLineOption progress(QStringLiteral("progress"), CliText::tr("Print progress to stderr even when it is not a terminal."));
    QCommandLineOption pageSize(QStringLiteral("page-size"), CliText::tr("Records per request (at most 1000)."), QStringLiteral("N"),
                                QStringLiteral("1000"));
    QCommandLineOption reportMemory(QStringLiteral("report-peak-memory"), CliText::tr("Print the peak memory use to stderr at the end."));
    reportMemory.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption attempts(QStringLiteral("attempts"), CliText::tr("Attempts per request for transient failures."),
                                QStringLiteral("N"), QStringLiteral("4"));
    attempts.setFlags(QCommandLineOption::HiddenFromHelp); // for tests: a failing server stops the export at once
    parser.addOptions({out, format, action, userId, search, date, from, to, sort, desc, bom, afterId, state, configuration, progress,
                       pageSize, reportMemory, attempts});
    if (const int code = parse(parser, arguments))
        return code < 0 ? 0 : code;

    AuditExporter::Options options;
    if (!parser.isSet(out)) {
        printError(CliText::tr("Give the file to write with --out FILE (or --out - for standard output)."));
        return 2;
    }
    const QString outFile = parser.value(out);
    const bool toStdout = outFile == QLatin1String("-");
    if (parser.isSet(format)) {
        const std::optional<AuditFormat::Format> f = AuditFormat::byName(parser.value(format));
        if (!f) {
            printError(CliText::tr("--format takes csv, jsonl or cef."));
            return exitUsage;
        }
        options.format = *f;
    } else if (!toStdout) {
        options.format = AuditFormat::byFileName(outFile).value_or(AuditFormat::Csv);
    }
    if (parser.isSet(bom) && options.format != AuditFormat::Csv) {
        printError(CliText::tr("--bom is for CSV only."));
        return exitUsage;
    }
    const bool incremental = parser.isSet(afterId) || parser.isSet(state);
    if (incremental && (parser.isSet(sort) || parser.isSet(desc) || parser.isSet(from) || parser.isSet(to))) {
        printError(CliText::tr("--after-id and --state export newest first by audit id: not with --sort, --desc, --from or --to."));
        return exitUsage;
    }
    const bool configAudit = parser.isSet(configuration);
    if (configAudit
        && (incremental || parser.isSet(action) || parser.isSet(userId) || parser.isSet(date) || parser.isSet(from) || parser.isSet(sort)
            || parser.isSet(desc))) {
        printError(CliText::tr("--configuration takes only --search: the configuration audit has no ids, users, actions or "
                               "day filter to ask for."));
        return exitUsage;
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
    options.query.sort = {AuditField::spec(AuditField::Date).sortName, true};
    if (parser.isSet(sort)) {
        const QString name = apiSortName(parser.value(sort));
        if (name.isEmpty()) {
            printError(CliText::tr("--sort takes one of %1.").arg(AuditField::csvColumnNames().join(QStringLiteral(", "))));
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
    options.attempts = std::max(1, parser.value(attempts).toInt());

    // The filters the records follow on from: kept in the state file, the same next time or refused.
    QMap<QString, QString> filters;
    if (!options.query.action.isEmpty())
        filters.insert(QStringLiteral("action"), options.query.action);
    if (options.query.userId)
        filters.insert(QStringLiteral("user-id"), QString::number(*options.query.userId));
    if (!options.query.searchTerm.isEmpty())
        filters.insert(QStringLiteral("search"), options.query.searchTerm);
    if (options.query.date.isValid())
        filters.insert(QStringLiteral("date"), options.query.date.toString(Qt::ISODate));
    std::optional<AuditExportState> saved;
    if (parser.isSet(afterId)) {
        bool ok = false;
        const qint64 id = parser.value(afterId).toLongLong(&ok);
        if (!ok || id < 0) {
            printError(CliText::tr("--after-id takes a whole number from 0."));
            return exitUsage;
        }
        options.afterId = id;
    }
    if (parser.isSet(state)) {
        if (const int code = readState(parser.value(state), &saved))
            return code;
        if (saved && parser.isSet(afterId)) {
            printError(CliText::tr("The state file %1 says where to go on from: give --after-id only to start a new one.")
                           .arg(parser.value(state)));
            return exitUsage;
        }
    }

    CommandSession command;
    if (const int code = connection.open(parser, *command.session, true)) { // long reads renew by themselves
        if (!toStdout)
            printError(CliText::tr("No file was written."));
        return code;
    }
    filters.insert(QStringLiteral("server"), command.session->client()->baseUrl().toString());
    if (saved) {
        const QStringList differ = AuditExportState::differences(saved->filters, filters);
        if (!differ.isEmpty()) {
            printError(CliText::tr("The state file %1 was made with other filters (%2): give the same ones, or another state file.")
                           .arg(parser.value(state), differ.join(QStringLiteral(", "))));
            return exitUsage;
        }
        if (saved->lastId >= 0)
            options.afterId = saved->lastId;
        options.resumeDateMs = saved->lastDateMs;
        options.resumeIdsAtDate = saved->idsAtLastDate;
    }

    QFile stdoutFile;
    if (toStdout && !stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        printError(CliText::tr("Cannot write to standard output."));
        return 1;
    }
    if (configAudit) {
        QSaveFile file(outFile);
        if (!toStdout && !file.open(QIODevice::WriteOnly)) {
            printError(CliText::tr("Cannot write %1: %2").arg(outFile, file.errorString()));
            return exitError;
        }
        QString message;
        qint64 written = 0;
        const int code = exportConfigurationAudit(*command.session, toStdout ? static_cast<QIODevice *>(&stdoutFile) : &file,
                                                  options.format, options.byteOrderMark, options.query.searchTerm, options.pageSize,
                                                  options.attempts, &message, &written);
        const bool committed = code == exitOk && (toStdout ? closeStdout(stdoutFile) : file.commit());
        if (code != exitOk || !committed) {
            printError(code != exitOk ? message : CliText::tr("The file could not be saved: %1").arg(file.errorString()));
            if (!toStdout)
                printError(CliText::tr("No file was written."));
            return exitError;
        }
        if (parser.isSet(progress) || stderrIsTerminal())
            printProgress(CliText::tr("Exported %n record(s).", nullptr, int(std::min<qint64>(written, INT_MAX))));
        return exitOk;
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
    if (toStdout) {
        exporter.exportToDevice(&stdoutFile, options);
    } else if (!exporter.exportToFile(outFile, options)) {
        printError(message.isEmpty() ? CliText::tr("Cannot write %1.").arg(outFile) : message);
        return 1;
    }
    // Ctrl+C in cmd.exe or PowerShell: the export stops and removes its temporary file.
    const auto interruptGuard = onInterrupt(&exporter, [&exporter] { exporter.cancel(); });
    if (exporter.isRunning())
        loop.exec();
    // To standard output the state advances only once everything was flushed and closed without
    // error (at least once); to a file the file is in place already (exactly once, docs/operations.md).
    if (toStdout && !closeStdout(stdoutFile) && ok) {
        ok = false;
        message = CliText::tr("Writing to standard output failed.");
    }
    if (parser.isSet(reportMemory))
        std::fprintf(stderr, "peak-resident-kb: %lld\n", peakResidentKb());
    if (!ok) {
        printError(message);
        if (parser.isSet(state))
            printError(CliText::tr("The state file was left as it was: the next run exports the same records again."));
        return exitError;
    }
    if (!exporter.notice().isEmpty())
        printWarning(exporter.notice());
    if (parser.isSet(state)) {
        AuditExportState next;
        next.filters = filters;
        next.lastId = exporter.lastId();
        next.lastDateMs = exporter.lastDateMs();
        next.idsAtLastDate = exporter.idsAtLastDate();
        QString error;
        if (!writeState(parser.value(state), next, &error)) {
            printError(CliText::tr("The records were written, but the state file %1 could not be saved (%2): the next run "
                                   "exports them again.")
                           .arg(parser.value(state), error));
            return exitError;
        }
    }
    if (showProgress)
        printProgress(message);
    return exitOk;
}

} // namespace km
