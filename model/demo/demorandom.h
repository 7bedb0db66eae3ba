#pragma once

#include <cstddef>
#include <cstdint>

namespace hl {

// The demo generator's only source of randomness: xoshiro256** seeded through splitmix64, with
// hand-written distributions. std::*_distribution is deliberately avoided: its algorithms are
// implementation-defined, so the same seed would give different data with another standard
// library. Everything here is integer arithmetic or basic IEEE-754 double arithmetic.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed, std::uint64_t stream = 0);

    std::uint64_t next();
    double uniform();                                   // [0, 1), 53 random bits
    double uniform(double lo, double hi);               // [lo, hi)
    std::uint64_t below(std::uint64_t n);               // [0, n); 0 if n == 0
    std::int64_t range(std::int64_t lo, std::int64_t hi); // [lo, hi], inclusive
    bool chance(double p);
    double normal();                                    // standard normal (polar method)
    double normal(double mean, double sd) { return mean + sd * normal(); }
    double exponential(double mean);
    double logNormal(double median, double sigma);
    std::int64_t poisson(double mean);
    // Index drawn with probability proportional to weights[i] (n > 0, weights >= 0).
    std::size_t pick(const double *weights, std::size_t n);
    // Skewed index in [0, n): small indices much more likely ("a few templates do most work").
    std::size_t skewed(std::size_t n, int power = 2);

    // Stateless helpers for values that must be the same whenever they are asked for
    // (e.g. "the proxy IP account 17 uses in the 10:00 block of day 40").
    static std::uint64_t mix(std::uint64_t x);
    static std::uint64_t hash(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0, std::uint64_t d = 0);
    static double unit(std::uint64_t h);                // [0, 1) from a hash

private:
    std::uint64_t m_s[4];
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace hl
