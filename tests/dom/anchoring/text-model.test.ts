import { describe, expect, it } from 'vitest';
import { createTextModel } from '../../../src/dom/anchoring/text-model';
import { offsetAtPoint, rangeFromSpan, spanFromRange } from '../../../src/dom/anchoring/range-offsets';

function rootFrom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('createTextModel', () => {
  it('collapses whitespace and separates blocks and line breaks with one newline', () => {
    const root = rootFrom('<h1>  Title\n here </h1><p>One <b>bold</b>   word.<br>Next line</p>\n<p>Two</p>');
    expect(createTextModel(root).text).toBe('Title here\nOne bold word.\nNext line\nTwo');
  });

  it('skips script, style, hidden, display:none, template and the extension UI', () => {
    const root = rootFrom(
      '<p>a</p><script>var x</script><style>p{}</style><p hidden>h</p><p style="color:red; display: none">n</p>' +
        '<template>t</template><noscript>ns</noscript><jianbao-ui>ui</jianbao-ui><p aria-hidden="true">b</p>',
    );
    expect(createTextModel(root).text).toBe('a\nb');
  });

  it('treats jb-mark highlight wrappers as transparent inline elements', () => {
    const plain = rootFrom('<p>The mayor said fares stay.</p>');
    const before = createTextModel(plain).text;
    const marked = rootFrom('<p>The <jb-mark>mayor</jb-mark> said <jb-mark>fa</jb-mark>res stay.</p>');
    expect(createTextModel(marked).text).toBe(before);
  });

  it('maps every character back to its text node and offset', () => {
    const root = rootFrom('<p>ab  <i>cd</i></p><p>ef</p>');
    const model = createTextModel(root);
    for (let i = 0; i < model.text.length; i++) {
      const node = model.charNode[i];
      if (node === -1) {
        expect(model.text[i]).toBe('\n');
        continue;
      }
      const source = model.nodes[node].data[model.charOffset[i]];
      expect(model.text[i] === ' ' ? /\s/.test(source) : source === model.text[i]).toBe(true);
    }
  });
});

describe('Range ↔ span', () => {
  it('round-trips a span across paragraphs and inline markup', () => {
    const root = rootFrom('<p>First <em>para</em>graph.</p><p>Second one here.</p>');
    const model = createTextModel(root);
    const start = model.text.indexOf('graph');
    const end = model.text.indexOf(' here');
    const range = rangeFromSpan(model, { start, end })!;
    expect(range.toString()).toBe('graph.Second one');
    expect(spanFromRange(model, range)).toEqual({ start, end });
  });

  it('maps element boundary points to the next visible character', () => {
    const root = rootFrom('<p>One</p><script>x</script><p>Two</p>');
    const model = createTextModel(root);
    expect(offsetAtPoint(model, root, 1)).toBe(model.text.indexOf('Two'));
    expect(offsetAtPoint(model, root, root.childNodes.length)).toBe(model.text.length);
  });

  it('returns null for a span that holds only a synthetic line break', () => {
    const root = rootFrom('<p>One</p><p>Two</p>');
    const model = createTextModel(root);
    expect(rangeFromSpan(model, { start: 3, end: 4 })).toBeNull();
  });
});
