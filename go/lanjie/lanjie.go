// Package lanjie is the Go binding of lanjie's C API (liblanjie): keyword
// interception with exact byte offsets into the original text, and the
// streaming filter for model output.
//
// Build: the package finds the library with pkg-config (`lanjie.pc`, installed
// by the liblanjie-dev package or `cmake --install`).
//
// Thread safety and cost:
//   - Artifact: immutable; share it between goroutines. LoadArtifact costs
//     milliseconds; CompileFile seconds for ~100k keywords.
//   - Scanner: one per goroutine at a time (not safe for concurrent use).
//     Scan is O(text) and allocates only the returned hits.
//   - Filter: immutable; share it. Stream: one per model answer, used by one
//     goroutine at a time.
//
// Every handle has a Close method; a finalizer frees handles that were not
// closed, but Close releases native memory deterministically. A handle keeps
// what it was made from alive: closing an Artifact while Scanners made from it
// are in use is safe.
package lanjie

/*
#cgo pkg-config: lanjie
#include <stdlib.h>
#include <lanjie/capi/lanjie_c.h>
*/
import "C"

import (
	"errors"
	"fmt"
	"runtime"
	"unsafe"
)

// Action says what a keyword entry does when it matches.
type Action int

const (
	ActionBlock  Action = C.LANJIE_ACTION_BLOCK
	ActionMask   Action = C.LANJIE_ACTION_MASK
	ActionReview Action = C.LANJIE_ACTION_REVIEW
)

// Hit is one match. Start and End are byte offsets into the original text
// (for a Stream: from the start of the answer). Via is "" for the keyword
// itself, or "pinyin", "homophone", "chaizi" or "numeral" for a variant.
type Hit struct {
	Start, End uint64
	Entry      uint32
	Action     Action
	Keyword    string
	Risk       string
	Via        string
}

// Error is a failed call: its status code and lanjie's message.
type Error struct {
	Code    int
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("lanjie: %s (status %d)", e.Message, e.Code) }

// ErrClosed is returned by calls on a closed handle.
var ErrClosed = errors.New("lanjie: handle is closed")

// call runs f on one OS thread so that lanjie_last_error, which is
// per-thread, describes the failure of f and not of another goroutine's call.
func call(f func() C.lanjie_status) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if st := f(); st != C.LANJIE_OK {
		return &Error{Code: int(st), Message: C.GoString(C.lanjie_last_error())}
	}
	return nil
}

// Version is the library's version string.
func Version() string { return C.GoString(C.lanjie_version()) }

// Artifact is a compiled keyword list.
type Artifact struct{ p *C.lanjie_artifact }

func newArtifact(p *C.lanjie_artifact) *Artifact {
	a := &Artifact{p: p}
	runtime.SetFinalizer(a, (*Artifact).Close)
	return a
}

// LoadArtifact reads and verifies a compiled artifact (.ljdb).
func LoadArtifact(path string) (*Artifact, error) {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	var p *C.lanjie_artifact
	if err := call(func() C.lanjie_status { return C.lanjie_artifact_load(cpath, &p) }); err != nil {
		return nil, err
	}
	return newArtifact(p), nil
}

// CompileFile reads a keyword list (CSV/TSV with keyword,risk[,kind,action,...]
// columns, or one keyword per line tagged with defaultRisk) and compiles it.
// Any error in the list fails the call with a message naming file and line.
func CompileFile(listPath, defaultRisk string) (*Artifact, error) {
	cpath := C.CString(listPath)
	defer C.free(unsafe.Pointer(cpath))
	var crisk *C.char
	if defaultRisk != "" {
		crisk = C.CString(defaultRisk)
		defer C.free(unsafe.Pointer(crisk))
	}
	var p *C.lanjie_artifact
	if err := call(func() C.lanjie_status { return C.lanjie_artifact_compile_file(cpath, crisk, &p) }); err != nil {
		return nil, err
	}
	return newArtifact(p), nil
}

