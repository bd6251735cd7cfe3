#include "gatedtcpserver.h"

#include <QTcpSocket>

namespace wsemu {

GatedTcpServer::GatedTcpServer(qint64 maxBodyBytes, RequestGate::Preflight preflight,
                               QObject *parent)
    : QTcpServer(parent)
    , m_maxBody(maxBodyBytes)
    , m_preflight(std::move(preflight))
{}

void GatedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before the HTTP server connects its own readyRead slot (on newConnection), so
    // the gate sees every byte first.
    new RequestGate(socket, m_maxBody, m_preflight);
    addPendingConnection(socket);
}

} // namespace wsemu
