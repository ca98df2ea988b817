#pragma once

#include "scheduling/availability.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

class QComboBox;
class QSpinBox;
class QWidget;

namespace clinic::ui {

// The fields the hours dialogs share, so that weekly hours and extra hours are entered alike.
class AvailabilityFields
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ui::AvailabilityFields)
public:
    // Every time zone this computer knows, typed to filter; this computer's chosen.
    static QComboBox *timeZoneBox(QWidget *parent);
    static QTimeZone zone(const QComboBox *box); // invalid when the text names none
    static void setZone(QComboBox *box, const QString &ianaId);
    static QComboBox *modalityBox(QWidget *parent);
    static Modality modality(const QComboBox *box);
    static void setModality(QComboBox *box, Modality modality);
    // A short name for the place (what the location id is), the ones in use offered first.
    static QComboBox *locationBox(const QStringList &known, QWidget *parent);
    static QString location(const QComboBox *box);
    static QSpinBox *slotLengthBox(QWidget *parent);

    // What is wrong with a location's name, or empty.
    static QString locationProblem(const QString &location);
    // What is wrong with slots of `slotMinutes` from `start` to `end` on one day, or empty:
    // an end before the start, a slot that does not fit, or one that leaves minutes over.
    static QString slotProblem(const QTime &start, const QTime &end, int slotMinutes);
};

} // namespace clinic::ui
