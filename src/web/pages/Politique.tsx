// « Politique de confidentialité »: the documents generated from the register (policy,
// register, notices for forms, quotes and e-mails, client page), versioned.
import { DOCUMENT_KINDS, DOCUMENT_TITLES, type DocumentKind } from '../../core/register/documents/structure.ts';
import { href, useRoute } from '../router.ts';
import { useMe } from '../session.tsx';
import { Documents } from './registre/Documents.tsx';
import './registre/registre.css';

export function Politique() {
  const { params } = useRoute();
  const { user } = useMe();
  const asked = params.get('document');
  const kind: DocumentKind = (DOCUMENT_KINDS as readonly string[]).includes(asked ?? '') ? (asked as DocumentKind) : 'politique';
  return (
    <>
      <h1>Politique de confidentialité et documents</h1>
      <p>
        Ces documents sont rédigés à partir de votre <a href={href('/registre')}>registre des traitements</a>. Chaque génération crée une version datée ; après un
        changement du registre, générez une nouvelle version et remplacez l’ancienne là où vous l’avez publiée (site, devis, signature d’e-mail).
      </p>
      <nav aria-label="Documents" className="sous-navigation">
        <ul>
          {DOCUMENT_KINDS.map((k) => (
            <li key={k}>
              <a href={href(`/politique?document=${k}`)} aria-current={k === kind ? 'page' : undefined}>
                {DOCUMENT_TITLES[k]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Documents key={kind} kind={kind} readOnly={user.role === 'accountant'} />
    </>
  );
}
