#pragma once

#include "clientcontext.h"
#include "domain/appointmentrepository.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace clinic::ui {

// The selected visit's summary under the appointment list: the patient reads what their doctor
// wrote; the visit's doctor writes it, during a video call or after the visit. Hidden when
// there is nothing to read or write.
class VisitSummaryPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit VisitSummaryPanel(const ClientContext &context, QWidget *parent = nullptr);

    // Reads the visit's summary from the store; null: no visit chosen.
    void showVisit(const AppointmentView *visit);
    QLabel *text() const { return m_text; }
    QLabel *byline() const { return m_byline; }
    QPushButton *writeButton() const { return m_write; }
    // Opens the editor for the visit shown (its doctor only).
    void write();

signals:
    // A summary was written (error empty) or refused on this computer (the reason).
    void written(const QString &error);

private:
    bool canWrite(const AppointmentView &visit) const;

    ClientContext m_context;
    std::optional<AppointmentView> m_visit;
    std::optional<AppointmentRepository::Summary> m_summary;
    QLabel *m_text = nullptr;
    QLabel *m_byline = nullptr;
    QPushButton *m_write = nullptr;
};

} // namespace clinic::ui
