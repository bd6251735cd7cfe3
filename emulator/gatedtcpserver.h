#pragma once

#include "requestgate.h"

#include <QTcpServer>

namespace wsemu {

/** A listening socket that puts a RequestGate on each connection before the HTTP server reads. */
class GatedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GatedTcpServer(qint64 maxBodyBytes, RequestGate::Preflight preflight,
                   QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxBody;
    RequestGate::Preflight m_preflight;
};

} // namespace wsemu
