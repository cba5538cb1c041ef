/**
 * Compile-time guarantees of the message plumbing (checked by `tsc --noEmit`, which covers
 * tests/); the runtime halves live in router.test.ts and menus.test.ts.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Handler, SenderInfo } from '../../../src/background/router';

describe('handler types', () => {
  it('give a cs-bg handler a sender with a tab (route refuses one without) and a ui-bg handler the plain sender', () => {
    expectTypeOf<Parameters<Handler<'cs-bg:inject-annotator'>>[1]['tabId']>().toEqualTypeOf<number>();
    expectTypeOf<Parameters<Handler<'cs-bg:report-anchoring'>>[1]['tabId']>().toEqualTypeOf<number>();
    expectTypeOf<Parameters<Handler<'ui-bg:page-info'>>[1]>().toEqualTypeOf<SenderInfo>();
  });
});
