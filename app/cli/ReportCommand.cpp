#include "cli/Cli.h"
#include "cli/CliCommon.h"
#include "services/ComplianceReport.h"
#include "services/ReportPdf.h"
#include "session/Session.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace km {

using namespace CliCommon;

int Cli::report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Writes a compliance report: the server, the key-management configuration (never a secret) and its changes in the "
                    "period, the rotation state, the last completed rotation and the key's age against the policy, and every rotation "
                    "of the period with totals. JSON (stable keys, see the README) or PDF."));
    Connection connection;
    connection.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), CliText::tr("The file to write, or - for JSON on standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("pdf or json; by default from the file's extension."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption since(QStringLiteral("since"), CliText::tr("The first day of the period (UTC); by default 365 days ago."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption maxAge(QStringLiteral("max-age-days"),
                                    CliText::tr("The rotation policy: the key's greatest allowed age in days (default: the profile's, "
                                                "else 365)."),
                                    QStringLiteral("N"));
    const QCommandLineOption progress(QStringLiteral("progress"), CliText::tr("Print progress to stderr even when it is not a terminal."));
    parser.addOptions({out, format, since, maxAge, progress});
    if (const int code = parse(parser, arguments))
        return code < 0 ? exitOk : code;

    // Everything that can be wrong with the request is found before signing in.
    if (!parser.isSet(out) || parser.value(out).isEmpty()) {
        printError(CliText::tr("Give the file to write with --out FILE (or --out - for JSON on standard output)."));
        return exitUsage;
    }
    const QString file = parser.value(out);
    QString kind = parser.value(format).toLower();
    if (kind.isEmpty())
        kind = file == QLatin1String("-") ? QStringLiteral("json") : QFileInfo(file).suffix().toLower();
    if (kind != QLatin1String("pdf") && kind != QLatin1String("json")) {
        printError(CliText::tr("The format is pdf or json: give --format, or a file ending in .pdf or .json."));
        return exitUsage;
    }
    if (kind == QLatin1String("pdf") && file == QLatin1String("-")) {
        printError(CliText::tr("A PDF is written to a file: --out - writes JSON only."));
        return exitUsage;
    }
    QDate sinceDay;
    if (parser.isSet(since)) {
        sinceDay = QDate::fromString(parser.value(since), Qt::ISODate);
        if (!sinceDay.isValid() || parser.value(since).size() != 10) {
            printError(CliText::tr("--since takes a day as YYYY-MM-DD."));
            return exitUsage;
        }
    }
    std::optional<int> policy;
    if (parser.isSet(maxAge)) {
        bool ok = false;
        policy = parser.value(maxAge).toInt(&ok);
        if (!ok || *policy < 1) {
            printError(CliText::tr("--max-age-days takes a number of days, 1 or more."));
            return exitUsage;
        }
    }

    CommandSession command;
    Session &session = *command.session;
    if (const int code = connection.open(parser, session, true)) { // long reads renew by themselves
        if (file != QLatin1String("-"))
            printError(CliText::tr("No file was written."));
        return code;
    }
    ComplianceReportBuilder builder(&session);
    const bool showProgress = parser.isSet(progress) || stderrIsTerminal();
    QString lastStep;
    QObject::connect(&builder, &ComplianceReportBuilder::progress, &builder, [&](const QString &step, qint64, qint64) {
        if (showProgress && step != lastStep)
            printProgress(step + QStringLiteral("…"));
        lastStep = step;
    });
    QEventLoop loop;
    bool ok = false;
    QString error;
    QObject::connect(&builder, &ComplianceReportBuilder::finished, &loop, [&](bool done, const QString &message) {
        ok = done;
        error = message;
        loop.quit();
    });
    builder.build(sinceDay, policy.value_or(session.server()->rotationPolicyDays()));
    if (builder.isRunning())
        loop.exec();
    if (!ok) {
        printError(error);
        if (file != QLatin1String("-"))
            printError(CliText::tr("No file was written."));
        return exitError;
    }
    const ComplianceReport &report = builder.report();
    if (kind == QLatin1String("json")) {
        const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        if (file == QLatin1String("-")) {
            std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
            std::fflush(stdout);
        } else {
            QSaveFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
                printError(CliText::tr("Cannot write %1: %2").arg(file, f.errorString()));
                return exitError;
            }
        }
    } else if (!ReportPdf::write(report, file, &error)) {
        printError(error);
        return exitError;
    }
    if (file != QLatin1String("-"))
        printProgress(CliText::tr("Wrote the report to %1.").arg(file));
    return exitOk;
}

} // namespace km
