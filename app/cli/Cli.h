#pragma once

#include <QStringList>

namespace km {

// The console's work without a window, for scripts and schedulers:
//   kmconsole config show [--json]
//   kmconsole config set --type none|aws|azure [fields] [--secret-stdin] --confirm-host HOST [--dry-run]
//   kmconsole config forget-types --server URL | --profile NAME | --all
//   kmconsole rotation status [--json] [--wait]
//   kmconsole rotation preflight [--json] [--accept-warning NAME]... [--max-backup-age-hours N]
//   kmconsole rotation start --confirm-backup --confirm-host HOST [--wait] [--accept-warning NAME]... [--skip-check NAME]...
//   kmconsole rotation retry --confirm-host HOST [--wait]
//   kmconsole secret-keys status [--json]
//   kmconsole secret-keys rotate|cancel --confirm-host HOST [--wait]
//   kmconsole audit export --out FILE [filters] [--sort COLUMN] [--desc] [--bom]
//   kmconsole check [--max-age-days N] [--warn-age-days N] [--format nagios|prometheus|json] [--out FILE]
//                   [--all-profiles] [--credentials FILE]   (exit codes of a monitoring plugin: 0 1 2 3)
//   kmconsole report --out FILE [--format pdf|json] [--since YYYY-MM-DD] [--max-age-days N]
//   kmconsole profile list
//   kmconsole profile remove NAME
// each with the connection options (CliCommon::Connection): a server and --password-stdin or
// --token-stdin, or a Delinea Platform tenant and --platform-secret-stdin. Results on stdout,
// progress and a one-line reason on stderr. One exit-code table for every command (README):
// 0 done; 1 an error (refused, unreachable, gave up after --give-up-after, sign-in failed);
// 2 wrong usage found before anything was sent, or with --wait a failed rotation; 3 the state
// could not be determined, nothing started; 4 rotation status --max-age-days: overdue. The one
// exception is check, a monitoring plugin: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage too).
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
int rotationPreflight(const QStringList &arguments);
int rotationStart(const QStringList &arguments);
int rotationRetry(const QStringList &arguments);
int secretKeysStatus(const QStringList &arguments);
int secretKeysRotate(const QStringList &arguments);
int secretKeysCancel(const QStringList &arguments);
int auditExport(const QStringList &arguments);
int check(const QStringList &arguments);
int report(const QStringList &arguments);
int profileList(const QStringList &arguments);
int profileRemove(const QStringList &arguments);
} // namespace Cli

} // namespace km
