#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QHash>
#include <QString>

namespace km {

// The file that gives `kmconsole check --all-profiles` (and `--profile NAME --credentials FILE`)
// the secrets of profiles with none in the keychain: one "PROFILE<TAB>SECRET" a line (UTF-8;
// blank lines and lines starting with "#" are skipped; a CR before the LF is dropped). The secret
// is the profile's password, token or platform client secret, as its sign-in method says. A line
// is never quoted back in a message: it holds a secret.
class CredentialsFile
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsFile)

public:
    // false with *problem (naming the line, never its text) when a line is not PROFILE<TAB>SECRET,
    // or a profile is named twice.
    static bool parse(const QByteArray &bytes, QHash<QString, QString> *secrets, QString *problem);
    // Empty when only the owner may read and write the file; else why it is refused. The Unix
    // permission bits (on Windows Qt reports no ACL here, and the command does not check: docs).
    static QString permissionProblem(QFileDevice::Permissions permissions, const QString &path);
};

} // namespace km
