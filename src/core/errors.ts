// Domain errors carry a stable code and the French message shown to the user;
// the HTTP and CLI layers map them once (see server/errors.ts).
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'locked' | 'throttled';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (code: string, message: string, details?: Record<string, unknown>) => new DomainError('invalid', code, message, details);
export const unauthenticated = (code: string, message: string) => new DomainError('unauthenticated', code, message);
export const forbidden = (code: string, message: string) => new DomainError('forbidden', code, message);
export const notFound = (message = 'Élément introuvable.') => new DomainError('not_found', 'INTROUVABLE', message);
export const conflict = (code: string, message: string) => new DomainError('conflict', code, message);
