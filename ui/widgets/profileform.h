#pragma once

#include "domain/patient.h"

#include <QCborMap>
#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace clinic::ui {

// A patient's personal and contact details (SPEC S2), in the shape the patient.register and
// patient.update mutations take them. One form for the patient's own profile, the front
// desk's register and the registration dialog: it edits values, the page decides which
// change a save becomes.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    // Shows this patient (empty fields: none yet) and forgets unsaved edits.
    void setPatient(const std::optional<Patient> &patient);
    // Proposes names for a profile not saved yet; they count as edits.
    void proposeNames(const QString &givenName, const QString &familyName);
    // The fields that differ from the patient shown, keyed as the mutations want them; an
    // emptied field is an empty text (which clears it). For no patient: every filled field.
    QCborMap changes() const;
    bool isModified() const { return !changes().isEmpty(); }

    // Read-only: shown for reading (a care team's view), the values selectable, no edits.
    void setReadOnly(bool readOnly);
    void setTentative(bool waiting); // shows "Waiting to sync"
    void showError(const QString &text);
    void showNotice(const QString &text);
    void clearMessage();
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }

signals:
    void edited();

private:
    QWidget *personalBox();
    QWidget *contactBox();
    QWidget *emergencyBox();
    QLineEdit *addField(const QString &key, const QString &name, int maxLength);
    void alignLabels();
    QString current(const QString &key) const;

    QHash<QString, QLineEdit *> m_fields; // by mutation argument name
    QComboBox *m_sex = nullptr;
    QHash<QString, QString> m_placeholders; // kept while read-only hides them
    QCborMap m_original; // the values shown by setPatient(), as text
    QLabel *m_tentative = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
