#pragma once

#include "api/ApiClient.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QStringList>
#include <optional>

// What the headless commands share: the connection options, signing in, printing a reason, and
// running one asynchronous call to completion.
// The one translation context of the command line.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace CliCommon {
void printError(const QString &message);
void printProgress(const QString &line); // stderr, with the local time

// Parses the command's own options plus --help; returns 0 to go on, else the exit code to use.
int parse(QCommandLineParser &parser, const QStringList &arguments);

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

struct Connection
{
    QCommandLineOption server;
    QCommandLineOption user;
    QCommandLineOption domain;
    QCommandLineOption profile;
    QCommandLineOption passwordStdin;
    QCommandLineOption tokenStdin;

    Connection();
    void addTo(QCommandLineParser &parser) const;
    // Signs in as the options say; returns false after printing why.
    bool open(const QCommandLineParser &parser, ApiClient &client) const;
};
}
