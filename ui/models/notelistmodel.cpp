#include "notelistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace clinic::ui {

void NoteListModel::setNotes(const QList<PatientNote> &notes)
{
    beginResetModel();
    m_notes = notes;
    endResetModel();
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QString NoteListModel::byline(const PatientNote &note)
{
    const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(note.createdAt).toLocalTime(), QLocale::ShortFormat);
    return note.tentative ? tr("%1 · %2 · waiting to sync").arg(note.authorName, when)
                          : tr("%1 · %2").arg(note.authorName, when);
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatientNote &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(byline(note) + u'\n' + note.body);
    case Qt::AccessibleTextRole:
        return QString(byline(note) + u". " + note.body);
    case int(DataRole::NoteId):
        return note.id;
    case int(DataRole::Author):
        return note.authorName;
    case int(DataRole::Body):
        return note.body;
    case int(DataRole::CreatedAt):
        return note.createdAt;
    case int(DataRole::IsTentative):
        return note.tentative;
    default:
        return {};
    }
}

} // namespace clinic::ui
