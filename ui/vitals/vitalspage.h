#pragma once

#include "clientcontext.h"
#include "vitals/vitalkind.h"

#include <QWidget>

namespace clinic::ui {

class VitalsPanel;

// A patient's own vital signs: their readings charted and listed, their latest of each kind,
// their doctor's thresholds (read only), and "Add reading".
class VitalsPage : public QWidget
{
    Q_OBJECT
public:
    explicit VitalsPage(const ClientContext &context, QWidget *parent = nullptr);

    VitalsPanel *panel() const { return m_panel; }

signals:
    void addReadingRequested(const QString &patientId, clinic::VitalKind kind);

private:
    VitalsPanel *m_panel = nullptr;
};

} // namespace clinic::ui
