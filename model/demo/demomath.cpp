#include "demomath.h"

#include <cmath>
#include <limits>

namespace hl::demomath {

namespace {
constexpr double Ln2Hi = 6.93147180369123816490e-01; // upper bits of ln 2 (exact in k * Ln2Hi)
constexpr double Ln2Lo = 1.90821492927058770002e-10; // ln 2 - Ln2Hi
constexpr double Ln2 = 0.69314718055994530942;
constexpr double InvLn2 = 1.44269504088896338700;
constexpr double Sqrt1_2 = 0.70710678118654752440;
} // namespace

double log(double x)
{
    if (!(x > 0.0))
        return x == 0.0 ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::quiet_NaN();
    if (x == std::numeric_limits<double>::infinity())
        return x;
    int e = 0;
    double m = std::frexp(x, &e); // x = m * 2^e, m in [0.5, 1)
    if (m < Sqrt1_2) {
        m *= 2.0;
        --e;
    }
    // m in [0.707, 1.414): ln m = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.1716.
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double p = 1.0 / 23.0;
    for (int k = 21; k >= 1; k -= 2)
        p = p * s2 + 1.0 / k;
    return 2.0 * s * p + e * Ln2;
}

double exp(double x)
{
    if (x != x)
        return x;
    if (x > 709.0)
        return std::numeric_limits<double>::infinity();
    if (x < -745.0)
        return 0.0;
    // x = k ln2 + r, |r| <= ln2 / 2
    const double k = std::floor(x * InvLn2 + 0.5);
    const double r = (x - k * Ln2Hi) - k * Ln2Lo;
    // Taylor series to degree 14: |r|^15 / 15! < 1e-19
    double p = 1.0 / 87178291200.0; // 1/14!
    double f = 87178291200.0;
    for (int n = 14; n >= 1; --n) {
        f /= n;          // f = (n-1)!
        p = p * r + 1.0 / f;
    }
    return std::ldexp(p, static_cast<int>(k));
}

} // namespace hl::demomath
