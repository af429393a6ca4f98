#include "models/DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace km {

namespace {
struct DateTextTr
{
    Q_DECLARE_TR_FUNCTIONS(DateText)
};

// The locale's short format with the year in full.
QString fullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString withSeconds(QString format)
{
    if (!format.contains(QLatin1Char('s')))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return format;
}
QTimeZone &localZone()
{
    static QTimeZone zone; // invalid: the system's
    return zone;
}

QDateTime toLocal(const QDateTime &utc)
{
    const QTimeZone &zone = localZone();
    return zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
}
} // namespace

void DateText::setLocalZone(const QTimeZone &zone)
{
    localZone() = zone;
}

QDate DateText::localDateOf(const QDateTime &utc)
{
    return utc.isValid() ? toLocal(utc).date() : QDate();
}

QString DateText::local(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    const QLocale locale;
    static thread_local QString cachedName;
    static thread_local QString cachedFormat;
    if (cachedName != locale.name() || cachedFormat.isEmpty()) {
        cachedName = locale.name();
        cachedFormat =
            fullYear(locale.dateFormat(QLocale::ShortFormat)) + QLatin1Char(' ') + withSeconds(locale.timeFormat(QLocale::ShortFormat));
    }
    return locale.toString(toLocal(utc), cachedFormat);
}

QString DateText::utc(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return DateTextTr::tr("%1 UTC").arg(utcStamp(utc));
}

QString DateText::utcStamp(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString DateText::localDate(const QDate &date)
{
    return QLocale().toString(date, fullYear(QLocale().dateFormat(QLocale::ShortFormat)));
}

QString DateText::localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return QLocale().toString(toLocal(utc).time(), withSeconds(QLocale().timeFormat(QLocale::ShortFormat)));
}

} // namespace km
