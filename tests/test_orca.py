"""What a blind reader hears: the real Orca screen reader (Debian's) against the app.

One private desktop (tests/orca_session.py: Xvfb, openbox, D-Bus with the
accessibility bus, PulseAudio into a null sink, speech-dispatcher, Orca with a
debug log, the app in Swedish), keys pressed with xdotool, and for each key the
``SPEECH OUTPUT`` lines Orca wrote after it. Each row waits for the words it
expects (no fixed sleeps) and then checks that they were said exactly once.

Skipped with the reason where Orca and its packages are missing, except in CI
(``CI=true``), where it fails instead: ``.ci/run`` installs them.
"""

from __future__ import annotations

import os
import re

import pytest

from tests.orca_session import OrcaSession, missing

pytestmark = pytest.mark.slow

WAIT = 25  # seconds for one utterance on a loaded machine
SETTLE = 1.2  # after it, nothing new for this long: no repetition or late double is coming
QUIET = 0.5  # nothing said for this long before a key, so what an earlier key made Orca say is in


@pytest.fixture(scope="module")
def orca(tmp_path_factory):
    reason = missing()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Orca cannot run in CI: {reason}")
        pytest.skip(reason)
    session = OrcaSession(tmp_path_factory.mktemp("orca"))
    session.start()
    try:
        yield session
    finally:
        session.stop()


def press(orca: OrcaSession, *keys: str) -> int:
    """Press ``keys`` once Orca has gone quiet (a busy machine makes it speak late: what an earlier
    key made it say must not be taken for what these keys did); return the mark before them."""
    orca.quiet(orca.mark(), QUIET, timeout=WAIT)
    return orca.key(*keys)


def said_once(orca: OrcaSession, keys: list[str], pattern: str, also: list[str] = ()) -> list[str]:
    """Press ``keys``; Orca must say something matching ``pattern`` exactly once (and ``also``)."""
    mark = press(orca, *keys)
    said = orca.wait_for(pattern, since=mark, timeout=WAIT, settle=SETTLE)
    hits = [s for s in said if re.search(pattern, s)]
    assert len(hits) == 1, f"{keys}: /{pattern}/ said {len(hits)} times: {said!r}"
    for extra in also:
        assert any(re.search(extra, s) for s in said), f"{keys}: /{extra}/ not said: {said!r}"
    return said


def reach(orca: OrcaSession, key: str, pattern: str, most: int = 8) -> None:
    """Press ``key`` until Orca says ``pattern`` (at most ``most`` times)."""
    for _ in range(most):
        mark = press(orca, key)
        # The next control's role, not only the key's echo.
        said = orca.wait_for(
            r"tryckknapp|kryssruta|reglage|ruta|lista|text\.", since=mark, timeout=WAIT, settle=QUIET
        )
        if any(re.search(pattern, s) for s in said):
            return
    raise AssertionError(f"/{pattern}/ not reached with {key} in {most} presses")


