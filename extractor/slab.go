package extractor

import "strings"

// A document's claims hold many small values behind pointers or in strings
// of their own: each claim's value, speaker, tags and id, and each
// paragraph has its topic scores. Allocated one by one they were a fifth of the run's
// allocations; the slabs below cut them from
// chunks instead. Chunks grow from a few values to a few thousand, so a
// short document allocates little and a long one few times.

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

// take returns n zero values of T, a slice of a chunk capped at its end.
func (s *slab[T]) take(n int) []T {
	if len(s.free) < n {
		s.next = min(max(2*s.next, 16), 1024)
		s.free = make([]T, max(s.next, n))
	}
	p := s.free[:n:n]
	s.free = s.free[n:]
	return p
}

// stringSlab cuts strings from a strings.Builder per chunk. A Builder never
// changes the bytes it has written (it moves on to a new buffer when one is
// full), so each string handed out stays as it was.
type stringSlab struct {
	b    strings.Builder
	next int // the size of the next chunk
}

func (s *stringSlab) add(p []byte) string {
	if s.b.Cap()-s.b.Len() < len(p) {
		s.next = min(max(2*s.next, 256), 16<<10)
		s.b = strings.Builder{}
		s.b.Grow(max(s.next, len(p)))
	}
	start := s.b.Len()
	s.b.Write(p)
	return s.b.String()[start:]
}
