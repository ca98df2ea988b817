#include "profileform.h"

#include "formwidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

const QString sexKey = u"sex"_s;

// The patient's values as the mutations name them, as text ("" when not given).
QCborMap valuesOf(const Patient &p)
{
    return { { u"given_name"_s, p.givenName },
             { u"family_name"_s, p.familyName },
             { u"birth_date"_s, p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : u""_s },
             { sexKey, p.sex },
             { u"preferred_language"_s, p.preferredLanguage },
             { u"phone"_s, p.phone },
             { u"email"_s, p.email },
             { u"address_line"_s, p.addressLine },
             { u"postal_code"_s, p.postalCode },
             { u"city"_s, p.city },
             { u"country"_s, p.country },
             { u"emergency_name"_s, p.emergencyName },
             { u"emergency_relation"_s, p.emergencyRelation },
             { u"emergency_phone"_s, p.emergencyPhone } };
}

QFormLayout *formLayout(QWidget *box)
{
    auto *form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"profileForm"_s);
    m_tentative = new QLabel(tr("Waiting to sync: saved on this computer, not yet confirmed by "
                                "the clinic's server."),
                             this);
    m_tentative->setObjectName(u"profileTentative"_s);
    m_tentative->setWordWrap(true);
    // A quiet amber note; text stays in the palette's colour so high-contrast themes apply.
    m_tentative->setStyleSheet(u"QLabel { background: #fff4ce; border: 1px solid #e0c060;"
                               u" border-radius: 3px; padding: 4px 8px; }"_s);
    m_tentative->hide();
    m_message = messageLabel(this, u"profileMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tentative);
    layout->addWidget(personalBox());
    layout->addWidget(contactBox());
    layout->addWidget(emergencyBox());
    layout->addWidget(m_message);
    alignLabels();
    setPatient(std::nullopt);
}

// The two boxes' fields start at the same x: their label columns take the widest label.
void ProfileForm::alignLabels()
{
    const QList<QFormLayout *> forms = findChildren<QFormLayout *>();
    int widest = 0;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole))
                widest = qMax(widest, label->widget()->sizeHint().width());
        }
    }
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole)) {
                item->widget()->setMinimumWidth(widest);
                if (auto *label = qobject_cast<QLabel *>(item->widget()))
                    label->setAlignment(form->labelAlignment());
            }
        }
    }
}

QLineEdit *ProfileForm::addField(const QString &key, const QString &name, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(name);
    edit->setMaxLength(maxLength); // the mutation's own limit
    m_fields.insert(key, edit);
    connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    return edit;
}

QWidget *ProfileForm::personalBox()
{
    auto *box = new QGroupBox(tr("Personal details"), this);
    auto *form = formLayout(box);
    form->addRow(tr("&Given name:"), addField(u"given_name"_s, tr("Given name"), 100));
    form->addRow(tr("&Family name:"), addField(u"family_name"_s, tr("Family name"), 100));
    QLineEdit *born = addField(u"birth_date"_s, tr("Date of birth"), 10);
    born->setPlaceholderText(tr("YYYY-MM-DD"));
    born->setToolTip(tr("Year, month and day, for example 1984-03-21."));
    form->addRow(tr("&Date of birth:"), born);
    m_sex = new QComboBox(box);
    m_sex->setAccessibleName(tr("Sex"));
    // Stored as these codes (as FHIR's administrative gender), shown in the user's language.
    m_sex->addItem(tr("Not given"), QString());
    m_sex->addItem(tr("Female"), u"female"_s);
    m_sex->addItem(tr("Male"), u"male"_s);
    m_sex->addItem(tr("Other"), u"other"_s);
    connect(m_sex, &QComboBox::activated, this, &ProfileForm::edited);
    form->addRow(tr("&Sex:"), m_sex);
    QLineEdit *language = addField(u"preferred_language"_s, tr("Preferred language"), 35);
    language->setToolTip(tr("The language the clinic should speak and write to you in."));
    form->addRow(tr("Preferred &language:"), language);
    return box;
}

