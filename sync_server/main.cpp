// clinic-sync-server: the Clinic sync server and its command-line administration.

#include "servercommands.h"
#include "util/version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clinic-sync-server"));
    QCoreApplication::setApplicationVersion(QLatin1StringView(clinic::clinicVersion));
    return clinic::runServerCommand(app);
}
