#pragma once

#include <QString>

namespace wsc {

/** A person (or name) that desktops can be given to: from the directory, typed, or from a CSV. */
struct CandidateUser
{
    enum class Source { Directory, Typed, Csv };

    QString userName;
    QString userId; ///< directory id, when known
    QString userEmail;
    QString userGroup; ///< group asked for by the CSV; empty = the desktop's default
    Source source = Source::Directory;
    int line = 0;             ///< CSV line for Source::Csv
    bool inDirectory = false; ///< the directory has this name (checked ignoring case)
};

} // namespace wsc
