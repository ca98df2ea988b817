#include "lowdelay.h"

#include <QAbstractSocket>
#include <QWebSocket>

namespace clinic {

void setLowDelay(QWebSocket &socket)
{
    if (auto *tcp = socket.findChild<QAbstractSocket *>())
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

} // namespace clinic
