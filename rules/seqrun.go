package rules

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Running the sequences on a string. The alternatives run together: the
// state is one word per alternative, bit i saying that its elems[:i]
// have matched. Between the ends of the string, the states reachable from
// the start are numbered in advance (seqDFA), so that a step over a
// common rune (ASCII, Latin-1, General Punctuation: see runeSlot) is one
// table look-up; other runes and the string's ends, where anchors hold,
// take the general step.

// anchors is a set of the anchors that hold at a position.
type anchors uint8

func (q *sequences) anchorsAt(s string, pos int) anchors {
	var a anchors
	if pos == 0 {
		a |= 1 << atBegin
	}
	if pos == len(s) {
		a |= 1<<atEnd | 1<<atEndZ
	} else if pos == len(s)-1 && s[pos] == '\n' {
		a |= 1 << atEndZ
	}
	if q.words {
		before, _ := utf8.DecodeLastRuneInString(s[:pos])
		after, _ := utf8.DecodeRuneInString(s[pos:])
		wordBefore := pos > 0 && isWordChar(before)
		wordAfter := pos < len(s) && isWordChar(after)
		a |= boundary(wordBefore != wordAfter)
	}
	return a
}

// boundary is the anchor \b or \B that holds where a word starts or
// ends (b) or not.
func boundary(b bool) anchors {
	if b {
		return 1 << atBoundary
	}
	return 1 << atNonBoundary
}

// isWordChar is regexp2's \w of \b (syntax.IsWordChar, which looks its
// categories up by name on every call).
func isWordChar(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return unicode.In(r, unicode.L, unicode.Mn, unicode.Nd, unicode.Pc) || r == '\u200D' || r == '\u200C'
}

// seqState is the state of every alternative.
type seqState [maxAlts]uint64

// start is the state at the anchor, where the anchors in at hold.
func (q *sequences) start(st *seqState, at anchors) {
	for i := range q.alts {
		st[i] = q.pass[i].closure(1, at)
	}
}

// step moves st over rune r to a position where the anchors in at hold,
// and reports whether some alternative is still alive.
func (q *sequences) step(st *seqState, r rune, at anchors) bool {
	q.move(st, r)
	return q.close(st, at)
}

// move moves st over rune r, before the closure.
func (q *sequences) move(st *seqState, r rune) {
	var answers classAnswers
	for k := range q.alts {
		if st[k] == 0 {
			continue
		}
		a := &q.alts[k]
		var next uint64
		for m := st[k]; m != 0; m &= m - 1 {
			i := bits.TrailingZeros64(m)
			if i >= len(a.elems) {
				continue
			}
			e := &a.elems[i]
			if e.cls == nil || !answers.in(e.cls, r) {
				continue
			}
			if e.rep == many {
				next |= 1 << i
			} else {
				next |= 1 << (i + 1)
			}
		}
		st[k] = next
	}
}

// classAnswers keeps, for one step over a non-ASCII rune, the answers of
// the classes asked so far: the alternatives share their classes (\s, \w),
// and such a class tests ranges.
type classAnswers struct {
	n   int
	cls [8]*charClass
	ans [8]bool
}

func (m *classAnswers) in(c *charClass, r rune) bool {
	if r < utf8.RuneSelf {
		return c.in(r)
	}
	for i := range m.n {
		if m.cls[i] == c {
			return m.ans[i]
		}
	}
	v := c.in(r)
	if m.n < len(m.cls) {
		m.cls[m.n], m.ans[m.n] = c, v
		m.n++
	}
	return v
}

// close applies closure to every alternative, where the anchors in at
// hold, and reports whether some alternative is alive.
func (q *sequences) close(st *seqState, at anchors) bool {
	alive := false
	for k := range q.alts {
		if st[k] != 0 {
			st[k] = q.pass[k].closure(st[k], at)
			alive = true
		}
	}
	return alive
}

// waits reports whether some alternative stands at \b or \B, which the
// automaton does not decide.
func (q *sequences) waits(st *seqState) bool {
	for k := range q.alts {
		if st[k]&q.pass[k].waits() != 0 {
			return true
		}
	}
	return false
}

// waits is the alternative's positions at \b or \B.
func (p *seqPass) waits() uint64 { return p.anchors[atBoundary] | p.anchors[atNonBoundary] }

