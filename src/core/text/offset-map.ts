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

/** Appends characters with their input spans; grows like a vector so building stays linear. */
export class OffsetMapBuilder {
  private chars: string[] = [];
  private starts = new Uint32Array(1024);
  private ends = new Uint32Array(1024);
  private length = 0;

  /** Number of characters appended so far. */
  get size(): number {
    return this.length;
  }

  /** Appends one character standing for input [start, end). */
  push(char: string, start: number, end: number): void {
    if (this.length === this.starts.length) {
      const starts = new Uint32Array(this.length * 2);
      const ends = new Uint32Array(this.length * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.chars.push(char);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** The last appended character, or '' when empty. */
  last(): string {
    return this.length > 0 ? this.chars[this.length - 1] : '';
  }

  /** Removes the last appended character (used for de-hyphenation). */
  pop(): void {
    if (this.length > 0) {
      this.chars.pop();
      this.length--;
    }
  }

  /** The finished text and map. */
  finish(): NormalizedText {
    return { text: this.chars.join(''), map: { starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) } };
  }
}
