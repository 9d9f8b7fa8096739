package rules

import (
	"encoding/binary"
	"fmt"
	gosyntax "regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// LineFilter is a quick test for the patterns the structure stage tries on
// every line and paragraph (speaker labels, stage directions, question
// openers): a DFA, derived from the pattern when the engine is built, that
// accepts every string the pattern matches and some that it does not. A
// line of speech is rejected after a few bytes ("Ladies and" cannot open
// "Name:"), at one table lookup a byte, where regexp2 would convert the
// line to runes and backtrack.
//
// The DFA reads ASCII exactly and every other character as one symbol
// (non-ASCII text matches wherever the pattern allows any non-ASCII
// character); counts {n,m} read as {n,}; lookarounds and word boundaries
// count as always true, except a lookahead that ends the pattern, which
// is read as text that must follow. So it only ever says "maybe" too
// often, never "no" to a match.
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

// maxFilterStates bounds the DFA; a pattern that needs more gets no filter.
const maxFilterStates = 2000

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

// asciiShape rewrites a regexp2 pattern as a Go pattern that matches every
// string it matches: each character test becomes the class of the ASCII
// characters it accepts (regexp2's own first-character analysis of it)
// plus, unless it is an ASCII letter taken literally, all non-ASCII ones;
// lookarounds and \b become empty. False for what is not modelled:
// back-references, conditionals, class subtraction, options other than i.
func asciiShape(src string) (string, bool) {
	sh := &shaper{src: src, fold: []bool{false}}
	for sh.i < len(sh.src) {
		if !sh.step() {
			return "", false
		}
	}
	return sh.out.String(), len(sh.fold) == 1
}

type shaper struct {
	src  string
	i    int
	out  strings.Builder
	fold []bool // case-insensitive, per open group (the last is the innermost)
}

func (sh *shaper) step() bool {
	switch c := sh.src[sh.i]; c {
	case '\\':
		return sh.escape()
	case '[':
		end := classEnd(sh.src, sh.i)
		if end < 0 {
			return false
		}
		sh.atom(sh.src[sh.i:end], false)
		sh.i = end
	case '(':
		return sh.open()
	case ')':
		if len(sh.fold) == 1 {
			return false
		}
		sh.fold = sh.fold[:len(sh.fold)-1]
		sh.emit(")", 1)
	case '|', '*', '+', '?', '^', '$':
		sh.emit(string(c), 1)
	case '.':
		sh.atom(".", false)
		sh.i++
	case '{':
		if n := quantifierLen(sh.src[sh.i:]); n > 0 {
			q := sh.src[sh.i : sh.i+n]
			if k := strings.IndexByte(q, ','); k > 0 {
				q = q[:k+1] + "}" // {n,m} read as {n,}: a label of up to eight words of many forms needs thousands of states counted, a few hundred not
			}
			sh.emit(q, n)
		} else {
			sh.atom("{", true)
			sh.i++
		}
	default:
		_, size := utf8.DecodeRuneInString(sh.src[sh.i:])
		sh.atom(sh.src[sh.i:sh.i+size], true)
		sh.i += size
	}
	return true
}

func (sh *shaper) emit(s string, n int) {
	sh.out.WriteString(s)
	sh.i += n
}

// escape translates \x at sh.i.
func (sh *shaper) escape() bool {
	if sh.i+1 >= len(sh.src) {
		return false
	}
	rest := sh.src[sh.i:]
	switch e := rest[1]; {
	case e == 'b' || e == 'B' || e == 'G':
		sh.emit("(?:)", 2) // not tested: always true
	case e == 'A':
		sh.emit("^", 2)
	case e == 'z' || e == 'Z':
		sh.emit("$", 2)
	case e == 'k' || e >= '0' && e <= '9':
		return false // back-references, octal
	case e == 'p' || e == 'P':
		k := strings.IndexByte(rest, '}')
		if k < 0 {
			return false
		}
		sh.atom(rest[:k+1], false)
		sh.i += k + 1
	case e == 'u' || e == 'x' || e == 'c': // \uFFFF, \xFF, \cX
		n := 3
		if e == 'u' {
			n = 6
		} else if e == 'x' {
			n = 4
		}
		if len(rest) < n {
			return false
		}
		sh.atom(rest[:n], false)
		sh.i += n
	default:
		_, size := utf8.DecodeRuneInString(rest[1:])
		sh.atom(rest[:1+size], false)
		sh.i += 1 + size
	}
	return true
}

// open translates the group opening at sh.i.
func (sh *shaper) open() bool {
	rest := sh.src[sh.i:]
	fold := sh.fold[len(sh.fold)-1]
	switch {
	case strings.HasPrefix(rest, "(?="), strings.HasPrefix(rest, "(?!"),
		strings.HasPrefix(rest, "(?<="), strings.HasPrefix(rest, "(?<!"):
		end := groupEnd(sh.src, sh.i)
		if end < 0 {
			return false
		}
		if end == len(sh.src) && len(sh.fold) == 1 && rest[2] == '=' {
			// A lookahead that ends the pattern: some text must follow the
			// match, as if the pattern went on to read it ("Name: (?=\S)").
			sh.fold = append(sh.fold, fold)
			sh.emit("(?:", 3)
			return true
		}
		sh.out.WriteString("(?:)") // not tested: always true
		sh.i = end
	case strings.HasPrefix(rest, "(?#"):
		k := strings.IndexByte(rest, ')')
		if k < 0 {
			return false
		}
		sh.i += k + 1
	case strings.HasPrefix(rest, "(?:"), strings.HasPrefix(rest, "(?>"):
		sh.fold = append(sh.fold, fold)
		sh.emit("(?:", 3)
	case strings.HasPrefix(rest, "(?<"), strings.HasPrefix(rest, "(?'"):
		k := strings.IndexAny(rest[3:], ">'")
		if k < 0 {
			return false
		}
		sh.fold = append(sh.fold, fold)
		sh.emit("(?:", 3+k+1)
	case strings.HasPrefix(rest, "(?("):
		return false
	case strings.HasPrefix(rest, "(?"):
		return sh.options()
	default:
		sh.fold = append(sh.fold, fold)
		sh.emit("(?:", 1)
	}
	return true
}

// options reads (?i) or (?i:...): i changes how characters compare, n
// nothing that matters here; m, s and x change the pattern's meaning and
// are not modelled.
func (sh *shaper) options() bool {
	fold, on := sh.fold[len(sh.fold)-1], true
	for k := sh.i + 2; k < len(sh.src); k++ {
		switch c := sh.src[k]; c {
		case '-':
			on = false
		case 'i':
			fold = on
		case 'n':
		case 'm', 's', 'x':
			if on {
				return false
			}
		case ':':
			sh.fold = append(sh.fold, fold)
			sh.out.WriteString("(?:")
			sh.i = k + 1
			return true
		case ')':
			sh.fold[len(sh.fold)-1] = fold
			sh.i = k + 1
			return true
		default:
			return false
		}
	}
	return false
}

// atom writes one character test (a literal character, or a class,
// escape or dot) as a Go class.
func (sh *shaper) atom(a string, literal bool) {
	fold := sh.fold[len(sh.fold)-1]
	var ascii [2]uint64
	nonASCII := true
	switch {
	case literal && !fold && a[0] < utf8.RuneSelf:
		ascii[a[0]>>6] |= 1 << (a[0] & 63)
		nonASCII = false
	default:
		opt := regexp2.None
		if fold {
			opt = regexp2.IgnoreCase
		}
		p, ok := firstChars("^(?:"+a+")", opt)
		for c := rune(0); c < utf8.RuneSelf; c++ {
			if !ok || p.in(c) {
				ascii[c>>6] |= 1 << (c & 63)
			}
		}
	}
	sh.out.WriteString(goClass(ascii, nonASCII))
}

// goClass writes a set of ASCII characters, and all non-ASCII ones if
// nonASCII, as a Go character class.
func goClass(ascii [2]uint64, nonASCII bool) string {
	var b strings.Builder
	b.WriteByte('[')
	for c := 0; c < utf8.RuneSelf; c++ {
		if ascii[c>>6]&(1<<(c&63)) != 0 {
			fmt.Fprintf(&b, `\x{%x}`, c)
		}
	}
	if nonASCII {
		b.WriteString(`\x{80}-\x{10ffff}`)
	}
	if b.Len() == 1 {
		return `[^\x00-\x{10ffff}]` // nothing
	}
	b.WriteByte(']')
	return b.String()
}

// classEnd returns where the class opening at i ends, or -1 (also for a
// nested class: .NET's subtraction).
func classEnd(src string, i int) int {
	j := i + 1
	if j < len(src) && src[j] == '^' {
		j++
	}
	if j < len(src) && src[j] == ']' {
		j++ // a ] first in a class is literal
	}
	for ; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '[':
			return -1
		case ']':
			return j + 1
		}
	}
	return -1
}