// closure adds to state the positions reached without a character: past
// optional elements, and past the anchors in at.
func (p *seqPass) closure(state uint64, at anchors) uint64 {
	pass := p.free
	for k := range p.anchors {
		if at&(1<<k) != 0 {
			pass |= p.anchors[k]
		}
	}
	for {
		next := state | (state&pass)<<1
		if next == state {
			return state
		}
		state = next
	}
}

// reached is the verdict of a state: isMatch if an alternative that
// decides has reached its end, mayMatch if another has.
func (q *sequences) reached(st *seqState, wide bool) verdict {
	v := noMatch
	for k := range q.alts {
		if v = max(v, q.reachedBy(&q.alts[k], st[k], wide)); v == isMatch {
			return v
		}
	}
	return v
}

// reachedBy is the verdict of alternative a in state w.
func (q *sequences) reachedBy(a *seqAlt, w uint64, wide bool) verdict {
	switch {
	case w&(1<<len(a.elems)) == 0:
		return noMatch
	case !a.open && q.exact && !wide:
		return isMatch
	}
	return mayMatch
}

// test runs the sequences on s. Without decide it stops at the first
// "may match"; with decide it looks on for a match that it can decide.
func (q *sequences) test(s string, decide bool) verdict {
	if !q.negate {
		return q.testAt(s, decide)
	}
	if q.backward && s != "" && s[len(s)-1] == '\n' {
		return mayMatch // two places where $ holds, X at one of them
	}
	switch q.testAt(s, true) {
	case isMatch:
		return noMatch
	case noMatch:
		return isMatch
	}
	return mayMatch
}

// testAt is test of the sequences as they are, not negated.
func (q *sequences) testAt(s string, decide bool) verdict {
	if !q.backward {
		return q.scan(s, 0, decide)
	}
	v := q.scan(s, len(s), decide)
	if v != isMatch && s != "" && s[len(s)-1] == '\n' {
		// $ also matches before a final newline.
		v = max(v, q.scan(s, len(s)-1, decide))
	}
	return v
}

// scan runs from byte pos: by the automaton while it can, then stepwise.
func (q *sequences) scan(s string, pos int, decide bool) verdict {
	d := &q.dfa
	if s == "" || s[len(s)-1] == '\n' || pos != 0 && pos != len(s) {
		var st seqState
		q.start(&st, q.anchorsAt(s, pos))
		return q.run(&st, s, pos, decide, noMatch)
	}
	// i: the index of the next character, read from dir's side; the
	// position resume wants is i, or past it for a backward run.
	i, dir, last, back := 0, 1, len(s)-1, 0
	if q.backward {
		i, dir, last, back = len(s)-1, -1, 0, 1
	}
	seen := noMatch
	code := d.code(d.start)
	for ; ; i += dir {
		if code < 0 {
			// A state with a verdict, or where \b or \B waits.
			n := d.state(code)
			info := d.info[n]
			if info&waits != 0 {
				return q.resume(d.sets[n], s, i+back, decide, seen)
			}
			if v := verdict(info & verdictMask); v == isMatch || !decide {
				return v
			}
			seen = mayMatch
			code = int16(n * d.width)
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			m, size := q.across(d.state(code), s, i)
			if size == 0 {
				return q.resume(d.sets[d.state(code)], s, i+back, decide, seen)
			}
			if m == dead {
				return seen
			}
			code, i = d.code(m), i+dir*(size-1)
			continue
		}
		k := int(code) + int(d.class[c])
		if i == last {
			return max(seen, d.last[k])
		}
		next := d.next[k]
		if next < 0 && next >= unknown {
			if next == dead {
				return seen
			}
			return q.resume(d.sets[d.state(code)], s, i+back, decide, seen)
		}
		code = next
	}
}

// across steps from state n over the non-ASCII rune at byte i (that ends
// there, for a backward run), to a position inside the string, by the
// table where it has the rune, else by the general step, and returns the
// automaton's state there (or dead) and the rune's size; size 0 when the
// automaton cannot go on: the rune ends the string, lies past the Basic
// Multilingual Plane, or leads to a state the automaton did not number.
func (q *sequences) across(n int, s string, i int) (next, size int) {
	var r rune
	if q.backward {
		r, size = utf8.DecodeLastRuneInString(s[:i+1])
		if i+1-size == 0 {
			return 0, 0
		}
	} else {
		r, size = utf8.DecodeRuneInString(s[i:])
		if i+size == len(s) {
			return 0, 0
		}
	}
	if r > 0xFFFF {
		return 0, 0
	}
	d := &q.dfa
	if slot := runeSlot(r); slot >= 0 && d.class[slot] != noClass {
		if next := d.nextState(n, int(d.class[slot])); next != unknown {
			return next, size
		}
	}
	var st seqState
	copy(st[:], d.sets[n])
	q.move(&st, r)
	if !q.close(&st, 0) {
		return dead, size
	}
	var key [9 * maxAlts]byte
	m, ok := d.index[string(stateKey(&st, len(q.alts), key[:0]))]
	if !ok {
		return 0, 0
	}
	return int(m), size
}

