// The access pack as a PDF to send to the person: the same content as the JSON, in French
// sentences, without the files themselves (listed by name, kind and date).
import { formatFrenchDate, parisDate } from '../core/clients/calendar.ts';
import { renderPdf, type PdfSection } from '../documents/pdf.ts';
import type { AccessPack } from './pack.ts';

const day = (d: string | null | undefined) => (d ? formatFrenchDate(d.slice(0, 10)) : '—');
const instant = (iso: string) => new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
const section = (heading: string, paragraphs: string[], bullets: string[] = []): PdfSection => ({ heading, paragraphs, bullets });

function personBullets(p: NonNullable<AccessPack['personne']>): string[] {
  const a = p.adresse;
  const consent = p.consentementProspection;
  const lines: Array<[string, string | null]> = [
    ['Civilité', p.civilite],
    ['Nom', p.nom],
    ['Prénom', p.prenom],
    ['Société', p.societe],
    ['Adresses e-mail', p.emails.join(', ') || null],
    ['Téléphones', p.telephones.join(', ') || null],
    ['Adresse postale', a ? [...a.lignes, [a.codePostal, a.ville].filter(Boolean).join(' '), a.pays].filter(Boolean).join(', ') : null],
    ['Statut', p.statutLibelle],
    ['Source (comment nous avons obtenu vos coordonnées)', p.source],
    ['Date de collecte', day(p.collecteLe)],
    ['Base légale', p.baseLegaleLibelle],
    ['Dernier contact', p.dernierContact ? day(p.dernierContact) : null],
    ['Fin de la relation commerciale', p.finDeRelation ? day(p.finDeRelation) : null],
    ['Consentement à la prospection', consent ? (consent.given ? `donné le ${day(consent.at)} (${consent.channel}) : « ${consent.textShown} »` : 'refusé ou retiré') : null],
    ['Factures', p.factures ? `oui, la dernière du ${day(p.derniereFacture)}` : 'aucune'],
    ['Notes', p.notes],
  ];
  return lines.filter((l): l is [string, string] => l[1] !== null && l[1] !== '').map(([k, v]) => `${k} : ${v}`);
}

function purposeSections(p: AccessPack['finalitesEtDestinataires']): PdfSection[] {
  const out = [
    section(
      'Finalités et destinataires',
      [p.avertissement, 'Pourquoi nous utilisons vos données :'],
      p.finalites.map((f) => `${f.finalite} (base : ${f.baseLegale}${f.interetLegitime ? ` ; intérêt poursuivi : ${f.interetLegitime}` : ''})`),
    ),
    section('Qui y a accès', [], p.destinataires),
  ];
  if (p.transferts.length > 0) {
    out.push(section('Transferts hors de l’Union européenne', ['Certaines données sont transmises hors de l’Union européenne, avec les garanties suivantes :'], p.transferts.map((t) => `${t.destinataire} (${t.pays}) : ${t.garantie}`)));
  } else if (p.provenance === 'registre') {
    out.push(section('Transferts hors de l’Union européenne', ['Aucun transfert de vos données hors de l’Union européenne n’est déclaré dans notre registre.']));
  }
  if (p.conservation.length > 0) {
    out.push(section('Durées de conservation prévues par notre registre', [], p.conservation.map((c) => `${c.donnees} : ${c.duree}${c.pointDeDepart ? ` (à compter de : ${c.pointDeDepart})` : ''}`)));
  }
  return out;
}

export function accessPackPdf(pack: AccessPack, now: Date): Promise<Buffer> {
  const org = pack.responsableDuTraitement;
  const d = pack.demande;
  const sections: PdfSection[] = [
    section('Votre demande', [
      `${d.typeLibelle}, reçue le ${day(d.recueLe)} (${d.canal.toLowerCase()}), référence ${d.reference}.`,
      `Réponse due au plus tard le ${day(d.echeance)}.`,
      ...(d.demandeur.name ? [`Demandeur : ${d.demandeur.name}${d.demandeur.contact ? ` (${d.demandeur.contact})` : ''}.`] : []),
    ]),
    pack.personne
      ? section('Les données de votre fiche', ['Voici toutes les informations de votre fiche dans notre fichier clients :'], personBullets(pack.personne))
      : section('Les données de votre fiche', [pack.constat ?? '']),
    section(
      'Vos documents',
      [pack.documents.length ? 'Documents rattachés à votre fiche (vous pouvez en demander une copie) :' : 'Aucun document n’est rattaché à votre fiche.'],
      pack.documents.map((doc) => `${doc.nom} (${doc.type}${doc.date ? `, du ${day(doc.date)}` : ''}, ajouté le ${day(doc.ajouteLe)})`),
    ),
    section(
      'Utilisations de votre fiche',
      [pack.utilisations.length ? 'Chaque consultation ou modification de votre fiche est inscrite dans notre journal des accès :' : 'Aucune utilisation de votre fiche n’est inscrite au journal.'],
      pack.utilisations.map((u) => `${instant(u.date)} : ${u.libelle} (${u.par})`),
    ),
    ...purposeSections(pack.finalitesEtDestinataires),
    section('Combien de temps nous les gardons', [pack.conservation ? pack.conservation.regle : 'Sans fiche à votre nom, seule la trace de cette demande est conservée, 5 ans.']),
    section(
      'Où vos coordonnées apparaissent dans les fichiers de l’entreprise',
      [pack.ouVosDonneesApparaissentAussi.message],
      pack.ouVosDonneesApparaissentAussi.fichiers.map((f) => `${f.chemin} (${f.contient.join(' et ')})`),
    ),
    section('Vos droits', [], pack.vosDroits),
  ];
  return renderPdf({
    title: 'Vos données personnelles',
    subtitle: `Réponse de ${org.raisonSociale} à votre demande d’accès, établie le ${formatFrenchDate(parisDate(now))}.`,
    sections,
    footer: `${org.raisonSociale}${org.siren ? `, SIREN ${org.siren}` : ''}${org.adresse ? `, ${org.adresse}` : ''}. Contact : ${org.contact.nom}, ${org.contact.email}.`,
    date: now,
  });
}
