#pragma once

#include "session/SecretStore.h"

namespace km {

// The system keychain through QtKeychain, with the insecure fallback off.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void probe() override;
    bool isProbed() const override { return m_probed; }
    bool isAvailable() const override { return m_available; }
    QString unavailableReason() const override { return m_reason; }

    void store(const QString &key, const QString &secret, std::function<void(bool, const QString &)> done) override;
    void read(const QString &key, std::function<void(std::optional<QString>)> done) override;
    void remove(const QString &key, std::function<void(bool, const QString &)> done = {}) override;

private:
    void settle(bool available, const QString &reason);

    bool m_probed = false;
    bool m_available = false;
    QString m_reason;
};

} // namespace km
