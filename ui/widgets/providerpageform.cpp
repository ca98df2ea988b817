#include "providerpageform.h"

#include "widgets/providerpageview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

// ISO 639-1 codes of the languages most asked for; a page's others are added to the list.
const QStringList commonLanguages { u"ar"_s, u"bn"_s, u"cs"_s, u"da"_s, u"de"_s, u"el"_s, u"en"_s,
                                    u"es"_s, u"fa"_s, u"fi"_s, u"fr"_s, u"he"_s, u"hi"_s, u"hu"_s,
                                    u"id"_s, u"it"_s, u"ja"_s, u"ko"_s, u"nb"_s, u"nl"_s, u"pl"_s,
                                    u"pt"_s, u"ro"_s, u"ru"_s, u"sv"_s, u"sw"_s, u"th"_s, u"tr"_s,
                                    u"uk"_s, u"ur"_s, u"vi"_s, u"zh"_s };
const QStringList commonCurrencies { u"EUR"_s, u"USD"_s, u"GBP"_s, u"CHF"_s, u"BRL"_s,
                                     u"CAD"_s, u"AUD"_s, u"INR"_s, u"JPY"_s, u"ZAR"_s };
constexpr int noYears = -1; // the years box's "not given"

QPlainTextEdit *textEdit(const QString &accessibleName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

QListWidget *checkList(const QString &accessibleName, int rows, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(accessibleName);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFixedHeight(list->fontMetrics().lineSpacing() * rows + 12);
    return list;
}

void setChecked(QListWidget *list, const QStringList &data)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (!item->flags().testFlag(Qt::ItemIsUserCheckable))
            continue; // a note, such as "no locations yet"
        item->setCheckState(data.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
}

} // namespace

ProviderPageForm::ProviderPageForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"providerPageForm"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(verifiedBox());
    layout->addWidget(aboutBox());
    layout->addWidget(visitsBox());
    alignLabels();
    setLanguages({});
    setPage(std::nullopt);
}

QWidget *ProviderPageForm::verifiedBox()
{
    auto *box = new QGroupBox(tr("From the clinic and your patients"), this);
    m_licence = new QLabel(box);
    m_licence->setObjectName(u"myPageLicence"_s);
    m_rating = new QLabel(box);
    m_rating->setObjectName(u"myPageRating"_s);
    for (QLabel *label : { m_licence, m_rating }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *form = new QFormLayout(box);
    form->addRow(tr("Licence:"), m_licence);
    form->addRow(tr("Rating:"), m_rating);
    return box;
}

void ProviderPageForm::setLicence(const QString &text)
{
    m_licence->setText(text);
}

void ProviderPageForm::setRating(const QString &text)
{
    m_rating->setText(text);
}

// The boxes' fields start at the same x: their label columns take the widest label.
void ProviderPageForm::alignLabels()
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
            if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole))
                label->widget()->setMinimumWidth(widest);
        }
    }
}

