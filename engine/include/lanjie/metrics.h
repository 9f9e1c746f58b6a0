// Rates with honest uncertainty.
#ifndef LANJIE_METRICS_H_
#define LANJIE_METRICS_H_

#include <cstdint>

namespace lanjie {

struct Interval {
  double low = 0, high = 0;
};

// Wilson score interval for `successes` out of `n` at the normal quantile
// `z` (1.959964 = 95%). n == 0 gives [0, 1]. Exact to double precision.
Interval WilsonInterval(int64_t successes, int64_t n, double z = 1.959963984540054);

}  // namespace lanjie

#endif  // LANJIE_METRICS_H_
