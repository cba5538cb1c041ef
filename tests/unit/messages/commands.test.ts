import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/messages';

describe('COMMANDS', () => {
  it('lists exactly the shortcuts the manifest declares (besides opening the popup)', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as {
      commands: Record<string, unknown>;
    };
    const declared = Object.keys(manifest.commands).filter((name) => name !== '_execute_action');
    expect([...COMMANDS].sort()).toEqual(declared.sort());
  });
});