QWidget *ProviderPageForm::aboutBox()
{
    auto *box = new QGroupBox(tr("About you"), this);
    m_name = new QLineEdit(box);
    m_name->setAccessibleName(tr("Name patients see"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("Dr Ana Silva"));
    m_specialties = new QLineEdit(box);
    m_specialties->setAccessibleName(tr("Specialties"));
    m_specialties->setPlaceholderText(tr("Cardiology, Sports medicine"));
    m_specialties->setToolTip(tr("Separate several with commas. Patients search by these."));
    m_languages = checkList(tr("Languages you see patients in"), 6, box);
    // The list scrolls: what is ticked is also said under it.
    m_chosenLanguages = new QLabel(box);
    m_chosenLanguages->setObjectName(u"myPageLanguages"_s);
    m_chosenLanguages->setWordWrap(true);
    auto *languages = new QVBoxLayout;
    languages->addWidget(m_languages);
    languages->addWidget(m_chosenLanguages);
    m_credentials = textEdit(tr("Credentials and certifications"),
                             tr("Degrees, board certifications, memberships: one to a line."), box);
    m_years = new QSpinBox(box);
    m_years->setAccessibleName(tr("Years of experience"));
    m_years->setRange(noYears, 70);
    m_years->setSpecialValueText(tr("Not shown"));
    m_years->setMaximumWidth(m_years->fontMetrics().horizontalAdvance(tr("Not shown")) + 48);
    m_bio = textEdit(tr("About you"),
                     tr("How you work with patients, what you treat most, your interests."), box);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Specialties:"), m_specialties);
    auto *languagesLabel = new QLabel(tr("&Languages:"), box);
    languagesLabel->setBuddy(m_languages);
    form->addRow(languagesLabel, languages);
    form->addRow(tr("&Credentials and\ncertifications:"), m_credentials);
    form->addRow(tr("&Years of experience:"), m_years);
    form->addRow(tr("A&bout you:"), m_bio);
    for (QLineEdit *edit : { m_name, m_specialties })
        connect(edit, &QLineEdit::textEdited, this, &ProviderPageForm::onEdited);
    for (QPlainTextEdit *edit : { m_credentials, m_bio })
        connect(edit, &QPlainTextEdit::textChanged, this, &ProviderPageForm::onEdited);
    connect(m_years, &QSpinBox::valueChanged, this, &ProviderPageForm::onEdited);
    connect(m_languages, &QListWidget::itemChanged, this, [this] {
        updateChosenLanguages();
        onEdited();
    });
    return box;
}

QWidget *ProviderPageForm::visitsBox()
{
    auto *box = new QGroupBox(tr("Visits"), this);
    m_inPerson = new QCheckBox(tr("In &person"), box);
    m_video = new QCheckBox(tr("By &video"), box);
    auto *ways = new QHBoxLayout;
    ways->addWidget(m_inPerson);
    ways->addWidget(m_video);
    ways->addStretch();
    m_city = new QLineEdit(box);
    m_city->setAccessibleName(tr("City"));
    m_city->setMaxLength(100);
    m_locations = checkList(tr("Clinic locations where you see patients"), 4, box);
    m_fee = new QLineEdit(box);
    m_fee->setAccessibleName(tr("Consultation fee"));
    m_fee->setPlaceholderText(tr("Not shown"));
    m_fee->setMaximumWidth(m_fee->fontMetrics().horizontalAdvance(u"0000000.00"_s) + 16);
    m_currency = new QComboBox(box);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems(commonCurrencies);
    // Three letters, upper case: what the server accepts.
    m_currency->setValidator(
            new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_currency));
    auto *fee = new QHBoxLayout;
    fee->addWidget(m_fee);
    fee->addWidget(m_currency);
    fee->addStretch();
    auto *form = new QFormLayout(box);
    form->addRow(tr("You see patients:"), ways);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("Clinic l&ocations:"), m_locations);
    auto *feeLabel = new QLabel(tr("Consultation &fee:"), box);
    feeLabel->setBuddy(m_fee);
    form->addRow(feeLabel, fee);
    for (QCheckBox *check : { m_inPerson, m_video })
        connect(check, &QCheckBox::toggled, this, &ProviderPageForm::onEdited);
    for (QLineEdit *edit : { m_city, m_fee })
        connect(edit, &QLineEdit::textEdited, this, &ProviderPageForm::onEdited);
    connect(m_currency, &QComboBox::editTextChanged, this, &ProviderPageForm::onEdited);
    connect(m_locations, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        // The first place ticked names the city, unless the doctor wrote one.
        if (!m_loading && item->checkState() == Qt::Checked && m_city->text().isEmpty()) {
            for (const ClinicLocation &location : std::as_const(m_known)) {
                if (location.id == item->data(Qt::UserRole).toString())
                    m_city->setText(location.city);
            }
        }
        onEdited();
    });
    return box;
}

void ProviderPageForm::onEdited()
{
    if (m_loading)
        return;
    m_modified = true;
    emit edited();
}

void ProviderPageForm::setLanguages(const QStringList &codes)
{
    QStringList all = commonLanguages;
    for (const QString &code : codes) {
        if (!all.contains(code))
            all << code;
    }
    // By name in the user's language, which is how a doctor looks for theirs.
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
        return ProviderPageView::languageName(a).localeAwareCompare(
                       ProviderPageView::languageName(b))
                < 0;
    });
    m_languages->clear();
    for (const QString &code : std::as_const(all)) {
        auto *item = new QListWidgetItem(ProviderPageView::languageName(code), m_languages);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(codes.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    updateChosenLanguages();
}

void ProviderPageForm::updateChosenLanguages()
{
    QStringList names;
    for (const QString &code : checkedData(m_languages))
        names << ProviderPageView::languageName(code);
    m_chosenLanguages->setText(
            names.isEmpty() ? tr("None ticked yet.")
                            : tr("Ticked: %1").arg(QLocale().createSeparatedList(names)));
}

void ProviderPageForm::setLocations(const QList<ClinicLocation> &locations)
{
    const QStringList ticked = checkedData(m_locations);
    const bool loading = m_loading;
    m_loading = true;
    m_known = locations;
    m_locations->clear();
    for (const ClinicLocation &location : locations) {
        const QString address = location.postalAddress();
        const QString text = address.isEmpty()
                ? location.name
                : tr("%1 — %2", "a clinic location's name — its address")
                          .arg(location.name, address);
        auto *item = new QListWidgetItem(text, m_locations);
        item->setData(Qt::UserRole, location.id);
        item->setToolTip(location.hours);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(location.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (locations.isEmpty()) // an empty box would look broken
        new QListWidgetItem(tr("The clinic has no locations yet; an admin adds them."),
                            m_locations);
    m_loading = loading;
}

void ProviderPageForm::setPage(const std::optional<ProviderPage> &page)
{
    m_loading = true;
    const ProviderPage shown = page.value_or(ProviderPage {});
    const QLocale locale;
    m_name->setText(shown.summary.name);
    m_specialties->setText(shown.summary.specialties.join(u", "_s));
    setLanguages(shown.summary.languages);
    m_credentials->setPlainText(shown.credentials);
    m_years->setValue(shown.yearsExperience.value_or(noYears));
    m_bio->setPlainText(shown.bio);
    m_inPerson->setChecked(shown.summary.modalities.contains(u"in_person"_s));
    m_video->setChecked(shown.summary.modalities.contains(u"video"_s));
    m_city->setText(shown.summary.city);
    setChecked(m_locations, shown.locationIds);
    m_fee->setText(shown.feeCents ? locale.toString(double(*shown.feeCents) / 100, 'f', 2)
                                  : QString());
    const QString localCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode);
    m_currency->setEditText(!shown.feeCurrency.isEmpty()       ? shown.feeCurrency
                                    : !localCurrency.isEmpty() ? localCurrency
                                                               : commonCurrencies.first());
    m_modified = false;
    m_loading = false;
}

void ProviderPageForm::propose(const QString &displayName, const QString &specialties,
                               const QString &credentials)
{
    m_name->setText(displayName.trimmed());
    m_specialties->setText(specialties.trimmed());
    m_credentials->setPlainText(credentials.trimmed());
    m_modified = true;
}

QStringList ProviderPageForm::normalList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QRegularExpression(u"[,|]"_s))) {
        const QString clean = item.trimmed().toLower();
        if (!clean.isEmpty() && !items.contains(clean))
            items << clean;
    }
    return items;
}

