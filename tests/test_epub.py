"""The EPUB 3 talking book: made with the real speech engine, then opened and checked.

The text of every document against the content pack, word for word; every Media
Overlay clip against its document and its MP3; the durations; the glossary links
both ways; EPUBCheck with and without summaries; Ace by DAISY on a small book;
one clip decoded back and heard to be speech. A cancelled or failed save leaves
no file.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from reader.content import compiled
from reader.exports.epub.narration import mp3_frames

ROOT = Path(__file__).resolve().parent.parent
XHTML = "{http://www.w3.org/1999/xhtml}"
SMIL = "{http://www.w3.org/ns/SMIL}"
OPF = "{http://www.idpf.org/2007/opf}"
EPUB_NS = "{http://www.idpf.org/2007/ops}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUBCHECK_JAR = Path("/usr/share/java/epubcheck.jar")
ACE_BIN = ROOT / ".ci" / "node_modules" / ".bin"
ACE = next((ACE_BIN / n for n in ("ace-cli", "ace") if (ACE_BIN / n).exists()), ACE_BIN / "ace-cli")
IN_CI = bool(os.environ.get("CI"))

pytestmark = pytest.mark.slow


def _missing(what: str) -> None:
    """A validator that is not installed: a failure in CI (.ci/run installs it), else a skip."""
    if IN_CI:
        pytest.fail(f"{what} is not installed; .ci/run should have installed it")
    pytest.skip(f"{what} is not installed (.ci/run installs it)")


def _export(out: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--export-epub", "--out", str(out), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, Path]:
    """The whole programme with its summaries, and without them."""
    folder = tmp_path_factory.mktemp("books")
    made = {}
    for name, args in (("with", ["--summary"]), ("without", [])):
        out = folder / f"{name}.epub"
        done = _export(out, *args)
        assert done.returncode == 0, done.stderr
        made[name] = out
    return made


@pytest.fixture(scope="module")
def pack():
    return compiled.load(ROOT / "content")


def _xml(z: zipfile.ZipFile, name: str) -> ElementTree.Element:
    return ElementTree.fromstring(z.read(name))


def _opf(z: zipfile.ZipFile) -> tuple[ElementTree.Element, dict[str, ElementTree.Element]]:
    opf = _xml(z, "EPUB/package.opf")
    items = {i.get("id"): i for i in opf.iter(f"{OPF}item")}
    return opf, items


def _spine_documents(z: zipfile.ZipFile) -> list[ElementTree.Element]:
    opf, items = _opf(z)
    return [items[ref.get("idref")] for ref in opf.iter(f"{OPF}itemref")]


def _seconds(value: str) -> float:
    if value.endswith("s"):
        return float(value[:-1])
    parts = [float(p) for p in value.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0.0)
    return parts[0] * 3600 + parts[1] * 60 + parts[2]


def _ms(value: str) -> int:
    return round(_seconds(value) * 1000)


def _text(element: ElementTree.Element) -> str:
    return "".join(element.itertext())


def _blocks(body: ElementTree.Element) -> list[ElementTree.Element]:
    tags = {f"{XHTML}{t}" for t in ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li")}
    return [e for e in body.iter() if e.tag in tags]


def _mp3_seconds(data: bytes, tmp_path: Path) -> float:
    """The MP3's length as a decoder gives it (sox), or from its frames when sox cannot read MP3."""
    sox = shutil.which("sox")
    if sox:
        path = tmp_path / "clip.mp3"
        path.write_bytes(data)
        done = subprocess.run([sox, str(path), "-n", "stat"], capture_output=True, text=True)
        found = re.search(r"Length \(seconds\):\s*([0-9.]+)", done.stderr)
        if done.returncode == 0 and found:
            return float(found.group(1))
    frames, per_frame, rate = mp3_frames(data)
    return frames * per_frame / rate


