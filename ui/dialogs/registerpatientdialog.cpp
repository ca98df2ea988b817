#include "registerpatientdialog.h"

#include "util/rowid.h"
#include "widgets/profileform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

RegisterPatientDialog::RegisterPatientDialog(const ClientContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(u"registerPatientDialog"_s);
    setWindowTitle(tr("Register a patient"));
    m_form = new ProfileForm(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterPatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterPatientDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void RegisterPatientDialog::accept()
{
    QCborMap args = m_form->changes();
    const QString id = newRowId(*m_context.clock);
    args.insert(u"id"_s, id);
    auto registered = m_context.sync->submit(u"patient.register"_s, args);
    if (!registered)
        return m_form->showError(registered.error().message);
    m_registeredId = id;
    QDialog::accept();
}

} // namespace clinic::ui
