package output

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/factable/factable/extractor"
)

// Sheet names. Claims and Removed continue on "Claims (2)", "Removed (2)"…
// when they outgrow a worksheet.
const (
	sheetClaims   = "Claims"
	sheetRemoved  = "Removed"
	sheetSpeakers = "Speakers"
	sheetTopics   = "Topics"
	sheetSources  = "Sources"
	sheetAbout    = "About"
)

// maxRowsPerSheet is how many claims fit on one sheet under the header row
// (Excel's limit is 1,048,576 rows). A variable so tests can exercise the
// overflow onto "Claims (2)" without writing a million rows.
var maxRowsPerSheet = excelize.TotalRows - 1

// chartSpeakers caps the bar chart: beyond that the bars are unreadable and
// the table next to it says it better.
const chartSpeakers = 15

// WriteXLSX writes the table as a review workbook (sheets Claims, Removed,
// Speakers, Topics, Sources, About; see README).
//
// Unless opt.Force is set, an existing workbook at path is merged: its
// review columns (Status, Checked by, Evidence, Notes) are carried over by
// claim ID, and its claims that are missing from t move to the Removed
// sheet with their review. A file that cannot be read as a factable
// workbook is an error and is left alone. The file is replaced atomically.
func WriteXLSX(path string, t *Table, opt Options) error {
	if t == nil {
		return errors.New("output: nil table")
	}
	w, err := beginXLSX(path, Header{Meta: t.Meta}, opt)
	if err != nil {
		return err
	}
	return writeAll(w, t)
}

// xlsxWriter streams claims onto the Claims sheets as they come (excelize's
// stream writer spills rows past 16 MB to temporary files) and keeps only
// the summaries: counts per speaker, topic and source, and the IDs written
// when an old workbook's removed claims have to be found.
type xlsxWriter struct {
	path, target string
	prev         previous
	b            *workbook
}

func beginXLSX(path string, h Header, opt Options) (*xlsxWriter, error) {
	target, err := resolveTarget(path)
	if err != nil {
		return nil, err
	}
	var prev previous
	if !opt.Force {
		if prev, err = readPrevious(target); err != nil {
			return nil, err
		}
	}
	b, err := newWorkbook(h.Meta, prev)
	if err != nil {
		return nil, fmt.Errorf("output: %s: %w", path, err)
	}
	return &xlsxWriter{path: path, target: target, prev: prev, b: b}, nil
}

func (w *xlsxWriter) Claim(c *extractor.Claim) error {
	if err := checkFinite(c); err != nil {
		w.Abort()
		return fmt.Errorf("output: %s: %w", w.path, err)
	}
	if err := w.b.claim(c); err != nil {
		w.Abort()
		return fmt.Errorf("output: %s: %w", w.path, err)
	}
	return nil
}

func (w *xlsxWriter) Mention(*extractor.Mention) error { return nil }

func (w *xlsxWriter) Source(s extractor.Source) error {
	w.b.sources = append(w.b.sources, s)
	return nil
}

func (w *xlsxWriter) End() error {
	defer w.Abort()
	f, err := w.b.finish()
	if err != nil {
		return fmt.Errorf("output: %s: %w", w.path, err)
	}
	return writeAtomic(w.target, func(out io.Writer) error {
		_, err := f.WriteTo(out)
		return err
	})
}

// Abort drops the workbook; Close removes the stream writer's spill files
// from the temp dir.
func (w *xlsxWriter) Abort() {
	if w.b != nil && w.b.f != nil {
		_ = w.b.f.Close()
		w.b.f = nil
	}
}

// buildWorkbook lays out the whole workbook of a table.
func buildWorkbook(t *Table, prev previous) (*excelize.File, error) {
	b, err := newWorkbook(t.Meta, prev)
	if err != nil {
		return nil, err
	}
	for i := range t.Claims {
		if err := b.claim(&t.Claims[i]); err != nil {
			_ = b.f.Close()
			return nil, err
		}
	}
	b.sources = t.Sources
	return b.finish()
}

