import { isWhitespaceCode } from '../../core/anchoring/normalize-whitespace';
import { isBlockElement, isSkippedElement } from './text-model-rules';

/**
 * The visible text under a root as one string, with a map from every character back to the
 * DOM. Whitespace runs collapse to one space and block boundaries (and `<br>`) become one
 * `\n`, as a reader sees them; so re-wrapped whitespace or inline markup leaves the text as is.
 */
export interface TextModel {
  root: Element;
  text: string;
  /** Text nodes in document order, including ones that contributed no characters. */
  nodes: Text[];
  /** For each character, the index in `nodes` it came from; -1 for a synthetic `\n`. */
  charNode: Int32Array;
  /** For each character, its UTF-16 offset inside that text node. */
  charOffset: Int32Array;
  /** First character index of each node's own characters (or where they would be). */
  nodeStart: Int32Array;
  /** One past the last character index of each node's own characters. */
  nodeEnd: Int32Array;
  /** Index of each text node in `nodes`. */
  nodeIndex: Map<Text, number>;
}

class Builder {
  readonly parts: string[] = [];
  readonly charNode: number[] = [];
  readonly charOffset: number[] = [];
  readonly nodes: Text[] = [];
  readonly nodeStart: number[] = [];
  readonly nodeEnd: number[] = [];
  private length = 0;
  private pendingBreak = false;
  private pendingSpaceNode = -1;
  private pendingSpaceOffset = 0;

  lineBreak(): void {
    if (this.length > 0) this.pendingBreak = true;
  }

  private emit(char: string, node: number, offset: number): void {
    this.parts.push(char);
    this.charNode.push(node);
    this.charOffset.push(offset);
    this.length++;
  }

  addText(textNode: Text): void {
    const index = this.nodes.push(textNode) - 1;
    const data = textNode.data;
    let own = -1;
    let runStart = -1;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isWhitespaceCode(code)) {
        // Leading whitespace of the text and of each line is not shown, so it is not recorded.
        if (this.length > 0 && !this.pendingBreak && this.pendingSpaceNode === -1) {
          this.pendingSpaceNode = index;
          this.pendingSpaceOffset = i;
        }
        continue;
      }
      if (this.pendingBreak) this.emit('\n', -1, 0);
      else if (this.pendingSpaceNode !== -1) this.emit(' ', this.pendingSpaceNode, this.pendingSpaceOffset);
      this.pendingBreak = false;
      this.pendingSpaceNode = -1;
      if (own === -1) own = this.length;
      // Copy runs of visible characters in one slice instead of one push per character.
      runStart = i;
      while (i + 1 < data.length && !isWhitespaceCode(data.charCodeAt(i + 1))) i++;
      this.parts.push(data.slice(runStart, i + 1));
      for (let k = runStart; k <= i; k++) {
        this.charNode.push(index);
        this.charOffset.push(k);
      }
      this.length += i + 1 - runStart;
    }
    this.nodeStart.push(own === -1 ? this.length : own);
    this.nodeEnd.push(this.length);
  }

  walk(parent: Node): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        this.addText(child as Text);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (isSkippedElement(element)) continue;
        const block = isBlockElement(element);
        if (block) this.lineBreak();
        this.walk(element);
        if (block) this.lineBreak();
      }
    }
  }
}

/** Builds the text model of `root` once; re-use it to anchor many highlights. */
export function createTextModel(root: Element): TextModel {
  const builder = new Builder();
  builder.walk(root);
  const nodeIndex = new Map<Text, number>();
  builder.nodes.forEach((node, i) => nodeIndex.set(node, i));
  return {
    root,
    text: builder.parts.join(''),
    nodes: builder.nodes,
    charNode: Int32Array.from(builder.charNode),
    charOffset: Int32Array.from(builder.charOffset),
    nodeStart: Int32Array.from(builder.nodeStart),
    nodeEnd: Int32Array.from(builder.nodeEnd),
    nodeIndex,
  };
}
