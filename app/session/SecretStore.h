#pragma once

#include <QObject>
#include <functional>
#include <optional>

namespace km {

// Where the passwords, tokens and client secrets the user asked to keep go: the system keychain
// (KeychainSecretStore), or, in tests, a double that keeps them in memory. Where no keychain
// exists, isAvailable() is false with a reason, and nothing else breaks.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Asks the backend once; availabilityKnown() follows (within a few seconds at most).
    virtual void probe() = 0;
    virtual bool isProbed() const = 0;
    virtual bool isAvailable() const = 0;
    virtual QString unavailableReason() const = 0;

    virtual void store(const QString &key, const QString &secret, std::function<void(bool ok, const QString &error)> done) = 0;
    virtual void read(const QString &key, std::function<void(std::optional<QString> secret)> done) = 0;
    // done(ok, error): ok also when there was no such entry (or no keychain to hold one).
    virtual void remove(const QString &key, std::function<void(bool ok, const QString &error)> done = {}) = 0;

Q_SIGNALS:
    void availabilityKnown(bool available);
};

} // namespace km
