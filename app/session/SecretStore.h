#pragma once

#include <QObject>
#include <functional>
#include <optional>

// Passwords and tokens the user asked to keep, in the system keychain through QtKeychain with the
// insecure fallback off. Where no keychain backend exists, isAvailable() is false with a reason,
// and nothing else breaks.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);

    // Asks the backend once; availabilityKnown() follows (within a few seconds at most).
    void probe();
    bool isProbed() const { return m_probed; }
    bool isAvailable() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

    void store(const QString &key, const QString &secret, std::function<void(bool ok, const QString &error)> done);
    void read(const QString &key, std::function<void(std::optional<QString> secret)> done);
    void remove(const QString &key);

Q_SIGNALS:
    void availabilityKnown(bool available);

private:
    void settle(bool available, const QString &reason);

    bool m_probed = false;
    bool m_available = false;
    QString m_reason;
};
