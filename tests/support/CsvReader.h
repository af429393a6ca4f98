#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace km {

// A strict RFC 4180 reader for checking exports: CRLF records, quoted fields with doubled quotes,
// embedded CR/LF inside quotes. Returns false (with *error) on anything malformed, such as a bare
// LF record end or a quote in an unquoted field.
bool readCsv(const QByteArray &data, QList<QStringList> *rows, QString *error);

} // namespace km
