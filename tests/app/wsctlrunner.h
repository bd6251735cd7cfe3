#pragma once

#include "support/emulatorprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/**
 * Runs the built wsctl as an administrator's script would: a separate process with its own
 * HOME (so the console's settings and journal are a temporary folder's), credentials from the
 * HUAWEICLOUD_SDK_* variables, the emulator's endpoint and a temporary --journal.
 */
class WsctlRunner
{
public:
    struct Result
    {
        int code = -1; ///< exit code; -2 when it crashed, -1 when it did not finish in time
        QString out;
        QString err;
        QString all() const
        {
            return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(code).arg(out, err);
        }
    };

    WsctlRunner()
    {
        QDir(m_home.path()).mkpath(QStringLiteral(".config"));
        QDir(m_home.path()).mkpath(QStringLiteral(".local/share"));
    }

    static QString executable() { return QStringLiteral(WSCTL_PATH); }
    QString home() const { return m_home.path(); }
    QString journal() const { return m_home.filePath(m_journal); }
    /** Later runs use the journal @p name in the temporary folder (a test's own batches). */
    void setJournal(const QString &name) { m_journal = name; }
    /**
     * A create spec the seed catalog takes: DEDICATED desktops of a Windows product with its gold
     * image and an 80 GB SAS system disk. Its one desktop is a placeholder: --users replaces it.
     */
    static QJsonObject seedSpec()
    {
        return QJsonObject{
                {QStringLiteral("desktop_type"), QStringLiteral("DEDICATED")},
                {QStringLiteral("product_id"),
                 QStringLiteral("workspace.x86.general.xlarge2.windows")},
                {QStringLiteral("image_type"), QStringLiteral("gold")},
                {QStringLiteral("image_id"),
                 QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f")},
                {QStringLiteral("root_volume"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("SAS")},
                             {QStringLiteral("size"), 80}}},
                {QStringLiteral("desktops"), QJsonArray{QJsonObject{{QStringLiteral("user_name"),
                                                                     QStringLiteral("replaced")}}}},
        };
    }
    /** seedSpec() written as spec.json in the runner's temporary folder; its path. */
    QString writeSeedSpec() const
    {
        return write(QStringLiteral("spec.json"), QJsonDocument(seedSpec()).toJson());
    }
    /** A file in the runner's temporary folder, written with @p bytes. */
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
        return path;
    }

    /** Points the runs at @p emulator (endpoint flags and the SDK variables). */
    void useEmulator(const EmulatorProcess &emulator)
    {
        m_endpoint = emulator.baseUrl().toString();
        m_projectId = emulator.projectId();
    }
    void setSecretKey(const QString &sk) { m_secretKey = sk; }

    /** --endpoint, --iam-endpoint and --journal for the emulator. */
    QStringList connection() const
    {
        if (m_endpoint.isEmpty())
            return {QStringLiteral("--journal"), journal()};
        return {QStringLiteral("--endpoint"),     m_endpoint,
                QStringLiteral("--iam-endpoint"), m_endpoint,
                QStringLiteral("--journal"),      journal()};
    }

    QProcessEnvironment environment(const QString &lang = QStringLiteral("C.UTF-8")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK",
              "HUAWEICLOUD_SDK_PROJECT_ID", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
              "HUAWEICLOUD_SDK_IAM_ENDPOINT", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "WSCTL_PROGRESS"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("HOME"), m_home.path());
        // No keychain daemon in tests: secrets live for one run only (SecretStore's memory).
        env.insert(QStringLiteral("WSC_SECRET_STORE"), QStringLiteral("memory"));
        env.insert(QStringLiteral("WSCTL_PROGRESS"), QStringLiteral("plain"));
        if (!m_endpoint.isEmpty()) {
            env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"),
                       QString::fromLatin1(EmulatorProcess::DefaultAccessKey));
            env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"),
                       m_secretKey.isEmpty()
                               ? QString::fromLatin1(EmulatorProcess::DefaultSecretKey)
                               : m_secretKey);
            env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_projectId);
        }
        return env;
    }

    /** Starts wsctl with the connection flags and @p args; the caller waits. */
    std::unique_ptr<QProcess> start(const QStringList &args,
                                    const QString &lang = QStringLiteral("C.UTF-8")) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(lang));
        process->start(executable(), connection() + args);
        return process;
    }

    /** Runs wsctl to its end; @p input goes to its standard input. */
    Result run(const QStringList &args, const QByteArray &input = {},
               const QString &lang = QStringLiteral("C.UTF-8"), int timeoutMs = 100000) const
    {
        auto process = start(args, lang);
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
        return finish(process.get(), timeoutMs);
    }

    /** Runs wsctl without the connection flags (help, usage, offline commands). */
    Result runBare(const QStringList &args, const QString &lang = QStringLiteral("C.UTF-8")) const
    {
        QProcess process;
        process.setProcessEnvironment(environment(lang));
        process.start(executable(), args);
        process.closeWriteChannel();
        return finish(&process, 60000);
    }

    static Result finish(QProcess *process, int timeoutMs)
    {
        Result r;
        if (process->state() != QProcess::NotRunning && !process->waitForFinished(timeoutMs)) {
            process->kill();
            process->waitForFinished(5000);
            r.out = QString::fromUtf8(process->readAllStandardOutput());
            r.err = QString::fromUtf8(process->readAllStandardError());
            return r;
        }
        r.code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -2;
        r.out = QString::fromUtf8(process->readAllStandardOutput());
        r.err = QString::fromUtf8(process->readAllStandardError());
        return r;
    }

    static QJsonObject json(const QString &text)
    {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

private:
    QTemporaryDir m_home;
    QString m_endpoint;
    QString m_projectId;
    QString m_secretKey;
    QString m_journal = QStringLiteral("jobs.sqlite");
};
