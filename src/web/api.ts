// Fetch wrapper: JSON in and out, CSRF header on state-changing calls, errors as ApiError.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra facts sent with the error (e.g. `champs`, the list of invalid fields). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
const expiredListeners = new Set<() => void>();

/** Called when the server says the session is gone, so the UI can go back to sign-in. */
export function onSessionExpired(listener: () => void): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

/** The token is tied to the session: call after sign-up, sign-in and sign-out. */
export async function refreshCsrf(): Promise<void> {
  const data = (await send('GET', '/api/csrf')) as { token: string };
  csrfToken = data.token;
}

async function send(method: Method, path: string, body?: unknown, retried = false): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    if (!csrfToken) await refreshCsrf();
    headers['x-csrf-token'] = csrfToken ?? '';
  }
  // Fastify refuses an empty JSON body, so POST, PUT and PATCH always carry an object.
  const payload = method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify(body ?? {});
  if (payload !== undefined) headers['content-type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'RESEAU', 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.');
  }
  if (res.status === 204) return undefined;
  const data: unknown = await res.json().catch(() => null);
  if (res.ok) return data;

  const err = (data ?? {}) as { erreur?: string; code?: string; details?: Record<string, unknown> };
  const code = err.code ?? 'ERREUR';
  // A token can go stale (session changed in another tab): fetch a new one and try once more.
  if (code === 'CSRF_INVALIDE' && !retried && method !== 'GET') {
    csrfToken = null;
    return send(method, path, body, true);
  }
  if (code === 'NON_CONNECTE' || code === 'SESSION_INVALIDE') expiredListeners.forEach((l) => l());
  throw new ApiError(res.status, code, err.erreur ?? `Erreur inattendue (${res.status}). Réessayez dans un instant.`, err.details);
}

export const api = {
  get: <T>(path: string) => send('GET', path) as Promise<T>,
  post: <T = void>(path: string, body?: unknown) => send('POST', path, body) as Promise<T>,
  put: <T = void>(path: string, body?: unknown) => send('PUT', path, body) as Promise<T>,
  patch: <T = void>(path: string, body?: unknown) => send('PATCH', path, body) as Promise<T>,
  del: (path: string) => send('DELETE', path) as Promise<void>,
};

/** The French message to show for any error thrown by an API call. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Une erreur inattendue est survenue. Rechargez la page et réessayez.';
}

/** Reads a file chosen in an <input type="file"> as base64, as the upload routes expect it. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new ApiError(0, 'LECTURE_FICHIER', 'Impossible de lire ce fichier sur votre ordinateur. Choisissez-le de nouveau.'));
    reader.readAsDataURL(file);
  });
}

/** The name a download is saved under: RFC 5987 `filename*` first, then `filename`. */
function filenameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* fall back to the plain name */
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}

/**
 * Downloads a file from a GET route (exports, documents, access packs). Unlike a plain link,
 * an error answer shows its French message instead of saving it as a file.
 */
export async function download(path: string, fallbackName = 'fichier'): Promise<void> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'RESEAU', 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.');
  }
  if (!res.ok) {
    const err = ((await res.json().catch(() => null)) ?? {}) as { erreur?: string; code?: string };
    const code = err.code ?? 'ERREUR';
    if (code === 'NON_CONNECTE' || code === 'SESSION_INVALIDE') expiredListeners.forEach((l) => l());
    throw new ApiError(res.status, code, err.erreur ?? `Téléchargement impossible (${res.status}). Réessayez dans un instant.`);
  }
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameFrom(res.headers.get('content-disposition')) ?? fallbackName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
