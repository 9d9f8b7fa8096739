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
// was (until reuse).
type byteSlab struct {
	chunk, free []byte // the chunk in use, and the rest of it
	next        int    // the size of the next chunk made
	// Of a slab that is reused: every chunk it made, handed out again in
	// turn after reuse; chunks[at] is chunk.
	chunks [][]byte
	at     int
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
		s.nextChunk(n)
	}
	p := s.free[:n:n]
	s.free = s.free[n:]
	return p
}

// nextChunk moves to a chunk of n bytes at least: the next one kept, if it
// is large enough, or a new one.
func (s *byteSlab) nextChunk(n int) {
	if s.at+1 < len(s.chunks) && len(s.chunks[s.at+1]) >= n {
		s.at++
		s.chunk = s.chunks[s.at]
		s.free = s.chunk
		return
	}
	s.next = min(max(2*s.next, 256), maxByteChunk)
	s.chunk = make([]byte, max(s.next, n))
	s.free = s.chunk
	if s.chunks != nil {
		// A chunk too small for n is passed over, never dropped: the
		// strings cut from it may still be read.
		s.at = len(s.chunks)
		s.chunks = append(s.chunks, s.chunk)
	}
}

// reusable makes s a slab that reuse rewinds.
func (s *byteSlab) reusable() {
	if s.chunks == nil {
		s.chunks = make([][]byte, 0, 4)
		if s.chunk != nil {
			s.chunks = append(s.chunks, s.chunk)
		}
	}
}

// reuse hands out the slab's memory again from the start of its first
// chunk, for a slab whose strings are no longer read: the memory of one
// document's scratch is the next one's. keepLong is release's: without
// it, the chunks past the first maxKeptChunks are let go.
func (s *byteSlab) reuse(keepLong bool) {
	if len(s.chunks) == 0 {
		s.free = s.chunk
		return
	}
	if !keepLong && len(s.chunks) > maxKeptChunks {
		clear(s.chunks[maxKeptChunks:])
		s.chunks = s.chunks[:maxKeptChunks]
	}
	s.at, s.chunk = 0, s.chunks[0]
	s.free = s.chunk
}

// maxKeptChunks is how many chunks of a reused slab are kept whatever
// comes: those of a transcript's sentences lowered.
const maxKeptChunks = 16

// add returns a string of p's bytes.
func (s *byteSlab) add(p []byte) string {
	b := s.take(len(p))
	copy(b, p)
	return unsafe.String(unsafe.SliceData(b), len(b))
}
