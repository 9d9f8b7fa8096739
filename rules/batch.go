package rules

// A Batch is a list of patterns tried on the same string, such as every
// exclusion rule's pattern on the text before a candidate. Most of them
// are ruled out together, by one look-up of the string's first two
// characters past the spaces at the anchor (its last two, for patterns
// read from the end): each pattern's automaton (sequences) has been run
// in advance over n spaces and every pair of ASCII characters, both where
// the string goes on and where it ends there (a number such as "42" is
// then decided by one look-up).
type Batch struct {
	fromEnd bool
	class   [128]uint8    // an ASCII character's group: one the automata all treat alike
	width   int           // the number of groups
	one     [3][128]Alive // [spaces, 2 for two or more][the character]: alive past it
	oneEnd  [3][128]Alive // the same, where the string ends after the character
	two     []Alive       // [(spaces*128+first)*width+group of the second]
	twoEnd  []Alive       // the same, where the string ends after the second
	always  Alive         // the patterns the tables cannot rule out
}

// Alive is the set of a batch's patterns that may match a string: bit i
// for pattern i. Past the 64th every pattern may.
type Alive uint64

// Has reports whether pattern i may match.
func (a Alive) Has(i int) bool { return i >= 64 || a&(1<<i) != 0 }

// NewBatch prepares the patterns res (a nil entry, no pattern, rules
// nothing out: its bit is always set); fromEnd says
// that they look at the string from its end (end-anchored, compiled
// right to left), else from its start.
func NewBatch(res []*Regex, fromEnd bool) *Batch {
	b := &Batch{fromEnd: fromEnd}
	var dfas []*seqDFA
	var bits []Alive
	for i, re := range res {
		if i >= 64 {
			break
		}
		bit := Alive(1) << i
		if re == nil {
			b.always |= bit
		} else if q := re.pre.seq; q == nil || q.negate || q.backward != fromEnd {
			b.always |= bit
		} else {
			dfas, bits = append(dfas, &q.dfa), append(bits, bit)
		}
	}
	reps := b.group(dfas)
	b.two, b.twoEnd = make([]Alive, 3*128*b.width), make([]Alive, 3*128*b.width)
	for i, d := range dfas {
		b.add(d, bits[i], reps)
	}
	return b
}

// group partitions the ASCII characters into the groups that every
// automaton treats alike, and returns a character of each.
func (b *Batch) group(dfas []*seqDFA) (reps []byte) {
	groups := map[string]uint8{}
	sig := make([]byte, len(dfas))
	for c := range byte(128) {
		for i, d := range dfas {
			sig[i] = d.class[c]
		}
		g, ok := groups[string(sig)]
		if !ok {
			g = uint8(len(reps))
			groups[string(sig)] = g
			reps = append(reps, c)
		}
		b.class[c] = g
	}
	b.width = len(reps)
	return reps
}

// add sets bit wherever automaton d may still match.
func (b *Batch) add(d *seqDFA, bit Alive, reps []byte) {
	for k := range 3 {
		n0, undecided := d.afterSpaces(k)
		if k == 2 {
			if m, _ := d.afterSpaces(3); m != n0 {
				undecided = true // the spaces are not a settled run
			}
		}
		if !undecided && n0 == dead {
			continue
		}
		for c := range 128 {
			n1, u1 := n0, undecided
			if !u1 {
				n1, u1 = d.step(n0, byte(c))
			}
			if u1 || d.endsAlive(n0, byte(c)) {
				b.oneEnd[k][c] |= bit
			}
			if !u1 && n1 == dead {
				continue
			}
			b.one[k][c] |= bit
			at := (k*128 + c) * b.width
			row, rowEnd := b.two[at:][:b.width], b.twoEnd[at:][:b.width]
			for g, r := range reps {
				if u1 {
					row[g], rowEnd[g] = row[g]|bit, rowEnd[g]|bit
					continue
				}
				n2, u2 := d.step(n1, r)
				if u2 || n2 != dead {
					row[g] |= bit
				}
				if u2 || d.endsAlive(n1, r) {
					rowEnd[g] |= bit
				}
			}
		}
	}
}

// step is the state after ASCII character c from state n (or dead), or
// undecided when the automaton hands over there, or may have matched.
func (d *seqDFA) step(n int, c byte) (int, bool) {
	if d.info[n]&waits != 0 || verdict(d.info[n]&verdictMask) != noMatch {
		return n, true
	}
	switch next := d.nextState(n, int(d.class[c])); next {
	case dead:
		return dead, false
	case unknown:
		return n, true
	default:
		return next, false
	}
}

// endsAlive reports whether the automaton, in state n (where step does
// not hand over), may match a string that ends with ASCII character c.
func (d *seqDFA) endsAlive(n int, c byte) bool {
	return d.last[n*d.width+int(d.class[c])] != noMatch
}

// afterSpaces walks k spaces from the start: the state reached (or dead),
// or undecided.
func (d *seqDFA) afterSpaces(k int) (n int, undecided bool) {
	n = d.start
	for range k {
		if n, undecided = d.step(n, ' '); undecided || n == dead {
			return n, undecided
		}
	}
	return n, false
}

// Survivors returns the patterns that may match s.
func (b *Batch) Survivors(s string) Alive {
	if s == "" || s[len(s)-1] == '\n' {
		return ^Alive(0) // an anchor may hold next to the newline
	}
	// i: the first character past the spaces; j: the one after it (-1: none).
	i, j := 0, -1
	if b.fromEnd {
		i = len(s) - 1
		for i >= 0 && s[i] == ' ' {
			i--
		}
		if i < 0 {
			return ^Alive(0)
		}
		if i > 0 {
			j = i - 1
		}
	} else {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			return ^Alive(0)
		}
		if i+1 < len(s) {
			j = i + 1
		}
	}
	spaces := i
	if b.fromEnd {
		spaces = len(s) - 1 - i
	}
	k, c := min(spaces, 2), s[i]
	switch {
	case c >= 128:
		return ^Alive(0)
	case j < 0:
		return b.oneEnd[k][c] | b.always
	case s[j] >= 128:
		return b.one[k][c] | b.always
	}
	two := b.two
	if j == 0 || j == len(s)-1 {
		two = b.twoEnd
	}
	return two[(k*128+int(c))*b.width+int(b.class[s[j]])] | b.always
}
