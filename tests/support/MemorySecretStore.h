#pragma once

#include "session/SecretStore.h"

#include <QHash>

namespace km {

// A keychain for tests: available (or not, on request), keeping secrets in memory, so the
// "remember in the keychain" paths are tested without a desktop keychain.
class MemorySecretStore final : public SecretStore
{
public:
    explicit MemorySecretStore(bool available = true) : m_available(available) {}
    void probe() override { Q_EMIT availabilityKnown(m_available); }
    bool isProbed() const override { return true; }
    bool isAvailable() const override { return m_available; }
    QString unavailableReason() const override { return m_available ? QString() : QStringLiteral("No keychain in this test."); }
    void store(const QString &key, const QString &secret, std::function<void(bool, const QString &)> done) override
    {
        if (m_available)
            m_secrets.insert(key, secret);
        if (done)
            done(m_available, QString());
    }
    void read(const QString &key, std::function<void(std::optional<QString>)> done) override
    {
        if (done)
            done(m_secrets.contains(key) ? std::optional<QString>(m_secrets.value(key)) : std::nullopt);
    }
    void remove(const QString &key, std::function<void(bool, const QString &)> done = {}) override
    {
        m_secrets.remove(key);
        if (done)
            done(true, QString());
    }
    QHash<QString, QString> secrets() const { return m_secrets; }

private:
    bool m_available;
    QHash<QString, QString> m_secrets;
};

} // namespace km
