/**
 * Files dropped anywhere on the window: journeys open (each reported; a `.zip`
 * or `.json` too, or a file whose first bytes say it may be one), a CSV
 * imports into the open journey, anything else is refused in one
 * sentence. While files are dragged over the window an overlay says so;
 * drags that carry no files (a node moved on the canvas, selected text) are
 * left alone.
 */
import { FileDown } from 'lucide-react';
import { useEffect, useState } from 'react';
import { openDroppedFiles } from './open-files';
import { useServices, type AppServices } from '../services';
import { errorMessage, toast } from '../ui/toasts';
import { startCsvImport } from './csv-import';
import { csvTooLargeText, MAX_CSV_BYTES } from './csv-file';
import { csvImportAvailable, useCsvImportState } from './csv-import-state';
import { DROP_HEAD_BYTES, dropOverlayText, isFileDrag, needsHead, planDrop } from './dropped-files';
import './files-ui.css';
import { i18n, useTranslation } from '../i18n';

async function openDropped(services: AppServices, files: File[]): Promise<void> {
  if (files.length === 0) return;
  if (document.querySelector('dialog[open]')) {
    toast.info(i18n.t('files.dropDialogOpen'));
    return;
  }
  // A file whose name does not say journey is told by its first bytes (a journey renamed by mail, even to .txt).
  const heads = new Map<File, Uint8Array>();
  for (const file of files) {
    if (!needsHead(file.name)) continue;
    try {
      heads.set(file, new Uint8Array(await file.slice(0, DROP_HEAD_BYTES).arrayBuffer()));
    } catch {
      // Unreadable here: refused below by its name, as before.
    }
  }
  const plan = planDrop(files, csvImportAvailable(), heads);
  for (const { message } of plan.refused) toast.error(message);
  if (plan.csv && plan.csv.size > MAX_CSV_BYTES) {
    // Refused before a byte is read: a 200 MB spreadsheet need not be loaded to be told it is too large.
    toast.error(csvTooLargeText(plan.csv.name));
  } else if (plan.csv) {
    try {
      startCsvImport({ name: plan.csv.name, bytes: new Uint8Array(await plan.csv.arrayBuffer()) });
    } catch (error) {
      toast.error(`${plan.csv.name}: ${errorMessage(error, i18n.t('files.dropUnreadable'))}`);
    }
  }
  if (plan.journeys.length) await openDroppedFiles(services, plan.journeys);
}

export function FileDropZone() {
  const services = useServices();
  const [dragging, setDragging] = useState(false);
  const journeyOpen = useCsvImportState((s) => s.hosts > 0);
  const { t } = useTranslation();

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; count them to know when the drag left the window.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!isFileDrag(e.dataTransfer?.types)) return;
      e.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!isFileDrag(e.dataTransfer?.types)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!isFileDrag(e.dataTransfer?.types)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!isFileDrag(e.dataTransfer?.types)) return;
      // Without this the browser would navigate to the dropped file.
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void openDropped(services, Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [services]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden>
      <div className="drop-overlay-card">
        <FileDown size={40} aria-hidden />
        <div className="drop-overlay-title">{t('files.dropTitle')}</div>
        <div className="drop-overlay-text">{dropOverlayText(journeyOpen)}</div>
      </div>
    </div>
  );
}
