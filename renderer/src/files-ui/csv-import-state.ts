/**
 * The pending CSV import, shared between whoever starts it (the editor's
 * command, a file dropped on the window) and the dialog inside the editor.
 */
import { create } from 'zustand';
import type { ParsedCsv } from '../files';

export interface CsvImportRequest {
  id: number;
  fileName: string;
  parsed: ParsedCsv;
}

interface CsvImportState {
  request: CsvImportRequest | null;
  /** Mounted dialog hosts: one while a journey is open in the editor. */
  hosts: number;
}

export const useCsvImportState = create<CsvImportState>(() => ({ request: null, hosts: 0 }));

let nextId = 1;

export function showCsvImport(fileName: string, parsed: ParsedCsv): void {
  useCsvImportState.setState({ request: { id: nextId++, fileName, parsed } });
}

export function closeCsvImport(): void {
  useCsvImportState.setState({ request: null });
}

/** True while a journey is open, so a CSV has somewhere to go. */
export function csvImportAvailable(): boolean {
  return useCsvImportState.getState().hosts > 0;
}

/** Called by the dialog host on mount; the returned function unregisters it. */
export function registerCsvImportHost(): () => void {
  useCsvImportState.setState((s) => ({ hosts: s.hosts + 1 }));
  return () => useCsvImportState.setState((s) => ({ hosts: s.hosts - 1, request: s.hosts - 1 > 0 ? s.request : null }));
}