// groupEnd returns where the group opening at i ends, or -1.
func groupEnd(src string, i int) int {
	end := -1
	walkStructure(src, i, func(k int, c byte, depth int) bool {
		if c == ')' && depth == 1 {
			end = k + 1
			return false
		}
		return true
	})
	return end
}

// quantifierLen is the length of a {n}, {n,} or {n,m} at the start of s, or
// 0 when the brace is a literal one.
func quantifierLen(s string) int {
	k := 1
	digits := func() int {
		n := 0
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
			n++
		}
		return n
	}
	if digits() == 0 {
		return 0
	}
	if k < len(s) && s[k] == ',' {
		k++
		digits()
	}
	if k < len(s) && s[k] == '}' {
		return k + 1
	}
	return 0
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
	seeds := make([][]uint32, f.nclass) // per class, the moves of a state
	for s := 0; s < len(b.sets); s++ {
		if len(b.sets) > maxFilterStates {
			return nil
		}
		for cls := range seeds {
			seeds[cls] = seeds[cls][:0]
			if unanchored && s != 0 {
				seeds[cls] = append(seeds[cls], uint32(prog.Start))
			}
		}
		for _, pc := range b.sets[s] {
			for _, cls := range b.accepts[pc] {
				seeds[cls] = append(seeds[cls], prog.Inst[pc].Out)
			}
		}
		for cls := range seeds {
			f.next = append(f.next, b.step(seeds[cls]))
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
	seen    []bool           // closure's scratch: the counters visited,
	done    []uint32         // listed to clear them after
	stack   []uint32
}

// step returns the state the seeds lead to (many moves of a state share
// their seeds: the closure is taken once).
func (b *dfaBuilder) step(seeds []uint32) int32 {
	slices.Sort(seeds)
	key := pcKey(slices.Compact(seeds))
	if id, ok := b.steps[string(key)]; ok {
		return id
	}
	id := b.state(b.closure(seeds, false, false))
	b.steps[string(key)] = id
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
// instructions that read a character or match, and of the $ (and ^) that
// do not hold here (kept, so that acceptAtEnd can follow them).
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
			if op&(gosyntax.EmptyBeginText|gosyntax.EmptyBeginLine) != 0 && !begin ||
				op&(gosyntax.EmptyEndText|gosyntax.EmptyEndLine) != 0 && !end {
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
