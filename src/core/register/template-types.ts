import type { Processing } from './model.ts';

/** A processing without its identity and life-cycle fields: what a template provides. */
export type ProcessingBody = Omit<Processing, 'id' | 'templateId' | 'status' | 'createdAt' | 'updatedAt'>;
