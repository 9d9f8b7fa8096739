package rules

import (
	"encoding/binary"
	"math/bits"
	gosyntax "regexp/syntax"
	"slices"
	"unicode/utf8"
)

// LineFilter is a quick test for the patterns the structure stage tries on
// every line and paragraph (speaker labels, stage directions, question
// openers): a DFA, derived from the pattern when the engine is built, that
// accepts every string the pattern matches and some that it does not (it
// runs the loose rewrite, asciiShape: ASCII read exactly, any other
// character as one symbol). A line of speech is rejected after a few bytes
// ("Ladies and" cannot open "Name:"), at one table lookup a byte, where
// regexp2 would convert the line to runes and backtrack.
// TestLineFilterNeverRejectsAMatch holds it to regexp2.
type LineFilter struct {
	class    [utf8.RuneSelf]uint8 // ASCII byte -> symbol class
	nonASCII uint8                // the class of every other character
	nclass   int
	next     []int32 // state*nclass + class -> state; state 0 is dead
	accept   []uint8 // per state: acceptHere, acceptAtEnd
	start    int32
}

const (
	acceptHere  = 1 << iota // the pattern may match a prefix ending here
	acceptAtEnd             // ... if the string ends here ($)
)

// maxFilterStates bounds the DFA; a pattern that needs more gets no filter
// (the default label patterns need 10 to 700; a roster line's long list of
// case-insensitive role words needs more, and is tried on header lines
// only).
const maxFilterStates = 1000

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
	return filterOf(shape)
}