// resume takes the general step from an automaton's state at byte pos,
// where anchors that it left undecided are now decided.
func (q *sequences) resume(set []uint64, s string, pos int, decide bool, seen verdict) verdict {
	var st seqState
	copy(st[:], set)
	q.close(&st, q.anchorsAt(s, pos))
	return q.run(&st, s, pos, decide, seen)
}

// run is the general step, from state st at byte pos of s to the end.
func (q *sequences) run(st *seqState, s string, pos int, decide bool, seen verdict) verdict {
	wide := false // a rune past the Basic Multilingual Plane was let through
	for {
		if v := q.reached(st, wide); v != noMatch {
			if v == isMatch || !decide {
				return v
			}
			seen = mayMatch
		}
		var r rune
		var size int
		if q.backward {
			if pos == 0 {
				return seen
			}
			if r, size = rune(s[pos-1]), 1; r >= utf8.RuneSelf {
				r, size = utf8.DecodeLastRuneInString(s[:pos])
			}
			pos -= size
		} else {
			if pos == len(s) {
				return seen
			}
			if r, size = rune(s[pos]), 1; r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[pos:])
			}
			pos += size
		}
		wide = wide || r > 0xFFFF
		if !q.step(st, r, q.anchorsAt(s, pos)) {
			return seen
		}
	}
}

// seqDFA numbers the states the sequences reach from their anchor over
// the runes of runeSlot, where no anchor holds, up to maxDFAStates. The
// runes are grouped into the classes that the sequences cannot tell
// apart, and the tables are indexed by state and class. A step is one
// look-up of next, which holds the next state as its row's offset: no
// multiplication, and no look-up of the state's info, on the way.
type seqDFA struct {
	start int
	width int       // the number of classes
	next  []int16   // [state*width+class]: the next state, as code writes it (dead, or unknown past the cap)
	last  []verdict // [state*width+class]: the verdict after a character that ends the string
	info  []uint8   // per state: its verdict, and waits
	// The fields above and the ASCII characters' classes are what a
	// scan of ASCII reads, in the struct's first cache lines.
	class [runeSlots]uint8 // a rune's class, by its slot (an ASCII character's is at the character)
	sets  [][]uint64       // per state: the state of each alternative, for the general step
	index map[string]int16 // a state's number, by its sets (stateKey)
}

const (
	verdictMask = 3
	waits       = 4 // an alternative stands at \b or \B, which the general step decides

	maxDFAStates = 256
	dead         = -1
	unknown      = -2
	unset        = -3 // while the automaton is built
)

// code is how next holds state n (or dead, unknown): the offset of its
// row, n*width, or, for a state with a verdict or where \b or \B waits
// (info), -3-n, which a step tells apart by its sign.
func (d *seqDFA) code(n int) int16 {
	switch {
	case n < 0:
		return int16(n)
	case d.info[n] != 0:
		return int16(-3 - n)
	}
	return int16(n * d.width)
}

// state is the state of a code (not dead or unknown).
func (d *seqDFA) state(code int16) int {
	if code < 0 {
		return int(-3 - code)
	}
	return int(code) / d.width
}

// nextState is the state after class g from state n: a state, dead or
// unknown.
func (d *seqDFA) nextState(n, g int) int {
	code := d.next[n*d.width+g]
	if code == dead || code == unknown {
		return int(code)
	}
	return d.state(code)
}

// noClass is the class of the runes that the table leaves out.
const noClass = 255

// runeSlots is the number of runes the automaton has in its tables.
const runeSlots = 0x100 + 0x70

// runeSlot is r's index in an automaton's class table, -1 for a rune not
// in it: the ASCII characters, Latin-1 and the General Punctuation block
// (curly quotes, dashes, thin spaces), the runes of most texts.
func runeSlot(r rune) int {
	switch {
	case r >= 0 && r < 0x100:
		return int(r)
	case r >= 0x2000 && r < 0x2070:
		return 0x100 + int(r-0x2000)
	}
	return -1
}

