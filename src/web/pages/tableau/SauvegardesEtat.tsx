// Dashboard card; placeholder filled by the capability that owns it.
export function SauvegardesEtat() {
  return null;
}
