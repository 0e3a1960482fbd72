"""Speak the book's documents through the app's speech engine into MP3, timed per sentence.

The sentences go through the same engine as reading aloud (the bundled Swedish
eSpeak NG voice, the pack's pronunciation lexicon, the chosen speed), one
document after another; each document's MP3 is encoded on a small thread pool
while the next is spoken (the encoder releases the GIL, so two cores share the
work). Clip times are counted in samples and rounded to milliseconds once, at
the boundaries, so the clips of a document follow each other without gaps and
add up exactly to the length of its MP3.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace

from reader.exports.audio import ExportCancelledError
from reader.exports.epub.book import Chapter
from reader.speech import pace
from reader.speech.engine import SpeechEngine, SpeechParams, Ticket

BIT_RATE_KBPS = 32  # speech: mono, 22.05 kHz; about 14 MB an hour
ENCODER_QUALITY = 7  # LAME -q7: half the time of -q5, no audible difference for synthetic speech at 32 kbit/s
# LAME's own delay (576 samples) and a decoder's (529): where the first sample of the
# input is heard in the decoded MP3 (the file carries no gapless tag, so every player
# hears the same timeline).
CODEC_DELAY_SAMPLES = 576 + 529
TAIL_PAUSE_MS = 500  # after the last sentence, before the document ends


@dataclass(frozen=True)
class Clip:
    line_id: str
    begin_ms: int
    end_ms: int


@dataclass(frozen=True)
class ChapterAudio:
    key: str
    mp3: bytes
    clips: tuple[Clip, ...]
    duration_ms: int
    sample_rate: int


_BIT_RATES = {
    # (version bits, bitrate index) → kbit/s for layer III
    3: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
    2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
_SAMPLE_RATES = {3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000]}


def mp3_frames(data: bytes) -> tuple[int, int, int]:
    """Count the MPEG layer III frames of ``data``: ``(frames, samples per frame, sample rate)``.

    Raises ValueError when the data is not a plain sequence of such frames.
    """
    frames = 0
    pos = 0
    per_frame = rate = 0
    n = len(data)
    while pos + 4 <= n:
        b1, b2 = data[pos + 1], data[pos + 2]
        if data[pos] != 0xFF or (b1 & 0xE0) != 0xE0 or ((b1 >> 1) & 3) != 1:
            raise ValueError(f"no MP3 frame at byte {pos}")
        version = (b1 >> 3) & 3
        bit_index, rate_index, padding = b2 >> 4, (b2 >> 2) & 3, (b2 >> 1) & 1
        if version == 1 or rate_index == 3 or bit_index in (0, 15):
            raise ValueError(f"bad MP3 frame header at byte {pos}")
        kbps = _BIT_RATES[3 if version == 3 else 2][bit_index]
        rate = _SAMPLE_RATES[version][rate_index]
        per_frame = 1152 if version == 3 else 576
        length = (per_frame // 8) * kbps * 1000 // rate + padding
        pos += length
        frames += 1
    if pos != n:
        raise ValueError("the MP3 data ends inside a frame")
    return frames, per_frame, rate


def encode_mp3(pcm: bytes, sample_rate: int) -> bytes:
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BIT_RATE_KBPS)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(ENCODER_QUALITY)
    return bytes(encoder.encode(pcm) + encoder.flush())


def _ms(samples: int, rate: int) -> int:
    return (samples * 1000 + rate // 2) // rate


def _finish(key: str, pcm: bytes, rate: int, starts: list[tuple[str, int]]) -> ChapterAudio:
    """Encode one document and time its clips on the MP3's own timeline."""
    mp3 = encode_mp3(pcm, rate)
    frames, per_frame, out_rate = mp3_frames(mp3)
    total = frames * per_frame  # samples at the MP3's rate
    duration = _ms(total, out_rate)
    scale = out_rate / rate
    bounds = [0] + [_ms(round(sample * scale) + CODEC_DELAY_SAMPLES, out_rate) for _, sample in starts[1:]]
    bounds.append(duration)
    clips = tuple(Clip(line_id, bounds[i], bounds[i + 1]) for i, (line_id, _) in enumerate(starts))
    return ChapterAudio(key, mp3, clips, duration, out_rate)


def narrate(
    engine: SpeechEngine,
    chapters: list[Chapter],
    params: SpeechParams,
    *,
    progress: Callable[[int, int], None] | None = None,
    ticket: Ticket | None = None,
    workers: int = 2,
) -> list[ChapterAudio]:
    """Speak every chapter; raises ExportCancelledError when ``ticket`` is cancelled."""
    spoken = [list(c.spoken()) for c in chapters]
    # one pace for the whole book, planned for its own text (reader.speech.pace): the speed chosen
    # for reading aloud, whatever section the window was reading
    params = replace(
        params, shape=pace.shape_of([(line.text, end) for lines in spoken for line, end in lines])
    )
    pause_ms = pace.paragraph_pause_ms(params.clearer)
    # each sentence counts once when spoken and once when its document's MP3 is encoded
    total = 2 * sum(len(lines) for lines in spoken)
    done = 0
    lock = threading.Lock()

    def step(units: int = 1) -> None:
        nonlocal done
        with lock:
            done += units
            now = done
        if progress is not None:
            progress(now, total)

    def encoded(units: int) -> Callable[[Future], None]:
        return lambda _future: step(units)

    def cancelled() -> bool:
        return ticket is not None and ticket.cancelled

    pending: list[Future] = []
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="epub-mp3") as pool:
        try:
            for chapter, lines in zip(chapters, spoken, strict=True):
                pcm = bytearray()
                rate = 0
                starts: list[tuple[str, int]] = []
                ahead = engine.synthesise(lines[0][0].text, params, ticket) if lines else None
                for i, (line, paragraph_end) in enumerate(lines):
                    if cancelled():
                        raise ExportCancelledError()
                    assert ahead is not None
                    result = ahead.result()
                    ahead = (
                        engine.synthesise(lines[i + 1][0].text, params, ticket)
                        if i + 1 < len(lines)
                        else None
                    )
                    if result.cancelled or cancelled():
                        raise ExportCancelledError()
                    if not rate:
                        rate = result.sample_rate
                    starts.append((line.id, len(pcm) // 2))
                    pcm += result.pcm
                    if paragraph_end:
                        pcm += bytes(2 * (rate * pause_ms // 1000))
                    step()
                rate = rate or 22050
                pcm += bytes(2 * (rate * TAIL_PAUSE_MS // 1000))
                future = pool.submit(_finish, chapter.key, bytes(pcm), rate, starts)
                future.add_done_callback(encoded(len(lines)))  # called on the encoding thread
                pending.append(future)
            results = []
            for future in pending:
                if cancelled():
                    raise ExportCancelledError()
                results.append(future.result())
            return results
        except BaseException:
            for future in pending:
                future.cancel()
            raise
