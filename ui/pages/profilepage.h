#pragma once

#include "clientcontext.h"

#include <QCborMap>
#include <QWidget>

class QPushButton;

namespace clinic::ui {

class HealthRecordPanel;
class LiveView;
class NotesPanel;
class ProfileForm;

// The patient's own page: their profile (the record whose id is their account id, created the
// first time they save it) and their notes. Saving works offline: the change shows as
// waiting to sync until the server confirms it.
class ProfilePage : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePage(const ClientContext &context, QWidget *parent = nullptr);

    ProfileForm *form() const { return m_form; }
    NotesPanel *notes() const { return m_notes; }
    HealthRecordPanel *record() const { return m_record; }
    void save();

private:
    void reload();
    void updateTentative();
    void onStatusChanged();
    // True while the form holds only what the server sent or what this page proposed: a
    // record that arrives replaces it. Once the patient types, what they typed wins.
    bool followsServer() const;

    ClientContext m_context;
    ProfileForm *m_form = nullptr;
    NotesPanel *m_notes = nullptr;
    HealthRecordPanel *m_record = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    LiveView *m_live = nullptr;
    QCborMap m_proposal; // the names proposed for a profile not saved yet
    bool m_awaitingFirstSync = false; // no record yet, and none can be known to be missing
};

} // namespace clinic::ui
