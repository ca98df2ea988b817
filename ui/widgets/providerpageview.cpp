#include "providerpageview.h"

#include "domain/availabilityrepository.h"

#include <QLabel>
#include <QLocale>
#include <QTextDocument>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

QString paragraph(const QString &title, const QString &text)
{
    return u"<p><b>"_s + title.toHtmlEscaped() + u"</b><br>"_s
            + text.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
}

} // namespace

ProviderPageView::ProviderPageView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(u"providerPage"_s);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the text wraps
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setMargin(10);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAccessibleName(tr("Doctor's page"));
    setWidget(m_label);
    clear();
}

QString ProviderPageView::languageName(const QString &code)
{
    const QLocale locale(code);
    return locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
}

void ProviderPageView::clear()
{
    m_label->setText(tr("Choose a doctor to read their page."));
}

QString ProviderPageView::text() const
{
    QTextDocument document;
    document.setHtml(m_label->text());
    return document.toPlainText();
}

QList<WeeklyRule> ProviderPageView::hoursOf(const QSqlDatabase &db, const QString &providerId)
{
    QList<WeeklyRule> rules;
    if (auto hours = AvailabilityRepository::of(db, providerId)) {
        for (const RuleRow &row : hours->rules)
            rules << row.rule;
    }
    return rules;
}

// A line a rule; the clock named once when every rule keeps the same, as a doctor's usually do.
QString ProviderPageView::officeHours(const QList<WeeklyRule> &hours)
{
    QStringList lines;
    QString zone = hours.first().timeZone;
    for (const WeeklyRule &rule : hours) {
        lines << hoursLine(rule);
        if (rule.timeZone != zone)
            zone.clear();
    }
    return paragraph(zone.isEmpty() ? tr("Office hours") : tr("Office hours (%1 time)").arg(zone),
                     lines.join(u'\n'));
}

QString ProviderPageView::hoursLine(const WeeklyRule &rule)
{
    const QLocale locale;
    const QString day = locale.standaloneDayName(rule.dayOfWeek, QLocale::LongFormat);
    const QString how = rule.modality == Modality::Video ? tr("by video") : tr("in person");
    return tr("%1 %2–%3, %4")
            .arg(day, locale.toString(rule.start, u"HH:mm"_s),
                 locale.toString(rule.end, u"HH:mm"_s), how);
}

void ProviderPageView::setPage(const ProviderPage &page, const QList<QStringList> &places,
                               const QList<WeeklyRule> &hours)
{
    const ProviderHit &who = page.summary;
    const QLocale locale;
    QString html = u"<h3>"_s + who.name.toHtmlEscaped() + u"</h3><p>"_s;
    QStringList line;
    if (!who.specialties.isEmpty())
        line << locale.createSeparatedList(who.specialties);
    if (!who.city.isEmpty())
        line << who.city;
    html += line.join(u" · "_s).toHtmlEscaped() + u"<br>"_s;
    html += (who.ratingCount > 0 ? tr("★ %1 (ratings: %2)")
                                           .arg(locale.toString(who.rating, 'f', 1))
                                           .arg(who.ratingCount)
                                 : tr("Not rated yet"))
                    .toHtmlEscaped();
    html += u"</p>"_s;
    QStringList facts;
    if (!page.licenceNumber.isEmpty())
        facts << tr("Licence %1, verified by the clinic").arg(page.licenceNumber);
    if (page.yearsExperience)
        facts << tr("%1 years of experience").arg(*page.yearsExperience);
    if (page.feeCents)
        facts << tr("Consultation fee: %1 %2")
                         .arg(locale.toString(double(*page.feeCents) / 100, 'f', 2),
                              page.feeCurrency);
    QStringList languages;
    for (const QString &code : who.languages)
        languages << languageName(code);
    if (!languages.isEmpty())
        facts << tr("Speaks %1").arg(locale.createSeparatedList(languages));
    QStringList ways;
    for (const QString &modality : who.modalities)
        ways << (modality == u"video" ? tr("by video") : tr("in person"));
    if (!ways.isEmpty())
        facts << tr("Sees patients %1").arg(locale.createSeparatedList(ways));
    if (!facts.isEmpty())
        html += u"<p>"_s + facts.join(u"\n"_s).toHtmlEscaped().replace(u'\n', u"<br>"_s)
                + u"</p>"_s;
    if (!page.credentials.isEmpty())
        html += paragraph(tr("Credentials and certifications"), page.credentials);
    if (!page.bio.isEmpty())
        html += paragraph(tr("About"), page.bio);
    if (!hours.isEmpty())
        html += officeHours(hours);
    for (const QStringList &place : places)
        html += paragraph(tr("Where"), place.join(u'\n'));
    m_label->setText(html);
}

} // namespace clinic::ui
