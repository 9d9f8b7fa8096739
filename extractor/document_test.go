package extractor

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLinesCountLFCRLFAndLoneCR(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		off, line  int
	}{
		{"lf", "a\nb\nc", 4, 3},
		{"crlf", "a\r\nb\r\nc", 6, 3},
		{"lone cr", "a\rb\rc", 4, 3},
		{"first line", "abc\n", 2, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := NewDocument("x", []byte(tc.text))
			require.NoError(t, err)
			assert.Equal(t, tc.line, d.Line(tc.off))
		})
	}
}

func TestBOMIsSkippedButOffsetsStayTrueToTheFile(t *testing.T) {
	d, err := NewDocument("x", []byte("\uFEFFHello 42 people."))
	require.NoError(t, err)
	require.Len(t, d.Paragraphs, 1)
	assert.Equal(t, 3, d.Paragraphs[0].Start)
	assert.Equal(t, "Hello 42 people.", d.ParagraphText(&d.Paragraphs[0]))
}

func TestBinaryInputIsRefusedWithItsLine(t *testing.T) {
	_, err := NewDocument("f.bin", []byte("ok\nbad\x00"))
	require.ErrorIs(t, err, ErrBinary)
	assert.Contains(t, err.Error(), "f.bin:2")
}

func TestUTF16WithBOMIsDecoded(t *testing.T) {
	d, err := NewDocument("u", []byte{0xFF, 0xFE, 'H', 0, 'i', 0, ' ', 0, '7', 0})
	require.NoError(t, err)
	assert.Equal(t, "Hi 7", d.Text)
	assert.NotEmpty(t, d.Warnings)
}

func TestInvalidUTF8WarnsWithTheFirstBadLine(t *testing.T) {
	d, err := NewDocument("u.txt", []byte("fine\nbad \xff here\n"))
	require.NoError(t, err)
	require.Len(t, d.Warnings, 1)
	assert.Contains(t, d.Warnings[0], "u.txt:2")
}

func TestParagraphsSplitAtBlankLines(t *testing.T) {
	d, err := NewDocument("x", []byte("One line.\nSame paragraph.\n\n  \nSecond.\n"))
	require.NoError(t, err)
	require.Len(t, d.Paragraphs, 2)
	assert.Equal(t, "Second.", d.ParagraphText(&d.Paragraphs[1]))
}

