#pragma once

#include <QList>
#include <QString>
#include <QStringMatcher>

namespace wsc {

struct DesktopInfo;

/**
 * What the desktops table sorts and searches one row by, computed once per change of the row
 * (a QVariant and a lower-cased QString per comparison cost more than the comparison). Safe on
 * any thread: a list loader computes them on its pool thread with the page.
 */
struct DesktopRowKeys
{
    // Lower-cased texts; each shares the desktop's own string when that has no capitals.
    QString name;
    QString user;
    QString status; ///< the status as shown, in the UI language of `language`
    QString product;
    QString zone;
    QString id;
    QString ip; ///< the addresses, separated by spaces
    qint64 createdMs = 0;
    quint32 ipValue = 0;  ///< the first address as a number (0: none)
    quint16 language = 0; ///< the translation generation the status text was made in
    bool hasCreated = false;

    /**
     * Whether the word of @p word (lower case) occurs in the name, user, id, IP, product or
     * status. A matcher is made once per search: its skip table makes a search over 50 000 rows
     * about three times faster than QString::contains, which sets up its search per call.
     */
    bool matches(const QStringMatcher &word) const;
    /** The searchable texts in one string, separated by spaces. */
    QString searchText() const;

    static DesktopRowKeys of(const DesktopInfo &desktop, quint16 language);
    /** The keys of a page; its rows share one string per distinct status text. */
    static QList<DesktopRowKeys> of(const QList<DesktopInfo> &desktops, quint16 language);
};

} // namespace wsc

Q_DECLARE_TYPEINFO(wsc::DesktopRowKeys, Q_RELOCATABLE_TYPE);
