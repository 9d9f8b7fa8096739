package extractor

// wordSet numbers a set of words, and answers most look-ups of words not
// in it without a map look-up: ends has, for each pair of first and last
// bytes (folded to five bits each), bit n set when a word of n bytes (n <
// 64; 63 for longer ones) begins and ends with them.
type wordSet struct {
	index map[string]int
	list  []string // the words by number
	ends  [1 << 10]uint64
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
			s.ends[endsOf(w)] |= lengthBit(w)
		}
	}
	return k
}

// find is the number of w, if it is in the set.
func (s *wordSet) find(w string) (int, bool) {
	if w != "" && s.ends[endsOf(w)]&lengthBit(w) == 0 {
		return 0, false
	}
	k, ok := s.index[w]
	return k, ok
}

func (s *wordSet) has(w string) bool {
	_, ok := s.find(w)
	return ok
}

// endsOf is w's index in ends (w not empty): letters stay apart.
func endsOf(w string) int { return int(w[0]&31)<<5 | int(w[len(w)-1]&31) }

func lengthBit(w string) uint64 { return 1 << min(len(w), 63) }
