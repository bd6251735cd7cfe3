#pragma once

#include "emulatoroptions.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace wsemu {

/** Parses the wsemu command line into EmulatorOptions and a listen address, with checks. */
class EmulatorCommandLine
{
public:
    enum class Result { Run, Help, Version, Error };

    Result parse(const QStringList &arguments);

    const EmulatorOptions &options() const { return m_options; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString errorText() const { return m_error; }
    QString helpText() const { return m_help; }

    /** "127.0.0.1:0", "[::1]:8080" or "localhost:0" into address and port. */
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);

private:
    EmulatorOptions m_options;
    QHostAddress m_address = QHostAddress::LocalHost;
    quint16 m_port = 0;
    QString m_error;
    QString m_help;
};

} // namespace wsemu
