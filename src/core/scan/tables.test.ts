// Tables inside text: Markdown tables and tab-separated rows, read under their headers as a CSV is.
import { describe, expect, it } from 'vitest';
import { detectText } from './detect.ts';
import type { FindingType } from './types.ts';

function found(text: string): Array<[FindingType, string]> {
  return detectText(text, { format: 'text' }).map((d) => [d.type, text.slice(d.start, d.start + d.length)]);
}

describe('tables in text', () => {
  it('reads a Markdown table under its header, to its last row; a row is about the person it names', () => {
    const md = '# Clients\n\n| Nom | Prénom | Date de naissance | Adresse | Notes |\n|-----|:------:|---|---|---|\n' +
      '| Kerbrat | Yannick | 03/03/1975 | Lieu-dit Kerbastard | diabétique |\n| Morel | Léa | 11/11/1982 | Le Bourg | RAS |\n\nLe Bourg est loin.\n';
    expect(found(md)).toEqual([
      ['person_name', 'Kerbrat'], ['person_name', 'Yannick'], ['birth_date', '03/03/1975'], ['postal_address', 'Lieu-dit Kerbastard'], ['health', 'diabétique'],
      ['person_name', 'Morel'], ['person_name', 'Léa'], ['birth_date', '11/11/1982'], ['postal_address', 'Le Bourg'],
    ]);
  });

  it('reads rows separated by tabs under a header (a spreadsheet pasted into a .txt)', () => {
    const txt = 'Liste à jour :\nNom\tPrénom\tDDN\tTéléphone\nKerbrat\tYannick\t03/03/1975\t612345678\nMorel\tLéa\t11/11/1982\t698765432\nFin de la liste.\n';
    expect(found(txt)).toEqual([
      ['person_name', 'Kerbrat'], ['person_name', 'Yannick'], ['birth_date', '03/03/1975'], ['phone', '612345678'],
      ['person_name', 'Morel'], ['person_name', 'Léa'], ['birth_date', '11/11/1982'], ['phone', '698765432'],
    ]);
  });

  it('finds nothing in an invoice’s tabbed lines, an indented text, a menu’s table or a horizontal rule', () => {
    expect(found('Désignation\tQté\tPrix\nRobinet mitigeur\t7\t19,29 €\nTaille de haie\t5\t14,52 €\n')).toEqual([]);
    expect(found('\tPremier point\n\tSecond point : le Bourg\n')).toEqual([]);
    expect(found('| Plat | Allergies |\n|---|---|\n| Tarte | fruits à coque |\n')).toEqual([]);
    expect(found('Nom\n\n---\n\nLe Bourg | Quimper\n')).toEqual([]);
    // a program's documentation: « Name » beside nothing that announces a type, values that are no names
    expect(found('| Name | Type | Description |\n|------|------|-------------|\n| value | `number` | The value |\n| Options | Object | Conversion options |\n')).toEqual([]);
    expect(found('| Nom | Téléphone |\n|---|---|\n| `level` | 0612345678 |\n')).toEqual([['phone', '0612345678']]);
  });

  it('reads both kinds in one block, a street named after someone under « Adresse » being a place in either', () => {
    const text = 'Nom\tAdresse\nKerbrat\tHameau Victor Hugo\nDurand\tLe Bourg\n\n| Nom | Adresse |\n| --- | --- |\n| Morel | Hameau Victor Hugo |\n';
    expect(found(text)).toEqual([
      ['person_name', 'Kerbrat'], ['postal_address', 'Hameau Victor Hugo'], ['person_name', 'Durand'], ['postal_address', 'Le Bourg'],
      ['person_name', 'Morel'], ['postal_address', 'Hameau Victor Hugo'],
    ]);
  });
});
