#pragma once

#include <QList>

namespace wsc {

/** One page of a list call and the total the service announced (total_count). */
template<typename T>
struct ListPage
{
    QList<T> items;
    int totalCount = 0;
};

} // namespace wsc
