#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace wsc {

/**
 * How bad a problem is: an error blocks sending, a warning is shown and allowed, and None is
 * what a cell without a problem reports. The project's one severity scale: findings and CSV
 * issues carry it, every model reports it as an int in its SeverityRole, SeverityStyleProxy
 * and FieldMessage draw it. The numbers order it (a worse problem is a larger number).
 */
enum class Severity { None = 0, Warning = 1, Error = 2 };

/** One result of a validation rule: where, which rule, how bad, and what to tell the user. */
struct Finding
{
    Finding() = default;
    Finding(QString path, QString code, Severity severity, QString message)
        : path(std::move(path))
        , code(std::move(code))
        , severity(severity)
        , message(std::move(message))
    {}

    QString path; ///< JSON path of the field, e.g. "desktops[3].user_name"; empty = whole request
    QString code; ///< stable rule id, e.g. "user_name.pattern"; tests and tools key on it
    Severity severity = Severity::Error;
    QString message; ///< translated text for people, naming the limit that was broken
    /** The desktops[] entry of path (3 above); -1: none, a field of the request. */
    int row = -1;
    /** With a row: the path below that entry ("user_name"); empty: the entry as a whole. */
    QString field;

    bool isError() const { return severity == Severity::Error; }
    /**
     * Files a finding made about one desktop at a path relative to it ("user_name") under
     * desktops[@p desktop]: sets row and field, and path for display and JSON.
     */
    void placeUnderDesktop(int desktop);
    /** Moves a finding about a desktop to desktops[@p desktop] (a chunk's row to the source's). */
    void moveToDesktop(int desktop);
    bool operator==(const Finding &o) const
    {
        return path == o.path && code == o.code && severity == o.severity;
    }
};

using Findings = QList<Finding>;

/** True when any finding is an error. */
bool hasErrors(const Findings &findings);
/** The findings whose path is @p path or lies below it ("desktops[3]" covers "desktops[3].x"). */
Findings findingsUnder(const Findings &findings, const QString &path);

} // namespace wsc

Q_DECLARE_METATYPE(wsc::Finding)
