#include "KeyManagementTypes.h"

KeyManagementKind KeyManagementTypes::kindOfName(const QString &name)
{
    const QString n = name.simplified().toLower();
    if (n.isEmpty())
        return KeyManagementKind::Other;
    if (n == QLatin1String("none") || n == QLatin1String("disabled") || n == QLatin1String("off")
        || n == QLatin1String("local") || n == QLatin1String("no key management"))
        return KeyManagementKind::None;
    // Azure first: "Azure Key Vault" must not read as AWS through "key".
    if (n.contains(QLatin1String("azure")) || n.contains(QLatin1String("key vault")) || n.contains(QLatin1String("keyvault"))
        || n.contains(QLatin1String("managed hsm")) || n.contains(QLatin1String("managedhsm")))
        return KeyManagementKind::AzureKeyVault;
    if (n.contains(QLatin1String("aws")) || n.contains(QLatin1String("amazon")) || n.contains(QLatin1String("kms")))
        return KeyManagementKind::AwsKms;
    return KeyManagementKind::Other;
}

QString KeyManagementTypes::defaultName(KeyManagementKind kind)
{
    switch (kind) {
    case KeyManagementKind::None: return tr("None");
    case KeyManagementKind::AwsKms: return tr("AWS KMS");
    case KeyManagementKind::AzureKeyVault: return tr("Azure Key Vault");
    case KeyManagementKind::Other: break;
    }
    return tr("Unknown type");
}

bool KeyManagementTypes::learn(int id, const QString &name)
{
    const QString trimmed = name.trimmed();
    KeyManagementKind kind = kindOfName(trimmed);
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        Type &t = m_types[i];
        if (t.id != id)
            continue;
        if (trimmed.isEmpty())
            return false; // an unnamed reply confirms nothing new about this id
        const bool changed = t.name != trimmed || t.source != FromServer;
        t.name = trimmed;
        t.kind = kind;
        t.source = FromServer;
        m_types.move(i, m_types.size() - 1);
        return changed;
    }
    if (trimmed.isEmpty())
        kind = KeyManagementKind::Other; // an id without a name says nothing about its kind
    // A kind the server now names under another id replaces the administrator's guess for it.
    m_types.removeIf([&](const Type &t) { return t.source == FromAdministrator && t.kind == kind; });
    m_types.append({id, trimmed, kind, FromServer});
    return true;
}

void KeyManagementTypes::setFromAdministrator(KeyManagementKind kind, int id)
{
    m_types.removeIf([&](const Type &t) { return t.source == FromAdministrator && t.kind == kind; });
    m_types.append({id, QString(), kind, FromAdministrator});
}

std::optional<int> KeyManagementTypes::idOf(KeyManagementKind kind) const
{
    if (kind == KeyManagementKind::Other)
        return std::nullopt;
    for (auto source : {FromServer, FromAdministrator}) {
        for (auto it = m_types.crbegin(); it != m_types.crend(); ++it) {
            if (it->kind == kind && it->source == source)
                return it->id;
        }
    }
    return std::nullopt;
}

bool KeyManagementTypes::isConfirmed(KeyManagementKind kind) const
{
    return std::any_of(m_types.cbegin(), m_types.cend(),
                       [&](const Type &t) { return t.kind == kind && t.source == FromServer; });
}

KeyManagementKind KeyManagementTypes::kindOf(int id, const QString &name) const
{
    const KeyManagementKind byName = kindOfName(name);
    if (byName != KeyManagementKind::Other || !name.trimmed().isEmpty())
        return byName;
    for (auto it = m_types.crbegin(); it != m_types.crend(); ++it) {
        if (it->id == id && it->source == FromServer && !it->name.isEmpty())
            return it->kind;
    }
    return KeyManagementKind::Other;
}

QString KeyManagementTypes::nameOf(KeyManagementKind kind) const
{
    for (auto it = m_types.crbegin(); it != m_types.crend(); ++it) {
        if (it->kind == kind && it->source == FromServer && !it->name.isEmpty())
            return it->name;
    }
    return defaultName(kind);
}

namespace {
// The kinds an administrator can give an id for, as stored in the settings file.
const QLatin1String kindKeys[] = {QLatin1String("none"), QLatin1String("aws"), QLatin1String("azure")};
} // namespace

QStringList KeyManagementTypes::toStrings() const
{
    QStringList lines;
    for (const Type &t : m_types) {
        const QString source = t.source == FromServer ? QStringLiteral("server")
                                                      : QStringLiteral("admin-") + kindKeys[std::min(int(t.kind), 2)];
        lines << QStringLiteral("%1|%2|%3").arg(t.id).arg(source, t.name);
    }
    return lines;
}

KeyManagementTypes KeyManagementTypes::fromStrings(const QStringList &lines)
{
    KeyManagementTypes types;
    for (const QString &line : lines) {
        bool ok = false;
        const int id = line.section(QLatin1Char('|'), 0, 0).toInt(&ok);
        const QString source = line.section(QLatin1Char('|'), 1, 1);
        const QString name = line.section(QLatin1Char('|'), 2);
        if (!ok)
            continue;
        if (source == QLatin1String("server"))
            types.m_types.append({id, name, name.isEmpty() ? KeyManagementKind::Other : kindOfName(name), FromServer});
        for (int k = 0; k < 3; ++k) {
            if (source == QLatin1String("admin-") + kindKeys[k])
                types.m_types.append({id, QString(), KeyManagementKind(k), FromAdministrator});
        }
    }
    return types;
}
