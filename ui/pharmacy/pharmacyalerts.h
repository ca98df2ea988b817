#pragma once

#include "clientcontext.h"

#include <QWidget>

class QLabel;

namespace clinic::ui {

// The pharmacist's home page alerts: the queue's counts (new, ready for pick-up), stock items at
// or below their reorder level, and lots expiring within 30 and within 60 days. Follows sync.
class PharmacyAlerts : public QWidget
{
    Q_OBJECT
public:
    explicit PharmacyAlerts(const ClientContext &context, QWidget *parent = nullptr);

    QLabel *queue() const { return m_queue; }
    QLabel *lowStock() const { return m_low; }
    QLabel *expiring30() const { return m_expiring30; }
    QLabel *expiring60() const { return m_expiring60; }

private:
    void reload();

    ClientContext m_context;
    QLabel *m_queue = nullptr;
    QLabel *m_low = nullptr;
    QLabel *m_expiring30 = nullptr;
    QLabel *m_expiring60 = nullptr;
};

} // namespace clinic::ui
