#include "CsvWriter.h"

bool CsvWriter::needsFormulaGuard(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QByteArray CsvWriter::field(const QString &value, bool guardFormula)
{
    QString text = guardFormula && needsFormulaGuard(value) ? QLatin1Char('\'') + value : value;
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\r'))
                    || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text.toUtf8();
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

QByteArray CsvWriter::row(const QStringList &fields, bool guardFormulas)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += field(fields.at(i), guardFormulas);
    }
    out += "\r\n";
    return out;
}

QByteArray CsvWriter::byteOrderMark()
{
    return QByteArray("\xEF\xBB\xBF", 3);
}
