#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace km {

// The options of the console's window (kmconsole without a command), in one place for the
// window itself and for --help and --version, which answer without a display.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(main)

public:
    ConsoleOptions();
    void addTo(QCommandLineParser &parser) const;
    static QString description();

    QCommandLineOption server;
    QCommandLineOption user;
    QCommandLineOption domain;
    QCommandLineOption profile;
    QCommandLineOption passwordStdin;
    QCommandLineOption lang;
};

} // namespace km
