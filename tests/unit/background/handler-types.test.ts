/**
 * Compile-time guarantees of the message plumbing (checked by `tsc --noEmit`, which covers
 * tests/); the runtime halves live in router.test.ts and menus.test.ts.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { sendToAnnotator } from '../../../src/background/inject-annotator';
import type { Handler, SenderInfo } from '../../../src/background/router';
import type { PageInfo } from '../../../src/messages';

describe('handler types', () => {
  it('give a cs-bg handler a sender with a tab (route refuses one without) and a ui-bg handler the plain sender', () => {
    expectTypeOf<Parameters<Handler<'cs-bg:inject-annotator'>>[1]['tabId']>().toEqualTypeOf<number>();
    expectTypeOf<Parameters<Handler<'cs-bg:report-anchoring'>>[1]['tabId']>().toEqualTypeOf<number>();
    expectTypeOf<Parameters<Handler<'ui-bg:page-info'>>[1]>().toEqualTypeOf<SenderInfo>();
  });

  it('type sendToAnnotator: the message is a ContentEnvelope of K, the answer its BackgroundToContentResponses entry', () => {
    expectTypeOf<ReturnType<typeof sendToAnnotator<'bg-cs:page-info'>>>().toEqualTypeOf<Promise<PageInfo>>();
    expectTypeOf<ReturnType<typeof sendToAnnotator<'bg-cs:highlights-changed'>>>().toEqualTypeOf<Promise<{ repainted: number }>>();
    expectTypeOf<Parameters<typeof sendToAnnotator<'bg-cs:scroll-to-highlight'>>[1]>().toEqualTypeOf<{
      type: 'bg-cs:scroll-to-highlight';
      payload: { id: string };
    }>();
  });
});
