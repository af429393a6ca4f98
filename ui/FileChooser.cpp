#include "ui/FileChooser.h"

#include <QFileDialog>

namespace km {

QStringList FileChooser::s_queue;

QString FileChooser::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (!s_queue.isEmpty())
        return s_queue.takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void FileChooser::queueAnswer(const QString &fileName)
{
    s_queue.append(fileName);
}

} // namespace km
