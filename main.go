// Command factable finds the statistical claims in transcripts and writes
// them as a fact table: JSON, JSON Lines, CSV or an Excel workbook.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/factable/factable/extractor"
	"github.com/factable/factable/output"
	"github.com/factable/factable/rules"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

const usage = `factable finds statistical claims in transcripts and writes a fact table.

Usage:
  factable extract [--rules FILE]... [--all] [--force] [--quiet] [-o OUT]... [FILE|DIR|-]...
  factable eval --gold DIR [--texts DIR] [--rules FILE]... [--verbose] [FACTS.json]...
  factable version
  factable help

Run 'factable extract --help' for the options and examples.
`

const extractUsage = `Usage: factable extract [options] [FILE|DIR|-]...

Reads each FILE (a folder: its .txt, .md, .html and .htm files, recursively,
in name order; '-' or nothing: standard input) and writes every statistical
claim it finds, with number, value, kind, unit, hedge, speaker, topic and
sentence.

Options:
  -o, --output OUT   write to OUT; the extension picks the format:
                     .json (the fact table), .jsonl (a claim a line),
                     .csv (Excel-ready, UTF-8 with BOM), .xlsx (workbook).
                     Repeat -o to write several formats from one run.
                     Without -o the JSON fact table goes to standard output.
  --rules FILE       merge a rule file (YAML) over the built-in rules;
                     repeatable. A bad rule stops the run with file:line.
  --all              also list every number that is not a claim, with the
                     reason (year, date, time, name, ...) and the rule.
  --force            replace an existing workbook instead of merging.
  -q, --quiet        no progress line (shown on a terminal during long
                     runs: files done, MB/s, claims) and no "no claims
                     found" notes; warnings and errors are still printed.

Re-running onto an existing .xlsx keeps the reviewers' work: Status,
Checked by, Evidence and Notes are carried over by claim id, and claims
that are gone move to a "Removed" sheet. --force replaces the workbook.
Every output is written to a temporary file and renamed into place, so a
failed run leaves the old file as it was. An input is never overwritten.

Examples:
  factable extract testdata/diplomacy-press-conference-2022-09-29.txt
  factable extract transcripts/ -o facts.xlsx -o facts.json
  cat briefing.txt | factable extract --all - -o facts.json
  factable extract --rules newsroom.yaml briefing.txt -o facts.csv

Exit status: 0 success, 1 failure, 2 usage error.
`

func main() {
	gcDefaults()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// gcDefaults makes the collector run less often than Go's default: a run
// allocates much and keeps little (the batches in flight and their
// claims), so at GOGC=100 collection costs some 5% of the work, and on two
// cores more. Above 200 it saves no more time, and the heap a batch of
// 2 MB keeps live, five times over at 400, costs page faults. A soft limit
// of 1 GiB bounds the heap a single large file grows.
// GOGC and GOMEMLIMIT in the environment still rule.
func gcDefaults() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "extract":
		return runExtract(args[1:], stdin, stdout, stderr)
	case "eval":
		return runEval(args[1:], stdout, stderr)
	case "version", "--version", "-v":
		fmt.Fprintf(stdout, "factable %s\n", version)
		return 0
	case "help", "--help", "-h":
		if len(args) > 1 && args[1] == "extract" {
			fmt.Fprint(stdout, extractUsage)
		} else {
			fmt.Fprint(stdout, usage)
		}
		return 0
	}
	fmt.Fprintf(stderr, "factable: unknown command %q\n\n%s", args[0], usage)
	return 2
}

type extractArgs struct {
	outputs []string
	rules   []string
	inputs  []string
	all     bool
	force   bool
	quiet   bool
}

