package extractor

import "github.com/factable/factable/rules"

// A document's working tables (what the passes hand on to each other, the
// topic scores, the counts behind the claim ids) are dropped when Extract
// returns: no result refers to them. Made afresh for every document, each
// grew by doubling from nothing, again and again, on a corpus of short
// documents. So their memory goes from one document to the next through
// the engine's pool; their contents never do: release empties them.

// docScratch is the memory of docState that no result refers to.
type docScratch struct {
	// the room of the document's line starts and paragraphs (docRoom)
	room docRoom
	// the scan pass's paragraphs and the tokens they hold (scanParagraphs)
	scanned []scannedParagraph
	tokens  []Token
	// the classify pass's sentences and the exclusion rule of each token
	// (docState.classify)
	sents    []span
	excluded []*rules.Exclusion
	// the periods pass's sentences (docState.periods)
	sentences []sentenceText
	// the topics pass (topicpass.go): what each claim's topic is scored
	// from, in step with res.Claims; the sentences they stand in; the
	// paragraphs' scores; the topics of the claims so far, a point each
	topicIns   []topicIn
	topicSents []topicSentence
	paras      []paraTopics
	docTopics  []float64
	// the topics the whole document's claims' objects and sentences name
	// (wholeDocument), how many claims named one, and their scores, by
	// claim and by sentence; docMix is documentScores' sum
	wholeTopics          []float64
	wholeSum             float64
	objScores, sentCache []float64
	docMix               []float64
	// the paragraphs' and questions' scores, cut from one buffer (scoresOf)
	scores []float64
	// topicOf's scratch: the scores of a claim's own words and of its
	// sentence, the levels' votes
	claimScores, sentScores, votes []float64
	joined                         []byte // a claim's object and unit (objectAndUnit)
	// tagsOf's scratch
	tagFound   []bool
	tagScratch []string
	// the sentences lowered (lowerAlignedIn); no claim keeps a part of one
	lowered byteSlab
	// the bounds of the words of the sentence whose period is sought
	// (periodOf)
	sentWords []int

	idHash idHasher
	// claimID's counts: each sentence (spaces normalized) given an id has
	// a list of the numbers given one in it, in idCounts from idHeads[its
	// slot in idSlots]
	idSlots  map[string]int32
	idHeads  []int32
	idCounts []idCount

	// how many documents in a row needed no more than maxRoomEntries of
	// room (release)
	shortDocs int
}

// scratch takes a docScratch from the pool, or a new one.
func (e *Engine) scratch() docScratch {
	if s, ok := e.scratches.Get().(*docScratch); ok {
		return *s
	}
	var s docScratch
	s.lowered.reusable()
	return s
}

// release empties s and gives its memory back to the pool. What the
// tables held is cleared too, so that the pool keeps no document's text
// alive.
func (e *Engine) release(s docScratch) {
	// A long document's room is kept for the next long one: made anew,
	// tens of MB of tables were zeroed and, fresh from the system, faulted
	// in page by page, some 10% of the time of a 50 MB input (bench/run).
	// Kept through a run of short documents, it would hold that memory
	// for nothing: after longRoomDocs of them in a row it is let go.
	keepLong := s.keepsLongRoom(max(s.room.entries(), len(s.scanned), len(s.tokens), len(s.sents), len(s.excluded)))
	s.room.paragraphs = keptRoom(emptied(s.room.paragraphs), keepLong) // their speakers' labels
	s.room.lines.starts = keptRoom(s.room.lines.starts, keepLong)
	if s.room.lines.starts == nil {
		s.room.lines = lineTable{}
	}
	s.scanned = keptRoom(emptied(s.scanned), keepLong)
	s.tokens = keptRoom(emptied(s.tokens), keepLong) // their text
	s.sents = keptRoom(s.sents, keepLong)
	s.excluded = keptRoom(emptied(s.excluded), keepLong)
	s.sentences = emptied(s.sentences)
	s.topicIns = emptied(s.topicIns)
	s.topicSents = emptied(s.topicSents)
	s.paras = emptied(s.paras)
	s.docTopics = s.docTopics[:0]
	s.wholeTopics, s.wholeSum = s.wholeTopics[:0], 0
	s.objScores = keptRoom(s.objScores[:0], keepLong)
	s.sentCache = keptRoom(s.sentCache[:0], keepLong)
	s.scores = s.scores[:0]
	s.tagScratch = emptied(s.tagScratch)
	s.lowered.reuse(keepLong)
	if cap(s.sentWords) > maxRoomEntries { // a long sentence's is let go
		s.sentWords = nil
	}
	clear(s.idSlots)
	s.idHeads = s.idHeads[:0]
	s.idCounts = emptied(s.idCounts)
	e.scratches.Put(&s)
}

// keepsLongRoom counts the document just done, which needed room for
// need entries, and reports whether a long document's room is kept.
func (s *docScratch) keepsLongRoom(need int) bool {
	if need > maxRoomEntries {
		s.shortDocs = 0
	} else {
		s.shortDocs++
	}
	return s.shortDocs < longRoomDocs
}

// longRoomDocs is how many short documents in a row a long document's
// room is kept through.
const longRoomDocs = 8

// keptRoom is s emptied for the next document, or nil when it is a long
// document's and keepLong is false.
func keptRoom[T any](s []T, keepLong bool) []T {
	if cap(s) > maxRoomEntries && !keepLong {
		return nil
	}
	return s[:0]
}

// emptied clears s and returns it with no elements and its capacity.
func emptied[T any](s []T) []T {
	clear(s)
	return s[:0]
}

// scoresOf returns room for the topic scores of a paragraph or question
// (n of them), cut from x.scores; memory of their own when x.scores is
// full, so the scores handed out before stay as they are.
func (x *docState) scoresOf(n int) []float64 {
	if cap(x.scores)-len(x.scores) < n {
		x.scores = make([]float64, 0, max(n, 2*cap(x.scores)))
	}
	from := len(x.scores)
	x.scores = x.scores[:from+n]
	return x.scores[from : from+n : from+n]
}

// Recycle gives the memory of res's claims to the documents extracted
// after it: a caller done with res, its claims and every pointer into
// them (the CLI, once they are written) hands it back, and res.Claims is
// nil on return. The claims' strings stay valid: only the array is reused.
//
// The claims of a long document are tens of MB: made anew for each, that
// memory came fresh from the system, zeroed and faulted in a page at a
// time, and the page faults alone were some 8% of the time of a 50 MB
// input (bench/run).
func (e *Engine) Recycle(res *Result) {
	if res == nil || cap(res.Claims) == 0 {
		return
	}
	cs := res.Claims
	res.Claims = nil
	// The pool keeps no document's text alive: the room past the claims
	// too, which a pass that dropped claims may have written.
	cs = cs[:0]
	clear(cs[:cap(cs)])
	e.claimRoom.Put(&cs)
}

// claimsWithRoom is an empty slice with room for n claims: a recycled one
// if the pool has one that is large enough and not much larger (a short
// document's result would hold a long one's room).
func (e *Engine) claimsWithRoom(n int) []Claim {
	if p, ok := e.claimRoom.Get().(*[]Claim); ok {
		if c := *p; cap(c) >= n && cap(c) <= 4*n+256 {
			return c
		}
		e.claimRoom.Put(p)
	}
	return make([]Claim, 0, n)
}
