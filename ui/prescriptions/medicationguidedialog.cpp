#include "medicationguidedialog.h"

#include "formwidgets.h"
#include "pharmacy/referencerepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

MedicationGuideDialog::MedicationGuideDialog(const QSqlDatabase &db, const QString &drugId,
                                             QWidget *parent)
    : QDialog(parent)
{
    auto drug = ReferenceRepository::drug(db, drugId);
    auto loaded = ReferenceRepository::loaded(db);
    QString problem;
    if (!drug)
        problem = drug.error().message;
    else if (!loaded)
        problem = loaded.error().message;
    else if (!*drug)
        problem = tr("This medicine is not in the medicines reference on this computer.");
    const QString version = loaded && *loaded ? (*loaded)->version : QString();
    build(drug && *drug ? &**drug : nullptr, version, problem);
}

MedicationGuideDialog::MedicationGuideDialog(const Drug &drug, const QString &referenceVersion,
                                             QWidget *parent)
    : QDialog(parent)
{
    build(&drug, referenceVersion, {});
}

void MedicationGuideDialog::build(const Drug *drug, const QString &referenceVersion,
                                  const QString &problem)
{
    setObjectName(u"medicationGuideDialog"_s);
    m_found = drug && problem.isEmpty();
    const QString name = drug ? drug->name() : tr("Medication guide");
    setWindowTitle(drug ? tr("Medication guide: %1").arg(name) : name);
    QString html;
    if (!m_found) {
        html = u"<p>%1</p>"_s.arg(problem.toHtmlEscaped());
    } else {
        const std::pair<QString, QString> sections[] = {
            { tr("What it is for"), drug->guide.uses },
            { tr("How to take it"), drug->guide.dosage },
            { tr("Possible side effects"), drug->guide.sideEffects },
            { tr("Before and while you take it"), drug->guide.precautions },
            { tr("Get help at once if"), drug->guide.seekHelp },
        };
        if (!drug->brands.isEmpty())
            html += tr("<p>Also sold as %1.</p>").arg(drug->brands.join(u", ").toHtmlEscaped());
        for (const auto &[title, text] : sections)
            html += u"<h3>%1</h3><p>%2</p>"_s.arg(title.toHtmlEscaped(), text.toHtmlEscaped());
        html += tr("<p style=\"color:gray\">From the clinic's medicines reference, version %1. "
                   "Ask your doctor or pharmacist if anything is unclear.</p>")
                        .arg(referenceVersion.toHtmlEscaped());
    }
    m_text = new QLabel(html);
    m_text->setObjectName(u"guideText"_s);
    m_text->setAccessibleName(tr("Medication guide"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setMargin(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(name, this, 1.3));
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace clinic::ui
