import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../src/background/db/database';
import { openNotesStream } from '../../../src/background/db/notes-stream';
import { importPlan } from '../../../src/background/services/import-service';
import { makeHighlight, seed } from '../../popup/seed-db';

describe('imported highlights', () => {
  it('are found by search and colour filter although the file carried no search tokens', async () => {
    await seed([]);
    const imported = { ...makeHighlight('w3c-1', '数字经济发展', { color: 'blue' }), tokens: [] };
    const result = await importPlan(openDb(), { source: 'w3c', articles: [], highlights: [imported], warnings: [] });
    expect(result.highlights.added).toBe(1);
    expect(await (await openNotesStream(openDb(), { query: '经济' }, 'newest'))!.rest()).toEqual(['w3c-1']);
    expect(await (await openNotesStream(openDb(), { color: 'blue' }, 'oldest'))!.rest()).toEqual(['w3c-1']);
  });
});
