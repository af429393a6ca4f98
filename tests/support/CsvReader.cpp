#include "CsvReader.h"

namespace km {

bool readCsv(const QByteArray &data, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    const QString text = QString::fromUtf8(data);
    QStringList row;
    QString field;
    bool quoted = false;
    bool inQuotes = false;
    bool fieldStarted = false;
    qsizetype i = 0;
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("%1 at character %2").arg(why).arg(i);
        return false;
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                inQuotes = false;
                ++i;
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted)
                return fail(QStringLiteral("quote inside an unquoted field"));
            inQuotes = quoted = fieldStarted = true;
            ++i;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            quoted = fieldStarted = false;
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return fail(QStringLiteral("CR without LF"));
            row << field;
            rows->append(row);
            row.clear();
            field.clear();
            quoted = fieldStarted = false;
            i += 2;
        } else if (c == QLatin1Char('\n')) {
            return fail(QStringLiteral("LF without CR"));
        } else {
            if (quoted)
                return fail(QStringLiteral("text after a closing quote"));
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (inQuotes)
        return fail(QStringLiteral("unterminated quote"));
    if (fieldStarted || !row.isEmpty())
        return fail(QStringLiteral("last record does not end with CRLF"));
    return true;
}

} // namespace km
