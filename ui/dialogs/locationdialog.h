#pragma once

#include "domain/cliniclocations.h"
#include "util/clock.h"
#include "util/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace clinic::ui {

// Adds or edits one of the clinic's locations: name, address, phone, opening hours as text,
// the time zone its hours are in, and where it is on a map (optional, in degrees). OK hands
// the location to `save`; a refusal is shown here and the dialog stays open.
class LocationDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Result<void>(const ClinicLocation &)>;

    // `location` null: a new one (with a new id made at `clock`'s time), in this computer's
    // time zone.
    LocationDialog(const std::optional<ClinicLocation> &location, const Clock &clock, Save save,
                   QWidget *parent = nullptr);

    // What the fields say, or why they cannot be saved.
    Result<ClinicLocation> location() const;
    void accept() override;

    static QStringList timeZones(); // the IANA ids this computer knows, sorted

private:
    void setFields(const ClinicLocation &location);
    void selectTimeZone(const QString &zone);
    Result<std::optional<GeoPoint>> place() const;

    Save m_save;
    QString m_id;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_hours = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
