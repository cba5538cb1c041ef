import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

interface Run {
  code: number;
  lines: Array<Record<string, unknown>>;
}

/** Runs the extract CLI the way `npm run extract` does (through scripts/run-ts.mjs). */
function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/run-ts.mjs', 'src/cli/extract.ts', ...args], { cwd: path.resolve('.') }, (error, stdout) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      resolve({ code, lines: stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) });
    });
  });
}

const fixture = (name: string): string => path.join('tests/fixtures/pages', name);

describe('extract CLI', () => {
  it('prints one JSON line per file, decoding GBK and gzip, with an error line for a bad file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-extract-'));
    const gz = path.join(dir, 'people.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture('people-layout.html'))));
    const missing = path.join(dir, 'missing.html');
    const run = await runCli([fixture('gbk-news.html'), gz, missing, 'package.json']);
    expect(run.code).toBe(0);
    expect(run.lines.map((l) => l.file)).toEqual([fixture('gbk-news.html'), gz, missing, 'package.json']);
    const [gbk, people, absent, notHtml] = run.lines;
    expect(gbk.title).toBe('老城区改造启动');
    expect((gbk.body as { text: string }).text).toContain('本报讯（记者尹娟）');
    expect(people.title).toBe('推动长江经济带高质量发展');
    expect(typeof absent.error).toBe('string');
    expect(notHtml.error).toBe('not an HTML document');
  }, 30_000);

  it('uses --url for the one file and exits non-zero when every file fails', async () => {
    const url = 'http://paper.people.com.cn/rmrb/html/2022-03/31/nw.D110000renmrb_20220331_2-03.htm';
    const ok = await runCli([fixture('people-layout.html'), '--url', url]);
    expect(ok.lines[0].canonicalUrl).toBe(url);
    expect(ok.lines[0].date).toBe('2022-03-31');
    const failed = await runCli(['no/such/file.html']);
    expect(failed.code).toBe(1);
    expect(failed.lines).toHaveLength(1);
    expect(typeof failed.lines[0].error).toBe('string');
  }, 30_000);
});
