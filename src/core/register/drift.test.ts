import { describe, expect, it } from 'vitest';
import type { FindingType, ScanSummary, ScannedFileSummary } from '../scan/types.ts';
import { catalogueCategory } from './categories.ts';
import { computeDrift, isUnder, longestRetentionMonths, normalisePath, processingForFolder } from './drift.ts';
import { bareProcessing, completeProcessing, NOW, registerOf } from './fixtures.ts';
import type { Processing } from './model.ts';
import { instantiateTemplate } from './templates.ts';

const file = (path: string, counts: Partial<Record<FindingType, number>>, modifiedAt = '2026-05-01T00:00:00.000Z'): ScannedFileSummary => ({
  path,
  folder: path.slice(0, path.lastIndexOf('/')),
  size: 1000,
  modifiedAt,
  counts,
});

function scan(...files: ScannedFileSummary[]): ScanSummary {
  const totals: Partial<Record<FindingType, number>> = {};
  for (const f of files) for (const [t, n] of Object.entries(f.counts)) totals[t as FindingType] = (totals[t as FindingType] ?? 0) + (n ?? 0);
  return { id: 's1', scannedAt: NOW.toISOString(), roots: ['/home/claire'], files, totals };
}

/** Client management with its files in /home/claire/Clients. */
function clients(): Processing {
  const p = completeProcessing();
  p.supports.push({ kind: 'materiel', name: 'Dossier clients', path: '/home/claire/Clients' });
  return p;
}

const ids = (actions: ReturnType<typeof computeDrift>) => actions.map((a) => a.id);

describe('paths', () => {
  it('match a folder and its subfolders, not a sibling with the same prefix', () => {
    expect(isUnder('/home/claire/Clients', '/home/claire/Clients/')).toBe(true);
    expect(isUnder('/home/claire/Clients/2024', '/home/claire/Clients')).toBe(true);
    expect(isUnder('/home/claire/Clients2', '/home/claire/Clients')).toBe(false);
    expect(isUnder('/home/claire', '')).toBe(false);
  });

  it('compare Windows paths whatever the separators and case', () => {
    expect(normalisePath('C:\\Users\\Claire\\Clients\\')).toBe('c:/users/claire/clients');
    expect(isUnder('C:\\Users\\Claire\\Clients\\Dupont', 'c:/users/claire/CLIENTS')).toBe(true);
  });

  it('pick the processing with the most specific support path', () => {
    const a = clients();
    const b = bareProcessing({ id: 'compta', supports: [{ kind: 'materiel', name: 'Factures', path: '/home/claire/Clients/Factures' }] });
    const reg = registerOf(a, b);
    expect(processingForFolder(reg, '/home/claire/Clients/Factures/2020')?.processing.id).toBe('compta');
    expect(processingForFolder(reg, '/home/claire/Clients/Dupont')?.processing.id).toBe(a.id);
    expect(processingForFolder(reg, '/home/claire/Photos')).toBeNull();
  });
});

