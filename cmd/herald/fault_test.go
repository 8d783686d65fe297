package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// TestFaults runs herald work as real processes against a private NATS
// server and PostgreSQL cluster and does to them what happens in
// production: a worker killed, a worker restarted, PostgreSQL restarted,
// NATS restarted, an article that fails every time. Nothing may be lost
// and nothing stored twice. It runs when HERALD_TEST_NATS and
// HERALD_TEST_POSTGRES are set, as in CI, which says these services are
// wanted, though the tests start their own, to restart them freely.
func TestFaults(t *testing.T) {
	if os.Getenv("HERALD_TEST_NATS") == "" || os.Getenv("HERALD_TEST_POSTGRES") == "" {
		t.Skip("set HERALD_TEST_NATS and HERALD_TEST_POSTGRES to run the fault tests (they start private servers of their own)")
	}
	if testing.Short() {
		t.Skip("the fault tests take minutes; not with -short")
	}
	h := &harness{bin: buildHerald(t), nats: startNATS(t), pg: startPostgres(t)}
	t.Run("KillWorkers", h.testKillWorkers)
	t.Run("RestartPostgres", h.testRestartPostgres)
	t.Run("RestartNATS", h.testRestartNATS)
	t.Run("Poison", h.testPoison)
}

// buildHerald builds the herald binary into a temporary folder.
func buildHerald(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "herald")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

type harness struct {
	bin  string
	nats *natsServer
	pg   *pgCluster
}

// A proc is a herald process with its output.
type proc struct {
	cmd         *exec.Cmd
	stdout      syncBuffer
	stderr      syncBuffer
	done        chan struct{}
	exitErr     error
	description string
}

// syncBuffer is a bytes.Buffer that a process writes to while the test
// reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// start starts herald with args; the test's end kills it.
func (h *harness) start(t *testing.T, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(h.bin, args...), done: make(chan struct{}), description: strings.Join(args[:1], " ")}
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.exitErr = p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		<-p.done
		if t.Failed() {
			t.Logf("herald %s stderr:\n%s", p.description, tail(p.stderr.String(), 2000))
		}
	})
	return p
}

// wait waits for p to exit and returns its error.
func (p *proc) wait(t *testing.T, limit time.Duration) error {
	t.Helper()
	select {
	case <-p.done:
		return p.exitErr
	case <-time.After(limit):
		t.Fatalf("herald %s still running after %v", p.description, limit)
		return nil
	}
}

// stop sends SIGTERM and wants a clean exit.
func (p *proc) stop(t *testing.T) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	if err := p.wait(t, 30*time.Second); err != nil {
		t.Errorf("herald %s after SIGTERM: %v\n%s", p.description, err, tail(p.stderr.String(), 2000))
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// worker starts herald work on queue with the store at dsn.
func (h *harness) worker(t *testing.T, queue, dsn string, extra ...string) *proc {
	t.Helper()
	args := append([]string{"work", "--nats", h.nats.url(), "--queue", queue, "--postgres", dsn, "-j", "1", "--ack-wait", "3s"}, extra...)
	return h.start(t, args...)
}

// publish writes n test articles, numbered from first, to a JSONL file
// and publishes them with herald ingest --nats.
func (h *harness) publish(t *testing.T, queue string, first, n int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "articles.jsonl")
	if err := os.WriteFile(path, articlesJSONL(first, n), 0o644); err != nil {
		t.Fatal(err)
	}
	p := h.start(t, "ingest", "--nats", h.nats.url(), "--queue", queue, path)
	if err := p.wait(t, 60*time.Second); err != nil {
		t.Fatalf("herald ingest --nats: %v\n%s", err, p.stderr.String())
	}
	if want := fmt.Sprintf("%s published", articles(n)); !strings.HasPrefix(p.stdout.String(), want) {
		t.Fatalf("herald ingest --nats said %q, want %q…", p.stdout.String(), want)
	}
}

var (
	leaders = []string{"Russian President Vladimir Putin", "President Donald Trump", "Ukrainian President Volodymyr Zelensky", "German Chancellor Friedrich Merz", "Chinese President Xi Jinping"}
	verbs   = []string{"met", "criticised", "thanked", "threatened", "called"}
	places  = []string{"Moscow", "Kyiv", "Berlin", "Beijing", "Washington"}
)

