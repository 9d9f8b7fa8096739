package extractor

import (
	"math/bits"
	"slices"
	"unicode/utf8"
)

// keywordTrie tells, for one word of a text, which topics' keywords it is,
// which prefixes ("vaccin*") it begins with and which phrases it opens, by
// walking its bytes once: score's inner loop, without a map lookup or a
// lower-cased copy of the word. It is built from the topic index (the rules'
// keywords), so it gives the same answers as looking the lower-cased word up
// there.
type keywordTrie struct {
	// class numbers the bytes that keywords hold, from 1; 0 is a byte of a
	// word where no keyword goes on. An ASCII capital shares its small
	// letter's class: the walk lowers as it goes. scanClass is class for
	// the bytes of a text as written: sepColumn for the ASCII characters
	// between words, nonASCII for the bytes of other characters.
	class, scanClass [256]uint8
	// next[row+class]: the row of the child, a node's row being its number
	// shifted by shift. A row holds a power of two of columns (the classes,
	// 0 included, the separators' and spare ones); rows, not numbers, are
	// kept so that the walk, which waits on each step for the next, only
	// adds. A separator leads back to the root, from a node with something
	// to count as the node's row marked with counted.
	shift     uint
	sepColumn uint8
	next      []uint32
	nodes     []trieNode
	// wordEnd marks the nodes with something to count.
	wordEnd []bool
}

// nonASCII is the scan class of the bytes of a character that words
// decodes; it is not a column of next.
const nonASCII = 0xff

// trieNode is what a word ending at a node gets.
type trieNode struct {
	prefixTopics []int // the prefixes the word passed on its way here: it begins with each
	topics       []int // keywords that end here
	phrases      []int // phrases (into phraseList) whose first word ends here
}

// Node 0 is the dead end of a word no keyword goes on with; it has no
// children (each byte leads from it to itself) and nothing to count. A
// word that passed prefixes when no keyword goes on leads to a dead end
// of its own, which keeps those prefixes: the walk counts a word's
// prefixes where it ends, not on its way (a test a byte).
const (
	deadNode uint32 = 0
	trieRoot uint32 = 1
)

// counted marks a separator's step from a node with something to count.
const counted = 1 << 31

func newKeywordTrie(ix *topicIndex) *keywordTrie {
	t := &keywordTrie{}
	var all []string // what a lower-cased word can hold of them
	for w := range ix.exact {
		all = append(all, w)
	}
	for _, p := range ix.prefixes {
		all = append(all, p.text)
	}
	for w := range ix.byFirst {
		all = append(all, w)
	}
	all = slices.DeleteFunc(all, func(w string) bool { return !inWord(w) })
	t.classify(all)
	// At most a node a keyword byte: reserved once, the tables are not
	// copied as they grow (the trie was 5% of building the engine).
	most := 2
	for _, w := range all {
		most += len(w)
	}
	t.nodes, t.wordEnd = make([]trieNode, 2, most), make([]bool, 2, most)
	t.next = make([]uint32, 2<<t.shift, most<<t.shift)
	for w, ts := range ix.exact {
		if n := t.insert(w); n != deadNode {
			t.nodes[n].topics, t.wordEnd[n] = ts, true
		}
	}
	for _, p := range ix.prefixes { // in sorted order, as score counted them
		if n := t.insert(p.text); n != deadNode && n != trieRoot { // an empty prefix is never counted
			t.nodes[n].prefixTopics = append(t.nodes[n].prefixTopics, p.topic)
		}
	}
	for w, ps := range ix.byFirst {
		if n := t.insert(w); n != deadNode {
			t.nodes[n].phrases, t.wordEnd[n] = ps, true
		}
	}
	t.passPrefixes()
	t.separate()
	return t
}