describe('computeDrift', () => {
  it('finds nothing when the register matches the scan', () => {
    expect(computeDrift(registerOf(clients()), scan(file('/home/claire/Clients/devis.pdf', { email: 2, person_name: 1 })), NOW)).toEqual([]);
  });

  it('reports categories found but not declared, with counts and example folders', () => {
    const s = scan(
      file('/home/claire/Clients/a.csv', { email: 1, nir: 3, health: 1 }),
      file('/home/claire/Clients/b.csv', { nir: 1 }),
      file('/home/claire/Clients/Dupont/c.docx', { nir: 5 }),
    );
    const actions = computeDrift(registerOf(clients()), s, NOW);
    expect(ids(actions)).toEqual(['categorie_non_declaree:health', 'categorie_non_declaree:nir']);
    expect(actions[1]).toMatchObject({
      kind: 'categorie_non_declaree',
      severity: 'haute',
      findingType: 'nir',
      count: 9,
      folders: ['/home/claire/Clients/Dupont', '/home/claire/Clients'],
      message: 'L’analyse a trouvé 9 occurrences de numéros de sécurité sociale (NIR) dans vos dossiers, mais aucun traitement du registre ne déclare ces données.',
    });
  });

  it('counts a category as declared by any processing, including by its Art. 9 flag', () => {
    const sante = instantiateTemplate('sante_bien_etre', { now: NOW });
    const actions = computeDrift(registerOf(clients(), sante), scan(file('/home/claire/Clients/a.csv', { health: 2 })), NOW);
    expect(ids(actions)).toEqual([]);
  });

  it('reports criminal offences found (RGPD art. 10) until a processing declares the catalogue\'s « infractions »', () => {
    const s = scan(file('/home/claire/Clients/notes.docx', { criminal_offence: 2 }));
    const [action] = computeDrift(registerOf(clients()), s, NOW);
    expect(action).toMatchObject({
      id: 'categorie_non_declaree:criminal_offence',
      severity: 'haute',
      title: 'L’analyse a trouvé des mentions d’infractions ou de condamnations pénales qu’aucun traitement ne déclare',
      count: 2,
      message: 'L’analyse a trouvé 2 occurrences de mentions d’infractions ou de condamnations pénales dans vos dossiers, mais aucun traitement du registre ne déclare ces données.',
    });
    const p = clients();
    p.dataCategories.push({ ...catalogueCategory('infractions')! });
    expect(computeDrift(registerOf(p), s, NOW)).toEqual([]);
    // declared and never found: for information
    expect(ids(computeDrift(registerOf(p), scan(file('/home/claire/Clients/a.csv', { email: 1 })), NOW))).toEqual(['categorie_jamais_trouvee:infractions']);
  });

  it('counts sex life found as declared by the catalogue\'s « Vie sexuelle », not by « Orientation sexuelle »', () => {
    const s = scan(file('/home/claire/Clients/seances.docx', { sex_life: 3 }));
    const p = clients();
    p.dataCategories.push({ ...catalogueCategory('orientation_sexuelle')! });
    expect(ids(computeDrift(registerOf(p), s, NOW))).toEqual(['categorie_non_declaree:sex_life', 'categorie_jamais_trouvee:orientation_sexuelle']);
    p.dataCategories.push({ ...catalogueCategory('vie_sexuelle')! });
    expect(ids(computeDrift(registerOf(p), s, NOW))).toEqual(['categorie_jamais_trouvee:orientation_sexuelle']);
  });

  it('reports folders with personal data that no processing names, merging subfolders', () => {
    const s = scan(
      file('/home/claire/Bureau/liste.xlsx', { email: 4 }),
      file('/home/claire/Bureau/vieux/liste2.xlsx', { phone: 2, iban: 1 }),
      file('/home/claire/Musique/rien.txt', {}),
      file('/home/claire/Clients/a.csv', { email: 1 }),
    );
    const actions = computeDrift(registerOf(clients()), s, NOW);
    expect(actions).toEqual([
      expect.objectContaining({
        id: 'dossier_sans_traitement:/home/claire/Bureau',
        kind: 'dossier_sans_traitement',
        severity: 'haute',
        count: 2,
        folder: '/home/claire/Bureau',
        message: 'Le dossier « /home/claire/Bureau » contient 2 fichiers avec des données personnelles, mais aucun traitement du registre ne le cite comme support.',
      }),
    ]);
  });

  it('ignores files that could not be read', () => {
    const unreadable = { ...file('/home/claire/Bureau/x.pdf', { email: 1 }), error: 'Fichier protégé par mot de passe.' };
    const s = { ...scan(unreadable), totals: {} };
    expect(computeDrift(registerOf(clients()), s, NOW)).toEqual([]);
  });

  it('reports files older than the longest declared retention of their processing', () => {
    const p = clients();
    p.retention = [{ what: 'Dossier client', duration: '3 ans', months: 36 }, { what: 'Notes', duration: '1 an', months: 12 }];
    expect(longestRetentionMonths(p)).toBe(36);
    const s = scan(
      file('/home/claire/Clients/old.csv', { email: 1 }, '2023-06-14T09:00:00.000Z'),
      file('/home/claire/Clients/older.csv', { email: 1 }, '2021-01-01T00:00:00.000Z'),
      file('/home/claire/Clients/edge.csv', { email: 1 }, '2023-06-15T10:00:00.000Z'),
      file('/home/claire/Clients/new.csv', { email: 1 }, '2025-01-01T00:00:00.000Z'),
    );
    const actions = computeDrift(registerOf(p), s, NOW);
    expect(actions).toEqual([
      expect.objectContaining({
        id: `conservation_depassee:${p.id}:/home/claire/Clients`,
        kind: 'conservation_depassee',
        severity: 'moyenne',
        processingId: p.id,
        count: 2,
        oldestModifiedAt: '2021-01-01T00:00:00.000Z',
        message: 'Le dossier « /home/claire/Clients » (traitement « Gestion des clients et facturation ») contient 2 fichiers non modifiés depuis plus de 36 mois, la durée de conservation la plus longue déclarée pour ce traitement.',
      }),
    ]);
  });

  it('adds months by the calendar (31 January + 1 month = end of February)', () => {
    const p = clients();
    p.retention = [{ what: 'x', duration: '1 mois', months: 1 }];
    const s = scan(file('/home/claire/Clients/a.csv', { email: 1 }, '2026-01-31T12:00:00.000Z'));
    expect(computeDrift(registerOf(p), s, new Date('2026-02-28T11:00:00.000Z'))).toEqual([]);
    expect(ids(computeDrift(registerOf(p), s, new Date('2026-02-28T13:00:00.000Z')))).toEqual([`conservation_depassee:${p.id}:/home/claire/Clients`]);
  });

  it('skips the retention check when no duration is given in months', () => {
    const p = clients();
    p.retention = [{ what: 'Dossier', duration: 'Durée du contrat' }];
    expect(longestRetentionMonths(p)).toBeNull();
    expect(computeDrift(registerOf(p), scan(file('/home/claire/Clients/a.csv', { email: 1 }, '2000-01-01T00:00:00.000Z')), NOW)).toEqual([]);
  });

  it('tells, for information, when a declared sensitive category was never found', () => {
    const sante = instantiateTemplate('sante_bien_etre', { now: NOW });
    const actions = computeDrift(registerOf(sante), scan(), NOW);
    expect(actions).toEqual([
      expect.objectContaining({ id: 'categorie_jamais_trouvee:sante', severity: 'info', count: 0, message: expect.stringContaining('« Suivi des clients en santé / bien-être »') }),
    ]);
  });

  it('orders actions by severity then id, the same way every time', () => {
    const s = scan(file('/home/claire/Bureau/a.csv', { email: 1 }), file('/home/claire/Clients/b.csv', { card: 1 }));
    const reg = registerOf(clients(), instantiateTemplate('sante_bien_etre', { now: NOW }));
    const actions = computeDrift(reg, s, NOW);
    expect(actions.map((a) => `${a.severity} ${a.id}`)).toEqual([
      'moyenne dossier_sans_traitement:/home/claire/Bureau',
      'info categorie_jamais_trouvee:sante',
    ]);
    const reordered = { ...s, files: [...s.files].reverse() };
    expect(computeDrift(reg, reordered, NOW)).toEqual(actions);
  });

  it('never copies a masked or raw value into an action', () => {
    const s = scan(file('/home/claire/Bureau/a.csv', { nir: 1, iban: 2 }));
    const text = JSON.stringify(computeDrift(registerOf(clients()), s, NOW));
    expect(text).not.toMatch(/•|\d{13}|FR76/);
  });
});
