#include "healthitemdialog.h"

#include "formwidgets.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

HealthItemDialog::HealthItemDialog(const HealthItemKind &kind, const QCborMap &item,
                                   QWidget *parent)
    : QDialog(parent), m_kind(kind)
{
    setWindowTitle(item.isEmpty() ? kind.addLabel.chopped(1) : tr("Edit: %1").arg(kind.title));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const HealthItemField &field : kind.fields) {
        const QString value = item.value(field.key).toString();
        const QString label =
                field.required ? tr("%1 (needed):").arg(field.label) : tr("%1:").arg(field.label);
        if (!field.choices.isEmpty()) {
            auto *choice = new QComboBox(this);
            choice->setAccessibleName(field.label);
            for (const auto &[stored, text] : field.choices)
                choice->addItem(text, stored);
            if (const int at = choice->findData(value); at >= 0)
                choice->setCurrentIndex(at);
            m_choices.insert(field.key, choice);
            form->addRow(label, choice);
            continue;
        }
        auto *edit = new QLineEdit(value, this);
        edit->setAccessibleName(field.label);
        edit->setMinimumWidth(280);
        if (field.isDate)
            edit->setPlaceholderText(tr("YYYY-MM-DD"));
        m_texts.insert(field.key, edit);
        form->addRow(label, edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_message = messageLabel(this, u"healthItemMessage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void HealthItemDialog::accept()
{
    for (const HealthItemField &field : m_kind.fields) {
        const QLineEdit *edit = m_texts.value(field.key);
        const QString text = edit ? edit->text().trimmed() : QString();
        if (edit && field.required && text.isEmpty())
            return showMessage(m_message, tr("%1 is needed.").arg(field.label));
        if (edit && field.isDate && !text.isEmpty()
            && !QDate::fromString(text, Qt::ISODate).isValid())
            return showMessage(m_message,
                               tr("%1 must be a date like 2027-12-31.").arg(field.label));
    }
    QDialog::accept();
}

QString HealthItemDialog::problem() const
{
    return m_message->text();
}

QCborMap HealthItemDialog::values() const
{
    QCborMap values;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        values.insert(it.key(), it.value()->text().trimmed());
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        values.insert(it.key(), it.value()->currentData().toString());
    return values;
}

} // namespace clinic::ui