// widthSample is how many rows are held back to fit the column widths,
// which the stream writer needs before the first row.
const widthSample = 10000

// workbook is a review workbook being written.
type workbook struct {
	meta    Meta
	prev    previous
	f       *excelize.File
	st      *styles
	sw      *excelize.StreamWriter
	sheet   string // the Claims sheet being written
	sheets  int    // Claims sheets begun
	rows    int    // rows on the current sheet
	pending []row  // the first rows, until the widths are fitted
	widths  []float64
	claims  int
	written map[string]bool // IDs of the claims written, when an old workbook is merged
	sum     summary
	sources []extractor.Source
}

func newWorkbook(m Meta, prev previous) (*workbook, error) {
	f := excelize.NewFile()
	st, err := newStyles(f)
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	b := &workbook{meta: m, prev: prev, f: f, st: st, sum: newSummary()}
	if prev.path != "" {
		b.written = map[string]bool{}
	}
	return b, nil
}

func (b *workbook) claim(c *extractor.Claim) error {
	r := claimRow(c)
	if rv, found := b.prev.reviews[r.ID]; found && r.ID != "" {
		r.review = rv
	}
	if b.written != nil {
		b.written[c.ID] = true
	}
	b.claims++
	b.sum.add(c)
	if b.widths == nil {
		b.pending = append(b.pending, r)
		if len(b.pending) < widthSample {
			return nil
		}
		return b.flushPending()
	}
	return b.row(&r)
}

func (b *workbook) flushPending() error {
	b.widths = fitClaimColumns(len(b.pending), func(i int) row { return b.pending[i] })
	for i := range b.pending {
		if err := b.row(&b.pending[i]); err != nil {
			return err
		}
	}
	b.pending = nil
	return nil
}

// row writes one claim row, beginning the next Claims sheet when the
// current one is full.
func (b *workbook) row(r *row) error {
	if b.sw == nil || b.rows == maxRowsPerSheet {
		if err := b.nextSheet(); err != nil {
			return err
		}
	}
	b.rows++
	cells := make([]any, numColumns)
	fillCells(cells, r, b.st)
	return b.sw.SetRow("A"+strconv.Itoa(b.rows+1), cells)
}

// nextSheet ends the current Claims sheet and begins the next. Sheets are
// only ever added after the ones written: an autofilter refers to its
// sheet by position, which must not move.
func (b *workbook) nextSheet() error {
	if err := b.endSheet(); err != nil {
		return err
	}
	b.sheets++
	b.sheet = sheetClaims
	if b.sheets == 1 {
		if err := b.f.SetSheetName("Sheet1", b.sheet); err != nil {
			return err
		}
	} else {
		b.sheet = fmt.Sprintf("%s (%d)", sheetClaims, b.sheets)
		if _, err := b.f.NewSheet(b.sheet); err != nil {
			return err
		}
	}
	sw, err := beginClaimSheet(b.f, b.st, b.sheet, b.widths)
	b.sw, b.rows = sw, 0
	return err
}

func (b *workbook) endSheet() error {
	if b.sw == nil {
		return nil
	}
	sw := b.sw
	b.sw = nil
	if err := endClaimSheet(b.f, b.sheet, sw, b.rows); err != nil {
		return fmt.Errorf("sheet %s: %w", b.sheet, err)
	}
	return nil
}

