#pragma once

#include "models/KeyManagementKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace km {

// The key-management type ids one server uses. The ids are published nowhere, so the console
// never makes one up: it learns each id, with the name the server gave it, from the server's own
// replies (GET, stub, PUT), or takes one the administrator typed for a type the server has not
// shown yet. Names are matched loosely to a kind; a name that fits no kind stays as written.
// The set never holds two ids for one kind nor one id for two kinds: a reply that contradicts
// what is remembered (another kind for a known id, another id for a known kind) drops everything
// remembered, since a server that moved its ids (or another server behind the same address) makes
// every other remembered id suspect too.
class KeyManagementTypes
{
    Q_DECLARE_TR_FUNCTIONS(KeyManagementTypes)

public:
    enum Source { FromServer, FromAdministrator };

    struct Type
    {
        int id = 0;
        QString name; // as the server wrote it; empty when only the administrator gave the id
        KeyManagementKind kind = KeyManagementKind::Other;
        Source source = FromServer;
    };

    // "None", "AWS KMS", "Amazon KMS", "Azure Key Vault", "Azure Managed HSM", ...
    static KeyManagementKind kindOfName(const QString &name);
    // The console's own word for a kind, when the server has not named it.
    static QString defaultName(KeyManagementKind kind);

    enum class Learned { Nothing, New, Contradicted };
    // Learned::New when this taught something new (a new id, or a new name for one);
    // Contradicted when it dropped everything remembered before learning it.
    Learned learn(int id, const QString &name);
    // Why the administrator's id for a kind cannot be taken, or empty when it can: an id the
    // server has shown for another type, or savedId (the type the server has now) when switching
    // away from it. The same words in the window and on the command line.
    QString whyRefused(KeyManagementKind kind, int id, std::optional<int> savedId = std::nullopt,
                       KeyManagementKind savedKind = KeyManagementKind::Other) const;
    // Takes the administrator's id unless whyRefused() says no; returns the refusal, or empty.
    QString setFromAdministrator(KeyManagementKind kind, int id);
    int size() const { return int(m_types.size()); }

    // The id to send for a kind: the one the server showed most recently, else the administrator's.
    std::optional<int> idOf(KeyManagementKind kind) const;
    bool isConfirmed(KeyManagementKind kind) const; // shown by the server, not only typed in
    // The kind of a reply's type: by its name first, then by an id learned earlier.
    KeyManagementKind kindOf(int id, const QString &name) const;
    // One name per kind everywhere: the server's where it gave one.
    QString nameOf(KeyManagementKind kind) const;
    QList<Type> types() const { return m_types; }
    bool isEmpty() const { return m_types.isEmpty(); }

    // For the settings file: "id|source|name" per type.
    QStringList toStrings() const;
    static KeyManagementTypes fromStrings(const QStringList &lines);

private:
    QList<Type> m_types; // most recently learned last
};

} // namespace km
