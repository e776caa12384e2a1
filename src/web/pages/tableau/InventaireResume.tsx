// Dashboard card; placeholder filled by the capability that owns it.
export function InventaireResume() {
  return null;
}
