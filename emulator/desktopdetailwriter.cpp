#include "desktopdetailwriter.h"

#include "catalog.h"
#include "desktoprecord.h"
#include "desktopview.h"
#include "emulatorclock.h"
#include "statestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace wsemu {

namespace {

/** A value as QJsonDocument writes it inside an array (what it writes anywhere else too). */
QByteArray qtJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray qtJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void writeString(QByteArray &out, QStringView text)
{
    // Printable ASCII without quote or backslash as it is (ids, names, states); anything else
    // escaped as Qt does.
    const qsizetype start = out.size();
    out.resize(start + text.size() + 2);
    char *to = out.data() + start;
    *to++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7f || u == u'"' || u == u'\\') {
            out.truncate(start);
            out += qtJson(QJsonValue(text.toString()));
            return;
        }
        *to++ = char(u);
    }
    *to = '"';
}

/** Any value as Qt writes it; false (nothing written) for an undefined one. */
bool writeValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Null:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::String:
        writeString(out, value.toString());
        return true;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::abs(d) < 1e15 && d == std::floor(d)) {
            out += QByteArray::number(qint64(d));
            return true;
        }
        break;
    }
    case QJsonValue::Array:
        if (value.toArray().isEmpty()) {
            out += "[]";
            return true;
        }
        break;
    case QJsonValue::Object:
        break;
    }
    out += qtJson(value);
    return true;
}

/** An object being written: its members in the order given, each with its comma. */
class Members
{
public:
    explicit Members(QByteArray &out)
        : m_out(out)
    {
        m_out += '{';
    }
    void key(const char *key)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    void string(const char *name, QStringView value)
    {
        key(name);
        writeString(m_out, value);
    }
    void raw(const char *name, const QByteArray &json)
    {
        key(name);
        m_out += json;
    }
    void value(const char *name, const QJsonValue &value)
    {
        // An undefined value leaves the key out, as QJsonObject::insert does.
        if (value.isUndefined())
            return;
        key(name);
        writeValue(m_out, value);
    }
    void boolean(const char *name, bool value) { raw(name, value ? "true" : "false"); }
    void stringList(const char *name, const QString &only)
    {
        key(name);
        if (only.isEmpty()) {
            m_out += "[]";
        } else {
            m_out += '[';
            writeString(m_out, only);
            m_out += ']';
        }
    }
    void end() { m_out += '}'; }

private:
    QByteArray &m_out;
    bool m_first = true;
};

/** DesktopView's volume view (members in key order). */
void writeVolume(QByteArray &out, const QJsonObject &volume, const QString &device,
                 const QString &created, const QString &desktopName)
{
    const QString id = volume.value(QStringLiteral("id")).toString();
    const QJsonValue type = volume.value(QStringLiteral("type"));
    Members m(out);
    m.string("bill_resource_id", QString());
    m.string("create_time", created);
    m.string("device", device);
    m.string("display_name", QString(desktopName + QLatin1Char('-') + device.mid(5)));
    m.string("id", id);
    if (volume.contains(QStringLiteral("iops")))
        m.value("iops", volume.value(QStringLiteral("iops")));
    m.string("kms_id", volume.value(QStringLiteral("kms_id")).toString());
    m.string("resource_spec_code",
             QString(QStringLiteral("workspace.volume.") + type.toString().toLower()));
    m.value("size", volume.value(QStringLiteral("size")));
    if (volume.contains(QStringLiteral("throughput")))
        m.value("throughput", volume.value(QStringLiteral("throughput")));
    m.value("type", type);
    m.string("volume_id", id);
    m.end();
}

} // namespace

DesktopDetailWriter::DesktopDetailWriter(const Catalog *catalog)
    : m_catalog(catalog)
{}

QByteArray DesktopDetailWriter::page(const QList<const DesktopRecord *> &desktops, qsizetype total,
                                     StateStore &state)
{
    // {"desktops":[...],"total_count":N}: the object's keys in order, compact.
    QByteArray body;
    body.reserve(desktops.size() * 2400 + 64);
    body += "{\"desktops\":[";
    for (qsizetype i = 0; i < desktops.size(); ++i) {
        if (i > 0)
            body += ',';
        write(body, *desktops.at(i), state);
    }
    body += "],\"total_count\":";
    body += QByteArray::number(qint64(total));
    body += '}';
    return body;
}

