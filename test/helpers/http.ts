// A small browser-like client over the real HTTP server: cookie jar + CSRF header.
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/build.ts';
import type { App } from '../../src/app.ts';

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export class Client {
  private cookies = new Map<string, string>();
  csrf: string | null = null;

  constructor(readonly baseUrl: string, readonly ip?: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  private store(res: globalThis.Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request<T = any>(method: string, path: string, body?: unknown, opts: { csrf?: string | false; rawBody?: string; headers?: Record<string, string> } = {}): Promise<Response<T>> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const changesState = method !== 'GET' && method !== 'HEAD';
    if (changesState && opts.csrf === undefined && !this.csrf) await this.refreshCsrf();
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (changesState && opts.csrf !== false) headers['x-csrf-token'] = opts.csrf ?? this.csrf!;
    let payload: string | undefined;
    if (opts.rawBody !== undefined) {
      payload = opts.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(this.baseUrl + path, { method, headers, body: payload, redirect: 'manual' });
    this.store(res);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }

  async refreshCsrf() {
    const r = await this.request<{ token: string }>('GET', '/api/csrf');
    this.csrf = r.body.token;
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown, opts?: { csrf?: string | false }) {
    return this.request<T>('POST', path, body ?? {}, opts);
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body ?? {});
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

export async function startServer(app: App, opts: { rateLimitMax?: number } = {}): Promise<{ server: FastifyInstance; url: string; close: () => Promise<void> }> {
  const server = await buildServer(app, { rateLimitMax: opts.rateLimitMax ?? 100_000 });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

export const STRONG_PASSWORD = 'cheval-agrafe-batterie-correct';
export const OTHER_STRONG_PASSWORD = 'Girafe violette sous la pluie 42';

let counter = 0;
export function signupBody(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const tag = `${process.pid}-${Date.now()}-${counter}`;
  return {
    raisonSociale: `Plomberie Dupont ${tag}`,
    siren: '732829320',
    activite: 'artisan_batiment',
    adresse: '12 rue des Lilas, 13001 Marseille',
    contactNom: 'Jean Dupont',
    contactEmail: `contact-${tag}@dupont.example`,
    nom: 'Jean Dupont',
    email: `jean-${tag}@dupont.example`,
    password: STRONG_PASSWORD,
    ...overrides,
  };
}

/** Signs up a new owner and returns the signed-in client with the sign-up answer. */
export async function signedUpClient(baseUrl: string, overrides: Record<string, unknown> = {}) {
  const client = new Client(baseUrl);
  const body = signupBody(overrides);
  const res = await client.post('/api/auth/signup', body);
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${res.text}`);
  await client.refreshCsrf();
  return { client, body, res: res.body as { user: { id: string; email: string }; tenant: { id: string }; recoveryKey: string } };
}
