package extractor

import "strings"

// A document's claims hold many small values behind pointers or in strings
// of their own: each claim's value, speaker and id, and each paragraph has
// its topic scores. Allocated one by one they were a fifth of the run's
// allocations; the slabs below cut them from
// chunks instead. Chunks grow from a few values to a few thousand, so a
// short document allocates little and a long one few times.

// slab hands out pointers to values of T cut from chunks.
type slab[T any] struct {
	free []T
	next int // the size of the next chunk
}

func (s *slab[T]) new(v T) *T {
	if len(s.free) == 0 {
		s.next = min(max(2*s.next, 16), 1024)
		s.free = make([]T, s.next)
	}
	p := &s.free[0]
	s.free = s.free[1:]
	*p = v
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
