// A spreadsheet's form check boxes: pure parsing and placing, no file.
import { describe, expect, it } from 'vitest';
import { vmlCheckBoxes, withCheckBoxes } from './sheet-boxes.ts';

const shape = (kind: string, anchor: string, checked: string, label: string) =>
  `<v:shape id="s"><v:textbox><div style='text-align:left'><font face="Segoe UI">${label}</font></div></v:textbox><x:ClientData ObjectType="${kind}"><x:Anchor>${anchor}</x:Anchor>${checked}</x:ClientData></v:shape>`;

describe('vmlCheckBoxes', () => {
  it('reads each check box: its cell, its state, its label (Excel\'s default one read as none)', () => {
    const vml = `<xml>${[
      shape('Checkbox', ' 2, 15, 4, 2, 3, 5, 4, 18', '<x:Checked>1</x:Checked>', 'Diab&#232;te'),
      shape('Checkbox', '0, 0, 0, 0, 1, 0, 0, 0', '', 'Case à cocher 12'),
      // mixed (2) is no tick; a comment's shape is no box; an anchor that is not one is skipped
      shape('Checkbox', '1, 0, 1, 0, 2, 0, 1, 0', '<x:Checked>2</x:Checked>', 'Check Box 3'),
      shape('Note', '1, 0, 1, 0, 2, 0, 1, 0', '', 'Remarque'),
      shape('Checkbox', 'x, y', '<x:Checked>1</x:Checked>', 'Oui'),
    ].join('')}</xml>`;
    expect(vmlCheckBoxes(vml)).toEqual([
      { col: 3, row: 5, checked: true, label: 'Diabète' },
      { col: 1, row: 1, checked: false, label: '' },
      { col: 2, row: 2, checked: false, label: '' },
    ]);
    expect(vmlCheckBoxes('<v:shape><x:ClientData ObjectType="Checkbox"><x:Anchor>1,0,1')).toEqual([]);
  });
});

describe('withCheckBoxes', () => {
  const cells = [
    { col: 2, row: 1, text: 'Diabète' },
    { col: 1, row: 2, text: 'Asthme' },
    { col: 1, row: 3, text: 'Êtes-vous enceinte ?' },
  ];
  it('marks the label typed beside a box, puts a labelled box\'s answer after its question, adds a ticked box\'s own label', () => {
    expect(
      withCheckBoxes(cells, [
        { col: 1, row: 1, checked: true, label: '' },
        { col: 2, row: 2, checked: false, label: '' },
        { col: 3, row: 3, checked: true, label: 'Non' },
        { col: 2, row: 3, checked: false, label: 'Oui' },
        { col: 1, row: 4, checked: true, label: 'Varices' },
        { col: 2, row: 4, checked: false, label: 'Phlébite' },
      ]),
    ).toEqual([
      { col: 2, row: 1, text: '☒ Diabète' },
      { col: 1, row: 2, text: '☐ Asthme' },
      { col: 1, row: 3, text: 'Êtes-vous enceinte ? ☐ Oui ☒ Non' },
      { col: 1, row: 4, text: '☒ Varices' },
    ]);
  });
  it('reads an answer with no question on its left as typed; a box with nothing beside it says nothing', () => {
    expect(withCheckBoxes([], [{ col: 2, row: 1, checked: true, label: 'Oui' }, { col: 3, row: 1, checked: false, label: 'Non' }, { col: 5, row: 5, checked: true, label: '' }])).toEqual([{ col: 2, row: 1, text: 'Oui' }]);
    expect(withCheckBoxes(cells, [])).toBe(cells);
  });
  it('places a hostile row of 40 000 answer boxes in one pass (the default timeout bounds it; each list copied per box took minutes)', () => {
    const row = Array.from({ length: 40_000 }, (_, i) => ({ col: i + 1, row: 1, text: i === 0 ? 'Question ?' : 'x' }));
    const boxes = Array.from({ length: 40_000 }, (_, i) => ({ col: i + 2, row: 1, checked: false, label: 'Non' }));
    const out = withCheckBoxes(row, boxes);
    expect(out).toHaveLength(40_000);
    // (the row's boxes answer the question on their left, in their order)
    expect(out[0]!.text).toBe(`Question ? ${Array(40_000).fill('☐ Non').join(' ')}`);
    expect(out[1]!.text).toBe('x');
  });
});
