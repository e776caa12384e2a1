// The documents of an incident: the CNIL notification content (text, PDF, JSON) and the
// letters to the people (one PDF page each, CSV for mail merge, JSON), from typed recipients
// and from the client file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../helpers/http.ts';
import { expectError, freeze, journal, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { lostLaptop, pdfPages } from './fixtures.ts';

/** Raw bytes of a download (the JSON client decodes bodies as text). */
async function download(client: Client, method: 'GET' | 'POST', path: string, body?: unknown) {
  if (!client.csrf) await client.refreshCsrf();
  const headers: Record<string, string> = { cookie: client.cookieHeader() };
  if (method === 'POST') Object.assign(headers, { 'x-csrf-token': client.csrf!, 'content-type': 'application/json' });
  const res = await fetch(client.baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const PEOPLE = [
  { civilite: 'Mme', nom: 'Bertrand', prenom: 'Lucienne', email: 'lucienne@exemple.fr', adresse: ['3 place Bellecour', '69002 Lyon'] },
  { civilite: 'M.', nom: 'Nguyen', prenom: 'Paul', adresse: ['8 rue Mercière', '69002 Lyon'] },
  { civilite: '', nom: '=HYPERLINK("http://x.example")', prenom: 'Camille', email: 'camille@exemple.fr' },
];

describe('breach documents', () => {
  let env: Env;
  let owner: Owner;
  let id: string;

  beforeAll(async () => {
    env = await startEnv('sqlite');
    owner = await newOwner(env.url, { raisonSociale: 'Atelier Durand', adresse: '12 rue des Lilas, 69003 Lyon' });
    const now = freeze(env.t);
    id = (await owner.client.post('/api/breaches', lostLaptop(now))).body.violation.id;
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('waits for the assessment before writing any document', async () => {
    expectError(await owner.client.get(`/api/breaches/${id}/cnil`), 409, 'EVALUATION_REQUISE');
    expectError(await owner.client.post(`/api/breaches/${id}/letters`, { recipients: PEOPLE, format: 'json' }), 409, 'EVALUATION_REQUISE');
    expect((await owner.client.post(`/api/breaches/${id}/assess`, {})).status).toBe(200);
  });

  it('gives the CNIL notification as text to copy, as JSON and as a PDF', async () => {
    const txt = await owner.client.get(`/api/breaches/${id}/cnil?format=txt`);
    expect(txt.status).toBe(200);
    expect(txt.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(txt.headers.get('content-disposition')).toMatch(/^attachment; filename="notification-cnil-\d{4}-\d{2}-\d{2}\.txt"$/);
    for (const part of ['TYPE DE NOTIFICATION', 'RESPONSABLE DU TRAITEMENT', 'Atelier Durand (SIREN 732829320)', '12 rue des Lilas', 'CHRONOLOGIE', 'Environ 240 personnes', 'Noms et adresses des clients', 'INFORMATION DES PERSONNES']) {
      expect(txt.text).toContain(part);
    }

    const json = await owner.client.get(`/api/breaches/${id}/cnil?format=json`);
    expect(json.body.texte).toBe(txt.text);
    expect(json.body.notification.phase.phase).toBe('complete');
    expect(json.body.notification.chronologie.delai.text).toBe('Il reste 62 h 00 min');

    const pdf = await download(owner.client, 'GET', `/api/breaches/${id}/cnil?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(pdf.bytes)).toBeGreaterThanOrEqual(1);
    expectError(await owner.client.get(`/api/breaches/${id}/cnil?format=docx`), 400, 'DONNEES_INVALIDES');
    const exports = (await journal(owner.client)).filter((e) => e.action === 'violation.export_cnil').map((e) => e.details.format);
    expect(exports).toEqual(['pdf', 'json', 'txt']);
  });

  it('merges the letters into one PDF, one page per person', async () => {
    for (const n of [1, 3]) {
      const res = await download(owner.client, 'POST', `/api/breaches/${id}/letters`, { recipients: PEOPLE.slice(0, n), format: 'pdf' });
      expect(res.status, res.bytes.toString('utf8').slice(0, 200)).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/filename="lettres-violation-\d{4}-\d{2}-\d{2}\.pdf"/);
      expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfPages(res.bytes)).toBe(n);
    }
    const [last] = await journal(owner.client);
    expect(last).toMatchObject({ action: 'violation.lettres', recordId: id, details: { nombre: 3, format: 'pdf', clients: 0 } });
  });

  it('writes a mail-merge CSV with both versions and neutralised formulas', async () => {
    const res = await download(owner.client, 'POST', `/api/breaches/${id}/letters`, { recipients: PEOPLE, format: 'csv' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = res.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFcivilite;prenom;nom;email;adresse_1;')).toBe(true);
    expect(text).toContain('Mme;Lucienne;Bertrand;lucienne@exemple.fr;3 place Bellecour;69002 Lyon;');
    expect(text).toContain(`;"'=HYPERLINK(""http://x.example"")";`);
    expect(text).toContain('Information importante concernant vos données personnelles');
    expect(text).toContain('Madame,');
    expect(text.match(/\r\n(Mme|M\.|);/g)).toHaveLength(3);
  });

  it('gives each letter as an e-mail and a postal letter, with advice fitted to the data', async () => {
    const res = await owner.client.post(`/api/breaches/${id}/letters`, { recipients: PEOPLE.slice(0, 2), format: 'json' });
    expect(res.status, res.text).toBe(200);
    const [first, second] = res.body.lettres;
    expect(first.destinataire).toMatchObject({ civilite: 'Mme', nom: 'Bertrand' });
    expect(first.email.texte.startsWith('Madame,')).toBe(true);
    expect(first.courrier).toContain('Mme Lucienne Bertrand\n3 place Bellecour\n69002 Lyon');
    expect(first.courrier).toContain('Lyon, le ');
    expect(second.email.texte.startsWith('Monsieur,')).toBe(true);
    expect(first.conseils.join(' ')).toMatch(/relevés bancaires/);
  });

  it('reads recipients from the client file, and refuses unknown clients', async () => {
    const created = await owner.client.post('/api/clients', {
      civilite: 'Mme',
      nom: 'Moreau',
      prenom: 'Inès',
      emails: ['ines.moreau@exemple.fr'],
      address: { lignes: ['5 quai Saint-Vincent'], codePostal: '69001', ville: 'Lyon', pays: 'France' },
      status: 'client',
    });
    expect(created.status, created.text).toBe(201);
    const res = await owner.client.post(`/api/breaches/${id}/letters`, { clientIds: [created.body.client.id], recipients: [PEOPLE[1]], format: 'json' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.lettres.map((l: { destinataire: { nom: string } }) => l.destinataire.nom)).toEqual(['Nguyen', 'Moreau']);
    expect(res.body.lettres[1].courrier).toContain('Mme Inès Moreau\n5 quai Saint-Vincent\n69001 Lyon');
    expect(res.body.lettres[1].destinataire.email).toBe('ines.moreau@exemple.fr');

    expectError(await owner.client.post(`/api/breaches/${id}/letters`, { clientIds: ['00000000-0000-4000-8000-000000000000'], format: 'pdf' }), 404, 'INTROUVABLE', /^Client introuvable\.$/);
    expectError(await owner.client.post(`/api/breaches/${id}/letters`, { recipients: [], format: 'pdf' }), 400, 'DONNEES_INVALIDES', /au moins un destinataire/);
    expectError(await owner.client.post(`/api/breaches/${id}/letters`, { recipients: [{ nom: '' }], format: 'pdf' }), 400, 'DONNEES_INVALIDES', /nom à renseigner/);
    expectError(await owner.client.post(`/api/breaches/${id}/letters`, { recipients: [{ nom: 'X', email: 'pas-une-adresse' }] }), 400, 'DONNEES_INVALIDES');
  });
});
