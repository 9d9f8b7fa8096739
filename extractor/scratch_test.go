package extractor

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLongRoomIsKeptWhileLongDocumentsComeAndLetGoAfterShortOnes(t *testing.T) {
	var s docScratch
	assert.True(t, s.keepsLongRoom(maxRoomEntries+1), "a long document keeps its room")
	for i := 1; i < longRoomDocs; i++ {
		assert.True(t, s.keepsLongRoom(10), "short document %d: the long room is still kept", i)
	}
	assert.False(t, s.keepsLongRoom(10), "after %d short documents in a row the long room goes", longRoomDocs)
	assert.True(t, s.keepsLongRoom(maxRoomEntries+1), "a long document again keeps it")

	big := make([]Token, 0, maxRoomEntries+1)
	assert.Nil(t, keptRoom(big, false))
	assert.Equal(t, maxRoomEntries+1, cap(keptRoom(big, true)))
	assert.Equal(t, 8, cap(keptRoom(make([]Token, 3, 8), false)), "short room is always kept")
}

func TestRecycledClaimsChangeNoLaterResult(t *testing.T) {
	e := newDefaultEngine(t)
	fresh := New(e.rules) // recycles nothing
	long := strings.Repeat("MR. LEE: We hired 1,200 nurses and opened 14 clinics, up 3% on the year.\n\n", 400)
	short := "Ms. Diaz: Some 300 families lost power, and 12 schools closed.\n"
	for _, text := range []string{long, short, long, long, short} {
		want, err := fresh.Extract("a.txt", []byte(text), Options{})
		require.NoError(t, err)
		got, err := e.Extract("a.txt", []byte(text), Options{})
		require.NoError(t, err)
		require.NotEmpty(t, got.Claims)
		assert.Equal(t, want.Claims, got.Claims, "a %d-byte text after recycled results", len(text))
		e.Recycle(got)
		assert.Nil(t, got.Claims, "a recycled result holds no claims")
	}
	e.Recycle(nil) // nothing to give back
}

func TestRecycledRoomHoldsNoClaim(t *testing.T) {
	e := newDefaultEngine(t)
	res, err := e.Extract("a.txt", []byte("We sent 40 doctors and 7 nurses."), Options{})
	require.NoError(t, err)
	require.NotEmpty(t, res.Claims)
	n := cap(res.Claims)
	e.Recycle(res)
	room := e.claimsWithRoom(n)
	assert.Empty(t, room)
	for _, c := range room[:cap(room)] {
		assert.Zero(t, c, "the pool keeps no document's text alive")
	}
}

func TestReusedSlabHandsItsChunksOutAgainInTurn(t *testing.T) {
	var s byteSlab
	s.reusable()
	var first []string
	for i := range 40 {
		first = append(first, s.add([]byte(strings.Repeat(string(rune('a'+i%26)), 5000))))
	}
	made := len(s.chunks)
	s.reuse(true)
	for i := range 40 {
		b := s.take(5000)
		assert.Same(t, unsafe.StringData(first[i]), &b[0], "take %d is cut from the same memory as before", i)
	}
	assert.Equal(t, made, len(s.chunks), "a document as long as the last makes no chunk")

	// A chunk too short for what is asked is passed over, not handed out
	// again in the same document.
	s.reuse(true)
	big := s.take(60 << 10)
	again := s.take(60 << 10)
	assert.NotSame(t, &big[0], &again[0])

	s.reuse(false)
	assert.LessOrEqual(t, len(s.chunks), maxKeptChunks, "without keepLong a long document's chunks go")
}
