package rules

import (
	"slices"

	"github.com/dlclark/regexp2"
)

// sequences describe an anchored pattern as a few alternatives, each a
// sequence of single characters (taken once, optionally or any number of
// times) and anchors, read from the anchor: from the start of the string
// for ^..., from its end (backward) for ...$. "The 5th" against
// `^\s+(?:is|was)\b` dies at its first letter; `^\d{1,4}$` is decided
// for "2022" without regexp2. Each alternative is run as a small
// automaton, one bit per position in it.
//
// An alternative is open when the pattern goes on past it in ways the
// analysis does not follow (a group repeated, a back-reference, too many
// alternatives to list): reaching its end then says the pattern may
// match. A pattern whose constructs are all modelled exactly (no
// lookaround or atomic group dropped, no long repeat widened) is
// decided by the sequences; any other is only filtered by them.
type sequences struct {
	backward bool
	exact    bool
	negate   bool // the pattern is ^(?!X) or (?<!X)$: these are X's sequences
	words    bool // some alternative has \b or \B
	alts     []seqAlt
	pass     []seqPass // per alternative
	dfa      seqDFA    // the alternatives run together over common runes
}

type seqAlt struct {
	elems []seqElem
	open  bool
}

// seqPass is an alternative's positions that closure passes without a
// character, as masks: an optional or repeated character (free), an
// anchor (by its kind, where it holds).
type seqPass struct {
	free    uint64
	anchors [atNonBoundary + 1]uint64
}

func newSeqPass(a *seqAlt) seqPass {
	var p seqPass
	for i, e := range a.elems {
		switch {
		case e.cls == nil:
			p.anchors[e.anchor] |= 1 << i
		case e.rep != once:
			p.free |= 1 << i
		}
	}
	return p
}

// seqElem is a character of cls (rep: once, maybe or many times), or, when
// cls is nil, an anchor.
type seqElem struct {
	cls    *charClass
	rep    repeat
	anchor anchorKind
}

type repeat uint8

const (
	once repeat = iota
	maybe
	many
)

// Caps that keep the automata small; past them the analysis stops
// following the pattern (the alternatives become open).
const (
	maxAlts        = 64
	maxElems       = 63 // one bit each, and one for the end, in a uint64
	maxCharCount   = 16 // x{n,m}: longer runs are widened to x*
	maxGroupCopies = 4  // (x){n,m}: spelled out up to m copies
)

// verdict is what the sequences say of a string.
type verdict uint8

const (
	noMatch verdict = iota
	mayMatch
	isMatch
)

// newSequences analyses a pattern; nil when it is not modelled or not
// anchored where regexp2 starts: at the start, or for a right-to-left
// pattern at the end.
func newSequences(src string, opt regexp2.RegexOptions) *sequences {
	tree, loose, ok := parsePattern(src, opt)
	if !ok {
		return nil
	}
	backward := opt&regexp2.RightToLeft != 0
	negate := false
	if look := lookAtAnchor(tree, backward); look != nil {
		// X in the lookaround's place; the verdict is turned over for (?!X).
		subs := slices.Clone(tree.subs)
		subs[slices.Index(subs, look)] = look.subs[0]
		tree = &node{kind: nConcat, subs: subs}
		loose, negate = look.loose, look.neg
	}
	b := seqBuilder{backward: backward}
	alts := b.of(tree)
	if !anchoredAll(alts, b.backward) || anyTrivial(alts) {
		return nil
	}
	q := &sequences{backward: b.backward, exact: !loose && !b.widened, negate: negate, alts: alts}
	q.pass = make([]seqPass, len(alts))
	for i := range alts {
		q.pass[i] = newSeqPass(&alts[i])
		q.words = q.words || q.pass[i].waits() != 0
	}
	q.dfa = newSeqDFA(q)
	return q
}

// lookAtAnchor finds a pattern that is only a lookaround at its anchor,
// ^(?=X), ^(?!X) or, right to left, (?<=X)$, (?<!X)$: it matches where
// X matches (does not match) at the anchor. It returns the lookaround.
func lookAtAnchor(tree *node, backward bool) *node {
	if tree.kind != nConcat || len(tree.subs) != 2 {
		return nil
	}
	anchor, look := tree.subs[0], tree.subs[1]
	if backward {
		anchor, look = look, anchor
	}
	if anchor.kind != nAnchor || look.kind != nLook || look.behind != backward {
		return nil
	}
	return look
}

// anchoredAll reports whether every alternative begins at the anchor of
// its direction.
func anchoredAll(alts []seqAlt, backward bool) bool {
	for _, a := range alts {
		if len(a.elems) == 0 || a.elems[0].cls != nil {
			return false
		}
		if k := a.elems[0].anchor; backward && k != atEnd && k != atEndZ || !backward && k != atBegin {
			return false
		}
	}
	return true
}

