#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace km {

// The "save as" question, behind a seam like Prompter's: tests queue the file name the user
// would pick (or an empty one for Cancel).
class FileChooser
{
public:
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    static void queueAnswer(const QString &fileName);

private:
    static QStringList s_queue;
};

} // namespace km
