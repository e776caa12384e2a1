// Error and success messages, announced by screen readers.
import type { ReactNode } from 'react';

export function ErrorMessage({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="message erreur" role="alert">
      {message}
    </p>
  );
}

export function SuccessMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="message succes" role="status">
      {children}
    </p>
  );
}