const DesktopDetailWriter::CatalogParts &DesktopDetailWriter::catalogParts(const DesktopRecord &d)
{
    const QString key = d.productId + QLatin1Char('\n') + d.imageId + QLatin1Char('\n')
                        + d.imageType + QLatin1Char('\n') + d.subnetId;
    auto it = m_parts.constFind(key);
    if (it != m_parts.constEnd())
        return *it;
    CatalogParts parts;
    parts.product = qtJson(DesktopView::productView(d.productId, *m_catalog));
    parts.flavor = qtJson(DesktopView::flavorView(d.productId, *m_catalog));
    parts.metadata = qtJson(DesktopView::metadataView(d, *m_catalog));
    parts.osVersion = m_catalog->image(d.imageId).value(QStringLiteral("os_version"));
    parts.vpcId = m_catalog->subnet(d.subnetId).value(QStringLiteral("vpc_id")).toString();
    return *m_parts.insert(key, parts);
}

void DesktopDetailWriter::write(QByteArray &out, const DesktopRecord &d, StateStore &state)
{
    // The members of DesktopView::detail in key order (QJsonObject keeps its keys sorted).
    const CatalogParts &parts = catalogParts(d);
    const QString created = EmulatorClock::isoMs(d.createdMs);
    Members m(out);
    m.key("addresses");
    if (d.ipAddress.isEmpty()) {
        out += "{}";
    } else {
        out += '{';
        writeString(out, parts.vpcId);
        out += ":[";
        Members a(out);
        a.string("OS-EXT-IPS-MAC:mac_addr", d.macAddress);
        a.string("OS-EXT-IPS:type", u"fixed");
        a.string("addr", d.ipAddress);
        a.string("version", u"4");
        a.end();
        out += "]}";
    }
    m.string("attach_state", d.attachState);
    m.key("attach_user_infos");
    if (!d.attachUserInfos.isEmpty() || d.userName.isEmpty()) {
        writeValue(out, d.attachUserInfos);
    } else {
        const UserRecord *user = state.userByName(d.userName);
        out += '[';
        Members u(out);
        u.string("domain", QString());
        u.string("type", u"USER");
        u.string("user_group", d.userGroup);
        u.string("user_id", user ? user->id : QString());
        u.string("user_name", d.userName);
        u.end();
        out += ']';
    }
    m.string("availability_zone", d.availabilityZone);
    m.string("bill_resource_id", d.id);
    m.string("computer_name", d.computerName);
    m.string("created", created);
    m.key("data_volumes");
    out += '[';
    for (int i = 0; i < d.dataVolumes.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString device = QStringLiteral("/dev/vd") + QChar(QLatin1Char('b').unicode() + i);
        writeVolume(out, d.dataVolumes.at(i).toObject(), device, created, d.computerName);
    }
    out += ']';
    m.string("desktop_id", d.id);
    m.string("desktop_type", d.desktopType);
    m.string("enterprise_project_id", d.enterpriseProjectId);
    m.raw("flavor", parts.flavor);
    m.boolean("in_maintenance_mode", d.inMaintenanceMode);
    m.string("internet_mode", QString());
    m.stringList("ip_addresses", d.ipAddress);
    m.string("ipv4", d.ipAddress);
    m.string("ipv6", QString());
    m.boolean("is_attaching_eip", false);
    m.boolean("is_freeze", false);
    m.boolean("is_support_internet", false);
    m.string("login_status", d.loginStatus);
    m.raw("metadata", parts.metadata);
    m.string("order_id", QString());
    m.string("os_host_name", d.osHostName);
    m.value("os_version", parts.osVersion);
    m.string("ou_name", QString());
    m.key("process");
    out += d.process < 0 ? QByteArray("null") : QByteArray::number(d.process);
    m.raw("product", parts.product);
    m.string("product_id", d.productId);
    m.string("root_resource_id", QString());
    m.key("root_volume");
    writeVolume(out, d.rootVolume, QStringLiteral("/dev/vda"), created, d.computerName);
    m.string("share_resource_sku", QString());
    m.string("sid", d.sid);
    m.string("site_name", QString());
    m.string("site_type", u"CENTER");
    m.string("status", d.status);
    m.string("subnet_id", d.subnetId);
    m.key("tags");
    writeValue(out, d.tags);
    m.string("task_status", d.taskStatus);
    m.string("user_group", d.userGroup);
    m.stringList("user_group_list", d.userGroup);
    m.stringList("user_list", d.userName);
    m.string("user_name", d.userName);
    m.end();
}

} // namespace wsemu
