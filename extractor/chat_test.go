package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestChatStampsAreReadInTheAppsFormats(t *testing.T) {
	for _, tc := range []struct {
		line string
		want int
	}{
		{"[12/03/2025, 14:22:05] Priya Shah: In.", len("[12/03/2025, 14:22:05]")},
		{"[3/12/25, 2:22:05 PM] Priya Shah: In.", len("[3/12/25, 2:22:05 PM]")},
		{"[3/12/25, 2:22:05\u202fPM] Priya Shah: In.", len("[3/12/25, 2:22:05\u202fPM]")},
		{"12/03/2025, 14:22 - Priya Shah: In.", len("12/03/2025, 14:22 - ")},
		{"3/12/25, 2:22 pm - Priya Shah: In.", len("3/12/25, 2:22 pm - ")},
		{"[00:04:59] In.", 0},
		{"12/03/2025 was a Wednesday.", 0},
		{"12/03/2025, 14:22 Priya Shah: In.", 0},
		{"[12/03/2025, 14:22:05 Priya Shah: In.", 0},
	} {
		assert.Equal(t, tc.want, chatStamp([]byte(tc.line)), tc.line)
	}
}

// A chat export's messages each open a turn of their sender, and the stamp
// that opens them is no claim.
func TestChatExportMessagesAreTheirSendersTurns(t *testing.T) {
	raw := []byte("[12/03/2025, 13:41:17] Tom Reid: Right, budget day. The report is 214 pages\n" +
		"[12/03/2025, 13:42:50] Dan Whitley: On it\n" +
		"[12/03/2025, 13:58:03] Priya Shah: In. Public gallery rammed, I'd say 150-odd people\n" +
		"[12/03/2025, 13:59:12] Dan Whitley: about 60 outside too, chanting\n" +
		"[12/03/2025, 14:09:10] Priya Shah: The gap is £18.7m, \"the biggest this council has ever faced\"\n" +
		"[12/03/2025, 14:11:25] Tom Reid: Is that the max?\n")
	res, err := defaultEngine(t).Extract("chat.txt", raw, Options{})
	require.NoError(t, err)
	got := numberSpeakers(t, res)
	assert.Equal(t, []numberSpeaker{{"214", "Tom Reid"}, {"150", "Priya Shah"}, {"60", "Dan Whitley"}, {"£18.7m", "Priya Shah"}}, got)
}

// numberSpeaker is a claim's number as written and who said it.
type numberSpeaker struct{ number, speaker string }

// numberSpeakers is res's claims as numbers and speakers, in order; every
// claim must have a speaker.
func numberSpeakers(t *testing.T, res *Result) []numberSpeaker {
	t.Helper()
	var got []numberSpeaker
	for _, c := range res.Claims {
		require.NotNil(t, c.Speaker, c.Number)
		got = append(got, numberSpeaker{c.Number, *c.Speaker})
	}
	return got
}
