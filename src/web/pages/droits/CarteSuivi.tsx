// Dashboard card: rights requests close to or past their deadline, and records to purge.
// Fed by the notices of /api/auth/me (counts computed without decrypting anything).
import { useEffect } from 'react';
import { href } from '../../router.ts';
import { useMe, useSession } from '../../session.tsx';

export const SUIVI_NOTICES = ['droits_retard', 'droits_echeance', 'conservation'];

const LIENS: Record<string, { path: string; label: string }> = {
  droits_retard: { path: '/droits', label: 'Voir les demandes' },
  droits_echeance: { path: '/droits', label: 'Voir les demandes' },
  conservation: { path: '/conservation', label: 'Voir l’aperçu des durées de conservation' },
};

export function CarteSuivi() {
  const { notices } = useMe();
  const { reload } = useSession();
  // The notices were read at sign-in: refresh them so the counts are today's.
  useEffect(() => {
    void reload().catch(() => undefined);
  }, [reload]);

  const items = notices.filter((n) => SUIVI_NOTICES.includes(n.type));
  const late = items.some((n) => n.type === 'droits_retard');
  return (
    <section aria-labelledby="titre-suivi" className={`encadre ${items.length > 0 ? 'attention' : ''} ${late ? 'carte-retard' : ''}`}>
      <h2 id="titre-suivi">Demandes des personnes et durées de conservation</h2>
      {items.length === 0 ? (
        <p>Aucune demande en retard ou proche de son échéance, aucune fiche à supprimer ou anonymiser.</p>
      ) : (
        <ul className="avis">
          {items.map((n) => {
            const link = LIENS[n.type];
            return (
              <li key={n.type}>
                {n.message}{' '}
                {link && <a href={href(link.path)}>{link.label}</a>}
              </li>
            );
          })}
        </ul>
      )}
      <p className="actions">
        <a className="bouton secondaire" href={href('/droits')}>
          Droits des personnes
        </a>
        <a className="bouton secondaire" href={href('/conservation')}>
          Durées de conservation
        </a>
      </p>
    </section>
  );
}