// anyTrivial reports an open alternative of anchors only: every string
// may match it, and the sequences would filter nothing.
func anyTrivial(alts []seqAlt) bool {
	for _, a := range alts {
		if !a.open {
			continue
		}
		trivial := true
		for _, e := range a.elems {
			trivial = trivial && e.cls == nil
		}
		if trivial {
			return true
		}
	}
	return false
}

type seqBuilder struct {
	backward bool
	widened  bool // a repeat was widened: the alternatives match more than the pattern

	// concat's scratch for a single character or anchor (see unit)
	unitElem [1]seqElem
	unitAlt  [1]seqAlt
}

// of returns the alternatives of a node, in the builder's direction.
func (b *seqBuilder) of(n *node) []seqAlt {
	switch n.kind {
	case nChar:
		return []seqAlt{{elems: []seqElem{{cls: n.cls}}}}
	case nAnchor:
		return []seqAlt{{elems: []seqElem{{anchor: n.anchor}}}}
	case nLoose, nLook:
		return []seqAlt{{}}
	case nConcat:
		return b.concat(n.subs)
	case nAlt:
		var out []seqAlt
		for _, sub := range n.subs {
			out = append(out, b.of(sub)...)
		}
		if len(out) > maxAlts {
			return []seqAlt{{open: true}}
		}
		return out
	case nRepeat:
		return b.repeat(n)
	}
	return []seqAlt{{open: true}} // nAny
}

// concat joins the alternatives of subs in order (backward: from the last).
func (b *seqBuilder) concat(subs []*node) []seqAlt {
	out := []seqAlt{{}}
	for k := range subs {
		sub := subs[k]
		if b.backward {
			sub = subs[len(subs)-1-k]
		}
		next := b.unit(sub)
		if next == nil {
			next = b.of(sub)
		}
		joined := make([]seqAlt, 0, len(out)*len(next))
		if len(next) == 1 {
			joined = out[:0] // each alternative becomes its join, in place
		}
		for _, a := range out {
			if a.open {
				joined = append(joined, a)
				continue
			}
			for j, x := range next {
				joined = append(joined, join(a, x, j == len(next)-1))
			}
		}
		if len(joined) > maxAlts {
			for i := range out {
				out[i].open = true
			}
			return out
		}
		out = joined
	}
	return out
}

// unit is of(n) for a character or an anchor, in the builder's scratch
// (concat copies what it joins, so that a literal's characters cost no
// allocation each); nil for any other node.
func (b *seqBuilder) unit(n *node) []seqAlt {
	switch n.kind {
	case nChar:
		b.unitElem[0] = seqElem{cls: n.cls}
	case nAnchor:
		b.unitElem[0] = seqElem{anchor: n.anchor}
	default:
		return nil
	}
	b.unitAlt[0] = seqAlt{elems: b.unitElem[:]}
	return b.unitAlt[:]
}

// join is a followed by x. With last (a's last join), x is appended to
// a's own elements in place, as concat's alternatives own theirs: a long
// literal is then joined in linear time, not quadratic.
func join(a, x seqAlt, last bool) seqAlt {
	elems := a.elems
	if !last {
		elems = make([]seqElem, 0, len(a.elems)+len(x.elems))
		elems = append(elems, a.elems...)
	}
	elems = append(elems, x.elems...)
	if len(elems) > maxElems {
		return seqAlt{elems: elems[:maxElems], open: true}
	}
	return seqAlt{elems: elems, open: x.open}
}

// repeat is x{min,max}: a single character is spelled out (x{1,3}: x, x?,
// x?), a group repeated a few times too (as the alternatives of 0, 1, ...
// copies); a group repeated more is followed only as far as its first
// time.
func (b *seqBuilder) repeat(n *node) []seqAlt {
	sub := n.subs[0]
	if sub.kind == nChar {
		return []seqAlt{{elems: b.charRun(sub.cls, n.min, n.max)}}
	}
	if n.max >= 0 && n.max <= maxGroupCopies {
		var out []seqAlt
		for k := n.min; k <= n.max && len(out) <= maxAlts; k++ {
			out = append(out, b.concat(slices.Repeat([]*node{sub}, k))...)
		}
		if len(out) <= maxAlts {
			return out
		}
	}
	x := b.of(sub)
	out := make([]seqAlt, 0, len(x)+1)
	for _, a := range x {
		a.open = true
		out = append(out, a)
	}
	if n.min == 0 {
		out = append(out, seqAlt{})
	}
	return out
}

func (b *seqBuilder) charRun(cls *charClass, lo, hi int) []seqElem {
	if lo > maxCharCount || hi > maxCharCount {
		b.widened = true
		lo, hi = min(lo, maxCharCount), -1
	}
	var elems []seqElem
	for range lo {
		elems = append(elems, seqElem{cls: cls})
	}
	if hi < 0 {
		return append(elems, seqElem{cls: cls, rep: many})
	}
	for range hi - lo {
		elems = append(elems, seqElem{cls: cls, rep: maybe})
	}
	return elems
}
