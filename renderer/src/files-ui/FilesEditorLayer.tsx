import { useCommandHandler, useServices } from '../services';
import { useEditorStore } from '../session/react';
import { errorMessage, toast } from '../ui/toasts';
import { CsvImportHost } from './CsvImportHost';
import { openCsvImport } from './csv-import';
import { ExportDialogHost } from './export/ExportDialogHost';
import { runExport } from './export/run-export';

/**
 * The files feature inside the editor: it takes the import and export
 * commands (menu, toolbar and shortcuts) and hosts their dialogs.
 */
export function FilesEditorLayer() {
  const store = useEditorStore();
  const { db } = useServices();
  useCommandHandler((command) => {
    if (command === 'import-csv') {
      openCsvImport();
      return true;
    }
    if (command.startsWith('export-') || command === 'save-as') {
      void runExport(db, command, store).catch((error: unknown) =>
        toast.error(errorMessage(error, 'The export failed.')),
      );
      return true;
    }
    return false;
  });
  return (
    <>
      <CsvImportHost />
      <ExportDialogHost />
    </>
  );
}
