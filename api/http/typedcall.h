#pragma once

#include "apicall.h"

#include <utility>

namespace wsc {

/** An ApiCall with a typed result, valid when the call finished without error. */
template<typename T>
class TypedCall : public ApiCall
{
public:
    using ApiCall::ApiCall;

    const T &result() const { return m_result; }
    /** Stores the result and finishes the call successfully (for the client). */
    void succeed(T value)
    {
        if (isFinished())
            return;
        m_result = std::move(value);
        succeedBase();
    }

private:
    T m_result{};
};

} // namespace wsc
