package rules

import (
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/bits"
	gosyntax "regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// LineFilter is a quick test for the patterns the structure stage tries on
// every line and paragraph (speaker labels, stage directions, question
// openers): a DFA, derived from the pattern when the engine is built, that
// accepts every string the pattern matches and some that it does not (it
// runs the loose rewrite, asciiShape: ASCII and the probe blocks read
// exactly, any other character as one symbol). A line of speech is rejected after a few bytes
// ("Ladies and" cannot open "Name:"), at one table lookup a byte, where
// regexp2 would convert the line to runes and backtrack.
// TestLineFilterNeverRejectsAMatch holds it to regexp2.
type LineFilter struct {
	class [utf8.RuneSelf]uint8 // ASCII byte -> symbol class
	// The transitions, in 16 bits a state where they fit (the default
	// patterns' filters all: a union of labels has 800 states of 45
	// classes), else in 32: half the cache lines of a document's first
	// walks.
	narrow filterTable[uint16]
	accept []uint8 // per state number: acceptHere, acceptAtEnd
	nclass int
	// The fields above are those a walk over ASCII reads, together in
	// 192 bytes; those below serve the 32-bit form, other characters
	// and FirstStart.
	wide     filterTable[uint32]
	probe    [probeSize]uint8 // the classes of the probe blocks' characters
	nonASCII uint8            // the class of every other character
	// The filter of the reversed pattern, for FirstStart: where the
	// pattern is unanchored and holds no anchor or word boundary.
	rev  *LineFilter
	head bool // the filter of a head of the pattern (headFilter)
}

// filterTable is a filter's transitions. next[st+class] is the state
// after st reads a character of the class. A state is written as its
// offset in next (its number times nclass); the states that accept are
// numbered after the others, so that the walk tells them by one
// comparison a byte. 0 is the dead state.
type filterTable[T uint16 | uint32] struct {
	next       []T
	start      T
	acceptFrom T // the first state that accepts
}

const (
	acceptHere  = 1 << iota // the pattern may match a prefix ending here
	acceptAtEnd             // ... if the string ends here ($)
)

// maxFilterStates bounds the DFA; a pattern that needs more gets the
// filter of a head of it, or none (the default label patterns need 10 to
// 700; a roster line's long list of case-insensitive role words needs
// 15,000, and its "Name Name, " 23). A union of a layout's patterns may
// have maxUnionStates (the inline labels' needs 1,500): it saves a walk
// a pattern on every paragraph, where a larger head filter of one pattern
// would only cost the start more.
const (
	maxFilterStates = 1000
	maxUnionStates  = 2000
)

// NewLineFilter derives the filter of a pattern; nil (which lets every
// string through) when the pattern uses what the derivation does not model.
func NewLineFilter(r *Regex) *LineFilter {
	if r == nil || r.re.RightToLeft() {
		return nil
	}
	shape, ok := asciiShape(r.src)
	if !ok {
		return nil
	}
	re, err := gosyntax.Parse(shape, gosyntax.Perl)
	if err != nil {
		return nil
	}
	f := filterOf(re, maxFilterStates)
	if f == nil {
		return headFilter(re)
	}
	// The filter of the reversed pattern, where the shape is free of
	// anchors: read backward, its matches may then start and end
	// anywhere. The tree is reversed in place: the forward filter is
	// built, and nothing else reads it.
	if !hasEmptyWidth(re) {
		reverse(re)
		f.rev = filterOf(re, maxFilterStates)
	}
	return f
}

// headFilter is the filter of the longest head of a concatenation whose
// DFA has room, for a pattern whose own has not (the roster's "Name Name,
// role" with its long list of role words): each match of the pattern
// begins with one of the head, so a string where the head matches
// nowhere is turned away. Where a match may end it does not tell.
func headFilter(re *gosyntax.Regexp) *LineFilter {
	if re.Op != gosyntax.OpConcat {
		return nil
	}
	k := len(re.Sub) - 1 // the head tried is re.Sub[:k]
	for k > 0 && isEmptyWidth(re.Sub[k].Op) {
		k-- // without the anchors at its end alone, the DFA is no smaller
	}
	for ; k > 0; k-- {
		head := &gosyntax.Regexp{Op: gosyntax.OpConcat, Flags: re.Flags, Sub: re.Sub[:k]}
		prog, err := gosyntax.Compile(head.Simplify())
		if err != nil {
			return nil
		}
		if f := buildFilter(prog, maxFilterStates); f != nil {
			f.head = true
			return f
		}
	}
	return nil
}

// NewUnionFilter derives one filter of several patterns tried on the same
// strings: it turns a string away only where each pattern's own filter
// would, in one walk instead of one a pattern. Nil where a pattern has no
// filter or the union needs too many states.
func NewUnionFilter(rs []*Regex) *LineFilter {
	var shapes []string
	for _, r := range rs {
		if r == nil || r.re.RightToLeft() {
			return nil
		}
		shape, ok := asciiShape(r.src)
		if !ok {
			return nil
		}
		shapes = append(shapes, "(?:"+shape+")")
	}
	if len(shapes) == 0 {
		return nil
	}
	return compileFilter(strings.Join(shapes, "|"), maxUnionStates)
}

// FilterSet is the union of several patterns' filters as a few DFAs: a
// string may match where one of them says it may.
type FilterSet []*LineFilter

// NewUnionFilters is NewUnionFilter of rs's consecutive groups, where one
// union would need too many states: the label patterns of a layout grow
// past what one automaton holds when a layout gains a pattern much like
// the others (the union's states multiply). A group takes the patterns
// after it while their union fits, so that each new pattern costs an
// automaton only where it fits with no neighbour (halving the list
// instead split a group that fit whole as soon as the list grew by one).
//
// The search builds every union that turns out too large up to its bound
// before it gives up: tens of milliseconds of a run's start on the
// default rules. Where unionplans.txt holds the groups the search found
// for these patterns (UnionPlan), only those are built.
func NewUnionFilters(rs []*Regex) FilterSet {
	if plan, ok := unionPlans()[unionKey(rs)]; ok {
		if fs, ok := unionsByPlan(rs, plan); ok {
			return fs
		}
	}
	return searchUnions(rs, nil)
}

// searchUnions is NewUnionFilters without a plan; it appends the size of
// each group it keeps to sizes, if given.
func searchUnions(rs []*Regex, sizes *[]int) FilterSet {
	var fs FilterSet
	for len(rs) > 0 {
		n, f := 1, NewUnionFilter(rs[:1]) // nil: a pattern with no filter lets every string through
		for n < len(rs) {
			g := NewUnionFilter(rs[:n+1])
			if g == nil {
				break
			}
			n, f = n+1, g
		}
		if sizes != nil {
			*sizes = append(*sizes, n)
		}
		fs, rs = append(fs, f), rs[n:]
	}
	return fs
}

// unionsByPlan builds the unions of rs's consecutive groups of the sizes
// in plan; ok is false where the plan does not fit rs or a group of
// several patterns gives no filter.
func unionsByPlan(rs []*Regex, plan []int) (fs FilterSet, ok bool) {
	for _, n := range plan {
		if n < 1 || n > len(rs) {
			return nil, false
		}
		f := NewUnionFilter(rs[:n])
		if f == nil && n > 1 {
			return nil, false
		}
		fs, rs = append(fs, f), rs[n:]
	}
	return fs, len(rs) == 0
}

// UnionPlan returns the key of rs and the sizes of the groups that
// NewUnionFilters's search splits it into: a line of unionplans.txt.
func UnionPlan(rs []*Regex) (key string, sizes []int) {
	searchUnions(rs, &sizes)
	return unionKey(rs), sizes
}

// unionKey names a list of patterns: the SHA-256 of their sources, in
// order, each ended by a zero byte.
func unionKey(rs []*Regex) string {
	h := sha256.New()
	for _, r := range rs {
		if r != nil {
			h.Write([]byte(r.src))
		}
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// unionPlansFile is written by the extractor's TestUnionPlansAreCurrent
// (go test ./extractor -run UnionPlans -update-union-plans): a line a
// pattern list, its key and its groups' sizes.
//
//go:embed unionplans.txt
var unionPlansFile string

var unionPlans = sync.OnceValue(func() map[string][]int {
	plans := map[string][]int{}
	for line := range strings.Lines(unionPlansFile) {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var sizes []int
		for _, n := range strings.Split(f[1], ",") {
			v, err := strconv.Atoi(n)
			if err != nil {
				sizes = nil
				break
			}
			sizes = append(sizes, v)
		}
		if sizes != nil {
			plans[f[0]] = sizes
		}
	}
	return plans
})

// MayMatch reports whether one of the patterns may match s.
func (fs FilterSet) MayMatch(s string) bool {
	for _, f := range fs {
		if f.MayMatch(s) {
			return true
		}
	}
	return false
}

// compileFilter builds the DFA of a loose shape.
func compileFilter(shape string, maxStates int) *LineFilter {
	re, err := gosyntax.Parse(shape, gosyntax.Perl)
	if err != nil {
		return nil
	}
	return filterOf(re, maxStates)
}

// filterOf builds the DFA of a parsed loose shape.
func filterOf(re *gosyntax.Regexp, maxStates int) *LineFilter {
	prog, err := gosyntax.Compile(re.Simplify())
	if err != nil {
		return nil
	}
	return buildFilter(prog, maxStates)
}

// hasEmptyWidth reports an anchor or word boundary.
func hasEmptyWidth(re *gosyntax.Regexp) bool {
	return isEmptyWidth(re.Op) || slices.ContainsFunc(re.Sub, hasEmptyWidth)
}

func isEmptyWidth(op gosyntax.Op) bool {
	switch op {
	case gosyntax.OpBeginLine, gosyntax.OpEndLine, gosyntax.OpBeginText, gosyntax.OpEndText,
		gosyntax.OpWordBoundary, gosyntax.OpNoWordBoundary:
		return true
	}
	return false
}

// reverse turns re into the pattern of its matches read backward.
func reverse(re *gosyntax.Regexp) {
	switch re.Op {
	case gosyntax.OpConcat:
		slices.Reverse(re.Sub)
	case gosyntax.OpLiteral:
		slices.Reverse(re.Rune)
	}
	for _, sub := range re.Sub {
		reverse(sub)
	}
}

// FirstStart returns an offset of s before which no match of the pattern
// starts, for an unanchored pattern: the leftmost start of a loose match,
// found by the reversed filter walking s from its end (0 where the filter
// cannot tell, len(s)+1 where nothing matches). A matcher that tries every
// position can then start near the match instead of at the start of a
// long paragraph.
func (f *LineFilter) FirstStart(s string) int {
	if f == nil || f.rev == nil {
		return 0
	}
	if f.rev.narrow.next != nil {
		return firstStart(f.rev, &f.rev.narrow, s)
	}
	return firstStart(f.rev, &f.rev.wide, s)
}

// firstStart is FirstStart, r reversed filter's walk on its table t.
func firstStart[T uint16 | uint32](r *LineFilter, t *filterTable[T], s string) int {
	first := len(s) + 1
	st := t.start
	for i := len(s); ; {
		if st >= t.acceptFrom && r.accept[int(st)/r.nclass]&acceptHere != 0 {
			first = i
		}
		if i == 0 {
			return first
		}
		c := s[i-1]
		var cls uint8
		if c < utf8.RuneSelf {
			cls = r.class[c]
			i--
		} else {
			c, size := utf8.DecodeLastRuneInString(s[:i])
			cls = r.nonASCIIClass(c)
			i -= size
		}
		if st = t.next[int(st)+int(cls)]; st == 0 {
			return first
		}
	}
}

// MayMatch reports whether the pattern may match s: false means it
// certainly does not.
func (f *LineFilter) MayMatch(s string) bool {
	return f == nil || f.accepting(s, true) >= 0
}

// LastEnd returns the last offset of s at which a match of the pattern
// may end, -1 where none may (len(s) for a nil filter): the matcher of an
// anchored pattern need not read further than a character past it.
func (f *LineFilter) LastEnd(s string) int {
	switch {
	case f == nil:
		return len(s)
	case f.head:
		if f.accepting(s, true) < 0 {
			return -1
		}
		return len(s)
	}
	return f.accepting(s, false)
}

// accepting walks s and returns the first offset (the last, unless
// first) at which a match may end, or -1.
func (f *LineFilter) accepting(s string, first bool) int {
	if f.narrow.next != nil {
		return accepting(f, &f.narrow, s, first)
	}
	return accepting(f, &f.wide, s, first)
}

// accepting is the walk of LineFilter.accepting on f's table t.
func accepting[T uint16 | uint32](f *LineFilter, t *filterTable[T], s string, first bool) int {
	last := -1
	st := t.start
	for i := 0; ; {
		if st >= t.acceptFrom && f.acceptsAt(int(st), s, i) {
			if last = i; first {
				return last
			}
		}
		if i == len(s) {
			return last
		}
		c := s[i]
		var cls uint8
		if c < utf8.RuneSelf {
			cls = f.class[c]
			i++
		} else {
			c, size := utf8.DecodeRuneInString(s[i:])
			cls = f.nonASCIIClass(c)
			i += size
		}
		if st = t.next[int(st)+int(cls)]; st == 0 {
			return last
		}
	}
}

// acceptsAt reports whether the accepting state of code st, at offset i
// of s, may end a match: here, or at the end of s ($, which also holds
// before a final line break).
func (f *LineFilter) acceptsAt(st int, s string, i int) bool {
	a := f.accept[st/f.nclass]
	return a&acceptHere != 0 || i == len(s) || i == len(s)-1 && s[i] == '\n'
}

// probeBlocks are the non-ASCII characters the filter tells apart (any
// other is one symbol): the Latin-1 letters and signs, and the general
// punctuation (the no-break space, curly quotes, dashes) of texts written
// in English. A label pattern's [A-Z.] then turns away "Q\u00a0\u00a0".
var probeBlocks = [...]struct{ lo, hi rune }{{0xA0, 0xFF}, {0x2000, 0x206F}}

const probeSize = 0xFF - 0xA0 + 1 + 0x206F - 0x2000 + 1

// probeIndex is r's place in LineFilter.probe, if it has one.
func probeIndex(r rune) (int, bool) {
	n := 0
	for _, b := range probeBlocks {
		if r >= b.lo && r <= b.hi {
			return n + int(r-b.lo), true
		}
		n += int(b.hi-b.lo) + 1
	}
	return 0, false
}

func (f *LineFilter) nonASCIIClass(r rune) uint8 {
	if k, ok := probeIndex(r); ok {
		return f.probe[k]
	}
	return f.nonASCII
}

// buildFilter builds the DFA of a Go program, every reachable state at
// once (a label pattern needs a few hundred), over the classes of
// characters the program tells apart; nil past maxStates.
func buildFilter(prog *gosyntax.Prog, maxStates int) *LineFilter {
	words := (len(prog.Inst) + 63) / 64
	b := &dfaBuilder{prog: prog, ids: map[string]int32{}, steps: map[uint64]int32{}, seen: make([]bool, len(prog.Inst)),
		reach: make([][]uint32, len(prog.Inst)), known: make(pcSet, words), union: make(pcSet, words)}
	f, ok := b.classes()
	if !ok {
		return nil
	}
	unanchored := prog.StartCond()&gosyntax.EmptyBeginText == 0
	b.state(nil) // 0: dead
	start := b.state(b.closure(nil, []uint32{uint32(prog.Start)}, true, false))
	seeds := make([]pcSet, f.nclass) // per class, where a state's moves lead
	for cls := range seeds {
		seeds[cls] = make(pcSet, words)
	}
	buf := dfaScratch.Get().(*[]int32)
	defer func() { dfaScratch.Put(buf) }()
	next := (*buf)[:0] // [state*nclass+class]: the next state's number
	for s := 0; s < len(b.sets); s++ {
		if len(b.sets) > maxStates {
			*buf = next
			return nil
		}
		for _, set := range seeds {
			clear(set)
			if unanchored && s != 0 {
				set.add(uint32(prog.Start))
			}
		}
		for _, pc := range b.sets[s] {
			for _, cls := range b.accepts[pc] {
				seeds[cls].add(prog.Inst[pc].Out)
			}
		}
		for _, set := range seeds {
			next = append(next, b.step(set))
		}
	}
	accept := make([]uint8, len(b.sets))
	for s, set := range b.sets {
		if slices.ContainsFunc(set, b.isMatch) {
			accept[s] |= acceptHere
		}
		b.scratch = b.closure(b.scratch[:0], set, s == int(start), true)
		if slices.ContainsFunc(b.scratch, b.isMatch) {
			accept[s] |= acceptAtEnd
		}
	}
	*buf = next
	f.layOut(next, accept, start)
	return f
}

// dfaScratch holds the tables buildFilter fills before layOut codes them:
// a startup builds some hundreds of DFAs, one after the other on each
// core, and grown afresh each table cost a tenth of the startup's time.
var dfaScratch = sync.Pool{New: func() any { return new([]int32) }}

// layOut writes the states as the walk reads them: renumbered, those
// that accept last (in the order they were reached, as the others), and
// coded as offsets, in 16 bits where they fit.
func (f *LineFilter) layOut(next []int32, accept []uint8, start int32) {
	order := make([]int32, 0, len(accept)) // the states, in their new order
	for _, accepts := range []bool{false, true} {
		for s, a := range accept {
			if (a != 0) == accepts {
				order = append(order, int32(s))
			}
		}
	}
	number := make([]int32, len(accept)) // by old number, the new one
	f.accept = make([]uint8, len(accept))
	acceptFrom := int32(len(accept))
	for n, s := range order {
		number[s], f.accept[n] = int32(n), accept[s]
		if accept[s] != 0 {
			acceptFrom = min(acceptFrom, int32(n))
		}
	}
	buf := dfaScratch.Get().(*[]int32)
	defer func() { dfaScratch.Put(buf) }()
	code := (*buf)[:0]
	for _, s := range order {
		for _, to := range next[int(s)*f.nclass:][:f.nclass] {
			code = append(code, number[to]*int32(f.nclass))
		}
	}
	*buf = code
	startCode, fromCode := number[start]*int32(f.nclass), acceptFrom*int32(f.nclass)
	if len(next) <= math.MaxUint16 {
		f.narrow = newFilterTable[uint16](code, startCode, fromCode)
	} else {
		f.wide = newFilterTable[uint32](code, startCode, fromCode)
	}
}

func newFilterTable[T uint16 | uint32](code []int32, start, acceptFrom int32) filterTable[T] {
	t := filterTable[T]{next: make([]T, len(code)), start: T(start), acceptFrom: T(acceptFrom)}
	for k, c := range code {
		t.next[k] = T(c)
	}
	return t
}

type dfaBuilder struct {
	prog    *gosyntax.Prog
	accepts [][]uint8 // per instruction, the classes it reads
	ids     map[string]int32
	sets    [][]uint32 // the program counters of each state

	// The state the closure of some seeds is, for each seeds met: by a
	// hash of the seeds, the last of the entries of that hash, whose
	// seeds are kept in seedWords.
	steps     map[uint64]int32
	entries   []stepEntry
	seedWords []uint64

	seen    []bool   // closure's scratch: the counters visited,
	done    []uint32 // listed to clear them after
	stack   []uint32
	scratch []uint32 // a set of program counters being made
	key     []byte   // state's

	// The closure of each seed met (where known), of which the closure
	// of a step's seeds is the union (in union).
	reach [][]uint32
	known pcSet
	union pcSet
}

type stepEntry struct {
	at    int32 // where its seeds are in seedWords
	state int32
	prev  int32 // the entry of the same hash before it, or -1
}

// pcSet is a set of program counters, a bit each.
type pcSet []uint64

func (s pcSet) add(pc uint32) { s[pc/64] |= 1 << (pc % 64) }

// step returns the state the seeds lead to (many moves share their seeds:
// the closure is taken once). The seeds of most moves have been met
// before: they are looked up by a hash of their words, which costs a
// fraction of a key spelled out of them.
func (b *dfaBuilder) step(seeds pcSet) int32 {
	h, moved := seedHash(seeds)
	if !moved {
		return 0 // no move: dead
	}
	last, ok := b.steps[h]
	if !ok {
		last = -1
	}
	for e := last; e >= 0; e = b.entries[e].prev {
		if at := int(b.entries[e].at); slices.Equal(b.seedWords[at:at+len(seeds)], seeds) {
			return b.entries[e].state
		}
	}
	id := b.state(b.stepClosure(seeds))
	b.steps[h] = int32(len(b.entries))
	b.entries = append(b.entries, stepEntry{at: int32(len(b.seedWords)), state: id, prev: last})
	b.seedWords = append(b.seedWords, seeds...)
	return id
}

// stepClosure is closure(seeds, false, false), taken as the union of each
// seed's, which is worked out once: the steps of a DFA share most seeds.
func (b *dfaBuilder) stepClosure(seeds pcSet) []uint32 {
	clear(b.union)
	for i, w := range seeds {
		for ; w != 0; w &= w - 1 {
			pc := uint32(i*64 + bits.TrailingZeros64(w))
			if !b.known.has(pc) {
				b.reach[pc] = b.closure(nil, []uint32{pc}, false, false)
				b.known.add(pc)
			}
			for _, r := range b.reach[pc] {
				b.union.add(r)
			}
		}
	}
	b.scratch = b.scratch[:0]
	for i, w := range b.union {
		for ; w != 0; w &= w - 1 {
			b.scratch = append(b.scratch, uint32(i*64+bits.TrailingZeros64(w)))
		}
	}
	return b.scratch
}

// seedHash hashes a set of seeds; moved is false for the empty set.
func seedHash(seeds pcSet) (h uint64, moved bool) {
	for i, w := range seeds {
		if w != 0 {
			h = (h ^ w ^ uint64(i)*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9
			h ^= h >> 31
			moved = true
		}
	}
	return h, moved
}

// appendPCKey appends to key the program counters, as state's index
// spells them.
func appendPCKey(key []byte, pcs []uint32) []byte {
	for _, pc := range pcs {
		key = binary.AppendUvarint(key, uint64(pc))
	}
	return key
}

// classes groups the 128 ASCII characters, those of the probe blocks and
// the symbol of all others by the instructions that accept them; false
// past 256 classes.
func (b *dfaBuilder) classes() (*LineFilter, bool) {
	f := &LineFilter{}
	byKey := map[string]uint8{}
	b.accepts = make([][]uint8, len(b.prog.Inst))
	tests := b.runeTests()
	var key []byte
	// class is the class of sym, made at its first character.
	class := func(sym rune) (uint8, bool) {
		key = key[:0]
		for t, test := range tests {
			if test.in.MatchRune(sym) {
				key = binary.AppendUvarint(key, uint64(t))
			}
		}
		if cls, ok := byKey[string(key)]; ok {
			return cls, true
		}
		if len(byKey) > math.MaxUint8 {
			return 0, false
		}
		cls := uint8(len(byKey))
		byKey[string(key)] = cls
		for _, test := range tests {
			if test.in.MatchRune(sym) {
				for _, pc := range test.pcs {
					b.accepts[pc] = append(b.accepts[pc], cls)
				}
			}
		}
		return cls, true
	}
	ok := true
	for c := range f.class {
		f.class[c], ok = class(rune(c))
		if !ok {
			return nil, false
		}
	}
	for _, p := range probeBlocks {
		for r := p.lo; r <= p.hi; r++ {
			k, _ := probeIndex(r)
			if f.probe[k], ok = class(r); !ok {
				return nil, false
			}
		}
	}
	if f.nonASCII, ok = class(utf8.RuneSelf); !ok { // U+0080 stands for every other character
		return nil, false
	}
	f.nclass = len(byKey)
	return f, true
}

// runeTest is one test of a character that instructions of the program
// make (pcs, the first of which is in).
type runeTest struct {
	in  *gosyntax.Inst
	pcs []uint32
}

// runeTests lists the program's tests of a character, each once: a
// program reads the same few classes in many places (a union of label
// patterns, 1,500 instructions, makes some 50 tests), and each symbol is
// tested against every one.
func (b *dfaBuilder) runeTests() []runeTest {
	var tests []runeTest
	index := map[string]int{}
	var key []byte
	for pc := range b.prog.Inst {
		in := &b.prog.Inst[pc]
		if !isRuneInst(in.Op) {
			continue
		}
		key = binary.AppendUvarint(append(key[:0], byte(in.Op)), uint64(in.Arg))
		for _, r := range in.Rune {
			key = binary.AppendVarint(key, int64(r))
		}
		t, ok := index[string(key)]
		if !ok {
			t = len(tests)
			index[string(key)] = t
			tests = append(tests, runeTest{in: in})
		}
		tests[t].pcs = append(tests[t].pcs, uint32(pc))
	}
	return tests
}

func isRuneInst(op gosyntax.InstOp) bool {
	return op == gosyntax.InstRune || op == gosyntax.InstRune1 || op == gosyntax.InstRuneAny || op == gosyntax.InstRuneAnyNotNL
}

func (b *dfaBuilder) isMatch(pc uint32) bool { return b.prog.Inst[pc].Op == gosyntax.InstMatch }

// state returns the id of the state of a set of program counters (which
// it keeps a copy of: the caller may reuse the set).
func (b *dfaBuilder) state(set []uint32) int32 {
	b.key = appendPCKey(b.key[:0], set)
	if id, ok := b.ids[string(b.key)]; ok {
		return id
	}
	id := int32(len(b.sets))
	b.ids[string(b.key)] = id
	b.sets = append(b.sets, slices.Clone(set))
	return id
}

// closure follows the empty moves from seeds and appends to out the
// sorted counters of the instructions that read a character or match,
// and of the $ that do not hold here (kept, so that acceptAtEnd can
// follow them). A ^ past the
// start ends its path (the DFA of an alternation of anchored branches,
// which Go's program does not report anchored, still dies).
func (b *dfaBuilder) closure(out, seeds []uint32, begin, end bool) []uint32 {
	from := len(out)
	b.stack = append(b.stack[:0], seeds...)
	for len(b.stack) > 0 {
		pc := b.stack[len(b.stack)-1]
		b.stack = b.stack[:len(b.stack)-1]
		if b.seen[pc] {
			continue
		}
		b.seen[pc] = true
		b.done = append(b.done, pc)
		switch in := &b.prog.Inst[pc]; in.Op {
		case gosyntax.InstAlt, gosyntax.InstAltMatch:
			b.stack = append(b.stack, in.Out, in.Arg)
		case gosyntax.InstCapture, gosyntax.InstNop:
			b.stack = append(b.stack, in.Out)
		case gosyntax.InstEmptyWidth:
			op := gosyntax.EmptyOp(in.Arg)
			switch {
			case op&(gosyntax.EmptyBeginText|gosyntax.EmptyBeginLine) != 0 && !begin:
				continue // past the start, ^ never holds again
			case op&(gosyntax.EmptyEndText|gosyntax.EmptyEndLine) != 0 && !end:
				out = append(out, pc)
				continue
			}
			b.stack = append(b.stack, in.Out)
		case gosyntax.InstFail:
		default:
			out = append(out, pc)
		}
	}
	for _, pc := range b.done {
		b.seen[pc] = false
	}
	b.done = b.done[:0]
	slices.Sort(out[from:])
	return out
}
