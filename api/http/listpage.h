#pragma once

#include <QList>

/** One page of a list call and the total the service announced (total_count). */
template<typename T>
struct ListPage
{
    QList<T> items;
    int totalCount = 0;
};