// finish writes what is held back and the summary sheets.
func (b *workbook) finish() (*excelize.File, error) {
	f := b.f
	fail := func(err error) (*excelize.File, error) {
		_ = f.Close()
		b.f = nil
		return nil, err
	}
	if b.widths == nil {
		if err := b.flushPending(); err != nil {
			return fail(err)
		}
	}
	if b.sw == nil && b.sheets == 0 { // an empty table still has its header
		if err := b.nextSheet(); err != nil {
			return fail(err)
		}
	}
	if err := b.endSheet(); err != nil {
		return fail(err)
	}
	removed, err := b.prev.removedRows(func(id string) bool { return b.written[id] })
	if err != nil {
		return fail(err)
	}
	var removedSheets []string
	if len(removed) > 0 {
		removedSheets = sheetNames(sheetRemoved, len(removed))
	}
	for _, name := range append(removedSheets, sheetSpeakers, sheetTopics, sheetSources, sheetAbout) {
		if _, err := f.NewSheet(name); err != nil {
			return fail(err)
		}
	}
	if err := writeClaimSheets(f, b.st, removedSheets, len(removed), func(i int) row { return removed[i] }); err != nil {
		return fail(err)
	}
	if err := writeSpeakers(f, b.st, &b.sum); err != nil {
		return fail(err)
	}
	if err := writeTopics(f, b.st, &b.sum); err != nil {
		return fail(err)
	}
	if err := writeSources(f, b.st, b.meta, b.sources, &b.sum); err != nil {
		return fail(err)
	}
	if err := writeAbout(f, b.st, b.meta, b.claims, len(b.sources)); err != nil {
		return fail(err)
	}
	// The first sheet is the active one from NewFile on; SetActiveSheet(0)
	// would read every worksheet back, the streamed Claims sheets whole.
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator:  b.meta.toolName(),
		Title:    "Fact table",
		Category: "factable fact table",
		Version:  b.meta.Version,
	}); err != nil {
		return fail(err)
	}
	return f, nil
}

// sheetNames names the sheets n rows need: base, "base (2)", ...; always
// at least one, so an empty table still has its header.
func sheetNames(base string, n int) []string {
	count := max(1, (n+maxRowsPerSheet-1)/maxRowsPerSheet)
	names := make([]string, count)
	names[0] = base
	for i := 1; i < count; i++ {
		names[i] = fmt.Sprintf("%s (%d)", base, i+1)
	}
	return names
}

// styles are created once per workbook and referred to by ID.
type styles struct {
	// boldRun is the font of the highlighted number in a sentence. A rich
	// text run with its own font does not inherit the cell's, so it names
	// the workbook's font in full; a bare Bold renders in a fallback serif.
	boldRun *excelize.Font

	header, headerReview int
	text, wrap, bold     int
	line                 int
	intNum, decNum       int
	intPct, decPct       int
	date                 int
}

func newStyles(f *excelize.File) (*styles, error) {
	family, err := f.GetDefaultFont()
	if err != nil {
		return nil, err
	}
	bold := &excelize.Font{Bold: true, Family: family, Size: 11}
	top := &excelize.Alignment{Vertical: "top"}
	headerStyle := func(color string) *excelize.Style {
		return &excelize.Style{
			Font:      bold,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
			Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
			Alignment: top,
		}
	}
	num := func(format string) *excelize.Style {
		return &excelize.Style{CustomNumFmt: &format, Alignment: top}
	}
	st := styles{boldRun: bold}
	for _, s := range []struct {
		id    *int
		style *excelize.Style
	}{
		{&st.header, headerStyle("DDE4EE")},
		// Review columns are the reviewers' to fill in: a warmer header.
		{&st.headerReview, headerStyle("FFF2CC")},
		{&st.text, &excelize.Style{Alignment: top}},
		{&st.wrap, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.bold, &excelize.Style{Font: bold, Alignment: top}},
		{&st.line, num("0")},
		// Whole numbers get no decimal point; Excel's "#,##0.##" would
		// show 1,000 as "1,000." — hence two formats chosen per cell.
		{&st.intNum, num("#,##0")},
		{&st.decNum, num("#,##0.0#########")},
		{&st.intPct, num("0%")},
		{&st.decPct, num("0.0####%")},
		{&st.date, num("yyyy-mm-dd hh:mm:ss")},
	} {
		id, err := f.NewStyle(s.style)
		if err != nil {
			return nil, err
		}
		*s.id = id
	}
	return &st, nil
}

// valueStyle picks the number format of a Value cell.
func (st *styles) valueStyle(v float64, percent bool) int {
	if percent {
		if isWhole(v * 100) {
			return st.intPct
		}
		return st.decPct
	}
	if isWhole(v) {
		return st.intNum
	}
	return st.decNum
}

