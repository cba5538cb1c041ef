import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'segment-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/segment.ts', ...args], { encoding: 'utf8' });

describe('segment command line', () => {
  it('prints the items of a page as JSON', () => {
    const result = run('tests/fixtures/newspaper/english-page.txt');
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.items.map((item: { kind: string }) => item.kind)).toEqual(['article', 'photo', 'article', 'continuation']);
  });

  it('refuses empty, binary and oversized input with a message and a non-zero exit', () => {
    const empty = path.join(dir, 'empty.txt');
    const binary = path.join(dir, 'binary.bin');
    const large = path.join(dir, 'large.txt');
    writeFileSync(empty, '  \n\n');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(large, Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    for (const [file, message] of [
      [empty, 'is empty'],
      [binary, 'looks binary'],
      [large, 'the limit is'],
    ]) {
      const result = run(file);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
    }
  });
});
