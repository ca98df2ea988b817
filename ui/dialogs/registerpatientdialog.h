#pragma once

#include "clientcontext.h"

#include <QDialog>

namespace clinic::ui {

class ProfileForm;

// The front desk registers a new patient (patient.register). Refusals (a missing name, a
// malformed date) show in the form and keep the dialog open.
class RegisterPatientDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegisterPatientDialog(const ClientContext &context, QWidget *parent = nullptr);

    ProfileForm *form() const { return m_form; }
    QString registeredId() const { return m_registeredId; } // set once accepted
    void accept() override;

private:
    ClientContext m_context;
    ProfileForm *m_form = nullptr;
    QString m_registeredId;
};

} // namespace clinic::ui
