/** Building IpcResult values with one human sentence per error. */
import type { HostErrorParams, HostErrorReason, IpcErrorCode, IpcResult } from '../../common/contract';

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

/** `reason` and `params` let the renderer say the sentence in the interface language. */
export const fail = <T = never>(
  code: IpcErrorCode,
  message: string,
  reason?: HostErrorReason,
  params?: HostErrorParams,
): IpcResult<T> => ({
  ok: false,
  error: { code, message, ...(reason !== undefined ? { reason } : {}), ...(params !== undefined ? { params } : {}) },
});
