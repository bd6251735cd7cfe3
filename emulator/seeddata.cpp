#include "seeddata.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace wsemu {

namespace SeedData {

namespace {

struct ProductSpec
{
    const char *id;
    const char *flavor;
    const char *arch;
    const char *os;
    int cpu;
    int memoryMb;
    bool gpu;
    const char *gpuDesc;
    const char *packageType;
    const char *status;
    const char *chargeMode;
    const char *nameEn;
    const char *nameZh;
};

// Product ids follow the documented shapes (workspace.x86.*, workspace.k.* for Kunpeng/arm,
// the OAS example "workspace.c2.large.windows.2"). One is sold out, one is a GPU workstation.
const ProductSpec Products[] = {
        {"workspace.x86.general.large2.windows", "s6.large.2", "x86", "Windows", 2, 4096, false, "",
         "general", "normal", "1", "General Office | 2 vCPUs | 4 GiB", "通用办公版 | 2核 | 4GiB"},
        {"workspace.x86.general.xlarge2.windows", "s6.xlarge.2", "x86", "Windows", 4, 8192, false,
         "", "general", "normal", "0", "General Office | 4 vCPUs | 8 GiB",
         "通用办公版 | 4核 | 8GiB"},
        {"workspace.c2.large.windows.2", "c6.large.2", "x86", "Windows", 2, 4096, false, "",
         "enterprise", "normal", "1", "Enterprise | 2 vCPUs | 4 GiB", "企业版 | 2核 | 4GiB"},
        {"workspace.x86.enterprise.2xlarge2.windows", "c6.2xlarge.2", "x86", "Windows", 8, 16384,
         false, "", "enterprise", "normal", "1", "Enterprise | 8 vCPUs | 16 GiB",
         "企业版 | 8核 | 16GiB"},
        {"workspace.x86.ultimate.4xlarge4.windows", "c6.4xlarge.4", "x86", "Windows", 16, 65536,
         false, "", "ultimate", "sellout", "1", "Ultimate | 16 vCPUs | 64 GiB",
         "尊享版 | 16核 | 64GiB"},
        {"workspace.g6.2xlarge.4.windows", "g6.2xlarge.4", "x86", "Windows", 8, 32768, true,
         "NVIDIA T4 (16 GiB GDDR6)", "workstation", "normal", "1",
         "Cloud Workstation GPU | 8 vCPUs | 32 GiB | T4", "云工作站 GPU | 8核 | 32GiB | T4"},
        {"workspace.x86.agile.medium2.linux", "s6.medium.2", "x86", "Linux", 1, 2048, false, "",
         "agile", "normal", "1", "Agile Office | 1 vCPU | 2 GiB", "敏捷办公版 | 1核 | 2GiB"},
        {"workspace.x86.general.large2.linux", "s6.large.2", "x86", "Linux", 2, 4096, false, "",
         "general", "normal", "1", "General Office Linux | 2 vCPUs | 4 GiB",
         "通用办公版 Linux | 2核 | 4GiB"},
        {"workspace.k.xlarge.2.linux", "kc1.xlarge.2", "arm", "Linux", 4, 8192, false, "",
         "general", "normal", "0", "Kunpeng General | 4 vCPUs | 8 GiB", "鲲鹏通用版 | 4核 | 8GiB"},
        {"workspace.k.2xlarge.2.linux", "kc1.2xlarge.2", "arm", "Linux", 8, 16384, false, "",
         "enterprise", "normal", "1", "Kunpeng Enterprise | 8 vCPUs | 16 GiB",
         "鲲鹏企业版 | 8核 | 16GiB"},
};

struct ImageSpec
{
    const char *id;
    const char *name;
    const char *type;
    const char *os;
    const char *arch;
    const char *platform;
    const char *osVersion;
    int minRamMb;
    int minDiskGb;
    const char *created;
};

const ImageSpec Images[] = {
        {"a866298d-67db-44b0-a1f1-9d09bdddc20f", "Windows Server 2019 Datacenter 64bit (zh-CN)",
         "gold", "Windows", "x86", "Windows", "Windows Server 2019 Datacenter 64bit", 2048, 80,
         "2024-03-12T02:15:00Z"},
        {"4b9d2e71-0c5a-4f83-9e16-7a2b3c4d5e6f", "Windows 10 Enterprise 22H2 64bit (en-US)", "gold",
         "Windows", "x86", "Windows", "Windows 10 Enterprise 22H2 64bit", 4096, 80,
         "2024-06-20T09:30:00Z"},
        {"f0e9d8c7-b6a5-4493-8281-706f5e4d3c2b", "Windows Server 2022 Datacenter GPU (GRID 16)",
         "gold", "Windows", "x86", "Windows", "Windows Server 2022 Datacenter 64bit", 16384, 100,
         "2025-01-08T04:00:00Z"},
        {"1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b", "Ubuntu 22.04 Desktop 64bit", "gold", "Linux",
         "x86", "Ubuntu", "Ubuntu 22.04 64bit", 2048, 80, "2024-04-02T07:45:00Z"},
        {"6e5f4a3b-2c1d-4e0f-8a9b-7c6d5e4f3a2b", "UOS V20 Desktop 64bit (Kunpeng)", "gold", "Linux",
         "arm", "UOS", "UnionTech OS Desktop 20 64bit", 4096, 80, "2024-05-15T01:00:00Z"},
        {"9a8b7c6d-5e4f-4321-a0b1-c2d3e4f5a6b7", "Kylin V10 SP2 Desktop 64bit (Kunpeng)", "gold",
         "Linux", "arm", "Kylin", "Kylin Desktop V10 SP2 64bit", 4096, 80, "2024-05-15T01:30:00Z"},
        {"0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "win10-finance-2025q1", "private", "Windows",
         "x86", "Windows", "Windows 10 Enterprise 22H2 64bit", 4096, 100, "2025-02-27T11:20:00Z"},
        {"2f3e4d5c-6b7a-4988-a7b6-c5d4e3f2a1b0", "ubuntu-dev-toolchain", "private", "Linux", "x86",
         "Ubuntu", "Ubuntu 22.04 64bit", 8192, 120, "2025-03-18T06:10:00Z"},
        {"5c6d7e8f-9a0b-4c1d-9e2f-3a4b5c6d7e8f", "win11-design-cad", "private", "Windows", "x86",
         "Windows", "Windows 11 Enterprise 23H2 64bit", 16384, 150, "2025-04-03T08:00:00Z"},
};

struct UserSpec
{
    const char *name;
    const char *email;
    const char *phone;
    const char *description;
    const char *group;
};

// Twenty directory users, mostly pinyin names as in a Chinese company, a few English ones.
const UserSpec Users[] = {
        {"zhangwei", "zhang.wei@example.com", "13800138001", "财务部 会计", "finance"},
        {"wangfang", "wang.fang@example.com", "13800138002", "财务部 出纳", "finance"},
        {"liuyang", "liu.yang@example.com", "13800138003", "研发部 后端开发", "developers"},
        {"chenjing", "chen.jing@example.com", "13800138004", "研发部 测试", "developers"},
        {"yangli", "yang.li@example.com", "13800138005", "人力资源部", "hr"},
        {"zhaolei", "zhao.lei@example.com", "13800138006", "销售部 华北区", "sales"},
        {"huangmin", "huang.min@example.com", "13800138007", "销售部 华东区", "sales"},
        {"zhouxin", "zhou.xin@example.com", "13800138008", "设计部 UI设计", "design"},
        {"wuhao", "wu.hao@example.com", "13800138009", "研发部 前端开发", "developers"},
        {"xuting", "xu.ting@example.com", "13800138010", "行政部", "admin-staff"},
        {"sunqiang", "sun.qiang@example.com", "13800138011", "运维部", "ops"},
        {"mahui", "ma.hui@example.com", "13800138012", "法务部", "legal"},
        {"zhu_lin", "zhu.lin@example.com", "13800138013", "市场部", "marketing"},
        {"guo-peng", "guo.peng@example.com", "13800138014", "研发部 架构师", "developers"},
        {"lin_xiaoyu", "lin.xiaoyu@example.com", "13800138015", "设计部 视觉设计", "design"},
        {"alice", "alice.johnson@example.com", "", "Sales, EMEA", "sales"},
        {"bob_chen", "bob.chen@example.com", "", "Engineering, Platform", "developers"},
        {"david-miller", "david.miller@example.com", "", "Finance controller", "finance"},
        {"emma_schmidt", "emma.schmidt@example.com", "", "Customer success", "support"},
        {"olivia-wang", "olivia.wang@example.com", "", "Product manager", "product"},
};

QJsonObject nameMap(const char *en, const char *zh)
{
    return QJsonObject{{QStringLiteral("en_US"), QString::fromUtf8(en)},
                       {QStringLiteral("zh_CN"), QString::fromUtf8(zh)}};
}

} // namespace

QString stableHexId(const QString &name)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex());
}