// The paragraphs are cut from the lines' first and last bytes, read as
// the line breaks are found; white space at either end of a line sends
// the split back to the text.
func TestParagraphsAreTrimmedWhateverTheLineBreaksAndEdges(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"lf", "One.\n\nTwo.", []string{"One.", "Two."}},
		{"crlf", "One.\r\n\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"lone cr", "One.\r\rTwo.\r", []string{"One.", "Two."}},
		{"indented first line", "  \tOne.\n\nTwo.", []string{"One.", "Two."}},
		{"trailing spaces", "One.  \t\n \nTwo. \r\n", []string{"One.", "Two."}},
		{"white-space line between", "One.\n \t \nTwo.", []string{"One.", "Two."}},
		{"no-break space is not blank", "One.\n\u00a0Two.\n\u00a0\nThree.", []string{"One.\n\u00a0Two.", "Three."}},
		{"bom then a blank line", "\uFEFF  \n\nOne.", []string{"One."}},
		{"only blank lines", "\n \r\n\t\n", nil},
		{"rejoined after trailing space", "from north  \n\nof 7 percent.", []string{"from north  \n\nof 7 percent."}},
		{"table row", "| a | 1 |\n\n  | b | 2 |", []string{"| a | 1 |", "| b | 2 |"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := NewDocument("x", []byte(tc.text))
			require.NoError(t, err)
			var got []string
			for i := range d.Paragraphs {
				got = append(got, d.ParagraphText(&d.Paragraphs[i]))
				assert.Equal(t, got[i][0] == '|', d.Paragraphs[i].Table, got[i])
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestParagraphBrokenMidSentenceIsRejoined(t *testing.T) {
	d, err := NewDocument("x", []byte("down sharply from north\n\nof 7 percent in 2020.\n\nNext one."))
	require.NoError(t, err)
	require.Len(t, d.Paragraphs, 2)
	assert.Equal(t, "down sharply from north\n\nof 7 percent in 2020.", d.ParagraphText(&d.Paragraphs[0]))
}

func TestHTMLIsReadAsParagraphsWithOffsetsTrueToTheFile(t *testing.T) {
	raw := "<html><head><style>p{x:1}</style><script>var n = 99;</script></head>\n<body><h1>Briefing</h1><p>We sent <b>38</b> teams &amp; 2,000 doctors.</p><p>Next.</p></body></html>"
	res, err := defaultEngine(t).Extract("page.html", []byte(raw), Options{})
	require.NoError(t, err)
	var nums []string
	for _, c := range res.Claims {
		nums = append(nums, c.Number)
		assert.Equal(t, c.Number, raw[c.Start:c.End])
		assert.Equal(t, 2, c.Line)
	}
	assert.Equal(t, []string{"38", "2,000"}, nums)
}

// A reader of the sheet sees the sentence of an HTML page as the page
// shows it: entities as their characters without the padding that keeps
// the offsets, and no runs of blanks where tags were.
func TestHTMLSentencesAndNumbersAreShownAsRead(t *testing.T) {
	raw := "<p><strong>MS. DOE:</strong> We&rsquo;ve created <b>15&nbsp;million</b> jobs &mdash; a record.</p>"
	res, err := defaultEngine(t).Extract("page.html", []byte(raw), Options{})
	require.NoError(t, err)
	require.Len(t, res.Claims, 1)
	c := res.Claims[0]
	assert.Equal(t, "15 million", c.Number)
	assert.Equal(t, 15e6, *c.Value)
	assert.Equal(t, "We’ve created 15 million jobs — a record.", c.Sentence)
	assert.Equal(t, "15&nbsp;million", raw[c.Start:c.End])
}

func TestHTMLEntityDashesAndSpacesJoinRanges(t *testing.T) {
	raw := "<p>Prices rose 10&ndash;20%, 3&#8211;5 million lost jobs, and between 1,000&nbsp;and 2,000 firms closed.</p>"
	res, err := defaultEngine(t).Extract("page.html", []byte(raw), Options{})
	require.NoError(t, err)
	var got []string
	for _, c := range res.Claims {
		got = append(got, c.Number+" "+c.Bound)
	}
	assert.Equal(t, []string{"10–20% range", "3–5 million range", "1,000 and 2,000 range"}, got)
}

func TestMarkdownSyntaxIsStripped(t *testing.T) {
	raw := "# Briefing\n\n**MR. KIRBY:** We moved *42* planes to [three bases](http://x.mil/7).\n\n- 5 ships\n"
	res, err := defaultEngine(t).Extract("notes.md", []byte(raw), Options{})
	require.NoError(t, err)
	got := map[string]string{}
	for _, c := range res.Claims {
		got[c.Number] = *c.Speaker
		assert.Equal(t, c.Number, raw[c.Start:c.End])
	}
	assert.Equal(t, map[string]string{"42": "MR. KIRBY", "three": "MR. KIRBY", "5": "MR. KIRBY"}, got)
}

// A transcript saved as .txt by a podcast tool or a note app is Markdown all
// the same: two bold labels, two headings or a table's rule say so, and its
// syntax is stripped as a .md file's is. A plain text keeps its stars.
func TestMarkdownInAPlainTextFileIsSniffed(t *testing.T) {
	cases := []struct {
		name, raw string
		markdown  bool
	}{
		{"bold speaker labels", "**Host (Maya Lindqvist):** Welcome.\n\n**Dr. Tomas Reyes:** Thanks, Maya.\n", true},
		{"headings", "# Executive summary\n\nWe reached 1.2 million children.\n\n## 2. Findings\n", true},
		{"a pipe table's rule", "Enrolment by region:\n\n| Region | Children |\n|---|---:|\n| North | 498,000 |\n", true},
		{"one bold line is emphasis, not a layout", "**Note:** figures are provisional.\n\nMR. KIRBY: We sent 42 planes.\n", false},
		{"a plain transcript", "MR. KIRBY: We sent 42 planes.\n\n* asterisked aside\n\n#1 priority is safety.\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			raw := []byte(c.raw)
			assert.Equal(t, c.markdown, markdownInText(raw, linesOf(lineTable{}, c.raw)))
		})
	}
	res, err := defaultEngine(t).Extract("episode.txt", []byte(cases[0].raw+"\n**Host (Maya Lindqvist):** That is 4,800 people.\n"), Options{})
	require.NoError(t, err)
	require.Len(t, res.Claims, 1)
	assert.Equal(t, "Host (Maya Lindqvist)", *res.Claims[0].Speaker)
}

// A table row is a sentence of its own, shown with a bar before each cell;
// a figure alone in its cell is read against its row and column: a year
// heading is its period and the row's label what it counts, a heading of
// words what it counts. HTML and Markdown tables read alike.
func TestTableRowsAreSentencesReadAgainstRowAndColumn(t *testing.T) {
	years := []string{
		"387 colleges 2014 | | Medical colleges | 387 | 706", "706 colleges 2023 | | Medical colleges | 387 | 706",
		"51,348 seats 2014 | | seats | 51,348 | 1,08,940", "1,08,940 seats 2023 | | seats | 51,348 | 1,08,940",
	}
	for _, tc := range []struct {
		name, raw string
		want      []string
	}{
		{"page.html", "<table><tr><th>Indicator</th><th>2014</th><th>2023</th></tr>\n<tr><td>Medical colleges</td><td>387</td><td>706</td></tr>\n<tr><td>seats</td><td>51,348</td><td>1,08,940</td></tr></table>", years},
		{"notes.md", "| Indicator | 2014 | 2023 |\n|---|---|---|\n| Medical colleges | 387 | 706 |\n| seats | 51,348 | 1,08,940 |\n", years},
		{"years.md", "| Year | Visitors |\n|---|---|\n| 2023 | 1,450,000 |\n",
			[]string{"1,450,000 visitors 2023 | | 2023 | 1,450,000"}},
		{"cases.md", "| Country | Cases | Deaths |\n|---|---|---|\n| Italy | 1,200 | 45 |\n\n| Indicator | 2014 |\n|---|---|\n| Growth | 3.5% |\n",
			[]string{"1,200 cases  | | Italy | 1,200 | 45", "45 deaths  | | Italy | 1,200 | 45", "3.5% percent 2014 | | Growth | 3.5%"}},
		{"board.md", "| Metric | Standard | Mar 2025 |\n|---|---|---|\n| Bed occupancy (%) | 92.0 | 96.1 |\n| Agency spend (£k) | 1,150 | 1,391 |\n| Waiting list (pathways) | - | 60,912 |\n| Population (est) | - | 4,100 |\n",
			[]string{"92.0 percent  | | Bed occupancy (%) | 92.0 | 96.1", "96.1 percent Mar 2025 | | Bed occupancy (%) | 92.0 | 96.1",
				"1,150 GBP  | | Agency spend (£k) | 1,150 | 1,391", "1,391 GBP Mar 2025 | | Agency spend (£k) | 1,150 | 1,391",
				"60,912 pathways Mar 2025 | | Waiting list (pathways) | - | 60,912", "4,100 population Mar 2025 | | Population (est) | - | 4,100"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := defaultEngine(t).Extract(tc.name, []byte(tc.raw), Options{})
			require.NoError(t, err)
			var got []string
			for _, c := range res.Claims {
				got = append(got, c.Number+" "+c.Unit+" "+c.Period+" | "+c.Sentence)
				assert.Equal(t, c.Number, tc.raw[c.Start:c.End])
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// A row's unit of money in thousands ("(£k)") scales its figures.
func TestATableRowsMoneyUnitScalesItsFigures(t *testing.T) {
	res, err := defaultEngine(t).Extract("board.md", []byte("| Metric | Mar 2025 |\n|---|---|\n| Agency spend (£k) | 1,391 |\n| Deficit ($m) | 4.2 |\n"), Options{})
	require.NoError(t, err)
	require.Len(t, res.Claims, 2)
	assert.Equal(t, "money GBP 1.391e+06", fmt.Sprintf("%s %s %g", res.Claims[0].Kind, res.Claims[0].Unit, *res.Claims[0].Value))
	assert.Equal(t, "money USD 4.2e+06", fmt.Sprintf("%s %s %g", res.Claims[1].Kind, res.Claims[1].Unit, *res.Claims[1].Value))
}
