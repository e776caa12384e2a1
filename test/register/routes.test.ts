// « Registre des traitements » through the real HTTP server, on SQLite and PostgreSQL:
// templates, drafts and publication blocked with the list of what is missing, history,
// guided set-up (idempotent), documents with versions and differences, escaping, roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect } from '../helpers/app.ts';
import { OTHER_STRONG_PASSWORD } from '../helpers/http.ts';
import { addUser, expectError, journal, loginOk, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import ExcelJS from 'exceljs';
import { REGISTER_COLUMNS } from '../../src/documents/register-xlsx.ts';
import { pdfText } from '../golden/register/pdf-text.ts';
import { SCRIPT, SETUP_ANSWERS } from './support.ts';

async function fetchBuffer(o: Owner, path: string) {
  const res = await fetch(o.client.baseUrl + path, { headers: { cookie: o.client.cookieHeader() } });
  expect(res.status, path).toBe(200);
  return { body: Buffer.from(await res.arrayBuffer()), disposition: res.headers.get('content-disposition') };
}

describe.each(DIALECTS)('register routes (%s)', (dialect: Dialect) => {
  let env: Env;
  let owner: Owner;

  beforeAll(async () => {
    env = await startEnv(dialect);
    owner = await newOwner(env.url, { activite: 'artisan_batiment' });
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('starts empty, invites to the set-up and offers the templates of the activity', async () => {
    const fresh = await newOwner(env.url, { activite: 'sante_bien_etre' });
    const reg = await fresh.client.get('/api/register');
    expect(reg.status, reg.text).toBe(200);
    expect(reg.body.traitements).toEqual([]);
    expect(reg.body.politique.publishable).toBe(false);
    expect((await fresh.client.get('/api/register/actions')).body).toMatchObject({ vide: true, actions: [] });
    const templatesRes = (await fresh.client.get('/api/register/templates')).body;
    expect(templatesRes.libelles.basesLegales.contrat).toMatch(/contrat/);
    expect(Object.keys(templatesRes.libelles.evenements)).toEqual(['acces_illegitime', 'modification_non_desiree', 'disparition']);
    const templates = templatesRes.modeles as { id: string; suggere: boolean }[];
    expect(templates.length).toBeGreaterThanOrEqual(13);
    expect(templates.find((t) => t.id === 'sante_bien_etre')?.suggere).toBe(true);
    expect(templates.find((t) => t.id === 'artisan_batiment')?.suggere).toBe(false);
    const setup = (await fresh.client.get('/api/register/setup')).body;
    expect(setup.reponses.activite).toBe('sante_bien_etre');
    expect(setup.questions.length).toBeGreaterThanOrEqual(10);
  });

  it('keeps an incomplete processing as a draft and refuses to publish it, listing what is missing in French', async () => {
    const created = await owner.client.post('/api/register/processings', { name: 'Fichier des fournisseurs' });
    expect(created.status, created.text).toBe(201);
    const p = created.body.traitement;
    expect(p).toMatchObject({ status: 'brouillon', name: 'Fichier des fournisseurs', templateId: null });
    expect(p.completude.publishable).toBe(false);

    const refused = await owner.client.post(`/api/register/processings/${p.id}/publish`, {});
    expectError(refused, 400, 'TRAITEMENT_INCOMPLET', /ne peut pas être publié/);
    const codes = refused.body.details.missing.map((m: { code: string }) => m.code);
    expect(codes).toEqual(expect.arrayContaining(['FINALITE_MANQUANTE', 'CONSERVATION_MANQUANTE', 'DESTINATAIRES_MANQUANTS']));
    expect(refused.body.details.missing.every((m: { message: string }) => /[a-zé]/.test(m.message))).toBe(true);

    // A purpose without legal basis is fine in a draft, and still blocks publication.
    const edit = await owner.client.put(`/api/register/processings/${p.id}`, { purposes: [{ purpose: 'Commander des fournitures', legalBasis: null }] });
    expect(edit.status, edit.text).toBe(200);
    expect(edit.body.traitement.status).toBe('brouillon');
    const again = await owner.client.post(`/api/register/processings/${p.id}/publish`, {});
    expect(again.body.details.missing.map((m: { code: string }) => m.code)).toContain('BASE_LEGALE_MANQUANTE');
    expect((await owner.client.get(`/api/register/processings/${p.id}`)).body.traitement.status).toBe('brouillon');
  });

  it('validates edits at the boundary and changes nothing on bad input', async () => {
    const p = (await owner.client.post('/api/register/processings', { templateId: 'recrutement' })).body.traitement;
    const before = (await owner.client.get(`/api/register/processings/${p.id}`)).body;
    expectError(await owner.client.put(`/api/register/processings/${p.id}`, { purposes: [{ purpose: 'x', legalBasis: 'parce_que' }] }), 400, 'DONNEES_INVALIDES', /Base légale/);
    expectError(await owner.client.put(`/api/register/processings/${p.id}`, { nom: 'inconnu' }), 400, 'DONNEES_INVALIDES');
    expectError(await owner.client.put(`/api/register/processings/${p.id}`, { name: '' }), 400, 'DONNEES_INVALIDES', /à remplir/);
    expectError(await owner.client.post('/api/register/processings', { templateId: 'inexistant' }), 400, 'MODELE_INCONNU');
    expectError(await owner.client.post('/api/register/processings', {}), 400, 'NOM_REQUIS');
    expectError(await owner.client.get('/api/register/processings/pas-un-id'), 400, 'DONNEES_INVALIDES');
    expect((await owner.client.get(`/api/register/processings/${p.id}`)).body).toEqual(before);
    expect((await owner.client.get(`/api/register/processings/${p.id}/history`)).body.historique).toHaveLength(1);
  });

  it('publishes a complete processing from a template, records the history, and sends an edited one back to draft when it becomes incomplete', async () => {
    const p = (await owner.client.post('/api/register/processings', { templateId: 'videosurveillance' })).body.traitement;
    expect(p.completude.publishable).toBe(true);
    expect(p.aipd).toBeDefined();
    const published = await owner.client.post(`/api/register/processings/${p.id}/publish`, {});
    expect(published.status, published.text).toBe(200);
    expect(published.body.traitement.status).toBe('publie');

    const edited = await owner.client.put(`/api/register/processings/${p.id}`, { retention: [] });
    expect(edited.body).toMatchObject({ repasseEnBrouillon: true, traitement: { status: 'brouillon' } });

    const history = (await owner.client.get(`/api/register/processings/${p.id}/history`)).body.historique;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['depublie', 'publie', 'cree']);
    expect(history[0].changes.map((c: { field: string }) => c.field)).toEqual(expect.arrayContaining(['retention', 'status']));
    expect(history[0].resume).toBe('Traitement repassé en brouillon');

    const deleted = await owner.client.delete(`/api/register/processings/${p.id}`);
    expect(deleted.status).toBe(204);
    expect((await owner.client.get(`/api/register/processings/${p.id}`)).status).toBe(404);
    const actions = (await journal(owner.client)).filter((e) => e.recordId === p.id).map((e) => e.action);
    expect(actions).toEqual(['securite.acces_refuse', 'registre.traitement_supprime', 'registre.traitement_depublie', 'registre.traitement_publie', 'registre.traitement_cree']);
  });

  it('builds the register from the guided set-up, idempotently, keeping hand edits', async () => {
    const o = await newOwner(env.url, { activite: 'artisan_batiment', adresse: null });
    const first = await o.client.post('/api/register/setup', { reponses: SETUP_ANSWERS, coordonnees: { adresse: '3 impasse des Tilleuls, 69003 Lyon' } });
    expect(first.status, first.text).toBe(200);
    expect(first.body.resultat.ajoutes).toEqual(expect.arrayContaining(['Gestion des clients et facturation']));
    const names = first.body.traitements.map((t: { name: string }) => t.name);
    expect(names.length).toBe(first.body.resultat.ajoutes.length);
    expect(first.body.traitements.every((t: { status: string }) => t.status === 'publie')).toBe(true);
    expect(first.body.responsable.adresse).toBe('3 impasse des Tilleuls, 69003 Lyon');
    expect(first.body.politique.publishable).toBe(true);
    const clients = first.body.traitements.find((t: { templateId: string }) => t.templateId === 'gestion_clients');
    expect(clients.supports.some((s: { path?: string }) => s.path === '/home/jean/Documents/Clients')).toBe(true);

    const second = await o.client.post('/api/register/setup', { reponses: SETUP_ANSWERS, coordonnees: { adresse: '3 impasse des Tilleuls, 69003 Lyon' } });
    expect(second.body.resultat).toEqual({ ajoutes: [], misAJour: [], conserves: [], retires: [] });
    expect(second.body.traitements.map((t: { id: string }) => t.id)).toEqual(first.body.traitements.map((t: { id: string }) => t.id));

    // A hand edit survives a re-run; an answer that no longer calls for a processing removes it.
    await o.client.put(`/api/register/processings/${clients.id}`, { description: 'Ma description à moi' });
    const third = await o.client.post('/api/register/setup', { reponses: { ...SETUP_ANSWERS, siteWeb: false } });
    expect(third.body.resultat.conserves).toEqual(['Gestion des clients et facturation']);
    expect(third.body.resultat.retires).toHaveLength(1);
    expect(third.body.traitements.find((t: { id: string }) => t.id === clients.id).description).toBe('Ma description à moi');
    expect(third.body.traitements.some((t: { templateId: string }) => t.templateId === 'site_web')).toBe(false);
    const state = (await o.client.get('/api/register/setup')).body;
    expect(state.reponses.siteWeb).toBe(false);
    expect(state.termineLe).not.toBeNull();
    expect((await journal(o.client)).filter((e) => e.action === 'registre.assistant')).toHaveLength(3);

    // Saving half-way changes no processing.
    const saved = await o.client.post('/api/register/setup', { reponses: { activite: 'photographe' }, appliquer: false });
    expect(saved.body.resultat).toEqual({ ajoutes: [], misAJour: [], conserves: [], retires: [] });
    expect(saved.body.traitements).toHaveLength(third.body.traitements.length);
    expectError(await o.client.post('/api/register/setup', { reponses: { cameras: 'partout' } }), 400, 'DONNEES_INVALIDES', /Caméras/);
  });

  it('generates versioned documents, only when the content changed, with the differences, and escapes user text everywhere', async () => {
    const o = await newOwner(env.url, { activite: 'artisan_batiment', adresse: '12 rue des Lilas, 13001 Marseille' });
    const blocked = await o.client.post('/api/register/documents/politique', {});
    expectError(blocked, 400, 'DOCUMENT_INCOMPLET', /Politique de confidentialité/);
    expect(blocked.body.details.missing.map((m: { code: string }) => m.code)).toContain('AUCUN_TRAITEMENT_PUBLIE');

    await o.client.post('/api/register/setup', { reponses: SETUP_ANSWERS });
    const v1 = await o.client.post('/api/register/documents/politique', {});
    expect(v1.status, v1.text).toBe(201);
    expect(v1.body).toMatchObject({ nouvelle: true, version: { numero: 1 }, differences: null });
    const same = await o.client.post('/api/register/documents/politique', {});
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ nouvelle: false, version: { numero: 1 } });

    // A name with markup, published, then a new version.
    const p = (await o.client.get('/api/register')).body.traitements.find((t: { templateId: string }) => t.templateId === 'gestion_clients');
    const renamed = await o.client.put(`/api/register/processings/${p.id}`, { name: `${SCRIPT} Clients`, purposes: [...p.purposes, { purpose: `Relances [lien](javascript:alert(1)) ${SCRIPT}`, legalBasis: 'contrat' }] });
    expect(renamed.body.traitement.status).toBe('publie');
    const v2 = await o.client.post('/api/register/documents/politique', {});
    expect(v2.status, v2.text).toBe(201);
    expect(v2.body).toMatchObject({ nouvelle: true, version: { numero: 2 }, precedente: 1 });
    expect(v2.body.differences.added).toBeGreaterThan(0);
    expect(v2.body.differences.html).not.toContain('<script>');

    const html = await o.client.get('/api/register/documents/politique/versions/2?format=html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.headers.get('content-disposition')).toBe('attachment; filename="politique-de-confidentialite-v2.html"');
    expect(html.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(html.text).not.toContain('<script>');
    expect(html.text).not.toContain('href="javascript');
    expect(html.text).toContain('&lt;script&gt;');
    expect(html.text).toContain('Version 2 du');
    for (const item of ['CNIL', '3 Place de Fontenoy', 'Droit d’accès', 'effacement', 'conserv', '12 rue des Lilas']) expect(html.text).toContain(item);

    const md = await o.client.get('/api/register/documents/politique/versions/2?format=md');
    expect(md.headers.get('content-disposition')).toBe('attachment; filename="politique-de-confidentialite-v2.md"');
    expect(md.text).not.toContain('<script>');
    expect(md.text).not.toMatch(/[^\\]\[lien\]\(/);

    const diff = await o.client.get('/api/register/documents/politique/versions/2/diff');
    expect(diff.status).toBe(200);
    expect(diff.body.precedente.numero).toBe(1);
    expect(diff.body.differences.identical).toBe(false);
    const status = (await o.client.get('/api/register/documents/politique')).body;
    expect(status.versions.map((v: { numero: number }) => v.numero)).toEqual([2, 1]);
    expect((await o.client.get('/api/register/documents/politique/versions/3?format=md')).status).toBe(404);
    expectError(await o.client.get('/api/register/documents/inconnu/versions'), 400, 'DONNEES_INVALIDES');
    expectError(await o.client.get('/api/register/documents/politique/versions/1?format=docx'), 400, 'DONNEES_INVALIDES');

    const registre = await o.client.post('/api/register/documents/registre', {});
    expect(registre.status, registre.text).toBe(201);
    const regMd = await o.client.get('/api/register/documents/registre/versions/1?format=md');
    expect(regMd.text).toContain('Registre');
    // PDF and XLSX are rebuilt from the version's snapshot.
    const pdf = await fetchBuffer(o, '/api/register/documents/politique/versions/1?format=pdf');
    expect(pdf.disposition).toBe('attachment; filename="politique-de-confidentialite-v1.pdf"');
    const text = await pdfText(pdf.body);
    for (const item of ['Politique de confidentialité', 'Version 1 du', 'CNIL', 'Fontenoy', 'Gestion des clients']) expect(text).toContain(item);
    expect(text).not.toContain('<script>');
    const xlsx = await fetchBuffer(o, '/api/register/documents/registre/versions/1?format=xlsx');
    expect(xlsx.disposition).toBe('attachment; filename="registre-des-traitements-v1.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...REGISTER_COLUMNS]);
    const published = (await o.client.get('/api/register')).body.traitements.length;
    expect(sheet.actualRowCount).toBe(published + 1);
    expectError(await o.client.get('/api/register/documents/politique/versions/1?format=xlsx'), 400, 'FORMAT_INDISPONIBLE');

    const journaled = (await journal(o.client)).filter((e) => e.action === 'registre.document_genere').map((e) => e.recordId);
    expect(journaled).toEqual(['registre-v1', 'politique-v2', 'politique-v1']);
  });

  it('lets the accountant read but change nothing, and isolates tenants', async () => {
    const a = await newOwner(env.url, { activite: 'artisan_batiment', adresse: '1 rue A, 75001 Paris' });
    await a.client.post('/api/register/setup', { reponses: SETUP_ANSWERS });
    await a.client.post('/api/register/documents/politique', {});
    const pA = (await a.client.get('/api/register')).body.traitements[0];

    const acc = await addUser(a.client, 'accountant', `compta-${dialect}-${Date.now()}@exemple.fr`, OTHER_STRONG_PASSWORD);
    const accountant = await loginOk(env.url, acc.email, OTHER_STRONG_PASSWORD);
    expect((await accountant.get('/api/register')).body.traitements).toHaveLength((await a.client.get('/api/register')).body.traitements.length);
    expect((await accountant.get(`/api/register/processings/${pA.id}/history`)).status).toBe(200);
    expect((await accountant.get('/api/register/documents/politique/versions/1?format=md')).status).toBe(200);
    expectError(await accountant.put(`/api/register/processings/${pA.id}`, { description: 'x' }), 403, 'ROLE_INSUFFISANT');
    expectError(await accountant.post('/api/register/processings', { templateId: 'recrutement' }), 403, 'ROLE_INSUFFISANT');
    expectError(await accountant.post('/api/register/documents/politique', {}), 403, 'ROLE_INSUFFISANT');
    expectError(await accountant.post('/api/register/setup', { reponses: {} }), 403, 'ROLE_INSUFFISANT');
    expectError(await accountant.delete(`/api/register/processings/${pA.id}`), 403, 'ROLE_INSUFFISANT');

    const b = await newOwner(env.url);
    for (const res of [
      await b.client.get(`/api/register/processings/${pA.id}`),
      await b.client.put(`/api/register/processings/${pA.id}`, { description: 'piratée' }),
      await b.client.post(`/api/register/processings/${pA.id}/publish`, {}),
      await b.client.get(`/api/register/processings/${pA.id}/history`),
      await b.client.delete(`/api/register/processings/${pA.id}`),
    ]) {
      expectError(res, 404, 'INTROUVABLE');
    }
    expect((await b.client.get('/api/register/documents/politique/versions/1?format=md')).status).toBe(404);
    expect((await b.client.get('/api/register')).body.traitements).toEqual([]);
    expect((await a.client.get(`/api/register/processings/${pA.id}`)).body.traitement.description).toBe(pA.description);
    const refusals = (await journal(b.client)).filter((e) => e.action === 'securite.acces_refuse' && e.recordId === pA.id);
    expect(refusals).toHaveLength(5);

    // CSRF as everywhere.
    expectError(await a.client.post('/api/register/processings', { name: 'Sans jeton' }, { csrf: false }), 403, 'CSRF_INVALIDE');
  });
});
