package rules

// A Batch is a list of patterns tried on the same string, such as every
// exclusion rule's pattern on the text before a candidate. Most of them
// are ruled out together, by one look-up of the string's first character
// past the spaces at the anchor (its last, for patterns read from the
// end): for each pattern, its automaton (sequences) has been run in
// advance over n spaces and each ASCII character.
type Batch struct {
	fromEnd bool
	table   [3][128]Alive // [spaces, 2 for two or more][the character]
	always  Alive         // the patterns the table cannot rule out
}

// Alive is the set of a batch's patterns that may match a string: bit i
// for pattern i. Past the 64th every pattern may.
type Alive uint64

// Has reports whether pattern i may match.
func (a Alive) Has(i int) bool { return i >= 64 || a&(1<<i) != 0 }

// NewBatch prepares the patterns res (nil entries allowed); fromEnd says
// that they look at the string from its end (end-anchored, compiled
// right to left), else from its start.
func NewBatch(res []*Regex, fromEnd bool) *Batch {
	b := &Batch{fromEnd: fromEnd}
	for i, re := range res {
		if i >= 64 {
			break
		}
		bit := Alive(1) << i
		q := (*sequences)(nil)
		if re != nil {
			q = re.pre.seq
		}
		if q == nil || q.negate || q.backward != fromEnd {
			b.always |= bit
			continue
		}
		for k := range b.table {
			for c, alive := range q.dfa.aliveAfterSpaces(k) {
				if alive {
					b.table[k][c] |= bit
				}
			}
		}
	}
	return b
}

// aliveAfterSpaces reports, for each ASCII character c, whether the
// automaton may still match after k spaces (k = 2: two or more) and c.
func (d *seqDFA) aliveAfterSpaces(k int) (alive [128]bool) {
	all := func() [128]bool {
		for c := range alive {
			alive[c] = true
		}
		return alive
	}
	n, undecided := d.afterSpaces(k)
	if k == 2 {
		if m, _ := d.afterSpaces(3); m != n {
			return all() // the spaces are not a settled run
		}
	}
	switch {
	case undecided:
		return all()
	case n == dead:
		return alive
	}
	for c := range alive {
		next := d.next[n*d.width+int(d.class[c])]
		alive[c] = next != dead
	}
	return alive
}

// afterSpaces walks k spaces from the start: the state reached (or dead),
// and undecided when the automaton hands over on the way, or may have
// matched.
func (d *seqDFA) afterSpaces(k int) (n int, undecided bool) {
	n = d.start
	for i := 0; ; i++ {
		if d.info[n]&waits != 0 || verdict(d.info[n]&verdictMask) != noMatch {
			return n, true
		}
		if i == k {
			return n, false
		}
		switch next := d.next[n*d.width+int(d.class[' '])]; next {
		case dead:
			return dead, false
		case unknown:
			return n, true
		default:
			n = int(next)
		}
	}
}

// Survivors returns the patterns that may match s.
func (b *Batch) Survivors(s string) Alive {
	if s == "" || s[len(s)-1] == '\n' {
		return ^Alive(0) // an anchor may hold next to the newline
	}
	var spaces int
	var c byte
	if b.fromEnd {
		i := len(s) - 1
		for i >= 0 && s[i] == ' ' {
			i--
		}
		if i < 0 {
			return ^Alive(0)
		}
		spaces, c = len(s)-1-i, s[i]
	} else {
		i := 0
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			return ^Alive(0)
		}
		spaces, c = i, s[i]
	}
	if c >= 128 {
		return ^Alive(0)
	}
	return b.table[min(spaces, 2)][c] | b.always
}
