package rules

import (
	"encoding/binary"
	"math"
	gosyntax "regexp/syntax"
	"unicode/utf8"
)

// A guide finds the match of an anchored Go program, with its groups,
// without backtracking. A backward pass over the string marks, at each
// position, the instructions from which the program can still reach its
// match there (the states of an automaton over sets of instructions,
// built once for the pattern); a forward walk then takes, at each fork,
// the first branch that can. That is the path Go's matcher settles on:
// the first, in the order of the alternatives, that matches. On a label,
// Go's backtracker visits each instruction at each position it may; the
// guide reads each character twice.
//
// The automaton reads ASCII and the characters of the probe blocks
// exactly (each class of them is taken by the same instructions); on a
// string with another character the guide does not answer.
type guide struct {
	class [utf8.RuneSelf]uint8
	// States are numbered from 0; prev[st*nclass+class] is the state one
	// character earlier; live holds, a state after another (words each),
	// the set of instructions from which the match is reached, first the
	// same where the string starts (and ^ holds). Flat and in 16 bits,
	// the tables a walk reads take few cache lines.
	prev        []uint16
	nclass      int
	end, cut    uint16 // the state at the end of the string, and at the end of a cut one
	start       uint16 // the program's first instruction
	endAnchored bool   // the program tests the end of the string
	words       int
	live, first []uint64
	insts       []guideInst // the program's
	ncap        int         // the length of a match's offsets
	// The fields above are those a walk over ASCII reads, together in
	// 256 bytes; those below serve other characters.
	probe    [probeSize]uint8
	nonASCII uint8 // the class of the other characters: not read
}

// guideInst is what the forward walk reads of an instruction.
type guideInst struct {
	op       gosyntax.InstOp
	out, arg uint16
}

// maxGuideStates bounds the guide's automaton (the default label
// patterns need a few hundred states); its state numbers, as the
// program's instructions, fit in 16 bits.
const maxGuideStates = 2000

// newGuide builds the guide of a program anchored at the start, with ncap
// offsets a match; nil where the program is not anchored, tests what the
// guide does not model (word boundaries, lines) or needs too many states.
func newGuide(prog *gosyntax.Prog, ncap int) *guide {
	if prog.StartCond()&gosyntax.EmptyBeginText == 0 || len(prog.Inst) > math.MaxUint16 {
		return nil
	}
	g := &guide{ncap: ncap}
	for _, in := range prog.Inst {
		if in.Op != gosyntax.InstEmptyWidth {
			continue
		}
		switch op := gosyntax.EmptyOp(in.Arg); {
		case op&^(gosyntax.EmptyBeginText|gosyntax.EmptyEndText) != 0:
			return nil
		case op&gosyntax.EmptyEndText != 0:
			g.endAnchored = true
		}
	}
	b := &guideBuilder{g: g, prog: prog, words: (len(prog.Inst) + 63) / 64, ids: map[string]uint16{}}
	if !b.build() {
		return nil
	}
	b.flatten()
	return g
}

// find returns the offsets of the match of t (nil for none), as Go's
// matcher gives them, in buf if it has room; atEnd tells whether the
// string ends where t does. ok is false where the guide does not answer.
func (g *guide) find(t string, atEnd bool, buf []int) (loc []int, ok bool) {
	if t == "" || g.endAnchored && !atEnd {
		return nil, false
	}
	var stack [128]uint16
	states := stack[:0]
	if len(t)+1 > len(stack) {
		states = make([]uint16, 0, len(t)+1)
	}
	states = states[:len(t)+1]
	st := g.cut
	if atEnd {
		st = g.end
	}
	states[len(t)] = st
	for i := len(t); i > 0; {
		c := t[i-1]
		var cls uint8
		if c < utf8.RuneSelf {
			cls = g.class[c]
			i--
		} else {
			r, size := utf8.DecodeLastRuneInString(t[:i])
			k, probed := probeIndex(r)
			if !probed {
				return nil, false
			}
			cls = g.probe[k]
			i -= size
		}
		st = g.prev[int(st)*g.nclass+int(cls)]
		states[i] = st
	}
	return g.walk(t, states, buf), true
}

// walk follows the program forward, taking at each fork the first branch
// from which the match is reached.
func (g *guide) walk(t string, states []uint16, buf []int) []int {
	live := g.set(g.first, states[0])
	pc := g.start
	if !live.has(uint32(pc)) {
		return nil
	}
	loc := buf[:0]
	if cap(loc) < g.ncap {
		loc = make([]int, 0, g.ncap)
	}
	loc = loc[:g.ncap]
	for k := range loc {
		loc[k] = -1
	}
	loc[0] = 0
	pos := 0
	for {
		in := g.insts[pc]
		switch in.op {
		case gosyntax.InstMatch:
			loc[1] = pos
			return loc
		case gosyntax.InstAlt, gosyntax.InstAltMatch:
			if pc = in.out; !live.has(uint32(pc)) {
				pc = in.arg
			}
			continue
		case gosyntax.InstCapture:
			if int(in.arg) < len(loc) {
				loc[in.arg] = pos
			}
		case gosyntax.InstNop, gosyntax.InstEmptyWidth:
		default: // reads a character
			_, size := utf8.DecodeRuneInString(t[pos:])
			pos += size
			live = g.set(g.live, states[pos])
		}
		pc = in.out
	}
}

