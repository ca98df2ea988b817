#include "pharmacydialogs.h"

#include "formwidgets.h"
#include "util/rowid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

QLineEdit *line(const QString &text, const QString &accessibleName, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &ok)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ok);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

PharmacyDialog::PharmacyDialog(const std::optional<PharmacyInfo> &pharmacy, const Clock &clock,
                               PharmacySubmit submit, QWidget *parent)
    : QDialog(parent), m_id(pharmacy ? pharmacy->id : newRowId(clock)), m_submit(std::move(submit))
{
    setObjectName(u"pharmacyDialog"_s);
    setWindowTitle(pharmacy ? tr("Edit %1").arg(pharmacy->name) : tr("Add a pharmacy"));
    const PharmacyInfo p = pharmacy.value_or(PharmacyInfo {});
    m_name = line(p.name, tr("Pharmacy name"), 200, this);
    m_address = line(p.addressLine, tr("Street address"), 200, this);
    m_postalCode = line(p.postalCode, tr("Postal code"), 20, this);
    m_city = line(p.city, tr("City"), 100, this);
    m_phone = line(p.phone, tr("Phone"), 40, this);
    m_hours = line(p.hours, tr("Opening hours"), 200, this);
    m_hours->setPlaceholderText(tr("Mon–Fri 08:00–19:00, Sat 09:00–13:00"));
    m_active = new QCheckBox(tr("Takes new prescriptions"), this);
    m_active->setAccessibleName(tr("Active"));
    m_active->setChecked(p.active);
    m_message = messageLabel(this, u"pharmacyMessage"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Postal code:"), m_postalCode);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("H&ours:"), m_hours);
    form->addRow(QString(), m_active);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this, tr("Save")));
    resize(480, sizeHint().height());
}

void PharmacyDialog::accept()
{
    if (m_name->text().trimmed().isEmpty())
        return showMessage(m_message, tr("Enter the pharmacy's name."));
    auto done = m_submit(u"pharmacy.put"_s,
                         { { u"id"_s, m_id },
                           { u"name"_s, m_name->text().trimmed() },
                           { u"address_line"_s, m_address->text().trimmed() },
                           { u"city"_s, m_city->text().trimmed() },
                           { u"postal_code"_s, m_postalCode->text().trimmed() },
                           { u"phone"_s, m_phone->text().trimmed() },
                           { u"hours"_s, m_hours->text().trimmed() },
                           { u"active"_s, m_active->isChecked() } });
    if (!done)
        return showMessage(m_message, done.error().message);
    QDialog::accept();
}

AssignPharmacistDialog::AssignPharmacistDialog(const QList<PharmacyInfo> &pharmacies,
                                               const QString &pharmacyId, PharmacySubmit submit,
                                               QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(u"assignPharmacistDialog"_s);
    setWindowTitle(tr("Assign a pharmacist"));
    m_pharmacist = new QComboBox(this);
    m_pharmacist->setAccessibleName(tr("Pharmacist"));
    m_pharmacy = new QComboBox(this);
    m_pharmacy->setAccessibleName(tr("Pharmacy"));
    for (const PharmacyInfo &p : pharmacies)
        m_pharmacy->addItem(p.active ? p.name : tr("%1 (inactive)").arg(p.name), p.id);
    m_pharmacy->addItem(tr("None: remove from their pharmacy"), QString());
    m_pharmacy->setCurrentIndex(qMax(0, m_pharmacy->findData(pharmacyId)));
    m_message = messageLabel(this, u"assignMessage"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("P&harmacist:"), m_pharmacist);
    form->addRow(tr("&Works at:"), m_pharmacy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this, tr("Assign")));
}

void AssignPharmacistDialog::addPharmacists(const QList<Pharmacist> &pharmacists)
{
    for (const Pharmacist &p : pharmacists) {
        if (m_pharmacist->findData(p.id) < 0)
            m_pharmacist->addItem(p.name.isEmpty() ? p.id : p.name, p.id);
    }
}

void AssignPharmacistDialog::accept()
{
    const QString staffId = m_pharmacist->currentData().toString();
    if (staffId.isEmpty())
        return showMessage(m_message,
                           tr("Choose a pharmacist. Pharmacists' accounts are made on "
                              "the Users page."));
    auto done = m_submit(u"pharmacy.member.set"_s,
                         { { u"staff_id"_s, staffId },
                           { u"pharmacy_id"_s, m_pharmacy->currentData().toString() } });
    if (!done)
        return showMessage(m_message, done.error().message);
    QDialog::accept();
}

} // namespace clinic::ui
