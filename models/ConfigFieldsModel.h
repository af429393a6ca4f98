#pragma once

#include <QSet>

#include "models/ConfigField.h"
#include "models/KeyManagementConfig.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QStringList>

namespace km {

// The key management configuration being edited, one row per field of ConfigField's table: what
// the server reported, what the administrator typed, what is wrong with each field (as typed,
// and what the server's 400 said). The editor's form is bound to it; the configuration service
// fills it. Secrets and fields the server does not report start empty and must be typed for a
// save, because a save replaces the whole configuration.
class ConfigFieldsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, ValueColumn, ProblemColumn, ColumnCount };
    enum Role {
        FieldRole = Qt::UserRole + 1, // the ConfigField::Id
        JsonNameRole,
        SecretRole,
        DirtyRole,
        VisibleRole,  // needed by the chosen type
        ProblemRole,  // what is wrong, or empty
        ReportedRole, // the server reported this field's value
    };

    explicit ConfigFieldsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the server has (its type resolved to a kind by the caller); clears edits.
    void load(const KeyManagementConfig &config, KeyManagementKind kind);
    // Edits from the server's defaults for a new configuration, not saved.
    void applyDefaults(const KeyManagementConfig &stub, KeyManagementKind stubKind);
    // Drops the edits: QAbstractItemModel::revert(), "discard cached information".
    void revert() override;
    bool hasLoaded() const { return m_hasLoaded; }
    const KeyManagementConfig &loaded() const { return m_loaded; }
    KeyManagementKind loadedKind() const { return m_loadedKind; }

    KeyManagementKind kind() const { return m_kind; }
    void setKind(KeyManagementKind kind);

    QString value(ConfigField::Id field) const { return m_values[field]; }
    const ConfigField::Values &values() const { return m_values; }
    void setValue(ConfigField::Id field, const QString &value);
    bool isDirty() const;
    bool isDirty(ConfigField::Id field) const;
    bool isVisible(ConfigField::Id field) const;
    bool isReported(ConfigField::Id field) const; // the loaded configuration carried its value
    // Fields of the chosen type the server did not report (so they start empty), secrets aside.
    QList<ConfigField::Id> unreportedFields() const;
    // What is wrong with a field: said once it has been typed in, or once a save was attempted
    // (revealProblems); before that, what it needs is need(), a neutral hint.
    QString problem(ConfigField::Id field) const;
    QString need(ConfigField::Id field) const; // what a save will need of it and problem() does not say yet
    void revealProblems();                     // a save was attempted: every problem is said
    bool isValid() const;                      // every field of the chosen type is acceptable

    // A 400's modelState: shown on the fields it names until they are edited. Returns the
    // messages for fields the editor does not show, for a banner.
    QStringList setServerErrors(const QMap<QString, QStringList> &errors);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    // Dirty, valid, kind, loaded or read-only changed: the editor re-evaluates its buttons.
    void stateChanged();

private:
    QString loadedValue(ConfigField::Id field) const;
    QString validate(ConfigField::Id field) const;
    void emitRows(const QList<ConfigField::Id> &fields, const QList<int> &roles = {});
    void emitAll();

    KeyManagementConfig m_loaded;
    KeyManagementKind m_loadedKind = KeyManagementKind::None;
    bool m_hasLoaded = false;
    KeyManagementKind m_kind = KeyManagementKind::None;
    ConfigField::Values m_values;
    QMap<int, QStringList> m_serverErrors;
    QSet<int> m_typed; // fields typed in since the last load
    bool m_revealAll = false;
    bool m_readOnly = false;
};

} // namespace km
