package extractor

// wordSet numbers a set of words, and finds a word without hashing it:
// ends has, for each pair of first and last bytes (folded to five bits
// each), bit n set when a word of n bytes (n < 64; 63 for longer ones)
// begins and ends with them, which answers most look-ups of words not in
// the set; the few words of that pair are then compared (byEnds).
type wordSet struct {
	list   []string // the words by number
	ends   [1 << 10]uint64
	byEnds [1 << 10][]int // the numbers of the words of each pair of ends
}

// add numbers w (its number if it has one already).
func (s *wordSet) add(w string) int {
	if k, ok := s.find(w); ok {
		return k
	}
	k := len(s.list)
	s.list = append(s.list, w)
	e := endsOf(w)
	s.ends[e] |= lengthBit(w)
	s.byEnds[e] = append(s.byEnds[e], k)
	return k
}

// mayHave reports whether a word of the set has w's ends and length; a
// word not in the set nearly never does.
func (s *wordSet) mayHave(w string) bool { return s.ends[endsOf(w)]&lengthBit(w) != 0 }

// find is the number of w, if it is in the set.
func (s *wordSet) find(w string) (int, bool) {
	if !s.mayHave(w) {
		return 0, false
	}
	e := endsOf(w)
	for _, k := range s.byEnds[e] {
		if s.list[k] == w {
			return k, true
		}
	}
	return 0, false
}

// endsOf is w's index in ends and byEnds: letters stay apart. The empty
// word has index 0.
func endsOf(w string) int {
	if w == "" {
		return 0
	}
	return int(w[0]&31)<<5 | int(w[len(w)-1]&31)
}

func lengthBit(w string) uint64 { return 1 << min(len(w), 63) }
