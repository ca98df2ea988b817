#include "availabilityfields.h"

#include "mutations/entitymutations.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace clinic::ui {

using namespace Qt::StringLiterals;

QComboBox *AvailabilityFields::timeZoneBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(tr("Time zone"));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    // The system's own id may be missing from the list (Etc/UTC is not in zone.tab).
    QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    if (!ids.contains(QTimeZone::systemTimeZoneId()))
        ids.prepend(QTimeZone::systemTimeZoneId());
    for (const QByteArray &id : ids)
        box->addItem(QString::fromUtf8(id));
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(22);
    setZone(box, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    return box;
}

QTimeZone AvailabilityFields::zone(const QComboBox *box)
{
    const QByteArray id = box->currentText().trimmed().toUtf8();
    return id.isEmpty() ? QTimeZone() : QTimeZone(id);
}

void AvailabilityFields::setZone(QComboBox *box, const QString &ianaId)
{
    const int row = box->findText(ianaId);
    if (row >= 0)
        box->setCurrentIndex(row);
    else
        box->setEditText(ianaId);
}

QComboBox *AvailabilityFields::modalityBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(tr("Kind of visit"));
    box->addItem(tr("In person"), int(Modality::InPerson));
    box->addItem(tr("Video"), int(Modality::Video));
    return box;
}

Modality AvailabilityFields::modality(const QComboBox *box)
{
    return Modality(box->currentData().toInt());
}

void AvailabilityFields::setModality(QComboBox *box, Modality modality)
{
    box->setCurrentIndex(qMax(0, box->findData(int(modality))));
}

QComboBox *AvailabilityFields::locationBox(const QStringList &known, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(tr("Location"));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItems(known);
    // The name is the location's id, so only what an id may hold can be typed.
    box->setValidator(
            new QRegularExpressionValidator(QRegularExpression(u"[0-9A-Za-z_-]{0,64}"_s), box));
    box->lineEdit()->setPlaceholderText(tr("for example main-clinic"));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(18);
    if (known.isEmpty())
        box->setEditText({});
    return box;
}

QString AvailabilityFields::location(const QComboBox *box)
{
    return box->currentText().trimmed();
}

QSpinBox *AvailabilityFields::slotLengthBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setAccessibleName(tr("Slot length"));
    box->setRange(5, 480);
    box->setSingleStep(5);
    box->setValue(30);
    box->setSuffix(tr(" min"));
    return box;
}

QString AvailabilityFields::locationProblem(const QString &location)
{
    if (location.isEmpty())
        return tr("Name the location, for example main-clinic.");
    if (!MutationArgs::isId(location))
        return tr("A location's name is letters, digits, - and _ only, for example "
                  "main-clinic.");
    return {};
}

QString AvailabilityFields::slotProblem(const QTime &start, const QTime &end, int slotMinutes)
{
    const auto hhmm = [](const QTime &t) {
        return QLocale().toString(t, u"HH:mm"_s);
    };
    const int minutes = int(start.secsTo(end) / 60);
    if (minutes <= 0)
        return tr("The hours end at %1, before they start at %2: the end must be after the "
                  "start.")
                .arg(hhmm(end), hhmm(start));
    if (slotMinutes < 5 || slotMinutes > 480)
        return tr("A slot is 5 to 480 minutes long.");
    if (slotMinutes > minutes)
        return tr("A %1-minute slot does not fit between %2 and %3.")
                .arg(slotMinutes)
                .arg(hhmm(start), hhmm(end));
    if (minutes % slotMinutes != 0)
        return tr("%1–%2 is not a whole number of %3-minute slots: the last %4 minutes could "
                  "never be booked. Change the end or the slot length.")
                .arg(hhmm(start), hhmm(end))
                .arg(slotMinutes)
                .arg(minutes % slotMinutes);
    return {};
}

} // namespace clinic::ui
