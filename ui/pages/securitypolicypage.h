#pragma once

#include "clientcontext.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace clinic::ui {

// The admin's security policy: 2-step sign-in for staff, and when idle desktops lock.
class SecurityPolicyPage : public QWidget
{
    Q_OBJECT
public:
    explicit SecurityPolicyPage(const ClientContext &context, QWidget *parent = nullptr);

    void refresh();

private:
    void save();

    ClientContext m_context;
    QCheckBox *m_requireTotp = nullptr;
    QSpinBox *m_idleLock = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