// isWhole tolerates the last-bit error of v/100*100.
func isWhole(v float64) bool {
	return math.Abs(v-math.Round(v)) <= 1e-9*math.Max(1, math.Abs(v))
}

// writeClaimSheets writes n rows, fetched by index, onto the given sheets,
// maxRowsPerSheet at a time.
func writeClaimSheets(f *excelize.File, st *styles, sheets []string, n int, at func(int) row) error {
	if len(sheets) == 0 {
		return nil
	}
	widths := fitClaimColumns(n, at)
	for s, name := range sheets {
		lo := s * maxRowsPerSheet
		hi := min(n, lo+maxRowsPerSheet)
		if err := writeClaimSheet(f, st, name, widths, lo, hi, at); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	return nil
}

// writeClaimSheet streams rows lo..hi-1 onto one sheet.
func writeClaimSheet(f *excelize.File, st *styles, sheet string, widths []float64, lo, hi int, at func(int) row) error {
	sw, err := beginClaimSheet(f, st, sheet, widths)
	if err != nil {
		return err
	}
	cells := make([]any, numColumns)
	for i := lo; i < hi; i++ {
		r := at(i)
		fillCells(cells, &r, st)
		if err := sw.SetRow("A"+strconv.Itoa(i-lo+2), cells); err != nil {
			return err
		}
	}
	return endClaimSheet(f, sheet, sw, hi-lo)
}

// beginClaimSheet starts the stream writer of a Claims-like sheet. Column
// widths, the frozen header, the autofilter and the Status drop-down have
// to be set up around the stream writer: widths and panes before the first
// row, the others before Flush, which is when the sheet's XML is closed.
func beginClaimSheet(f *excelize.File, st *styles, sheet string, widths []float64) (*excelize.StreamWriter, error) {
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	for col, w := range widths {
		if err := sw.SetColWidth(col+1, col+1, w); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(frozenHeader()); err != nil {
		return nil, err
	}
	header := make([]any, numColumns)
	for col, c := range columns {
		style := st.header
		if col >= firstReviewCol {
			style = st.headerReview
		}
		header[col] = excelize.Cell{StyleID: style, Value: c.header}
	}
	return sw, sw.SetRow("A1", header)
}

// endClaimSheet adds the autofilter and the drop-down over the rows
// written, and closes the sheet.
func endClaimSheet(f *excelize.File, sheet string, sw *excelize.StreamWriter, rows int) error {
	lastRow := rows + 1
	lastCol, _ := excelize.ColumnNumberToName(numColumns)
	if err := f.AutoFilter(sheet, "A1:"+lastCol+strconv.Itoa(lastRow), nil); err != nil {
		return err
	}
	status, _ := excelize.ColumnNumberToName(colStatus + 1)
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(fmt.Sprintf("%s2:%s%d", status, status, max(lastRow, 2)))
	names := make([]string, len(statuses))
	for i, s := range statuses {
		names[i] = s.name
	}
	if err := dv.SetDropList(names); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "Status", "Pick a status from the list.")
	if err := f.AddDataValidation(sheet, dv); err != nil {
		return err
	}
	return sw.Flush()
}

// fillCells lays out one row for the stream writer. Text always goes in as
// a string value, which the stream writer stores as an inline string: a
// sentence beginning with "=" stays text and is never a formula.
func fillCells(cells []any, r *row, st *styles) {
	for col := range cells {
		var v any
		if s := r.text(col); s != "" {
			v = s
		}
		cells[col] = excelize.Cell{StyleID: st.text, Value: v}
	}
	if r.Line > 0 {
		cells[colLine] = excelize.Cell{StyleID: st.line, Value: r.Line}
	}
	if r.Value != nil {
		cells[colValue] = excelize.Cell{
			StyleID: st.valueStyle(*r.Value, r.Kind == extractor.KindPercent),
			Value:   *r.Value,
		}
	}
	cells[colSentence] = excelize.Cell{StyleID: st.wrap, Value: sentenceValue(r, st.boldRun)}
	for col := firstReviewCol; col < numColumns; col++ {
		c := cells[col].(excelize.Cell)
		c.StyleID = st.wrap
		cells[col] = c
	}
}

// sentenceValue is the sentence as rich text with the claim's number in
// bold, or plain text when the number cannot be found (or the sentence is
// too long for a rich-text cell, which excelize refuses rather than trims).
func sentenceValue(r *row, bold *excelize.Font) any {
	s := r.Sentence
	if s == "" {
		return nil
	}
	i := findNumber(s, r.Number, -1, -1)
	if i < 0 || len(s) > excelize.TotalCellChars {
		return s
	}
	j := i + len(r.Number)
	runs := make([]excelize.RichTextRun, 0, 3)
	if i > 0 {
		runs = append(runs, excelize.RichTextRun{Text: s[:i]})
	}
	runs = append(runs, excelize.RichTextRun{Text: s[i:j], Font: bold})
	if j < len(s) {
		runs = append(runs, excelize.RichTextRun{Text: s[j:]})
	}
	return runs
}

// fitClaimColumns sizes each column to its longest cell within the
// column's bounds; the sentence column is capped and wraps instead.
func fitClaimColumns(n int, at func(int) row) []float64 {
	longest := make([]int, numColumns)
	for col, c := range columns {
		longest[col] = displayWidth(c.header)
	}
	for i := range n {
		r := at(i)
		for col := range numColumns {
			w := displayWidth(r.text(col))
			switch col {
			case colLine:
				w = len(strconv.Itoa(r.Line))
			case colValue:
				if r.Value != nil {
					w = numberWidth(*r.Value, r.Kind == extractor.KindPercent)
				}
			}
			longest[col] = max(longest[col], w)
		}
	}
	widths := make([]float64, numColumns)
	for col, c := range columns {
		// +2: padding, and room for the autofilter's drop-down arrow.
		widths[col] = min(max(float64(longest[col]+2), c.minWidth), c.maxWidth)
	}
	return widths
}

// numberWidth estimates the characters of a formatted Value cell.
func numberWidth(v float64, percent bool) int {
	if percent {
		v *= 100
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole := len(s)
	for i, ch := range s {
		if ch == '.' {
			whole = i
			break
		}
	}
	w := len(s) + (whole-1)/3 // thousands separators
	if v < 0 {
		w++
	}
	if percent {
		w++
	}
	return w
}

func frozenHeader() *excelize.Panes {
	return &excelize.Panes{
		Freeze:      true,
		YSplit:      1,
		TopLeftCell: "A2",
		ActivePane:  "bottomLeft",
		Selection:   []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}
}

// knownKinds is the column order of per-kind counts (CLAIMS.md §1.1).
var knownKinds = []string{
	extractor.KindCount, extractor.KindPercent, extractor.KindMoney, extractor.KindMeasure,
	extractor.KindDuration, extractor.KindRank, extractor.KindFraction, extractor.KindMultiple,
}

const noSpeaker, noTopic = "(no speaker)", "(no topic)"

// summary counts the claims per speaker (and kind), topic and source, as
// they are written.
type summary struct {
	kinds     []string
	bySpeaker map[string]*tally
	topics    map[string]int
	perSource map[string]int
}

type tally struct {
	name, role string
	total      int
	kinds      map[string]int
}

func newSummary() summary {
	return summary{kinds: slices.Clone(knownKinds), bySpeaker: map[string]*tally{}, topics: map[string]int{}, perSource: map[string]int{}}
}

func (sum *summary) add(c *extractor.Claim) {
	name := noSpeaker
	if c.Speaker != nil && *c.Speaker != "" {
		name = *c.Speaker
	}
	s := sum.bySpeaker[name]
	if s == nil {
		s = &tally{name: name, kinds: map[string]int{}}
		sum.bySpeaker[name] = s
	}
	if s.role == "" {
		s.role = c.SpeakerRole
	}
	s.total++
	s.kinds[c.Kind]++
	if !slices.Contains(sum.kinds, c.Kind) {
		sum.kinds = append(sum.kinds, c.Kind)
	}
	topic := c.Topic
	if topic == "" {
		topic = noTopic
	}
	sum.topics[topic]++
	sum.perSource[c.Source]++
}

// writeSpeakers tallies claims per speaker and kind, most prolific first,
// with a bar chart of the top speakers beside the table.
func writeSpeakers(f *excelize.File, st *styles, sum *summary) error {
	kinds, bySpeaker := sum.kinds, sum.bySpeaker
	tallies := make([]*tally, 0, len(bySpeaker))
	for _, s := range bySpeaker {
		tallies = append(tallies, s)
	}
	slices.SortFunc(tallies, func(a, b *tally) int {
		return cmp.Or(cmp.Compare(b.total, a.total), cmp.Compare(a.name, b.name))
	})

	header := append([]string{"Speaker", "Role", "Claims"}, kinds...)
	rows := make([][]any, len(tallies))
	for i, s := range tallies {
		r := []any{s.name, s.role, s.total}
		for _, k := range kinds {
			r = append(r, s.kinds[k])
		}
		rows[i] = r
	}
	if err := writeSheet(f, st, sheetSpeakers, header, rows, nil); err != nil {
		return err
	}
	if len(tallies) == 0 {
		return nil
	}
	n := min(len(tallies), chartSpeakers)
	chartCol, _ := excelize.ColumnNumberToName(len(header) + 2)
	title := "Claims per speaker"
	if n < len(tallies) {
		title = fmt.Sprintf("Claims per speaker (top %d)", n)
	}
	return f.AddChart(sheetSpeakers, chartCol+"2", &excelize.Chart{
		Type: excelize.Bar,
		Series: []excelize.ChartSeries{{
			Name:       sheetSpeakers + "!$C$1",
			Categories: fmt.Sprintf("%s!$A$2:$A$%d", sheetSpeakers, n+1),
			Values:     fmt.Sprintf("%s!$C$2:$C$%d", sheetSpeakers, n+1),
		}},
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:     excelize.ChartLegend{Position: "none"},
		VaryColors: new(bool), // one series, one colour
		Dimension:  excelize.ChartDimension{Width: 560, Height: uint(120 + 24*n)},
		// A bar chart draws its first category at the bottom; reversed,
		// the order matches the table.
		XAxis: excelize.ChartAxis{ReverseOrder: true},
		YAxis: excelize.ChartAxis{MajorGridLines: true},
	})
}

// writeTopics tallies claims per topic, most frequent first.
func writeTopics(f *excelize.File, st *styles, sum *summary) error {
	counts := sum.topics
	topics := make([]string, 0, len(counts))
	for t := range counts {
		topics = append(topics, t)
	}
	slices.SortFunc(topics, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b))
	})
	rows := make([][]any, len(topics))
	for i, t := range topics {
		rows[i] = []any{t, counts[t]}
	}
	return writeSheet(f, st, sheetTopics, []string{"Topic", "Claims"}, rows, nil)
}

