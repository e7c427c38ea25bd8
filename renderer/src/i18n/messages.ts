/**
 * The sentences the pure layers return as codes (`domain/user-message.ts`),
 * in the interface language: section `messages`. Numbers are written in the
 * language's own way; a parameter that is itself a message is translated first.
 * A clause naming a record's field (domain/salvage-fields.ts) gives the field
 * as a code in `word`, said here in the interface's own word for it.
 */
import type { UserMessage, UserMessageCode } from '../domain/user-message';
import { FIELD_CLAUSE_CODES } from '../domain/salvage-fields';
import { fieldWord } from './field-words';
import { formatNumber } from './format';
import { currentLanguage, i18n } from './index';

/** The catalogue key of each code; the record's type makes a new code fail to compile until it has one. */
export const USER_MESSAGE_KEYS: Readonly<Record<UserMessageCode, string>> = {
  photoEmpty: 'messages.photoEmpty',
  photoNotImage: 'messages.photoNotImage',
  photoTooLarge: 'messages.photoTooLarge',
  photoDamaged: 'messages.photoDamaged',
  journeyTooLargePhotos: 'messages.journeyTooLargePhotos',
  journeyTooLargeFile: 'messages.journeyTooLargeFile',
  journeyNoPhotos: 'messages.journeyNoPhotos',
  journeyPhotos: 'messages.journeyPhotos',
  saveFailedKept: 'messages.saveFailedKept',
  replacedByFile: 'messages.replacedByFile',
  replacedByVersion: 'messages.replacedByVersion',
  pasteDamaged: 'messages.pasteDamaged',
  pasteTooNew: 'messages.pasteTooNew',
  undoOvertaken: 'messages.undoOvertaken',
  redoOvertaken: 'messages.redoOvertaken',
  undoPartly: 'messages.undoPartly',
  redoPartly: 'messages.redoPartly',
  logoEmpty: 'messages.logoEmpty',
  logoTooLarge: 'messages.logoTooLarge',
  logoNotImage: 'messages.logoNotImage',
  logoOtherImage: 'messages.logoOtherImage',
  logoIsPdf: 'messages.logoIsPdf',
  posterWidthRange: 'messages.posterWidthRange',
  posterHeightRange: 'messages.posterHeightRange',
  posterPaperUnknown: 'messages.posterPaperUnknown',
  posterTilePaper: 'messages.posterTilePaper',
  posterOverlapRange: 'messages.posterOverlapRange',
  rasterUnreadable: 'messages.rasterUnreadable',
  rasterTooLarge: 'messages.rasterTooLarge',
  rasterEncodeFailed: 'messages.rasterEncodeFailed',
  rasterEmpty: 'messages.rasterEmpty',
  captureNeedsPain: 'messages.captureNeedsPain',
  captureNeedsQuestion: 'messages.captureNeedsQuestion',
  captureNeedsOpportunity: 'messages.captureNeedsOpportunity',
  rowJourney: 'messages.rowJourney',
  rowStage: 'messages.rowStage',
  rowLane: 'messages.rowLane',
  rowTouchpoint: 'messages.rowTouchpoint',
  rowConnection: 'messages.rowConnection',
  rowPersona: 'messages.rowPersona',
  rowNote: 'messages.rowNote',
  sharedRowInvalid: 'messages.sharedRowInvalid',
  sharedRowIdMismatch: 'messages.sharedRowIdMismatch',
  sharedRowOtherJourney: 'messages.sharedRowOtherJourney',
  editRefusedLong: 'messages.editRefusedLong',
  editRefusedMany: 'messages.editRefusedMany',
  editRefusedValue: 'messages.editRefusedValue',
  editRefusedRow: 'messages.editRefusedRow',
  teamRefusedToken: 'messages.teamRefusedToken',
  teamRefusedJourney: 'messages.teamRefusedJourney',
  teamRefused: 'messages.teamRefused',
  teamAddressMissing: 'messages.teamAddressMissing',
  teamAddressInvalid: 'messages.teamAddressInvalid',
  teamAddressScheme: 'messages.teamAddressScheme',
  teamAddressCredentials: 'messages.teamAddressCredentials',
  teamAddressPath: 'messages.teamAddressPath',
  teamTokenInvalid: 'messages.teamTokenInvalid',
  dpiRange: 'messages.dpiRange',
  dpiTooLarge: 'messages.dpiTooLarge',
  posterTooLargeSheets: 'messages.posterTooLargeSheets',
  posterTooLarge: 'messages.posterTooLarge',
  personaUnnamed: 'messages.personaUnnamed',
  photoMissingOnSave: 'messages.photoMissingOnSave',
  photoNotStoredOnSave: 'messages.photoNotStoredOnSave',
  contributionRefused: 'messages.contributionRefused',
  // A refusal says what the participant's screen says (section participant), so both read the same.
  refusalNoStage: 'participant.refusal.noStage',
  refusalBadNote: 'participant.refusal.badNote',
  refusalNoTarget: 'participant.refusal.noTarget',
  refusalNotYours: 'participant.refusal.notYours',
  refusalTooMany: 'participant.refusal.tooMany',
  refusalNotContributor: 'participant.refusal.notContributor',
  refusalVotingClosed: 'participant.refusal.votingClosed',
  refusalBadToken: 'participant.refusal.badToken',
  refusalDenied: 'participant.refusal.denied',
  refusalRemoved: 'participant.refusal.removed',
  refusalWrongDocument: 'participant.refusal.wrongDocument',
  refusalTooLarge: 'participant.refusal.tooLarge',
  refusalTooFast: 'participant.refusal.tooFast',
  refusalNotAllowed: 'participant.refusal.notAllowed',
  refusalFull: 'participant.refusal.full',
  refusalDotsUsed: 'participant.refusal.dotsUsed',
  liveOtherJourney: 'messages.liveOtherJourney',
  repairDuplicateId: 'messages.repairDuplicateId',
  repairTouchpointStage: 'messages.repairTouchpointStage',
  repairTouchpointStageMoved: 'messages.repairTouchpointStageMoved',
  repairPersonaEmotions: 'messages.repairPersonaEmotions',
  repairTouchpointLane: 'messages.repairTouchpointLane',
  repairConnection: 'messages.repairConnection',
  repairJourneyPersonas: 'messages.repairJourneyPersonas',
  repairPersonaPhoto: 'messages.repairPersonaPhoto',
  repairFarAway: 'messages.repairFarAway',
  salvageReset: 'messages.salvageReset',
  salvageShortenedText: 'messages.salvageShortenedText',
  salvageShortenedList: 'messages.salvageShortenedList',
  salvageDropped: 'messages.salvageDropped',
  salvageItemDropped: 'messages.salvageItemDropped',
  salvageNotList: 'messages.salvageNotList',
  salvageMore: 'messages.salvageMore',
  salvageManifest: 'messages.salvageManifest',
  salvageFieldName: 'messages.salvageFieldName',
  salvageItemName: 'messages.salvageItemName',
  salvageFieldOf: 'messages.salvageFieldOf',
  warnEntryOutside: 'messages.warnEntryOutside',
  warnEntrySecond: 'messages.warnEntrySecond',
  warnEntryUnknown: 'messages.warnEntryUnknown',
  warnPhotoIgnored: 'messages.warnPhotoIgnored',
  warnPlainJson: 'messages.warnPlainJson',
  storageVersionGone: 'messages.storageVersionGone',
  storageImageGone: 'messages.storageImageGone',
};

