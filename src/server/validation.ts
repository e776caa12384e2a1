// Input validation at the HTTP boundary, with French messages.
import { z } from 'zod';
import { invalid } from '../core/errors.ts';

z.config(z.locales.fr());

export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const field = first?.path.length ? `Champ « ${first.path.join('.')} » : ` : '';
  throw invalid('DONNEES_INVALIDES', `${field}${first?.message ?? 'données invalides'}`, {
    champs: result.error.issues.map((i) => ({ champ: i.path.join('.'), message: i.message })),
  });
}

export const email = z.string().trim().max(254).email({ message: 'adresse e-mail invalide.' });
export const text = (max: number) => z.string().trim().min(1, { message: 'à renseigner.' }).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const password = z.string().min(1, { message: 'à renseigner.' }).max(256, { message: '256 caractères au maximum.' });
export const siren = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s/g, ''))
  .refine((s) => s === '' || /^\d{9}$/.test(s), { message: 'le SIREN compte 9 chiffres.' })
  .nullish();
export const uuid = z.string().uuid({ message: 'identifiant invalide.' });

export const ACTIVITES = ['artisan_batiment', 'coaching_formation', 'sante_bien_etre', 'services_personne', 'photographe', 'conseil_freelance', 'commerce', 'autre'] as const;

/** The business profile, as typed at sign-up and in the « Entreprise » page. */
export const tenantFields = z.object({
  raisonSociale: text(200),
  siren,
  activite: z.enum(ACTIVITES, { message: 'activité inconnue.' }),
  adresse: optionalText(500),
  contactNom: text(200),
  contactEmail: email,
});
