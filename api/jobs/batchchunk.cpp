#include "batchchunk.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace wsc {

QByteArray BatchChunk::bodyDigest() const
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

namespace {

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

QList<int> intList(const QJsonValue &value)
{
    QList<int> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toInt());
    return out;
}

} // namespace

QJsonObject BatchChunk::toJson() const
{
    QJsonObject baseline;
    for (auto it = userBaseline.begin(); it != userBaseline.end(); ++it)
        baseline.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("index"), index},
                  {QStringLiteral("state"), ChunkStates::name(state)},
                  {QStringLiteral("body"), QString::fromUtf8(body)},
                  {QStringLiteral("body_sha256"), QString::fromLatin1(bodyDigest())},
                  {QStringLiteral("source_indexes"), intArray(sourceIndexes)},
                  {QStringLiteral("confirmed_source_indexes"), intArray(confirmedSourceIndexes)},
                  {QStringLiteral("job_ids"), QJsonArray::fromStringList(jobIds)},
                  {QStringLiteral("sends"), sends}};
    if (baselineTaken)
        o.insert(QStringLiteral("user_baseline"), baseline);
    if (error.isError())
        o.insert(QStringLiteral("error"), error.summary());
    return o;
}

BatchChunk BatchChunk::fromJson(const QJsonObject &o)
{
    BatchChunk c;
    c.index = o.value(QStringLiteral("index")).toInt();
    ChunkStates::fromName(o.value(QStringLiteral("state")).toString(), &c.state);
    c.body = o.value(QStringLiteral("body")).toString().toUtf8();
    c.sourceIndexes = intList(o.value(QStringLiteral("source_indexes")));
    c.confirmedSourceIndexes = intList(o.value(QStringLiteral("confirmed_source_indexes")));
    const QJsonArray jobs = o.value(QStringLiteral("job_ids")).toArray();
    for (const QJsonValue &j : jobs)
        c.jobIds.append(j.toString());
    c.sends = o.value(QStringLiteral("sends")).toInt();
    if (o.contains(QStringLiteral("user_baseline"))) {
        c.baselineTaken = true;
        const QJsonObject baseline = o.value(QStringLiteral("user_baseline")).toObject();
        for (auto it = baseline.begin(); it != baseline.end(); ++it)
            c.userBaseline.insert(it.key(), it.value().toInt());
    }
    return c;
}

} // namespace wsc
