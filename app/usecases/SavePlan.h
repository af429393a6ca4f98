#pragma once

#include "models/ConfigField.h"
#include "models/KeyManagementConfig.h"
#include "models/KeyManagementKind.h"
#include "models/KeyManagementTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace km {

struct SaveOutcome;

// Planning a configuration save: the one place that decides the type id to send and where it came
// from, whether the save may go, what the preview says (every field of the type, never a secret's
// value), and, once the server has answered, whether it saved the type asked for. The
// Configuration page and "config set" both render it, in the same words.
class SavePlan
{
    Q_DECLARE_TR_FUNCTIONS(SavePlan)

public:
    enum class Refusal {
        None,
        TypeIdRefused, // an id the server showed for another type, or the saved type's when switching
        TypeIdUnknown, // the server has not shown this type's id and nobody gave one
        NotWhole,      // a field of the type is missing (KeyManagementConfigUpdate::make)
    };
    struct Line
    {
        ConfigField::Id field = ConfigField::Count; // Count: the type line
        QString label;
        QString before;
        QString after;
        bool secret = false;
        bool changed = false;
    };

    // current: the configuration the server reported, and its kind; values: every field as it is
    // to be saved; givenId: an id the administrator typed for this save alone (the command line's
    // --type-id), checked against what the server has shown.
    static SavePlan make(const KeyManagementTypes &types, const KeyManagementConfig &current, KeyManagementKind currentKind,
                         KeyManagementKind kind, const ConfigField::Values &values, std::optional<int> givenId = std::nullopt);

    bool canSave() const { return refusal == Refusal::None; }
    // The preview, a line each: the type (with both ids and where the new one came from), then every
    // field of the type, before → after.
    QStringList previewLines() const;
    // What the server's reply to the PUT says about the type it saved.
    SaveOutcome outcome(const KeyManagementConfig &saved, KeyManagementKind savedKind) const;

    KeyManagementKind kind = KeyManagementKind::None;
    QString typeName;
    std::optional<int> typeId;
    bool typeIdShownByServer = false;
    KeyManagementKind fromKind = KeyManagementKind::None;
    QString fromTypeName;
    int fromTypeId = 0;
    QList<Line> lines;
    Refusal refusal = Refusal::None;
    QString whyNot; // the refusal in words; empty when the save may go
    std::optional<KeyManagementConfigUpdate> update;
};

// What a save did to the server's type: the reply's type compared with the one asked for.
struct SaveOutcome
{
    Q_DECLARE_TR_FUNCTIONS(SaveOutcome)

public:
    bool typeAsAsked = true;
    int askedId = 0;
    QString askedName;
    int gotId = 0;
    QString gotName;

    // Empty when the type is as asked; else the warning both front ends show, in capitals first.
    QString mismatchText() const;
};

} // namespace km
