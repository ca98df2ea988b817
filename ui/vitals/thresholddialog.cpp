#include "thresholddialog.h"

#include "formwidgets.h"
#include "vitals/vitalunits.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace clinic::ui {

using namespace Qt::StringLiterals;

std::pair<double, double> ThresholdDialog::saneBounds(VitalKind kind)
{
    switch (kind) {
    case VitalKind::BloodPressure:
        return { 20, 300 }; // mmHg
    case VitalKind::HeartRate:
        return { 20, 250 }; // beats/min
    case VitalKind::Temperature:
        return { 30, 45 }; // °C
    case VitalKind::Glucose:
        return { 1, 40 }; // mmol/L
    case VitalKind::SpO2:
        return { 50, 100 }; // %
    case VitalKind::Weight:
        return { 1, 400 }; // kg
    }
    return { 0, 1000 };
}

ThresholdDialog::ThresholdDialog(QString patientId, const QList<VitalThreshold> &current,
                                 VitalSubmit submit, QWidget *parent)
    : QDialog(parent), m_patientId(std::move(patientId)), m_submit(std::move(submit))
{
    setWindowTitle(tr("Thresholds"));
    setAccessibleName(tr("Thresholds"));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Low"), this), 0, 2);
    grid->addWidget(new QLabel(tr("High"), this), 0, 3);
    int line = 1;
    const QLocale locale;
    for (VitalKind kind : allVitalKinds) {
        Row row { kind, {}, {} };
        for (const VitalThreshold &t : current) {
            if (t.kind == kind) {
                row.before[0] = t.low;
                row.before[1] = t.high;
                row.before[2] = t.low2;
                row.before[3] = t.high2;
            }
        }
        const QString unit = VitalUnits::canonical(kind);
        const int parts = kind == VitalKind::BloodPressure ? 2 : 1;
        for (int part = 0; part < parts; ++part) {
            QString name = VitalKinds::displayName(kind);
            if (kind == VitalKind::BloodPressure)
                name = part == 0 ? tr("Blood pressure, systolic") : tr("Blood pressure, diastolic");
            grid->addWidget(new QLabel(name, this), line, 0);
            for (int side = 0; side < 2; ++side) {
                const int bound = part * 2 + side;
                auto *edit = new QLineEdit(this);
                edit->setAccessibleName(side == 0 ? tr("%1 low (%2)").arg(name, unit)
                                                  : tr("%1 high (%2)").arg(name, unit));
                edit->setPlaceholderText(tr("none"));
                edit->setMaximumWidth(110);
                if (row.before[bound])
                    edit->setText(locale.toString(*row.before[bound], 'f',
                                                  VitalFormat::decimals(kind, unit)));
                row.bounds[bound] = edit;
                grid->addWidget(edit, line, 2 + side);
            }
            grid->addWidget(new QLabel(unit, this), line, 4);
            ++line;
        }
        m_rows.append(row);
    }
    m_message = messageLabel(this, u"thresholdMessage"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ThresholdDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ThresholdDialog::reject);
    auto *hint = new QLabel(tr("A reading outside these bounds opens an alert for the care team. "
                               "Leave a field empty for no bound."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QLineEdit *ThresholdDialog::field(VitalKind kind, int bound) const
{
    for (const Row &row : m_rows) {
        if (row.kind == kind && bound >= 0 && bound < 4)
            return row.bounds[bound];
    }
    return nullptr;
}

QString ThresholdDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool ThresholdDialog::read(const Row &row, int bound, std::optional<double> &value,
                           QString &why) const
{
    value.reset();
    QLineEdit *edit = row.bounds[bound];
    if (!edit)
        return true;
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return true;
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = text.toDouble(&ok); // "36.5" typed under a locale with a decimal comma
    const auto [low, high] = saneBounds(row.kind);
    if (!ok || !std::isfinite(number) || number < low || number > high) {
        why = tr("%1: enter a number from %2 to %3, or leave it empty.")
                      .arg(edit->accessibleName(), QLocale().toString(low),
                           QLocale().toString(high));
        edit->setFocus();
        return false;
    }
    value = number;
    return true;
}

void ThresholdDialog::accept()
{
    struct Change
    {
        VitalKind kind;
        std::optional<double> bounds[4];
    };
    QList<Change> changes;
    for (const Row &row : std::as_const(m_rows)) {
        Change change { row.kind, {} };
        QString why;
        for (int bound = 0; bound < 4; ++bound) {
            if (!read(row, bound, change.bounds[bound], why))
                return showMessage(m_message, why);
        }
        for (int pair = 0; pair < 4; pair += 2) {
            if (change.bounds[pair] && change.bounds[pair + 1]
                && *change.bounds[pair] >= *change.bounds[pair + 1]) {
                row.bounds[pair]->setFocus();
                return showMessage(m_message,
                                   tr("%1: the low bound must be below the high bound.")
                                           .arg(row.bounds[pair]->accessibleName()));
            }
        }
        bool same = true;
        for (int bound = 0; bound < 4; ++bound)
            same = same && change.bounds[bound] == row.before[bound];
        if (!same)
            changes.append(change);
    }
    static const char16_t *const names[4] = { u"low", u"high", u"low2", u"high2" };
    for (const Change &change : std::as_const(changes)) {
        QCborMap args { { u"patient_id"_s, m_patientId },
                        { u"kind"_s, VitalKinds::key(change.kind) } };
        for (int bound = 0; bound < 4; ++bound) {
            if (change.bounds[bound])
                args.insert(QString::fromUtf16(names[bound]), *change.bounds[bound]);
        }
        if (auto sent = m_submit(u"vital.threshold.set"_s, args); !sent)
            return showMessage(m_message, sent.error().message);
    }
    QDialog::accept();
}

} // namespace clinic::ui
