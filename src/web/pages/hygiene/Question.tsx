// One question: radio buttons for a declaration, or a fixed badge when Rempart checks it itself.
import { useId } from 'react';
import { lienReglage } from './libelles.ts';
import type { AnswerValue, HygieneQuestion, ResolvedAnswer } from './types.ts';

interface Props {
  question: HygieneQuestion;
  answer: ResolvedAnswer | undefined;
  /** What the user just clicked, before the server confirms it. */
  localValue: AnswerValue | undefined;
  labels: Record<AnswerValue, string>;
  readOnly: boolean;
  onAnswer: (questionId: string, value: AnswerValue) => void;
}

function Pourquoi({ question }: { question: HygieneQuestion }) {
  return (
    <details className="pourquoi">
      <summary>Pourquoi ?</summary>
      <p>{question.why}</p>
      {question.howTo.length > 0 && (
        <>
          <p className="comment-faire">Comment faire :</p>
          <ol>
            {question.howTo.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}

function VerifieParRempart({ answer, labels }: { answer: Extract<ResolvedAnswer, { source: 'rempart' }>; labels: Record<AnswerValue, string> }) {
  const lien = lienReglage(answer.settingsLink);
  return (
    <div className={`verifie verifie-${answer.value}`}>
      <p>
        <strong>Vérifié par Rempart : {labels[answer.value]}.</strong> {answer.detail}
      </p>
      {lien && (
        <p>
          <a href={lien.href}>Voir le réglage dans « {lien.page} »</a>
        </p>
      )}
    </div>
  );
}

export function Question({ question, answer, localValue, labels, readOnly, onAnswer }: Props) {
  const id = useId();
  if (answer?.source === 'rempart') {
    return (
      <fieldset className="question">
        <legend>{question.text}</legend>
        <VerifieParRempart answer={answer} labels={labels} />
        <Pourquoi question={question} />
      </fieldset>
    );
  }
  const value = localValue ?? answer?.value ?? null;
  return (
    <fieldset className={value === null ? 'question sans-reponse' : 'question'} disabled={readOnly}>
      <legend>{question.text}</legend>
      <div className="reponses">
        {question.answers.map((v) => (
          <div className="reponse" key={v}>
            <input type="radio" id={`${id}-${v}`} name={`question-${question.id}`} value={v} checked={value === v} onChange={() => onAnswer(question.id, v)} />
            <label htmlFor={`${id}-${v}`}>{labels[v]}</label>
          </div>
        ))}
      </div>
      <Pourquoi question={question} />
    </fieldset>
  );
}
