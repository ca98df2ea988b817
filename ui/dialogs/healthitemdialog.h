#pragma once

#include "models/healthitemmodel.h"

#include <QCborMap>
#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace clinic::ui {

// Adds or edits one item of a patient's record (an allergy, a medication...): a field per
// HealthItemField, a choice where the field has choices. The mutation checks the values.
class HealthItemDialog : public QDialog
{
    Q_OBJECT
public:
    HealthItemDialog(const HealthItemKind &kind, const QCborMap &item, QWidget *parent = nullptr);

    // The fields as the mutation takes them.
    QCborMap values() const;
    QLineEdit *textField(const QString &key) const { return m_texts.value(key); }
    QComboBox *choiceField(const QString &key) const { return m_choices.value(key); }
    QString problem() const; // what keeps the dialog open, or empty

    // Closes only when every needed field is filled and dates are dates.
    void accept() override;

private:
    HealthItemKind m_kind;
    QHash<QString, QLineEdit *> m_texts;
    QHash<QString, QComboBox *> m_choices;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