// writeSources lists the inputs. Claims are counted from the rows
// written rather than taken from Source.Claims, so the sheet agrees with
// the Claims sheet.
func writeSources(f *excelize.File, st *styles, m Meta, sources []extractor.Source, sum *summary) error {
	var extracted any
	if !m.ExtractedAt.IsZero() {
		// Spreadsheet dates have no zone: UTC, as the header says.
		extracted = m.ExtractedAt.UTC()
	}
	rows := make([][]any, len(sources))
	for i, s := range sources {
		rows[i] = []any{s.File, s.SHA256, s.Lines, sum.perSource[s.File], extracted}
	}
	header := []string{"File", "SHA-256", "Lines", "Claims", "Extracted at (UTC)"}
	return writeSheet(f, st, sheetSources, header, rows, map[int]int{4: st.date})
}

// writeSheet writes a small summary sheet: bold frozen header, autofilter,
// fitted widths. Strings go through SetSheetRow, which stores them as
// strings (never formulas). colStyles gives a number format to a column.
func writeSheet(f *excelize.File, st *styles, sheet string, header []string, rows [][]any, colStyles map[int]int) error {
	widths := make([]int, len(header))
	hdr := make([]any, len(header))
	for i, h := range header {
		hdr[i] = h
		widths[i] = displayWidth(h)
	}
	if err := f.SetSheetRow(sheet, "A1", &hdr); err != nil {
		return err
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			return err
		}
		for col, v := range r {
			w := 19 // a date
			switch v := v.(type) {
			case nil:
				w = 0
			case string:
				w = displayWidth(v)
			case int:
				w = len(strconv.Itoa(v))
			}
			widths[col] = max(widths[col], w)
		}
	}
	lastCol, _ := excelize.ColumnNumberToName(len(header))
	last := len(rows) + 1
	if err := f.SetCellStyle(sheet, "A1", lastCol+"1", st.header); err != nil {
		return err
	}
	for col, style := range colStyles {
		name, _ := excelize.ColumnNumberToName(col + 1)
		if err := f.SetCellStyle(sheet, name+"2", name+strconv.Itoa(max(last, 2)), style); err != nil {
			return err
		}
	}
	for col, w := range widths {
		name, _ := excelize.ColumnNumberToName(col + 1)
		if err := f.SetColWidth(sheet, name, name, min(float64(w+3), 70)); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, frozenHeader()); err != nil {
		return err
	}
	return f.AutoFilter(sheet, "A1:"+lastCol+strconv.Itoa(last), nil)
}

