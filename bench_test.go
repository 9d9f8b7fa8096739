package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"testing"

	"github.com/factable/factable/extractor"
	"github.com/factable/factable/output"
	"github.com/factable/factable/rules"
)

// corpusSize is the size of the end-to-end corpus: 4 MB, or
// FACTABLE_BENCH_MB megabytes (bench/run uses 50 and more).
func corpusSize() int {
	if mb, err := strconv.Atoi(os.Getenv("FACTABLE_BENCH_MB")); err == nil && mb > 0 {
		return mb << 20
	}
	return 4 << 20
}

// benchTexts are the bundled texts the benchmark corpora are made of.
var benchTexts = []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"}

// benchCorpus is the testdata texts repeated to about size bytes: a
// transcript-like input for throughput benchmarks.
func benchCorpus(b *testing.B, size int) []byte {
	b.Helper()
	var one []byte
	for _, raw := range readBenchTexts(b) {
		one = append(one, raw...)
		one = append(one, "\n\n"...)
	}
	var buf bytes.Buffer
	for buf.Len() < size {
		buf.Write(one)
	}
	return buf.Bytes()
}

// readBenchTexts reads benchTexts from testdata.
func readBenchTexts(b *testing.B) [][]byte {
	b.Helper()
	var texts [][]byte
	for _, name := range benchTexts {
		raw, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, raw)
	}
	return texts
}

// benchEngine is an engine of the default rules, for benchmarks and tests.
func benchEngine(tb testing.TB) *extractor.Engine {
	rs, err := rules.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return extractor.New(rs)
}

// BenchmarkDigitScanBaseline is the limit the pipeline is measured against:
// a loop that only finds digit runs in the same bytes.
func BenchmarkDigitScanBaseline(b *testing.B) {
	text := benchCorpus(b, corpusSize())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		runs, in := 0, false
		for _, c := range text {
			d := c >= '0' && c <= '9'
			if d && !in {
				runs++
			}
			in = d
		}
		if runs == 0 {
			b.Fatal("no digits")
		}
	}
}

// BenchmarkEndToEndJSON: text in, JSON fact table out, as the CLI does it
// (one core: a single input), with the CLI's collector settings
// (gcDefaults). Reports the regexp2 runs per MB of text, and the runs of
// patterns' translations to Go's regexp (rules.Translations).
func BenchmarkEndToEndJSON(b *testing.B) {
	defer cliGC()()
	text := benchCorpus(b, corpusSize())
	e := benchEngine(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	evals, translated := rules.Evaluations(), rules.Translations()
	b.ResetTimer()
	claims := 0
	for range b.N {
		res, err := e.Extract("corpus.txt", text, extractor.Options{})
		if err != nil {
			b.Fatal(err)
		}
		w := output.BeginJSON(io.Discard, output.Header{})
		writeResult(b, e, w, res)
		if err := w.End(); err != nil {
			b.Fatal(err)
		}
		claims = res.Source.Claims
	}
	b.StopTimer()
	mb := float64(len(text)) / 1e6
	b.ReportMetric(float64(rules.Evaluations()-evals)/float64(b.N)/mb, "evals/MB")
	b.ReportMetric(float64(rules.Translations()-translated)/float64(b.N)/mb, "goruns/MB")
	b.ReportMetric(float64(claims)/mb, "claims/MB")
}

// BenchmarkEndToEndFilesJSON: the same corpus as separate documents (the
// bundled texts), into one JSON table, as the CLI reads a folder of
// transcripts on one core: in its batches (extractEach), from memory. A
// document's fixed costs (its roster and speakers, its first allocations)
// count here as on real corpora; BenchmarkEndToEndJSON spreads them over
// one long input.
func BenchmarkEndToEndFilesJSON(b *testing.B) {
	defer cliGC()()
	texts, size := readBenchTexts(b), 0
	for _, t := range texts {
		size += len(t)
	}
	var docs []extractor.Input
	for range max(1, corpusSize()/size) {
		for i, t := range texts {
			docs = append(docs, extractor.Input{Source: benchTexts[i], Raw: t})
		}
	}
	docSize := func(i int) int64 { return int64(len(docs[i].Raw)) }
	e := benchEngine(b)
	b.SetBytes(int64(len(docs) / len(texts) * size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		w := output.BeginJSON(io.Discard, output.Header{})
		for from := 0; from < len(docs); {
			to := batchEnd(len(docs), from, filesPerBatch(len(docs)-from, 1), docSize)
			for _, o := range e.ExtractBatch(docs[from:to], extractor.Options{}) {
				if o.Err != nil {
					b.Fatal(o.Err)
				}
				writeResult(b, e, w, o.Result)
			}
			from = to
		}
		if err := w.End(); err != nil {
			b.Fatal(err)
		}
	}
}

// writeResult writes one file's claims and source and recycles them, as
// the CLI does.
func writeResult(b *testing.B, e *extractor.Engine, w output.Writer, res *extractor.Result) {
	for i := range res.Claims {
		if err := w.Claim(&res.Claims[i]); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Source(res.Source); err != nil {
		b.Fatal(err)
	}
	e.Recycle(res)
}

// cliGC sets the collector as the CLI runs it (gcDefaults) and returns
// what restores the test binary's settings.
func cliGC() (restore func()) {
	percent := debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	limit := debug.SetMemoryLimit(-1) // a negative limit only reads it
	gcDefaults()
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// BenchmarkJSON: the JSON writer alone, on the claims of a 4 MB corpus.
func BenchmarkJSON(b *testing.B) {
	text := benchCorpus(b, 4<<20)
	res, err := benchEngine(b).Extract("corpus.txt", text, extractor.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		t := &output.Table{Sources: []extractor.Source{res.Source}, Claims: res.Claims}
		if err := output.WriteJSON(io.Discard, t); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(res.Claims)), "claims/op")
}

// BenchmarkExtract: text in, claims out (no writer).
func BenchmarkExtract(b *testing.B) {
	text := benchCorpus(b, corpusSize())
	e := benchEngine(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := e.Extract("corpus.txt", text, extractor.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkXLSX: the workbook writer on the claims of a 1 MB corpus
// (bytes/s are of that text).
func BenchmarkXLSX(b *testing.B) {
	text := benchCorpus(b, 1<<20)
	res, err := benchEngine(b).Extract("corpus.txt", text, extractor.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	t := &output.Table{Sources: []extractor.Source{res.Source}, Claims: res.Claims}
	dir := b.TempDir()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := output.WriteXLSX(filepath.Join(dir, "f.xlsx"), t, output.Options{Force: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(res.Claims)), "claims/op")
}

// BenchmarkStartup: loading the default rules and building the engine, the
// fixed cost of every run before the first byte is read. It bounds how
// well many small runs and two cores scale.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		benchEngine(b)
	}
}
