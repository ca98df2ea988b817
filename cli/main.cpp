// clinic-cli: sign in to a Clinic sync server from scripts. Links core only.

#include "clientcommands.h"
#include "util/version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Clinic"));
    QCoreApplication::setApplicationName(QStringLiteral("clinic-cli"));
    QCoreApplication::setApplicationVersion(QLatin1StringView(clinic::clinicVersion));
    return clinic::runClientCommand(app);
}
