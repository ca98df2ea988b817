#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace clinic {

struct PatientNote
{
    QString id;
    QString authorName;
    QString body;
    qint64 createdAt = 0; // UTC ms
    bool tentative = false; // waiting for the server's answer
};

// Reads a patient's notes from the local store, newest first. Notes are written only through
// the note.add mutation (core/mutations/notemutations.cpp).
class NoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::NoteRepository)
public:
    static Result<QList<PatientNote>> notesOf(QSqlDatabase db, const QString &patientId,
                                              int limit = 500);
};

} // namespace clinic
