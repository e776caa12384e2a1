import { describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../register/templates.ts';
import { breachDataFromRegister } from './from-register.ts';
import { DATA_KINDS } from './types.ts';

const now = new Date('2026-11-02T10:00:00Z');

describe('breach data from the register', () => {
  it('maps every category of every template to a known breach kind, sensitive ones flagged', async () => {
    const { TEMPLATES } = await import('../register/templates.ts');
    const register = { processings: TEMPLATES.map((t) => instantiateTemplate(t.id, { now, id: `t-${t.id}` })) };
    const out = breachDataFromRegister(register);
    expect(out).toHaveLength(TEMPLATES.length);
    for (const p of out) {
      for (const c of p.categories) expect(DATA_KINDS).toContain(c.kind);
    }
    const sante = out.find((p) => p.processingId === 't-sante_bien_etre')!;
    expect(sante.categories.find((c) => c.kind === 'sante')).toMatchObject({ sensitive: true });
    const clients = out.find((p) => p.processingId === 't-gestion_clients')!;
    expect(clients.categories.map((c) => c.kind)).toEqual(expect.arrayContaining(['etat-civil', 'coordonnees']));
    expect(clients.categories.find((c) => c.kind === 'coordonnees')?.sensitive).toBe(false);
  });

  it('matches categories with keys of their own by their flags', () => {
    const base = instantiateTemplate('gestion_clients', { now, id: 'p1' });
    const processing = {
      ...base,
      dataCategories: [
        { key: 'dossier_suivi', label: 'Dossier de suivi', sensitive: true, art9: 'health' as const },
        { key: 'rib_fournisseur', label: 'RIB', sensitive: false, banking: true },
        { key: 'carte_vitale', label: 'Carte Vitale', sensitive: true, nir: true },
        { key: 'divers', label: 'Divers', sensitive: false },
      ],
    };
    const [p] = breachDataFromRegister({ processings: [processing] });
    expect(p!.categories.map((c) => [c.kind, c.sensitive])).toEqual([
      ['sante', true],
      ['iban', false],
      ['nir', true],
      ['autre', false],
    ]);
  });
});