QStringList ProviderPageForm::checkedData(const QListWidget *list) const
{
    QStringList data;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            data << list->item(row)->data(Qt::UserRole).toString();
    }
    return data;
}

Result<std::optional<qint64>> ProviderPageForm::feeCents() const
{
    const QString text = m_fee->text().trimmed();
    if (text.isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    double amount = QLocale().toDouble(text, &ok);
    if (!ok) // "60.50" typed on a keyboard whose locale writes "60,50"
        amount = QLocale::c().toDouble(text, &ok);
    if (!ok || amount < 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Write the consultation fee as an amount, such as 60 or 60.50, or "
                            "leave it empty."));
    return std::optional<qint64>(qRound64(amount * 100));
}

Result<QCborMap> ProviderPageForm::args() const
{
    QStringList modalities;
    if (m_inPerson->isChecked())
        modalities << u"in_person"_s;
    if (m_video->isChecked())
        modalities << u"video"_s;
    QCborMap args { { u"display_name"_s, m_name->text() },
                    { u"specialties"_s, m_specialties->text() },
                    { u"languages"_s, checkedData(m_languages).join(u',') },
                    { u"modalities"_s, modalities.join(u',') },
                    { u"city"_s, m_city->text() },
                    { u"bio"_s, m_bio->toPlainText() },
                    { u"credentials"_s, m_credentials->toPlainText() },
                    { u"location_ids"_s, checkedData(m_locations).join(u'|') } };
    if (m_years->value() != noYears)
        args.insert(u"years_experience"_s, m_years->value());
    auto fee = feeCents();
    if (!fee)
        return fee.error();
    if (*fee) {
        args.insert(u"fee_cents"_s, **fee);
        args.insert(u"fee_currency"_s, m_currency->currentText());
    }
    // Distance search measures from where the doctor sees patients: the first ticked place.
    const QStringList ticked = checkedData(m_locations);
    for (const ClinicLocation &location : m_known) {
        if (ticked.contains(location.id) && location.place) {
            args.insert(u"latitude_e6"_s, location.place->latitudeE6());
            args.insert(u"longitude_e6"_s, location.place->longitudeE6());
            break;
        }
    }
    return args;
}

QWidget *ProviderPageForm::doubtfulField() const
{
    if (m_name->text().trimmed().isEmpty())
        return m_name;
    auto fee = feeCents();
    if (!fee)
        return m_fee;
    if (*fee && m_currency->currentText().trimmed().size() != 3)
        return m_currency;
    return nullptr;
}

ProviderPage ProviderPageForm::preview() const
{
    ProviderPage page;
    page.summary.name = m_name->text().trimmed();
    page.summary.specialties = normalList(m_specialties->text());
    page.summary.languages = checkedData(m_languages);
    page.summary.city = m_city->text().trimmed();
    if (m_inPerson->isChecked())
        page.summary.modalities << u"in_person"_s;
    if (m_video->isChecked())
        page.summary.modalities << u"video"_s;
    page.credentials = m_credentials->toPlainText().trimmed();
    page.bio = m_bio->toPlainText().trimmed();
    if (m_years->value() != noYears)
        page.yearsExperience = m_years->value();
    if (auto fee = feeCents(); fee && *fee) {
        page.feeCents = **fee;
        page.feeCurrency = m_currency->currentText().trimmed().toUpper();
    }
    page.locationIds = checkedData(m_locations);
    return page;
}

QList<QStringList> ProviderPageForm::places() const
{
    const QStringList ticked = checkedData(m_locations);
    QList<QStringList> places;
    for (const ClinicLocation &location : m_known) {
        if (!ticked.contains(location.id))
            continue;
        QStringList lines { location.name, location.postalAddress(), location.hours,
                            location.phone };
        lines.removeAll(QString());
        places << lines;
    }
    return places;
}

} // namespace clinic::ui
