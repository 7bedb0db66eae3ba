#pragma once

namespace hl::demomath {

// Deterministic replacements for std::log and std::exp. They use only +, -, *, / and the exact
// frexp/ldexp, so every IEEE-754 machine gets bit-identical results (libm implementations are
// free to differ in the last bit, which would break "same seed, same bytes"). The demo sources
// are compiled with -ffp-contract=off so that no fused multiply-add changes a rounding either.
// Accuracy is within a few ulp, more than enough for synthetic data.
double log(double x);
double exp(double x);

} // namespace hl::demomath
