#include "models/KeyManagementTypes.h"

#include <algorithm>

namespace km {

KeyManagementKind KeyManagementTypes::kindOfName(const QString &name)
{
    const QString n = name.simplified().toLower();
    if (n.isEmpty())
        return KeyManagementKind::Other;
    if (n == QLatin1String("none") || n == QLatin1String("disabled") || n == QLatin1String("off") || n == QLatin1String("local")
        || n == QLatin1String("no key management"))
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

KeyManagementTypes::Learned KeyManagementTypes::learn(int id, const QString &name)
{
    const QString trimmed = name.trimmed();
    const KeyManagementKind kind = kindOfName(trimmed);
    if (trimmed.isEmpty()) {
        // An id without a name says nothing about its kind, so it contradicts nothing either.
        if (std::any_of(m_types.cbegin(), m_types.cend(), [&](const Type &t) { return t.id == id; }))
            return Learned::Nothing;
        m_types.append({id, QString(), KeyManagementKind::Other, FromServer});
        return Learned::New;
    }
    const bool contradicts = std::any_of(m_types.cbegin(), m_types.cend(), [&](const Type &t) {
        const bool knownKind = t.source == FromAdministrator || !t.name.isEmpty();
        if (t.id == id)
            return knownKind && (t.kind != kind || (kind == KeyManagementKind::Other && t.name != trimmed));
        return kind != KeyManagementKind::Other && t.kind == kind;
    });
    if (contradicts) {
        m_types.clear();
        m_types.append({id, trimmed, kind, FromServer});
        return Learned::Contradicted;
    }
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        Type &t = m_types[i];
        if (t.id != id)
            continue;
        const bool changed = t.name != trimmed || t.source != FromServer || t.kind != kind;
        t.name = trimmed;
        t.kind = kind;
        t.source = FromServer;
        m_types.move(i, m_types.size() - 1);
        return changed ? Learned::New : Learned::Nothing;
    }
    m_types.append({id, trimmed, kind, FromServer});
    return Learned::New;
}

QString KeyManagementTypes::whyRefused(KeyManagementKind kind, int id, std::optional<int> savedId, KeyManagementKind savedKind) const
{
    if (kind == KeyManagementKind::Other)
        return tr("The console cannot save a type it does not know.");
    if (id < 0)
        return tr("A type id is a whole number, 0 or more.");
    if (savedId && *savedId == id && savedKind != kind)
        return tr("The server uses id %1 for the type it has now (%2), not for %3.")
            .arg(id)
            .arg(savedKind == KeyManagementKind::Other ? tr("type %1").arg(id) : nameOf(savedKind), nameOf(kind));
    for (const Type &t : m_types) {
        if (t.source != FromServer)
            continue;
        if (t.id == id && t.kind != kind)
            return tr("The server has shown id %1 for %2, not for %3.")
                .arg(id)
                .arg(t.name.isEmpty() ? tr("another type") : t.name, nameOf(kind));
        if (t.id != id && t.kind == kind)
            return tr("The server has shown id %1 for %2, not %3.").arg(t.id).arg(nameOf(kind)).arg(id);
    }
    return QString();
}

QString KeyManagementTypes::setFromAdministrator(KeyManagementKind kind, int id)
{
    QString refused = whyRefused(kind, id);
    if (!refused.isEmpty())
        return refused;
    // An id the administrator gave for another kind before gives way, so no id stands for two kinds.
    m_types.removeIf([&](const Type &t) { return t.source == FromAdministrator && (t.kind == kind || t.id == id); });
    m_types.append({id, QString(), kind, FromAdministrator});
    return QString();
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
    return std::any_of(m_types.cbegin(), m_types.cend(), [&](const Type &t) { return t.kind == kind && t.source == FromServer; });
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
        const QString source =
            t.source == FromServer ? QStringLiteral("server") : QStringLiteral("admin-") + kindKeys[std::min(int(t.kind), 2)];
        lines << QStringLiteral("%1|%2|%3").arg(t.id).arg(source, t.name);
    }
    return lines;
}

KeyManagementTypes KeyManagementTypes::fromStrings(const QStringList &lines)
{
    // Rebuilt through the same rules as the replies, in the order learned: a stored set that breaks
    // them (written by an older console) is dropped rather than trusted.
    KeyManagementTypes types;
    for (const QString &line : lines) {
        bool ok = false;
        const int id = line.section(QLatin1Char('|'), 0, 0).toInt(&ok);
        const QString source = line.section(QLatin1Char('|'), 1, 1);
        const QString name = line.section(QLatin1Char('|'), 2);
        if (!ok)
            continue;
        if (source == QLatin1String("server") && types.learn(id, name) == Learned::Contradicted)
            return {};
        for (int k = 0; k < 3; ++k) {
            if (source == QLatin1String("admin-") + kindKeys[k] && !types.setFromAdministrator(KeyManagementKind(k), id).isEmpty())
                return {};
        }
    }
    return types;
}

} // namespace km
