/**
 * The offset map from normalised text back to the input it came from: character `i` of the
 * normalised text stands for input span [starts[i], ends[i]). Typed arrays because a 5 MB page
 * has millions of entries.
 */
import type { Span } from '../model';

/** Input span of every normalised character (inserted joiners map to the gap they replace). */
export interface OffsetMap {
  starts: Uint32Array;
  ends: Uint32Array;
}

/** Normalised text plus the map back to the input. */
export interface NormalizedText {
  text: string;
  map: OffsetMap;
}

/** Maps a span of normalised text to the smallest input span that covers it. */
export function toInputSpan(map: OffsetMap, span: Span): Span {
  if (span.end <= span.start) {
    const at = span.start < map.starts.length ? map.starts[span.start] : map.ends[map.ends.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: map.starts[span.start], end: map.ends[span.end - 1] };
}

/** Decodes code units in one native call (UTF-16LE is the typed array's byte order on every engine we run on). */
const utf16 = new TextDecoder('utf-16le');

/** Appends characters with their input spans; typed arrays that grow by doubling keep building linear and light on garbage. */
export class OffsetMapBuilder {
  private codes: Uint16Array;
  private starts: Uint32Array;
  private ends: Uint32Array;
  private length = 0;

  /** `capacity`: expected number of characters (the input length is a good guess; it grows if short). */
  constructor(capacity = 256) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.starts = new Uint32Array(size);
    this.ends = new Uint32Array(size);
  }

  /** Number of characters appended so far. */
  get size(): number {
    return this.length;
  }

  /** Appends one UTF-16 code unit standing for input [start, end). */
  pushCode(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Appends one character standing for input [start, end). */
  push(char: string, start: number, end: number): void {
    this.pushCode(char.charCodeAt(0), start, end);
  }

  /** The finished text and map. */
  finish(): NormalizedText {
    const text = utf16.decode(this.codes.subarray(0, this.length));
    return { text, map: { starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) } };
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const starts = new Uint32Array(size);
    const ends = new Uint32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}
