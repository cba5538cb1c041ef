/** DOM side of anchoring: text model, Range ↔ offsets, DOM hints, describe and anchor. */
export { createTextModel, type TextModel } from './text-model';
export { describe, describeInModel } from './describe';
export { anchor, anchorInModel, matchInModel } from './anchor';
export { spanFromRange, rangeFromSpan, offsetAtPoint } from './range-offsets';
