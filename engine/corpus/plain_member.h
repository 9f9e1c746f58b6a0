// A fast path for the commonest JSONL record, {"text": "..."}: a line that
// is exactly one object with one member whose value is a string without
// escapes. Such a line needs no JSON parser: the value is the bytes between
// its quotes. Anything else (more members, escapes, other values, bad JSON,
// invalid UTF-8) is left to the full parser, which then gives the same
// result or the same error it always gave.
#ifndef LANJIE_CORPUS_PLAIN_MEMBER_H_
#define LANJIE_CORPUS_PLAIN_MEMBER_H_

#include <string_view>

namespace lanjie::corpus::internal {

// True iff `line` is, JSON whitespace aside, {"NAME":"VALUE"} with NAME
// equal to `name` byte for byte (no escapes), VALUE free of '"', '\\' and
// control bytes (< 0x20), and VALUE valid UTF-8; then *value views VALUE in
// `line`. False: use a JSON parser (nothing is said about the line).
// Requires 63 readable bytes after the line's end (the SIMD scan reads whole
// 64-byte blocks; LineReader keeps kReadPadding). Cost: O(line), a SIMD scan
// and a UTF-8 check of VALUE. Reentrant.
bool PlainStringMember(std::string_view line, std::string_view name, std::string_view* value);

// The same without the UTF-8 check of VALUE: the caller checks it (or
// knows the whole line is valid UTF-8, and then so is VALUE, bounded by
// ASCII quotes) before taking the line.
bool PlainStringMemberUnchecked(std::string_view line, std::string_view name, std::string_view* value);

// PlainStringMemberUnchecked for the line starting at `p` whose end is not
// known yet: the line is [p, *nl) with *nl its '\n', found as the shape is
// read (no separate search for the line end). True iff that line, without
// one trailing '\r', is what PlainStringMemberUnchecked takes with the same
// *value; false says nothing (*nl unset: the caller finds the line's end).
// Requires PlainNameOk(name) (checked once by the caller, not per line), a
// '\n' in [p, limit) and 63 readable bytes after limit. Cost: O(line), one
// SIMD scan of VALUE. Reentrant.
// Whether a member name can be compared raw: no '"', '\\' or control byte
// (else no line is of the plain shape with it).
bool PlainNameOk(std::string_view name);
bool PlainStringMemberLine(const char* p, const char* limit, std::string_view name, std::string_view* value,
                           const char** nl);

}  // namespace lanjie::corpus::internal

#endif  // LANJIE_CORPUS_PLAIN_MEMBER_H_
