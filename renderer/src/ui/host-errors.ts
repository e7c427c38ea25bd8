/**
 * Failures the host reports (main's IPC handlers, the web host, the process serving the web
 * build) in the interface language. Main knows no catalogue: it sends a code, which sentence it
 * is (`reason`) and the values that sentence names (`params`, electron/common/contract.ts), and
 * keeps its English sentence as `message`, which is shown as it is when the reason is unknown.
 */
import { currentLanguage, formatNumber, i18n } from '../i18n';
import { sizeInMegabytes, type HostErrorParams, type HostErrorReason } from '../platform';

/** The catalogue key of each sentence; the record's type makes a new reason fail to compile until it has one. */
export const HOST_ERROR_KEYS: Readonly<Record<HostErrorReason, string>> = {
  'open-not-found': 'messages.hostErrors.openNotFound',
  'open-not-a-file': 'messages.hostErrors.openNotAFile',
  'open-too-large': 'messages.hostErrors.openTooLarge',
  'open-grew': 'messages.hostErrors.openGrew',
  'open-read-failed': 'messages.hostErrors.openReadFailed',
  'write-failed': 'messages.hostErrors.writeFailed',
  'pdf-busy': 'messages.hostErrors.pdfBusy',
  'pdf-failed': 'messages.hostErrors.pdfFailed',
  'print-failed': 'messages.hostErrors.printFailed',
  'recent-not-listed': 'messages.hostErrors.recentNotListed',
  'recent-desktop-only': 'messages.hostErrors.recentDesktopOnly',
  'live-unavailable': 'messages.hostErrors.liveUnavailable',
  'live-served-without': 'messages.hostErrors.liveServedWithout',
  'live-unreachable': 'messages.hostErrors.liveUnreachable',
  'live-busy': 'messages.hostErrors.liveBusy',
  'live-no-port': 'messages.hostErrors.liveNoPort',
};

/**
 * Codes said the same way whatever happened: a refused sender or invalid arguments are
 * programming errors, so the user reads what to do, not Waymark's internals.
 */
export const HOST_ERROR_CODE_KEYS: Readonly<Record<string, string>> = {
  'bad-sender': 'messages.hostErrors.refused',
  'bad-arguments': 'messages.hostErrors.invalid',
  internal: 'messages.hostErrors.internal',
};

export interface HostErrorLike {
  code: string;
  message: string;
  reason?: HostErrorReason | undefined;
  params?: HostErrorParams | undefined;
}

/** The failure as one sentence in the interface language (called when shown, so a switch applies). */
export function hostErrorText(error: HostErrorLike): string {
  const key =
    error.reason !== undefined && error.reason in HOST_ERROR_KEYS
      ? HOST_ERROR_KEYS[error.reason]
      : HOST_ERROR_CODE_KEYS[error.code];
  if (key === undefined) return error.message;
  const language = currentLanguage();
  const params = error.params ?? {};
  return i18n.t(key, {
    name: params.name ?? '',
    size: params.size === undefined ? '' : formatNumber(sizeInMegabytes(params.size, 'size'), language),
    limit: params.limit === undefined ? '' : formatNumber(sizeInMegabytes(params.limit, 'limit'), language),
    detail: params.detail ?? i18n.t('messages.hostErrors.unknownError'),
    // Names the user types or picks, kept out of the catalogues so they hold no Latin words but their own.
    command: '`npm start`',
    openCommand: `${i18n.t('menu.file')} › ${i18n.t('menu.open')}`,
  });
}