// slotRune is the rune of a slot.
func slotRune(slot int) rune {
	if slot < 0x100 {
		return rune(slot)
	}
	return 0x2000 + rune(slot-0x100)
}

func newSeqDFA(q *sequences) seqDFA {
	var d seqDFA
	reps, ascii := runeClasses(q, &d.class)
	d.width = len(reps)
	d.index = map[string]int16{}
	// At the anchor of a string of a byte or more only that anchor holds;
	// past its last byte, the other end's.
	at, end := anchors(1<<atBegin), anchors(1<<atEnd|1<<atEndZ)
	if q.backward {
		at, end = end, at
	}
	b := &seqDFABuilder{q: q, d: &d, reps: reps, moves: newSeqMoves(q, reps), end: end}
	q.start(&b.st, at)
	for k := range q.alts {
		b.touched = append(b.touched, k) // every alternative is alive here
	}
	b.key = stateKey(&b.st, len(q.alts), b.key)
	d.start = int(b.add())
	// The states reached over ASCII are numbered first, so that the cap
	// on states never costs an ASCII text its table; then the classes of
	// other runes only, and the states that they alone reach.
	for n := 0; n < len(d.sets); n++ {
		for g := range ascii {
			b.step(n, g)
		}
	}
	for n := 0; n < len(d.sets); n++ {
		for g := range reps {
			if b.next[n][g] == unset {
				b.step(n, g)
			}
		}
	}
	d.next, d.last = slices.Concat(b.next...), slices.Concat(b.last...)
	for k, n := range d.next {
		d.next[k] = d.code(int(n))
	}
	return d
}

// seqDFABuilder numbers the automaton's states. A state is worked on
// through its live alternatives only: past the first characters most
// of a pattern's alternatives are dead.
type seqDFABuilder struct {
	q     *sequences
	d     *seqDFA
	reps  []rune // a rune of each class
	moves seqMoves
	end   anchors     // the anchors that hold past the string's last rune
	next  [][]int16   // per state, per class; unset until worked out
	last  [][]verdict // per state, per class
	live  [][]int     // per state, its alternatives that are alive

	// The state a step leads to: st, zero but for the alternatives
	// touched, and its key (stateKey).
	st      seqState
	touched []int
	key     []byte
}

// step works out the move from state n over class g.
func (b *seqDFABuilder) step(n, g int) {
	q, d := b.q, b.d
	b.next[n][g], b.last[n][g] = unknown, mayMatch
	if d.info[n]&waits != 0 {
		return
	}
	at := b.end | boundary(isWordChar(b.reps[g]))
	last := noMatch
	b.key = b.key[:0]
	for _, k := range b.live[n] {
		moved := b.moves.move(k, g, d.sets[n][k])
		if moved == 0 {
			continue
		}
		p := &q.pass[k]
		b.st[k] = p.closure(moved, 0)
		b.touched = append(b.touched, k)
		b.key = appendAltKey(b.key, k, b.st[k])
		last = max(last, q.reachedBy(&q.alts[k], p.closure(moved, at), false))
	}
	b.last[n][g] = last
	if len(b.touched) == 0 {
		b.next[n][g] = dead
		return
	}
	b.next[n][g] = b.add()
}

// add returns the number of the state in st (its alternatives touched,
// whose key is key), numbering it if it is new, and clears st.
func (b *seqDFABuilder) add() int16 {
	q, d := b.q, b.d
	defer func() {
		for _, k := range b.touched {
			b.st[k] = 0
		}
		b.touched = b.touched[:0]
	}()
	if n, ok := d.index[string(b.key)]; ok {
		return n
	}
	if len(d.sets) >= maxDFAStates || len(d.sets)*d.width > math.MaxInt16 {
		return unknown // past the cap, or past the offsets next can hold
	}
	n := int16(len(d.sets))
	d.index[string(b.key)] = n
	info := uint8(q.reached(&b.st, false))
	if q.waits(&b.st) {
		info |= waits
	}
	d.info = append(d.info, info)
	d.sets = append(d.sets, slices.Clone(b.st[:len(q.alts)]))
	b.live = append(b.live, slices.Clone(b.touched))
	b.next, b.last = append(b.next, slices.Repeat([]int16{unset}, d.width)), append(b.last, make([]verdict, d.width))
	return n
}

