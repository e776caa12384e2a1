// A filled PDF form's fields and the label that says what each holds.
import { describe, expect, it } from 'vitest';
import { formFields, pageComments } from './pdf-form.ts';

// a text run at (x, y), as pdfjs gives it (y grows upwards), and a text field's box
const run = (str: string, x: number, y: number, width = str.length * 6) => ({ str, transform: [12, 0, 0, 12, x, y], width });
const field = (fieldName: string, fieldValue: unknown, rect = [150, 637, 350, 657], extra: object = {}) => ({ subtype: 'Widget', fieldType: 'Tx', fieldName, fieldValue, rect, ...extra });

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
