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
	// the paragraphs' and questions' scores, cut from one buffer (scoresOf)
	scores []float64
	// topicOf's scratch: the scores of a claim's own words and of its
	// sentence, the topics tied
	claimScores, sentScores []float64
	tied                    []int
	joined                  []byte // a claim's object and unit (objectAndUnit)
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
}

// scratch takes a docScratch from the pool, or a new one.
func (e *Engine) scratch() docScratch {
	if s, ok := e.scratches.Get().(*docScratch); ok {
		return *s
	}
	return docScratch{}
}

// release empties s and gives its memory back to the pool. What the
// tables held is cleared too, so that the pool keeps no document's text
// alive.
func (e *Engine) release(s docScratch) {
	s.room.paragraphs = emptied(s.room.paragraphs) // their speakers' labels
	// A long document's tables are let go (keptRoom).
	s.scanned = keptRoom(emptied(s.scanned))
	s.tokens = keptRoom(emptied(s.tokens)) // their text
	s.sents = keptRoom(s.sents)
	s.excluded = keptRoom(emptied(s.excluded))
	s.sentences = emptied(s.sentences)
	s.topicIns = emptied(s.topicIns)
	s.topicSents = emptied(s.topicSents)
	s.paras = emptied(s.paras)
	s.docTopics = s.docTopics[:0]
	s.scores = s.scores[:0]
	s.tagScratch = emptied(s.tagScratch)
	s.lowered.reuse()
	if cap(s.sentWords) > maxRoomEntries { // a long sentence's is let go
		s.sentWords = nil
	}
	clear(s.idSlots)
	s.idHeads = s.idHeads[:0]
	s.idCounts = emptied(s.idCounts)
	e.scratches.Put(&s)
}

// keptRoom is s emptied for the next document, or nil when it is a long
// document's: kept, it would hold that memory through the small documents
// after it.
func keptRoom[T any](s []T) []T {
	if cap(s) > maxRoomEntries {
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