// filterOf is the filter of a loose rewrite.
func filterOf(shape string) *LineFilter {
	re, err := gosyntax.Parse(shape, gosyntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := gosyntax.Compile(re.Simplify())
	if err != nil {
		return nil
	}
	return buildFilter(prog)
}

// MayMatch reports whether the pattern may match s: false means it
// certainly does not.
func (f *LineFilter) MayMatch(s string) bool {
	if f == nil {
		return true
	}
	st := f.start
	for i := 0; i < len(s); {
		if a := f.accept[st]; a&acceptHere != 0 || a&acceptAtEnd != 0 && i == len(s)-1 && s[i] == '\n' {
			return true // ($ also matches before a final line break)
		}
		c := s[i]
		cls := f.nonASCII
		if c < utf8.RuneSelf {
			cls = f.class[c]
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		if st = f.next[int(st)*f.nclass+int(cls)]; st == 0 {
			return false
		}
	}
	return f.accept[st] != 0
}

// buildFilter builds the DFA of a Go program, every reachable state at
// once (a label pattern needs a few hundred), over the classes of
// characters the program tells apart.
func buildFilter(prog *gosyntax.Prog) *LineFilter {
	b := &dfaBuilder{prog: prog, ids: map[string]int32{}, steps: map[string]int32{}, seen: make([]bool, len(prog.Inst))}
	f := b.classes()
	unanchored := prog.StartCond()&gosyntax.EmptyBeginText == 0
	b.state(nil) // 0: dead
	f.start = b.state(b.closure([]uint32{uint32(prog.Start)}, true, false))
	seeds := make([]pcSet, f.nclass) // per class, where a state's moves lead
	for cls := range seeds {
		seeds[cls] = make(pcSet, (len(prog.Inst)+63)/64)
	}
	for s := 0; s < len(b.sets); s++ {
		if len(b.sets) > maxFilterStates {
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
			f.next = append(f.next, b.step(set))
		}
	}
	for s, set := range b.sets {
		var a uint8
		if slices.ContainsFunc(set, b.isMatch) {
			a |= acceptHere
		}
		if slices.ContainsFunc(b.closure(set, s == int(f.start), true), b.isMatch) {
			a |= acceptAtEnd
		}
		f.accept = append(f.accept, a)
	}
	return f
}

type dfaBuilder struct {
	prog    *gosyntax.Prog
	accepts [][]uint8 // per instruction, the classes it reads
	ids     map[string]int32
	sets    [][]uint32       // the program counters of each state
	steps   map[string]int32 // the state the closure of some seeds is
	key     []byte           // step's scratch
	seen    []bool           // closure's scratch: the counters visited,
	done    []uint32         // listed to clear them after
	stack   []uint32
}

// pcSet is a set of program counters, a bit each.
type pcSet []uint64

func (s pcSet) add(pc uint32) { s[pc/64] |= 1 << (pc % 64) }

// step returns the state the seeds lead to (many moves share their seeds:
// the closure is taken once).
func (b *dfaBuilder) step(seeds pcSet) int32 {
	b.key = b.key[:0]
	for i, w := range seeds {
		if w != 0 {
			b.key = binary.AppendUvarint(b.key, uint64(i))
			b.key = binary.LittleEndian.AppendUint64(b.key, w)
		}
	}
	if len(b.key) == 0 {
		return 0 // no move: dead
	}
	if id, ok := b.steps[string(b.key)]; ok {
		return id
	}
	var pcs []uint32
	for i, w := range seeds {
		for ; w != 0; w &= w - 1 {
			pcs = append(pcs, uint32(i*64+bits.TrailingZeros64(w)))
		}
	}
	id := b.state(b.closure(pcs, false, false))
	b.steps[string(b.key)] = id
	return id
}

func pcKey(pcs []uint32) []byte {
	key := make([]byte, 0, 2*len(pcs))
	for _, pc := range pcs {
		key = binary.AppendUvarint(key, uint64(pc))
	}
	return key
}

// classes groups the 128 ASCII characters and the non-ASCII symbol by the
// instructions that accept them.
func (b *dfaBuilder) classes() *LineFilter {
	f := &LineFilter{}
	byKey := map[string]uint8{}
	b.accepts = make([][]uint8, len(b.prog.Inst))
	var key []byte
	for sym := rune(0); sym <= utf8.RuneSelf; sym++ { // utf8.RuneSelf stands for every non-ASCII character
		key = key[:0]
		for i := range b.prog.Inst {
			if in := &b.prog.Inst[i]; isRuneInst(in.Op) && in.MatchRune(sym) {
				key = binary.AppendUvarint(key, uint64(i))
			}
		}
		cls, ok := byKey[string(key)]
		if !ok {
			cls = uint8(len(byKey))
			byKey[string(key)] = cls
			for i := range b.prog.Inst {
				if in := &b.prog.Inst[i]; isRuneInst(in.Op) && in.MatchRune(sym) {
					b.accepts[i] = append(b.accepts[i], cls)
				}
			}
		}
		if sym < utf8.RuneSelf {
			f.class[sym] = cls
		} else {
			f.nonASCII = cls
		}
	}
	f.nclass = len(byKey)
	return f
}

func isRuneInst(op gosyntax.InstOp) bool {
	return op == gosyntax.InstRune || op == gosyntax.InstRune1 || op == gosyntax.InstRuneAny || op == gosyntax.InstRuneAnyNotNL
}

func (b *dfaBuilder) isMatch(pc uint32) bool { return b.prog.Inst[pc].Op == gosyntax.InstMatch }

// state returns the id of the state of a set of program counters.
func (b *dfaBuilder) state(set []uint32) int32 {
	key := pcKey(set)
	if id, ok := b.ids[string(key)]; ok {
		return id
	}
	id := int32(len(b.sets))
	b.ids[string(key)] = id
	b.sets = append(b.sets, set)
	return id
}

// closure follows the empty moves from seeds: the sorted counters of the
// instructions that read a character or match, and of the $ that do not
// hold here (kept, so that acceptAtEnd can follow them). A ^ past the
// start ends its path (the DFA of an alternation of anchored branches,
// which Go's program does not report anchored, still dies).
func (b *dfaBuilder) closure(seeds []uint32, begin, end bool) []uint32 {
	var out []uint32
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
	slices.Sort(out)
	return out
}
