#pragma once

#include "demoaccount.h"

#include <cstdint>
#include <vector>

namespace hl {

// Which IP address an account uses at a given moment. Pure function of (account, time): the
// exchange stream, the sign-up IP and the infrastructure table all ask it and agree. Sessions
// are half-hour blocks; actors rotate through a lane of their group's proxy pool.
class DemoAddressing
{
public:
    DemoAddressing(const std::vector<DemoGroup> &groups, int quarryGroup, int loomGroup);

    // requestNoise varies per request (used where every request may take another egress).
    std::uint64_t ipAt(const DemoAccount &account, std::int64_t ts, std::uint64_t requestNoise = 0) const;
    std::uint64_t homeIpAt(const DemoAccount &account, std::int64_t ts) const;

private:
    std::uint64_t home(const DemoAccount &account, std::int64_t ts, std::uint64_t session) const;
    static std::uint64_t proxyExit(std::uint64_t h);

    const std::vector<DemoGroup> &m_groups;
    int m_quarryGroup;
    int m_loomGroup;
};

} // namespace hl
