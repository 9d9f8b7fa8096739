package extractor

import "unsafe"

// A document's claims hold many small values behind pointers or in strings
// of their own: each claim's value, speaker, tags and id, and the
// sentences lowered. Allocated one by one they were a fifth of the run's
// allocations; the slabs below cut them from chunks instead. Chunks grow
// from a few values to a few thousand, so a short document allocates
// little and a long one few times. The results' slabs are never reused;
// that of the lowered sentences, a document's scratch, is (reuse).

// slab hands out pointers to values of T cut from chunks.
type slab[T any] struct {
	free []T
	next int // the size of the next chunk
}

func (s *slab[T]) new(v T) *T {
	p := &s.take(1)[0]
	*p = v
	return p
}

// reserve makes room for n values (at most a chunk's worth) in the chunk
// in use, for a document that knows how many it takes: a short one then
// makes one chunk, not one for each doubling.
func (s *slab[T]) reserve(n int) {
	if n = min(n, maxSlabChunk); len(s.free) < n {
		s.free = make([]T, n)
	}
}

// The largest chunks of slab and byteSlab.
const (
	maxSlabChunk = 1024
	maxByteChunk = 64 << 10
)

// take returns n zero values of T, a slice of a chunk capped at its end.
func (s *slab[T]) take(n int) []T {
	if len(s.free) < n {
		s.next = min(max(2*s.next, 16), maxSlabChunk)
		s.free = make([]T, max(s.next, n))
	}
	p := s.free[:n:n]
	s.free = s.free[n:]
	return p
}

// byteSlab cuts byte slices from chunks, for strings that alias them:
// a slice handed out is never handed out again, so its string stays as it
// was.
type byteSlab struct {
	chunk, free []byte // the last chunk made, and the rest of it
	next        int    // the size of the next chunk
}

// reserve is slab.reserve, for n bytes.
func (s *byteSlab) reserve(n int) {
	if n = min(n, maxByteChunk); len(s.free) < n {
		s.free = make([]byte, n)
	}
}

// take returns n bytes, capped at n so that an append past them moves to
// memory of its own.
func (s *byteSlab) take(n int) []byte {
	if len(s.free) < n {
		s.next = min(max(2*s.next, 256), maxByteChunk)
		s.chunk = make([]byte, max(s.next, n))
		s.free = s.chunk
	}
	p := s.free[:n:n]
	s.free = s.free[n:]
	return p
}

// reuse hands out the last chunk again from its start, for a slab whose
// strings are no longer read: the memory of one document's scratch made
// the next one's.
func (s *byteSlab) reuse() { s.free = s.chunk }

// add returns a string of p's bytes.
func (s *byteSlab) add(p []byte) string {
	b := s.take(len(p))
	copy(b, p)
	return unsafe.String(unsafe.SliceData(b), len(b))
}
