// « Violations de données » through the real HTTP server: drafts, validation, assessment,
// override, notifications, timeline, closing; on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect } from '../helpers/app.ts';
import { expectError, freeze, journal, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { lostLaptop, SECRET_WORDS } from './fixtures.ts';

const H = 3_600_000;

describe.each(DIALECTS)('breach register routes (%s)', (dialect: Dialect) => {
  let env: Env;
  let owner: Owner;
  let now: Date;

  beforeAll(async () => {
    env = await startEnv(dialect);
    owner = await newOwner(env.url);
    now = freeze(env.t);
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  const create = async (body: Record<string, unknown>) => {
    const res = await owner.client.post('/api/breaches', body);
    expect(res.status, res.text).toBe(201);
    return res.body.violation as { id: string; [k: string]: any };
  };
  const get = async (id: string) => (await owner.client.get(`/api/breaches/${id}`)).body.violation;

  it('keeps an incomplete incident as a draft, and completes it step by step', async () => {
    const v = await create({ titre: 'Clé USB introuvable' });
    expect(v).toMatchObject({ statut: 'draft', statutLibelle: 'Brouillon', titre: 'Clé USB introuvable', evaluable: false, decision: null });
    expect(v.horloge.etat).toBe('a-renseigner');

    const step1 = await owner.client.put(`/api/breaches/${v.id}`, { awareAt: new Date(now.getTime() - 2 * H).toISOString(), nature: ['confidentialite'] });
    expect(step1.status, step1.text).toBe(200);
    expect(step1.body.violation).toMatchObject({ titre: 'Clé USB introuvable', evaluable: true, statut: 'draft' });
    expect(step1.body.violation.horloge).toMatchObject({ etat: 'en-cours', texte: 'Il reste 70 h 00 min' });

    const list = await owner.client.get('/api/breaches');
    expect(list.status).toBe(200);
    const item = list.body.violations.find((x: { id: string }) => x.id === v.id);
    expect(item.horloge.texte).toBe('Il reste 70 h 00 min');
    expect(list.body.libelles.natures.confidentialite).toMatch(/confidentialité/);

    const actions = (await journal(owner.client)).filter((e) => e.recordId === v.id).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['violation.creee', 'violation.modifiee']));
  });

  it('refuses an impossible timeline, a negative count or a misspelt field in French, and keeps the draft unchanged', async () => {
    const v = await create({ titre: 'Courriel au mauvais destinataire', occurredAt: { at: new Date(now.getTime() - 5 * H).toISOString(), approximate: false } });
    const before = await get(v.id);

    const early = await owner.client.put(`/api/breaches/${v.id}`, { awareAt: new Date(now.getTime() - 8 * H).toISOString() });
    expectError(early, 400, 'DONNEES_INVALIDES', /avant qu’elle se produise/);
    const future = await owner.client.put(`/api/breaches/${v.id}`, { awareAt: new Date(now.getTime() + H).toISOString() });
    expectError(future, 400, 'DONNEES_INVALIDES', /ne peut pas être dans le futur/);
    const negative = await owner.client.put(`/api/breaches/${v.id}`, { titre: 'Changé', people: { count: -3, approximate: false, categories: [] } });
    expectError(negative, 400, 'DONNEES_INVALIDES', /ne peut pas être négatif/);
    const restore = await owner.client.put(`/api/breaches/${v.id}`, { backup: { exists: false, restored: true, restoredWithinHours: null } });
    expectError(restore, 400, 'DONNEES_INVALIDES', /sans avoir de sauvegarde/);
    expectError(await owner.client.put(`/api/breaches/${v.id}`, { titre: 'x', nombrePersonnes: 3 }), 400, 'CHAMP_INCONNU', /nombrePersonnes/);
    expectError(await owner.client.post('/api/breaches', { awareAt: 'hier' }), 400, 'DONNEES_INVALIDES', /date invalide/);

    const after = await get(v.id);
    expect(after).toEqual(before);
    expect(after.titre).toBe('Courriel au mauvais destinataire');
  });

  it('assesses what is known, with reasons, and asks for the essentials first', async () => {
    const draft = await create({ titre: 'Rien de connu' });
    expectError(await owner.client.post(`/api/breaches/${draft.id}/assess`, {}), 400, 'INCIDENT_INCOMPLET', /date à laquelle vous en avez eu connaissance/);

    const v = await create(lostLaptop(now));
    const res = await owner.client.post(`/api/breaches/${v.id}/assess`, {});
    expect(res.status, res.text).toBe(200);
    const a = res.body.violation;
    expect(a.statut).toBe('assessed');
    expect(a.decision.cnil).toMatchObject({ notify: true, recommended: true });
    expect(a.decision.cnil.reasons.join(' ')).toMatch(/CNIL/);
    expect(a.decision.people.reasons.length).toBeGreaterThan(0);
    expect(a.decision.severity.explanations.join(' ')).toMatch(/ENISA/);
    expect(a.gravite.niveau).toBe(a.decision.severity.band);
    expect(a.notifierCnil).toBe(true);
    expect(a.horloge).toMatchObject({ etat: 'en-cours', texte: 'Il reste 62 h 00 min' });
    const [last] = await journal(owner.client);
    expect(last).toMatchObject({ action: 'violation.evaluee', recordId: v.id, details: { notifierCnil: true } });
  });

  it('accepts a departure from the advice only with a justification, and keeps it through re-assessments', async () => {
    const v = await create(lostLaptop(now));
    expectError(await owner.client.post(`/api/breaches/${v.id}/override`, { notifyCnil: false, justification: 'Une justification de plus de vingt caractères.' }), 409, 'EVALUATION_REQUISE');
    await owner.client.post(`/api/breaches/${v.id}/assess`, {});
    const before = await get(v.id);

    const short = await owner.client.post(`/api/breaches/${v.id}/override`, { notifyCnil: false, justification: 'Pas grave du tout' });
    expectError(short, 400, 'DONNEES_INVALIDES', /au moins 20 caractères/);
    expectError(await owner.client.post(`/api/breaches/${v.id}/override`, { justification: 'Une justification assez longue pour passer.' }), 400, 'DONNEES_INVALIDES', /indiquez ce que vous décidez/);
    expect(await get(v.id)).toEqual(before);

    const why = 'L’ordinateur a été retrouvé le lendemain, scellé, par la police ferroviaire.';
    const ok = await owner.client.post(`/api/breaches/${v.id}/override`, { notifyCnil: false, justification: why });
    expect(ok.status, ok.text).toBe(200);
    const o = ok.body.violation;
    expect(o.decision.cnil).toMatchObject({ notify: false, recommended: true });
    expect(o.decision.cnil.reasons.at(-1)).toContain(why);
    expect(o.derogation).toMatchObject({ notifyCnil: false, justification: why });
    expect(o.horloge.etat).toBe('non-requis');

    // Editing the incident makes the assessment stale and restarts the clock…
    const edited = (await owner.client.put(`/api/breaches/${v.id}`, { people: { count: 300, approximate: true, categories: ['clients'] } })).body.violation;
    expect(edited).toMatchObject({ evaluationPerimee: true, statut: 'draft' });
    expect(edited.horloge.etat).toBe('en-cours');
    expectError(await owner.client.get(`/api/breaches/${v.id}/cnil`), 409, 'EVALUATION_PERIMEE');
    // …a title change does not.
    expect((await owner.client.put(`/api/breaches/${v.id}`, { titre: 'Nouveau titre' })).body.violation.evaluationPerimee).toBe(true);

    const again = (await owner.client.post(`/api/breaches/${v.id}/assess`, {})).body.violation;
    expect(again).toMatchObject({ evaluationPerimee: false, statut: 'assessed', derogation: { justification: why } });
    expect(again.decision.cnil.notify).toBe(false);
    const dropped = (await owner.client.post(`/api/breaches/${v.id}/assess`, { dropOverride: true })).body.violation;
    expect(dropped.derogation).toBeNull();
    expect(dropped.decision.cnil.notify).toBe(true);
  });

  it('records notifications: on time, late with its reason, then complementary', async () => {
    const v = await create(lostLaptop(now));
    const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
    expectError(await owner.client.post(`/api/breaches/${v.id}/notifications`, { kind: 'initiale', notifiedAt: at(0) }), 409, 'EVALUATION_REQUISE');
    await owner.client.post(`/api/breaches/${v.id}/assess`, {});
    expectError(await owner.client.post(`/api/breaches/${v.id}/notifications`, { kind: 'complementaire', notifiedAt: at(0) }), 409, 'NOTIFICATION_INITIALE_MANQUANTE');
    expectError(await owner.client.post(`/api/breaches/${v.id}/notifications`, { kind: 'initiale', notifiedAt: at(H) }), 400, 'DATE_FUTURE');
    expectError(await owner.client.post(`/api/breaches/${v.id}/notifications`, { kind: 'initiale', notifiedAt: at(-20 * H) }), 400, 'DATE_INCOHERENTE');
    expectError(await owner.client.post(`/api/breaches/${v.id}/notifications`, { kind: 'autre', notifiedAt: at(0) }), 400, 'DONNEES_INVALIDES');

    const sent = await owner.client.post(`/api/breaches/${v.id}/notifications`, { kind: 'initiale', notifiedAt: at(-H), reference: 'CNIL-2025-0042' });
    expect(sent.status, sent.text).toBe(201);
    expect(sent.body.violation).toMatchObject({ statut: 'notified', statutLibelle: 'Notifié à la CNIL', notifications: 1 });
    expect(sent.body.violation.horloge).toMatchObject({ etat: 'notifie', texte: 'Notification envoyée dans le délai de 72 h' });
    expect(sent.body.violation.notificationsEnvoyees[0]).toMatchObject({ kind: 'initiale', late: false, reference: 'CNIL-2025-0042' });
    expectError(await owner.client.post(`/api/breaches/${v.id}/notifications`, { kind: 'initiale', notifiedAt: at(0) }), 409, 'NOTIFICATION_INITIALE_EXISTANTE');
    const more = await owner.client.post(`/api/breaches/${v.id}/notifications`, { kind: 'complementaire', notifiedAt: at(0) });
    expect(more.status, more.text).toBe(201);
    expect(more.body.violation.notificationsEnvoyees.map((n: { kind: string }) => n.kind)).toEqual(['initiale', 'complementaire']);
    expect((await journal(owner.client))[0]).toMatchObject({ action: 'violation.notifiee', details: { type: 'complementaire', retard: false } });

    // Aware 100 hours ago: the initial notification needs the reason for the delay.
    const late = await create(lostLaptop(now, { awareAt: at(-100 * H), occurredAt: { at: at(-120 * H), approximate: false } }));
    await owner.client.post(`/api/breaches/${late.id}/assess`, {});
    expect((await get(late.id)).horloge).toMatchObject({ etat: 'depasse', texte: 'Délai dépassé de 28 h 00 min', motifRetardRequis: true });
    const before = await get(late.id);
    expectError(await owner.client.post(`/api/breaches/${late.id}/notifications`, { kind: 'initiale', notifiedAt: at(0) }), 400, 'MOTIF_RETARD_REQUIS', /après le délai de 72 heures/);
    expectError(await owner.client.post(`/api/breaches/${late.id}/notifications`, { kind: 'initiale', notifiedAt: at(0), lateReason: '  ' }), 400, 'MOTIF_RETARD_REQUIS');
    expect(await get(late.id)).toEqual(before);
    const reason = 'Nous avons mis plusieurs jours à comprendre que l’ordinateur était perdu.';
    const ok = await owner.client.post(`/api/breaches/${late.id}/notifications`, { kind: 'initiale', notifiedAt: at(0), lateReason: reason });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body.violation.notificationsEnvoyees[0]).toMatchObject({ late: true, lateReason: reason });
    expect(ok.body.violation.horloge.texte).toBe('Notification envoyée avec 28 h 00 min de retard');
  });

  it('keeps a timeline of what was done, and closes then reopens an assessed incident', async () => {
    const v = await create(lostLaptop(now));
    const step = { at: new Date(now.getTime() - 9 * H).toISOString(), action: 'Appel aux objets trouvés de la SNCF.' };
    const res = await owner.client.post(`/api/breaches/${v.id}/timeline`, step);
    expect(res.status, res.text).toBe(201);
    expect(res.body.violation.chronologie).toEqual([expect.objectContaining({ at: step.at, action: step.action })]);
    expectError(await owner.client.post(`/api/breaches/${v.id}/timeline`, { at: new Date(now.getTime() + H).toISOString(), action: 'Plus tard' }), 400, 'DATE_FUTURE');
    expectError(await owner.client.post(`/api/breaches/${v.id}/timeline`, { at: step.at, action: '' }), 400, 'DONNEES_INVALIDES');

    expectError(await owner.client.post(`/api/breaches/${v.id}/close`, {}), 409, 'EVALUATION_REQUISE');
    await owner.client.post(`/api/breaches/${v.id}/assess`, {});
    const closed = (await owner.client.post(`/api/breaches/${v.id}/close`, { closed: true })).body.violation;
    expect(closed).toMatchObject({ statut: 'closed', statutLibelle: 'Clôturé' });
    expectError(await owner.client.put(`/api/breaches/${v.id}`, { titre: 'Après clôture' }), 409, 'VIOLATION_CLOTUREE');
    const list = (await owner.client.get('/api/breaches')).body;
    expect(list.violations.find((x: { id: string }) => x.id === v.id).statut).toBe('closed');
    const reopened = (await owner.client.post(`/api/breaches/${v.id}/close`, { closed: false })).body.violation;
    expect(reopened.statut).toBe('assessed');
    expect((await journal(owner.client)).slice(0, 2).map((e) => e.action)).toEqual(['violation.rouverte', 'violation.cloturee']);
  });

  it('stores no readable incident text, and answers 404 for an unknown id', async () => {
    const v = await create(lostLaptop(now));
    await owner.client.post(`/api/breaches/${v.id}/assess`, {});
    await owner.client.post(`/api/breaches/${v.id}/timeline`, { at: now.toISOString(), action: 'Mme Lucienne Bertrand prévenue par téléphone.' });
    const db = env.t.app.store.db;
    const raw = JSON.stringify([
      await db.selectFrom('breaches').selectAll().execute(),
      await db.selectFrom('breach_timeline').selectAll().execute(),
      await db.selectFrom('breach_notifications').selectAll().execute(),
      await db.selectFrom('journal').selectAll().execute(),
    ]);
    for (const word of [...SECRET_WORDS, 'Ordinateur portable perdu']) expect(raw).not.toContain(word);
    expect((await get(v.id)).incident.description).toContain('Lucienne Bertrand');
    expectError(await owner.client.get('/api/breaches/00000000-0000-4000-8000-000000000000'), 404, 'INTROUVABLE', /^Violation introuvable\.$/);
    expectError(await owner.client.get('/api/breaches/pas-un-id'), 400, 'DONNEES_INVALIDES');
  });
});
