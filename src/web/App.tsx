// Chooses the page from the hash and the session state.
import { useEffect, type ReactNode } from 'react';
import { findCapability } from './capabilities.ts';
import { PublicLayout } from './components/PublicLayout.tsx';
import { Shell } from './components/Shell.tsx';
import { BientotDisponible } from './pages/BientotDisponible.tsx';
import { Clients } from './pages/Clients.tsx';
import { Conservation } from './pages/clients/Conservation.tsx';
import { Connexion } from './pages/Connexion.tsx';
import { Droits } from './pages/Droits.tsx';
import { Entreprise } from './pages/Entreprise.tsx';
import { Hygiene } from './pages/Hygiene.tsx';
import { Inscription } from './pages/Inscription.tsx';
import { MotDePasseOublie } from './pages/MotDePasseOublie.tsx';
import { Reinitialisation } from './pages/Reinitialisation.tsx';
import { Securite } from './pages/Securite.tsx';
import { TableauDeBord } from './pages/TableauDeBord.tsx';
import { Violations } from './pages/Violations.tsx';
import { Inventaire } from './pages/Inventaire.tsx';
import { Registre } from './pages/Registre.tsx';
import { Politique } from './pages/Politique.tsx';
import { Sauvegardes } from './pages/Sauvegardes.tsx';
import { navigate, useRoute, type Route } from './router.ts';
import { useSession } from './session.tsx';

/** Reachable signed in or not: the reset link may be opened from any browser. */
function alwaysPublic(route: Route): ReactNode {
  if (route.path === '/mot-de-passe-oublie') return <MotDePasseOublie />;
  if (route.path === '/reinitialisation') return <Reinitialisation jeton={route.params.get('jeton') ?? ''} />;
  return null;
}

function signedInPage(path: string): ReactNode {
  if (path === '/tableau-de-bord') return <TableauDeBord />;
  if (path === '/securite') return <Securite />;
  if (path === '/entreprise') return <Entreprise />;
  if (path === '/hygiene') return <Hygiene />;
  if (path === '/clients') return <Clients />;
  if (path === '/droits') return <Droits />;
  if (path === '/conservation') return <Conservation />;
  if (path === '/violations') return <Violations />;
  if (path === '/inventaire') return <Inventaire />;
  if (path === '/registre') return <Registre />;
  if (path === '/politique') return <Politique />;
  if (path === '/sauvegardes') return <Sauvegardes />;
  const capability = findCapability(path);
  return capability ? <BientotDisponible capability={capability} /> : null;
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

export function App() {
  const route = useRoute();
  const { loading, me } = useSession();

  useEffect(() => {
    const page = findCapability(route.path)?.label;
    document.title = page && me ? `${page} – Rempart` : 'Rempart';
  }, [route.path, me]);

  if (loading) return <p className="chargement">Chargement…</p>;

  const publicPage = alwaysPublic(route);
  if (publicPage) return <PublicLayout>{publicPage}</PublicLayout>;

  if (!me) {
    // A private address keeps its hash, so the requested page shows right after sign-in.
    return <PublicLayout>{route.path === '/inscription' ? <Inscription /> : <Connexion />}</PublicLayout>;
  }

  const page = signedInPage(route.path);
  if (!page) return <Redirect to="/tableau-de-bord" />;
  return <Shell path={route.path}>{page}</Shell>;
}
