#include "product.h"

#include "jsonread.h"

#include <QJsonObject>

namespace wsc {

namespace {

// "zh_CN", "zh-cn", "ZH_cn" all become "zh_cn" so map keys of any spelling compare.
QString normalizedLanguage(QString language)
{
    language = language.trimmed().toLower();
    language.replace(QLatin1Char('-'), QLatin1Char('_'));
    return language;
}

QString primary(const QString &normalized)
{
    return normalized.section(QLatin1Char('_'), 0, 0);
}

} // namespace

QString Product::pickLanguage(const QMap<QString, QString> &texts, const QString &language)
{
    if (texts.isEmpty())
        return {};
    const QString wanted = normalizedLanguage(language);
    QString samePrimary;
    QString english;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QString key = normalizedLanguage(it.key());
        if (key == wanted)
            return it.value();
        if (samePrimary.isEmpty() && primary(key) == primary(wanted))
            samePrimary = it.value();
        if (english.isEmpty() && primary(key) == QLatin1String("en"))
            english = it.value();
    }
    if (!samePrimary.isEmpty())
        return samePrimary;
    if (!english.isEmpty())
        return english;
    for (const QString &text : texts) {
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString Product::description(const QString &language) const
{
    const QString picked = pickLanguage(productDesc, language);
    return picked.isEmpty() ? descriptions : picked;
}

QString Product::displayName(const QString &language) const
{
    const QString picked = pickLanguage(names, language);
    return picked.isEmpty() ? productId : picked;
}

Product Product::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Product p;
    p.productId = JsonRead::string(o, QStringLiteral("product_id"));
    p.flavorId = JsonRead::string(o, QStringLiteral("flavor_id"));
    p.type = JsonRead::string(o, QStringLiteral("type"));
    p.architecture = JsonRead::string(o, QStringLiteral("architecture"));
    p.osType = JsonRead::string(o, QStringLiteral("os_type"));
    p.cpu = static_cast<int>(JsonRead::integer(o, QStringLiteral("cpu")));
    p.memoryMb = JsonRead::integer(o, QStringLiteral("memory"));
    p.isGpu = JsonRead::boolean(o, QStringLiteral("is_gpu"));
    p.gpuDesc = JsonRead::string(o, QStringLiteral("gpu_desc"));
    p.cpuDesc = JsonRead::string(o, QStringLiteral("cpu_desc"));
    p.systemDiskType = JsonRead::string(o, QStringLiteral("system_disk_type"));
    p.systemDiskSize = static_cast<int>(JsonRead::integer(o, QStringLiteral("system_disk_size")));
    p.containDataDisk = JsonRead::boolean(o, QStringLiteral("contain_data_disk"));
    p.descriptions = JsonRead::string(o, QStringLiteral("descriptions"));
    p.productDesc = JsonRead::stringMap(o, QStringLiteral("product_desc"));
    // product_desc is documented as a map, but a plain string has been seen in examples.
    if (p.productDesc.isEmpty() && o.value(QStringLiteral("product_desc")).isString())
        p.productDesc.insert(QStringLiteral("en_us"),
                             o.value(QStringLiteral("product_desc")).toString());
    p.names = JsonRead::stringMap(o, QStringLiteral("name"));
    if (p.names.isEmpty() && o.value(QStringLiteral("name")).isString())
        p.names.insert(QStringLiteral("en_us"), o.value(QStringLiteral("name")).toString());
    p.chargeMode = JsonRead::string(o, QStringLiteral("charge_mode"));
    p.status = JsonRead::string(o, QStringLiteral("status"));
    p.packageType = JsonRead::string(o, QStringLiteral("package_type"));
    return p;
}

} // namespace wsc
