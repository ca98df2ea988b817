#include "locationdialog.h"

#include "formwidgets.h"
#include "util/rowid.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

QLineEdit *lineField(const QString &accessibleName, int maxLength, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setAccessibleName(accessibleName);
    field->setMaxLength(maxLength);
    return field;
}

// "38.7101" or, in a German locale, "38,7101"; empty: not given.
std::optional<double> degrees(const QString &text, bool *ok)
{
    *ok = true;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(trimmed, ok);
    if (!*ok)
        value = QLocale::c().toDouble(trimmed, ok);
    return *ok ? std::optional(value) : std::nullopt;
}

} // namespace

LocationDialog::LocationDialog(const std::optional<ClinicLocation> &location, const Clock &clock,
                               Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save))
{
    setObjectName(u"locationDialog"_s);
    setWindowTitle(location ? tr("Edit %1").arg(location->name) : tr("New clinic location"));
    // The limits are the server's (core/mutations/clinicmutations.cpp).
    m_name = lineField(tr("Name"), 120, this);
    m_address = lineField(tr("Street address"), 200, this);
    m_postalCode = lineField(tr("Postal code"), 20, this);
    m_city = lineField(tr("City"), 100, this);
    m_country = lineField(tr("Country"), 100, this);
    m_phone = lineField(tr("Phone"), 40, this);
    m_hours = new QPlainTextEdit(this);
    m_hours->setAccessibleName(tr("Opening hours"));
    m_hours->setPlaceholderText(tr("e.g. Mon–Fri 08:00–19:00, Sat 09:00–13:00"));
    m_hours->setTabChangesFocus(true);
    m_hours->setFixedHeight(m_hours->fontMetrics().lineSpacing() * 3 + 12);
    m_timeZone = new QComboBox(this);
    m_timeZone->setAccessibleName(tr("Time zone"));
    // Typed too: "lisb" finds Europe/Lisbon among some 400, and a zone newer than this
    // computer's list can still be given (the server checks it).
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->lineEdit()->setPlaceholderText(tr("Not set"));
    m_timeZone->addItem(QString(), QString());
    for (const QString &zone : timeZones())
        m_timeZone->addItem(zone, zone);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_latitude = lineField(tr("Latitude"), 20, this);
    m_latitude->setPlaceholderText(tr("e.g. 38.7101"));
    m_longitude = lineField(tr("Longitude"), 20, this);
    m_longitude->setPlaceholderText(tr("e.g. -9.1388"));
    m_message = messageLabel(this, u"locationMessage"_s);

    auto *town = new QHBoxLayout;
    town->addWidget(m_postalCode, 1);
    town->addWidget(m_city, 2);
    auto *map = new QHBoxLayout;
    map->addWidget(m_latitude);
    map->addWidget(m_longitude);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Street address:"), m_address);
    // A row of two fields: its label needs a buddy, or the '&' shows as it is.
    auto *townLabel = new QLabel(tr("&Postal code, city:"), this);
    townLabel->setBuddy(m_postalCode);
    form->addRow(townLabel, town);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("Opening &hours:"), m_hours);
    form->addRow(tr("&Time zone:"), m_timeZone);
    auto *mapLabel = new QLabel(tr("&Map position:"), this);
    mapLabel->setBuddy(m_latitude);
    form->addRow(mapLabel, map);
    auto *mapNote = new QLabel(tr("Latitude and longitude in degrees, optional: with them "
                                  "patients find the nearest location."),
                               this);
    mapNote->setWordWrap(true);
    form->addRow(QString(), mapNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(location ? tr("&Save") : tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LocationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LocationDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    if (location) {
        setFields(*location);
    } else {
        m_id = newRowId(clock);
        selectTimeZone(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    }
}

QStringList LocationDialog::timeZones()
{
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // IANA region ids ("Europe/Lisbon", "UTC"), not the offsets ("UTC+01:00") Qt adds.
        if (id.contains('/') || id == "UTC")
            zones << QString::fromUtf8(id);
    }
    zones.sort();
    return zones;
}

void LocationDialog::setFields(const ClinicLocation &l)
{
    m_id = l.id;
    m_name->setText(l.name);
    m_address->setText(l.addressLine);
    m_postalCode->setText(l.postalCode);
    m_city->setText(l.city);
    m_country->setText(l.country);
    m_phone->setText(l.phone);
    m_hours->setPlainText(l.hours);
    selectTimeZone(l.timeZone);
    if (l.place) {
        m_latitude->setText(QLocale().toString(l.place->latitude, 'f', 6));
        m_longitude->setText(QLocale().toString(l.place->longitude, 'f', 6));
    }
}

void LocationDialog::selectTimeZone(const QString &zone)
{
    int index = m_timeZone->findData(zone);
    if (index < 0) { // set elsewhere, unknown here: shown as it is rather than lost
        m_timeZone->addItem(zone, zone);
        index = m_timeZone->count() - 1;
    }
    m_timeZone->setCurrentIndex(index);
}

Result<std::optional<GeoPoint>> LocationDialog::place() const
{
    bool latitudeOk = false;
    bool longitudeOk = false;
    const auto latitude = degrees(m_latitude->text(), &latitudeOk);
    const auto longitude = degrees(m_longitude->text(), &longitudeOk);
    if (!latitudeOk || !longitudeOk)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Latitude and longitude are numbers of degrees, such as 38.7101."));
    if (latitude.has_value() != longitude.has_value())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Give both latitude and longitude, or neither."));
    if (!latitude)
        return std::optional<GeoPoint>();
    if (qAbs(*latitude) > 90 || qAbs(*longitude) > 180)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Latitude is -90 to 90 degrees and longitude -180 to 180."));
    return std::optional(GeoPoint { *latitude, *longitude });
}

Result<ClinicLocation> LocationDialog::location() const
{
    ClinicLocation l;
    l.id = m_id;
    l.name = m_name->text().trimmed();
    if (l.name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The location needs a name."));
    l.addressLine = m_address->text().trimmed();
    l.postalCode = m_postalCode->text().trimmed();
    l.city = m_city->text().trimmed();
    l.country = m_country->text().trimmed();
    l.phone = m_phone->text().trimmed();
    // One line as the directory shows it; the admin may have typed one day per line.
    QStringList days;
    for (const QString &line : m_hours->toPlainText().split(u'\n')) {
        QString day = line.trimmed();
        while (day.endsWith(u',') || day.endsWith(u';'))
            day.chop(1);
        if (!day.isEmpty())
            days << day;
    }
    l.hours = days.join(u", "_s);
    if (l.hours.size() > 500)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The opening hours have at most 500 characters."));
    l.timeZone = m_timeZone->currentText().trimmed();
    auto where = place();
    if (!where)
        return where.error();
    l.place = *where;
    return l;
}

void LocationDialog::accept()
{
    auto fields = location();
    if (!fields)
        return showMessage(m_message, fields.error().message);
    if (auto saved = m_save(*fields); !saved)
        return showMessage(m_message, saved.error().message);
    QDialog::accept();
}

} // namespace clinic::ui
