// The totals of a scan: common data versus sensitive data, each type explained in plain French.
import { useId } from 'react';
import { COURANTES, SENSIBLES, type TypeDonnee } from './libelles.ts';
import type { Totaux as T } from './types.ts';

function Groupe({ titre, intro, types, parType, total }: { titre: string; intro: string; types: Record<string, TypeDonnee>; parType: Record<string, number>; total: number }) {
  const id = useId();
  const found = Object.entries(types).filter(([type]) => (parType[type] ?? 0) > 0);
  return (
    <div className="groupe-donnees" aria-labelledby={`${id}-titre`} role="group">
      <h3 id={`${id}-titre`}>
        {titre} : <span className="total-donnees">{total.toLocaleString('fr-FR')}</span>
      </h3>
      <p className="aide">{intro}</p>
      {found.length > 0 && (
        <dl className="types-donnees">
          {found.map(([type, t]) => (
            <div key={type}>
              <dt>
                {t.libelle} : <strong>{(parType[type] ?? 0).toLocaleString('fr-FR')}</strong>
              </dt>
              <dd>{t.explication}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

export function Totaux({ totaux }: { totaux: T }) {
  return (
    <div className="totaux-analyse">
      <Groupe
        titre="Données courantes"
        intro="Ce qui identifie ou permet de joindre une personne : à déclarer dans votre registre et à garder seulement le temps utile."
        types={COURANTES}
        parType={totaux.parType}
        total={totaux.courantes}
      />
      <Groupe
        titre="Données sensibles"
        intro="Ce qui expose une personne à un préjudice grave en cas de fuite (banque, santé, opinions…) : à chiffrer, à limiter, voire à ne pas garder."
        types={SENSIBLES}
        parType={totaux.parType}
        total={totaux.sensibles}
      />
    </div>
  );
}
