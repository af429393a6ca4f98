#pragma once

#include <QStringList>

// The console's work without a window, for scripts and schedulers:
//   kmconsole config show [--json]
//   kmconsole config set --type none|aws|azure [fields] [--secret-stdin] --confirm-host HOST [--dry-run]
//   kmconsole config forget-types --server URL | --profile NAME | --all
//   kmconsole rotation status [--json] [--wait]
//   kmconsole rotation start --confirm-backup --confirm-host HOST [--wait]
//   kmconsole rotation retry --confirm-host HOST [--wait]
//   kmconsole audit export --out FILE [filters] [--sort COLUMN] [--desc] [--bom]
//   kmconsole report --out FILE [--format pdf|json] [--since YYYY-MM-DD] [--max-age-days N]
//   kmconsole profile list
//   kmconsole profile remove NAME
// each with the connection options (CliCommon::Connection): a server and --password-stdin or
// --token-stdin, or a Delinea Platform tenant and --platform-secret-stdin. Results on stdout,
// progress and a one-line reason on stderr; exit 0 on success, 1 on an error, 2 on wrong usage
// (and, when following a rotation, 2 when it failed; rotation status --max-age-days: 4 when the
// key is older, or its age unknown).
// The window's options (ConsoleOptions, --lang) and Qt's (-platform, -style, ...) may stand
// anywhere: once they and their values are set aside, any word that remains is a command
// ("kmconsole --lang de config show" is "kmconsole config show --lang de"), and a word that is no
// command is exit 2 with the list of commands, never a window. The commands are one table in Cli.cpp.
namespace Cli {
bool isCommand(int argc, char *argv[]); // a word remains: run() answers, no window
int run(int argc, char *argv[]);
QString commandNames(); // "config show, config set, ..."

// kmconsole --help / --version, answered without a display.
int printConsoleHelpOrVersion(int argc, char *argv[]);

int configShow(const QStringList &arguments);
int configSet(const QStringList &arguments);
int configForgetTypes(const QStringList &arguments);
int rotationStatus(const QStringList &arguments);
int rotationStart(const QStringList &arguments);
int rotationRetry(const QStringList &arguments);
int auditExport(const QStringList &arguments);
int report(const QStringList &arguments);
int profileList(const QStringList &arguments);
int profileRemove(const QStringList &arguments);
}
