#pragma once

#include "domain/geopoint.h"
#include "scheduling/availability.h"
#include "scheduling/schedulerows.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace clinic {

class RowStore;

// What a patient (or the front desk) looks for in the directory. Empty fields do not filter.
struct ProviderQuery
{
    enum class Sort { Name, Distance, NextFree, Rating };

    QString name; // words, each the start of a word in a name or specialty
    QString specialty; // one of the provider's, lower case
    QString city; // any case
    QString language; // ISO 639-1, "pt"
    std::optional<Modality> modality;
    std::optional<GeoPoint> near; // distances are from here
    double withinKm = 0; // with `near`: only those this close; 0: any distance
    int freeWithinDays = 0; // only those with a free slot in the next N days; 0: anyone
    double minRating = 0; // only those rated at least this (1 to 5) on average; 0: anyone
    Sort sort = Sort::Name;
    qint64 nowMs = 0; // for free slots
    int limit = 50;
};

struct ProviderHit
{
    QString id; // the provider's account id
    QString name;
    QString city;
    QStringList specialties;
    QStringList languages;
    QStringList modalities; // "in_person", "video"
    std::optional<double> distanceKm; // when the query had a point and the provider a place
    qint64 nextFreeMs = 0; // the first free slot, when the query asked about free slots
    double rating = 0; // average stars, 0 when nobody has rated yet
    int ratingCount = 0;
};

// A provider's whole page, as the patient reads it before booking (SPEC S2).
struct ProviderPage
{
    ProviderHit summary;
    QString bio;
    QString credentials;
    QString licenceNumber; // as the admin verified it
    std::optional<int> yearsExperience;
    std::optional<qint64> feeCents;
    QString feeCurrency;
    QStringList locationIds;
};

// The provider directory as synced to this computer (provider_profile, availability and
// free/busy in the "directory" bucket): searched offline, names through FTS4.
class ProviderDirectory
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ProviderDirectory)
public:
    explicit ProviderDirectory(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<QList<ProviderHit>> search(const ProviderQuery &query) const;
    // Every language some listed provider speaks (ISO 639-1), sorted.
    Result<QStringList> languages() const;
    // The provider's page; NotFound when they are not listed.
    Result<ProviderPage> page(const QString &providerId) const;
    // A provider's free slots in [fromMs, toMs), from their hours and free/busy as synced.
    Result<QList<Slot>> freeSlotsOf(const QString &providerId, qint64 fromMs, qint64 toMs,
                                    std::optional<Modality> modality = std::nullopt) const;

private:
    Result<QList<ProviderHit>> candidates(const ProviderQuery &query) const;
    Result<QList<Slot>> freeSlotsOf(RowStore &rows, const QString &providerId, qint64 fromMs,
                                    qint64 toMs, std::optional<Modality> modality) const;
    static QList<Slot> freeSlotsIn(ProviderSchedule schedule, qint64 fromMs, qint64 toMs,
                                   std::optional<Modality> modality);
    Result<QHash<QString, ProviderSchedule>> schedulesOf(const QStringList &providerIds) const;
    Result<QList<ProviderHit>> nextFreeOfAll(const ProviderQuery &query,
                                             QList<ProviderHit> hits) const;
    Result<QList<ProviderHit>> nextFreeUpToLimit(const ProviderQuery &query,
                                                 QList<ProviderHit> hits) const;

    QSqlDatabase m_db;
};

} // namespace clinic