// Save writes the artifact atomically.
func (a *Artifact) Save(path string) error {
	if a.p == nil {
		return ErrClosed
	}
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	err := call(func() C.lanjie_status { return C.lanjie_artifact_save(a.p, cpath) })
	runtime.KeepAlive(a)
	return err
}

// Hash is the SHA-256 (hex) of the list content.
func (a *Artifact) Hash() string {
	if a.p == nil {
		return ""
	}
	h := C.GoString(C.lanjie_artifact_hash(a.p))
	runtime.KeepAlive(a)
	return h
}

// EntryCount is the number of keyword entries.
func (a *Artifact) EntryCount() int {
	if a.p == nil {
		return 0
	}
	n := int(C.lanjie_artifact_entry_count(a.p))
	runtime.KeepAlive(a)
	return n
}

// Close frees the artifact (handles made from it stay usable).
func (a *Artifact) Close() {
	if a.p != nil {
		C.lanjie_artifact_free(a.p)
		a.p = nil
	}
}

func goHits(hits *C.lanjie_hit, n C.size_t) []Hit {
	if n == 0 {
		return nil
	}
	src := unsafe.Slice(hits, int(n))
	out := make([]Hit, len(src))
	for i, h := range src {
		out[i] = Hit{
			Start: uint64(h.start), End: uint64(h.end), Entry: uint32(h.entry), Action: Action(h.action),
			Keyword: C.GoString(h.keyword), Risk: C.GoString(h.risk), Via: C.GoString(h.via),
		}
	}
	return out
}

// Scanner scans whole texts. Not safe for concurrent use: one per goroutine.
type Scanner struct {
	p *C.lanjie_scanner
}

// NewScanner makes a scanner for the artifact.
func NewScanner(a *Artifact) (*Scanner, error) {
	if a == nil || a.p == nil {
		return nil, ErrClosed
	}
	var p *C.lanjie_scanner
	err := call(func() C.lanjie_status { return C.lanjie_scanner_new(a.p, &p) })
	runtime.KeepAlive(a)
	if err != nil {
		return nil, err
	}
	s := &Scanner{p: p}
	runtime.SetFinalizer(s, (*Scanner).Close)
	return s, nil
}

// cText passes a Go string to C without copying; C must not keep it.
func cText(text string) (*C.char, C.size_t) {
	if len(text) == 0 {
		return nil, 0
	}
	// The string header's first word is its data pointer (Go 1.19 has no
	// unsafe.StringData). The bytes hold no Go pointers, so cgo may pass them.
	data := *(*unsafe.Pointer)(unsafe.Pointer(&text))
	return (*C.char)(data), C.size_t(len(text))
}

// Scan returns every hit in text, sorted by start.
func (s *Scanner) Scan(text string) ([]Hit, error) {
	if s.p == nil {
		return nil, ErrClosed
	}
	ptr, n := cText(text)
	var hits *C.lanjie_hit
	var count C.size_t
	if err := call(func() C.lanjie_status { return C.lanjie_scan(s.p, ptr, n, &hits, &count) }); err != nil {
		return nil, err
	}
	out := goHits(hits, count)
	runtime.KeepAlive(s)
	runtime.KeepAlive(text)
	return out, nil
}

// Mask returns text with the hits of block and mask entries replaced by one
// '*' per code point.
func (s *Scanner) Mask(text string) (string, error) {
	if s.p == nil {
		return "", ErrClosed
	}
	ptr, n := cText(text)
	var out *C.char
	var outLen C.size_t
	if err := call(func() C.lanjie_status { return C.lanjie_mask(s.p, ptr, n, &out, &outLen) }); err != nil {
		return "", err
	}
	masked := C.GoStringN(out, C.int(outLen))
	runtime.KeepAlive(s)
	runtime.KeepAlive(text)
	return masked, nil
}

// Close frees the scanner.
func (s *Scanner) Close() {
	if s.p != nil {
		C.lanjie_scanner_free(s.p)
		s.p = nil
	}
}

