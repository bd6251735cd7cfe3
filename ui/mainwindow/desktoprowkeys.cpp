#include "desktoprowkeys.h"

#include "desktoptablemodel.h"

#include "models/domain/desktopinfo.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>

#include <optional>

namespace wsc {

namespace {

/**
 * "2026-12-07T10:00:00Z" or with ".123" milliseconds, as the service writes creation times,
 * in ms since the epoch; nullopt for any other shape (then QDateTime parses it). Reading the
 * digits directly costs a fraction of QDateTime::fromString, which a page of 500 rows pays
 * once per row.
 */
std::optional<qint64> fastUtcMs(const QString &text)
{
    const qsizetype n = text.size();
    if ((n != 20 && n != 24) || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T'
        || text.at(13) != u':' || text.at(16) != u':' || text.at(n - 1) != u'Z')
        return std::nullopt;
    auto number = [&](qsizetype at, int digits, int *out) {
        int value = 0;
        for (int i = 0; i < digits; ++i) {
            const char16_t c = text.at(at + i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        *out = value;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (!number(0, 4, &year) || !number(5, 2, &month) || !number(8, 2, &day)
        || !number(11, 2, &hour) || !number(14, 2, &minute) || !number(17, 2, &second))
        return std::nullopt;
    if (n == 24 && (text.at(19) != u'.' || !number(20, 3, &ms)))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL
           + ((hour * 60 + minute) * 60 + second) * 1000LL + ms;
}

/** A dotted-decimal IPv4 address as a number, 0 for any other text (QHostAddress reads it). */
quint32 ipv4Value(const QString &text)
{
    quint32 value = 0;
    int part = 0;
    int digits = 0;
    int dots = 0;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            if (digits == 1 && part == 0)
                return 0; // a leading zero: QHostAddress decides what it means
            part = part * 10 + (c.unicode() - u'0');
            if (++digits > 3 || part > 255)
                return 0;
        } else if (c == u'.' && digits > 0 && dots < 3) {
            value = (value << 8) | quint32(part);
            part = digits = 0;
            ++dots;
        } else {
            return 0;
        }
    }
    if (dots != 3 || digits == 0)
        return 0;
    return (value << 8) | quint32(part);
}

} // namespace

bool DesktopRowKeys::matches(const QStringMatcher &word) const
{
    return word.indexIn(name) >= 0 || word.indexIn(user) >= 0 || word.indexIn(id) >= 0
           || word.indexIn(ip) >= 0 || word.indexIn(product) >= 0 || word.indexIn(status) >= 0;
}

QString DesktopRowKeys::searchText() const
{
    return QStringList{name, user, id, ip, product, status}.join(u' ');
}

DesktopRowKeys DesktopRowKeys::of(const DesktopInfo &d, quint16 language)
{
    DesktopRowKeys k;
    k.language = language;
    k.name = d.computerName.toLower();
    k.user = DesktopTableModel::userText(d).toLower();
    k.status = DesktopTableModel::statusText(d.status).toLower();
    k.product = d.productId.toLower();
    k.zone = d.availabilityZone.toLower();
    k.id = d.desktopId.toLower();
    k.ip = d.ipAddresses.size() == 1 ? d.ipAddresses.constFirst() : d.ipAddresses.join(u' ');
    const QString first = d.ipAddresses.value(0);
    k.ipValue = ipv4Value(first);
    if (k.ipValue == 0 && !first.isEmpty()) {
        const QHostAddress address(first);
        k.ipValue = address.isNull() ? 0 : address.toIPv4Address();
    }
    if (const std::optional<qint64> ms = fastUtcMs(d.created)) {
        k.hasCreated = true;
        k.createdMs = *ms;
    } else {
        const QDateTime created = DesktopTableModel::createdTime(d);
        k.hasCreated = created.isValid();
        k.createdMs = k.hasCreated ? created.toMSecsSinceEpoch() : 0;
    }
    return k;
}

QList<DesktopRowKeys> DesktopRowKeys::of(const QList<DesktopInfo> &desktops, quint16 language)
{
    QList<DesktopRowKeys> keys;
    keys.reserve(desktops.size());
    // A handful of statuses over hundreds of rows: one lower-cased text each, not one a row.
    QHash<QString, QString> statuses;
    for (const DesktopInfo &d : desktops) {
        keys.append(of(d, language));
        QString &shared = statuses[d.status];
        if (shared.isNull())
            shared = keys.last().status;
        else
            keys.last().status = shared;
    }
    return keys;
}

} // namespace wsc
