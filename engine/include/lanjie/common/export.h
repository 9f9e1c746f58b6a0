/* LANJIE_EXPORT marks the public API of liblanjie.so: the C API
 * (lanjie/capi/lanjie_c.h) and the classes and functions of the installed
 * C++ headers. The embeddable modules (common, normalize, lexicon, match,
 * filter, capi) are compiled with -fvisibility=hidden and
 * -fvisibility-inlines-hidden, so whatever a header does not mark stays
 * inside the library; packaging/liblanjie.map is a second guard.
 *
 * Plain C as well as C++ (lanjie_c.h includes it). Nothing to call: no
 * thread-safety, cost or error concerns. Static linking (liblanjie.a, the
 * module archives) is unaffected. */
#ifndef LANJIE_COMMON_EXPORT_H_
#define LANJIE_COMMON_EXPORT_H_

#if defined(__GNUC__) || defined(__clang__)
#define LANJIE_EXPORT __attribute__((visibility("default")))
#else
#define LANJIE_EXPORT
#endif

#endif /* LANJIE_COMMON_EXPORT_H_ */