// passPrefixes gives each node the prefixes of the nodes on its way from
// the root, and its missing children the dead end of the last of them.
// A child is numbered after its parent, so parents are done first.
func (t *keywordTrie) passPrefixes() {
	nodes := len(t.nodes)
	deadEnd := make([]uint32, nodes) // by node: its prefixes' dead end, or deadNode
	for n := trieRoot; n < uint32(nodes); n++ {
		if deadEnd[n] == deadNode && len(t.nodes[n].prefixTopics) > 0 {
			deadEnd[n] = t.addDeadEnd(t.nodes[n].prefixTopics)
		}
		row := t.next[int(n)<<t.shift:][:1<<t.shift]
		for c, child := range row {
			if child == deadNode {
				row[c] = deadEnd[n]
				continue
			}
			if p := t.nodes[n].prefixTopics; len(p) > 0 {
				own := t.nodes[child].prefixTopics
				t.nodes[child].prefixTopics = append(own[:len(own):len(own)], p...)
				if len(own) == 0 {
					deadEnd[child] = deadEnd[n]
				}
			}
		}
		t.wordEnd[n] = t.wordEnd[n] || len(t.nodes[n].prefixTopics) > 0
	}
}

// separate turns next's node numbers into rows and fills the separators'
// column: back to the root, marked where a word ending there counts.
func (t *keywordTrie) separate() {
	for i, n := range t.next {
		t.next[i] = n << t.shift
	}
	for n, end := range t.wordEnd {
		sep := &t.next[n<<t.shift|int(t.sepColumn)]
		if *sep = trieRoot << t.shift; end {
			*sep = counted | uint32(n<<t.shift)
		}
	}
}

// addDeadEnd adds a node that every byte leads back to, whose words began
// with the prefixes of prefixTopics.
func (t *keywordTrie) addDeadEnd(prefixTopics []int) uint32 {
	n := uint32(len(t.nodes))
	t.nodes = append(t.nodes, trieNode{prefixTopics: prefixTopics})
	t.wordEnd = append(t.wordEnd, true)
	for range 1 << t.shift {
		t.next = append(t.next, n)
	}
	return n
}

// classify numbers the bytes of the keywords (all of them inWord).
func (t *keywordTrie) classify(keywords []string) {
	n := uint8(0)
	for _, w := range keywords {
		for i := 0; i < len(w); i++ {
			if c := w[i]; t.class[c] == 0 {
				n++
				t.class[c] = n
			}
		}
	}
	for c := range utf8.RuneSelf {
		if isUpperASCII(byte(c)) {
			t.class[c] = t.class[c+'a'-'A']
		}
	}
	t.sepColumn = n + 1
	t.scanClass = t.class
	for c := range t.scanClass {
		switch {
		case c >= utf8.RuneSelf:
			t.scanClass[c] = nonASCII
		case !asciiWord[c]:
			t.scanClass[c] = t.sepColumn
		}
	}
	t.shift = uint(bits.Len8(t.sepColumn)) // 1<<shift > sepColumn
}

// inWord reports whether w can be a lower-cased word or the beginning of
// one: no ASCII capital, no ASCII character that splits words.
func inWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < utf8.RuneSelf && (!asciiWord[c] || isUpperASCII(c)) {
			return false
		}
	}
	return true
}

// insert returns the node of a keyword, adding the nodes it lacks; the
// dead node for a keyword no lower-cased word can hold.
func (t *keywordTrie) insert(w string) uint32 {
	if !inWord(w) {
		return deadNode
	}
	n := trieRoot
	for i := 0; i < len(w); i++ {
		at := int(n)<<t.shift | int(t.class[w[i]])
		if t.next[at] == deadNode {
			t.next[at] = uint32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{})
			t.wordEnd = append(t.wordEnd, false)
			t.next = append(t.next, make([]uint32, 1<<t.shift)...)
		}
		n = t.next[at]
	}
	return n
}

