#include "cli/Cli.h"
#include "cli/CliCommon.h"
#include "usecases/ConfigurationReading.h"
#include "usecases/SavePlan.h"

#include "models/ConfigField.h"
#include "models/KeyManagementTypes.h"
#include "api/ServerUrl.h"
#include "session/Settings.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace km {

using namespace CliCommon;

namespace {
// The configuration as the server reported it: never a secret; fields of the type the server
// does not report are said to be so.
QJsonObject toJson(const KeyManagementConfig &c, KeyManagementKind kind, const QString &server)
{
    QJsonObject o = c.publicJson(kind);
    o.insert(QStringLiteral("server"), server);
    return o;
}

// The server's version (GET /v1/version), asked once for this session.
const ServerVersionProbe &serverVersion(Session &session)
{
    ServerVersionProbe *probe = session.server()->version();
    if (!probe->isKnown()) {
        QEventLoop loop;
        probe->whenKnown(&loop, [&loop] { loop.quit(); });
        if (!probe->isKnown())
            loop.exec();
    }
    return *probe;
}

void printText(QTextStream &out, const KeyManagementConfig &c, KeyManagementKind kind, const QString &typeName, const QString &server,
               const QString &version)
{
    out << CliText::tr("Server:    %1").arg(server) << '\n';
    out << CliText::tr("Version:   %1").arg(version) << '\n';
    out << CliText::tr("Type:      %1 (id %2)").arg(safe(typeName)).arg(c.typeId) << '\n';
    if (kind == KeyManagementKind::None) {
        out << CliText::tr("External key management is off.") << '\n';
        return;
    }
    if (kind == KeyManagementKind::Other) {
        out << CliText::tr("This console does not know the fields of this type.") << '\n';
        return;
    }
    for (ConfigField::Id id : ConfigField::of(kind)) {
        const ConfigField::Spec &spec = ConfigField::spec(id);
        QString value;
        if (spec.secret)
            value = CliText::tr("(never shown)");
        else if (!c.reports(id))
            value = CliText::tr("(not reported by the server)");
        else if (c.value(id).isEmpty() && spec.emptyMeansSomething)
            value = CliText::tr("(latest)");
        else
            value = safe(c.value(id));
        out << QStringLiteral("%1 %2").arg(CliText::tr("%1:").arg(spec.label()), -20).arg(value) << '\n';
    }
}

struct ConfigReply
{
    KeyManagementConfig config;
    KeyManagementKind kind = KeyManagementKind::Other;
};

void warnIfContradicted(const ConfigurationReading &reading)
{
    if (reading.contradicted)
        printWarning(CliText::tr("the server's reply contradicted the type ids remembered for this address; all of them were forgotten "
                                 "and are learned again from the server."));
}

// GET the configuration and learn the server's type ids from it.
std::optional<ConfigReply> readConfig(Session &session)
{
    const auto r = wait<KeyManagementConfig>([&](auto done) { return session.client()->getConfig(nullptr, done); });
    if (!r.ok()) {
        printError(r.error.message());
        return std::nullopt;
    }
    const ConfigurationReading reading = ConfigurationReading::learn(session, r.value);
    warnIfContradicted(reading);
    return ConfigReply{reading.config, reading.kind};
}
} // namespace

int Cli::configShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Prints the key management configuration. Secrets are never printed; fields "
                                                 "the server does not report (the Azure Key Vault settings) are said to be so."));
    Connection connection;
    connection.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON instead of text."));
    parser.addOption(json);
    if (const int code = parse(parser, arguments))
        return code < 0 ? exitOk : code;
    CommandSession command;
    Session &session = *command.session;
    if (const int code = connection.open(parser, session))
        return code;
    const auto reply = readConfig(session);
    if (!reply)
        return exitError;
    QTextStream out(stdout);
    const QString server = session.client()->baseUrl().toDisplayString();
    const ServerVersionProbe &version = serverVersion(session);
    if (parser.isSet(json)) {
        QJsonObject o = toJson(reply->config, reply->kind, server);
        o.insert(QStringLiteral("serverVersion"),
                 version.version().text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(version.version().text));
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        printText(out, reply->config, reply->kind,
                  reply->config.typeName.isEmpty() ? session.server()->types().nameOf(reply->kind) : reply->config.typeName, server,
                  version.displayText());
    }
    return exitOk;
}

