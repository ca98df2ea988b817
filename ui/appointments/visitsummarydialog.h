#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace clinic::ui {

// The doctor writes or rewrites a visit's summary: what was found and agreed. The patient
// reads it in their appointments once it has synced.
class VisitSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int maxCharacters = 8000; // as visit.summarize accepts

    VisitSummaryDialog(const QString &patientName, const QString &text, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    void updateCount();

    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace clinic::ui
