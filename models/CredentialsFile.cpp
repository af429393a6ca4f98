#include "models/CredentialsFile.h"

namespace km {

bool CredentialsFile::parse(const QByteArray &bytes, QHash<QString, QString> *secrets, QString *problem)
{
    secrets->clear();
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        const QString name = tab > 0 ? QString::fromUtf8(line.left(tab)).trimmed() : QString();
        const QString secret = tab > 0 ? QString::fromUtf8(line.mid(tab + 1)) : QString();
        if (name.isEmpty() || secret.isEmpty()) {
            *problem = tr("Line %1 of the credentials file is not PROFILE, a tab and the secret.").arg(n + 1);
            secrets->clear();
            return false;
        }
        if (secrets->contains(name)) {
            *problem = tr("The credentials file names the profile \"%1\" twice (line %2).").arg(name, QString::number(n + 1));
            secrets->clear();
            return false;
        }
        secrets->insert(name, secret);
    }
    return true;
}

QString CredentialsFile::permissionProblem(QFileDevice::Permissions p, const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (p & others)
#ifdef Q_OS_WIN
        return tr("The credentials file %1 may be read or changed by other accounts; make it readable by its owner only "
                  "(icacls FILE /inheritance:r /grant:r %USERNAME%:F). Nothing was sent.")
            .arg(path);
#else
        return tr("The credentials file %1 may be read or changed by other accounts; make it readable by its owner only "
                  "(chmod 600). Nothing was sent.")
            .arg(path);
#endif
    if (!(p & QFileDevice::ReadOwner))
        return tr("The credentials file %1 cannot be read by its owner.").arg(path);
    return QString();
}

} // namespace km
