// Placeholder: filled by the capability that owns it.
export function Politique() {
  return <h1>Politique</h1>;
}