@pytest.mark.parametrize("which", ["with", "without"])
def test_every_section_is_word_for_word_the_content_pack(books, pack, which):
    document = pack.result.document
    with zipfile.ZipFile(books[which]) as z:
        for section in document.sections:
            root = _xml(z, f"EPUB/avsnitt-{section.id}.xhtml")
            assert root.get(XML_LANG) == "sv" and root.get("lang") == "sv"
            body = root.find(f"{XHTML}body")
            blocks = _blocks(body)
            assert [_text(b) for b in blocks] == [p.text for p in section.paragraphs]
            assert next(b.tag[len(XHTML) :] for b in blocks) == "h1"  # a real heading first
            spans = [e for e in body.iter() if re.fullmatch(r"s\d+", e.get("id") or "")]
            assert [_text(s) for s in spans] == [s.text for s in section.sentences]
        if which == "with":
            for section_id, summary in pack.summaries.sections.items():
                root = _xml(z, f"EPUB/lattlast-{section_id}.xhtml")
                texts = [_text(b) for b in _blocks(root.find(f"{XHTML}body"))]
                # the summary word for word, after a note that says who wrote it
                assert texts[0] == summary.paragraphs[0].text
                assert "inte av Treklövern" in texts[1]
                assert texts[2:] == [p.text for p in summary.paragraphs[1:]]
        else:
            assert not [n for n in z.namelist() if "lattlast" in n]


@pytest.mark.parametrize("which", ["with", "without"])
def test_media_overlays_point_at_existing_sentences_and_audio(books, which, tmp_path):
    with zipfile.ZipFile(books[which]) as z:
        opf, items = _opf(z)
        names = set(z.namelist())
        durations = {
            m.get("refines"): _ms(m.text)
            for m in opf.iter(f"{OPF}meta")
            if m.get("property") == "media:duration" and m.get("refines")
        }
        total = next(
            _ms(m.text)
            for m in opf.iter(f"{OPF}meta")
            if m.get("property") == "media:duration" and not m.get("refines")
        )
        overlays = 0
        for doc in _spine_documents(z):
            if not doc.get("media-overlay"):
                assert "nav" in (doc.get("properties") or "")  # only the table of contents is silent
                continue
            overlays += 1
            smil_item = items[doc.get("media-overlay")]
            smil = _xml(z, f"EPUB/{smil_item.get('href')}")
            xhtml = _xml(z, f"EPUB/{doc.get('href')}")
            ids_in_order = [e.get("id") for e in xhtml.iter() if re.fullmatch(r"[sn]\d+", e.get("id") or "")]
            clips: dict[str, list[tuple[int, int]]] = {}
            targets = []
            for par in smil.iter(f"{SMIL}par"):
                text = par.find(f"{SMIL}text").get("src")
                audio = par.find(f"{SMIL}audio")
                file, _, fragment = text.partition("#")
                assert file == doc.get("href") and fragment
                targets.append(fragment)
                assert f"EPUB/{audio.get('src')}" in names
                begin, end = _ms(audio.get("clipBegin")), _ms(audio.get("clipEnd"))
                assert 0 <= begin < end
                clips.setdefault(audio.get("src"), []).append((begin, end))
            # every sentence, each once, in the order of the document
            assert targets == ids_in_order
            for src, ranges in clips.items():
                for (_, end), (begin, _) in itertools.pairwise(ranges):
                    assert begin >= end, f"{src}: clips overlap or go back"
                length = _mp3_seconds(z.read(f"EPUB/{src}"), tmp_path)
                assert ranges[-1][1] <= round(length * 1000) + 50
                assert abs(sum(e - b for b, e in ranges) - length * 1000) <= 50, src
            smil_duration = sum(e - b for ranges in clips.values() for b, e in ranges)
            assert durations[f"#{smil_item.get('id')}"] == smil_duration
        assert overlays == len(durations)
        assert total == sum(durations.values())


