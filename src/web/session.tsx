// Who is signed in: loaded from /api/auth/me at start and after every auth change.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, onSessionExpired, refreshCsrf } from './api.ts';
import { navigate } from './router.ts';
import type { Me } from './types.ts';

interface SessionValue {
  loading: boolean;
  me: Me | null;
  /** Re-reads /api/auth/me (after sign-in, a profile change…). */
  reload: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [loading, setLoading] = useState(true);
  const [me, setMe] = useState<Me | null>(null);

  const reload = useCallback(async () => {
    try {
      setMe(await api.get<Me>('/api/auth/me'));
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) throw e;
      setMe(null);
    }
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setMe(null);
      navigate('/connexion');
      await refreshCsrf().catch(() => undefined);
    }
  }, []);

  useEffect(() => {
    void Promise.all([refreshCsrf(), reload()])
      .catch(() => setMe(null))
      .finally(() => setLoading(false));
    return onSessionExpired(() => setMe(null));
  }, [reload]);

  const value = useMemo(() => ({ loading, me, reload, signOut }), [loading, me, reload, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession hors de SessionProvider');
  return value;
}

/** For pages shown only when signed in. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('Page réservée aux utilisateurs connectés');
  return me;
}
