#pragma once

#include "domain/cliniclocations.h"
#include "domain/providerdirectory.h"
#include "util/result.h"

#include <QCborMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace clinic::ui {

// What a doctor writes on their page in the directory (SPEC S2), in the shape
// provider.update_profile takes it. It edits values; the page decides when they are saved and
// shows what the server adds (the verified licence, the ratings).
class ProviderPageForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderPageForm(QWidget *parent = nullptr);

    // The clinic's locations to choose from; the ones ticked stay ticked.
    void setLocations(const QList<ClinicLocation> &locations);
    // Shows this page (none: empty fields) and forgets unsaved edits.
    void setPage(const std::optional<ProviderPage> &page);
    // Fills fields of a page not published yet from the registration; they count as edits.
    void propose(const QString &displayName, const QString &specialties,
                 const QString &credentials);

    // The mutation's arguments (without the id); an error when a field cannot be read.
    Result<QCborMap> args() const;
    // The first field the server would refuse (an empty name, a fee without a currency or
    // not an amount), for the page to show after a refusal; null when none looks wrong.
    QWidget *doubtfulField() const;
    // The page as patients would read it: what is typed, as the server stores it.
    ProviderPage preview() const;
    // Each ticked location as lines to show: name, address, hours, phone.
    QList<QStringList> places() const;
    bool isModified() const { return m_modified; }
    // What the server keeps and the doctor cannot edit, as text to show.
    void setLicence(const QString &text);
    void setRating(const QString &text);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *specialtiesField() const { return m_specialties; }
    QListWidget *languageList() const { return m_languages; }
    QCheckBox *inPersonBox() const { return m_inPerson; }
    QCheckBox *videoBox() const { return m_video; }
    QLineEdit *cityField() const { return m_city; }
    QListWidget *locationList() const { return m_locations; }
    QPlainTextEdit *credentialsEdit() const { return m_credentials; }
    QSpinBox *yearsBox() const { return m_years; }
    QLineEdit *feeField() const { return m_fee; }
    QComboBox *currencyBox() const { return m_currency; }
    QPlainTextEdit *bioEdit() const { return m_bio; }

    // "cardiology|sports medicine" from "Cardiology, Sports medicine ": as the server keeps it.
    static QStringList normalList(const QString &text);

signals:
    void edited();

private:
    QWidget *verifiedBox();
    QWidget *aboutBox();
    QWidget *visitsBox();
    void alignLabels();
    void setLanguages(const QStringList &codes);
    void updateChosenLanguages();
    QStringList checkedData(const QListWidget *list) const;
    Result<std::optional<qint64>> feeCents() const;
    void onEdited();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_specialties = nullptr;
    QListWidget *m_languages = nullptr;
    QLabel *m_chosenLanguages = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_rating = nullptr;
    QPlainTextEdit *m_credentials = nullptr;
    QSpinBox *m_years = nullptr;
    QPlainTextEdit *m_bio = nullptr;
    QCheckBox *m_inPerson = nullptr;
    QCheckBox *m_video = nullptr;
    QLineEdit *m_city = nullptr;
    QListWidget *m_locations = nullptr;
    QLineEdit *m_fee = nullptr;
    QComboBox *m_currency = nullptr;
    QList<ClinicLocation> m_known; // the clinic's locations, as listed
    bool m_modified = false;
    bool m_loading = false; // fields set by code, not edits
};

} // namespace clinic::ui
