import { useCommandHandler, useServices } from '../services';
import { useEditorStore } from '../session/react';
import { errorMessage, toast } from '../ui/toasts';
import { CsvImportHost } from './CsvImportHost';
import { openCsvImport } from './csv-import';
import { ExportDialogHost } from './export/ExportDialogHost';
import { EXPORT_COMMANDS, runExport } from './export/run-export';
import { i18n } from '../i18n';

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
    if ((EXPORT_COMMANDS as readonly string[]).includes(command)) {
      void runExport(db, command, store).catch((error: unknown) =>
        toast.error(errorMessage(error, i18n.t('export.failed'))),
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
