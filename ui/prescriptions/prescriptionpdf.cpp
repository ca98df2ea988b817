#include "prescriptionpdf.h"

#include "prescriptions/rxformat.h"

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace clinic::ui {

using namespace Qt::StringLiterals;

Result<void> PrescriptionPdf::write(const PrescriptionInfo &rx, const QString &clinicName,
                                    const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setTitle(tr("Prescription: %1").arg(RxFormat::medicine(rx)));
    pdf.setCreator(u"Clinic"_s);
    QPainter painter;
    if (!painter.begin(&pdf))
        return makeError(ErrorCode::Unknown, tr("The PDF cannot be written to %1.").arg(path));
    const int width = pdf.width();
    const int margin = 0;
    int y = 0;
    const auto line = [&](const QString &text, qreal points, bool bold = false) {
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(points);
        font.setBold(bold);
        // No ligatures: the text copied or searched out of the PDF reads as typed ("fi").
        font.setStyleStrategy(QFont::PreferNoShaping);
        painter.setFont(font);
        const QRect box = painter.boundingRect(QRect(margin, y, width - 2 * margin, 10000),
                                               Qt::TextWordWrap, text);
        painter.drawText(box, Qt::TextWordWrap, text);
        y = box.bottom() + int(points * 300 / 72 * 0.5);
    };
    const auto field = [&](const QString &label, const QString &value) {
        line(label + u": " + (value.isEmpty() ? u"—"_s : value), 11);
    };
    line(clinicName, 18, true);
    line(tr("Prescription"), 14);
    y += 40;
    field(tr("Prescriber"), rx.prescriberName);
    field(tr("Patient"), rx.patientName);
    const QDate born = QDate::fromString(rx.patientBirthDate, Qt::ISODate);
    field(tr("Date of birth"),
          born.isValid() ? QLocale().toString(born, u"d MMMM yyyy"_s) : rx.patientBirthDate);
    if (!rx.patientAllergies.isEmpty())
        field(tr("Allergies"), rx.patientAllergies);
    y += 40;
    field(tr("Medicine"), rx.drugName);
    field(tr("Strength"), rx.strength);
    field(tr("Form"), rx.form);
    field(tr("Dose"), rx.dose);
    field(tr("Directions"), rx.directions);
    field(tr("Quantity"), QString::number(rx.quantity));
    field(tr("Refills"), QString::number(rx.refills));
    field(tr("Generic substitution"), rx.substitutionAllowed ? tr("allowed") : tr("not allowed"));
    if (!rx.pharmacyName.isEmpty())
        field(tr("Pharmacy"), rx.pharmacyName);
    y += 40;
    field(tr("Issued"), RxFormat::dateTime(rx.issuedAt));
    field(tr("Signed with key"), rx.keyFingerprint);
    field(tr("Status"), RxFormat::prescriptionStatus(rx.status));
    y += 40;
    line(tr("A copy for your records. The pharmacy receives the signed prescription from the "
            "clinic directly."),
         9);
    if (!painter.end())
        return makeError(ErrorCode::Unknown, tr("The PDF cannot be written to %1.").arg(path));
    if (!QFile::exists(path))
        return makeError(ErrorCode::Unknown, tr("The PDF cannot be written to %1.").arg(path));
    return {};
}

} // namespace clinic::ui