QWidget *ProfileForm::contactBox()
{
    auto *box = new QGroupBox(tr("Contact"), this);
    auto *form = formLayout(box);
    QLineEdit *phone = addField(u"phone"_s, tr("Phone"), 40);
    phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    form->addRow(tr("&Phone:"), phone);
    QLineEdit *email = addField(u"email"_s, tr("Email"), 254);
    email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    form->addRow(tr("&Email:"), email);
    form->addRow(tr("&Address:"), addField(u"address_line"_s, tr("Address"), 200));
    form->addRow(tr("P&ostal code:"), addField(u"postal_code"_s, tr("Postal code"), 20));
    form->addRow(tr("&City:"), addField(u"city"_s, tr("City"), 100));
    form->addRow(tr("Co&untry:"), addField(u"country"_s, tr("Country"), 100));
    return box;
}

QWidget *ProfileForm::emergencyBox()
{
    auto *box = new QGroupBox(tr("Emergency contact"), this);
    auto *form = formLayout(box);
    form->addRow(tr("&Name:"), addField(u"emergency_name"_s, tr("Emergency contact's name"), 100));
    QLineEdit *relation = addField(u"emergency_relation"_s, tr("Emergency contact's relation"), 40);
    relation->setPlaceholderText(tr("e.g. mother, partner, neighbour"));
    form->addRow(tr("&Relation:"), relation);
    QLineEdit *phone = addField(u"emergency_phone"_s, tr("Emergency contact's phone"), 40);
    phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    form->addRow(tr("P&hone:"), phone);
    return box;
}

void ProfileForm::setPatient(const std::optional<Patient> &patient)
{
    m_original = valuesOf(patient.value_or(Patient {}));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(m_original.value(it.key()).toString());
    const QString sex = m_original.value(sexKey).toString();
    int index = m_sex->findData(sex);
    if (index < 0) { // written by another client in its own words: kept as it is
        m_sex->addItem(sex, sex);
        index = m_sex->count() - 1;
    }
    m_sex->setCurrentIndex(index);
    clearMessage();
}

void ProfileForm::proposeNames(const QString &givenName, const QString &familyName)
{
    m_fields.value(u"given_name"_s)->setText(givenName);
    m_fields.value(u"family_name"_s)->setText(familyName);
}

QString ProfileForm::current(const QString &key) const
{
    if (key == sexKey)
        return m_sex->currentData().toString();
    return m_fields.value(key)->text().trimmed();
}

QCborMap ProfileForm::changes() const
{
    QCborMap changed;
    for (const QCborValue &key : m_original.keys()) {
        const QString name = key.toString();
        const QString now = current(name);
        if (now != m_original.value(key).toString())
            changed.insert(key, now);
    }
    return changed;
}

void ProfileForm::setReadOnly(bool readOnly)
{
    // Text to read, not boxes that look editable: no frame, the window's background, no
    // "YYYY-MM-DD" hints. Colours come from the palette, so high-contrast themes apply.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QLineEdit *edit = it.value();
        if (readOnly && !edit->placeholderText().isEmpty())
            m_placeholders.insert(it.key(), edit->placeholderText());
        edit->setPlaceholderText(readOnly ? QString() : m_placeholders.value(it.key()));
        edit->setReadOnly(readOnly);
        edit->setFrame(!readOnly);
        QPalette palette; // nothing set: the widget inherits every colour
        if (readOnly)
            palette.setColor(QPalette::Base, palette.color(QPalette::Window));
        edit->setPalette(palette);
    }
    // Disabled, but written in the normal colour: greyed out reads as "not available".
    QPalette palette;
    if (readOnly)
        palette.setColor(QPalette::Disabled, QPalette::ButtonText,
                         palette.color(QPalette::Active, QPalette::ButtonText));
    m_sex->setPalette(palette);
    m_sex->setEnabled(!readOnly);
}

void ProfileForm::setTentative(bool waiting)
{
    m_tentative->setVisible(waiting);
}

void ProfileForm::showError(const QString &text)
{
    showMessage(m_message, text, true);
}

void ProfileForm::showNotice(const QString &text)
{
    showMessage(m_message, text, false);
}

void ProfileForm::clearMessage()
{
    showMessage(m_message, QString());
}

} // namespace clinic::ui
