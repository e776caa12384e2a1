import { describe, expect, it } from 'vitest';
import { slicesOf } from './pages.ts';
import { prettyJsonWithList } from './pretty-json.ts';

describe('prettyJsonWithList', () => {
  it('writes what JSON.stringify(…, null, 2) writes, whatever the number of items and pages', async () => {
    const head = { format: 'rempart.clients', version: 1, exporteLe: '2026-12-02T10:00:00.000Z', responsableDuTraitement: null };
    for (const n of [0, 1, 2500]) {
      const clients = Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        nom: i === 1 ? 'Lefèvre\n"Anaïs"\u2028\u2029' : `Nom${i}`,
        emails: i % 2 ? [] : [`a${i}@exemple.fr`, `b${i}@exemple.fr`],
        address: i % 3 ? null : { lignes: ['2 quai des Marins', 'Bât. B'], codePostal: '01000' },
        marketingConsent: { given: true, at: '2024-03-01' },
        documents: i % 5 ? [] : [{ kind: 'facture', size: 16 }],
      }));
      const expected = JSON.stringify({ ...head, clients }, null, 2);
      for (const size of [1, 7, 1000]) expect((await prettyJsonWithList(head, 'clients', slicesOf(clients, size))).toString('utf8')).toBe(expected);
    }
  });
});