// articlesJSONL returns n small articles, numbered from first: one
// sentence with an event and forty words of filler drawn at random, so
// that no two are near-duplicates of each other.
func articlesJSONL(first, n int) []byte {
	syllables := []string{"ka", "lo", "mi", "ren", "su", "ta", "vo", "zi", "pel", "dor", "ny", "bra"}
	rng := rand.New(rand.NewPCG(uint64(first), uint64(n)))
	var b bytes.Buffer
	for i := first; i < first+n; i++ {
		var filler strings.Builder
		for range 40 {
			filler.WriteString(" " + syllables[rng.IntN(12)] + syllables[rng.IntN(12)] + syllables[rng.IntN(12)])
		}
		text := fmt.Sprintf("%s (Reuters) - %s %s %s on Tuesday. Officials said%s.",
			strings.ToUpper(places[i%5]), leaders[i%5], verbs[(i/5)%5], leaders[(i/25+1+i%4)%5], filler.String())
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("a%05d", i), "published": "2025-08-12", "text": text})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// stored counts the articles in the store at dsn; -1 when it cannot.
func stored(dsn string) int {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return -1
	}
	defer conn.Close(ctx)
	var n int
	if conn.QueryRow(ctx, `SELECT count(*) FROM articles`).Scan(&n) != nil {
		return -1
	}
	return n
}

// waitStored waits until the store at dsn holds at least n articles.
func waitStored(t *testing.T, dsn string, n int, limit time.Duration) {
	t.Helper()
	got := 0
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if got = stored(dsn); got >= n {
			return
		}
	}
	t.Fatalf("%d articles stored after %v, want %d", got, limit, n)
}

