// Long professional prose with little personal data (contracts, general terms, reports, course
// material): most of the bytes of a real folder. Used by bulkText's "mixed" density.
import { Rng } from './random.ts';
import * as v from './values.ts';
import { FILLER } from './pools.ts';

const SENTENCES = [
  ...FILLER,
  'Le présent contrat prend effet à la date de sa signature par les deux parties.',
  'Toute modification du périmètre de la prestation fera l’objet d’un avenant écrit.',
  'Le prestataire s’engage à mettre en œuvre les moyens nécessaires à la bonne exécution de la mission.',
  'En cas de force majeure, les obligations des parties seront suspendues pendant toute la durée de l’empêchement.',
  'Les informations échangées dans le cadre de la mission sont strictement confidentielles.',
  'La résiliation peut intervenir à tout moment, moyennant un préavis d’un mois notifié par écrit.',
  'Les tarifs indiqués s’entendent hors taxes et sont révisables chaque année au 1er janvier.',
  'L’accompagnement se déroule en plusieurs étapes : diagnostic, plan d’action, mise en œuvre et bilan.',
  'Chaque séance dure environ une heure et se termine par un temps d’échange sur les prochaines étapes.',
  'Les exercices proposés visent à renforcer la confiance en soi et la gestion du stress au quotidien.',
  'Le rapport présente les constats, les recommandations et un calendrier indicatif des travaux.',
  'L’installation électrique devra être mise en conformité avec la norme en vigueur avant la mise en service.',
  'Le chauffe-eau sera remplacé par un modèle thermodynamique plus économe en énergie.',
  'Les déchets de chantier seront évacués vers une déchetterie agréée à la fin des travaux.',
  'Nous vous remercions de libérer l’accès aux pièces concernées avant l’arrivée de l’équipe.',
  'La garantie décennale couvre les dommages compromettant la solidité de l’ouvrage.',
  'Le programme de formation comprend des apports théoriques, des mises en situation et une évaluation finale.',
  'Les supports de cours sont remis aux participants à l’issue de chaque module.',
  'Les données collectées sont conservées pendant la durée strictement nécessaire aux finalités poursuivies.',
  'Vous pouvez exercer vos droits d’accès, de rectification et d’effacement en nous écrivant.',
  'La médiation de la consommation peut être saisie en cas de litige non résolu à l’amiable.',
  'Le calendrier prévisionnel pourra être ajusté en fonction des disponibilités de chacun.',
  'Les frais de déplacement au-delà de trente kilomètres sont facturés selon le barème kilométrique.',
  'Une visite préalable permet d’évaluer précisément l’ampleur des travaux et les contraintes d’accès.',
  'La newsletter du mois revient sur les nouveautés de la saison et les ateliers à venir.',
];

export function proseDocument(r: Rng): string {
  let s = r.pick(['CONDITIONS GÉNÉRALES', 'Rapport d’intervention', 'Contrat de prestation', 'Programme de formation', 'Lettre d’information', 'Compte rendu de réunion']) + '\n\n';
  for (let p = r.int(3, 8); p > 0; p--) {
    if (r.chance(0.3)) s += `Article ${r.int(1, 12)}.${r.int(1, 9)} – ${r.pick(['Objet', 'Durée', 'Prix', 'Responsabilité', 'Confidentialité', 'Résiliation'])}\n`;
    for (let k = r.int(3, 7); k > 0; k--) s += r.pick(SENTENCES) + ' ';
    if (r.chance(0.25)) s += `Montant estimé : ${v.amount(r)} au ${v.date(r, 2024, 2026)}. `;
    s += '\n\n';
  }
  return s;
}
