// The access pack: everything Rempart holds on the person, as JSON and as PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, journal, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { addDocument, b64, move, newClient, newRequest } from './support.ts';

describe('access pack', () => {
  let env: Env;
  let owner: Owner;
  let clientId: string;
  let requestId: string;
  let documentId: string;

  beforeAll(async () => {
    env = await startEnv('sqlite');
    owner = await newOwner(env.url);
    clientId = await newClient(owner.client, {
      civilite: 'Mme',
      nom: 'Moreau',
      prenom: 'Sophie',
      emails: ['sophie.moreau@exemple.fr'],
      phones: ['06 12 34 56 78'],
      notes: 'Préfère être appelée le matin.',
      source: 'Salon de l’habitat',
      status: 'client',
      collectedAt: '2024-05-02',
    });
    expect((await owner.client.get(`/api/clients/${clientId}`)).status).toBe(200);
    documentId = await addDocument(owner.client, clientId, { kind: 'facture', filename: 'Facture 2025-014.pdf', content: '%PDF-facture-moreau', documentDate: '2025-06-15' });
    requestId = (await newRequest(owner.client, { type: 'acces', receivedAt: '2026-01-15', clientId, requester: { name: 'Sophie Moreau', contact: 'sophie.moreau@exemple.fr' } })).id;
  });
  afterAll(async () => stopEnv(env));

  it('gives every field, the documents, the journal of uses and the clearly marked sections as JSON', async () => {
    const res = await owner.client.get(`/api/rights/${requestId}/pack?format=json`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="dossier-acces-\d{4}-\d{2}-\d{2}\.json"$/);
    const pack = res.body;
    expect(pack.format).toBe('rempart-dossier-acces/1');
    expect(pack.responsableDuTraitement.raisonSociale).toBe(owner.body.raisonSociale);
    expect(pack.demande).toMatchObject({ reference: requestId, type: 'acces', recueLe: '2026-01-15', echeance: '2026-02-15', demandeur: { name: 'Sophie Moreau' } });
    expect(pack.personne).toMatchObject({
      civilite: 'Mme',
      nom: 'Moreau',
      prenom: 'Sophie',
      emails: ['sophie.moreau@exemple.fr'],
      telephones: ['+33612345678'],
      notes: 'Préfère être appelée le matin.',
      source: 'Salon de l’habitat',
      statut: 'client',
      collecteLe: '2024-05-02',
      factures: true,
      derniereFacture: '2025-06-15',
    });
    expect(pack.documents).toEqual([{ id: documentId, type: 'facture', nom: 'Facture 2025-014.pdf', typeMime: 'application/pdf', taille: 19, date: '2025-06-15', ajouteLe: expect.any(String) }]);
    expect(pack.fichiersInclus).toBe(false);
    const uses = pack.utilisations.map((u: { action: string }) => u.action);
    expect(uses).toEqual(['client.cree', 'client.lecture', 'client.document_ajoute']);
    expect(pack.utilisations[0]).toMatchObject({ libelle: 'Fiche client créée', par: 'Propriétaire' });
    expect(pack.finalitesEtDestinataires.avertissement).toMatch(/registre des activités de traitement/);
    expect(pack.finalitesEtDestinataires.finalites.map((f: { finalite: string }) => f.finalite)).toEqual(expect.arrayContaining([expect.stringMatching(/chantiers/), expect.stringMatching(/^Facturation/)]));
    expect(pack.finalitesEtDestinataires.provenance).toBe('activite');
    expect(pack.ouVosDonneesApparaissentAussi).toMatchObject({ disponible: false, analyse: null, fichiers: [], message: expect.stringMatching(/^Aucune analyse des dossiers de l’entreprise/) });
    expect(pack.conservation.regle).toMatch(/^Client actif/);
    expect(pack.vosDroits.join(' ')).toMatch(/CNIL/);
  });

  it('includes the files as base64 only when asked', async () => {
    const res = await owner.client.get(`/api/rights/${requestId}/pack?format=json&files=1`);
    expect(res.status).toBe(200);
    expect(res.body.fichiersInclus).toBe(true);
    expect(res.body.documents[0].contenuBase64).toBe(b64('%PDF-facture-moreau'));
  });

  it('renders a PDF and journals each pack', async () => {
    const res = await owner.client.get(`/api/rights/${requestId}/pack?format=pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const raw = await fetch(`${env.url}/api/rights/${requestId}/pack`, { headers: { cookie: owner.client.cookieHeader() } });
    const bytes = Buffer.from(await raw.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2000);
    const packs = (await journal(owner.client)).filter((e) => e.action === 'droits.pack_genere');
    expect(packs).toHaveLength(4);
    expect(packs[0]).toMatchObject({ recordId: requestId, details: { client: clientId, format: 'pdf' } });
    expect(JSON.stringify(packs)).not.toContain('Moreau');
  });

  it('says plainly when the person is not in the file', async () => {
    const r = await newRequest(owner.client, { type: 'portabilite', receivedAt: '2026-01-20', requester: { name: 'Inconnu Total', contact: 'inconnu@exemple.fr' } });
    const res = await owner.client.get(`/api/rights/${r.id}/pack?format=json`);
    expect(res.body).toMatchObject({ personne: null, documents: [], utilisations: [], constat: 'Aucune fiche à votre nom ne figure dans notre fichier clients.' });
  });

  it('refuses before the identity is verified, and for other kinds of request', async () => {
    const r = await newRequest(owner.client, { type: 'acces', channel: 'courrier', identityCheckRequired: true, receivedAt: '2026-01-20', clientId });
    expectError(await owner.client.get(`/api/rights/${r.id}/pack?format=json`), 409, 'IDENTITE_NON_VERIFIEE', /Vérifiez d’abord l’identité/);
    expect((await move(owner.client, r.id, { to: 'en_cours', identityVerified: true })).status).toBe(200);
    expect((await owner.client.get(`/api/rights/${r.id}/pack?format=json`)).status).toBe(200);
    const erase = await newRequest(owner.client, { type: 'effacement', receivedAt: '2026-01-20', clientId });
    expectError(await owner.client.get(`/api/rights/${erase.id}/pack`), 409, 'TYPE_DEMANDE');
    expectError(await owner.client.get(`/api/rights/${requestId}/pack?format=docx`), 400, 'DONNEES_INVALIDES');
  });
});
