// Placeholder until the data page (export, backup, restore, erase, retention) lands.
export function DataPage() {
  return null;
}