// set is state st's set in sets (live or first).
func (g *guide) set(sets []uint64, st uint16) pcSet {
	return pcSet(sets[int(st)*g.words:][:g.words])
}

func (s pcSet) has(pc uint32) bool { return s[pc/64]&(1<<(pc%64)) != 0 }

// guideBuilder builds the guide's automaton, every reachable state at
// once.
type guideBuilder struct {
	g       *guide
	prog    *gosyntax.Prog
	words   int // a set's
	ids     map[string]uint16
	sets    []pcSet    // per state, the instructions from which the match is reached
	byClass [][]uint32 // per class, the instructions that read it
	preds   [][]uint32 // per instruction, those that move to it without reading
	stack   []uint32   // closure's scratch
}

func (b *guideBuilder) build() bool {
	g := b.g
	d := &dfaBuilder{prog: b.prog}
	f, ok := d.classes()
	if !ok {
		return false
	}
	g.class, g.probe, g.nonASCII, g.nclass = f.class, f.probe, f.nonASCII, f.nclass
	b.byClass = make([][]uint32, g.nclass)
	for pc, classes := range d.accepts {
		for _, cls := range classes {
			b.byClass[cls] = append(b.byClass[cls], uint32(pc))
		}
	}
	b.preds = make([][]uint32, len(b.prog.Inst))
	for pc, in := range b.prog.Inst {
		switch in.Op {
		case gosyntax.InstAlt, gosyntax.InstAltMatch:
			b.preds[in.Arg] = append(b.preds[in.Arg], uint32(pc))
			fallthrough
		case gosyntax.InstCapture, gosyntax.InstNop, gosyntax.InstEmptyWidth:
			b.preds[in.Out] = append(b.preds[in.Out], uint32(pc))
		}
	}
	g.end = b.state(b.closure(b.matchSet(), false, true))
	g.cut = b.state(b.closure(b.matchSet(), false, false))
	for st := 0; st < len(b.sets); st++ {
		if len(b.sets) > maxGuideStates {
			return false
		}
		for cls := range g.nclass {
			g.prev = append(g.prev, b.state(b.closure(b.before(b.sets[st], cls), false, false)))
		}
	}
	return true
}

// flatten lays the states' sets and the program out as the walk reads
// them.
func (b *guideBuilder) flatten() {
	g := b.g
	g.words = b.words
	for _, live := range b.sets {
		g.live = append(g.live, live...)
		g.first = append(g.first, b.closure(live, true, false)...)
	}
	g.start = uint16(b.prog.Start)
	for _, in := range b.prog.Inst {
		g.insts = append(g.insts, guideInst{op: in.Op, out: uint16(in.Out), arg: uint16(in.Arg)})
	}
}

// matchSet is the set of the match instruction alone: the match may end
// anywhere.
func (b *guideBuilder) matchSet() pcSet {
	s := make(pcSet, b.words)
	for pc, in := range b.prog.Inst {
		if in.Op == gosyntax.InstMatch {
			s.add(uint32(pc))
		}
	}
	return s
}

// before is the set live one character of class cls before the set live:
// the instructions that read it and move into live, and the match.
func (b *guideBuilder) before(live pcSet, cls int) pcSet {
	s := b.matchSet()
	for _, pc := range b.byClass[cls] {
		if live.has(b.prog.Inst[pc].Out) {
			s.add(pc)
		}
	}
	return s
}

// closure adds to s the instructions that move into it without reading a
// character; an anchor does where it holds (begin: the string starts
// here; end: it ends here).
func (b *guideBuilder) closure(s pcSet, begin, end bool) pcSet {
	out := make(pcSet, len(s))
	copy(out, s)
	b.stack = b.stack[:0]
	for pc := range b.prog.Inst {
		if out.has(uint32(pc)) {
			b.stack = append(b.stack, uint32(pc))
		}
	}
	for len(b.stack) > 0 {
		pc := b.stack[len(b.stack)-1]
		b.stack = b.stack[:len(b.stack)-1]
		for _, q := range b.preds[pc] {
			if out.has(q) || !b.holds(q, begin, end) {
				continue
			}
			out.add(q)
			b.stack = append(b.stack, q)
		}
	}
	return out
}

// holds reports whether an instruction that moves without reading may
// move here: an anchor only where it holds.
func (b *guideBuilder) holds(pc uint32, begin, end bool) bool {
	in := &b.prog.Inst[pc]
	if in.Op != gosyntax.InstEmptyWidth {
		return true
	}
	op := gosyntax.EmptyOp(in.Arg)
	return (op&gosyntax.EmptyBeginText == 0 || begin) && (op&gosyntax.EmptyEndText == 0 || end)
}

// state returns the number of the state of a set, adding it if new.
func (b *guideBuilder) state(s pcSet) uint16 {
	key := make([]byte, 0, 8*len(s))
	for _, w := range s {
		key = binary.LittleEndian.AppendUint64(key, w)
	}
	if id, ok := b.ids[string(key)]; ok {
		return id
	}
	id := uint16(len(b.sets))
	b.ids[string(key)] = id
	b.sets = append(b.sets, s)
	return id
}
