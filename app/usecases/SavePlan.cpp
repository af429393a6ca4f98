#include "usecases/SavePlan.h"

#include "models/SafeText.h"

namespace km {

SavePlan SavePlan::make(const KeyManagementTypes &types, const KeyManagementConfig &current, KeyManagementKind currentKind,
                        KeyManagementKind kind, const ConfigField::Values &values, std::optional<int> givenId)
{
    SavePlan plan;
    plan.kind = kind;
    plan.typeName = types.nameOf(kind);
    plan.fromKind = currentKind;
    plan.fromTypeName = current.typeName.isEmpty() ? types.nameOf(currentKind) : SafeText::oneLine(current.typeName);
    plan.fromTypeId = current.typeId;
    if (givenId) {
        const QString refused = types.whyRefused(kind, *givenId, current.typeId, currentKind);
        if (!refused.isEmpty()) {
            plan.refusal = Refusal::TypeIdRefused;
            plan.whyNot = refused;
        } else {
            plan.typeId = givenId;
        }
    } else {
        plan.typeId = types.idOf(kind);
        plan.typeIdShownByServer = plan.typeId && types.isConfirmed(kind);
        if (!plan.typeId) {
            plan.refusal = Refusal::TypeIdUnknown;
            plan.whyNot = tr("The server has not shown which id it uses for %1, and the ids are published nowhere.").arg(plan.typeName);
        }
    }

    plan.lines.append({ConfigField::Count, tr("Type"), tr("%1 (id %2)").arg(plan.fromTypeName).arg(plan.fromTypeId),
                       plan.typeId ? tr("%1 (id %2)").arg(plan.typeName).arg(*plan.typeId) : plan.typeName, false,
                       currentKind != kind || (plan.typeId && *plan.typeId != current.typeId)});
    for (ConfigField::Id id : ConfigField::of(kind)) {
        const ConfigField::Spec &spec = ConfigField::spec(id);
        Line line;
        line.field = id;
        line.label = spec.label();
        line.secret = spec.secret;
        if (spec.secret) {
            line.after = tr("(sent again; never shown)"); // never the value
            line.changed = true;
        } else {
            const QString after = values[id].trimmed();
            line.after = !after.isEmpty()           ? SafeText::oneLine(after)
                         : spec.emptyMeansSomething ? tr("(empty: the latest version)")
                                                    : tr("(empty)");
            line.before = current.reports(id) ? SafeText::oneLine(current.value(id)) : tr("(not reported by the server)");
            line.changed = kind != currentKind || !current.reports(id) || current.value(id) != after;
        }
        plan.lines.append(line);
    }

    if (plan.typeId && plan.refusal == Refusal::None) {
        QList<ConfigField::Id> missing;
        plan.update = KeyManagementConfigUpdate::make(kind, *plan.typeId, values, &missing);
        if (!plan.update) {
            QStringList labels;
            for (ConfigField::Id id : std::as_const(missing))
                labels << ConfigField::spec(id).label();
            plan.refusal = Refusal::NotWhole;
            plan.whyNot = tr("The configuration is not whole (%1): a save replaces all of it.").arg(labels.join(QStringLiteral(", ")));
        }
    }
    return plan;
}

QStringList SavePlan::previewLines() const
{
    QStringList text;
    for (const Line &line : lines) {
        if (line.field == ConfigField::Count) {
            const QString source = !typeId || typeIdShownByServer ? QString() : tr(" (id given by you; the server has not shown it)");
            text << (line.changed ? tr("Type: %1 → %2%3").arg(line.before, line.after, source)
                                  : tr("Type: %1, unchanged%2").arg(line.after, source));
        } else if (line.secret) {
            text << tr("%1: %2").arg(line.label, line.after);
        } else if (line.changed) {
            text << tr("%1: \"%2\" → \"%3\"").arg(line.label, line.before, line.after);
        } else {
            text << tr("%1: \"%2\", unchanged").arg(line.label, line.after);
        }
    }
    return text;
}

SaveOutcome SavePlan::outcome(const KeyManagementConfig &saved, KeyManagementKind savedKind) const
{
    SaveOutcome o;
    o.askedId = typeId.value_or(-1);
    o.askedName = typeName;
    o.gotId = saved.typeId;
    o.gotName = saved.typeName.isEmpty() ? tr("type %1").arg(saved.typeId) : SafeText::oneLine(saved.typeName);
    // The id decides; the name only when the server gave one (an unnamed reply cannot contradict).
    o.typeAsAsked = typeId && saved.typeId == *typeId && (savedKind == kind || saved.typeName.isEmpty());
    return o;
}

QString SaveOutcome::mismatchText() const
{
    if (typeAsAsked)
        return QString();
    return tr("THE SERVER SAVED A DIFFERENT TYPE: you asked for %1 (id %2); the server now reports %3 (id %4). Open the key "
              "management settings in the Secret Server web UI now and check them. If the id given was not this server's id for "
              "%1, set the type there; the console then learns the right id.")
        .arg(askedName)
        .arg(askedId)
        .arg(gotName)
        .arg(gotId);
}

} // namespace km