@pytest.mark.parametrize("which", ["with", "without"])
def test_hard_words_link_to_the_glossary_and_back(books, which):
    with zipfile.ZipFile(books[which]) as z:
        glossary = _xml(z, "EPUB/ordlista.xhtml")
        asides = {
            a.get("id"): a for a in glossary.iter(f"{XHTML}aside") if a.get(f"{EPUB_NS}type") == "footnote"
        }
        assert len(asides) >= 50
        ids_by_file = {}
        refs = 0
        for doc in _spine_documents(z):
            root = _xml(z, f"EPUB/{doc.get('href')}")
            ids_by_file[doc.get("href")] = {e.get("id") for e in root.iter() if e.get("id")}
            for a in root.iter(f"{XHTML}a"):
                if a.get(f"{EPUB_NS}type") == "noteref":
                    file, _, fragment = a.get("href").partition("#")
                    assert file == "ordlista.xhtml" and fragment in asides
                    refs += 1
        assert refs >= 50
        for a in glossary.iter(f"{XHTML}a"):
            if a.get("role") == "doc-backlink":
                file, _, fragment = a.get("href").partition("#")
                assert fragment in ids_by_file[file]


def test_table_of_contents_lists_every_document(books):
    with zipfile.ZipFile(books["with"]) as z:
        nav = _xml(z, "EPUB/innehall.xhtml")
        toc = next(n for n in nav.iter(f"{XHTML}nav") if n.get(f"{EPUB_NS}type") == "toc")
        listed = {a.get("href") for a in toc.iter(f"{XHTML}a")}
        documents = {d.get("href") for d in _spine_documents(z)} - {"innehall.xhtml"}
        assert documents <= listed
        opf, _ = _opf(z)
        assert opf.get(XML_LANG) == "sv"
        meta = [(m.get("property"), m.text) for m in opf.iter(f"{OPF}meta")]
        assert ("schema:accessibilityFeature", "synchronizedAudioText") in meta
        assert ("schema:accessibilityHazard", "none") in meta
        assert any(p == "a11y:certifiedBy" and v for p, v in meta)
        assert z.infolist()[0].filename == "mimetype"
        assert z.infolist()[0].compress_type == zipfile.ZIP_STORED


