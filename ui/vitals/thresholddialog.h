#pragma once

#include "vitalformat.h"
#include "vitals/vitalrepository.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QLabel;
class QLineEdit;

namespace clinic::ui {

// The doctor's thresholds for one patient: a low and a high bound per kind (systolic and
// diastolic for blood pressure), in the kind's canonical unit; an empty field is no bound.
// Checked here (numbers, low below high, within what a body can measure) before each changed
// kind is sent as vital.threshold.set.
class ThresholdDialog : public QDialog
{
    Q_OBJECT
public:
    ThresholdDialog(QString patientId, const QList<VitalThreshold> &current, VitalSubmit submit,
                    QWidget *parent = nullptr);

    // The bounds a threshold may take for the kind (canonical unit).
    static std::pair<double, double> saneBounds(VitalKind kind);
    QLineEdit *field(VitalKind kind, int bound) const; // bound: 0 low, 1 high, 2 low2, 3 high2
    QString message() const;

    void accept() override;

private:
    struct Row
    {
        VitalKind kind;
        QLineEdit *bounds[4] = {};
        std::optional<double> before[4];
    };
    // The field's number; nullopt for empty. False: not a number or out of the sane range.
    bool read(const Row &row, int bound, std::optional<double> &value, QString &why) const;

    QString m_patientId;
    VitalSubmit m_submit;
    QList<Row> m_rows;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
