#pragma once

#include "api/ApiClient.h"
#include "session/Session.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace km {

class Settings;

// The one translation context of the command line.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// What the headless commands share: the connection options, signing in through Session,
// reading secrets from standard input, printing a reason, and running one asynchronous call to
// completion. Everything a server sent is printed through SafeText: no escape sequence, control
// character or bidi override of a server's reaches the terminal, and a message stays one line.
namespace CliCommon {
// Exit codes shared by every command.
constexpr int exitOk = 0;
constexpr int exitError = 1;
constexpr int exitUsage = 2;

void printError(const QString &message); // "kmconsole: …" on stderr, one line
// Whether the --confirm-host the administrator typed names the session's server (case aside); when
// not, says so on stderr ("nothing was sent"). Every write command asks it before sending.
bool hostConfirmed(const QString &typed, const QString &host);
void printWarning(const QString &message); // "kmconsole: warning: …"
void printProgress(const QString &line);   // stderr, with the local time
// A value a server sent, for stdout: one line, nothing a terminal would act on.
QString safe(const QString &serverText);

// Whether standard error is a terminal (a console window on Windows): progress lines go there
// by themselves only then.
bool stderrIsTerminal();
// Until the returned guard goes, Ctrl+C (and Ctrl+Break, a closed console) calls onInterrupt once
// on the main thread instead of ending the process, so that an export can stop cleanly: no
// temporary file left, no partial file named as the finished one. On Windows through
// SetConsoleCtrlHandler; elsewhere it changes nothing (SIGINT ends the command as before).
std::shared_ptr<void> onInterrupt(QObject *context, const std::function<void()> &onInterrupt);

// After the server refused a key-management write: when a secret-key rotation is running, says
// so with its progress (SecretKeyMonitor::explainRefusal); otherwise prints nothing more.
void printRefusalExplained(Session &session, const ApiError &refusal);
// The same when the console itself refused before sending (the state said no).
void printSecretKeyRotationIfRunning(Session &session);

// --lang CODE, for every command (Connection::addTo adds it too).
QCommandLineOption languageOption();

// Parses the command's own options plus --help; returns 0 to go on, -1 after printing help,
// else the exit code to use. At most maxPositional words may follow the options.
int parse(QCommandLineParser &parser, const QStringList &arguments, int maxPositional = 0);

template<class T, class Start>
ApiResult<T> wait(Start start)
{
    std::optional<ApiResult<T>> out;
    QEventLoop loop;
    start([&](const ApiResult<T> &r) {
        out = r;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

// The lines of standard input, read once, in order: the password (or token, or platform
// secret) first, then what a command reads after it (config set's secret).
class StdinLines
{
public:
    static QString next(); // empty at the end
};

struct Connection
{
    QCommandLineOption server;
    QCommandLineOption user;
    QCommandLineOption domain;
    QCommandLineOption profile;
    QCommandLineOption passwordStdin;
    QCommandLineOption tokenStdin;
    QCommandLineOption otp;
    QCommandLineOption platformUrl;
    QCommandLineOption platformClientId;
    QCommandLineOption platformSecretStdin;
    QCommandLineOption vault;
    QCommandLineOption caFile;
    QCommandLineOption proxy;

    Connection();
    void addTo(QCommandLineParser &parser) const;
    // Signs in as the options say. Returns exitOk, or the exit code to use after printing why.
    // keepSignedIn: the credentials stay in memory so that a long read (--wait, an export, a report)
    // can sign in again by itself once, when the session ends under it (never with a one-time code).
    int open(const QCommandLineParser &parser, Session &session, bool keepSignedIn = false) const;
};

// The settings, the (unused) keychain and a session, for one command.
struct CommandSession
{
    CommandSession();
    ~CommandSession();
    std::unique_ptr<Settings> settings;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<Session> session;
};
} // namespace CliCommon

} // namespace km
