// Quick picks from the register of processing activities: the data each processing declares,
// sensitive ones flagged, checked in one click in the breach wizard.
import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import { href } from '../../router.ts';

interface Traitement {
  processingId: string;
  name: string;
  categories: { label: string; kind: string; sensitive: boolean }[];
}

export function DonneesDuRegistre({ onPick }: { onPick: (kinds: string[]) => void }) {
  const [traitements, setTraitements] = useState<Traitement[] | null>(null);
  useEffect(() => {
    let live = true;
    api.get<{ traitements: Traitement[] }>('/api/breaches/register-data').then(
      (r) => live && setTraitements(r.traitements),
      () => live && setTraitements([]),
    );
    return () => {
      live = false;
    };
  }, []);

  if (traitements === null) return null;
  if (traitements.length === 0) {
    return (
      <p className="aide">
        Votre <a href={href('/registre')}>registre des traitements</a> est vide : remplissez-le pour retrouver ici les données de chaque activité.
      </p>
    );
  }
  return (
    <fieldset>
      <legend>D’après votre registre des traitements</legend>
      <p className="aide">Si l’incident touche une de vos activités, cochez d’un clic les données qu’elle utilise, puis ajustez la liste ci-dessous.</p>
      <ul className="traitements-registre">
        {traitements.map((t) => (
          <li key={t.processingId}>
            <button type="button" className="bouton petit secondaire" onClick={() => onPick(t.categories.map((c) => c.kind))}>
              Cocher les données de « {t.name} »
            </button>{' '}
            <span className="aide">
              {t.categories.map((c, i) => (
                <span key={`${c.label}-${i}`}>
                  {i > 0 && ', '}
                  {c.label}
                  {c.sensitive && <strong> (sensible)</strong>}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
