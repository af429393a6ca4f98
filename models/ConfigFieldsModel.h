#pragma once

#include "KeyManagementConfig.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QStringList>

// The key management configuration being edited, one row per field: what the server sent, what
// the user typed, which fields are dirty, and what is wrong with each (as the user types, and
// what the server's 400 said). The editor's widgets show it; the configuration service fills it.
// Secrets are never filled from the server: a secret row holds only what the user typed.
class ConfigFieldsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Field {
        AwsAccessKeyId,
        AwsSecretAccessKey,
        AwsKeyArn,
        AwsKeyId,
        AzureBaseUrl,
        AzureKeyName,
        AzureKeyVersion,
        AzurePrincipalId,
        AzurePrincipalSecret,
        FieldCount
    };
    enum Column { LabelColumn, ValueColumn, ProblemColumn, ColumnCount };
    enum Role {
        FieldRole = Qt::UserRole + 1, // the Field
        JsonNameRole,                 // its name on the wire
        SecretRole,
        DirtyRole,
        VisibleRole, // needed by the chosen type
        ProblemRole, // what is wrong, or empty
    };

    struct Change
    {
        QString label;
        QString before;
        QString after;
        bool secret = false;
    };

    explicit ConfigFieldsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void load(const KeyManagementConfig &config); // what the server has; clears edits
    void applyDefaults(const KeyManagementConfig &stub); // edits from the stub, not saved
    void revert();
    bool hasLoaded() const { return m_hasLoaded; }
    const KeyManagementConfig &loaded() const { return m_loaded; }

    KeyManagementKind kind() const { return m_kind; }
    void setKind(KeyManagementKind kind);
    QString kindName(KeyManagementKind kind) const; // the server's name where it gave one

    QString value(Field field) const { return m_values[field]; }
    void setValue(Field field, const QString &value);
    bool isDirty() const;
    bool isDirty(Field field) const;
    bool isVisible(Field field) const;
    QString problem(Field field) const;
    bool isValid() const;
    bool canSave() const { return !m_readOnly && m_hasLoaded && isDirty() && isValid(); }

    // A 400's modelState: shown on the fields it names until they are edited. Returns the
    // messages for fields the editor does not show, for a banner.
    QStringList setServerErrors(const QMap<QString, QStringList> &errors);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    KeyManagementConfigUpdate toUpdate() const;
    QList<Change> changes() const;

    static bool isSecret(Field field);
    static QString label(Field field);
    static QString hint(Field field); // what the field takes, in a sentence
    static QString jsonName(Field field);
    static KeyManagementKind kindOf(Field field);

Q_SIGNALS:
    // Dirty, valid, kind or read-only changed: the editor re-evaluates its buttons.
    void stateChanged();

private:
    QString loadedValue(Field field) const;
    QString validate(Field field) const;
    void touchAll();

    KeyManagementConfig m_loaded;
    bool m_hasLoaded = false;
    KeyManagementKind m_kind = KeyManagementKind::None;
    QString m_values[FieldCount];
    QMap<int, QStringList> m_serverErrors;
    bool m_readOnly = false;
};
