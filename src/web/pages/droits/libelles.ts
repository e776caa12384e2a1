// French labels of the rights requests.
import type { RequestChannel, RequestType } from './types.ts';

export const TYPES: Record<RequestType, { label: string; aide: string }> = {
  acces: { label: "Droit d'accès (art. 15)", aide: 'La personne veut savoir quelles données vous avez sur elle et en recevoir une copie.' },
  rectification: { label: 'Rectification (art. 16)', aide: 'La personne veut corriger ou compléter ses données.' },
  effacement: { label: 'Effacement (art. 17)', aide: 'La personne veut que vous supprimiez ses données.' },
  opposition: { label: 'Opposition (art. 21)', aide: 'La personne ne veut plus que vous utilisiez ses données, par exemple pour de la prospection.' },
  limitation: { label: 'Limitation du traitement (art. 18)', aide: 'La personne veut que vous gardiez ses données sans les utiliser, le temps d’une vérification.' },
  portabilite: { label: 'Portabilité (art. 20)', aide: 'La personne veut récupérer ses données dans un format réutilisable (JSON, CSV).' },
};

export const CANAUX: Record<RequestChannel, string> = {
  email: 'E-mail',
  courrier: 'Courrier',
  telephone: 'Téléphone',
  sur_place: 'Sur place',
  formulaire: 'Formulaire du site',
};