// parseExtract reads flags and inputs in any order, as people type them
// ("extract file.txt -o facts.xlsx").
func parseExtract(args []string) (*extractArgs, error) {
	a := &extractArgs{}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		value := func() (string, error) {
			if k := strings.IndexByte(arg, '='); k > 0 && strings.HasPrefix(arg, "--") {
				return arg[k+1:], nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s needs a value", arg)
			}
			i++
			return args[i], nil
		}
		name := arg
		if k := strings.IndexByte(arg, '='); k > 0 && strings.HasPrefix(arg, "--") {
			name = arg[:k]
		}
		switch name {
		case "-o", "--output", "-output":
			v, err := value()
			if err != nil {
				return nil, err
			}
			a.outputs = append(a.outputs, v)
		case "--rules", "-rules":
			v, err := value()
			if err != nil {
				return nil, err
			}
			a.rules = append(a.rules, v)
		case "--all", "-all":
			a.all = true
		case "--force", "-force", "-f":
			a.force = true
		case "--quiet", "-quiet", "-q":
			a.quiet = true
		case "--":
			a.inputs = append(a.inputs, args[i+1:]...)
			i = len(args)
		default:
			if strings.HasPrefix(arg, "-") && arg != "-" {
				return nil, fmt.Errorf("unknown option %s", arg)
			}
			a.inputs = append(a.inputs, arg)
		}
	}
	if len(a.inputs) == 0 {
		a.inputs = []string{"-"}
	}
	return a, nil
}

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	for _, a := range args {
		if a == "-h" || a == "--help" {
			fmt.Fprint(stdout, extractUsage)
			return 0
		}
	}
	a, err := parseExtract(args)
	if err != nil {
		fmt.Fprintf(stderr, "factable extract: %v\n\n%s", err, extractUsage)
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "factable: %v\n", err)
		return 1
	}
	for _, o := range a.outputs {
		if !supported(o) {
			return fail(fmt.Errorf("%s: unsupported output format %q (supported: %s)", o, filepath.Ext(o), strings.Join(output.Formats(), ", ")))
		}
	}
	rs, err := rules.Start(a.rules...) // extractor.New waits for its patterns
	if err != nil {
		return fail(err)
	}
	// The engine is built while the inputs are listed and the outputs
	// checked: on two cores that serial stretch before the first file is
	// shorter.
	engine := make(chan *extractor.Engine, 1)
	go func() { engine <- extractor.New(rs) }()
	files, err := expandInputs(a.inputs)
	if err != nil {
		return fail(err)
	}
	if err := checkOutputsAreNotInputs(a.outputs, files); err != nil {
		return fail(err)
	}
	if err := checkOutputs(a.outputs); err != nil {
		return fail(err)
	}
	eng := <-engine
	h := output.Header{Meta: output.Meta{Name: "factable", Version: version, RulesDigest: rs.Digest}, WithMentions: a.all}
	var writers []output.Writer
	abort := func() {
		for _, w := range writers {
			w.Abort()
		}
	}
	if len(a.outputs) == 0 {
		writers = append(writers, output.BeginJSON(stdout, h))
	}
	// A workbook goes first: it is the one output that can be refused for
	// what is already there (a file factable did not write), and then no
	// other output has been begun or replaced yet.
	outs := slices.Clone(a.outputs)
	slices.SortStableFunc(outs, func(x, y string) int {
		return cmp.Compare(b2i(!isXLSX(x)), b2i(!isXLSX(y)))
	})
	for _, o := range outs {
		w, err := output.Begin(o, h, output.Options{Force: a.force})
		if err != nil {
			abort()
			return fail(err)
		}
		writers = append(writers, w)
	}
	// Claims are written as each file is done, in input order: memory holds
	// the files being extracted, not the run.
	prog := newProgress(stderr, len(files), a.quiet)
	inputs := &inputBuffers{reuse: !slices.ContainsFunc(a.outputs, func(o string) bool { return !output.DoneWithText(o) })}
	err = extractEach(eng, files, stdin, inputs, extractor.Options{Mentions: a.all}, runtime.GOMAXPROCS(0), func(r *extractor.Result, size int64) error {
		if len(r.Warnings) > 0 || r.Source.Claims == 0 && !a.quiet {
			prog.clear()
		}
		for _, w := range r.Warnings {
			fmt.Fprintf(stderr, "factable: warning: %s\n", w)
		}
		if r.Source.Claims == 0 && !a.quiet {
			fmt.Fprintf(stderr, "factable: %s: no claims found\n", r.Source.File)
		}
		for _, w := range writers {
			for i := range r.Claims {
				if err := w.Claim(&r.Claims[i]); err != nil {
					return err
				}
			}
			for i := range r.Mentions {
				if err := w.Mention(&r.Mentions[i]); err != nil {
					return err
				}
			}
			if err := w.Source(r.Source); err != nil {
				return err
			}
		}
		prog.add(size, len(r.Claims))
		eng.Recycle(r) // written: its claims' memory serves the files after it
		return nil
	})
	prog.clear()
	if err != nil {
		abort()
		return fail(err)
	}
	for _, w := range writers {
		if err := w.End(); err != nil {
			abort()
			return fail(err)
		}
	}
	return 0
}

