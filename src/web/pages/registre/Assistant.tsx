// The guided first set-up: one question per step in plain French, « Étape 3 sur 12 », back and
// next (Enter validates), answers saved at every step so it can be resumed. The last step
// builds the register; then the policy can be generated in one click.
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { href } from '../../router.ts';
import type { SetupQuestion, SetupQuestionId } from '../../../core/register/setup-questions.ts';
import { Question } from './Question.tsx';
import { Resultat } from './Resultat.tsx';
import type { Coordonnees, EtatAssistant, Registre, ResultatAssistant, SetupAnswers } from './types.ts';

type Etape = { type: 'question'; id: SetupQuestionId } | { type: 'coordonnees' } | { type: 'recapitulatif' };

// The questions come from the server; a question with `showIf` is asked only when that other
// answer has one of the listed values (the same rule as core visibleQuestions(), which the
// UI does not import: the core module carries the zod schemas).
function visibleQuestions(questions: SetupQuestion[], reponses: SetupAnswers): SetupQuestion[] {
  return questions.filter((q) => !q.showIf || q.showIf.in.includes(reponses[q.showIf.question] as string | boolean));
}

function etapes(questions: SetupQuestion[], reponses: SetupAnswers): Etape[] {
  return [...visibleQuestions(questions, reponses).map((q) => ({ type: 'question' as const, id: q.id })), { type: 'coordonnees' }, { type: 'recapitulatif' }];
}

/** Answers hidden by a later change (no website → no contact form) are not sent. */
function visibles(questions: SetupQuestion[], reponses: SetupAnswers): SetupAnswers {
  const ids = new Set(visibleQuestions(questions, reponses).map((q) => q.id));
  return Object.fromEntries(Object.entries(reponses).filter(([k, v]) => ids.has(k as SetupQuestionId) && v !== undefined && v !== '')) as SetupAnswers;
}

export function Assistant({ readOnly }: { readOnly: boolean }) {
  const { data, error } = useLoad(() => api.get<EtatAssistant>('/api/register/setup'));
  const [reponses, setReponses] = useState<SetupAnswers>({});
  const [coordonnees, setCoordonnees] = useState<Coordonnees>({});
  const [index, setIndex] = useState(0);
  const [resultat, setResultat] = useState<(ResultatAssistant & { registre: Registre }) | null>(null);
  const titre = useRef<HTMLHeadingElement>(null);
  const action = useAction();

  useEffect(() => {
    if (!data) return;
    setReponses(data.reponses);
    setCoordonnees(data.coordonnees);
  }, [data]);
  // Focus the new question so keyboard and screen reader users start from it.
  useEffect(() => titre.current?.focus(), [index, resultat]);

  if (error) return <ErrorMessage message={error} />;
  if (!data) return <p>Chargement…</p>;
  if (resultat) return <Resultat resultat={resultat} titreRef={titre} />;

  const liste = etapes(data.questions, reponses);
  const i = Math.min(index, liste.length - 1);
  const etape = liste[i]!;
  const question = etape.type === 'question' ? data.questions.find((q) => q.id === etape.id) : undefined;

  const envoyer = (appliquer: boolean) =>
    api.post<{ resultat: ResultatAssistant } & Registre>('/api/register/setup', { reponses: visibles(data.questions, reponses), coordonnees: nettoyer(coordonnees), appliquer });

  const suivant = (e: FormEvent) => {
    e.preventDefault();
    if (readOnly) return setIndex(i + 1);
    void action.run(async () => {
      if (etape.type === 'recapitulatif') {
        const { resultat: r, ...registre } = await envoyer(true);
        setResultat({ ...r, registre });
        return;
      }
      await envoyer(false);
      setIndex(i + 1);
    });
  };

  return (
    <section aria-labelledby="titre-assistant" className="section assistant-registre">
      <p className="progression-assistant" aria-live="polite">
        Étape {i + 1} sur {liste.length}
      </p>
      <progress max={liste.length} value={i + 1} aria-hidden="true" />
      <form onSubmit={suivant} noValidate>
        {etape.type === 'question' && question && (
          <Question question={question} titreRef={titre} valeur={reponses[question.id]} onValeur={(v) => setReponses({ ...reponses, [question.id]: v })} disabled={readOnly} />
        )}
        {etape.type === 'coordonnees' && <EtapeCoordonnees titreRef={titre} valeurs={coordonnees} onValeurs={setCoordonnees} adresseManquante={data.adresseManquante} disabled={readOnly} />}
        {etape.type === 'recapitulatif' && (
          <>
            <h2 id="titre-assistant" tabIndex={-1} ref={titre}>
              C’est prêt : créons votre registre
            </h2>
            <p>
              Rempart va préparer les fiches de votre registre des traitements à partir de vos réponses. Vous pourrez tout relire et modifier ensuite. Si vous relancez l’assistant
              plus tard, les fiches que vous avez modifiées à la main sont conservées.
            </p>
          </>
        )}
        <ErrorMessage message={action.error} />
        <p className="actions">
          {i > 0 && (
            <button type="button" className="bouton secondaire" onClick={() => setIndex(i - 1)} disabled={action.busy}>
              Précédent
            </button>
          )}
          <button type="submit" className="bouton" disabled={action.busy || (readOnly && etape.type === 'recapitulatif')}>
            {etape.type === 'recapitulatif' ? 'Créer mon registre' : 'Suivant'}
          </button>
          <a href={href('/registre')}>Quitter l’assistant</a>
        </p>
      </form>
    </section>
  );
}

function nettoyer(c: Coordonnees): Coordonnees {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Coordonnees;
}

function EtapeCoordonnees({ titreRef, valeurs, onValeurs, adresseManquante, disabled }: { titreRef: RefObject<HTMLHeadingElement | null>; valeurs: Coordonnees; onValeurs: (c: Coordonnees) => void; adresseManquante: boolean; disabled: boolean }) {
  const champ = (id: keyof Coordonnees, label: string, aide: string, type = 'text') => (
    <div className="champ">
      <label htmlFor={`coord-${id}`}>{label}</label>
      <input id={`coord-${id}`} type={type} value={valeurs[id] ?? ''} onChange={(e) => onValeurs({ ...valeurs, [id]: e.target.value })} aria-describedby={`coord-${id}-aide`} disabled={disabled} />
      <p className="aide" id={`coord-${id}-aide`}>
        {aide}
      </p>
    </div>
  );
  return (
    <>
      <h2 id="titre-assistant" tabIndex={-1} ref={titreRef}>
        Comment vos clients peuvent-ils vous joindre ?
      </h2>
      <p>Ces informations figureront dans votre politique de confidentialité, pour que chacun sache à qui s’adresser.</p>
      {adresseManquante && champ('adresse', 'Adresse de votre entreprise', 'Celle de votre siège ou de votre domicile professionnel. Obligatoire dans la politique.')}
      {champ('siteWeb', 'Adresse de votre site internet (facultatif)', 'Par exemple : www.mon-entreprise.fr')}
      {champ('telephone', 'Téléphone professionnel (facultatif)', 'Affiché pour les questions sur les données personnelles.', 'tel')}
    </>
  );
}
