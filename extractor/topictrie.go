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
	// the bytes of a text as written: separator for the ASCII characters
	// between words, nonASCII for the bytes of other characters.
	class, scanClass [256]uint8
	// next[node<<shift|class]: the child; deadNode for none. A row holds a
	// power of two of columns (the classes, 0 included, and spare ones) so
	// that the walk, which waits on each step for the next, shifts rather
	// than multiplies.
	shift uint
	next  []int32
	nodes []trieNode
	// prefixEnd and wordEnd mark the nodes with prefixTopics and with
	// topics or phrases, so that the walk reads a byte per node, not a
	// trieNode.
	prefixEnd, wordEnd []bool
}

// The scan classes that are not a column of next.
const (
	separator = 0xfe // an ASCII character that splits words, as nextWord splits them
	nonASCII  = 0xff // a byte of a character that word decodes
)

// trieNode is what a word reaching a node gets.
type trieNode struct {
	prefixTopics []int // prefixes that end here: every word through the node begins with one
	topics       []int // keywords that end here, if the word does
	phrases      []int // phrases (into phraseList) whose first word ends here
}

// Node 0 is the dead end of a word no keyword goes on with; it has no
// children (each byte leads from it to itself) and nothing to count.
const (
	deadNode int32 = 0
	trieRoot int32 = 1
)

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
	t.nodes, t.prefixEnd, t.wordEnd = make([]trieNode, 2), make([]bool, 2), make([]bool, 2)
	t.next = make([]int32, 2<<t.shift)
	for w, ts := range ix.exact {
		if n := t.insert(w); n != deadNode {
			t.nodes[n].topics, t.wordEnd[n] = ts, true
		}
	}
	for _, p := range ix.prefixes { // in sorted order, as score counted them
		if n := t.insert(p.text); n != deadNode && n != trieRoot { // an empty prefix is never counted
			t.nodes[n].prefixTopics = append(t.nodes[n].prefixTopics, p.topic)
			t.prefixEnd[n] = true
		}
	}
	for w, ps := range ix.byFirst {
		if n := t.insert(w); n != deadNode {
			t.nodes[n].phrases, t.wordEnd[n] = ps, true
		}
	}
	return t
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
	t.scanClass = t.class
	for c := range t.scanClass {
		switch {
		case c >= utf8.RuneSelf:
			t.scanClass[c] = nonASCII
		case !asciiWord[c]:
			t.scanClass[c] = separator
		}
	}
	t.shift = uint(bits.Len8(n)) // 1<<shift > n
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
func (t *keywordTrie) insert(w string) int32 {
	if !inWord(w) {
		return deadNode
	}
	n := trieRoot
	for i := 0; i < len(w); i++ {
		at := int(n)<<t.shift | int(t.class[w[i]])
		if t.next[at] == deadNode {
			t.next[at] = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{})
			t.prefixEnd, t.wordEnd = append(t.prefixEnd, false), append(t.wordEnd, false)
			t.next = append(t.next, make([]int32, 1<<t.shift)...)
		}
		n = t.next[at]
	}
	return n
}

// words walks the words of s, as nextWord splits them, through the trie:
// it adds the hits of the prefixes they begin with to sc and calls ended
// with the node and the end of each word that some keyword or phrase ends
// with. An ASCII word is lowered by the byte classes; from its first
// non-ASCII character on, a word is lowered by toLower. Once no keyword
// goes on, the ASCII rest of a word is stepped through the dead node,
// which every byte leads back to: where a walk dies is up to the word, so
// a loop that stopped there and another that skipped on to the word's end
// took two branches a word that the CPU cannot foresee on new text; one
// loop to the word's end takes one. The loops test ASCII bytes by
// scanClass alone.
func (t *keywordTrie) words(s string, sc []float64, ended func(n *trieNode, end int)) {
	for i := 0; i < len(s); {
		for i < len(s) && t.scanClass[s[i]] == separator {
			i++
		}
		if i < len(s) && s[i] >= utf8.RuneSelf {
			i = t.skip(s, i, false)
		}
		if i == len(s) {
			return
		}
		n := trieRoot
		for i < len(s) && t.scanClass[s[i]] < separator {
			n = t.step(n, t.scanClass[s[i]], sc)
			i++
		}
		if i < len(s) && s[i] >= utf8.RuneSelf {
			end := t.skip(s, i, true)
			if end > i && n != deadNode {
				n = t.walk(n, toLower(s[i:end]), sc)
			}
			i = end
		}
		if t.wordEnd[n] {
			ended(&t.nodes[n], i)
		}
	}
}

// skip returns the offset of the first character at or after i that is
// (inWord false) or is not (inWord true) a character of a word.
func (t *keywordTrie) skip(s string, i int, inWord bool) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if (t.scanClass[c] != separator) != inWord {
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

// walk follows the bytes of a lower-cased part of a word from node n, adds
// the hits of the prefixes it passes to sc and returns the node where the
// part ends.
func (t *keywordTrie) walk(n int32, lower string, sc []float64) int32 {
	for i := 0; i < len(lower) && n != deadNode; i++ {
		n = t.step(n, t.class[lower[i]], sc)
	}
	return n
}

// step goes from node n by a byte of class k and counts the prefixes that
// end there.
func (t *keywordTrie) step(n int32, k uint8, sc []float64) int32 {
	n = t.next[int(n)<<t.shift|int(k)]
	if t.prefixEnd[n] {
		for _, ti := range t.nodes[n].prefixTopics {
			sc[ti]++
		}
	}
	return n
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