// Filter holds the streaming-filter tables for one artifact; share it.
type Filter struct{ p *C.lanjie_filter }

// NewFilter makes a filter; refusal is the text that replaces a blocked
// answer ("" for the library's default).
func NewFilter(a *Artifact, refusal string) (*Filter, error) {
	if a == nil || a.p == nil {
		return nil, ErrClosed
	}
	var crefusal *C.char
	if refusal != "" {
		crefusal = C.CString(refusal)
		defer C.free(unsafe.Pointer(crefusal))
	}
	var p *C.lanjie_filter
	err := call(func() C.lanjie_status { return C.lanjie_filter_new(a.p, crefusal, &p) })
	runtime.KeepAlive(a)
	if err != nil {
		return nil, err
	}
	f := &Filter{p: p}
	runtime.SetFinalizer(f, (*Filter).Close)
	return f, nil
}

// Close frees the filter (streams made from it stay usable).
func (f *Filter) Close() {
	if f.p != nil {
		C.lanjie_filter_free(f.p)
		f.p = nil
	}
}

// Stream filters one model answer fed piece by piece. One goroutine at a time.
type Stream struct{ p *C.lanjie_stream }

// NewStream starts a stream on the filter.
func NewStream(f *Filter) (*Stream, error) {
	if f == nil || f.p == nil {
		return nil, ErrClosed
	}
	var p *C.lanjie_stream
	err := call(func() C.lanjie_status { return C.lanjie_stream_new(f.p, &p) })
	runtime.KeepAlive(f)
	if err != nil {
		return nil, err
	}
	s := &Stream{p: p}
	runtime.SetFinalizer(s, (*Stream).Close)
	return s, nil
}

// Chunk is what one Feed or Finish releases: text safe to emit now (may be
// empty), the hits it reported (decided, and none that starts earlier can
// still be found: the same hits in every split), and whether a block hit
// ended the answer (then Text ends with the refusal text and later pieces
// are ignored).
type Chunk struct {
	Text    string
	Hits    []Hit
	Blocked bool
}

// Feed passes one piece of the answer.
func (s *Stream) Feed(piece string) (Chunk, error) {
	if s.p == nil {
		return Chunk{}, ErrClosed
	}
	ptr, n := cText(piece)
	var out *C.char
	var outLen, count C.size_t
	var hits *C.lanjie_hit
	var blocked C.int
	if err := call(func() C.lanjie_status {
		return C.lanjie_stream_feed(s.p, ptr, n, &out, &outLen, &hits, &count, &blocked)
	}); err != nil {
		return Chunk{}, err
	}
	c := Chunk{Text: C.GoStringN(out, C.int(outLen)), Hits: goHits(hits, count), Blocked: blocked != 0}
	runtime.KeepAlive(s)
	runtime.KeepAlive(piece)
	return c, nil
}

// Finish ends the answer and releases everything still held.
func (s *Stream) Finish() (Chunk, error) {
	if s.p == nil {
		return Chunk{}, ErrClosed
	}
	var out *C.char
	var outLen, count C.size_t
	var hits *C.lanjie_hit
	var blocked C.int
	if err := call(func() C.lanjie_status {
		return C.lanjie_stream_finish(s.p, &out, &outLen, &hits, &count, &blocked)
	}); err != nil {
		return Chunk{}, err
	}
	c := Chunk{Text: C.GoStringN(out, C.int(outLen)), Hits: goHits(hits, count), Blocked: blocked != 0}
	runtime.KeepAlive(s)
	return c, nil
}

// Reset makes the stream ready for a new answer.
func (s *Stream) Reset() {
	if s.p != nil {
		C.lanjie_stream_reset(s.p)
	}
}

// Close frees the stream.
func (s *Stream) Close() {
	if s.p != nil {
		C.lanjie_stream_free(s.p)
		s.p = nil
	}
}
