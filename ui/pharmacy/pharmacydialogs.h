#pragma once

#include "pharmacy/prescriptionrepository.h"
#include "pharmacyformat.h"
#include "util/clock.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace clinic::ui {

// Adds or edits a pharmacy of the network: name, address, phone, hours and whether it takes
// new prescriptions. OK sends pharmacy.put; a refusal is shown here and the dialog stays open.
class PharmacyDialog : public QDialog
{
    Q_OBJECT
public:
    PharmacyDialog(const std::optional<PharmacyInfo> &pharmacy, const Clock &clock,
                   PharmacySubmit submit, QWidget *parent = nullptr);

    QLineEdit *name() const { return m_name; }
    QLineEdit *address() const { return m_address; }
    QLineEdit *postalCode() const { return m_postalCode; }
    QLineEdit *city() const { return m_city; }
    QLineEdit *phone() const { return m_phone; }
    QLineEdit *hours() const { return m_hours; }
    QCheckBox *active() const { return m_active; }

    void accept() override;

private:
    QString m_id;
    PharmacySubmit m_submit;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_hours = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_message = nullptr;
};

// Assigns a pharmacist to a pharmacy (or to none). The pharmacists come from the accounts the
// server lists and the assignments already made. OK sends pharmacy.member.set.
class AssignPharmacistDialog : public QDialog
{
    Q_OBJECT
public:
    struct Pharmacist
    {
        QString id;
        QString name;
    };
    AssignPharmacistDialog(const QList<PharmacyInfo> &pharmacies, const QString &pharmacyId,
                           PharmacySubmit submit, QWidget *parent = nullptr);

    // Adds to the pharmacists offered (the server's list arrives after the dialog opens).
    void addPharmacists(const QList<Pharmacist> &pharmacists);
    QComboBox *pharmacist() const { return m_pharmacist; }
    QComboBox *pharmacy() const { return m_pharmacy; }

    void accept() override;

private:
    PharmacySubmit m_submit;
    QComboBox *m_pharmacist = nullptr;
    QComboBox *m_pharmacy = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
