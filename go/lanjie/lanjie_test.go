package lanjie

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func compileTestList(t *testing.T) *Artifact {
	t.Helper()
	dir := t.TempDir()
	list := filepath.Join(dir, "list.csv")
	content := "keyword,risk,action\n冰毒,A.1.f,block\n赌博网站,A.1.g,mask\n法轮,A.1.a,review\n"
	if err := os.WriteFile(list, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := CompileFile(list, "")
	if err != nil {
		t.Fatalf("CompileFile: %v", err)
	}
	t.Cleanup(a.Close)
	return a
}

func TestVersionIsSet(t *testing.T) {
	if v := Version(); v == "" || !strings.Contains(v, ".") {
		t.Fatalf("Version() = %q, want a dotted version", v)
	}
}

func TestScanReportsOriginalByteOffsets(t *testing.T) {
	a := compileTestList(t)
	if a.EntryCount() != 3 {
		t.Fatalf("EntryCount = %d, want 3", a.EntryCount())
	}
	s, err := NewScanner(a)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "哪里有冰*毒和赌博网站"
	hits, err := s.Scan(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("got %d hits %+v, want 2", len(hits), hits)
	}
	// The evasive span 冰*毒 is reported as it stands in the original text.
	if got := text[hits[0].Start:hits[0].End]; got != "冰*毒" || hits[0].Keyword != "冰毒" || hits[0].Action != ActionBlock || hits[0].Risk != "A.1.f" {
		t.Errorf("hit 0 = %+v (span %q)", hits[0], got)
	}
	if got := text[hits[1].Start:hits[1].End]; got != "赌博网站" || hits[1].Action != ActionMask {
		t.Errorf("hit 1 = %+v (span %q)", hits[1], got)
	}
	masked, err := s.Mask(text)
	if err != nil {
		t.Fatal(err)
	}
	if masked != "哪里有***和****" {
		t.Errorf("Mask = %q", masked)
	}
	if hits, err := s.Scan(""); err != nil || len(hits) != 0 {
		t.Errorf("Scan(\"\") = %v, %v", hits, err)
	}
}

func TestSaveAndLoadKeepTheHash(t *testing.T) {
	a := compileTestList(t)
	path := filepath.Join(t.TempDir(), "list.ljdb")
	if err := a.Save(path); err != nil {
		t.Fatal(err)
	}
	b, err := LoadArtifact(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if b.Hash() != a.Hash() || len(b.Hash()) != 64 {
		t.Fatalf("hash %q after load, %q before", b.Hash(), a.Hash())
	}
}

func TestErrorsCarryTheLibraryMessage(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.ljdb")
	if err := os.WriteFile(bad, []byte("not an artifact"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadArtifact(bad)
	var lerr *Error
	if !errors.As(err, &lerr) || lerr.Message == "" || lerr.Code == 0 {
		t.Fatalf("LoadArtifact(bad) = %v, want a *lanjie.Error with a message", err)
	}
	s := &Scanner{}
	if _, err := s.Scan("x"); !errors.Is(err, ErrClosed) {
		t.Fatalf("Scan on a closed scanner = %v", err)
	}
}

func TestStreamHoldsAKeywordSplitAcrossPieces(t *testing.T) {
	a := compileTestList(t)
	f, err := NewFilter(a, "抱歉，无法继续。")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := NewStream(f)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var emitted strings.Builder
	blocked := false
	var hits []Hit
	for _, piece := range []string{"你可以买", "冰", "毒吗", "然后继续"} {
		c, err := st.Feed(piece)
		if err != nil {
			t.Fatal(err)
		}
		emitted.WriteString(c.Text)
		hits = append(hits, c.Hits...)
		blocked = blocked || c.Blocked
	}
	c, err := st.Finish()
	if err != nil {
		t.Fatal(err)
	}
	emitted.WriteString(c.Text)
	hits = append(hits, c.Hits...)
	out := emitted.String()
	if !blocked || strings.Contains(out, "冰") || !strings.HasSuffix(out, "抱歉，无法继续。") {
		t.Fatalf("blocked=%v emitted %q: the keyword split over two pieces must never be emitted", blocked, out)
	}
	answer := "你可以买冰毒吗然后继续"
	if len(hits) != 1 || answer[hits[0].Start:hits[0].End] != "冰毒" {
		t.Fatalf("hits %+v, want one hit on 冰毒 with offsets into the whole answer", hits)
	}
}

func TestScannersPerGoroutineShareOneArtifact(t *testing.T) {
	a := compileTestList(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := NewScanner(a)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			for i := 0; i < 200; i++ {
				hits, err := s.Scan("这里有冰毒")
				if err != nil || len(hits) != 1 || hits[0].Start != 9 || hits[0].End != 15 {
					errs <- errors.New("wrong hits from a concurrent scanner")
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