/** Format and unit names the sentences name, filled in so the catalogues hold no Latin words but their own. */
const FORMAT_NAMES = {
  png: 'PNG',
  json: 'JSON',
  jpeg: 'JPEG',
  webp: 'WebP',
  gif: 'GIF',
  avif: 'AVIF',
  mm: 'mm',
  px: 'px',
  dpiUnit: 'DPI',
} as const;

/** The message as one sentence in the interface language (called when it is shown, so a switch applies). */
export function messageText(message: UserMessage): string {
  const language = currentLanguage();
  const params: Record<string, string | number> = { ...FORMAT_NAMES };
  const namesField = (FIELD_CLAUSE_CODES as readonly string[]).includes(message.code);
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (typeof value === 'object') params[name] = messageText(value);
    else if (namesField && name === 'word' && typeof value === 'string') params[name] = fieldWord(value);
    else if (typeof value === 'number') params[name] = formatNumber(value, language);
    else params[name] = value;
  }
  // `count` picks the plural form, so it stays a number; {{count}} is written as the other numbers are.
  const count = message.params?.['count'];
  if (typeof count === 'number') return i18n.t(USER_MESSAGE_KEYS[message.code], { ...params, count });
  return i18n.t(USER_MESSAGE_KEYS[message.code], params);
}
