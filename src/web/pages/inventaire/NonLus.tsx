// The files the scan could not read (photos, old Office files, archives…), with what to do:
// they may hold personal data that no count above includes.
import { useId } from 'react';
import { UNREAD_LABELS, unreadEntries, type UnreadKind } from '../../../core/scan/unread.ts';

export function NonLus({ nonLus, imagesLues }: { nonLus: Partial<Record<UnreadKind, number>>; imagesLues: boolean }) {
  const id = useId();
  const entries = unreadEntries(nonLus);
  if (entries.length === 0) return null;
  return (
    <div className="groupe-donnees non-lus" role="group" aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`}>Fichiers non lus</h3>
      <p className="aide">Rempart ne lit pas le contenu de ces fichiers : les données personnelles qu’ils contiennent ne sont pas comptées ci-dessus.</p>
      <dl className="types-donnees">
        {entries.map(([kind, n]) => (
          <div key={kind}>
            <dt>
              {capitalise(n > 1 ? UNREAD_LABELS[kind].many : UNREAD_LABELS[kind].one)} : <strong>{n.toLocaleString('fr-FR')}</strong>
            </dt>
            <dd>
              {capitalise(UNREAD_LABELS[kind].advice)}
              {kind === 'image' &&
                (imagesLues
                  ? ' Rempart a cherché le texte des images : aucun mot n’a été reconnu dans celles-ci, ou leur format n’est pas lu (PSD).'
                  : ' Pour que Rempart lise leur texte, relancez l’analyse en cochant « Lire aussi le texte des photos et des documents scannés ».')}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