QString stableUuid(const QString &name)
{
    const QString h = stableHexId(name);
    return h.mid(0, 8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4)
           + QLatin1Char('-') + h.mid(16, 4) + QLatin1Char('-') + h.mid(20, 12);
}

QJsonArray products()
{
    QJsonArray array;
    for (const ProductSpec &p : Products) {
        const QString cpu = QString::number(p.cpu);
        const QString memoryGb = QString::number(p.memoryMb / 1024);
        QJsonObject product{
                {QStringLiteral("product_id"), QString::fromLatin1(p.id)},
                {QStringLiteral("flavor_id"), QString::fromLatin1(p.flavor)},
                {QStringLiteral("type"), QStringLiteral("BASE")},
                {QStringLiteral("architecture"), QString::fromLatin1(p.arch)},
                {QStringLiteral("cpu"), cpu},
                {QStringLiteral("cpu_desc"),
                 QString::fromLatin1(qstrcmp(p.arch, "arm") == 0 ? "Kunpeng 920 2.6GHz"
                                                                 : "Intel Xeon Gold 6278C 2.6GHz")},
                // Memory is in MB, as a string (workspace-api.md §1.5).
                {QStringLiteral("memory"), QString::number(p.memoryMb)},
                {QStringLiteral("is_gpu"), p.gpu},
                {QStringLiteral("system_disk_type"), QStringLiteral("SAS")},
                {QStringLiteral("system_disk_size"), QStringLiteral("80")},
                {QStringLiteral("data_disk_size"), QStringLiteral("10")},
                {QStringLiteral("gpu_desc"), QString::fromUtf8(p.gpuDesc)},
                {QStringLiteral("descriptions"),
                 QStringLiteral("CPU:%1vCPUs,Memory:%2GB").arg(cpu, memoryGb)},
                {QStringLiteral("product_desc"), nameMap(p.nameEn, p.nameZh)},
                {QStringLiteral("name"), nameMap(p.nameEn, p.nameZh)},
                {QStringLiteral("charge_mode"), QString::fromLatin1(p.chargeMode)},
                {QStringLiteral("contain_data_disk"), false},
                {QStringLiteral("resource_type"), QStringLiteral("hws.resource.type.vdi.vm")},
                {QStringLiteral("cloud_service_type"), QStringLiteral("hws.service.type.vdi")},
                {QStringLiteral("volume_product_type"), QStringLiteral("workspace")},
                {QStringLiteral("domain_ids"), QJsonArray()},
                {QStringLiteral("status"), QString::fromLatin1(p.status)},
                {QStringLiteral("sub_product_list"), QJsonArray()},
                {QStringLiteral("package_type"), QString::fromLatin1(p.packageType)},
        };
        if (p.gpu)
            product.insert(QStringLiteral("vram"), QStringLiteral("16384"));
        array.append(product);
    }
    return array;
}

