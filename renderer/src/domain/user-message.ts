/**
 * A sentence for the user from a pure layer (files, session, exports), as a
 * code and the values it names, for the interface to translate
 * (`renderer/src/i18n/messages.ts`, section `messages`). The pure layer keeps
 * the same sentence in English as `message`, for logs and tests. A parameter
 * may itself be a message (a clause), translated the same way; numbers are
 * written in the interface language.
 */

export const USER_MESSAGE_CODES = [
  'photoEmpty',
  'photoNotImage',
  'photoTooLarge',
  'photoDamaged',
  'journeyTooLargePhotos',
  'journeyTooLargeFile',
  'journeyNoPhotos',
  'journeyPhotos',
  'saveFailedKept',
  'replacedByFile',
  'replacedByVersion',
  'pasteDamaged',
  'pasteTooNew',
  'undoOvertaken',
  'redoOvertaken',
  'undoPartly',
  'redoPartly',
  'logoEmpty',
  'logoTooLarge',
  'logoNotImage',
  'posterWidthRange',
  'posterHeightRange',
  'posterPaperUnknown',
  'posterTilePaper',
  'posterOverlapRange',
  'rasterUnreadable',
  'rasterTooLarge',
  'rasterEncodeFailed',
  'rasterEmpty',
  'captureNeedsPain',
  'captureNeedsQuestion',
  'captureNeedsOpportunity',
  'rowJourney',
  'rowStage',
  'rowLane',
  'rowTouchpoint',
  'rowConnection',
  'rowPersona',
  'rowNote',
  'sharedRowInvalid',
  'sharedRowIdMismatch',
  'sharedRowOtherJourney',
  'teamRefusedToken',
  'teamRefusedJourney',
  'teamRefused',
  'teamAddressMissing',
  'teamAddressInvalid',
  'teamAddressScheme',
  'teamAddressCredentials',
  'teamAddressPath',
  'teamTokenInvalid',
  'dpiRange',
  'dpiTooLarge',
  'posterTooLargeSheets',
  'posterTooLarge',
  'personaUnnamed',
  'photoMissingOnSave',
  'photoNotStoredOnSave',
  'contributionRefused',
  'refusalNoStage',
  'refusalBadNote',
  'refusalNoTarget',
  'refusalNotYours',
  'refusalTooMany',
  'refusalNotContributor',
  'refusalBadToken',
  'refusalDenied',
  'refusalRemoved',
  'refusalWrongDocument',
  'refusalTooLarge',
  'refusalTooFast',
  'refusalNotAllowed',
  'refusalFull',
  'refusalDotsUsed',
  'liveOtherJourney',
] as const;
export type UserMessageCode = (typeof USER_MESSAGE_CODES)[number];

export type UserMessageParam = string | number | UserMessage;

export interface UserMessage {
  code: UserMessageCode;
  params?: Readonly<Record<string, UserMessageParam>>;
}
