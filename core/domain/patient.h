#pragma once

#include <QDate>
#include <QString>

namespace clinic {

// A row of the patient register. The first five fields are on every synced row.
struct Patient
{
    QString id; // UUID text, made by whoever creates the patient
    qint64 rev = 0; // the server's change sequence; 0 while unsent
    bool deleted = false;
    qint64 updatedAt = 0; // UTC Unix milliseconds
    QString updatedBy;

    QString familyName;
    QString givenName;
    QDate birthDate;
    QString sex;
    QString phone;
    QString email;
    QString addressLine;
    QString city;
    QString postalCode;
    QString country;
    QString preferredLanguage;
    QString emergencyName; // who to call in an emergency
    QString emergencyPhone;
    QString emergencyRelation; // "mother", "partner"
    QString preferredProviders; // the doctors the patient prefers: '|'-separated account ids

    QString displayName() const { return givenName + u' ' + familyName; }
    friend bool operator==(const Patient &, const Patient &) = default;
};

} // namespace clinic
