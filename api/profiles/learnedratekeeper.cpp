#include "learnedratekeeper.h"

#include "profilestore.h"

#include "api/http/rategovernor.h"

namespace wsc {

namespace {
// Long enough that the halving after a 429 and the climb back count as one change.
constexpr int debounceMs = 5000;
} // namespace

LearnedRateKeeper::LearnedRateKeeper(RateGovernor *governor, ProfileStore *profiles,
                                     const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_profileId(profileId)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LearnedRateKeeper::flush);
    if (governor) {
        connect(governor, &RateGovernor::rateChanged, this, [this](double rate) {
            m_rate = rate;
            m_dirty = true;
            m_debounce.start();
        });
    }
}

LearnedRateKeeper::~LearnedRateKeeper()
{
    flush();
}

void LearnedRateKeeper::flush()
{
    m_debounce.stop();
    if (!m_dirty || !m_profiles || m_profileId.isEmpty())
        return;
    m_dirty = false;
    m_profiles->rememberLearnedRate(m_profileId, m_rate);
}

} // namespace wsc
