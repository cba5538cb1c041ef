/**
 * Reads a response body while counting it, for downloads whose size the server may misstate:
 * a Content-Length over the cap is refused before reading, and the body is counted chunk by
 * chunk and the download cancelled the moment it passes the cap, so neither a missing nor a
 * lying length can make the caller buffer more than `maxBytes`. Used by the clipping images
 * (background/clippings/fetch-image.ts) and the PDF reader (viewer/open-source.ts).
 */

/** The body's bytes, or null when it is larger than `maxBytes` (the download is then cancelled). */
export async function readCappedBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  const reader = response.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? null : whole;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