// writeAbout documents the workbook inside itself, for whoever receives
// the file without the tool.
func writeAbout(f *excelize.File, st *styles, m Meta, claims, sources int) error {
	tool := m.toolName()
	if m.Version != "" {
		tool += " " + m.Version
	}
	extracted := ""
	if !m.ExtractedAt.IsZero() {
		extracted = m.ExtractedAt.UTC().Format(time.RFC3339)
	}
	var lines [][2]string
	add := func(k, v string) { lines = append(lines, [2]string{k, v}) }
	add("Generated by", tool)
	add("Rules digest", m.RulesDigest)
	add("Extracted at (UTC)", extracted)
	add("Claims", strconv.Itoa(claims))
	add("Sources", strconv.Itoa(sources))
	add("", "")
	add("Sheet", "Contents")
	add(sheetClaims, "One row per claim; continues on \"Claims (2)\"… past 1,048,575 claims.")
	add(sheetRemoved, "Claims of an earlier version of this workbook that the latest run no longer found, with their review. Present only when there are any.")
	add(sheetSpeakers, "Claims per speaker and kind.")
	add(sheetTopics, "Claims per topic.")
	add(sheetSources, "The inputs, with their SHA-256 and line counts.")
	add("", "")
	add("Column", "Meaning")
	for _, c := range columns {
		add(c.header, c.about)
	}
	add("", "")
	add("Status", "Meaning")
	for _, s := range statuses {
		add(s.name, s.about)
	}
	add("", "")
	add("Regenerating", "Writing this workbook again keeps Status, Checked by, Evidence and Notes of every claim, matched by ID; "+
		"other edits are not kept. Claims no longer found move to the Removed sheet.")

	for i, l := range lines {
		a, _ := excelize.CoordinatesToCellName(1, i+1)
		b, _ := excelize.CoordinatesToCellName(2, i+1)
		if err := f.SetCellStr(sheetAbout, a, l[0]); err != nil {
			return err
		}
		if err := f.SetCellStr(sheetAbout, b, l[1]); err != nil {
			return err
		}
		keyStyle, valStyle := st.bold, st.wrap
		if l[1] == "Contents" || l[1] == "Meaning" {
			keyStyle, valStyle = st.header, st.header
		}
		if err := f.SetCellStyle(sheetAbout, a, a, keyStyle); err != nil {
			return err
		}
		if err := f.SetCellStyle(sheetAbout, b, b, valStyle); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(sheetAbout, "A", "A", 22); err != nil {
		return err
	}
	return f.SetColWidth(sheetAbout, "B", "B", 100)
}