def test_every_change_is_spoken_once_in_swedish(orca):
    # Into the reading pane: a read-only text with its name and the line at the cursor.
    said = said_once(
        orca, ["shift+F6"], r"^Inledning – hela texten", also=[r"skrivskyddad text", r"^Inledning\.?$"]
    )
    assert not any("etikett" in s for s in said), said

    # Sections, from the text.
    said_once(orca, ["alt+Right"], r"^Avsnitt 2 av 6", also=[r"Ett ansvarstagande Helsingborg – hela texten"])
    said_once(orca, ["alt+Left"], r"^Avsnitt 1 av 6")

    # The view: lättläst, both, and back.
    said_once(orca, ["ctrl+l"], r"^Visar lättläst")
    said_once(orca, ["ctrl+l"], r"^Visar båda")
    said_once(orca, ["ctrl+l"], r"^Visar hela texten")

    # Text size: larger, smaller, normal (the same size again is still said).
    said_once(orca, ["ctrl+plus"], r"^Textstorlek 20 punkter")
    said_once(orca, ["ctrl+minus"], r"^Textstorlek 18 punkter")
    said_once(orca, ["ctrl+0"], r"^Textstorlek 18 punkter")

    # Colours.
    said_once(orca, ["ctrl+shift+k"], r"Hög kontrast")
    said_once(orca, ["ctrl+shift+k"], r"^Färger: (?!Hög kontrast)")

    # Reading aloud: start, pause, go on, stop.
    said_once(orca, ["ctrl+space"], r"^Läser upp")
    said_once(orca, ["ctrl+space"], r"^Uppläsningen är pausad")
    said_once(orca, ["ctrl+space"], r"^Läser upp")
    said_once(orca, ["Escape"], r"^Uppläsningen är stoppad")

    # Hard words: Tab to the first marked word, Enter for its explanation, Escape back.
    # The word and what Enter does, once; not read as a selection that moves ("avmarkerad").
    said = said_once(orca, ["ctrl+Home", "Tab"], r"^\w[\w -]+\. Ordet har en förklaring")
    assert not any(s.strip() == "tabb" for s in said[-3:]), said
    assert not any("markerad" in s for s in said), said
    said = said_once(orca, ["Tab"], r"^\w[\w -]+\. Ordet har en förklaring")
    assert not any("markerad" in s for s in said), said
    said_once(orca, ["Return"], r"^[^:]{2,40}: .{20,}")  # "mandatperiod: En mandatperiod är …"
    said_once(orca, ["Escape"], r"^Förklaringen är stängd")

    # Focus changes: search and the glossary.
    said_once(orca, ["ctrl+f"], r"^Sök efter")
    said_once(orca, ["Escape"], r"Inledning – hela texten")
    said_once(orca, ["ctrl+shift+o"], r"^Sök ord i ordlistan")
    said_once(orca, list("budget"), r"^\d+ ord$")  # the number found, once typing pauses
    said_once(orca, ["Down"], r"^budget", also=[r"betyder|är"])  # the word, and its explanation
    # Back up through the panel to its close button in the title bar, named in whole.
    reach(orca, "shift+Tab", r"^Stäng ordlistan tryckknapp", most=4)
    said_once(orca, ["Escape"], r"Inledning – hela texten")

    # Orca's "read the status bar": the position, not "Var du är".
    said = said_once(orca, ["Insert+KP_Enter", "Insert+KP_Enter"], r"Avsnitt 1 av 6: Inledning")
    assert not any("Var du är" in s for s in said), said

    # Tab order as on the screen: back from the text (where the keyboard still is), past the
    # section list, come the first screen's big buttons, Läs upp among them.
    press(orca, "ctrl+shift+Tab")
    reach(orca, "shift+Tab", r"^Läs upp tryckknapp", most=10)
    # The play button: its new name once, never "Läs upp" on the way to "Fortsätt".
    said_once(orca, ["space"], r"^Läser upp", also=[r"^Pausa"])
    said = said_once(orca, ["space"], r"^Uppläsningen är pausad", also=[r"^Fortsätt"])
    assert not any(re.match(r"Läs upp\.?$", s) for s in said), said
    assert not any(s.startswith("Läs upp texten") for s in said), said  # nor its description again
    said_once(orca, ["Escape"], r"^Uppläsningen är stoppad")

    # Shortcut hints in words, one shortcut each: "Ctrl+plus", not "Ctrl++, Zooma in, Ctrl+=".
    said_once(orca, ["F6"], r"^Lista med 6 objekt")
    reach(orca, "Tab", r"^Mindre text tryckknapp", most=10)
    said = said_once(orca, ["Tab"], r"^Gör texten större Ctrl\+plus\.?$")
    assert not any("Zooma" in s or "++" in s for s in said), said

    # Windows and panels that open say where the keyboard is.
    said_once(orca, ["ctrl+u"], r"^Utseende dialog", also=[r"tryckknapp|kombinationsruta|kryssruta"])
    said_once(orca, ["Escape"], r"^Större text tryckknapp")
    said_once(orca, ["F1"], r"^Så använder du läsaren – hjälp skrivskyddad text")
    # The help read aloud, and stopped: *Sluta läsa* can be pressed only while it reads, and a
    # press leaves the keyboard on *Läs upp hjälpen* (said once, with the stop).
    reach(orca, "Tab", r"^Läs upp hjälpen tryckknapp", most=4)
    said_once(orca, ["Return"], r"^Läser upp")
    said_once(orca, ["Tab"], r"^Sluta läsa tryckknapp")
    said_once(orca, ["Return"], r"^Läs upp hjälpen tryckknapp", also=[r"^Uppläsningen är stoppad"])
    said_once(orca, ["Escape"], r"^Större text tryckknapp")
    # The printing window (its choices in a scroll area): the window and the first choice.
    said_once(orca, ["ctrl+p"], r"^Skriv ut i stor stil dialog", also=[r"Det här avsnittet"])
    said_once(orca, ["Escape"], r"^Större text tryckknapp")
    # Enter presses the focused button, as Space does (before, Enter pressed only a dialog's
    # default button: on *Större text* it did nothing).
    said_once(orca, ["Return"], r"^Textstorlek 20 punkter")
    said_once(orca, ["ctrl+0"], r"^Textstorlek 18 punkter")

    # "Say all" (KP_Add) reads on through the text, and the pane follows it without errors.
    press(orca, "shift+F6", "ctrl+Home")
    mark = press(orca, "KP_Add")
    orca.wait_log(r"SAY ALL: .*Samarbetet grundas", since=mark, timeout=WAIT * 2)
    orca.key("ctrl")  # stops reading
    log = orca.app_log.read_text("utf-8", errors="replace")
    assert "scrollToSubstring failed" not in log and "_q_ensureVisible" not in log, log[-2000:]
