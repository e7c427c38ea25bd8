import { windowTitleWithin, type IpcResult, type WaymarkBridge } from '../../../electron/common/contract';
import { createCloseGuards } from './close-guards';
import { hostErrorFrom, type Host } from './host';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw hostErrorFrom(result.error);
}

/** The Electron host: every call goes through the preload bridge and its typed results. */
export function createElectronHost(bridge: WaymarkBridge): Host {
  // Main asks before the window closes or the app quits; the answer goes back by request id.
  const closeGuards = createCloseGuards();
  bridge.onCloseRequest((requestId) => {
    void closeGuards.flushAll().then((reply) => bridge.closeReady(requestId, reply));
  });
  return {
    kind: 'electron',
    appInfo: async () => unwrap(await bridge.appInfo()),
    openFiles: async (o) => unwrap(await bridge.openFile({ title: o.title, filters: o.filters, multiple: o.multiple })),
    saveFile: async (o) =>
      unwrap(
        await bridge.saveFile({ title: o.title, suggestedName: o.suggestedName, filters: o.filters, bytes: o.bytes }),
      ),
    exportPdf: async (o) =>
      unwrap(
        await bridge.exportPdf({
          html: o.html,
          pageSize: o.pageSize,
          landscape: o.landscape,
          suggestedName: o.suggestedName,
        }),
      ),
    // A print ahead that is refused or fails changes nothing: Export then prints the document itself.
    pdfTarget: () => 'file',
    preparePdf: async (d) => {
      const request = d === null ? null : { html: d.html, pageSize: d.pageSize, landscape: d.landscape };
      await bridge.preparePdf(request).catch(() => undefined);
    },
    recentFiles: async () => unwrap(await bridge.recentFiles()),
    openRecent: async (path) => unwrap(await bridge.openRecent(path)),
    // A journey's title may run to 1,000 characters; main refuses a window title over its limit (and the
    // window kept the title before), so a longer one is cut.
    setTitle: (title) => {
      void bridge.setTitle(windowTitleWithin(title));
    },
    setLanguage: (language, menu) => {
      void bridge.setLanguage({ language, menu });
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onOpenFile: (listener) => bridge.onOpenFile(listener),
    guardClose: (guard) => closeGuards.add(guard),
    live: {
      start: async (request) => unwrap(await bridge.liveStart(request)),
      end: async () => {
        unwrap(await bridge.liveEnd());
      },
      status: async () => unwrap(await bridge.liveStatus()),
    },
  };
}
