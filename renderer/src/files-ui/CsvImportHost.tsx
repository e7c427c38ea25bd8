/**
 * Mounted inside the editor: shows the CSV mapping dialog when an import is
 * pending and applies it to the open journey as one undoable step.
 */
import { useContext, useEffect, useMemo } from 'react';
import { EditorActionsContext } from '../editor/actions-context';
import { diffRows } from '../session/doc-state';
import { useEditorStore } from '../session/react';
import type { CsvMapping } from '../files';
import { toast } from '../ui/toasts';
import { canReplaceStages, CsvImportDialog, type CsvImportChoices, type CsvImportTarget } from './CsvImportDialog';
import { closeCsvImport, registerCsvImportHost, useCsvImportState, type CsvImportRequest } from './csv-import-state';
import { importedMessage, importParts } from './csv-preview';
import { linkEditor } from './editor-link';
import { i18n } from '../i18n';

export function CsvImportHost() {
  const request = useCsvImportState((s) => s.request);
  const store = useEditorStore();
  useEffect(() => registerCsvImportHost(), []);
  useEffect(() => linkEditor(store), [store]);
  if (!request) return null;
  return <CsvImportSession key={request.id} request={request} />;
}

function CsvImportSession({ request }: { request: CsvImportRequest }) {
  const store = useEditorStore();
  const actions = useContext(EditorActionsContext);
  // The preview is computed against the journey as it is when the dialog opens; the import takes the
  // preview's result when the journey is unchanged, else computes it again against the journey as it is then.
  const target = useMemo<CsvImportTarget>(() => {
    const { doc } = store.getState();
    return {
      journeyId: doc.journey.id,
      stages: Object.values(doc.stages),
      touchpoints: Object.values(doc.touchpoints),
    };
  }, [store]);

  const onImport = (mapping: CsvMapping, choices: CsvImportChoices) => {
    const s = store.getState();
    const doc = s.doc;
    const stages = Object.values(doc.stages);
    const touchpoints = Object.values(doc.touchpoints);
    // Checked against the journey as it is now: a touchpoint added meanwhile keeps its stage.
    const replace = choices.replaceEmptyStages && canReplaceStages({ journeyId: doc.journey.id, stages, touchpoints });
    const result = importParts(
      request.parsed.rows,
      mapping,
      replace,
      { journeyId: doc.journey.id, stages, touchpoints },
      choices.previewed,
    );
    if (result.touchpoints.length === 0) {
      toast.error(i18n.t('files.csvNothingImported', { name: request.fileName }));
      return;
    }
    // One step, so one undo brings back the empty stages too.
    s.run(
      'Import CSV',
      [
        ...(replace
          ? diffRows(
              doc,
              'stages',
              stages.map((stage) => ({ id: stage.id, after: null })),
            )
          : []),
        ...diffRows(
          doc,
          'stages',
          result.stages.map((stage) => ({ id: stage.id, after: stage })),
        ),
        ...diffRows(
          doc,
          'touchpoints',
          result.touchpoints.map((t) => ({ id: t.id, after: t })),
        ),
      ],
      { select: result.touchpoints.map((t) => t.id) },
    );
    const entry = store.getState().history.past.at(-1);
    closeCsvImport();
    const undo = {
      label: i18n.t('files.undo'),
      run: () => {
        // Only while the import is still the latest step: never undo something else.
        if (entry && store.getState().history.past.at(-1) === entry) store.getState().undo();
        else toast.info(i18n.t('files.csvUndoLater'));
      },
    };
    const message = importedMessage(request.fileName, result);
    if (result.errors.length) toast.info(message, undo);
    else toast.success(message, undo);
    requestAnimationFrame(() => actions?.fitView());
  };

  return <CsvImportDialog request={request} target={target} onImport={onImport} onClose={closeCsvImport} />;
}
