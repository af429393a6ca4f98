#include "sandbox/SecretDigest.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>

namespace km {

namespace {
const QLatin1String prefix("sha256:");

QString hashWithSalt(const QByteArray &salt, const QString &secret)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(secret.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

QString SecretDigest::of(const QString &secret)
{
    if (secret.isEmpty())
        return QString();
    QByteArray salt(16, Qt::Uninitialized);
    for (char &b : salt)
        b = char(QRandomGenerator::system()->bounded(256));
    return prefix + QString::fromLatin1(salt.toHex()) + QLatin1Char(':') + hashWithSalt(salt, secret);
}

bool SecretDigest::matches(const QString &digest, const QString &secret)
{
    if (!isDigest(digest))
        return false;
    const QStringList parts = digest.mid(prefix.size()).split(QLatin1Char(':'));
    return parts.size() == 2 && hashWithSalt(QByteArray::fromHex(parts.at(0).toLatin1()), secret) == parts.at(1);
}

bool SecretDigest::isDigest(const QString &stored)
{
    return stored.startsWith(prefix);
}

} // namespace km
