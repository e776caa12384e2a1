// The labelled corpus generator (bench/scan/corpus) and the detectors against it: the labels
// must be valid identifiers (faker's raw output is not), and a small held-out sample must meet
// the accuracy targets that `npm run eval:scan` measures on the full corpus.
import { describe, expect, it } from 'vitest';
import { labelledDocuments } from '../../../bench/scan/corpus/generate.ts';
import { detectText } from './detect.ts';
import { FINDING_TYPES, SPECIAL_CATEGORIES, type FindingType } from './types.ts';
import { cardValid, ibanValid, nirShaped, nirValid, ribKeyValid, siretValid } from './validators.ts';

const docs = [...labelledDocuments(424242, 1200)];

describe('labelled corpus', () => {
  it('is reproducible from its seed', () => {
    const again = [...labelledDocuments(424242, 5)];
    expect(again.map((d) => d.text)).toEqual(docs.slice(0, 5).map((d) => d.text));
  });
  it('labels only valid identifiers', () => {
    const compact = (s: string) => s.replace(/[\s.-]/g, '');
    const checks: Partial<Record<FindingType, (v: string) => boolean>> = {
      // an IBAN, or a RIB as the bank prints it (its digits between their labels: the corpus's accounts hold no letter)
      iban: (v) => (/^[A-Za-z]{2}\d\d/.test(v) ? ibanValid(compact(v).toUpperCase()) : ribKeyValid(v.replace(/\D/g, ''))),
      card: (v) => cardValid(compact(v)),
      // (its 13 first characters alone where a file keeps the key in a column of its own)
      nir: (v) => nirValid(compact(v)) || (compact(v).length === 13 && nirShaped(compact(v))),
      siret: (v) => siretValid(compact(v)),
      phone: (v) => !/^0?7[012]/.test(compact(v).replace(/^(\+33|0033)(\(0\))?/, '')),
    };
    let checked = 0;
    for (const d of docs) {
      for (const l of d.labels) {
        const check = checks[l.type];
        if (!check) continue;
        checked++;
        expect(check(d.text.slice(l.start, l.start + l.length)), `${l.type} in ${d.name}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
  it('holds hard negatives: invalid IBANs and cards, EAN-13, VAT numbers', () => {
    const all = docs.map((d) => d.text).join('\n');
    expect(all).toMatch(/RIB fourni \(erroné/);
    expect(all).toMatch(/Carte refusée/);
    expect(all).toMatch(/EAN \d{13}/);
    expect(all).toMatch(/TVA intracommunautaire : FR/);
    // a shop's catalogue, whose « Nom » names its products
    expect(docs.filter((d) => d.name.startsWith('catalogue-')).length).toBe(24);
  });
});

describe('detectors on a held-out sample', () => {
  const counts = new Map(FINDING_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const doc of docs) {
    const ds = detectText(doc.text, { format: doc.format });
    for (const d of ds) {
      const c = counts.get(d.type)!;
      if (doc.labels.some((l) => l.type === d.type && d.start < l.start + l.length && l.start < d.start + d.length)) c.tp++;
      else c.fp++;
    }
    for (const l of doc.labels) {
      if (!ds.some((d) => d.type === l.type && d.start < l.start + l.length && l.start < d.start + d.length)) counts.get(l.type)!.fn++;
    }
  }
  it.each(['email', 'phone', 'iban', 'card', 'nir', 'siret'] as FindingType[])('%s: precision and recall ≥ 0.99', (t) => {
    const { tp, fp, fn } = counts.get(t)!;
    expect(tp).toBeGreaterThan(0);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.99);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.99);
  });
  it.each(['person_name', 'postal_address', 'birth_date', ...SPECIAL_CATEGORIES] as FindingType[])('%s: F1 ≥ 0.90', (t) => {
    const { tp, fp, fn } = counts.get(t)!;
    expect(tp).toBeGreaterThan(0);
    expect((2 * tp) / (2 * tp + fp + fn)).toBeGreaterThanOrEqual(0.9);
  });
});
