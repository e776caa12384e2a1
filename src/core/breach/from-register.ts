// The data a breach may touch, read from the register of processing activities: each
// processing's declared categories become the breach wizard's data kinds (which drive the
// ENISA score, the Art. 34 triggers and the advice in the letters), sensitive ones flagged.
import type { Art9Category, Register } from '../register/model.ts';
import { SENSITIVE_KINDS, type DataKind } from './types.ts';

/** The register's catalogue keys (src/core/register/categories.ts) → breach data kinds. */
const BY_KEY: Readonly<Record<string, DataKind>> = {
  identite: 'etat-civil',
  coordonnees: 'coordonnees',
  vie_personnelle: 'comportement',
  vie_professionnelle: 'vie-professionnelle',
  economique_financier: 'financier',
  bancaire: 'iban',
  connexion: 'comportement',
  internet: 'comportement',
  localisation: 'localisation',
  nir: 'nir',
  sante: 'sante',
  convictions_religieuses: 'religion',
  opinions_politiques: 'opinions-politiques',
  appartenance_syndicale: 'syndicat',
  orientation_sexuelle: 'vie-sexuelle',
  origine_ethnique: 'origine-ethnique',
  genetique: 'genetique',
  biometrique: 'biometrique',
  vie_sexuelle: 'vie-sexuelle',
  infractions: 'infractions',
};

const BY_ART9: Readonly<Record<Art9Category, DataKind>> = {
  health: 'sante',
  religion: 'religion',
  political: 'opinions-politiques',
  union_membership: 'syndicat',
  sexual_orientation: 'vie-sexuelle',
  ethnic_origin: 'origine-ethnique',
  genetic: 'genetique',
  biometric: 'biometrique',
  sex_life: 'vie-sexuelle',
};

export interface RegisterDataCategory {
  /** The category as the register names it. */
  label: string;
  kind: DataKind;
  sensitive: boolean;
}

export interface RegisterProcessingData {
  processingId: string;
  name: string;
  categories: RegisterDataCategory[];
}

/** A category the user added with a key of their own is matched by its flags. */
function kindOf(c: { key: string; art9?: Art9Category; banking?: boolean; nir?: boolean }): DataKind {
  if (c.art9) return BY_ART9[c.art9];
  if (c.nir) return 'nir';
  if (c.banking) return 'iban';
  return BY_KEY[c.key] ?? 'autre';
}

export function breachDataFromRegister(register: Pick<Register, 'processings'>): RegisterProcessingData[] {
  return register.processings.map((p) => ({
    processingId: p.id,
    name: p.name,
    categories: p.dataCategories.map((c) => {
      const kind = kindOf(c);
      return { label: c.label, kind, sensitive: c.sensitive || SENSITIVE_KINDS.includes(kind) };
    }),
  }));
}
