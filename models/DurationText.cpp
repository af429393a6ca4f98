#include "models/DurationText.h"

#include <QCoreApplication>

namespace km {

namespace {
struct DurationTextTr
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)
};
} // namespace

QString DurationText::of(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return DurationTextTr::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return DurationTextTr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return DurationTextTr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return DurationTextTr::tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

} // namespace km
