// The structured form of every generated document. Every string in it is plain text
// (the business's own answers included): renderers escape all of it, so no text can
// become markup in any output. Formatting comes only from the structure itself.

export const DOCUMENT_KINDS = ['registre', 'politique', 'mention-formulaire', 'mention-devis', 'signature-email', 'page-clients'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  registre: 'Registre des activités de traitement',
  politique: 'Politique de confidentialité',
  'mention-formulaire': 'Mention d’information pour les formulaires',
  'mention-devis': 'Mention d’information pour les devis et contrats',
  'signature-email': 'Mention pour la signature des e-mails',
  'page-clients': 'Comment nous protégeons vos données',
};

export interface Field {
  label: string;
  /** Several values are shown as a list under the label. */
  value: string | string[];
}

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'fields'; items: Field[] }
  | { type: 'table'; columns: string[]; rows: string[][] };

export interface Section {
  heading: string;
  blocks: Block[];
  sections?: Section[];
}

export interface StructuredDocument {
  kind: DocumentKind;
  title: string;
  subtitle?: string;
  /** e.g. « Version 3 du 2 décembre 2026 »; absent when rendering without a version. */
  versionLine?: string;
  sections: Section[];
  footer?: string;
}

export interface VersionStamp {
  number: number;
  /** The version date; the only date a document shows besides the register's own. */
  date: Date;
}