QString productOsType(const QString &productId)
{
    for (const ProductSpec &p : Products) {
        if (productId == QLatin1String(p.id))
            return QString::fromLatin1(p.os);
    }
    return {};
}

QJsonArray images()
{
    QJsonArray array;
    for (const ImageSpec &i : Images) {
        array.append(QJsonObject{
                {QStringLiteral("id"), QString::fromLatin1(i.id)},
                {QStringLiteral("name"), QString::fromUtf8(i.name)},
                {QStringLiteral("architecture"), QString::fromLatin1(i.arch)},
                {QStringLiteral("os_version"), QString::fromUtf8(i.osVersion)},
                {QStringLiteral("image_type"), QString::fromLatin1(i.type)},
                {QStringLiteral("os_type"), QString::fromLatin1(i.os)},
                {QStringLiteral("platform"), QString::fromLatin1(i.platform)},
                {QStringLiteral("disk_format"), QStringLiteral("zvhd2")},
                {QStringLiteral("min_ram"), i.minRamMb},
                {QStringLiteral("min_disk"), i.minDiskGb},
                {QStringLiteral("product_code"), QString()},
                {QStringLiteral("created_at"), QString::fromLatin1(i.created)},
                {QStringLiteral("kms_id"), QString()},
        });
    }
    return array;
}