// seqMoves are move, for the builder of the automaton, by class of runes:
// per alternative and class, the positions whose character takes the
// class's runes, on to the next position (on) or staying (stay, a
// repeated character). A move is then two masks an alternative.
type seqMoves struct {
	width int
	masks []struct{ on, stay uint64 } // [alternative*width+class]
}

func newSeqMoves(q *sequences, reps []rune) seqMoves {
	m := seqMoves{width: len(reps), masks: make([]struct{ on, stay uint64 }, len(q.alts)*len(reps))}
	for k, a := range q.alts {
		for i, e := range a.elems {
			if e.cls == nil {
				continue
			}
			set := slotsOf(e.cls)
			for g, c := range reps {
				if !set.has(runeSlot(c)) {
					continue
				}
				if mask := &m.masks[k*m.width+g]; e.rep == many {
					mask.stay |= 1 << i
				} else {
					mask.on |= 1 << i
				}
			}
		}
	}
	return m
}

// move is alternative k's state w moved over a rune of class g, as
// sequences.move moves it.
func (m *seqMoves) move(k, g int, w uint64) uint64 {
	mask := m.masks[k*m.width+g]
	return (w&mask.on)<<1 | w&mask.stay
}

// stateKey appends to key the state of the first n alternatives, as the
// automaton's index spells it: the live alternatives, in order.
func stateKey(st *seqState, n int, key []byte) []byte {
	for k, w := range st[:n] {
		if w != 0 {
			key = appendAltKey(key, k, w)
		}
	}
	return key
}

// appendAltKey appends alternative k's live state w to a key.
func appendAltKey(key []byte, k int, w uint64) []byte {
	return binary.LittleEndian.AppendUint64(append(key, byte(k)), w)
}

// runeClasses groups the runes of runeSlot that every class of the
// sequences treats alike (and \b, if they have it), sets each slot's
// group in class (noClass past 255 groups), and returns a rune of each
// group; the groups with an ASCII character come first (ascii of them),
// with an ASCII rune.
func runeClasses(q *sequences, class *[runeSlots]uint8) (reps []rune, ascii int) {
	var cls []*charClass
	var sets []*slotSet // each class's runes, looked up once, not per slot
	for _, a := range q.alts {
		for _, e := range a.elems {
			if e.cls != nil && !slices.Contains(cls, e.cls) {
				cls = append(cls, e.cls)
				sets = append(sets, slotsOf(e.cls))
			}
		}
	}
	words := wordSlots()
	groups := map[string]uint8{}
	sig := make([]byte, len(cls)+1)
	for slot := range runeSlots {
		c := slotRune(slot)
		for i, s := range sets {
			sig[i] = byte(b2i8(s.has(slot)))
		}
		sig[len(cls)] = byte(b2i8(q.words && words.has(slot)))
		g, ok := groups[string(sig)]
		if !ok && len(reps) == noClass {
			class[slot] = noClass // past the groups a byte numbers: the general step's
			continue
		}
		if !ok {
			g = uint8(len(reps))
			groups[string(sig)] = g
			reps = append(reps, c)
		}
		class[slot] = g
		if slot == utf8.RuneSelf-1 {
			ascii = len(reps)
		}
	}
	return reps, ascii
}

// slotSet is a set of the runes of the automaton's table, by slot.
type slotSet [(runeSlots + 63) / 64]uint64

func (s *slotSet) has(slot int) bool { return s[slot/64]&(1<<(slot%64)) != 0 }

// setOf is the set of the table's runes for which in is true.
func setOf(in func(rune) bool) *slotSet {
	var s slotSet
	for slot := range runeSlots {
		if in(slotRune(slot)) {
			s[slot/64] |= 1 << (slot % 64)
		}
	}
	return &s
}

// classSlots caches, for each class, the table's runes in it: the same
// few classes (\s, \w, [A-Z]) recur in every pattern, and a class is
// asked about a non-ASCII rune through regexp2's CharSet, which is slow
// enough to weigh on loading the rules.
var classSlots sync.Map // *charClass -> *slotSet

func slotsOf(c *charClass) *slotSet {
	if s, ok := classSlots.Load(c); ok {
		return s.(*slotSet)
	}
	s, _ := classSlots.LoadOrStore(c, setOf(c.in))
	return s.(*slotSet)
}

// wordSlots is the table's runes that \b takes for word characters.
var wordSlots = sync.OnceValue(func() *slotSet { return setOf(isWordChar) })
