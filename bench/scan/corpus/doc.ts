// A document under construction: text plus the labels of the personal data written into it.
import type { FindingType } from '../../../src/core/scan/types.ts';

export interface Label {
  type: FindingType;
  start: number;
  length: number;
}

export class Doc {
  text = '';
  labels: Label[] = [];
  /** Plain text (or a hard negative): no label. */
  t(s: string): this {
    this.text += s;
    return this;
  }
  /** Personal data: labelled with its type. */
  p(type: FindingType, s: string): this {
    this.labels.push({ type, start: this.text.length, length: s.length });
    this.text += s;
    return this;
  }
  /** Renders "… [[phrase]] …" with the bracketed phrase labelled as `type`. */
  marked(type: FindingType, template: string): this {
    const parts = template.split(/\[\[|\]\]/);
    parts.forEach((part, i) => (i % 2 === 1 ? this.p(type, part) : this.t(part)));
    return this;
  }
}
