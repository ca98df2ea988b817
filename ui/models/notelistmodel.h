#pragma once

#include "domain/noterepository.h"

#include <QAbstractListModel>

namespace clinic::ui {

// A patient's notes, newest first: who wrote each and when, then the text.
class NoteListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class DataRole { NoteId = Qt::UserRole + 1, Author, Body, CreatedAt, IsTentative };

    using QAbstractListModel::QAbstractListModel;

    void setNotes(const QList<PatientNote> &notes);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "Ana Ruiz · 12/03/2025 14:02", with "waiting to sync" while the server has not answered.
    static QString byline(const PatientNote &note);

private:
    QList<PatientNote> m_notes;
};

} // namespace clinic::ui