@pytest.mark.parametrize("which", ["with", "without"])
def test_epubcheck_finds_nothing(books, which):
    if not EPUBCHECK_JAR.exists() or not shutil.which("java"):
        _missing("EPUBCheck (Debian package epubcheck)")
    done = subprocess.run(
        ["java", "-jar", str(EPUBCHECK_JAR), str(books[which])], capture_output=True, text=True, timeout=300
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert "0 fatals / 0 errors / 0 warnings" in report or "No errors or warnings detected" in report, report


def test_a_clip_decoded_back_is_speech_and_its_pause_is_silence(books, tmp_path):
    """Decode one document's MP3 and check the clip timing: speech inside, the paragraph pause quiet."""
    sox = shutil.which("sox")
    if not sox:
        _missing("sox")
    with zipfile.ZipFile(books["without"]) as z:
        smil = _xml(z, "EPUB/avsnitt-arbete.smil")
        mp3 = tmp_path / "arbete.mp3"
        mp3.write_bytes(z.read("EPUB/audio/avsnitt-arbete.mp3"))
        xhtml = _xml(z, "EPUB/avsnitt-arbete.xhtml")
    raw = tmp_path / "arbete.raw"
    done = subprocess.run(
        [sox, str(mp3), "-t", "raw", "-e", "signed", "-b", "16", "-c", "1", "-r", "22050", str(raw)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 and "no handler" in done.stderr.lower():
        _missing("sox's MP3 support (libsox-fmt-mp3)")
    assert done.returncode == 0, done.stderr
    import array

    samples = array.array("h", raw.read_bytes())

    def rms(begin_ms: int, end_ms: int) -> float:
        part = samples[begin_ms * 22050 // 1000 : end_ms * 22050 // 1000]
        return (sum(s * s for s in part) / max(1, len(part))) ** 0.5

    last_of_paragraph = set()
    for p in xhtml.iter(f"{XHTML}p"):
        spans = [s.get("id") for s in p.iter(f"{XHTML}span") if s.get("id")]
        if spans:
            last_of_paragraph.add(spans[-1])
    pars = [
        (p.find(f"{SMIL}text").get("src").partition("#")[2], p.find(f"{SMIL}audio"))
        for p in smil.iter(f"{SMIL}par")
    ]
    # a sentence in the middle of the section that ends a paragraph
    index = next(i for i in range(len(pars) // 2, len(pars) - 1) if pars[i][0] in last_of_paragraph)
    begin, end = _ms(pars[index][1].get("clipBegin")), _ms(pars[index][1].get("clipEnd"))
    assert end - begin > 1000
    speech = rms(begin + 200, end - 400)
    pause = rms(end - 250, end - 50)  # the paragraph pause at the end of the clip
    next_start = rms(_ms(pars[index + 1][1].get("clipBegin")), _ms(pars[index + 1][1].get("clipBegin")) + 400)
    assert speech > 1000, f"clip {begin}–{end} ms is silent (RMS {speech:.0f})"
    assert pause < speech / 20, f"the pause before {end} ms is not quiet (RMS {pause:.0f})"
    assert next_start > speech / 10, "the next clip does not start with speech"


def test_ace_finds_no_critical_or_serious_violation(tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not ACE.exists() or chromium is None:
        _missing("Ace by DAISY (.ci/node_modules) with Debian's chromium")
    book = tmp_path / "liten.epub"
    done = _export(book, "--section", "inledning", "--summary")
    assert done.returncode == 0, done.stderr
    out = tmp_path / "ace"
    for _attempt in range(3):  # on a loaded machine the browser can miss Ace's start-up timeout
        run = subprocess.run(
            [str(ACE), "-f", "-s", "-o", str(out), str(book)],
            capture_output=True,
            text=True,
            timeout=300,
            env=dict(os.environ, PUPPETEER_EXECUTABLE_PATH=chromium),
        )
        if (out / "report.json").exists():
            break
    assert (out / "report.json").exists(), run.stdout + run.stderr
    report = json.loads((out / "report.json").read_text("utf-8"))
    serious = [
        (b["earl:test"]["earl:impact"], b["earl:test"]["dct:title"])
        for a in report["assertions"]
        for b in a.get("assertions", [])
        if b["earl:test"]["earl:impact"] in ("critical", "serious")
    ]
    assert serious == []
    missing = report.get("a11y-metadata", {}).get("missing", [])
    assert "schema:accessibilityFeature" not in missing and "dcterms:conformsTo" not in missing


def test_summaries_only_book_has_no_full_text(tmp_path, pack):
    out = tmp_path / "lattlast.epub"
    done = _export(out, "--summary-only", "--section", "ansvar")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert "EPUB/lattlast-ansvar.xhtml" in names
        assert not [n for n in names if "avsnitt-" in n]
        root = _xml(z, "EPUB/lattlast-ansvar.xhtml")
        assert "inte av Treklövern" in _text(root)


def test_a_cancelled_save_leaves_no_file_and_keeps_the_old_one(tmp_path, pack):
    from reader.exports.epub.export import EpubOptions, ExportCancelledError, export_epub
    from reader.speech.engine import SpeechParams, Ticket
    from reader.speech.service import create_engine

    out = tmp_path / "bok.epub"
    out.write_bytes(b"an older file")
    engine = create_engine(ROOT / "content", inline=True)
    ticket = Ticket()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 20:
            ticket.cancel()

    try:
        with pytest.raises(ExportCancelledError):
            export_epub(
                pack,
                engine,
                SpeechParams("sv", 150),
                out,
                EpubOptions(section_ids=("inledning",)),
                progress=progress,
                ticket=ticket,
            )
    finally:
        engine.shutdown()
    assert max(done for done, _ in seen) < seen[0][1] / 2  # stopped long before the end
    assert out.read_bytes() == b"an older file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bok.epub"]


def test_a_failed_save_says_so_and_leaves_nothing(tmp_path):
    missing = tmp_path / "finns-inte" / "bok.epub"
    done = _export(missing, "--section", "inledning")
    assert done.returncode == 1
    assert "kunde inte skriva" in done.stderr
    assert not missing.parent.exists()
    wrong = _export(tmp_path / "bok.txt")
    assert wrong.returncode == 2 and ".epub" in wrong.stderr
    unknown = _export(tmp_path / "bok.epub", "--section", "finns-inte")
    assert unknown.returncode == 2
    assert list(tmp_path.iterdir()) == []


def test_mp3_frame_counter_refuses_what_is_not_mp3():
    with pytest.raises(ValueError):
        mp3_frames(b"ID3" + bytes(100))
    with pytest.raises(ValueError):
        mp3_frames(b"\xff\xf3\x40\xc4" + bytes(10))  # a frame cut short
    assert mp3_frames(b"") == (0, 0, 0)


def test_a_hostile_pack_still_gives_a_well_formed_book(tmp_path):
    """Markup, entities, control characters and quotes in the text are text in the book, never markup."""
    pack = tmp_path / "pack"
    (pack / "sections").mkdir(parents=True)
    (pack / "manifest.toml").write_text(
        'title = "A <b>&amp; ]]> \\"titel\\""\nlanguage = "sv"\n'
        '[[sections]]\nid = "a"\nfile = "sections/a.md"\n',
        "utf-8",
    )
    (pack / "sections" / "a.md").write_text(
        "# Rubrik <script>alert(1)</script> &nbsp;\n\n"
        "Text med \x01styrtecken\x02 och <i>märkning</i> & ]]> \"citat\" 'apostrof'. Andra meningen!\n\n"
        "- en punkt\n- och en till\n",
        "utf-8",
    )
    (pack / "glossary.toml").write_text(
        '[[term]]\nid = "text"\nterm = "text"\nforms = ["Text"]\nexplanation = "Ord <i>&</i> förklaring."\n',
        "utf-8",
    )
    out = tmp_path / "bok.epub"
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--content", str(pack), "--export-epub", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.endswith((".xhtml", ".smil", ".opf", ".xml")):
                ElementTree.fromstring(z.read(name))  # well-formed, or this raises
        body = _xml(z, "EPUB/avsnitt-a.xhtml").find(f"{XHTML}body")
        assert not list(body.iter(f"{XHTML}script")) and not list(body.iter(f"{XHTML}i"))
        texts = [_text(b) for b in _blocks(body)]
        assert texts[0].startswith("Rubrik <script>alert(1)</script>")
        assert "<i>märkning</i> & ]]>" in texts[1] and "\x01" not in texts[1]
        assert [b.tag for b in body.iter() if b.tag == f"{XHTML}li"]
    if EPUBCHECK_JAR.exists() and shutil.which("java"):
        check = subprocess.run(["java", "-jar", str(EPUBCHECK_JAR), str(out)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_fonts_only_when_asked_and_with_their_licence(books, tmp_path):
    with zipfile.ZipFile(books["without"]) as z:
        assert not [n for n in z.namelist() if "fonts/" in n]
        assert "font-face" not in z.read("EPUB/bok.css").decode("utf-8")
    out = tmp_path / "typsnitt.epub"
    done = _export(out, "--embed-fonts", "--summary-only", "--section", "inledning")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert "EPUB/fonts/AtkinsonHyperlegible-Regular.ttf" in names
        licence = z.read("EPUB/fonts/AtkinsonHyperlegible-OFL.txt").decode("utf-8")
        assert "SIL OPEN FONT LICENSE" in licence.upper()
        assert "Atkinson Hyperlegible" in z.read("EPUB/bok.css").decode("utf-8")
    if EPUBCHECK_JAR.exists() and shutil.which("java"):
        check = subprocess.run(["java", "-jar", str(EPUBCHECK_JAR), str(out)], capture_output=True, text=True)
        assert check.returncode == 0 and "0 errors / 0 warnings" in check.stdout, check.stdout + check.stderr


def test_sigterm_while_the_book_is_made_leaves_no_file_behind(tmp_path):
    import signal
    import time

    out_dir = tmp_path / "ut"
    out_dir.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--export-epub", "--summary", "--out", str(out_dir / "bok.epub")],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if any(p.name.endswith(".part") for p in out_dir.iterdir()):
                break
            time.sleep(0.02)
        assert [p for p in out_dir.iterdir() if p.name.endswith(".part")], "the save began"
        time.sleep(0.5)  # well into the speech
        assert process.poll() is None
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGTERM
    assert list(out_dir.iterdir()) == [], "no temporary file and no half book remain"
