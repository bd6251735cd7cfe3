#include "desktopdetailspanel.h"

#include "desktoptablemodel.h"

#include "models/i18n/glossary.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace wsc {

namespace {

/**
 * Ids and product names have no spaces, so a narrow panel would clip them: a zero-width space
 * after each '.', '-', '_' and ',' lets the label wrap there. Copying uses the raw text.
 */
QString breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (const QChar c : text) {
        out += c;
        if (c == u'.' || c == u'-' || c == u'_' || c == u',')
            out += QChar(0x200B);
    }
    return out;
}

} // namespace

DesktopDetailsPanel::DesktopDetailsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("desktopDetails"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("desktopDetailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("desktopDetailsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_form = new QWidget;
    m_layout = new QFormLayout(m_form);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setLabelAlignment(Qt::AlignLeft);
    for (const char *key : {"desktop_id",
                            "status",
                            "task",
                            "users",
                            "attach_state",
                            "login_status",
                            "desktop_type",
                            "maintenance",
                            "ip",
                            "nics",
                            "eip",
                            "product",
                            "size",
                            "os",
                            "image_id",
                            "system_disk",
                            "data_disks",
                            "availability_zone",
                            "subnet_id",
                            "security_groups",
                            "enterprise_project_id",
                            "created",
                            "tags"}) {
        const QString k = QString::fromLatin1(key);
        addField(k, k.endsWith(QLatin1String("_id")) || k == QLatin1String("ip")
                            || k == QLatin1String("eip"));
    }
    m_scroll = new QScrollArea(this);
    auto *scroll = m_scroll;
    scroll->setObjectName(QStringLiteral("desktopDetailsScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    m_form->installEventFilter(this);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_empty, 1);
    layout->addWidget(scroll, 100);
    retranslateUi();
    render();
}

void DesktopDetailsPanel::addField(const QString &key, bool copyable)
{
    Field f;
    f.key = key;
    f.label = new QLabel(m_form);
    f.value = new QLabel(m_form);
    f.value->setObjectName(QStringLiteral("detail_") + key);
    f.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    f.value->setWordWrap(true);
    f.value->setTextFormat(Qt::PlainText);
    f.value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    f.label->setBuddy(f.value);
    QWidget *field = f.value;
    if (copyable) {
        auto *row = new QWidget(m_form);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(2);
        f.copy = new QToolButton(row);
        f.copy->setObjectName(QStringLiteral("copy_") + key);
        f.copy->setAutoRaise(true);
        f.copy->setIcon(QIcon(QStringLiteral(":/icons/actions/copy.png")));
        QLabel *value = f.value;
        // The raw value, not the shown one (which has break opportunities inserted).
        connect(f.copy, &QToolButton::clicked, this, [value] {
            QGuiApplication::clipboard()->setText(value->property("rawText").toString());
        });
        value->setParent(row);
        h->addWidget(value, 1);
        h->addWidget(f.copy, 0, Qt::AlignTop);
        field = row;
    }
    m_layout->addRow(f.label, field);
    m_fields << f;
}

void DesktopDetailsPanel::setDesktop(const DesktopInfo &desktop)
{
    m_desktop = desktop;
    render();
}

QString DesktopDetailsPanel::value(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return f.value->property("rawText").toString();
    }
    return {};
}

void DesktopDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QWidget::changeEvent(event);
}

void DesktopDetailsPanel::retranslateUi()
{
    m_empty->setText(tr("Select a desktop to see its details."));
    for (Field &f : m_fields) {
        QString text;
        if (f.key == QLatin1String("desktop_id"))
            text = tr("Desktop ID");
        else if (f.key == QLatin1String("status"))
            text = tr("Status");
        else if (f.key == QLatin1String("task"))
            text = tr("Task");
        else if (f.key == QLatin1String("users"))
            text = tr("Users");
        else if (f.key == QLatin1String("attach_state"))
            text = tr("Assignment");
        else if (f.key == QLatin1String("login_status"))
            text = tr("Sign-in");
        else if (f.key == QLatin1String("desktop_type"))
            text = tr("Type");
        else if (f.key == QLatin1String("maintenance"))
            text = tr("Maintenance mode");
        else if (f.key == QLatin1String("ip"))
            text = tr("IP addresses");
        else if (f.key == QLatin1String("nics"))
            text = tr("Network interfaces");
        else if (f.key == QLatin1String("eip"))
            text = tr("EIP");
        else if (f.key == QLatin1String("product"))
            text = tr("Product");
        else if (f.key == QLatin1String("size"))
            text = tr("CPU / memory");
        else if (f.key == QLatin1String("os"))
            text = tr("Operating system");
        else if (f.key == QLatin1String("image_id"))
            text = tr("Image ID");
        else if (f.key == QLatin1String("system_disk"))
            text = tr("System disk");
        else if (f.key == QLatin1String("data_disks"))
            text = tr("Data disks");
        else if (f.key == QLatin1String("availability_zone"))
            text = tr("Availability zone");
        else if (f.key == QLatin1String("subnet_id"))
            text = tr("Subnet ID");
        else if (f.key == QLatin1String("security_groups"))
            text = tr("Security groups");
        else if (f.key == QLatin1String("enterprise_project_id"))
            text = tr("Enterprise project ID");
        else if (f.key == QLatin1String("created"))
            text = tr("Created");
        else if (f.key == QLatin1String("tags"))
            text = tr("Tags");
        f.label->setText(text);
        if (f.copy)
            f.copy->setToolTip(tr("Copy %1").arg(text));
    }
}

bool DesktopDetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // After the form's layout has placed the values at their new width.
    if (watched == m_form && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &DesktopDetailsPanel::fitWrappedValues,
                                  Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void DesktopDetailsPanel::fitWrappedValues()
{
    for (const Field &f : std::as_const(m_fields)) {
        if (f.value->width() <= 0)
            continue;
        const int needed = f.value->heightForWidth(f.value->width());
        if (needed > 0 && needed != f.value->minimumHeight())
            f.value->setMinimumHeight(needed);
    }
}

void DesktopDetailsPanel::render()
{
    const bool has = !m_desktop.desktopId.isEmpty();
    m_empty->setVisible(!has);
    m_form->setVisible(has);
    m_scroll->setVisible(has);
    m_title->setText(has ? m_desktop.computerName : QString());
    m_title->setVisible(has);
    if (!has)
        return;
    const DesktopInfo &d = m_desktop;
    QStringList users;
    for (const DesktopInfo::AttachedUser &u : d.attachedUsers) {
        const QString name = u.userName.isEmpty() ? u.userGroup : u.userName;
        if (!name.isEmpty())
            users << (u.type.compare(QLatin1String("GROUP"), Qt::CaseInsensitive) == 0
                              ? tr("%1 (group)").arg(name)
                              : name);
    }
    if (users.isEmpty())
        users << DesktopTableModel::userText(d);
    users.removeAll(QString());
    QStringList tags;
    for (auto it = d.tags.cbegin(); it != d.tags.cend(); ++it)
        tags << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    const QDateTime created = DesktopTableModel::createdTime(d);
    const QLocale locale;
    QString size;
    if (d.cpu > 0 || d.memoryMb > 0)
        size = tr("%1 vCPU, %2 GiB")
                       .arg(locale.toString(d.cpu),
                            locale.toString(double(d.memoryMb) / 1024.0, 'g', 3));

    const QString none = tr("—");
    auto put = [this, &none](const QString &key, const QString &text) {
        for (Field &f : m_fields) {
            if (f.key == key) {
                f.value->setProperty("rawText", text);
                f.value->setText(text.isEmpty() ? none : breakable(text));
                if (f.copy)
                    f.copy->setEnabled(!text.isEmpty());
            }
        }
    };
    put(QStringLiteral("desktop_id"), d.desktopId);
    put(QStringLiteral("status"), DesktopTableModel::statusText(d.status));
    put(QStringLiteral("task"), DesktopTableModel::taskText(d));
    put(QStringLiteral("users"), users.join(QStringLiteral(", ")));
    put(QStringLiteral("attach_state"), Glossary::attachState(d.attachState));
    put(QStringLiteral("login_status"), Glossary::loginStatus(d.loginStatus));
    put(QStringLiteral("desktop_type"), Glossary::desktopType(d.desktopType));
    put(QStringLiteral("maintenance"),
        d.inMaintenanceMode ? tr("On: users cannot sign in") : tr("Off"));
    QStringList ips = d.ipAddresses;
    QStringList nics;
    QStringList eips;
    for (const DesktopInfo::Address &a : d.addresses) {
        // Floating addresses are EIPs bound to the desktop; fixed ones belong to its NICs.
        if (a.type.compare(QLatin1String("floating"), Qt::CaseInsensitive) == 0) {
            if (!eips.contains(a.address))
                eips << a.address;
            continue;
        }
        if (!ips.contains(a.address))
            ips << a.address;
        // One line per address: the address, then the MAC and network it belongs to.
        QStringList about;
        if (!a.macAddress.isEmpty())
            about << tr("MAC %1").arg(a.macAddress);
        if (!a.networkId.isEmpty())
            about << tr("network %1").arg(a.networkId);
        nics << (about.isEmpty() ? a.address
                                 : tr("%1 (%2)").arg(a.address, about.join(QStringLiteral(", "))));
    }
    put(QStringLiteral("ip"), ips.join(QStringLiteral(", ")));
    put(QStringLiteral("nics"), nics.join(QLatin1Char('\n')));
    QString eip = eips.join(QStringLiteral(", "));
    if (eip.isEmpty() && d.attachingEip)
        eip = tr("Being bound…");
    else if (eip.isEmpty())
        eip = d.supportsInternet && !d.internetMode.isEmpty()
                      ? tr("None (internet through %1)").arg(d.internetMode)
                      : tr("None");
    put(QStringLiteral("eip"), eip);
    put(QStringLiteral("product"), d.productId);
    put(QStringLiteral("size"), size);
    put(QStringLiteral("os"), d.osType);
    put(QStringLiteral("image_id"),
        d.imageName.isEmpty() ? d.imageId : tr("%1 (%2)").arg(d.imageId, d.imageName));
    auto volumeText = [&locale, this](const DesktopVolume &v) {
        QString text = tr("%1 GB %2").arg(locale.toString(v.size), v.type);
        if (!v.device.isEmpty())
            text = tr("%1 on %2").arg(text, v.device);
        return text;
    };
    put(QStringLiteral("system_disk"),
        d.rootVolume.size > 0 ? volumeText(d.rootVolume) : QString());
    QStringList disks;
    for (const DesktopVolume &v : d.dataVolumes)
        disks << volumeText(v);
    put(QStringLiteral("data_disks"),
        d.dataVolumes.isEmpty() ? tr("None") : disks.join(QLatin1Char('\n')));
    put(QStringLiteral("availability_zone"), d.availabilityZone);
    put(QStringLiteral("subnet_id"), d.subnetId);
    QStringList groups;
    for (int i = 0; i < d.securityGroupIds.size(); ++i) {
        const QString name = d.securityGroupNames.value(i);
        groups << (name.isEmpty() ? d.securityGroupIds.at(i)
                                  : tr("%1 (%2)").arg(name, d.securityGroupIds.at(i)));
    }
    put(QStringLiteral("security_groups"), groups.join(QLatin1Char('\n')));
    put(QStringLiteral("enterprise_project_id"), d.enterpriseProjectId);
    put(QStringLiteral("created"),
        created.isValid() ? locale.toString(created.toLocalTime(), QLocale::LongFormat)
                          : d.created);
    put(QStringLiteral("tags"), tags.join(QStringLiteral(", ")));
    // New texts wrap differently at the same width.
    QMetaObject::invokeMethod(this, &DesktopDetailsPanel::fitWrappedValues, Qt::QueuedConnection);
}

} // namespace wsc