int Cli::configSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Saves a whole key management configuration. A save replaces the whole configuration and the server never returns "
                    "secrets, so every field of the type and its secret are needed (--secret-stdin: the line after the password). The "
                    "server then re-encrypts its secret keys in maintenance mode. Exit 0 saved; 1 refused by the server, a type id not "
                    "known, or a different type saved; 2 wrong usage (nothing sent)."));
    Connection connection;
    connection.addTo(parser);
    const QCommandLineOption type(QStringLiteral("type"), CliText::tr("The type: none, aws or azure."), QStringLiteral("TYPE"));
    const QCommandLineOption typeId(QStringLiteral("type-id"),
                                    CliText::tr("The server's numeric id of that type, needed only while the server has not shown it."),
                                    QStringLiteral("N"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"),
                                         CliText::tr("Read the type's secret (AWS secret access key, Azure principal secret) from "
                                                     "the line of standard input after the password, token or platform secret."));
    const QCommandLineOption confirmHost(QStringLiteral("confirm-host"), CliText::tr("The server's host name, typed again to confirm."),
                                         QStringLiteral("HOST"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliText::tr("Print the change and send nothing."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the server's reply as JSON."));
    parser.addOptions({type, typeId, secretStdin, confirmHost, dryRun, json});
    QList<QPair<ConfigField::Id, QCommandLineOption>> fieldOptions;
    for (const ConfigField::Spec &spec : ConfigField::all()) {
        if (spec.secret)
            continue;
        fieldOptions.append(
            {spec.id, QCommandLineOption(spec.key, CliText::tr("%1: %2").arg(spec.label(), spec.hint()), QStringLiteral("VALUE"))});
        parser.addOption(fieldOptions.last().second);
    }
    if (const int code = parse(parser, arguments))
        return code < 0 ? exitOk : code;

    // Everything that can be wrong with the request is found before anything is sent.
    const auto kind = kindOfKey(parser.value(type));
    if (!kind) {
        printError(CliText::tr("Give the type with --type none, --type aws or --type azure."));
        return exitUsage;
    }
    std::optional<int> givenId;
    if (parser.isSet(typeId)) {
        bool ok = false;
        givenId = parser.value(typeId).toInt(&ok);
        if (!ok || *givenId < 0) {
            printError(CliText::tr("--type-id takes a whole number, 0 or more."));
            return exitUsage;
        }
    }
    if (!parser.isSet(confirmHost)) {
        printError(CliText::tr("Saving a configuration needs --confirm-host HOST: the server re-encrypts its secret keys afterwards."));
        return exitUsage;
    }
    ConfigField::Values values;
    QStringList problems;
    for (const auto &[id, option] : std::as_const(fieldOptions)) {
        const ConfigField::Spec &spec = ConfigField::spec(id);
        if (spec.kind != *kind) {
            if (parser.isSet(option))
                problems << CliText::tr("--%1 does not belong to the type %2.").arg(spec.key, kindKey(*kind));
            continue;
        }
        values[id] = parser.value(option).trimmed();
        if (!parser.isSet(option) && !spec.emptyMeansSomething) {
            problems << CliText::tr("--%1 is needed: a save replaces the whole configuration.").arg(spec.key);
            continue;
        }
    }
    const QList<ConfigField::Id> fields = ConfigField::of(*kind);
    const bool needsSecret = std::any_of(fields.begin(), fields.end(), [](ConfigField::Id id) { return ConfigField::spec(id).secret; });
    if (needsSecret && !parser.isSet(secretStdin))
        problems << CliText::tr("--secret-stdin is needed: the server never returns the stored secret, and a save replaces it.");
    if (!needsSecret && parser.isSet(secretStdin))
        problems << CliText::tr("--secret-stdin does not belong to the type %1.").arg(kindKey(*kind));
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            printError(p);
        return exitUsage;
    }

    CommandSession command;
    Session &session = *command.session;
    if (const int code = connection.open(parser, session))
        return code;
    QString secret = needsSecret ? StdinLines::next() : QString();
    for (ConfigField::Id id : fields) {
        if (ConfigField::spec(id).secret)
            values[id] = secret;
    }
    secret.fill(QLatin1Char('0'));
    for (ConfigField::Id id : fields) {
        const ConfigField::Spec &spec = ConfigField::spec(id);
        const QString problem = spec.check(values[id], values);
        if (!problem.isEmpty())
            problems << CliText::tr("%1: %2").arg(spec.secret ? QStringLiteral("--secret-stdin") : QStringLiteral("--") + spec.key,
                                                  problem);
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            printError(p);
        return exitUsage;
    }

    const QString host = session.host();
    if (!hostConfirmed(parser.value(confirmHost), host))
        return exitError;
    const auto current = readConfig(session);
    if (!current)
        return exitError;
    const KeyManagementTypes types = session.server()->types();
    // The window's plan and rules: never an id the server has shown for another type, nor the saved
    // type's id when switching away from it; every field of the type; the same preview.
    const SavePlan plan = SavePlan::make(types, current->config, current->kind, *kind, values, givenId);
    switch (plan.refusal) {
    case SavePlan::Refusal::None: break;
    case SavePlan::Refusal::TypeIdRefused: printError(CliText::tr("%1 Nothing was sent.").arg(plan.whyNot)); return exitError;
    case SavePlan::Refusal::TypeIdUnknown:
        printError(CliText::tr("%1 Nothing was sent. Give it with --type-id N, or set the type once in the web UI so that the console "
                               "learns it.")
                       .arg(plan.whyNot));
        return exitError;
    case SavePlan::Refusal::NotWhole: printError(CliText::tr("%1 Nothing was sent.").arg(plan.whyNot)); return exitUsage;
    }

    // The change, on stderr: the type, every field sent, never a secret's value.
    printProgress(CliText::tr("Change on %1:").arg(host));
    for (const QString &line : plan.previewLines())
        printProgress(QStringLiteral("  ") + line);
    if (parser.isSet(dryRun)) {
        printProgress(CliText::tr("Dry run: nothing was sent."));
        return exitOk;
    }
    const auto saved = wait<KeyManagementConfig>([&](auto done) { return session.client()->updateConfig(*plan.update, nullptr, done); });
    if (!saved.ok()) {
        printError(CliText::tr("The server refused the configuration: %1").arg(saved.error.message()));
        const auto fieldErrors = saved.error.fieldErrors();
        for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it)
            printError(CliText::tr("%1: %2").arg(it.key(), it.value().join(QLatin1Char(' '))));
        printRefusalExplained(session, saved.error);
        return exitError;
    }
    const ConfigurationReading after = ConfigurationReading::learn(session, saved.value);
    warnIfContradicted(after);
    const KeyManagementKind got = after.kind;
    if (parser.isSet(json))
        QTextStream(stdout)
            << QJsonDocument(toJson(saved.value, got, session.client()->baseUrl().toDisplayString())).toJson(QJsonDocument::Indented);
    const SaveOutcome outcome = plan.outcome(saved.value, got);
    if (!outcome.typeAsAsked) {
        printError(outcome.mismatchText());
        return exitError;
    }
    printProgress(CliText::tr("Saved. The server now re-encrypts its secret keys in maintenance mode and refuses other changes until "
                              "that finishes."));
    return exitOk;
}

int Cli::configForgetTypes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Forgets the key management type ids the console remembers for a server (learned from its replies or given with "
                    "--type-id), without signing in or contacting it. Use it when another server answers at an address, or a server "
                    "changed its ids. Exit 0 done; 2 wrong usage."));
    const QCommandLineOption server(QStringLiteral("server"), CliText::tr("The server's address."), QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), CliText::tr("The saved profile whose server to forget."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption all(QStringLiteral("all"), CliText::tr("Every server."));
    parser.addOptions({server, profile, all, languageOption()});
    if (const int code = parse(parser, arguments))
        return code < 0 ? exitOk : code;
    const int given = int(parser.isSet(server)) + int(parser.isSet(profile)) + int(parser.isSet(all));
    if (given != 1) {
        printError(CliText::tr("Give exactly one of --server URL, --profile NAME or --all."));
        return exitUsage;
    }
    Settings settings;
    int dropped = 0;
    QString where;
    if (parser.isSet(all)) {
        dropped = settings.forgetAllTypes();
        where = CliText::tr("every server");
    } else {
        QString address = parser.value(server);
        if (parser.isSet(profile)) {
            const auto p = settings.profile(parser.value(profile));
            if (!p) {
                printError(CliText::tr("There is no profile named \"%1\".").arg(parser.value(profile)));
                return exitUsage;
            }
            address = p->server;
        }
        QString error;
        const QUrl base = ServerUrl::normalise(address, &error);
        if (!base.isValid()) {
            printError(error);
            return exitUsage;
        }
        dropped = settings.forgetTypes(base);
        where = base.toDisplayString();
    }
    settings.sync();
    QTextStream(stdout) << CliText::tr("Forgot %n type id(s) remembered for %1.", nullptr, dropped).arg(where) << '\n';
    return exitOk;
}

} // namespace km
