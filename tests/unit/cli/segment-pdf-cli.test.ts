import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'segment-pdf-'));
const run = (file: string) => {
  const result = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/segment.ts', file], { encoding: 'utf8' });
  return { status: result.status, json: result.stdout ? JSON.parse(result.stdout) : undefined, stderr: result.stderr };
};
const pdf = (name: string) => `tests/fixtures/pdf/${name}`;

describe('npm run segment -- FILE.pdf', { timeout: 120_000 }, () => {
  it('prints one result per page with the page text its spans point into', () => {
    const { status, json } = run(pdf('gazette-a1-a2.pdf'));
    expect(status).toBe(0);
    expect(json.pages.map((page: { page: number }) => page.page)).toEqual([1, 2]);
    for (const page of json.pages) {
      expect(page.items.length).toBeGreaterThan(0);
      for (const item of page.items) for (const span of [...item.headline, ...item.body]) expect(span.end).toBeLessThanOrEqual(page.text.length);
    }
    const [first, second] = json.pages;
    expect(first.issue).toMatchObject({ publication: 'The Riverside Gazette', date: '2022-03-31', page: 'A1' });
    expect(second.issue).toMatchObject({ date: '2022-03-31', page: 'A2' });
    // The jump: the story continued from A1 is read as a continuation on A2.
    const jumped = second.items.find((item: { kind: string }) => item.kind === 'continuation');
    expect(jumped.bodyText).toMatch(/^The bridge was closed twice last winter/);
    // Justified lines stretched around wide gaps stay one line, columns stay apart.
    expect(first.text).toContain('rebuild the Harbor Street bridge, ending a\ndebate that has divided the riverside\n');
  });

  it('segments the seed page PDF into its ten items, headlines attached', () => {
    const { status, json } = run(pdf('jzrb-20220331-02.pdf'));
    expect(status).toBe(0);
    const [page] = json.pages;
    expect(page.items).toHaveLength(10);
    const titles = page.items.map((item: { title?: string }) => item.title).filter(Boolean);
    expect(titles).toContain('党建业务相融合 打造政务服务新标杆');
    expect(page.issue).toMatchObject({ publication: '荆州日报', date: '2022-03-31', page: '02', section: '要闻' });
  });

  it('gives a JSON error and exit 1 for a scan, a locked PDF and a file that is not a PDF', () => {
    const scan = run(pdf('scan-no-text.pdf'));
    expect(scan.status).toBe(1);
    expect(scan.json.error.code).toBe('no-text-layer');
    const locked = run(pdf('encrypted-password.pdf'));
    expect(locked.status).toBe(1);
    expect(locked.json.error.code).toBe('encrypted');
    const fake = path.join(dir, 'page.pdf');
    writeFileSync(fake, '<html><body>Not found</body></html>');
    const notPdf = run(fake);
    expect(notPdf.status).toBe(1);
    expect(notPdf.json).toEqual({ file: fake, error: { code: 'not-pdf', message: expect.stringContaining('not a PDF') } });
    const broken = path.join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.7\n1 0 obj garbage');
    const damaged = run(broken);
    expect(damaged.status).toBe(1);
    expect(['not-pdf', 'damaged']).toContain(damaged.json.error.code);
  });
});
