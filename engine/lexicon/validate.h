// The validation pass is public API now: see lanjie/validate.h.
#ifndef LANJIE_ENGINE_LEXICON_VALIDATE_H_
#define LANJIE_ENGINE_LEXICON_VALIDATE_H_

#include "lanjie/validate.h"

#endif  // LANJIE_ENGINE_LEXICON_VALIDATE_H_
