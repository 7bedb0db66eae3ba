#include "demorandom.h"

#include "demomath.h"

#include <cmath>

namespace hl {

namespace {
std::uint64_t splitmix(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

DemoRandom::DemoRandom(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t state = seed ^ mix(stream + 0x5851f42d4c957f2dULL);
    for (auto &s : m_s)
        s = splitmix(state);
    if ((m_s[0] | m_s[1] | m_s[2] | m_s[3]) == 0)
        m_s[0] = 1;
}

std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::uniform(double lo, double hi)
{
    return lo + (hi - lo) * uniform();
}

std::uint64_t DemoRandom::below(std::uint64_t n)
{
    if (n == 0)
        return 0;
    // Multiply-shift (Lemire) without the rejection step: the bias is < n / 2^64, irrelevant here,
    // and the result is still exactly reproducible.
    return static_cast<std::uint64_t>((static_cast<unsigned __int128>(next()) * n) >> 64);
}

std::int64_t DemoRandom::range(std::int64_t lo, std::int64_t hi)
{
    if (hi <= lo)
        return lo;
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
}

bool DemoRandom::chance(double p)
{
    return uniform() < p;
}

double DemoRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u, v, s;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double f = std::sqrt(-2.0 * demomath::log(s) / s); // sqrt is exactly rounded by IEEE
    m_spare = v * f;
    m_hasSpare = true;
    return u * f;
}

double DemoRandom::exponential(double mean)
{
    return -mean * demomath::log(1.0 - uniform());
}

double DemoRandom::logNormal(double median, double sigma)
{
    return median * demomath::exp(sigma * normal());
}

std::int64_t DemoRandom::poisson(double mean)
{
    if (mean <= 0.0)
        return 0;
    if (mean < 30.0) {
        const double limit = demomath::exp(-mean);
        std::int64_t k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }
    const double x = std::floor(mean + std::sqrt(mean) * normal() + 0.5);
    return x < 0.0 ? 0 : static_cast<std::int64_t>(x);
}

std::size_t DemoRandom::pick(const double *weights, std::size_t n)
{
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        total += weights[i];
    double x = uniform() * total;
    for (std::size_t i = 0; i < n; ++i) {
        if (x < weights[i])
            return i;
        x -= weights[i];
    }
    for (std::size_t i = n; i > 0; --i) {
        if (weights[i - 1] > 0.0)
            return i - 1;
    }
    return 0;
}

std::size_t DemoRandom::skewed(std::size_t n, int power)
{
    if (n <= 1)
        return 0;
    double u = uniform();
    double x = u;
    for (int i = 1; i < power; ++i)
        x *= u;
    const auto i = static_cast<std::size_t>(x * static_cast<double>(n));
    return i < n ? i : n - 1;
}

std::uint64_t DemoRandom::mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::uint64_t DemoRandom::hash(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d)
{
    std::uint64_t h = mix(a);
    h = mix(h ^ (b + 0x632be59bd9b4e019ULL));
    h = mix(h ^ (c + 0x8cb92ba72f3d8dd7ULL));
    return mix(h ^ (d + 0xd6e8feb86659fd93ULL));
}

double DemoRandom::unit(std::uint64_t h)
{
    return static_cast<double>(h >> 11) * 0x1.0p-53;
}

} // namespace hl
