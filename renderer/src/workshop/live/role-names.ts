import type { LiveRole } from '../../../../electron/common/live';
import { t } from '../../i18n';

const ROLE_NAMES: Record<LiveRole, string> = {
  viewer: 'live.role.viewer',
  contributor: 'live.role.contributor',
  editor: 'live.role.editor',
};

/** A live role's name in the interface language, translated when shown (the panel's list, links and QR code). */
export const roleName = (role: LiveRole): string => t(ROLE_NAMES[role]);