// words walks the words of s, as nextWord splits them, through the trie
// and calls ended with the node and the end of each word that some
// keyword, prefix or phrase ends with, in no set order. An ASCII word is
// lowered by the byte classes; from its first non-ASCII character on, a
// word is lowered by toLower. The walk takes the text's ASCII bytes, words
// and separators alike, one step each: where a word dies in the trie or
// ends is up to the text, and loops that stopped there took branches that
// the CPU cannot foresee on new text (two or three a word). A dead word is
// stepped to its end through a dead end, which its bytes lead back to; a
// separator leads to the root, and marks the rare word with something to
// count.
//
// Each step waits for the one before (its row is the last step's load),
// so the two halves of a text, split at a separator, are walked side by
// side: two chains of loads the CPU overlaps.
func (t *keywordTrie) words(s string, ended func(n *trieNode, end int)) {
	root := uint(trieRoot) << t.shift
	mid := halfway(t, s)
	// The lanes' rows and offsets: uints, as next's rows load, so that a
	// step only adds.
	ra, ia, rb, ib := root, 0, root, mid
	for ia < mid && ib < len(s) {
		ka, kb := t.scanClass[s[ia]], t.scanClass[s[ib]]
		if ka == nonASCII || kb == nonASCII {
			ra, ia = t.step(s, ra, ia, ended)
			rb, ib = t.step(s, rb, ib, ended)
			continue
		}
		ra, rb = uint(t.next[ra+uint(ka)]), uint(t.next[rb+uint(kb)])
		if ra|rb >= counted {
			ra, rb = t.settle(ra, ia, ended), t.settle(rb, ib, ended)
		}
		ia, ib = ia+1, ib+1
	}
	t.finish(s, ra, ia, mid, ended)
	t.finish(s, rb, ib, len(s), ended)
}

// finish walks s[i:end] on from row, and ends its last word at end.
// The halves differ by a word or so: this is the short rest of one.
func (t *keywordTrie) finish(s string, row uint, i, end int, ended func(n *trieNode, end int)) {
	for i < end {
		row, i = t.step(s, row, i, ended)
	}
	if n := row >> t.shift; t.wordEnd[n] {
		ended(&t.nodes[n], end)
	}
}

// step walks one byte of s at offset i from row, or a non-ASCII character
// or the rest of a word, and returns the row and offset it reached.
func (t *keywordTrie) step(s string, row uint, i int, ended func(n *trieNode, end int)) (uint, int) {
	k := t.scanClass[s[i]]
	if k == nonASCII {
		return t.nonASCII(s, i, row, ended)
	}
	return t.settle(uint(t.next[row+uint(k)]), i, ended), i + 1
}

// settle is the row a step reached, or the root after a separator's step
// marked counted, once ended has counted the word ending before offset i.
func (t *keywordTrie) settle(row uint, i int, ended func(n *trieNode, end int)) uint {
	if row < counted {
		return row
	}
	ended(&t.nodes[(row-counted)>>t.shift], i)
	return uint(trieRoot) << t.shift
}

// halfway is where words splits s in two: the first ASCII separator from
// its middle on, or its end.
func halfway(t *keywordTrie, s string) int {
	for i := len(s) / 2; i < len(s); i++ {
		if t.scanClass[s[i]] == t.sepColumn {
			return i
		}
	}
	return len(s)
}

// nonASCII goes on with words at a non-ASCII character of s at offset i,
// the walk being at row: a character between words ends the word, one in
// a word is walked with the rest of the word, lowered by toLower. It
// returns the row and offset to go on from.
func (t *keywordTrie) nonASCII(s string, i int, row uint, ended func(n *trieNode, end int)) (uint, int) {
	end := t.skip(s, i, true)
	if end == i { // a character between words
		if n := row >> t.shift; t.wordEnd[n] {
			ended(&t.nodes[n], i)
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		return uint(trieRoot) << t.shift, i + size
	}
	if row != uint(deadNode) {
		var buf [32]byte // the rest of the word lowered, as toLower lowers it: on the stack
		lower, _ := appendLowerMixed(buf[:0], s[i:end])
		row = t.walk(row, lower)
	}
	return row, end
}

// skip returns the offset of the first character at or after i that is
// (inWord false) or is not (inWord true) a character of a word.
func (t *keywordTrie) skip(s string, i int, inWord bool) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if (t.scanClass[c] != t.sepColumn) != inWord {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if notWordRune(r) == inWord {
			return i
		}
		i += size
	}
	return i
}

// walk follows the bytes of a lower-cased part of a word from the node of
// row and returns the row of the node where the part ends.
func (t *keywordTrie) walk(row uint, lower []byte) uint {
	for i := 0; i < len(lower) && row != uint(deadNode); i++ {
		row = uint(t.next[row+uint(t.class[lower[i]])])
	}
	return row
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