QJsonArray availabilityZones()
{
    auto zone = [](const char *id, const char *en, const char *zh, bool isDefault,
                   const QJsonArray &soldOut) {
        return QJsonObject{
                {QStringLiteral("availability_zone"), QString::fromLatin1(id)},
                {QStringLiteral("display_name"), QString::fromLatin1(en)},
                {QStringLiteral("i18n"),
                 QJsonObject{{QStringLiteral("en_us"), QString::fromLatin1(en)},
                             {QStringLiteral("zh_cn"), QString::fromUtf8(zh)}}},
                {QStringLiteral("sold_out"), QJsonObject{{QStringLiteral("products"), soldOut}}},
                {QStringLiteral("product_ids"), QJsonArray()},
                {QStringLiteral("visible"), true},
                {QStringLiteral("default_availability_zone"), isDefault},
        };
    };
    return QJsonArray{
            zone("cn-north-4a", "AZ1", "可用区1", true, {}),
            zone("cn-north-4b", "AZ2", "可用区2", false, {}),
            // The GPU workstation is sold out in AZ3 only.
            zone("cn-north-4c", "AZ3", "可用区3", false,
                 QJsonArray{QStringLiteral("workspace.g6.2xlarge.4.windows")}),
    };
}

QJsonArray volumeProducts()
{
    auto product = [](const char *type, const char *en, const char *zh, const QJsonArray &zones,
                      bool provisioned) {
        const QString spec
                = QStringLiteral("workspace.volume.") + QString::fromLatin1(type).toLower();
        QJsonObject o{
                {QStringLiteral("resource_spec_code"), spec},
                {QStringLiteral("volume_type"), QString::fromLatin1(type)},
                {QStringLiteral("volume_product_type"), QStringLiteral("workspace")},
                {QStringLiteral("resource_type"), QStringLiteral("hws.resource.type.volume")},
                {QStringLiteral("cloud_service_type"), QStringLiteral("hws.service.type.ebs")},
                {QStringLiteral("domain_ids"), QJsonArray()},
                {QStringLiteral("name"),
                 QJsonArray{QJsonObject{{QStringLiteral("language"), QStringLiteral("en_us")},
                                        {QStringLiteral("value"), QString::fromLatin1(en)}},
                            QJsonObject{{QStringLiteral("language"), QStringLiteral("zh_cn")},
                                        {QStringLiteral("value"), QString::fromUtf8(zh)}}}},
                {QStringLiteral("status"), QStringLiteral("normal")},
                {QStringLiteral("_zones"), zones},
        };
        // GPSSD2 is provisioned by IOPS and throughput (TF doc: 3000–12800, 125–1000 MiB/s);
        // the reference names these objects, and the client only asks whether they are there.
        if (provisioned) {
            o.insert(QStringLiteral("iops"), QJsonObject{{QStringLiteral("resource_spec_code"),
                                                          QString(spec + QStringLiteral(".iops"))},
                                                         {QStringLiteral("min"), 3000},
                                                         {QStringLiteral("max"), 12800}});
            o.insert(QStringLiteral("throughput"),
                     QJsonObject{{QStringLiteral("resource_spec_code"),
                                  QString(spec + QStringLiteral(".throughput"))},
                                 {QStringLiteral("min"), 125},
                                 {QStringLiteral("max"), 1000}});
        }
        return o;
    };
    return QJsonArray{
            product("SAS", "High I/O", "高IO", {}, false),
            product("SSD", "Ultra-high I/O", "超高IO", {}, false),
            product("GPSSD", "General Purpose SSD", "通用型SSD", {}, false),
            // Not sold in AZ3: a type one zone lacks, for the client's and wsemu's checks.
            product("GPSSD2", "General Purpose SSD V2", "通用型SSD V2",
                    QJsonArray{QStringLiteral("cn-north-4a"), QStringLiteral("cn-north-4b")}, true),
    };
}

QJsonArray vpcs(const QString &projectId)
{
    return QJsonArray{
            QJsonObject{{QStringLiteral("id"), QString::fromLatin1(VpcId)},
                        {QStringLiteral("name"), QStringLiteral("vpc-workspace")},
                        {QStringLiteral("cidr"), QStringLiteral("192.168.0.0/16")},
                        {QStringLiteral("status"), QStringLiteral("OK")},
                        {QStringLiteral("created_at"), QStringLiteral("2024-03-01T02:10:00Z")},
                        {QStringLiteral("tenant_id"), projectId}},
            QJsonObject{{QStringLiteral("id"), QString::fromLatin1(OtherVpcId)},
                        {QStringLiteral("name"), QStringLiteral("vpc-default")},
                        {QStringLiteral("cidr"), QStringLiteral("172.16.0.0/16")},
                        {QStringLiteral("status"), QStringLiteral("OK")},
                        {QStringLiteral("created_at"), QStringLiteral("2023-11-20T08:00:00Z")},
                        {QStringLiteral("tenant_id"), projectId}},
    };
}

