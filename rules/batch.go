package rules

import (
	"math"
	"unicode/utf8"
)

// A Batch is a list of patterns tried on the same string, such as every
// exclusion rule's pattern on the text before a candidate. Most of them
// are ruled out together, by one look-up of the string's first two
// characters past the spaces at the anchor (its last two, for patterns
// read from the end): each pattern's automaton (sequences) has been run
// in advance over n spaces and every pair of characters of its table
// (runeSlot: ASCII, Latin-1, General Punctuation), both where the string
// goes on and where it ends there (a number such as "42" is then decided
// by one look-up). The characters are grouped as the automata all treat
// them, and the tables are indexed by group.
type Batch struct {
	fromEnd bool
	width   int   // the number of groups
	always  Alive // the patterns the tables cannot rule out
	// The patterns alive past the first character, by the spaces before
	// it (2 for two or more) and its group, and past the first two; each
	// both where the string goes on and where it ends there (see index).
	alive aliveTable
	// Last, so that the fields above share cache lines with the ASCII
	// characters' groups.
	class [runeSlots]uint8 // a rune's group, by its slot; noClass past 255 groups
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
	sets := make([]Alive, b.index(true, 3, 0, -1))
	for i, d := range dfas {
		b.add(sets, d, bits[i], reps)
	}
	b.alive = newAliveTable(sets)
	return b
}

// index is the place in the table of the patterns alive past k spaces
// and a character of group g1, and one of group g2 after it (g2 -1: the
// first alone), where the string goes on or ends there. A row holds the
// first character alone and then each second one: a string's look-ups
// share it.
func (b *Batch) index(end bool, k, g1, g2 int) int {
	row := k*b.width + g1
	if end {
		row += 3 * b.width
	}
	return row*(b.width+1) + g2 + 1
}

// group partitions the runes of the table into the groups that every
// automaton treats alike, and returns the slot of a rune of each.
func (b *Batch) group(dfas []*seqDFA) (reps []int) {
	groups := map[string]uint8{}
	sig := make([]byte, len(dfas))
	for slot := range runeSlots {
		for i, d := range dfas {
			sig[i] = d.class[slot]
		}
		g, ok := groups[string(sig)]
		if !ok && len(reps) == noClass {
			b.class[slot] = noClass
			continue
		}
		if !ok {
			g = uint8(len(reps))
			groups[string(sig)] = g
			reps = append(reps, slot)
		}
		b.class[slot] = g
	}
	b.width = len(reps)
	return reps
}

// add sets bit in sets (the table, as index lays it out) wherever
// automaton d may still match.
func (b *Batch) add(sets []Alive, d *seqDFA, bit Alive, reps []int) {
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
		for g1, c1 := range reps {
			n1, u1 := n0, undecided
			if !u1 {
				n1, u1 = d.step(n0, c1)
			}
			if u1 || d.endsAlive(n0, c1) {
				sets[b.index(true, k, g1, -1)] |= bit
			}
			if !u1 && n1 == dead {
				continue
			}
			sets[b.index(false, k, g1, -1)] |= bit
			row, rowEnd := sets[b.index(false, k, g1, 0):][:b.width], sets[b.index(true, k, g1, 0):][:b.width]
			for g2, c2 := range reps {
				if u1 {
					row[g2], rowEnd[g2] = row[g2]|bit, rowEnd[g2]|bit
					continue
				}
				n2, u2 := d.step(n1, c2)
				if u2 || n2 != dead {
					row[g2] |= bit
				}
				if u2 || d.endsAlive(n1, c2) {
					rowEnd[g2] |= bit
				}
			}
		}
	}
}

// step is the state after the rune of slot from state n (or dead), or
// undecided when the automaton hands over there, or may have matched, or
// leaves the rune to the general step.
func (d *seqDFA) step(n, slot int) (int, bool) {
	if d.info[n]&waits != 0 || verdict(d.info[n]&verdictMask) != noMatch || d.class[slot] == noClass {
		return n, true
	}
	switch next := d.nextState(n, int(d.class[slot])); next {
	case dead:
		return dead, false
	case unknown:
		return n, true
	default:
		return next, false
	}
}

// endsAlive reports whether the automaton, in state n (where step does
// not hand over), may match a string that ends with the rune of slot.
func (d *seqDFA) endsAlive(n, slot int) bool {
	return d.class[slot] == noClass || d.last[n*d.width+int(d.class[slot])] != noMatch
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
	// i: the first character past the spaces (its first byte; from the
	// end, its last); k: the spaces passed, 2 for two or more.
	i := 0
	if b.fromEnd {
		i = len(s) - 1
		for i >= 0 && s[i] == ' ' {
			i--
		}
		if i < 0 {
			return ^Alive(0)
		}
	} else {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			return ^Alive(0)
		}
	}
	k := min(i, 2)
	if b.fromEnd {
		k = min(len(s)-1-i, 2)
	}
	g1, j := b.groupAt(s, i)
	switch {
	case g1 == noClass:
		return ^Alive(0)
	case j < 0 || j == len(s):
		return b.alive.at(b.index(true, k, g1, -1)) | b.always
	}
	g2, after := b.groupAt(s, j)
	if g2 == noClass {
		return b.alive.at(b.index(false, k, g1, -1)) | b.always
	}
	return b.alive.at(b.index(after < 0 || after == len(s), k, g1, g2)) | b.always
}

// groupAt is the group of the character at byte i of s (from the end:
// that ends there), noClass for a rune not in the table, and the byte
// of the next character in the batch's direction (-1 or len(s) past the
// string's end).
func (b *Batch) groupAt(s string, i int) (g int, next int) {
	c, size := rune(s[i]), 1
	if c >= utf8.RuneSelf {
		if b.fromEnd {
			c, size = utf8.DecodeLastRuneInString(s[:i+1])
		} else {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
	}
	next = i + size
	if b.fromEnd {
		next = i - size
	}
	if slot := runeSlot(c); slot >= 0 {
		return int(b.class[slot]), next
	}
	return noClass, next
}

// aliveTable is a batch's table of pattern sets. Its tens of thousands
// of entries hold a few hundred distinct sets (the default rules: 61 to
// 194), so an entry is a byte, the set's place in a palette: an eighth
// of the sets' own size, and fewer cache lines for a document's first
// look-ups to find cold. Past 256 distinct sets the entries are the
// sets themselves.
type aliveTable struct {
	palette []Alive
	narrow  []uint8 // per entry, its set's place in palette
	wide    []Alive // instead of narrow, past 256 distinct sets
}

func newAliveTable(sets []Alive) aliveTable {
	var t aliveTable
	place := map[Alive]uint8{}
	t.narrow = make([]uint8, len(sets))
	for i, a := range sets {
		k, ok := place[a]
		if !ok {
			if len(t.palette) > math.MaxUint8 {
				return aliveTable{wide: sets}
			}
			k = uint8(len(t.palette))
			place[a] = k
			t.palette = append(t.palette, a)
		}
		t.narrow[i] = k
	}
	return t
}

func (t *aliveTable) at(i int) Alive {
	if t.wide != nil {
		return t.wide[i]
	}
	return t.palette[t.narrow[i]]
}