// checkStore checks that the store at dsn holds the articles a00000 up to
// n, each once, and no event twice.
func checkStore(t *testing.T, dsn string, n int) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var rows, hashes, ids, events, doubled int
	var first, last string
	err = conn.QueryRow(ctx, `SELECT count(*), count(DISTINCT hash), count(DISTINCT article_id), min(article_id), max(article_id) FROM articles`).
		Scan(&rows, &hashes, &ids, &first, &last)
	if err != nil {
		t.Fatal(err)
	}
	if rows != n || hashes != n || ids != n || first != "a00000" || last != fmt.Sprintf("a%05d", n-1) {
		t.Errorf("store holds %d rows, %d hashes, %d article IDs from %s to %s; want %d of each, a00000 to a%05d", rows, hashes, ids, first, last, n, n-1)
	}
	err = conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM (SELECT doc, seq FROM events GROUP BY doc, seq HAVING count(*) > 1) d)`).
		Scan(&events, &doubled)
	if err != nil {
		t.Fatal(err)
	}
	if events == 0 || doubled > 0 {
		t.Errorf("store holds %d events, %d of them doubled; want some and none doubled", events, doubled)
	}
}

// queueStatus runs herald status and returns its report.
func (h *harness) queueStatus(t *testing.T, queue string) queueStatus {
	t.Helper()
	p := h.start(t, "status", "--nats", h.nats.url(), "--queue", queue)
	if err := p.wait(t, 30*time.Second); err != nil {
		t.Fatalf("herald status: %v\n%s", err, p.stderr.String())
	}
	var st status
	if err := json.Unmarshal([]byte(p.stdout.String()), &st); err != nil {
		t.Fatalf("herald status printed %q: %v", p.stdout.String(), err)
	}
	return st.Queue
}

// waitDrained waits until the queue holds nothing but want dead letters.
func (h *harness) waitDrained(t *testing.T, queue string, dead int) {
	t.Helper()
	var got queueStatus
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(500 * time.Millisecond) {
		got = h.queueStatus(t, queue)
		if got.Pending == 0 && got.InFlight == 0 && got.Dead == dead {
			return
		}
	}
	t.Fatalf("queue %+v after 30s, want it empty but for %d dead letters", got, dead)
}

// testKillWorkers: three workers share 5,000 articles; one is killed with
// SIGKILL mid-batch, another stopped and started again. Every article is
// stored once, none lost.
func (h *harness) testKillWorkers(t *testing.T) {
	const n = 5000
	dsn := h.pg.createDB(t, "kill")
	h.publish(t, "kill", 0, n)
	w := []*proc{h.worker(t, "kill", dsn), h.worker(t, "kill", dsn), h.worker(t, "kill", dsn)}
	waitStored(t, dsn, n/5, 2*time.Minute)
	w[0].cmd.Process.Kill()
	waitStored(t, dsn, n/2, 2*time.Minute)
	w[1].stop(t)
	w[1] = h.worker(t, "kill", dsn)
	waitStored(t, dsn, n, 2*time.Minute)
	h.waitDrained(t, "kill", 0)
	w[1].stop(t)
	w[2].stop(t)
	checkStore(t, dsn, n)
}

// testRestartPostgres: PostgreSQL goes away for two seconds mid-batch;
// the workers keep their articles, try again and finish.
func (h *harness) testRestartPostgres(t *testing.T) {
	const n = 600
	dsn := h.pg.createDB(t, "pgrestart")
	h.publish(t, "pgrestart", 0, n)
	w := []*proc{h.worker(t, "pgrestart", dsn), h.worker(t, "pgrestart", dsn)}
	waitStored(t, dsn, n/5, time.Minute)
	h.pg.stop(t)
	time.Sleep(2 * time.Second)
	h.pg.start(t)
	waitStored(t, dsn, n, time.Minute)
	h.waitDrained(t, "pgrestart", 0)
	retried := false
	for _, p := range w {
		p.stop(t)
		retried = retried || strings.Contains(p.stderr.String(), "trying again")
	}
	if !retried {
		t.Error("no worker reported trying the store again; was PostgreSQL restarted while they worked?")
	}
	checkStore(t, dsn, n)
}

// testRestartNATS: the NATS server restarts mid-batch. The stream is on
// disk, so what was queued is still there; workers go on consuming and a
// second batch is published after the restart.
func (h *harness) testRestartNATS(t *testing.T) {
	const n = 600
	dsn := h.pg.createDB(t, "natsrestart")
	h.publish(t, "natsrestart", 0, n)
	w := []*proc{h.worker(t, "natsrestart", dsn), h.worker(t, "natsrestart", dsn)}
	waitStored(t, dsn, n/5, time.Minute)
	h.nats.stop()
	if got := stored(dsn); got >= n {
		t.Fatalf("all %d articles stored before NATS stopped; the test needs a bigger batch", got)
	}
	time.Sleep(time.Second)
	h.nats.start(t)
	h.publish(t, "natsrestart", n, n)
	waitStored(t, dsn, 2*n, time.Minute)
	h.waitDrained(t, "natsrestart", 0)
	for _, p := range w {
		p.stop(t)
	}
	checkStore(t, dsn, 2*n)
}

// testPoison: an article that fails analysis every time — its text is
// over the workers' --max-size — becomes a dead letter after --max-deliver
// deliveries, status reports it, and the others are stored.
func (h *harness) testPoison(t *testing.T) {
	const n = 50
	dsn := h.pg.createDB(t, "poison")
	h.publish(t, "poison", 0, n)
	poison := filepath.Join(t.TempDir(), "poison.txt")
	if err := os.WriteFile(poison, bytes.Repeat([]byte("Poison. "), 1000), 0o644); err != nil {
		t.Fatal(err)
	}
	p := h.start(t, "ingest", "--nats", h.nats.url(), "--queue", "poison", poison)
	if err := p.wait(t, 30*time.Second); err != nil {
		t.Fatalf("publish the poison article: %v", err)
	}
	w := []*proc{
		h.worker(t, "poison", dsn, "--max-size", "4KB", "--max-deliver", "3", "--metrics", "127.0.0.1:0"),
		h.worker(t, "poison", dsn, "--max-size", "4KB", "--max-deliver", "3"),
	}
	waitStored(t, dsn, n, time.Minute)
	h.waitDrained(t, "poison", 1)
	waitMetric(t, w[0], `herald_queue_articles{state="dead"} 1`)
	if st := h.queueStatus(t, "poison"); len(st.Latest) != 1 || !strings.Contains(st.Latest[0].Origin, "poison.txt") || st.Latest[0].Deliveries != 3 {
		t.Errorf("herald status lists dead letters %+v, want poison.txt after 3 deliveries", st.Latest)
	}
	for _, p := range w {
		p.stop(t)
	}
	checkStore(t, dsn, n)
	if got := firstDeadText(t, h.nats.url(), "poison"); !strings.HasPrefix(got, "Poison. Poison.") {
		t.Errorf("dead letter holds %.40q, want the poison article", got)
	}
}

// waitMetric waits for a line of p's /metrics, which the worker updates
// every few seconds.
func waitMetric(t *testing.T, p *proc, want string) {
	t.Helper()
	var addr, body string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(500 * time.Millisecond) {
		if addr == "" {
			_, rest, ok := strings.Cut(p.stderr.String(), "serving metrics at ")
			if !ok {
				continue
			}
			addr, _, _ = strings.Cut(rest, "\n")
		}
		resp, err := http.Get(addr)
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if body = string(b); strings.Contains(body, "\n"+want+"\n") {
			return
		}
	}
	t.Errorf("/metrics at %q lacks %q after 30s:\n%s", addr, want, body)
}

// firstDeadText returns the text of the first dead letter of queue.
func firstDeadText(t *testing.T, url, queue string) string {
	t.Helper()
	nc, err := natsgo.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	s, err := js.Stream(context.Background(), queue+"-dead")
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.GetMsg(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	var job struct{ Article struct{ Text string } }
	if err := json.Unmarshal(m.Data, &job); err != nil {
		t.Fatal(err)
	}
	return job.Article.Text
}