QJsonArray subnets()
{
    auto subnet = [](const char *id, const char *name, const char *cidr, const char *gateway,
                     const char *vpc, const char *description) {
        return QJsonObject{
                {QStringLiteral("id"), QString::fromLatin1(id)},
                {QStringLiteral("name"), QString::fromLatin1(name)},
                {QStringLiteral("cidr"), QString::fromLatin1(cidr)},
                {QStringLiteral("gateway_ip"), QString::fromLatin1(gateway)},
                {QStringLiteral("vpc_id"), QString::fromLatin1(vpc)},
                {QStringLiteral("availability_zone"), QString()},
                {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                {QStringLiteral("dhcp_enable"), true},
                {QStringLiteral("ipv6_enable"), false},
                {QStringLiteral("primary_dns"), QStringLiteral("100.125.1.250")},
                {QStringLiteral("secondary_dns"), QStringLiteral("100.125.129.250")},
                {QStringLiteral("neutron_subnet_id"), stableUuid(QString::fromLatin1(id))},
                {QStringLiteral("neutron_ipv6_subnet_id"), QString()},
                {QStringLiteral("description"), QString::fromUtf8(description)},
        };
    };
    return QJsonArray{
            subnet(OfficeSubnetId, "subnet-office", "192.168.0.0/18", "192.168.0.1", VpcId,
                   "办公桌面子网"),
            subnet(LabSubnetId, "subnet-lab", "192.168.64.0/20", "192.168.64.1", VpcId,
                   "Lab desktops"),
            subnet(OtherSubnetId, "subnet-default", "172.16.0.0/24", "172.16.0.1", OtherVpcId,
                   "Not a Workspace subnet"),
    };
}

QJsonArray securityGroups(const QString &projectId)
{
    auto group = [&projectId](const char *id, const char *name, const char *description) {
        return QJsonObject{
                {QStringLiteral("id"), QString::fromLatin1(id)},
                {QStringLiteral("name"), QString::fromLatin1(name)},
                {QStringLiteral("description"), QString::fromUtf8(description)},
                {QStringLiteral("security_group_rules"), QStringLiteral("[]")},
                {QStringLiteral("tenant_id"), projectId},
                {QStringLiteral("project_id"), projectId},
                {QStringLiteral("created_at"), QStringLiteral("2024-03-01T02:12:00Z")},
                {QStringLiteral("updated_at"), QStringLiteral("2024-03-01T02:12:00Z")},
        };
    };
    return QJsonArray{
            group(DesktopSecurityGroupId, "WorkspaceUserSecurityGroup",
                  "Security group of the Workspace desktops"),
            group(ManagerSecurityGroupId, "WorkspaceManagerSecurityGroup",
                  "Security group of the Workspace management plane"),
            group(DefaultSecurityGroupId, "default", "Default security group"),
            group(RdpSecurityGroupId, "sg-office-rdp", "允许办公网访问 HDP/RDP"),
    };
}

QJsonObject workspace(const QString &domainType)
{
    const bool ad = domainType == QLatin1String("LOCAL_AD");
    QJsonObject adDomains{
            {QStringLiteral("domain_type"), domainType},
            {QStringLiteral("domain_name"), ad ? QStringLiteral("corp.example.com") : QString()},
            {QStringLiteral("domain_admin_account"), ad ? QStringLiteral("wksadmin") : QString()},
            {QStringLiteral("active_domain_name"),
             ad ? QStringLiteral("dc01.corp.example.com") : QString()},
            {QStringLiteral("active_domain_ip"), ad ? QStringLiteral("192.168.0.5") : QString()},
            {QStringLiteral("standby_domain_name"),
             ad ? QStringLiteral("dc02.corp.example.com") : QString()},
            {QStringLiteral("standby_domain_ip"), ad ? QStringLiteral("192.168.0.6") : QString()},
            {QStringLiteral("active_dns_ip"), ad ? QStringLiteral("192.168.0.5") : QString()},
            {QStringLiteral("standby_dns_ip"), ad ? QStringLiteral("192.168.0.6") : QString()},
            // The SDK model (ListWorkspaces AdInfo) types it as a string, '0' or '1'.
            {QStringLiteral("delete_computer_object"), QStringLiteral("0")},
            {QStringLiteral("use_ldaps"), false},
    };
    return QJsonObject{
            {QStringLiteral("id"), QString::fromLatin1(WorkspaceId)},
            {QStringLiteral("status"), QStringLiteral("SUBSCRIBED")},
            {QStringLiteral("ad_domains"), adDomains},
            {QStringLiteral("vpc_id"), QString::fromLatin1(VpcId)},
            {QStringLiteral("vpc_name"), QStringLiteral("vpc-workspace")},
            {QStringLiteral("subnet_ids"),
             QJsonArray{
                     QJsonObject{
                             {QStringLiteral("subnet_id"), QString::fromLatin1(OfficeSubnetId)}},
                     QJsonObject{{QStringLiteral("subnet_id"), QString::fromLatin1(LabSubnetId)}}}},
            {QStringLiteral("vpc_config_infos"),
             QJsonArray{QJsonObject{
                     {QStringLiteral("vpc_id"), QString::fromLatin1(VpcId)},
                     {QStringLiteral("subnet_ids"), QJsonArray{QString::fromLatin1(OfficeSubnetId),
                                                               QString::fromLatin1(LabSubnetId)}},
                     {QStringLiteral("used_subnet_ids"),
                      QJsonArray{QString::fromLatin1(OfficeSubnetId),
                                 QString::fromLatin1(LabSubnetId)}},
                     {QStringLiteral("default_access_vpc"), true}}}},
            {QStringLiteral("access_mode"), QStringLiteral("INTERNET")},
            {QStringLiteral("internet_access_address"),
             QStringLiteral("sandbox.workspace.cn-north-4.example.com")},
            {QStringLiteral("internet_access_port"), QStringLiteral("443")},
            {QStringLiteral("dedicated_access_address"), QString()},
            {QStringLiteral("dedicated_subnets"), QString()},
            {QStringLiteral("desktop_security_group"),
             QJsonObject{{QStringLiteral("id"), QString::fromLatin1(DesktopSecurityGroupId)},
                         {QStringLiteral("name"), QStringLiteral("WorkspaceUserSecurityGroup")}}},
            {QStringLiteral("infrastructure_security_group"),
             QJsonObject{
                     {QStringLiteral("id"), QString::fromLatin1(ManagerSecurityGroupId)},
                     {QStringLiteral("name"), QStringLiteral("WorkspaceManagerSecurityGroup")}}},
            {QStringLiteral("management_subnet_cidr"), QStringLiteral("172.31.0.0/16")},
            {QStringLiteral("config_status"), QStringLiteral("3")},
            {QStringLiteral("progress"), QStringLiteral("100%")},
            {QStringLiteral("job_id"), QString()},
            {QStringLiteral("fail_code"), 0},
            {QStringLiteral("fail_reason"), QString()},
            {QStringLiteral("enterprise_id"), QString()},
            {QStringLiteral("closable"), true},
            {QStringLiteral("access_status"), QStringLiteral("NORMAL")},
            {QStringLiteral("site_configs"), QJsonArray()},
            {QStringLiteral("is_support_ipv6"), false},
    };
}

QList<UserRecord> users(qint64 nowMs)
{
    QList<UserRecord> list;
    qint64 created = nowMs - 120LL * 24 * 3600 * 1000;
    for (const UserSpec &spec : Users) {
        UserRecord user;
        user.userName = QString::fromLatin1(spec.name);
        user.id = stableHexId(QStringLiteral("user:") + user.userName);
        user.sid = QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-")
                   + QString::number(1100 + list.size());
        user.userEmail = QString::fromLatin1(spec.email);
        user.userPhone = QString::fromLatin1(spec.phone);
        user.description = QString::fromUtf8(spec.description);
        user.activeType = QStringLiteral("USER_ACTIVATE");
        user.groupNames = QStringList{QString::fromLatin1(spec.group)};
        user.createdMs = created;
        created += 3LL * 24 * 3600 * 1000;
        list.append(user);
    }
    return list;
}

QList<DesktopRecord> desktops(qint64 nowMs)
{
    struct Spec
    {
        const char *name;
        const char *user;
        const char *group;
        const char *product;
        const char *image;
        const char *status;
        const char *login;
        int ageDays;
        const char *ip;
    };
    const Spec specs[] = {
            {"WKS-FIN-001", "zhangwei", "users", "workspace.x86.general.xlarge2.windows",
             "a866298d-67db-44b0-a1f1-9d09bdddc20f", "ACTIVE", "REGISTERED", 90, "192.168.0.11"},
            {"WKS-FIN-002", "wangfang", "users", "workspace.x86.general.xlarge2.windows",
             "a866298d-67db-44b0-a1f1-9d09bdddc20f", "ACTIVE", "CONNECTED", 88, "192.168.0.12"},
            {"WKS-DEV-001", "liuyang", "sudo", "workspace.x86.general.large2.linux",
             "1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b", "ACTIVE", "DISCONNECTED", 60, "192.168.0.13"},
            {"WKS-POOL-01", "", "", "workspace.x86.general.large2.windows",
             "4b9d2e71-0c5a-4f83-9e16-7a2b3c4d5e6f", "ACTIVE", "REGISTERED", 30, "192.168.0.14"},
            {"WKS-POOL-02", "", "", "workspace.x86.general.large2.windows",
             "4b9d2e71-0c5a-4f83-9e16-7a2b3c4d5e6f", "SHUTOFF", "UNREGISTER", 30, "192.168.0.15"},
    };
    QList<DesktopRecord> list;
    for (const Spec &s : specs) {
        DesktopRecord d;
        d.computerName = QString::fromLatin1(s.name);
        d.id = stableUuid(QStringLiteral("desktop:") + d.computerName);
        d.osHostName = d.computerName;
        d.status = QString::fromLatin1(s.status);
        d.loginStatus = QString::fromLatin1(s.login);
        d.productId = QString::fromLatin1(s.product);
        d.imageId = QString::fromLatin1(s.image);
        d.imageType = QStringLiteral("gold");
        d.availabilityZone = QStringLiteral("cn-north-4a");
        d.subnetId = QString::fromLatin1(OfficeSubnetId);
        d.ipAddress = QString::fromLatin1(s.ip);
        const QString hex = stableHexId(d.id);
        d.macAddress = QStringLiteral("fa:16:3e:%1:%2:%3")
                               .arg(hex.mid(0, 2), hex.mid(2, 2), hex.mid(4, 2));
        d.securityGroupIds = QStringList{QString::fromLatin1(DesktopSecurityGroupId)};
        d.rootVolume
                = QJsonObject{{QStringLiteral("type"), QStringLiteral("SAS")},
                              {QStringLiteral("size"), 80},
                              {QStringLiteral("id"), stableUuid(d.id + QStringLiteral(":root"))}};
        d.dataVolumes = QJsonArray{
                QJsonObject{{QStringLiteral("type"), QStringLiteral("SAS")},
                            {QStringLiteral("size"), 100},
                            {QStringLiteral("id"), stableUuid(d.id + QStringLiteral(":data0"))}}};
        d.userName = QString::fromLatin1(s.user);
        d.userGroup = QString::fromLatin1(s.group);
        if (!d.userName.isEmpty()) {
            d.attachState = QStringLiteral("ATTACHED");
            for (const UserSpec &u : Users) {
                if (d.userName == QLatin1String(u.name))
                    d.userEmail = QString::fromLatin1(u.email);
            }
        } else {
            d.attachState = QStringLiteral("UNATTACH");
        }
        d.sid = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-")
                + QString::number(2000 + list.size());
        d.createdMs = nowMs - static_cast<qint64>(s.ageDays) * 24 * 3600 * 1000;
        list.append(d);
    }
    return list;
}

QList<DesktopRecord> generatedDesktops(int count, qint64 nowMs)
{
    // Weighted tables: a draw picks the entry whose cumulative weight (out of 100) covers it.
    struct Weighted
    {
        const char *value;
        int weight;
    };
    static const Weighted departments[] = {{"FIN", 12}, {"DEV", 30}, {"HR", 5},  {"SAL", 18},
                                           {"OPS", 8},  {"DSN", 9},  {"MKT", 8}, {"LAB", 10}};
    static const Weighted products[] = {{"workspace.x86.general.large2.windows", 35},
                                        {"workspace.x86.general.xlarge2.windows", 25},
                                        {"workspace.c2.large.windows.2", 8},
                                        {"workspace.x86.enterprise.2xlarge2.windows", 7},
                                        {"workspace.g6.2xlarge.4.windows", 3},
                                        {"workspace.x86.agile.medium2.linux", 7},
                                        {"workspace.x86.general.large2.linux", 10},
                                        {"workspace.k.xlarge.2.linux", 5}};
    static const Weighted statuses[]
            = {{"ACTIVE", 80}, {"SHUTOFF", 13}, {"HIBERNATED", 4}, {"ERROR", 2}, {"BUILD", 1}};
    static const Weighted zones[] = {{"cn-north-4a", 60}, {"cn-north-4b", 30}, {"cn-north-4c", 10}};
    static const Weighted logins[]
            = {{"REGISTERED", 45}, {"CONNECTED", 30}, {"DISCONNECTED", 20}, {"UNREGISTER", 5}};
    auto pick = [](const auto &table, quint32 draw) {
        int left = int(draw % 100);
        for (const Weighted &w : table) {
            if (left < w.weight)
                return QString::fromLatin1(w.value);
            left -= w.weight;
        }
        return QString::fromLatin1(table[0].value);
    };
    // A fixed integer hash (not the fault PRNG): the list depends on the index only.
    auto mix = [](quint32 x) {
        x ^= x >> 16;
        x *= 0x7feb352dU;
        x ^= x >> 15;
        x *= 0x846ca68bU;
        x ^= x >> 16;
        return x;
    };
    const QString windowsImage = QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f");
    const QString linuxImage = QStringLiteral("1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b");
    const QString gold = QStringLiteral("gold");
    const QString office = QString::fromLatin1(OfficeSubnetId);
    const QString lab = QString::fromLatin1(LabSubnetId);
    const QStringList groups{QString::fromLatin1(DesktopSecurityGroupId)};
    // Usable addresses from .10 of each subnet (192.168.0.0/18 and 192.168.64.0/20).
    constexpr quint32 officeBase = (192U << 24) | (168U << 16);
    constexpr quint32 labBase = officeBase | (64U << 8);
    constexpr quint32 officeSize = 16384 - 12;
    constexpr quint32 labSize = 4096 - 12;
    const qint64 span = qint64(730) * 24 * 3600 * 1000;
    auto address = [](quint32 a) {
        return QStringLiteral("%1.%2.%3.%4")
                .arg(a >> 24)
                .arg((a >> 16) & 0xff)
                .arg((a >> 8) & 0xff)
                .arg(a & 0xff);
    };

    QList<DesktopRecord> list;
    list.reserve(count);
    quint32 officeNext = 0;
    quint32 labNext = 0;
    for (int i = 0; i < count; ++i) {
        const quint32 h = mix(quint32(i) + 0x9e3779b9U);
        DesktopRecord d;
        const QString department = pick(departments, h);
        d.computerName
                = QStringLiteral("WKS-%1-%2").arg(department).arg(i, 5, 10, QLatin1Char('0'));
        const QString hex = stableHexId(QStringLiteral("desktop:") + d.computerName);
        d.id = hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
               + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
        d.osHostName = d.computerName;
        d.status = pick(statuses, h >> 7);
        d.loginStatus = d.status == QLatin1String("ACTIVE") ? pick(logins, h >> 14)
                                                            : QStringLiteral("UNREGISTER");
        d.productId = pick(products, h >> 21);
        d.imageId = d.productId.endsWith(QLatin1String("linux")) ? linuxImage : windowsImage;
        d.imageType = gold;
        d.availabilityZone = pick(zones, mix(h));
        const bool inLab = department == QLatin1String("LAB") || department == QLatin1String("DEV");
        d.subnetId = inLab ? lab : office;
        d.ipAddress = inLab ? address(labBase + 10 + (labNext++ % labSize))
                            : address(officeBase + 10 + (officeNext++ % officeSize));
        d.macAddress = QStringLiteral("fa:16:3e:%1:%2:%3")
                               .arg(hex.mid(24, 2), hex.mid(26, 2), hex.mid(28, 2));
        d.securityGroupIds = groups;
        d.rootVolume = QJsonObject{{QStringLiteral("type"), QStringLiteral("SAS")},
                                   {QStringLiteral("size"), 80}};
        // About one in six has no user (free for assignment); the others have their own.
        if (mix(h ^ 0x5bd1e995U) % 6 != 0) {
            d.userName = QStringLiteral("u%1%2")
                                 .arg(department.toLower())
                                 .arg(i, 5, 10, QLatin1Char('0'));
            d.userGroup = QStringLiteral("users");
            d.userEmail = d.userName + QStringLiteral("@example.com");
            d.attachState = QStringLiteral("ATTACHED");
        }
        d.sid = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-")
                + QString::number(10000 + i);
        d.createdMs = nowMs - span + span * i / qMax(count, 1);
        list.append(d);
    }
    return list;
}

} // namespace SeedData

} // namespace wsemu