func isXLSX(path string) bool { return strings.EqualFold(filepath.Ext(path), ".xlsx") }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkOutputs refuses, before any work is done, an output that cannot be
// written: its folder missing or not a folder, the output itself a folder,
// a folder that cannot be written in. So a run with several outputs writes
// all of them or, for these reasons, none.
func checkOutputs(outputs []string) error {
	for _, o := range outputs {
		dir := filepath.Dir(o)
		st, err := os.Stat(dir)
		var pe *fs.PathError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("%s: output folder %s does not exist", o, dir)
		case errors.As(err, &pe):
			return fmt.Errorf("%s: output folder %s: %v", o, dir, pe.Err)
		case err != nil:
			return fmt.Errorf("%s: %w", o, err)
		case !st.IsDir():
			return fmt.Errorf("%s: %s is not a folder", o, dir)
		}
		if st, err := os.Stat(o); err == nil && st.IsDir() {
			return fmt.Errorf("%s: is a folder, not a file", o)
		}
		probe, err := os.CreateTemp(dir, ".factable-probe-*")
		if err != nil {
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return fmt.Errorf("%s: cannot write in %s: %v", o, dir, err)
		}
		probe.Close()
		os.Remove(probe.Name())
	}
	return nil
}

func supported(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range output.Formats() {
		if f == ext {
			return true
		}
	}
	return false
}

// textExts are the files a folder argument contributes.
var textExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".text": true, ".vtt": true, ".srt": true}

