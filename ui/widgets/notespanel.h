#pragma once

#include "clientcontext.h"

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace clinic::ui {

class LiveView;
class NoteListModel;

// A patient's plain notes, newest first, and a box to add one (the note.add mutation). Kept
// up to date as sync brings notes written elsewhere.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(const ClientContext &context, QWidget *parent = nullptr);

    void setPatient(const QString &patientId); // empty: no patient, nothing to show
    QString patientId() const { return m_patientId; }
    void reload();
    NoteListModel *model() const { return m_model; }

private:
    void add();
    void updateButton();

    ClientContext m_context;
    LiveView *m_live = nullptr; // reads when shown
    QString m_patientId;
    NoteListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
