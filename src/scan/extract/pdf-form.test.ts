// A filled PDF form's fields and the label that says what each holds.
import { describe, expect, it } from 'vitest';
import { checkBoxes, formFields, pageComments } from './pdf-form.ts';

// a text run at (x, y), as pdfjs gives it (y grows upwards), and a text field's box
const run = (str: string, x: number, y: number, width = str.length * 6) => ({ str, transform: [12, 0, 0, 12, x, y], width });
const field = (fieldName: string, fieldValue: unknown, rect = [150, 637, 350, 657], extra: object = {}) => ({ subtype: 'Widget', fieldType: 'Tx', fieldName, fieldValue, rect, ...extra });

describe('PDF form check boxes', () => {
  const box = (fieldName: string, fieldValue: string, y: number, extra: object = {}) => ({ subtype: 'Widget', fieldType: 'Btn', checkBox: true, exportValue: 'Oui', fieldName, fieldValue, rect: [50, y, 62, y + 12], ...extra });
  it('marks the words printed right of each box, on its line, and reads a ticked box\'s as its value', () => {
    const runs = [run('Diabète', 66, 702), run('Grossesse en cours', 66, 672), run('Remarques', 300, 642), run('Asthme', 66, 612)];
    const { marks, ticked } = checkBoxes([box('c1', 'Off', 700), box('c2', 'Oui', 670), box('c3', 'Oui', 640, { alternativeText: 'Épilepsie' }), box('c4', 'Yes', 610)], runs);
    expect([...marks].map(([r, m]) => m + r.str)).toEqual(['☐ Diabète', '☒ Grossesse en cours', '☐ Asthme']);
    // (« Remarques » is too far right to be the third box's label: its tooltip says it; the fourth's value is no export value)
    expect(ticked).toEqual([{ label: '', value: 'Grossesse en cours', name: 'c2' }, { label: '', value: 'Épilepsie', name: 'c3' }]);
  });
  it('marks a radio button\'s label too, not as a field: « Oui » alone says nothing', () => {
    const radio = (buttonValue: string, y: number, x: number) => ({ subtype: 'Widget', fieldType: 'Btn', radioButton: true, fieldName: 'enceinte', fieldValue: 'Non', buttonValue, rect: [x, y, x + 12, y + 12] });
    const runs = [run('Êtes-vous enceinte ?', 50, 702), run('Oui', 216, 702), run('Non', 266, 702)];
    const { marks, ticked } = checkBoxes([radio('Oui', 700, 200), radio('Non', 700, 250)], runs);
    expect([...marks].map(([r, m]) => m + r.str)).toEqual(['☐ Oui', '☒ Non']);
    expect(ticked).toEqual([]);
  });
  it('looks only on a page of a reasonable size (boxes × text runs bounded)', () => {
    const runs = Array.from({ length: 1000 }, (_, i) => run('Diabète', 66, 10 * i + 2));
    const boxes = Array.from({ length: 3000 }, (_, i) => box(`c${i}`, 'Oui', 10 * (i % 1000)));
    const { marks, ticked } = checkBoxes(boxes, runs);
    expect(ticked.length).toBe(2000);
    expect(marks.size).toBe(1000);
  });
});

describe('PDF form fields', () => {
  it('labels a field by its tooltip, its name, or the words printed left of it or above it', () => {
    const runs = [run('Date de naissance :', 50, 643, 106), run('Adresse', 150, 600), run('Remarques', 50, 500)];
    expect(formFields([
      field('Text1', 'Le Bihan', [150, 697, 350, 717], { alternativeText: 'Nom de famille' }),
      field('topmostSubform[0].Page1[0].Prenom[0]', 'Gwenaëlle', [150, 667, 350, 687]),
      field('Text3', '12/03/1985'),
      field('Text4', '12 rue de Brest', [150, 570, 350, 590]),
      field('Text5', 'Rappeler lundi', [150, 494, 350, 514]),
    ], runs)).toEqual([
      { label: 'Nom de famille', value: 'Le Bihan', name: 'Text1' },
      { label: 'Prenom', value: 'Gwenaëlle', name: 'Prenom' },
      { label: 'Date de naissance', value: '12/03/1985', name: 'Text3' },
      { label: 'Adresse', value: '12 rue de Brest', name: 'Text4' },
      // « Remarques » announces nothing: read as plain text
      { label: '', value: 'Rappeler lundi', name: 'Text5' },
    ]);
  });

  it('looks for printed labels only on a page of a reasonable size (fields × text runs bounded)', () => {
    const runs = Array.from({ length: 1500 }, (_, i) => run('Nom', 50, 10 * i, 30));
    const fields = Array.from({ length: 1500 }, (_, i) => field(`Text${i}`, 'Dupont', [100, 10 * i - 5, 200, 10 * i + 5]));
    expect(formFields(fields.slice(0, 1), runs)[0]!.label).toBe('Nom');
    expect(formFields(fields, runs).every((f) => f.label === '')).toBe(true);
  });

  it('reads text fields and choices, not check boxes nor empty fields', () => {
    expect(formFields([
      { subtype: 'Widget', fieldType: 'Btn', fieldName: 'accepte', fieldValue: 'Yes' },
      { subtype: 'Widget', fieldType: 'Ch', fieldName: 'Ville', fieldValue: ['Brest', 'Quimper'] },
      field('Nom', '   '),
      { subtype: 'Link', fieldName: 'Nom', fieldValue: 'Dupont' },
    ], [])).toEqual([{ label: '', value: 'Brest, Quimper', name: 'Ville' }]);
  });

  it('reads the comments drawn on a page, their author first, not a field, a link or a comment\'s popup', () => {
    expect(pageComments([
      { subtype: 'Text', contentsObj: { str: 'Client diabétique' }, titleObj: { str: 'Julie Martin' } },
      { subtype: 'FreeText', contentsObj: { str: 'Rappeler au\n06 12 34 56 78' } },
      { subtype: 'Popup', contentsObj: { str: 'Client diabétique' } },
      { subtype: 'Widget', contentsObj: { str: 'x' }, fieldType: 'Tx' },
      { subtype: 'Link' },
      { subtype: 'Highlight', contentsObj: { str: '  ' } },
    ])).toEqual(['Julie Martin Client diabétique', 'Rappeler au 06 12 34 56 78']);
  });
});