// expandInputs turns folders into their text files, recursively and in a
// stable order.
func expandInputs(inputs []string) ([]string, error) {
	var files []string
	for _, in := range inputs {
		if in == "-" {
			files = append(files, in)
			continue
		}
		st, err := os.Stat(in)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s: no such file or folder", in)
			}
			return nil, err
		}
		if st.Mode()&fs.ModeDevice != 0 { // /dev/zero would be read forever
			return nil, fmt.Errorf("%s: a device, not a text file", in)
		}
		if !st.IsDir() {
			files = append(files, in)
			continue
		}
		var found []string
		err = filepath.WalkDir(in, func(p string, de fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !de.IsDir() && textExts[strings.ToLower(filepath.Ext(p))] {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: folder holds no texts (.txt, .md, .html, .htm, .vtt, .srt)", in)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

func checkOutputsAreNotInputs(outputs, inputs []string) error {
	for _, o := range outputs {
		oa, _ := filepath.Abs(o)
		ost, oerr := os.Stat(o)
		for _, in := range inputs {
			if in == "-" {
				continue
			}
			ia, _ := filepath.Abs(in)
			ist, ierr := os.Stat(in)
			if oa == ia || oerr == nil && ierr == nil && os.SameFile(ost, ist) {
				return fmt.Errorf("%s: output would overwrite an input", o)
			}
		}
	}
	return nil
}

// Files are extracted in batches of consecutive inputs (ExtractBatch):
// up to batchBytes of them, or one larger file alone. A batch runs each
// pass over all its documents in turn, which on a folder of transcripts
// is a fifth faster than one document after the other (bench/run), and
// its size bounds the memory a worker holds.
const (
	batchBytes    = 2 << 20
	maxBatchFiles = 64 // many tiny files: their tables, held at once, stay small
)

// extractEach extracts the inputs on workers goroutines and hands each
// result to emit in input order, as soon as it and every one before it are
// done. A few batches per worker at most are waiting, so memory is bounded
// by the files in flight, not by the run. The first error, in input order
// (from a file or from emit), ends the run: emit sees nothing after it.
func extractEach(eng *extractor.Engine, files []string, stdin io.Reader, inputs *inputBuffers, opt extractor.Options, workers int, emit func(*extractor.Result, int64) error) error {
	type outcome struct {
		r    *extractor.Result
		size int64
		err  error
		raw  []byte // the file's bytes, given back once emitted
	}
	type job struct {
		from, to int // files[from:to]
		out      chan []outcome
	}
	workers = max(1, min(workers, len(files)))
	jobs := make(chan job)
	pending := make(chan chan []outcome, 2*workers) // in input order
	var stop atomic.Bool
	go func() {
		defer close(pending)
		defer close(jobs)
		for from := 0; from < len(files); {
			if stop.Load() {
				return
			}
			to := batchEnd(len(files), from, filesPerBatch(len(files)-from, workers), func(i int) int64 { return fileSize(files[i]) })
			out := make(chan []outcome, 1)
			jobs <- job{from, to, out}
			pending <- out
			from = to
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				outs := make([]outcome, j.to-j.from)
				if stop.Load() {
					j.out <- outs
					continue
				}
				var in []extractor.Input
				var at []int // in[k] is files[j.from+at[k]]
				for k, f := range files[j.from:j.to] {
					raw, err := inputs.read(f, stdin)
					outs[k] = outcome{size: int64(len(raw)), err: err, raw: raw}
					if err == nil {
						in = append(in, extractor.Input{Source: f, Raw: raw})
						at = append(at, k)
					}
				}
				for k, o := range eng.ExtractBatch(in, opt) {
					outs[at[k]].r, outs[at[k]].err = o.Result, o.Err
				}
				j.out <- outs
			}
		}()
	}
	var err error
	for out := range pending {
		for _, o := range <-out {
			if err != nil {
				break // draining the files in flight
			}
			if err = o.err; err == nil {
				err = emit(o.r, o.size)
				inputs.done(o.raw)
			}
			if err != nil {
				stop.Store(true)
			}
		}
	}
	return err
}

// filesPerBatch is the most files a batch holds when files are left to
// read: maxBatchFiles, or fewer near the end of a run (and in a small
// one), so that the workers finish together rather than one waiting on
// the other's last large batch.
func filesPerBatch(left, workers int) int {
	return min(maxBatchFiles, max(1, left/(2*workers)))
}

// batchEnd returns the end of the batch that starts at input from, of n:
// the inputs after it while their sizes add up to batchBytes at most, and
// perBatch inputs at most. An input whose size is not known (size gives
// -1) is a batch alone, and so is one larger than batchBytes.
func batchEnd(n, from, perBatch int, size func(i int) int64) int {
	var total int64
	to := from
	for to < n && to-from < perBatch {
		sz := size(to)
		if sz < 0 || total+sz > batchBytes {
			if to == from {
				to++ // alone
			}
			break
		}
		total += sz
		to++
	}
	return to
}

// fileSize is the size of an input before it is read, or -1: standard
// input's is not known, and a file that cannot be sized will say why when
// it is read.
func fileSize(file string) int64 {
	if file == "-" {
		return -1
	}
	st, err := os.Stat(file)
	if err != nil || !st.Mode().IsRegular() {
		return -1
	}
	return st.Size()
}

// readInput reads one input: a file, or standard input for "-".
func readInput(file string, stdin io.Reader) ([]byte, error) {
	var raw []byte
	var err error
	if file == "-" {
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = os.ReadFile(file)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return raw, nil
}

// inputBuffers reads the input files into memory that the files before
// them were read into, once their claims are written: a fresh buffer for
// every file came from the system page by page, and a folder of
// transcripts spent a tenth of its time in those page faults (perf
// record -e page-faults: os.ReadFile's copy). A file's claims share its
// bytes (Engine.Extract), so a buffer is reused only when every output is
// done with a claim's text once it is written (output.DoneWithText).
type inputBuffers struct {
	reuse bool
	pool  sync.Pool // of *[]byte
}

// read is readInput, into a buffer given back by done if there is one.
func (b *inputBuffers) read(file string, stdin io.Reader) ([]byte, error) {
	if b == nil || !b.reuse || file == "-" {
		return readInput(file, stdin)
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	defer f.Close()
	buf := []byte(nil)
	if p, ok := b.pool.Get().(*[]byte); ok {
		buf = (*p)[:0]
	}
	if st, err := f.Stat(); err == nil && st.Size() > int64(cap(buf)) {
		buf = make([]byte, 0, st.Size()+512) // as os.ReadFile sizes it
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // a file that grew since its size was read
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
	}
}

// done gives back the bytes of a file whose claims are written.
func (b *inputBuffers) done(raw []byte) {
	if b == nil || !b.reuse || cap(raw) == 0 {
		return
	}
	raw = raw[:0]
	b.pool.Put(&raw)
}
