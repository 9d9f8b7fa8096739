package extractor

// wordSet numbers a set of words, and answers most look-ups of words not
// in it without a map look-up: firsts (lasts) has, for each byte, bit n
// set when a word of n bytes (n < 64; 63 for longer ones) begins (ends)
// with it.
type wordSet struct {
	index         map[string]int
	list          []string // the words by number
	firsts, lasts [256]uint64
}

func newWordSet(words []string) *wordSet {
	s := &wordSet{}
	for _, w := range words {
		s.add(w)
	}
	return s
}

// add numbers w (its number if it has one already).
func (s *wordSet) add(w string) int {
	k, ok := s.index[w]
	if !ok {
		if s.index == nil {
			s.index = map[string]int{}
		}
		k = len(s.list)
		s.index[w] = k
		s.list = append(s.list, w)
		if w != "" {
			s.firsts[w[0]] |= lengthBit(w)
			s.lasts[w[len(w)-1]] |= lengthBit(w)
		}
	}
	return k
}

// find is the number of w, if it is in the set.
func (s *wordSet) find(w string) (int, bool) {
	if w != "" && s.firsts[w[0]]&s.lasts[w[len(w)-1]]&lengthBit(w) == 0 {
		return 0, false
	}
	k, ok := s.index[w]
	return k, ok
}

func (s *wordSet) has(w string) bool {
	_, ok := s.find(w)
	return ok
}

func lengthBit(w string) uint64 { return 1 << min(len(w), 63) }
